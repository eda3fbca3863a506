// Package api serves Chronicle's JSON API under /api/v1: stored articles
// and their extraction records, full-text search with facets, entities,
// quotes, events, timelines and the actor graph, and the analysis of new
// articles. It imports only the vocabulary and the standard library; the
// store and the analyzer it needs are the Store and Analyzer interfaces
// below, which cmd/chronicle fills in.
//
// Every response carries the security headers of secure; every error is a
// JSON object {"error": "...", "status": N} whose status comes from the one
// table in error.go.
package api

import (
	"context"
	"log/slog"
	"net/http"

	"chronicle"
)

// Store is what the API reads and writes. *sqlite.DB satisfies it.
type Store interface {
	Search(ctx context.Context, q chronicle.Query) (hits []chronicle.Hit, next string, err error)
	Facets(ctx context.Context, q chronicle.Query) (*chronicle.Facets, error)
	Document(ctx context.Context, id chronicle.ArticleID) (*chronicle.Document, error)
	Has(ctx context.Context, id chronicle.ArticleID) (bool, error)
	SaveDocument(ctx context.Context, d *chronicle.Document) (stored bool, err error)
	DeleteDocument(ctx context.Context, id chronicle.ArticleID) (*chronicle.Document, error)
	Stats(ctx context.Context) (chronicle.Stats, error)
	Entities(ctx context.Context, f chronicle.EntityFilter) ([]chronicle.EntitySummary, string, error)
	EntityProfile(ctx context.Context, name string, typ chronicle.EntityType) (*chronicle.EntityProfile, error)
	Quotes(ctx context.Context, f chronicle.QuoteFilter) ([]chronicle.QuoteHit, string, error)
	Events(ctx context.Context, f chronicle.EventFilter) ([]chronicle.EventHit, string, error)
	Places(ctx context.Context, f chronicle.EventFilter) ([]chronicle.PlaceCount, error)
	Timeline(ctx context.Context, f chronicle.TimelineFilter) ([]chronicle.TimelineDay, error)
	Graph(ctx context.Context, f chronicle.GraphFilter) (*chronicle.Graph, error)
}

// Analyzer turns submitted fields into an analysed document. NewArticle
// normalizes the fields into an Article (its ID is the hash of the
// normalized text); Analyze runs the pipeline over it and never fails.
type Analyzer interface {
	NewArticle(date chronicle.Day, title, text, source, url string) *chronicle.Article
	Analyze(a *chronicle.Article) *chronicle.Document
}

// Body limits.
const (
	MaxBody    = 2 << 20   // the largest request body POST /api/v1/articles accepts
	MaxAnalyze = 256 << 10 // the largest POST /api/v1/analyze accepts, without a token
)

// Config is what New needs. Store and Analyzer are required.
type Config struct {
	Store    Store
	Analyzer Analyzer
	// Token is the bearer token POST /api/v1/articles and DELETE
	// /api/v1/articles/{id} require. Empty turns storing and deleting over
	// HTTP off: such requests get 403.
	Token string
	// UI serves every path outside /api/; nil answers them with 404.
	UI http.Handler
	// Log receives server errors; nil means slog.Default().
	Log *slog.Logger
	// Analyses is how many analyses may run at once; 0 means 2. Requests
	// beyond it wait for a turn until their context ends.
	Analyses int
}

// A Server is the API as an http.Handler.
type Server struct {
	cfg   Config
	mux   *http.ServeMux
	log   *slog.Logger
	turns chan struct{} // one token per analysis that may run
}

// New returns the API server for cfg.
func New(cfg Config) *Server {
	s := &Server{cfg: cfg, mux: http.NewServeMux(), log: cfg.Log}
	if s.log == nil {
		s.log = slog.Default()
	}
	n := cfg.Analyses
	if n <= 0 {
		n = 2
	}
	s.turns = make(chan struct{}, n)
	s.routes()
	return s
}

// ServeHTTP serves r with the security headers set.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	secure(w.Header())
	s.mux.ServeHTTP(w, r)
}
