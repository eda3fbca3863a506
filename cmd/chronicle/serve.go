package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"chronicle"
	"chronicle/internal/api"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/sqlite"
	"chronicle/internal/web"
)

// The store and the analyzer satisfy what the API needs.
var (
	_ api.Store    = (*sqlite.DB)(nil)
	_ api.Analyzer = analyzer{}
)

// analyzer is the API's Analyzer: ingest's normalization and the pipeline.
type analyzer struct{ *pipeline.Pipeline }

// NewArticle normalizes submitted fields as ingest does for files.
func (analyzer) NewArticle(date chronicle.Day, title, text, source, url string) *chronicle.Article {
	return ingest.NewArticle(date, title, text, source, url)
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[flags]")
	db := dbFlag(fs, e)
	defAddr := e.getenv("CHRONICLE_ADDR")
	if defAddr == "" {
		defAddr = "127.0.0.1:8080"
	}
	addr := fs.String("addr", defAddr, "listen on this `host:port`; port 0 picks a free one (env CHRONICLE_ADDR)")
	feeds := feedsFlag(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()

	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	token := e.getenv("CHRONICLE_TOKEN")
	following, err := startFollowing(ctx, e, store, *feeds, log)
	if err != nil {
		return err
	}
	defer following.Stop()
	srv := &http.Server{
		Handler: following.handler(api.New(api.Config{
			Store:    store,
			Analyzer: analyzer{pipeline.New()},
			Token:    token,
			UI:       web.Handler(web.Static()),
			Log:      log,
		})),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "serving %s on http://%s/\n", *db, ln.Addr())
	if token == "" {
		fmt.Fprintln(e.stdout, "storing and deleting articles over HTTP is off; set CHRONICLE_TOKEN to turn them on")
	}

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
