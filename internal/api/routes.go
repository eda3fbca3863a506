package api

import (
	"net/http"
	"strings"
)

// A route is one entry of the route table.
type route struct {
	method, path string
	h            func(http.ResponseWriter, *http.Request) error
}

// table returns every route of the API. It is the one place routes are
// declared: the mux, the 405 answers and the OpenAPI test all read it.
func (s *Server) table() []route {
	return []route{
		{"GET", "/api/v1/articles", s.listArticles},
		{"POST", "/api/v1/articles", s.postArticle},
		{"GET", "/api/v1/articles/{id}", s.getArticle},
		{"DELETE", "/api/v1/articles/{id}", s.deleteArticle},
		{"POST", "/api/v1/analyze", s.analyze},
		{"GET", "/api/v1/facets", s.getFacets},
		{"GET", "/api/v1/entities", s.listEntities},
		{"GET", "/api/v1/entities/{name}", s.getEntity},
		{"GET", "/api/v1/quotes", s.listQuotes},
		{"GET", "/api/v1/events", s.listEvents},
		{"GET", "/api/v1/places", s.listPlaces},
		{"GET", "/api/v1/timeline", s.getTimeline},
		{"GET", "/api/v1/graph", s.getGraph},
		{"GET", "/api/v1/stats", s.getStats},
		{"GET", "/api/v1/openapi.json", s.getOpenAPI},
	}
}

func (s *Server) routes() {
	for _, rt := range s.table() {
		s.mux.Handle(rt.method+" "+rt.path, s.handle(rt.h))
	}
	// Anything else under /api/ is a JSON 404 or 405, never the UI.
	s.mux.Handle("/api/", s.handle(s.notFound))
	if s.cfg.UI != nil {
		s.mux.Handle("/", s.cfg.UI)
	}
}

// handle adapts a handler that returns an error: the one place errors
// become responses.
func (s *Server) handle(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// notFound answers a path outside the table: 405 with Allow when another
// method has a route there, else 404.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error {
	var allow []string
	for _, rt := range s.table() {
		if pathMatches(rt.path, r.URL.Path) {
			allow = append(allow, rt.method)
			if rt.method == "GET" {
				allow = append(allow, "HEAD")
			}
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		return errorf(errMethod, "%s %s: method not allowed; use %s", r.Method, r.URL.Path, strings.Join(allow, " or "))
	}
	return errorf(errNoRoute, "%s: no such endpoint; see /api/v1/openapi.json", r.URL.Path)
}

// pathMatches reports whether path fits pattern, whose {name} segments
// match any one non-empty segment.
func pathMatches(pattern, path string) bool {
	ps, xs := strings.Split(pattern, "/"), strings.Split(path, "/")
	if len(ps) != len(xs) {
		return false
	}
	for i, p := range ps {
		if strings.HasPrefix(p, "{") {
			if xs[i] == "" {
				return false
			}
		} else if p != xs[i] {
			return false
		}
	}
	return true
}
