package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/fetch"
)

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Atom</title><id>urn:test:harbour</id><updated>2024-04-02T10:00:00Z</updated>
  <entry><id>urn:test:harbour:1</id><title>Harbour dredging</title>
    <link rel="alternate" href="http://harbour.test/a/dredging"/><updated>2024-04-01T09:00:00Z</updated></entry>
  <entry><id>urn:test:harbour:2</id><title>Harbour lights</title>
    <link rel="alternate" href="/a/lights"/><published>2024-04-02T09:00:00Z</published></entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"Hills JSON",
 "items":[
  {"id":"h1","url":"http://hills.test/s/orchard","title":"Orchard","date_published":"2024-05-01T08:00:00Z"},
  {"id":"h2","url":"http://hills.test/s/railway","title":"Railway","date_published":"2024-05-03T08:00:00Z"}
 ]}`

func TestPollFormats(t *testing.T) {
	n := newNewsroom(t)
	n.serveBody("news.test/rss", "application/rss+xml", rss("Valley RSS",
		[5]string{"v1", "http://news.test/story/bridge", "Bridge", "Tue, 02 Jan 2024 10:00:00 GMT", ""},
		[5]string{"v2", "http://news.test/story/school", "School", "Wed, 03 Jan 2024 10:00:00 GMT", ""}))
	n.serveBody("harbour.test/atom", "application/atom+xml", atomFeed)
	n.serveBody("hills.test/feed.json", "application/feed+json", jsonFeed)
	n.serveBody("news.test/story/bridge", "text/html", page("Bridge", "bridge", "2024-01-02T10:00:00Z", ""))
	n.serveBody("news.test/story/school", "text/html", page("School", "school", "", ""))
	n.serveBody("harbour.test/a/dredging", "text/html", page("Dredging", "dredging", "", ""))
	n.serveBody("harbour.test/a/lights", "text/html", page("Lights", "lights", "", ""))
	n.serveBody("hills.test/s/orchard", "text/html", page("Orchard", "orchard", "", ""))
	n.serveBody("hills.test/s/railway", "text/html", page("Railway", "railway", "2024-05-02", ""))

	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	var notified []chronicle.ArticleRef
	f.Notify = func(r chronicle.ArticleRef) { notified = append(notified, r) }
	feeds := []string{"http://news.test/rss", "http://harbour.test/atom", "http://hills.test/feed.json"}
	for _, res := range f.PollAll(t.Context(), feeds, 2) {
		if res.Failed() || res.Stored != 2 || res.New != 2 || res.Entries != 2 {
			t.Errorf("%s: %+v", res.Feed, res)
		}
	}
	if got := articles(t, db); got != 6 {
		t.Fatalf("%d articles stored, want 6", got)
	}
	if len(notified) != 6 {
		t.Errorf("%d notifications, want 6", len(notified))
	}
	// Dates: the page's, else the feed's. Sources: the publisher host.
	want := map[string]string{"Bridge": "2024-01-02", "School": "2024-01-03", "Dredging": "2024-04-01",
		"Lights": "2024-04-02", "Orchard": "2024-05-01", "Railway": "2024-05-02"}
	for _, r := range notified {
		if r.Date.String() != want[r.Title] {
			t.Errorf("%s dated %s, want %s", r.Title, r.Date, want[r.Title])
		}
		if !strings.HasSuffix(r.Source, ".test") {
			t.Errorf("%s source %q", r.Title, r.Source)
		}
		if b, _ := db.Byline(t.Context(), r.ID); !strings.HasPrefix(b, "Desk of ") {
			t.Errorf("%s byline %q", r.Title, b)
		}
	}
	st, err := db.Feed(t.Context(), "http://hills.test/feed.json")
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "Hills JSON" || st.Stored != 2 || st.Entries != 2 || st.Fetches != 1 || st.ETag == "" ||
		st.LastNew.IsZero() || st.LastFetch.IsZero() || st.LastError != "" {
		t.Errorf("feed state %+v", st)
	}
	if ua := n.header("news.test/story/bridge", "User-Agent"); !strings.HasPrefix(ua, "Chronicle/0.1") {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestPollDuplicates(t *testing.T) {
	n := newNewsroom(t)
	// The same story under several links, and again under another name.
	n.serveBody("/story/ferry", "text/html", page("Ferry", "ferry", "", "https://www.news.test/story/ferry"))
	n.serveBody("/story/ferry/", "text/html", page("Ferry", "ferry", "", "https://www.news.test/story/ferry"))
	n.serveBody("other.test/copy/ferry", "text/html", page("Ferry", "ferry", "", ""))
	n.serveBody("/story/moved", "text/html", "")
	n.handle("/story/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://news.test/story/ferry?utm_medium=social", http.StatusMovedPermanently)
	})
	n.serveBody("a.test/feed", "application/rss+xml", rss("A",
		[5]string{"a1", "http://news.test/story/ferry?utm_source=a#top", "Ferry", "", ""}))
	n.serveBody("b.test/feed", "application/rss+xml", rss("B",
		[5]string{"b1", "https://m.news.test/story/ferry/", "Ferry", "", ""},
		[5]string{"b2", "http://other.test/copy/ferry", "Ferry again", "", ""},
		[5]string{"b3", "http://news.test/story/moved", "Ferry moved", "", ""}))
	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	ra := f.Poll(t.Context(), "http://a.test/feed")
	rb := f.Poll(t.Context(), "http://b.test/feed")
	// https://m.news.test is not served (no TLS here), but its canonical URL
	// is known from feed A, so it is not fetched at all.
	if ra.Stored != 1 || rb.Stored != 0 || rb.Duplicates != 3 || rb.Failed() {
		t.Fatalf("A %+v\nB %+v", ra, rb)
	}
	if got := articles(t, db); got != 1 {
		t.Errorf("%d articles, want 1", got)
	}
	if c := n.count("news.test/story/ferry"); c != 2 { // from A, and after the redirect from B
		t.Errorf("the story page was fetched %d times, want 2", c)
	}
}

func TestPollConditionalAndRestart(t *testing.T) {
	dir := t.TempDir()
	n := newNewsroom(t)
	items := [][5]string{{"g1", "http://news.test/s/1", "One", "Mon, 01 Jan 2024 10:00:00 GMT", ""}}
	n.serveBody("news.test/feed", "application/rss+xml", rss("Valley", items...))
	for i := 1; i <= 3; i++ {
		n.serveBody(fmt.Sprintf("news.test/s/%d", i), "text/html", page(fmt.Sprint("Story ", i), fmt.Sprint("subject", i), "", ""))
	}
	db := openStore(t, dir)
	f := follower(db, n)
	if r := f.Poll(t.Context(), "http://news.test/feed"); r.Stored != 1 {
		t.Fatalf("first poll %+v", r)
	}
	if r := f.Poll(t.Context(), "http://news.test/feed"); !r.NotModified || r.New != 0 {
		t.Fatalf("second poll %+v, want not modified", r)
	}
	db.Close()

	// A new process: a new store handle and a new client.
	db = openStore(t, dir)
	defer db.Close()
	f = follower(db, n)
	if r := f.Poll(t.Context(), "http://news.test/feed"); !r.NotModified {
		t.Fatalf("poll after restart %+v, want not modified", r)
	}
	if inm := n.header("news.test/feed", "If-None-Match"); inm == "" {
		t.Error("no If-None-Match after restart")
	}
	// The feed changes: only the new entries are fetched.
	items = append(items, [5]string{"g2", "http://news.test/s/2", "Two", "", ""}, [5]string{"g3", "http://news.test/s/3", "Three", "", ""})
	n.serveBody("news.test/feed", "application/rss+xml", rss("Valley", items...))
	if r := f.Poll(t.Context(), "http://news.test/feed"); r.Stored != 2 || r.New != 2 || r.Entries != 3 {
		t.Fatalf("poll of the changed feed %+v", r)
	}
	for i := 1; i <= 3; i++ {
		if c := n.count(fmt.Sprintf("news.test/s/%d", i)); c != 1 {
			t.Errorf("page %d fetched %d times, want once", i, c)
		}
	}
	st, _ := db.Feed(t.Context(), "http://news.test/feed")
	if st.Fetches != 4 || st.Entries != 3 || st.Stored != 3 || st.Failing != 0 {
		t.Errorf("feed state %+v", st)
	}
	if got := articles(t, db); got != 3 {
		t.Errorf("%d articles, want 3", got)
	}
}

func TestPollFeedFailures(t *testing.T) {
	n := newNewsroom(t)
	good := rss("Good", [5]string{"ok1", "http://good.test/s/1", "Fine", "", ""})
	n.serveBody("good.test/feed", "application/rss+xml", good)
	n.serveBody("good.test/s/1", "text/html", page("Fine", "fine", "", ""))
	n.serveBody("broken.test/feed", "application/rss+xml", "<rss><channel><title>Broken</title><item><title>x</ite")
	n.serveBody("truncated.test/feed", "application/rss+xml", good[:len(good)/2])
	n.serveBody("garbage.test/feed", "text/html", "<html><body>not a feed at all</body></html>")
	n.serveBody("empty.test/feed", "application/rss+xml", "")
	n.handle("slow.test/feed", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	n.handle("loop.test/feed", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/feed2", http.StatusFound) })
	n.handle("loop.test/feed2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/feed", http.StatusFound) })
	n.serveBody("huge.test/feed", "application/rss+xml", rss("Huge", [5]string{"x", "http://huge.test/x", strings.Repeat("long title ", 20000), "", ""}))
	n.handle("busy.test/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		http.Error(w, "too many", http.StatusTooManyRequests)
	})
	cases := map[string]string{
		"http://broken.test/feed":    "not a readable",
		"http://truncated.test/feed": "not a readable",
		"http://garbage.test/feed":   "not a readable",
		"http://empty.test/feed":     "empty response",
		"http://missing.test/feed":   "404",
		"http://slow.test/feed":      "timed out",
		"http://loop.test/feed":      "redirect loop",
		"http://huge.test/feed":      "too large",
		"http://busy.test/feed":      "429",
	}
	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	f.Client.Timeout = 300 * time.Millisecond
	f.Client.MaxBytes = 64 << 10
	feeds := []string{"http://good.test/feed"}
	for u := range cases {
		feeds = append(feeds, u)
	}
	for _, res := range f.PollAll(t.Context(), feeds, 4) {
		want, bad := cases[res.Feed]
		if !bad {
			if res.Failed() || res.Stored != 1 {
				t.Errorf("%s: %+v", res.Feed, res)
			}
			continue
		}
		if res.Err == nil || !strings.Contains(res.Err.Error(), want) {
			t.Errorf("%s: error %v, want one saying %q", res.Feed, res.Err, want)
			continue
		}
		st, err := db.Feed(t.Context(), res.Feed)
		if err != nil {
			t.Fatal(err)
		}
		if st.Failures != 1 || st.Failing != 1 || st.LastError != res.Err.Error() || st.ErrorAt.IsZero() || !st.LastSuccess.IsZero() {
			t.Errorf("%s: state %+v", res.Feed, st)
		}
	}
	list, err := db.Feeds(t.Context())
	if err != nil || len(list) != len(feeds) {
		t.Errorf("Feeds: %d, %v; want %d", len(list), err, len(feeds))
	}
}

func TestPollCharsets(t *testing.T) {
	n := newNewsroom(t)
	latin := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9 news</title>" +
		"<item><guid>l1</guid><link>http://latin.test/p</link><title>Fl\xfbte</title></item></channel></rss>"
	win := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>\x93Quoted\x94 news</title>" +
		"<item><guid>w1</guid><link>http://win.test/p</link><title>Dash \x96 here</title></item></channel></rss>"
	n.serveBody("latin.test/feed", "application/rss+xml", latin)
	n.serveBody("win.test/feed", "text/xml; charset=windows-1252", win)
	body := strings.ReplaceAll(page("Page", "caf\xe9", "", ""), "<title>Page</title>", "<title>Caf\xe9 page</title>")
	n.serveBody("latin.test/p", "text/html; charset=ISO-8859-1", body)
	n.serveBody("win.test/p", "text/html; charset=windows-1252", strings.ReplaceAll(page("Page", "\x93quoted\x94", "", ""), "Page", "Win page"))
	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	var titles []string
	f.Notify = func(r chronicle.ArticleRef) { titles = append(titles, r.Title) }
	for _, res := range f.PollAll(t.Context(), []string{"http://latin.test/feed", "http://win.test/feed"}, 1) {
		if res.Failed() || res.Stored != 1 {
			t.Errorf("%s: %+v", res.Feed, res)
		}
	}
	if st, _ := db.Feed(t.Context(), "http://latin.test/feed"); st == nil || st.Title != "Café news" {
		t.Errorf("latin feed title %+v", st)
	}
	if st, _ := db.Feed(t.Context(), "http://win.test/feed"); st == nil || st.Title != "\u201cQuoted\u201d news" {
		t.Errorf("windows feed title %+v", st)
	}
	slices.Sort(titles)
	if strings.Join(titles, "|") != "Café page|Win page" {
		t.Errorf("titles %q", titles)
	}
}

func TestPollRobotsAndGonePages(t *testing.T) {
	n := newNewsroom(t)
	n.serveBody("news.test/robots.txt", "text/plain", "User-agent: *\nDisallow: /locked/\n")
	own := "<p>" + strings.Repeat("The feed itself carries this whole report about the harbour. ", 12) + "</p>"
	n.serveBody("news.test/feed", "application/rss+xml", rss("Valley",
		[5]string{"r1", "http://news.test/locked/1", "Locked with text", "", own},
		[5]string{"r2", "http://news.test/locked/2", "Locked without text", "", ""},
		[5]string{"r3", "http://news.test/gone", "Gone", "", ""},
		[5]string{"r4", "http://news.test/file.pdf", "A file", "", ""}))
	n.serveBody("news.test/file.pdf", "application/pdf", "%PDF-1.4 not really")
	n.handle("news.test/locked/", func(w http.ResponseWriter, r *http.Request) { t.Error("a page robots.txt forbids was fetched") })
	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	res := f.Poll(t.Context(), "http://news.test/feed")
	if res.Failed() || res.Stored != 1 || res.Skipped != 3 {
		t.Fatalf("%+v", res)
	}
	res = f.Poll(t.Context(), "http://news.test/feed")
	if !res.NotModified || n.count("news.test/gone") != 1 || n.count("news.test/robots.txt") != 1 {
		t.Fatalf("second poll %+v; gone fetched %d times, robots.txt %d", res, n.count("news.test/gone"), n.count("news.test/robots.txt"))
	}
}

func TestPollRetriesFailedPages(t *testing.T) {
	n := newNewsroom(t)
	n.serveBody("news.test/feed", "application/rss+xml", rss("Valley",
		[5]string{"t1", "http://news.test/flaky", "Flaky", "", ""}))
	fail := true
	n.handle("news.test/flaky", func(w http.ResponseWriter, r *http.Request) {
		if fail {
			http.Error(w, "down for now", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, page("Flaky", "flaky", "", ""))
	})
	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	res := f.Poll(t.Context(), "http://news.test/feed")
	var se *fetch.StatusError
	if len(res.EntryErrors) != 1 || !errors.As(res.EntryErrors[0], &se) || res.Err != nil || !res.Failed() {
		t.Fatalf("first poll %+v", res)
	}
	st, _ := db.Feed(t.Context(), "http://news.test/feed")
	if st.ETag != "" || !strings.Contains(st.LastError, "502") {
		t.Errorf("state after a failed page %+v: want no validators and the error", st)
	}
	n.mu.Lock()
	fail = false
	n.mu.Unlock()
	res = f.Poll(t.Context(), "http://news.test/feed")
	if res.Failed() || res.Stored != 1 || res.NotModified {
		t.Fatalf("second poll %+v", res)
	}
	if st, _ := db.Feed(t.Context(), "http://news.test/feed"); st.Entries != 1 || st.ETag == "" || st.LastError != "" {
		t.Errorf("state %+v", st)
	}
}

func TestRunResumesSchedule(t *testing.T) {
	n := newNewsroom(t)
	n.serveBody("news.test/feed", "application/rss+xml", rss("Valley"))
	db := openStore(t, t.TempDir())
	defer db.Close()
	f := follower(db, n)
	f.Poll(t.Context(), "http://news.test/feed")
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	f.Run(ctx, []string{"http://news.test/feed", "http://news.test/other"}, time.Hour, 2, nil)
	if c := n.count("news.test/feed"); c != 1 {
		t.Errorf("feed fetched %d times, want once: it was not due", c)
	}
	if c := n.count("news.test/other"); c != 1 {
		t.Errorf("new feed fetched %d times, want once at once", c)
	}
}

func TestInterval(t *testing.T) {
	tests := []struct {
		failing int
		want    time.Duration
	}{{0, 5 * time.Minute}, {1, 10 * time.Minute}, {3, 40 * time.Minute}, {20, 24 * time.Hour}}
	for _, tt := range tests {
		if got := interval(5*time.Minute, tt.failing); got != tt.want {
			t.Errorf("interval(5m, %d) = %v, want %v", tt.failing, got, tt.want)
		}
	}
}
