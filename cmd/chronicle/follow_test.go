package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle"
)

// A newsDesk is a local site for the tests: a feed whose items can be
// added while it runs, and article pages written for the tests.
type newsDesk struct {
	srv   *httptest.Server
	mu    sync.Mutex
	items []string // page names, newest last
}

// deskPage is an article page about a made-up town council meeting.
func deskPage(name string) string {
	return fmt.Sprintf(`<!DOCTYPE html><html><head><title>Council news: %[1]s</title>
<meta property="article:published_time" content="2024-02-0%[2]dT09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Council news: %[1]s</h1>
<p>The mayor of Eastbrook, Maria Keller, said on Tuesday that the %[1]s project would open to the public in March.</p>
<p>"We promised the residents of Eastbrook a place to meet, and we kept that promise," Keller told reporters outside the town hall.</p>
<p>The council approved the budget for the %[1]s work last year after a long debate with the opposition.</p>
</article></body></html>`, name, 1+len(name)%8)
}

func newNewsDesk(t *testing.T, items ...string) *newsDesk {
	d := &newsDesk{items: items}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		items := append([]string(nil), d.items...)
		d.mu.Unlock()
		etag := fmt.Sprintf(`"%d"`, len(items))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Eastbrook Courier</title>`)
		for _, it := range items {
			fmt.Fprintf(w, "<item><guid>%[1]s</guid><link>http://%[2]s/news/%[1]s?utm_source=rss</link><title>%[1]s</title></item>", it, r.Host)
		}
		fmt.Fprint(w, "</channel></rss>")
	})
	mux.HandleFunc("/bad.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</title><item><tit`)
	})
	mux.HandleFunc("/news/{name}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, deskPage(r.PathValue("name")))
	})
	d.srv = httptest.NewServer(mux)
	t.Cleanup(d.srv.Close)
	return d
}

func (d *newsDesk) add(items ...string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.items = append(d.items, items...)
}

func TestFollowOnceFeedsIngestURL(t *testing.T) {
	d := newNewsDesk(t, "library", "bridge")
	db := filepath.Join(t.TempDir(), "c.db")
	feedURL, bad := d.srv.URL+"/feed.xml", d.srv.URL+"/bad.xml"

	code, out, stderr := chronicleRun(t, "", "follow", "--once", "--delay", "1ms", "--db", db, feedURL, bad)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (a feed failed)\n%s%s", code, out, stderr)
	}
	if strings.Contains(out, bad+": "+bad) {
		t.Errorf("the failing feed's URL is said twice:\n%s", out)
	}
	for _, want := range []string{
		"ok   " + feedURL + ": 2 entries, 2 new: 2 stored, 0 duplicates, 0 skipped",
		"FAIL " + bad + ": ",
		"2 feeds polled in",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// A new process on the same store: nothing is fetched again.
	code, out, _ = chronicleRun(t, "", "follow", "--once", "--delay", "1ms", "--db", db, feedURL)
	if code != 0 || !strings.Contains(out, feedURL+": not modified") {
		t.Fatalf("second run: exit %d\n%s", code, out)
	}
	code, out, _ = chronicleRun(t, "", "feeds", "--json", "--db", db)
	var feeds []chronicle.Feed
	if err := json.Unmarshal([]byte(out), &feeds); code != 0 || err != nil || len(feeds) != 2 {
		t.Fatalf("feeds --json: exit %d, %v\n%s", code, err, out)
	}
	byURL := map[string]chronicle.Feed{feeds[0].URL: feeds[0], feeds[1].URL: feeds[1]}
	if f := byURL[feedURL]; f.Title != "Eastbrook Courier" || f.Stored != 2 || f.Fetches != 2 || f.LastNew.IsZero() || f.LastError != "" {
		t.Errorf("feed state %+v", f)
	}
	if f := byURL[bad]; f.LastError == "" || f.Failing != 1 || f.Stored != 0 {
		t.Errorf("bad feed state %+v", f)
	}
	code, out, _ = chronicleRun(t, "", "feeds", "--db", db)
	if code != 0 || !strings.Contains(out, "Eastbrook Courier") || !strings.Contains(out, "LAST ERROR") {
		t.Errorf("feeds: exit %d\n%s", code, out)
	}

	// One page by its URL; the same story again is a duplicate.
	code, out, stderr = chronicleRun(t, "", "ingest", "--quiet", "--db", db, d.srv.URL+"/news/harbour", d.srv.URL+"/news/library")
	if code != 0 || !strings.Contains(out, "1 stored, 1 duplicates") {
		t.Fatalf("ingest URL: exit %d\n%s%s", code, out, stderr)
	}
	code, out, _ = chronicleRun(t, "", "stats", "--db", db)
	if code != 0 || !regexp.MustCompile(`articles\s+3\n`).MatchString(out) {
		t.Errorf("stats: exit %d\n%s", code, out)
	}
	code, _, stderr = chronicleRun(t, "", "ingest", "--db", db, d.srv.URL+"/missing")
	if code != 1 || !strings.Contains(stderr, "404") {
		t.Errorf("ingest of a missing page: exit %d\n%s", code, stderr)
	}
}

func TestFollowUsage(t *testing.T) {
	for _, args := range [][]string{{"follow"}, {"follow", "--every", "1ms", "http://a.test/"}, {"follow", "not-a-url"}} {
		code, _, stderr := chronicleRun(t, "", args...)
		if code == 0 {
			t.Errorf("%q: exit 0, want an error\n%s", args, stderr)
		}
	}
	list := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(list, []byte("https://a.test/rss\nnot a url\n"), 0o644)
	code, _, stderr := chronicleRun(t, "", "follow", "--once", "--feeds", list)
	if code != 1 || !strings.Contains(stderr, "feeds.txt:2:") {
		t.Errorf("bad list: exit %d\n%s", code, stderr)
	}
}

// lineWriter passes what is written to a pipe, safe for concurrent use.
type lineWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestServeStreamsFeedArticles(t *testing.T) {
	d := newNewsDesk(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.opml")
	os.WriteFile(list, []byte(`<opml version="2.0"><body><outline text="Courier" xmlUrl="`+d.srv.URL+`/feed.xml"/></body></opml>`), 0o644)
	pr, pw := io.Pipe()
	vars := map[string]string{"CHRONICLE_FETCH_EVERY": "1s", "CHRONICLE_FETCH_DELAY": "1ms"}
	e := &env{stdin: strings.NewReader(""), stdout: &lineWriter{w: pw}, stderr: io.Discard, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan int)
	go func() {
		done <- run(ctx, e, []string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "c.db"), "--feeds", list})
	}()
	defer func() {
		cancel()
		pw.Close()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	}()
	lines := bufio.NewScanner(pr)
	addr := ""
	for addr == "" && lines.Scan() {
		if m := regexp.MustCompile(`on (http://\S+)/`).FindStringSubmatch(lines.Text()); m != nil {
			addr = m[1]
		}
	}
	go io.Copy(io.Discard, pr)

	resp, err := http.Get(addr + "/api/v1/stream")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	d.add("market", "school")
	events := bufio.NewScanner(resp.Body)
	var got []chronicle.ArticleRef
	deadline := time.AfterFunc(30*time.Second, func() { resp.Body.Close() })
	defer deadline.Stop()
	for len(got) < 2 && events.Scan() {
		if data, ok := strings.CutPrefix(events.Text(), "data: "); ok {
			var ref chronicle.ArticleRef
			if err := json.Unmarshal([]byte(data), &ref); err != nil {
				t.Fatalf("event data %q: %v", data, err)
			}
			got = append(got, ref)
		}
	}
	if len(got) != 2 || got[0].Title != "Council news: market" || got[1].Title != "Council news: school" || got[0].ID == "" {
		t.Fatalf("events %+v", got)
	}
	// The feed's state is saved when its poll ends, a moment after the
	// articles are stored and streamed.
	var body struct{ Feeds []chronicle.Feed }
	for wait := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		body.Feeds = nil
		fr, err := http.Get(addr + "/api/v1/feeds")
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(fr.Body).Decode(&body)
		fr.Body.Close()
		if err == nil && len(body.Feeds) == 1 && body.Feeds[0].Stored == 2 {
			break
		}
		if time.Now().After(wait) {
			t.Fatalf("GET /api/v1/feeds: %+v, %v", body, err)
		}
	}
	ar, err := http.Get(addr + "/api/v1/articles/" + string(got[0].ID))
	if err != nil || ar.StatusCode != 200 {
		t.Fatalf("the streamed article is not served: %v %v", ar.Status, err)
	}
	ar.Body.Close()
}
