package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// authorize checks the bearer token of a request that writes. With no
// token configured, writing is off (403); a missing or wrong token is 401.
// The comparison takes the same time whatever the token.
func (s *Server) authorize(r *http.Request) error {
	if s.cfg.Token == "" {
		return errorf(errForbidden, "storing and deleting articles over HTTP is off: start chronicle serve with CHRONICLE_TOKEN set")
	}
	auth := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return errorf(errUnauthorized, "send the token as Authorization: Bearer <token>")
	}
	// Hashing first makes the comparison independent of the lengths.
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	want := sha256.Sum256([]byte(s.cfg.Token))
	if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		return errorf(errUnauthorized, "wrong token")
	}
	return nil
}
