// Package fetch is Chronicle's polite HTTP client, used to poll news feeds
// and read article pages. It sends an honest User-Agent, makes one request at
// a time to each host with a minimum delay between them, backs off
// exponentially from a host that fails, waits as long as a 429 or 503
// response's Retry-After asks, and, for the requests that ask for it, obeys
// the host's robots.txt. Every request has a time limit, a response size
// limit and at most MaxRedirects redirects; a redirect loop is an error.
//
// A Client is safe for concurrent use; its zero value is ready to use. Use
// one Client for everything a process fetches, so its politeness towards
// each host holds across feeds and pages.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// DefaultUserAgent names Chronicle and where to read what it does.
const DefaultUserAgent = "Chronicle/0.1 (+" + DocsURL + ")"

// DocsURL is where Chronicle's fetching behaviour is described for the
// people who run the servers it reads.
const DocsURL = "https://chronicle.invalid/docs/feeds.md"

// The defaults used for a zero Client field.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 8 << 20
	DefaultMaxRedirects = 5
	DefaultMinDelay     = 2 * time.Second
	DefaultMaxBackoff   = 30 * time.Minute
	DefaultMaxRetryWait = 30 * time.Second
	maxCrawlDelay       = time.Minute
)

// A Client fetches over HTTP politely. Zero fields take the defaults above.
type Client struct {
	UserAgent    string            // sent with every request; DefaultUserAgent when ""
	Timeout      time.Duration     // the longest one request may take, body included
	MaxBytes     int64             // the largest response body read
	MaxRedirects int               // redirects followed before giving up
	MinDelay     time.Duration     // the least time between two requests to one host
	MaxBackoff   time.Duration     // the longest wait imposed on a failing host
	MaxRetryWait time.Duration     // a 429 or 503 whose Retry-After is at most this is retried once
	Transport    http.RoundTripper // nil means a transport with dial and header timeouts

	once   sync.Once
	client *http.Client
	mu     sync.Mutex
	hosts  map[string]*host
	robots map[string]*robotsEntry
}

// A Request is one GET. ETag and LastModified, when set, make it
// conditional: an unchanged resource comes back as NotModified.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	Accept       string // the Accept header; "*/*" when ""
	Robots       bool   // consult the host's robots.txt first, and before each redirect
}

// A Response is the outcome of a successful Request.
type Response struct {
	URL          string // the URL finally read, after redirects
	Status       int
	NotModified  bool   // 304: Body is empty, the caller's copy is current
	Body         []byte // at most MaxBytes
	ContentType  string // the Content-Type header
	ETag         string
	LastModified string
}

// Charset returns the charset parameter of the response's Content-Type, ""
// when it names none.
func (r *Response) Charset() string {
	_, params, err := mime.ParseMediaType(r.ContentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(params["charset"])
}

// The errors Get returns besides network errors and *StatusError.
var (
	ErrDisallowed       = errors.New("disallowed by robots.txt")
	ErrTooLarge         = errors.New("response too large")
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrBadURL           = errors.New("not an http or https URL")
)

// A StatusError is a response whose status is neither success, 304 nor a
// redirect. RetryAfter is what the server asked for with Retry-After, 0 when
// it did not say.
type StatusError struct {
	URL        string
	Status     int
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("%s: %d %s", e.URL, e.Status, http.StatusText(e.Status))
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// Permanent reports whether err says the same request will fail again: a
// client error status other than 408 and 429, a robots.txt refusal, a body
// over the limit, a redirect loop or chain too long, or a bad URL. Network
// errors, time-outs, 408, 429 and server errors are worth trying later.
func Permanent(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Status >= 400 && se.Status < 500 && se.Status != 408 && se.Status != 429
	}
	return errors.Is(err, ErrDisallowed) || errors.Is(err, ErrTooLarge) ||
		errors.Is(err, ErrRedirectLoop) || errors.Is(err, ErrTooManyRedirects) || errors.Is(err, ErrBadURL)
}

func (c *Client) timeout() time.Duration  { return orDefault(c.Timeout, DefaultTimeout) }
func (c *Client) minDelay() time.Duration { return orDefault(c.MinDelay, DefaultMinDelay) }
func (c *Client) maxBackoff() time.Duration {
	return orDefault(c.MaxBackoff, DefaultMaxBackoff)
}
func (c *Client) maxRetryWait() time.Duration {
	return orDefault(c.MaxRetryWait, DefaultMaxRetryWait)
}

func (c *Client) maxBytes() int64 {
	if c.MaxBytes > 0 {
		return c.MaxBytes
	}
	return DefaultMaxBytes
}

func (c *Client) maxRedirects() int {
	if c.MaxRedirects > 0 {
		return c.MaxRedirects
	}
	return DefaultMaxRedirects
}

func (c *Client) userAgent() string {
	if c.UserAgent != "" {
		return c.UserAgent
	}
	return DefaultUserAgent
}

func orDefault(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// httpClient returns the client that makes single requests: it follows no
// redirects, so that each hop goes through the politeness of its host.
func (c *Client) httpClient() *http.Client {
	c.once.Do(func() {
		rt := c.Transport
		if rt == nil {
			rt = &http.Transport{
				Proxy:                 http.ProxyFromEnvironment,
				DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
				TLSHandshakeTimeout:   10 * time.Second,
				ResponseHeaderTimeout: c.timeout(),
				IdleConnTimeout:       90 * time.Second,
				MaxIdleConnsPerHost:   2,
				ForceAttemptHTTP2:     true,
			}
		}
		c.client = &http.Client{
			Transport:     rt,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	})
	return c.client
}

// ParseURL parses an absolute http or https URL, or returns an error that
// matches ErrBadURL.
func ParseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", raw, ErrBadURL)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q: %w", raw, ErrBadURL)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// Get fetches req.URL, following up to MaxRedirects redirects, each hop
// waiting its turn at its host. A 429 or 503 whose Retry-After is short
// (at most MaxRetryWait) is retried once after that wait; a longer one is
// returned as a *StatusError, and the host is left alone until it passes.
// Errors name the URL that failed.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := ParseURL(req.URL)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for hop := 0; ; hop++ {
		if req.Robots {
			if err := c.allowed(ctx, u); err != nil {
				return nil, err
			}
		}
		seen[u.String()] = true
		resp, next, err := c.getRetrying(ctx, u, req)
		if err != nil || next == nil {
			return resp, err
		}
		if seen[next.String()] {
			return nil, fmt.Errorf("%s: %w back to %s", req.URL, ErrRedirectLoop, next)
		}
		if hop+1 > c.maxRedirects() {
			return nil, fmt.Errorf("%s: %w (more than %d)", req.URL, ErrTooManyRedirects, c.maxRedirects())
		}
		u = next
	}
}

// getRetrying makes one request, and once more after a short Retry-After.
func (c *Client) getRetrying(ctx context.Context, u *url.URL, req Request) (*Response, *url.URL, error) {
	resp, next, err := c.attempt(ctx, u, req)
	var se *StatusError
	if errors.As(err, &se) && (se.Status == 429 || se.Status == 503) && se.RetryAfter > 0 && se.RetryAfter <= c.maxRetryWait() {
		return c.attempt(ctx, u, req) // the host gate holds the request back until Retry-After has passed
	}
	return resp, next, err
}

// attempt makes one request to u, waiting for its host's turn. It returns the
// response, or the URL a redirect points to.
func (c *Client) attempt(ctx context.Context, u *url.URL, req Request) (*Response, *url.URL, error) {
	h := c.host(u)
	if err := h.acquire(ctx, c); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", u, err)
	}
	resp, next, wait, err := c.do(ctx, u, req)
	h.release(c, wait, err)
	return resp, next, err
}

// do sends one request. wait is the delay the server asked for (Retry-After).
func (c *Client) do(ctx context.Context, u *url.URL, req Request) (resp *Response, next *url.URL, wait time.Duration, err error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("%s: %w", u, err)
	}
	hr.Header.Set("User-Agent", c.userAgent())
	accept := req.Accept
	if accept == "" {
		accept = "*/*"
	}
	hr.Header.Set("Accept", accept)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	r, err := c.httpClient().Do(hr)
	if err != nil {
		return nil, nil, 0, netError(u, err, c.timeout())
	}
	defer r.Body.Close()

	switch {
	case r.StatusCode == http.StatusNotModified:
		return &Response{URL: u.String(), Status: r.StatusCode, NotModified: true,
			ETag: firstHeader(r.Header.Get("ETag"), req.ETag), LastModified: firstHeader(r.Header.Get("Last-Modified"), req.LastModified),
			ContentType: r.Header.Get("Content-Type")}, nil, 0, nil
	case isRedirect(r.StatusCode):
		io.Copy(io.Discard, io.LimitReader(r.Body, 64<<10))
		loc := r.Header.Get("Location")
		if loc == "" {
			return nil, nil, 0, fmt.Errorf("%s: %d redirect without a Location", u, r.StatusCode)
		}
		n, err := u.Parse(loc)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("%s: redirect to %q: %w", u, loc, ErrBadURL)
		}
		if n.Scheme != "http" && n.Scheme != "https" {
			return nil, nil, 0, fmt.Errorf("%s: redirect to %q: %w", u, loc, ErrBadURL)
		}
		n.Fragment, n.RawFragment = "", ""
		return nil, n, 0, nil
	case r.StatusCode < 200 || r.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(r.Body, 64<<10))
		se := &StatusError{URL: u.String(), Status: r.StatusCode}
		if r.StatusCode == 429 || r.StatusCode == 503 {
			se.RetryAfter = retryAfter(r.Header.Get("Retry-After"), time.Now())
		}
		return nil, nil, se.RetryAfter, se
	}
	limit := c.maxBytes()
	if r.ContentLength > limit {
		return nil, nil, 0, fmt.Errorf("%s: %w: %d bytes, limit %d", u, ErrTooLarge, r.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return nil, nil, 0, netError(u, err, c.timeout())
	}
	if int64(len(body)) > limit {
		return nil, nil, 0, fmt.Errorf("%s: %w: over the %d byte limit", u, ErrTooLarge, limit)
	}
	return &Response{URL: u.String(), Status: r.StatusCode, Body: body, ContentType: r.Header.Get("Content-Type"),
		ETag: r.Header.Get("ETag"), LastModified: r.Header.Get("Last-Modified")}, nil, 0, nil
}

func isRedirect(status int) bool {
	switch status {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

func firstHeader(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// netError words a transport error, saying "timed out" for deadlines.
func netError(u *url.URL, err error, limit time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return fmt.Errorf("%s: timed out after %s: %w", u, limit, context.DeadlineExceeded)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("%s: %w", u, err)
}

func isTimeout(err error) bool {
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date. It
// returns 0 when the header is absent or unreadable, and at most a day.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if secs, err := time.ParseDuration(v + "s"); err == nil && !strings.ContainsAny(v, "+-.") {
		d = secs
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), 24*time.Hour)
}
