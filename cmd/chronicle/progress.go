package main

import (
	"fmt"
	"time"
)

// progress keeps one status line on a terminal up to date; on anything else
// it prints nothing.
type progress struct {
	e    *env
	on   bool
	last time.Time
}

func newProgress(e *env, on bool) *progress { return &progress{e: e, on: on} }

// show redraws the status line, at most ten times a second.
func (p *progress) show(s *ingestSummary) {
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	secs := max(time.Since(s.start).Seconds(), 1e-9)
	n := s.read.articles
	bar := [20]byte{}
	for i := range bar {
		bar[i] = ' '
	}
	bar[int(p.last.UnixMilli()/100)%len(bar)] = '='
	fmt.Fprintf(p.e.stderr, "\r[%s] %d articles  %.0f/s  stored %d  duplicates %d  skipped %d  errors %d\x1b[K",
		bar[:], n, float64(n)/secs, s.stored, s.duplicates, s.read.skipped, s.read.failed)
}

// clear erases the status line so other output starts on a clean line.
func (p *progress) clear() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
		p.last = time.Time{} // redraw at the next show
	}
}
