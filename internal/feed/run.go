package feed

import (
	"context"
	"sync"
	"time"
)

// maxInterval bounds the wait between two polls of a failing feed.
const maxInterval = 24 * time.Hour

// interval returns how long to wait after a poll of a feed that has failed
// failing times in a row: every, doubled for each failure, at most a day.
func interval(every time.Duration, failing int) time.Duration {
	d := every
	for i := 0; i < failing && d < maxInterval; i++ {
		d *= 2
	}
	return min(d, maxInterval)
}

// PollAll polls each feed once, at most workers at a time (at least one),
// and returns the results in the order of feeds.
func (f *Follower) PollAll(ctx context.Context, feeds []string, workers int) []Result {
	out := make([]Result, len(feeds))
	sem := make(chan struct{}, max(workers, 1))
	var wg sync.WaitGroup
	for i, u := range feeds {
		wg.Go(func() {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				out[i] = Result{Feed: u, Err: ctx.Err()}
				return
			}
			defer func() { <-sem }()
			out[i] = f.Poll(ctx, u)
		})
	}
	wg.Wait()
	return out
}

// Run follows feeds until ctx is done, then returns nil. Each feed is
// polled when it is due: every after its last fetch as the store records
// it, so a restarted process waits out what remains of the interval rather
// than fetching at once; a feed that failed n times in a row waits every×2ⁿ
// (at most a day). At most workers polls run at once. report, when not
// nil, is called with each poll's result, from several goroutines.
func (f *Follower) Run(ctx context.Context, feeds []string, every time.Duration, workers int, report func(Result)) error {
	if every <= 0 {
		every = 5 * time.Minute
	}
	sem := make(chan struct{}, max(workers, 1))
	var wg sync.WaitGroup
	for _, u := range feeds {
		wg.Go(func() { f.follow(ctx, u, every, sem, report) })
	}
	wg.Wait()
	return nil
}

// follow polls one feed whenever it is due, until ctx is done.
func (f *Follower) follow(ctx context.Context, u string, every time.Duration, sem chan struct{}, report func(Result)) {
	var floor time.Time // no sooner than every after this process's last poll
	for {
		due := f.now()
		if st, err := f.state(ctx, u); err == nil && !st.LastFetch.IsZero() {
			due = st.LastFetch.Add(interval(every, st.Failing))
		}
		if due.Before(floor) {
			due = floor
		}
		if wait := due.Sub(f.now()); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return
			}
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		res := f.Poll(ctx, u)
		<-sem
		floor = f.now().Add(every)
		if ctx.Err() != nil {
			return
		}
		if report != nil {
			report(res)
		}
	}
}
