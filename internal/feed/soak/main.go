// Command soak runs Chronicle's feed follower for minutes against local
// servers that publish new stories all the time, and checks that memory
// stays flat and that every story is stored exactly once.
//
//	go run ./internal/feed/soak -duration 3m
//
// Twenty feeds on five made-up hosts (all served by one local server; the
// client dials it for every host) publish a story every -rate; a fifth of
// the stories also appear in a second feed under another link (tracking
// parameters, an m. host, a trailing slash). The follower polls each feed
// every -every with the real pipeline and a real SQLite store in a
// temporary directory. Every -sample the resident memory (VmRSS) and the
// Go heap are printed. At the end the program checks the store and exits 1
// if a story is missing or stored twice, or if memory grew by more than
// half between the first and the last third of the run.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"chronicle"
	"chronicle/internal/feed"
	"chronicle/internal/fetch"
	"chronicle/internal/pipeline"
	"chronicle/internal/sqlite"
)

func main() {
	duration := flag.Duration("duration", 3*time.Minute, "how long to publish")
	rate := flag.Duration("rate", 100*time.Millisecond, "the time between two new stories")
	every := flag.Duration("every", time.Second, "the time between two polls of one feed")
	sample := flag.Duration("sample", 10*time.Second, "the time between two memory samples")
	flag.Parse()
	if err := soak(*duration, *rate, *every, *sample); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

const (
	hosts    = 5
	feeds    = 20
	window   = 40 // stories a feed lists
	crossPct = 20 // stories also carried by a second feed, in percent
)

// A story is one published article.
type story struct {
	n    int
	host string
	path string
}

// newsroom publishes stories into feeds and serves feeds and pages.
type newsroom struct {
	mu      sync.Mutex
	stories []story
	feeds   [feeds][]string // item links per feed, newest last
}

func (nr *newsroom) publish(rng *rand.Rand) {
	nr.mu.Lock()
	defer nr.mu.Unlock()
	n := len(nr.stories)
	s := story{n: n, host: fmt.Sprintf("site%d.test", n%hosts), path: fmt.Sprintf("/news/%d", n)}
	nr.stories = append(nr.stories, s)
	f := rng.IntN(feeds)
	nr.add(f, "http://"+s.host+s.path)
	if rng.IntN(100) < crossPct {
		variants := []string{
			"http://" + s.host + s.path + "?utm_source=partner&utm_medium=rss",
			"http://m." + s.host + s.path,
			"http://" + s.host + s.path + "/",
		}
		nr.add((f+1+rng.IntN(feeds-1))%feeds, variants[rng.IntN(len(variants))])
	}
}

func (nr *newsroom) add(f int, link string) {
	nr.feeds[f] = append(nr.feeds[f], link)
	if len(nr.feeds[f]) > window {
		nr.feeds[f] = nr.feeds[f][len(nr.feeds[f])-window:]
	}
}

func (nr *newsroom) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case strings.HasPrefix(r.URL.Path, "/feed/"):
		f, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
		if err != nil || f < 0 || f >= feeds {
			http.NotFound(w, r)
			return
		}
		nr.mu.Lock()
		links := append([]string(nil), nr.feeds[f]...)
		nr.mu.Unlock()
		etag := fmt.Sprintf(`"%d-%d"`, f, len(links))
		if len(links) > 0 {
			etag = fmt.Sprintf(`"%d-%s"`, f, links[len(links)-1])
		}
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title>`, f)
		for _, l := range links {
			fmt.Fprintf(w, "<item><guid>%s</guid><link>%s</link><title>Story</title></item>", strings.ReplaceAll(l, "&", "&amp;"), strings.ReplaceAll(l, "&", "&amp;"))
		}
		fmt.Fprint(w, "</channel></rss>")
	case strings.HasPrefix(r.URL.Path, "/news/"):
		n, err := strconv.Atoi(strings.Trim(strings.TrimPrefix(r.URL.Path, "/news/"), "/"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, storyPage(n))
	default:
		http.NotFound(w, r)
	}
}

var (
	towns   = []string{"Eastbrook", "Millford", "Harwick", "Lonsdale", "Corran", "Ashby", "Tarnow", "Belmere"}
	leaders = []string{"Maria Keller", "Tomas Reyes", "Aiko Mori", "Samuel Okafor", "Lena Brandt", "Omar Haddad"}
	topics  = []string{"bridge", "school", "hospital wing", "rail link", "harbour wall", "water plant", "library"}
)

// storyPage returns the page of story n, in words made up for the soak.
func storyPage(n int) string {
	town, who, what := towns[n%len(towns)], leaders[(n/3)%len(leaders)], topics[(n/7)%len(topics)]
	return fmt.Sprintf(`<!DOCTYPE html><html><head><title>%[1]s approves %[3]s plan number %[4]d</title>
<meta property="article:published_time" content="2024-03-%02[5]dT08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>%[1]s approves %[3]s plan number %[4]d</h1>
<p>The council of %[1]s voted on Monday to build the %[3]s described in plan %[4]d, ending a debate that lasted %[6]d months.</p>
<p>"This is a good day for %[1]s," said %[2]s, who led the campaign for the %[3]s. "We will start work in the spring."</p>
<p>Opponents said the cost, put at %[7]d million, was too high, and asked the regional government in %[8]s to review the decision.</p>
<p>%[2]s met residents on Tuesday and promised to publish the budget before the end of the year.</p>
</article><footer>Made-up news for a soak test</footer></body></html>`,
		town, who, what, n, 1+n%28, 2+n%11, 10+n%90, towns[(n+3)%len(towns)])
}

// rss returns the resident set size of this process in KiB, from /proc.
func rss() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return kb
		}
	}
	return -1
}

func soak(duration, rate, every, sampleEvery time.Duration) error {
	dir, err := os.MkdirTemp("", "chronicle-soak-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "soak.db"))
	if err != nil {
		return err
	}
	defer db.Close()

	nr := &newsroom{}
	srv := httptest.NewServer(nr)
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	client := &fetch.Client{
		MinDelay: 5 * time.Millisecond,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return dialer.DialContext(ctx, network, addr)
			},
			MaxIdleConnsPerHost: 4,
		},
	}
	var urls []string
	for f := range feeds {
		urls = append(urls, fmt.Sprintf("http://site%d.test/feed/%d", f%hosts, f))
	}
	var storedMu sync.Mutex
	stored := 0
	fl := &feed.Follower{
		Store: db, Client: client, Analyze: pipeline.New().Analyze,
		Log:    slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Notify: func(chronicle.ArticleRef) { storedMu.Lock(); stored++; storedMu.Unlock() },
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); fl.Run(runCtx, urls, every, 4, nil) }()

	start := time.Now()
	rng := rand.New(rand.NewPCG(1, 2))
	pub := time.NewTicker(rate)
	smp := time.NewTicker(sampleEvery)
	var samples []int
	fmt.Printf("%8s %10s %10s %9s %9s\n", "elapsed", "rss_kib", "heap_kib", "published", "stored")
	report := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		r := rss()
		samples = append(samples, r)
		nr.mu.Lock()
		pubd := len(nr.stories)
		nr.mu.Unlock()
		storedMu.Lock()
		s := stored
		storedMu.Unlock()
		fmt.Printf("%8s %10d %10d %9d %9d\n", time.Since(start).Round(time.Second), r, ms.HeapAlloc>>10, pubd, s)
	}
	end := time.After(duration)
publishing:
	for {
		select {
		case <-pub.C:
			nr.publish(rng)
		case <-smp.C:
			report()
		case <-end:
			break publishing
		}
	}
	pub.Stop()
	// Let every feed be polled a few more times, then stop.
	settle := time.After(4*every + 5*time.Second)
	for waiting := true; waiting; {
		select {
		case <-smp.C:
			report()
		case <-settle:
			waiting = false
		}
	}
	stop()
	<-done
	report()
	elapsed := time.Since(start)

	nr.mu.Lock()
	stories := append([]story(nil), nr.stories...)
	nr.mu.Unlock()
	missing := 0
	for _, s := range stories {
		id, ok, err := db.SeenURL(ctx, []string{feed.Canonical("http://" + s.host + s.path)})
		if err != nil {
			return err
		}
		if has, _ := db.Has(ctx, id); !ok || id == "" || !has {
			missing++
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("published %d stories in %s; %d articles stored (%.1f articles/s over the run), %d notified, %d missing\n",
		len(stories), duration, st.Articles, float64(st.Articles)/elapsed.Seconds(), stored, missing)
	third := len(samples) / 3
	if third > 0 {
		first, last := maxOf(samples[:third]), maxOf(samples[len(samples)-third:])
		fmt.Printf("resident memory: %d KiB at most in the first third, %d KiB in the last third (%+.0f%%)\n",
			first, last, 100*float64(last-first)/float64(first))
		if last > first*3/2 {
			return fmt.Errorf("memory grew from %d to %d KiB", first, last)
		}
	}
	if missing > 0 || st.Articles != len(stories) || stored != len(stories) {
		return fmt.Errorf("%d stories, %d articles, %d notified, %d missing: want each story stored exactly once",
			len(stories), st.Articles, stored, missing)
	}
	fmt.Println("every story stored exactly once")
	return nil
}

func maxOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}
