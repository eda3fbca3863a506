package fetch

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"
)

// A host is the politeness state of one scheme://host:port: a token held by
// the one request in flight, and the earliest time the next may start.
type host struct {
	turn chan struct{} // holds a value while a request is in flight

	// guarded by Client.mu
	next       time.Time     // no request starts before this
	failing    int           // failures in a row
	crawlDelay time.Duration // from robots.txt; 0 when it gave none
}

// hostKey is the politeness key of u: scheme, host name and port.
func hostKey(u *url.URL) string {
	return u.Scheme + "://" + strings.ToLower(u.Host)
}

// host returns the state of u's host, creating it on first use.
func (c *Client) host(u *url.URL) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hosts == nil {
		c.hosts = map[string]*host{}
	}
	k := hostKey(u)
	h, ok := c.hosts[k]
	if !ok {
		h = &host{turn: make(chan struct{}, 1)}
		c.hosts[k] = h
	}
	return h
}

// acquire waits until no other request to the host is in flight and its
// next start time has come, or ctx is done.
func (h *host) acquire(ctx context.Context, c *Client) error {
	select {
	case h.turn <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		c.mu.Lock()
		wait := time.Until(h.next)
		c.mu.Unlock()
		if wait <= 0 {
			return nil
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.turn
			return ctx.Err()
		}
	}
}

// release ends the request in flight and sets when the next may start: after
// the minimum delay (or the robots.txt crawl delay) on success, after what
// the server asked for with Retry-After, or after an exponential backoff
// when the host failed (a network error or a server error).
func (h *host) release(c *Client, retryAfter time.Duration, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delay := max(c.minDelay(), h.crawlDelay)
	switch {
	case retryAfter > 0:
		h.failing++
		delay = max(delay, retryAfter)
	case hostFailed(err):
		h.failing++
		back := delay
		for i := 1; i < h.failing && back < c.maxBackoff(); i++ {
			back *= 2
		}
		delay = min(back, c.maxBackoff())
	default:
		h.failing = 0
	}
	if next := time.Now().Add(delay); next.After(h.next) {
		h.next = next
	}
	<-h.turn
}

// hostFailed reports whether err says the host, not the request, is in
// trouble: a network error, a time-out, or a 5xx or 429 status.
func hostFailed(err error) bool {
	if err == nil {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Status >= 500 || se.Status == 429
	}
	return !Permanent(err) && !errors.Is(err, context.Canceled)
}
