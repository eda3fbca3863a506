package ingest

import (
	"strings"
	"sync"

	"chronicle/internal/fetch"
)

// webClient fetches the article pages named on the command line. It is
// made on first use and shared, so its politeness holds across them.
var webClient = sync.OnceValue(func() *fetch.Client { return &fetch.Client{} })

// isURL reports whether a path given to Read is an http or https URL.
func isURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// url reads one article page from the web, as `chronicle ingest URL` does:
// robots.txt is obeyed, and the fetch has the time, size and redirect
// limits of package fetch. The Record's File is the URL as given.
func (r *reader) url(raw string) bool {
	resp, err := webClient().Get(r.ctx, fetch.Request{URL: raw, Robots: true, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
	if err != nil {
		return r.fail(raw, 0, err)
	}
	p, err := ReadPage(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return r.fail(raw, 0, err)
	}
	return r.emit(record(raw, 0, p.Article))
}
