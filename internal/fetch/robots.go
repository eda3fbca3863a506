package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Robots is the part of a robots.txt file (RFC 9309) that applies to one
// crawler: its allow and disallow rules and its crawl delay.
type Robots struct {
	rules      []robotsRule
	CrawlDelay time.Duration // Crawl-delay, a common extension; 0 when absent
	unreadable error         // why the file could not be read, when everything is disallowed for that
}

type robotsRule struct {
	allow   bool
	pattern string // starts with '/'; '*' matches any run of characters, a final '$' the end
}

// The robots.txt files Chronicle reads are cut at this size, as RFC 9309
// allows.
const maxRobotsBytes = 500 << 10

// robotsAgent is the product token Chronicle matches in User-agent lines.
const robotsAgent = "chronicle"

// ParseRobots reads a robots.txt file and keeps the rules for the crawler
// whose product token is agent (case-insensitive): those of every group that
// names it, else those of the groups for "*". Lines it does not understand
// are ignored, as the standard asks; nothing in it is an error.
func ParseRobots(data []byte, agent string) *Robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
		hasDly bool
	}
	var groups []*group
	var cur *group
	inAgents := false // the previous line was a User-agent line
	sc := bufio.NewScanner(bytes.NewReader(data[:min(len(data), maxRobotsBytes)]))
	sc.Buffer(make([]byte, 0, 4096), maxRobotsBytes)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			inAgents = true
			cur.agents = append(cur.agents, strings.ToLower(val))
		case "allow", "disallow":
			inAgents = false
			if cur == nil || val == "" {
				continue // an empty Disallow allows everything: no rule
			}
			if !strings.HasPrefix(val, "/") && !strings.HasPrefix(val, "*") {
				val = "/" + val
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
		case "crawl-delay":
			inAgents = false
			if cur == nil {
				continue
			}
			if secs, err := strconv.ParseFloat(val, 64); err == nil && secs >= 0 {
				cur.delay = min(time.Duration(secs*float64(time.Second)), maxCrawlDelay)
				cur.hasDly = true
			}
		default:
			inAgents = false // Sitemap and others end a run of User-agent lines
		}
	}
	matches := func(want func(string) bool) *Robots {
		var r *Robots
		for _, g := range groups {
			for _, a := range g.agents {
				if want(a) {
					if r == nil {
						r = &Robots{}
					}
					r.rules = append(r.rules, g.rules...)
					if g.hasDly {
						r.CrawlDelay = max(r.CrawlDelay, g.delay)
					}
					break
				}
			}
		}
		return r
	}
	if r := matches(func(a string) bool { return a == agent }); r != nil {
		return r
	}
	if r := matches(func(a string) bool { return a == "*" }); r != nil {
		return r
	}
	return &Robots{}
}

// allowAll and disallowAll are the rules taken when robots.txt is missing
// (4xx) and when it cannot be read (5xx, network errors), as RFC 9309 says.
var (
	allowAll    = &Robots{}
	disallowAll = &Robots{rules: []robotsRule{{allow: false, pattern: "/"}}}
)

// Allowed reports whether the path (with its query, as sent on the wire)
// may be fetched: the longest matching rule decides, Allow winning a tie;
// with no matching rule, it may. "/robots.txt" is always allowed.
func (r *Robots) Allowed(path string) bool {
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !patternMatch(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// patternMatch reports whether a robots.txt path pattern matches the start
// of path: '*' stands for any run of characters, and a '$' at the end
// anchors the pattern at the end of path.
func patternMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	if len(parts) == 1 {
		return !anchored || rest == ""
	}
	for i, p := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return true
}

// A robotsEntry is a host's robots.txt as last read, and until when.
type robotsEntry struct {
	rules   *Robots
	expires time.Time
	ready   chan struct{} // closed once rules is set
}

// How long a robots.txt is trusted: a day when it was read or is missing,
// a few minutes when the server could not give it.
const (
	robotsTTL      = 24 * time.Hour
	robotsErrorTTL = 10 * time.Minute
)

// allowed returns ErrDisallowed when u's host's robots.txt forbids it. The
// file is fetched once per host and day, through the host's politeness.
func (c *Client) allowed(ctx context.Context, u *url.URL) error {
	r, err := c.robotsFor(ctx, u)
	if err != nil {
		return err
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !r.Allowed(path) {
		if r.unreadable != nil {
			return fmt.Errorf("%s: %w (robots.txt could not be read: %v)", u, ErrDisallowed, r.unreadable)
		}
		return fmt.Errorf("%s: %w", u, ErrDisallowed)
	}
	return nil
}

// robotsFor returns the rules of u's host, reading its robots.txt when they
// are unknown or stale. Concurrent callers for one host share one read.
func (c *Client) robotsFor(ctx context.Context, u *url.URL) (*Robots, error) {
	key := hostKey(u)
	c.mu.Lock()
	if c.robots == nil {
		c.robots = map[string]*robotsEntry{}
	}
	e, ok := c.robots[key]
	if ok {
		c.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if time.Now().Before(e.expires) {
			return e.rules, nil
		}
		c.mu.Lock()
		if c.robots[key] != e { // someone else is refreshing it
			e = c.robots[key]
			c.mu.Unlock()
			select {
			case <-e.ready:
				return e.rules, nil
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
	}
	e = &robotsEntry{ready: make(chan struct{})}
	c.robots[key] = e
	c.mu.Unlock()

	rules, ttl, err := c.readRobots(ctx, u)
	if err != nil { // cancelled: forget the attempt
		c.mu.Lock()
		delete(c.robots, key)
		c.mu.Unlock()
		e.rules = disallowAll
		close(e.ready)
		return nil, err
	}
	e.rules, e.expires = rules, time.Now().Add(ttl)
	h := c.host(u)
	c.mu.Lock()
	h.crawlDelay = rules.CrawlDelay
	c.mu.Unlock()
	close(e.ready)
	return rules, nil
}

// readRobots fetches and parses the robots.txt of u's host. Only a cancelled
// ctx is an error; a missing file allows everything, an unreadable one
// forbids everything for a while.
func (c *Client) readRobots(ctx context.Context, u *url.URL) (*Robots, time.Duration, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := c.Get(ctx, Request{URL: ru.String(), Accept: "text/plain"})
	if ctx.Err() != nil {
		return nil, 0, ctx.Err()
	}
	var se *StatusError
	switch {
	case err == nil:
		return ParseRobots(resp.Body, robotsAgent), robotsTTL, nil
	case errors.As(err, &se) && se.Status >= 400 && se.Status < 500 && se.Status != 429:
		return allowAll, robotsTTL, nil
	case errors.Is(err, ErrTooLarge):
		return allowAll, robotsTTL, nil
	}
	return &Robots{rules: disallowAll.rules, unreadable: err}, robotsErrorTTL, nil
}
