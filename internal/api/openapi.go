package api

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3.1 description of the API, written by hand; a
// test checks that its paths and the route table agree.
//
//go:embed openapi.json
var openAPI []byte

// getOpenAPI: GET /api/v1/openapi.json
func (s *Server) getOpenAPI(w http.ResponseWriter, r *http.Request) error {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, err := w.Write(openAPI)
	return err
}
