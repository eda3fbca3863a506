package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestHandler(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":    {Data: []byte("<!doctype html><title>Chronicle</title>")},
		"assets/app.js": {Data: []byte("console.log(1)")},
	}
	h := Handler(fsys)
	get := func(target string, header ...string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", target, nil)
		for i := 0; i+1 < len(header); i += 2 {
			r.Header.Set(header[i], header[i+1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	tests := []struct {
		target      string
		status      int
		body, ctype string
	}{
		{"/", 200, "<!doctype", "text/html"},
		{"/assets/app.js", 200, "console", "text/javascript"},
		{"/article/0123abcd", 200, "<!doctype", "text/html"},          // an application route
		{"/entity/George%20W.%20Bush", 200, "<!doctype", "text/html"}, // a name with dots
		{"/entity/Amazon.com?type=ORG", 200, "<!doctype", "text/html"},
		{"/search.js", 404, "", ""},
		{"/assets/missing.js", 404, "", ""},
		{"/../secret.txt", 404, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := get(tt.target)
			if w.Code != tt.status {
				t.Fatalf("GET %s = %d; want %d", tt.target, w.Code, tt.status)
			}
			if !strings.HasPrefix(w.Body.String(), tt.body) {
				t.Errorf("body %q", w.Body)
			}
			if tt.ctype != "" && !strings.HasPrefix(w.Header().Get("Content-Type"), tt.ctype) {
				t.Errorf("Content-Type = %q; want %s", w.Header().Get("Content-Type"), tt.ctype)
			}
		})
	}
	first := get("/assets/app.js")
	tag := first.Header().Get("ETag")
	if tag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("headers %v; want an ETag and Cache-Control: no-cache", first.Header())
	}
	if w := get("/assets/app.js", "If-None-Match", tag); w.Code != http.StatusNotModified {
		t.Errorf("revalidation = %d; want 304", w.Code)
	}
	if get("/").Header().Get("ETag") == tag {
		t.Error("two files share an ETag")
	}
	r := httptest.NewRequest("POST", "/", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d; want 405", w.Code)
	}
}

func TestStatic(t *testing.T) {
	for _, name := range []string{"index.html", "app.js", "app.css"} {
		if _, err := fs.Stat(Static(), name); err != nil {
			t.Errorf("the embedded UI lacks %s: run internal/web/build.sh", name)
		}
	}
}
