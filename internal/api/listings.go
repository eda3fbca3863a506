package api

import (
	"net/http"

	"chronicle"
)

// listEntities: GET /api/v1/entities?q=&type=&country=&limit=&cursor=
func (s *Server) listEntities(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	f := chronicle.EntityFilter{Name: p.str("q"), Type: p.entityType("type"), Country: p.str("country"),
		Limit: p.int("limit"), Cursor: p.str("cursor")}
	if p.err != nil {
		return p.err
	}
	list, next, err := s.cfg.Store.Entities(r.Context(), f)
	if err != nil {
		return err
	}
	if list == nil {
		list = []chronicle.EntitySummary{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Entities []chronicle.EntitySummary `json:"entities"`
		Next     string                    `json:"next"`
	}{list, next})
}

// getEntity: GET /api/v1/entities/{name}?type=
func (s *Server) getEntity(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	typ := p.entityType("type")
	if p.err != nil {
		return p.err
	}
	e, err := s.cfg.Store.EntityProfile(r.Context(), r.PathValue("name"), typ)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, e)
}

// listQuotes: GET /api/v1/quotes?speaker=&limit=&cursor=
func (s *Server) listQuotes(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	f := chronicle.QuoteFilter{Speaker: p.str("speaker"), Limit: p.int("limit"), Cursor: p.str("cursor")}
	if p.err != nil {
		return p.err
	}
	list, next, err := s.cfg.Store.Quotes(r.Context(), f)
	if err != nil {
		return err
	}
	if list == nil {
		list = []chronicle.QuoteHit{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Quotes []chronicle.QuoteHit `json:"quotes"`
		Next   string               `json:"next"`
	}{list, next})
}

// eventFilter reads the event filter parameters actor, actorType, type,
// country, place, from, to, limit and cursor.
func (p *params) eventFilter() chronicle.EventFilter {
	return chronicle.EventFilter{Actor: p.str("actor"), ActorType: p.entityType("actorType"), Type: p.eventType("type"),
		Country: p.str("country"), Place: p.str("place"), From: p.day("from"), To: p.day("to"), Limit: p.int("limit"),
		Cursor: p.str("cursor")}
}

// listEvents: GET /api/v1/events?actor=&actorType=&type=&country=&place=&from=&to=&limit=&cursor=
func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	f := p.eventFilter()
	if p.err != nil {
		return p.err
	}
	list, next, err := s.cfg.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	if list == nil {
		list = []chronicle.EventHit{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Events []chronicle.EventHit `json:"events"`
		Next   string               `json:"next"`
	}{list, next})
}

// listPlaces: GET /api/v1/places?actor=&type=&country=&place=&from=&to=
func (s *Server) listPlaces(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	f := p.eventFilter()
	if p.err != nil {
		return p.err
	}
	list, err := s.cfg.Store.Places(r.Context(), f)
	if err != nil {
		return err
	}
	if list == nil {
		list = []chronicle.PlaceCount{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Places []chronicle.PlaceCount `json:"places"`
	}{list})
}

// getTimeline: GET /api/v1/timeline?q=&entity=&from=&to=
func (s *Server) getTimeline(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	f := chronicle.TimelineFilter{Text: p.str("q"), Entity: p.str("entity"), From: p.day("from"), To: p.day("to")}
	if p.err != nil {
		return p.err
	}
	days, err := s.cfg.Store.Timeline(r.Context(), f)
	if err != nil {
		return err
	}
	if days == nil {
		days = []chronicle.TimelineDay{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Days []chronicle.TimelineDay `json:"days"`
	}{days})
}

// getGraph: GET /api/v1/graph?entity=&limit=
func (s *Server) getGraph(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	f := chronicle.GraphFilter{Entity: p.str("entity"), Limit: p.int("limit")}
	if p.err != nil {
		return p.err
	}
	g, err := s.cfg.Store.Graph(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, g)
}

// getStats: GET /api/v1/stats
func (s *Server) getStats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, st)
}
