package pipeline

import (
	"context"
	"iter"
	"sync"
)

// Map applies f to each item of in on up to workers goroutines and passes
// the results to out in the order of in. At most 2×workers items are in
// flight, so memory stays bounded however long in is. Map stops at the
// first error out returns, or when ctx is done, and returns that error.
func Map[T, R any](ctx context.Context, in iter.Seq[T], workers int, f func(T) R, out func(R) error) error {
	workers = max(workers, 1)
	type job struct {
		item T
		done chan R
	}
	jobs := make(chan job)
	pending := make(chan chan R, 2*workers) // results, in input order

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.done <- f(j.item)
			}
		})
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(pending)
		defer close(jobs)
		for item := range in {
			done := make(chan R, 1)
			select {
			case pending <- done:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{item, done}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var err error
	for done := range pending {
		if err != nil {
			continue // drain, so the feeder and workers can finish
		}
		select {
		case r := <-done:
			err = out(r)
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			cancel()
		}
	}
	wg.Wait()
	return err
}
