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
//
// When ctx is done Map returns as soon as the calls of f under way finish,
// even while in is blocked (reading a terminal, say): in is then stopped at
// the next item it yields.
func Map[T, R any](ctx context.Context, in iter.Seq[T], workers int, f func(T) R, out func(R) error) error {
	workers = max(workers, 1)
	type job struct {
		item T
		done chan R
	}
	jobs := make(chan job)
	pending := make(chan chan R, 2*workers) // results, in input order

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					j.done <- f(j.item)
				case <-ctx.Done():
					return
				}
			}
		})
	}

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
	for err == nil {
		select {
		case done, ok := <-pending:
			if !ok {
				wg.Wait()
				return nil
			}
			select {
			case r := <-done:
				err = out(r)
			case <-ctx.Done():
				err = ctx.Err()
			}
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	cancel()
	wg.Wait()
	return err
}
