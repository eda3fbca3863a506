package api

import (
	"errors"
	"fmt"
	"net/http"

	"chronicle"
)

// Errors of the HTTP layer itself; the store's come wrapped in the
// chronicle sentinels.
var (
	errUnauthorized = errors.New("unauthorized")
	errForbidden    = errors.New("forbidden")
	errTooLarge     = errors.New("request body too large")
	errMethod       = errors.New("method not allowed")
	errNoRoute      = errors.New("no such endpoint")
	errBusy         = errors.New("busy")
)

// statusOf is the one table from errors to HTTP statuses; anything not in
// it is 500.
var statusOf = []struct {
	err  error
	code int
}{
	{chronicle.ErrNotFound, http.StatusNotFound},
	{chronicle.ErrInvalid, http.StatusBadRequest},
	{chronicle.ErrConflict, http.StatusConflict},
	{errUnauthorized, http.StatusUnauthorized},
	{errForbidden, http.StatusForbidden},
	{errTooLarge, http.StatusRequestEntityTooLarge},
	{errMethod, http.StatusMethodNotAllowed},
	{errNoRoute, http.StatusNotFound},
	{errBusy, http.StatusServiceUnavailable},
}

// status returns the HTTP status for err.
func status(err error) int {
	for _, s := range statusOf {
		if errors.Is(err, s.err) {
			return s.code
		}
	}
	return http.StatusInternalServerError
}

// errorf returns an error with a message for the client that wraps kind.
func errorf(kind error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, kind)...)
}

// An errorBody is the JSON of every error response.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// writeError writes err as JSON with its status. Server errors are logged
// and reach the client only as "internal error".
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := status(err)
	msg := err.Error()
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chronicle"`)
	}
	if code == http.StatusInternalServerError {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	writeJSON(w, code, errorBody{Error: msg, Status: code})
}
