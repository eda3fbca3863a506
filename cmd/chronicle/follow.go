package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"chronicle"
	"chronicle/internal/feed"
	"chronicle/internal/fetch"
	"chronicle/internal/pipeline"
	"chronicle/internal/sqlite"
)

func runFollow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "follow", "[flags] [FEED-URL...]")
	db := dbFlag(fs, e)
	once := fs.Bool("once", false, "poll each feed once, print what it gave, and exit (1 if any feed failed)")
	every := fs.Duration("every", 5*time.Minute, "the time between two polls of one feed")
	list := fs.String("feeds", "", "also follow the feeds listed in this `file` (OPML, or one URL a line)")
	defaults := fs.Bool("defaults", false, "also follow the world-news feeds that ship with Chronicle")
	workers := fs.Int("workers", 4, "feeds polled at once")
	delay := fs.Duration("delay", fetch.DefaultMinDelay, "the least time between two requests to one host")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	urls, err := feedURLs(fs.Args(), *list, *defaults)
	if err != nil {
		return err
	}
	if len(urls) == 0 {
		fmt.Fprintln(e.stderr, "chronicle follow: name feed URLs, --feeds FILE or --defaults")
		fs.Usage()
		return errUsage
	}
	if *every < time.Second {
		return fmt.Errorf("--every %s: want at least 1s: %w", *every, chronicle.ErrInvalid)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	f := newFollower(store, &fetch.Client{MinDelay: *delay}, log, nil)
	if *once {
		return followOnce(ctx, e, f, urls, *workers)
	}
	fmt.Fprintf(e.stdout, "following %d feeds into %s, each every %s\n", len(urls), *db, *every)
	var mu sync.Mutex
	return f.Run(ctx, urls, *every, *workers, func(r feed.Result) {
		mu.Lock()
		defer mu.Unlock()
		printResult(e, r)
	})
}

// feedURLs gathers the feeds named on the command line, in a list file and
// among the defaults, each once.
func feedURLs(args []string, listFile string, defaults bool) ([]string, error) {
	var urls []string
	for _, a := range args {
		if _, err := fetch.ParseURL(a); err != nil {
			return nil, fmt.Errorf("feed %q: want an http or https URL: %w", a, chronicle.ErrInvalid)
		}
		urls = append(urls, a)
	}
	if listFile != "" {
		fh, err := os.Open(listFile)
		if err != nil {
			return nil, err
		}
		defer fh.Close()
		list, err := feed.ParseList(fh, listFile)
		if err != nil {
			return nil, err
		}
		urls = append(urls, list...)
	}
	if defaults {
		urls = append(urls, feed.Defaults()...)
	}
	seen := map[string]bool{}
	out := urls[:0]
	for _, u := range urls {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out, nil
}

// newFollower returns a Follower storing into store through the pipeline.
func newFollower(store *sqlite.DB, client *fetch.Client, log *slog.Logger, notify func(chronicle.ArticleRef)) *feed.Follower {
	return &feed.Follower{Store: store, Client: client, Analyze: pipeline.New().Analyze, Log: log, Notify: notify}
}

// followOnce polls every feed once and prints a line for each and a summary.
func followOnce(ctx context.Context, e *env, f *feed.Follower, urls []string, workers int) error {
	start := time.Now()
	results := f.PollAll(ctx, urls, workers)
	failed, stored, dups, skipped := 0, 0, 0, 0
	for _, r := range results {
		printResult(e, r)
		if r.Failed() {
			failed++
		}
		stored += r.Stored
		dups += r.Duplicates
		skipped += r.Skipped
	}
	fmt.Fprintf(e.stdout, "%d feeds polled in %.1fs: %d articles stored, %d duplicates, %d skipped; %d feeds failed\n",
		len(results), time.Since(start).Seconds(), stored, dups, skipped, failed)
	if failed > 0 {
		return fmt.Errorf("%d of %d feeds failed", failed, len(results))
	}
	return nil
}

// printResult writes one line about a poll, and one more per entry that
// will be tried again.
func printResult(e *env, r feed.Result) {
	switch {
	case r.Err != nil:
		// Most errors start with the URL already; say it once.
		fmt.Fprintf(e.stdout, "FAIL %s: %s\n", r.Feed, strings.TrimPrefix(r.Err.Error(), r.Feed+": "))
		return
	case r.NotModified:
		fmt.Fprintf(e.stdout, "ok   %s: not modified (%.1fs)\n", r.Feed, r.Took.Seconds())
		return
	}
	status := "ok  "
	if r.Failed() {
		status = "FAIL"
	}
	fmt.Fprintf(e.stdout, "%s %s: %d entries, %d new: %d stored, %d duplicates, %d skipped, %d to retry (%.1fs)\n",
		status, r.Feed, r.Entries, r.New, r.Stored, r.Duplicates, r.Skipped, len(r.EntryErrors), r.Took.Seconds())
	for _, err := range r.EntryErrors {
		fmt.Fprintf(e.stdout, "     entry: %v\n", err)
	}
}

func runFeeds(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "feeds", "[flags]")
	db := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print JSON, one object per feed in an array")
	store, err := parseAndOpen(ctx, fs, db, args, noArgs)
	if err != nil {
		return err
	}
	defer store.Close()
	list, err := store.Feeds(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, list)
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no feeds followed yet; see `chronicle follow -h`")
		return nil
	}
	now := time.Now()
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tTITLE\tFETCHED\tLAST NEW\tSTORED\tSKIPPED\tFAILING\tLAST ERROR")
	for _, f := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", f.URL, clip(f.Title, 30), ago(now, f.LastFetch), ago(now, f.LastNew),
			f.Stored, f.Skipped, f.Failing, clip(f.LastError, 60))
	}
	return tw.Flush()
}

// ago says how long before now t was: "3m ago", "never".
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds ago", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	}
	return fmt.Sprintf("%dd ago", int(d.Hours()/24))
}

// feedsFlag adds serve's --feeds flag; its default comes from
// CHRONICLE_FEEDS.
func feedsFlag(fs *flag.FlagSet, e *env) *string {
	return fs.String("feeds", e.getenv("CHRONICLE_FEEDS"),
		"follow the feeds in this `file` (OPML, or one URL a line); \"default\" for the list that ships with Chronicle, \"none\" for none (env CHRONICLE_FEEDS)")
}

// A following is the feed follower of a running server: it stores new
// articles, tells stream subscribers about them, and serves
// GET /api/v1/feeds and GET /api/v1/stream in front of the API.
type following struct {
	ctx    context.Context
	stop   context.CancelFunc
	done   chan struct{} // closed when the follower has stopped
	store  *sqlite.DB
	broker feed.Broker
}

// Stop stops following and waits for the polls in flight to end.
func (fl *following) Stop() {
	fl.stop()
	<-fl.done
}

// startFollowing starts following the feeds that serve's --feeds names, in
// the background until ctx is done or Stop is called. "none" follows
// nothing; "" or "default" the feeds that ship with Chronicle.
func startFollowing(ctx context.Context, e *env, store *sqlite.DB, list string, log *slog.Logger) (*following, error) {
	ctx, stop := context.WithCancel(ctx)
	fl := &following{ctx: ctx, stop: stop, done: make(chan struct{}), store: store}
	var urls []string
	var err error
	switch list {
	case "none":
	case "", "default":
		urls = feed.Defaults()
	default:
		urls, err = feedURLs(nil, list, false)
	}
	if err != nil {
		stop()
		return nil, err
	}
	if len(urls) == 0 {
		close(fl.done)
		return fl, nil
	}
	every := 5 * time.Minute
	if v := e.getenv("CHRONICLE_FETCH_EVERY"); v != "" {
		if every, err = time.ParseDuration(v); err != nil || every < time.Second {
			stop()
			return nil, fmt.Errorf("CHRONICLE_FETCH_EVERY=%q: want a duration of at least 1s: %w", v, chronicle.ErrInvalid)
		}
	}
	client := &fetch.Client{}
	if v := e.getenv("CHRONICLE_FETCH_DELAY"); v != "" {
		if client.MinDelay, err = time.ParseDuration(v); err != nil || client.MinDelay <= 0 {
			stop()
			return nil, fmt.Errorf("CHRONICLE_FETCH_DELAY=%q: want a positive duration: %w", v, chronicle.ErrInvalid)
		}
	}
	f := newFollower(store, client, log, fl.broker.Publish)
	fmt.Fprintf(e.stdout, "following %d feeds, each every %s\n", len(urls), every)
	go func() {
		defer close(fl.done)
		f.Run(ctx, urls, every, max(2, runtime.GOMAXPROCS(0)), nil)
	}()
	return fl, nil
}

// handler serves the feed routes and passes every other request to api.
func (fl *following) handler(api http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/feeds", fl.feeds)
	mux.HandleFunc("GET /api/v1/stream", fl.stream)
	mux.Handle("/", api)
	return mux
}

// feeds answers GET /api/v1/feeds: {"feeds": [chronicle.Feed…]}.
func (fl *following) feeds(w http.ResponseWriter, r *http.Request) {
	list, err := fl.store.Feeds(r.Context())
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		// The shape of every API error: {"error": message, "status": code}.
		json.NewEncoder(w).Encode(map[string]any{"error": "could not read the feeds", "status": http.StatusInternalServerError})
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"feeds": list})
}

// streamHeartbeat is how often an idle stream sends a comment, so proxies
// keep it open.
const streamHeartbeat = 25 * time.Second

// stream answers GET /api/v1/stream with server-sent events: an "article"
// event (data: a chronicle.ArticleRef as JSON, id: the article ID) for each
// article stored from a feed, a "dropped" event ({"missed": n}) when the
// client fell behind and missed n, and a comment line as a heartbeat.
func (fl *following) stream(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{}) // the stream outlives the server's write timeout
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	sub := fl.broker.Subscribe()
	defer sub.Close()
	fmt.Fprint(w, "retry: 5000\n: stream of stored articles\n\n")
	if rc.Flush() != nil {
		return
	}
	beat := time.NewTicker(streamHeartbeat)
	defer beat.Stop()
	for {
		select {
		case ref := <-sub.C:
			if n := sub.Dropped(); n > 0 {
				fmt.Fprintf(w, "event: dropped\ndata: {\"missed\":%d}\n\n", n)
			}
			data, _ := json.Marshal(ref)
			fmt.Fprintf(w, "event: article\nid: %s\ndata: %s\n\n", strings.ReplaceAll(string(ref.ID), "\n", ""), data)
		case <-beat.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-r.Context().Done():
			return
		case <-fl.ctx.Done():
			return
		}
		if rc.Flush() != nil {
			return
		}
	}
}
