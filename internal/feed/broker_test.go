package feed

import (
	"testing"

	"chronicle"
)

func TestBroker(t *testing.T) {
	var b Broker
	s1, s2 := b.Subscribe(), b.Subscribe()
	if b.Subscribers() != 2 {
		t.Fatalf("%d subscribers", b.Subscribers())
	}
	b.Publish(chronicle.ArticleRef{ID: "a"})
	if r := <-s1.C; r.ID != "a" {
		t.Errorf("s1 got %q", r.ID)
	}
	if r := <-s2.C; r.ID != "a" {
		t.Errorf("s2 got %q", r.ID)
	}
	// A subscriber that does not read misses what overflows its buffer;
	// publishing never blocks.
	for range subscriptionBuffer + 5 {
		b.Publish(chronicle.ArticleRef{ID: "b"})
	}
	if d := s1.Dropped(); d != 5 {
		t.Errorf("dropped %d, want 5", d)
	}
	s1.Close()
	s1.Close()
	n := 0
	for range s1.C {
		n++
	}
	if n != subscriptionBuffer {
		t.Errorf("s1 drained %d, want %d", n, subscriptionBuffer)
	}
	if b.Subscribers() != 1 {
		t.Errorf("%d subscribers after close", b.Subscribers())
	}
	s2.Close()
}
