package feed

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/fetch"
	"chronicle/internal/sqlite"
)

// A newsroom is a local web server for the tests: it serves the feeds and
// pages put in it, under any host name (the test client dials it for every
// host), and counts the requests for each host and path.
type newsroom struct {
	srv *httptest.Server

	mu       sync.Mutex
	routes   map[string]http.HandlerFunc // "host/path" or "/path" for any host
	requests map[string]int              // by "host/path"
	headers  map[string]http.Header      // the last request's headers, by "host/path"
}

func newNewsroom(t testing.TB) *newsroom {
	n := &newsroom{routes: map[string]http.HandlerFunc{}, requests: map[string]int{}, headers: map[string]http.Header{}}
	n.srv = httptest.NewServer(http.HandlerFunc(n.serve))
	t.Cleanup(n.srv.Close)
	return n
}

func (n *newsroom) serve(w http.ResponseWriter, r *http.Request) {
	host, _, _ := strings.Cut(r.Host, ":")
	key := host + r.URL.Path
	n.mu.Lock()
	n.requests[key]++
	n.headers[key] = r.Header.Clone()
	h, ok := n.routes[key]
	if !ok {
		h, ok = n.routes[r.URL.Path]
	}
	n.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

// handle serves h at pattern: "host/path", or "/path" on every host.
func (n *newsroom) handle(pattern string, h http.HandlerFunc) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.routes[pattern] = h
}

// serveBody serves a fixed body with a content type and an ETag, answering
// If-None-Match with 304.
func (n *newsroom) serveBody(pattern, contentType, body string) {
	etag := fmt.Sprintf(`"%x"`, len(body)*31+strings.Count(body, "e"))
	n.handle(pattern, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, body)
	})
}

func (n *newsroom) count(key string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.requests[key]
}

func (n *newsroom) header(key, name string) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.headers[key].Get(name)
}

// client returns a polite client with short delays that sends every
// request, whatever its host, to the newsroom.
func (n *newsroom) client() *fetch.Client {
	addr := n.srv.Listener.Addr().String()
	d := &net.Dialer{Timeout: time.Second}
	return &fetch.Client{
		MinDelay:     time.Millisecond,
		MaxBackoff:   20 * time.Millisecond,
		Timeout:      2 * time.Second,
		MaxRetryWait: 2 * time.Second,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return d.DialContext(ctx, network, addr)
			},
		},
	}
}

// openStore opens a store file in dir.
func openStore(t testing.TB, dir string) *sqlite.DB {
	db, err := sqlite.Open(t.Context(), filepath.Join(dir, "chronicle.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// follower returns a Follower over db and the newsroom. The analysis only
// wraps the article: what the stages find is not this package's concern.
func follower(db *sqlite.DB, n *newsroom) *Follower {
	return &Follower{Store: db, Client: n.client(), Analyze: chronicle.NewDocument, MinWords: 20}
}

// page returns an article page written for the tests, with paragraphs
// made from words about subject so that each subject gives another text.
func page(title, subject, date, canonical string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s</title>", title)
	if date != "" {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, date)
	}
	if canonical != "" {
		fmt.Fprintf(&b, `<link rel="canonical" href="%s">`, canonical)
	}
	fmt.Fprintf(&b, `<meta name="author" content="Desk of %s">`, subject)
	b.WriteString("</head><body><nav><a href=\"/\">Front page</a></nav><article>")
	fmt.Fprintf(&b, "<h1>%s</h1>", title)
	fmt.Fprintf(&b, "<p>Officials in the valley said on Monday that the %s plan would go ahead after months of talks with residents and local businesses.</p>", subject)
	fmt.Fprintf(&b, "<p>The council voted to fund the %s work from next year, and a spokesperson said the first stage would begin in the spring if the weather allowed it.</p>", subject)
	b.WriteString("</article><footer>All rights reserved</footer></body></html>")
	return b.String()
}

// rss returns an RSS 2.0 feed of items, each {guid, link, title, date, content}.
func rss(title string, items ...[5]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>`)
	fmt.Fprintf(&b, "<title>%s</title><link>http://news.test/</link><description>Test feed</description>", title)
	for _, it := range items {
		b.WriteString("<item>")
		if it[0] != "" {
			fmt.Fprintf(&b, "<guid>%s</guid>", it[0])
		}
		fmt.Fprintf(&b, "<link>%s</link><title>%s</title>", xmlEscape(it[1]), it[2])
		if it[3] != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it[3])
		}
		if it[4] != "" {
			fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>", it[4])
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func xmlEscape(s string) string { return strings.ReplaceAll(s, "&", "&amp;") }

// stored returns the stored feed entries' outcomes and the number of articles.
func articles(t testing.TB, db *sqlite.DB) int {
	st, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles
}
