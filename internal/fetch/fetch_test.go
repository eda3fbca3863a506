package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// quick returns a client with small delays, for tests.
func quick() *Client {
	return &Client{MinDelay: time.Millisecond, MaxBackoff: 50 * time.Millisecond, Timeout: 2 * time.Second, MaxRetryWait: 2 * time.Second}
}

func TestGetSendsUserAgentAndValidators(t *testing.T) {
	var gotUA, gotINM, gotIMS string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotINM, gotIMS = r.UserAgent(), r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if gotINM == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Header().Set("Content-Type", "text/plain; charset=ISO-8859-1")
		fmt.Fprint(w, "hello")
	}))
	defer srv.Close()
	c := quick()
	resp, err := c.Get(t.Context(), Request{URL: srv.URL + "/feed"})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "hello" || resp.ETag != `"v1"` || resp.NotModified || resp.Charset() != "iso-8859-1" {
		t.Fatalf("first response %+v", resp)
	}
	if !strings.HasPrefix(gotUA, "Chronicle/0.1 (+") {
		t.Errorf("User-Agent %q", gotUA)
	}
	resp, err = c.Get(t.Context(), Request{URL: srv.URL + "/feed", ETag: resp.ETag, LastModified: resp.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.NotModified || len(resp.Body) != 0 || resp.ETag != `"v1"` {
		t.Fatalf("conditional response %+v", resp)
	}
	if gotIMS != "Mon, 02 Jan 2006 15:04:05 GMT" {
		t.Errorf("If-Modified-Since %q", gotIMS)
	}
}

func TestGetRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			fmt.Fprint(w, "arrived")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/b", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a#frag", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/self", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/self", http.StatusFound) })
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := quick()
	resp, err := c.Get(t.Context(), Request{URL: srv.URL + "/hop/5"})
	if err != nil || string(resp.Body) != "arrived" || resp.URL != srv.URL+"/hop/0" {
		t.Fatalf("five redirects: %+v, %v", resp, err)
	}
	tests := []struct {
		path string
		want error
	}{
		{"/hop/6", ErrTooManyRedirects},
		{"/loop/a", ErrRedirectLoop},
		{"/self", ErrRedirectLoop},
		{"/ftp", ErrBadURL},
	}
	for _, tt := range tests {
		_, err := c.Get(t.Context(), Request{URL: srv.URL + tt.path})
		if !errors.Is(err, tt.want) || !Permanent(err) {
			t.Errorf("%s: got %v, want %v", tt.path, err, tt.want)
		}
	}
}

func TestGetLimits(t *testing.T) {
	big := strings.Repeat("x", 10<<10)
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, big) })
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 10 {
			fmt.Fprint(w, big[:1<<10])
			w.(http.Flusher).Flush()
		}
		fmt.Fprint(w, "!")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slowbody", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "start")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := quick()
	c.MaxBytes = 10 << 10
	if resp, err := c.Get(t.Context(), Request{URL: srv.URL + "/big"}); err != nil || len(resp.Body) != 10<<10 {
		t.Fatalf("a body at the limit: %v", err)
	}
	c.MaxBytes = 10<<10 - 1
	for _, p := range []string{"/big", "/chunked"} {
		if _, err := c.Get(t.Context(), Request{URL: srv.URL + p}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: got %v, want ErrTooLarge", p, err)
		}
	}
	c.Timeout = 200 * time.Millisecond
	for _, p := range []string{"/slow", "/slowbody"} {
		_, err := c.Get(t.Context(), Request{URL: srv.URL + p})
		if !errors.Is(err, context.DeadlineExceeded) || Permanent(err) || !strings.Contains(err.Error(), "timed out") {
			t.Errorf("%s: got %v, want a time-out", p, err)
		}
	}
	var se *StatusError
	if _, err := c.Get(t.Context(), Request{URL: srv.URL + "/gone"}); !errors.As(err, &se) || se.Status != 404 || !Permanent(err) {
		t.Errorf("/gone: got %v, want a permanent 404", err)
	}
	if _, err := c.Get(t.Context(), Request{URL: srv.URL + "/broken"}); !errors.As(err, &se) || se.Status != 500 || Permanent(err) {
		t.Errorf("/broken: got %v, want a transient 500", err)
	}
	for _, u := range []string{"ftp://example.org/", "not a url", "/relative", "http://"} {
		if _, err := c.Get(t.Context(), Request{URL: u}); !errors.Is(err, ErrBadURL) {
			t.Errorf("%q: got %v, want ErrBadURL", u, err)
		}
	}
}

func TestGetHonoursRetryAfter(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		n := len(times)
		mu.Unlock()
		switch {
		case r.URL.Path == "/busy" && n == 1:
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		case r.URL.Path == "/long":
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "come back later", http.StatusServiceUnavailable)
		default:
			fmt.Fprint(w, "ok")
		}
	}))
	defer srv.Close()
	c := quick()
	resp, err := c.Get(t.Context(), Request{URL: srv.URL + "/busy"})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("got %v, want the retried response", err)
	}
	if len(times) != 2 || times[1].Sub(times[0]) < time.Second {
		t.Fatalf("requests at %v: want the retry a second after the 429", times)
	}

	_, err = c.Get(t.Context(), Request{URL: srv.URL + "/long"})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 503 || se.RetryAfter != time.Hour || Permanent(err) {
		t.Fatalf("got %v, want a 503 asking for an hour", err)
	}
	// The host is now left alone: a request waits, and gives up with its context.
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/other"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want to wait past the deadline", err)
	}
	if len(times) != 3 {
		t.Errorf("%d requests reached the server, want 3", len(times))
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"120", 2 * time.Minute}, {"-5", 0}, {"1.5", 0}, {"soon", 0},
		{"Fri, 01 Mar 2024 12:00:30 GMT", 30 * time.Second},
		{"Fri, 01 Mar 2024 11:00:00 GMT", 0},
		{"999999999", 24 * time.Hour},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.in, now); got != tt.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPolitenessPerHost(t *testing.T) {
	var inFlight, most atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	c := quick()
	c.MinDelay = 20 * time.Millisecond
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			if _, err := c.Get(t.Context(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d requests in flight at once, want 1", most.Load())
	}
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < c.MinDelay {
			t.Errorf("requests %d and %d %v apart, want at least %v", i-1, i, gap, c.MinDelay)
		}
	}
}

func TestBackoffAfterFailures(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		http.Error(w, "down", http.StatusBadGateway)
	}))
	defer srv.Close()
	c := quick()
	c.MinDelay = 10 * time.Millisecond
	c.MaxBackoff = time.Second
	for range 4 {
		c.Get(t.Context(), Request{URL: srv.URL})
	}
	// Gaps after failures 1, 2, 3: 10ms, 20ms, 40ms at least.
	for i := 1; i < len(starts); i++ {
		want := c.MinDelay << (i - 1)
		if gap := starts[i].Sub(starts[i-1]); gap < want {
			t.Errorf("gap %d = %v, want at least %v", i, gap, want)
		}
	}
}

func TestGetObeysRobots(t *testing.T) {
	var robotsReads atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsReads.Add(1)
		fmt.Fprint(w, "User-agent: *\nDisallow: /closed/\n")
	})
	mux.HandleFunc("/open/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "open") })
	mux.HandleFunc("/open/to-closed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/closed/page", http.StatusFound)
	})
	mux.HandleFunc("/closed/page", func(w http.ResponseWriter, r *http.Request) {
		t.Error("a disallowed page was fetched")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := quick()
	if _, err := c.Get(t.Context(), Request{URL: srv.URL + "/open/page", Robots: true}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/closed/page", "/open/to-closed"} {
		if _, err := c.Get(t.Context(), Request{URL: srv.URL + p, Robots: true}); !errors.Is(err, ErrDisallowed) || !Permanent(err) {
			t.Errorf("%s: got %v, want ErrDisallowed", p, err)
		}
	}
	if n := robotsReads.Load(); n != 1 {
		t.Errorf("robots.txt read %d times, want once", n)
	}
}

func TestRobotsMissingOrFailing(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	missing := httptest.NewServer(mux) // robots.txt is a 404
	defer missing.Close()
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", 500)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer failing.Close()
	c := quick()
	if _, err := c.Get(t.Context(), Request{URL: missing.URL + "/page", Robots: true}); err != nil {
		t.Errorf("no robots.txt: %v, want allowed", err)
	}
	if _, err := c.Get(t.Context(), Request{URL: failing.URL + "/page", Robots: true}); !errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("failing robots.txt: %v, want disallowed", err)
	}
}
