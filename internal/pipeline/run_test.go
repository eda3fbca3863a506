package pipeline

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

func TestMapKeepsOrder(t *testing.T) {
	in := slices.Values([]int{5, 1, 4, 2, 3, 0, 7, 6})
	var got []int
	err := Map(t.Context(), in, 4, func(n int) int {
		time.Sleep(time.Duration(n) * time.Millisecond) // later items finish first
		return n * 10
	}, func(r int) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{50, 10, 40, 20, 30, 0, 70, 60}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestMapStopsAtFirstError(t *testing.T) {
	stop := errors.New("stop")
	seen := 0
	endless := func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
	err := Map(t.Context(), endless, 2, func(n int) int { return n }, func(r int) error {
		seen++
		if r == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want stop", err)
	}
	if seen != 11 {
		t.Fatalf("out called %d times after the error, want 11 in all", seen)
	}
}

func TestMapStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	endless := func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
	err := Map(ctx, endless, 2, func(n int) int { return n }, func(r int) error {
		if r == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestMapReturnsWhileInputBlocks(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	release := make(chan struct{})
	defer close(release)
	blocked := func(yield func(int) bool) {
		if !yield(1) {
			return
		}
		<-release // an input that waits, as a terminal does
		yield(2)
	}
	errc := make(chan error, 1)
	go func() {
		errc <- Map(ctx, blocked, 2, func(n int) int { return n }, func(r int) error {
			if r == 1 {
				cancel()
			}
			return nil
		})
	}()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Map did not return after ctx was cancelled while its input blocked")
	}
}
