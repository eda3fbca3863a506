package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"chronicle"
)

// A hitPage is a page of search hits.
type hitPage struct {
	Hits []chronicle.Hit `json:"hits"`
	Next string          `json:"next"` // the cursor of the next page; "" on the last
}

// listArticles: GET /api/v1/articles?q=&entity=&from=&to=&limit=&cursor=
func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	q := p.query()
	if p.err != nil {
		return p.err
	}
	hits, next, err := s.cfg.Store.Search(r.Context(), q)
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []chronicle.Hit{}
	}
	return writeJSON(w, http.StatusOK, hitPage{hits, next})
}

// getFacets: GET /api/v1/facets?q=&entity=&from=&to=
func (s *Server) getFacets(w http.ResponseWriter, r *http.Request) error {
	p := params{v: r.URL.Query()}
	q := p.query()
	if p.err != nil {
		return p.err
	}
	f, err := s.cfg.Store.Facets(r.Context(), q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, f)
}

// getArticle: GET /api/v1/articles/{id}, the extraction record.
func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	d, err := s.cfg.Store.Document(r.Context(), chronicle.ArticleID(r.PathValue("id")))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}

// An articleInput is the body of POST /api/v1/articles and /analyze.
type articleInput struct {
	Date   chronicle.Day `json:"date"`
	Title  string        `json:"title"`
	Text   string        `json:"text"`
	Source string        `json:"source"`
	URL    string        `json:"url"`
}

// readArticle decodes the JSON body of r, at most limit bytes, into a
// normalized Article.
func (s *Server) readArticle(w http.ResponseWriter, r *http.Request, limit int64) (*chronicle.Article, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return nil, fmt.Errorf("content type %q: send application/json: %w", ct, chronicle.ErrInvalid)
	}
	body := http.MaxBytesReader(w, r.Body, limit)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var in articleInput
	if err := dec.Decode(&in); err != nil {
		return nil, bodyError(err, limit)
	}
	if _, err := dec.Token(); err != io.EOF {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, bodyError(err, limit)
		}
		return nil, fmt.Errorf("body: want one JSON object and nothing after it: %w", chronicle.ErrInvalid)
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, fmt.Errorf("body: field text: empty; send the article's text: %w", chronicle.ErrInvalid)
	}
	a := s.cfg.Analyzer.NewArticle(in.Date, in.Title, in.Text, in.Source, in.URL)
	if strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("body: field text: nothing left after normalization: %w", chronicle.ErrInvalid)
	}
	return a, nil
}

// bodyError explains a JSON decoding error, naming the field at fault.
func bodyError(err error, limit int64) error {
	var tooBig *http.MaxBytesError
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooBig):
		return errorf(errTooLarge, "body: larger than %d bytes", limit)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("body: empty; send a JSON object with date, title, text, source and url: %w", chronicle.ErrInvalid)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("body: malformed JSON: it ends early: %w", chronicle.ErrInvalid)
	case errors.As(err, &syntax):
		return fmt.Errorf("body: malformed JSON at byte %d: %w", syntax.Offset, chronicle.ErrInvalid)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Errorf("body: a JSON %s; want an object with date, title, text, source and url: %w", typ.Value, chronicle.ErrInvalid)
	case errors.As(err, &typ):
		return fmt.Errorf("body: field %s: want a %s: %w", typ.Field, typ.Type, chronicle.ErrInvalid)
	case errors.Is(err, chronicle.ErrInvalid):
		return fmt.Errorf("body: %w", err)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return fmt.Errorf("body: %s; the fields are date, title, text, source, url: %w",
			strings.TrimPrefix(err.Error(), "json: "), chronicle.ErrInvalid)
	}
	return fmt.Errorf("body: %v: %w", err, chronicle.ErrInvalid)
}

// postArticle: POST /api/v1/articles, with the bearer token. It analyses
// and stores the article: 201 with its record, or 200 with the stored
// record when the same text is already there.
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	a, err := s.readArticle(w, r, MaxBody)
	if err != nil {
		return err
	}
	ctx := r.Context()
	if has, err := s.cfg.Store.Has(ctx, a.ID); err != nil {
		return err
	} else if has {
		return s.stored(w, r, a.ID)
	}
	d, err := s.run(r, a)
	if err != nil {
		return err
	}
	saved, err := s.cfg.Store.SaveDocument(ctx, d)
	if err != nil {
		return err
	}
	if !saved { // stored by another request meanwhile
		return s.stored(w, r, a.ID)
	}
	w.Header().Set("Location", "/api/v1/articles/"+string(a.ID))
	return writeJSON(w, http.StatusCreated, d)
}

// deleteArticle: DELETE /api/v1/articles/{id}, with the bearer token. It
// removes the article and everything derived from it: 204, 400 when id is
// not a whole ID (a request that destroys takes no prefix, which would
// name another article once a second one shares it), or 404 when no
// article has that ID.
func (s *Server) deleteArticle(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	id := strings.ToLower(r.PathValue("id"))
	if !wholeID(id) {
		return fmt.Errorf("article %q: deleting needs the whole id, %d hex digits, not a prefix: %w",
			r.PathValue("id"), idDigits, chronicle.ErrInvalid)
	}
	if _, err := s.cfg.Store.DeleteDocument(r.Context(), chronicle.ArticleID(id)); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// idDigits is how many hex digits an ArticleID has.
const idDigits = 16

// wholeID reports whether id is an ArticleID as chronicle.IDOf writes
// them: idDigits lower-case hex digits.
func wholeID(id string) bool {
	if len(id) != idDigits {
		return false
	}
	for _, c := range id {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// stored answers 200 with the stored record of id.
func (s *Server) stored(w http.ResponseWriter, r *http.Request, id chronicle.ArticleID) error {
	d, err := s.cfg.Store.Document(r.Context(), id)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/articles/"+string(id))
	return writeJSON(w, http.StatusOK, d)
}

// analyze: POST /api/v1/analyze. It analyses an article without storing it
// and needs no token, so its body is limited to MaxAnalyze bytes and at
// most Config.Analyses run at once.
func (s *Server) analyze(w http.ResponseWriter, r *http.Request) error {
	a, err := s.readArticle(w, r, MaxAnalyze)
	if err != nil {
		return err
	}
	d, err := s.run(r, a)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}

// run analyses a when its turn comes, or fails with errBusy when the
// request ends first.
func (s *Server) run(r *http.Request, a *chronicle.Article) (*chronicle.Document, error) {
	select {
	case s.turns <- struct{}{}:
	case <-r.Context().Done():
		return nil, errorf(errBusy, "analysis: the server is busy; try again")
	}
	defer func() { <-s.turns }()
	d := s.cfg.Analyzer.Analyze(a)
	d.FillLists() // whatever the analyzer left nil
	return d, nil
}
