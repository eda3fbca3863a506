package feed

import (
	"sync"

	"chronicle"
)

// A Broker tells subscribers about articles as they are stored: the
// server-sent event stream of `chronicle serve` is one. Publishing never
// blocks: a subscriber that falls more than its buffer behind misses
// articles, and learns how many from Dropped. The zero Broker is ready to
// use and safe for concurrent use.
type Broker struct {
	mu   sync.Mutex
	subs map[*Subscription]struct{}
}

// A Subscription receives the articles published after it was made.
type Subscription struct {
	C <-chan chronicle.ArticleRef // closed by Close

	c       chan chronicle.ArticleRef
	b       *Broker
	mu      sync.Mutex
	dropped int
}

// subscriptionBuffer is how many articles a subscriber may fall behind.
const subscriptionBuffer = 64

// Subscribe returns a new subscription. Close it when done.
func (b *Broker) Subscribe() *Subscription {
	c := make(chan chronicle.ArticleRef, subscriptionBuffer)
	s := &Subscription{C: c, c: c, b: b}
	b.mu.Lock()
	if b.subs == nil {
		b.subs = map[*Subscription]struct{}{}
	}
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	return s
}

// Publish sends ref to every subscriber that has room for it.
func (b *Broker) Publish(ref chronicle.ArticleRef) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		select {
		case s.c <- ref:
		default:
			s.mu.Lock()
			s.dropped++
			s.mu.Unlock()
		}
	}
}

// Subscribers returns how many subscriptions are open.
func (b *Broker) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Dropped returns how many articles s missed because its buffer was full,
// and resets the count.
func (s *Subscription) Dropped() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.dropped
	s.dropped = 0
	return n
}

// Close ends the subscription and closes C. Calls after the first do
// nothing.
func (s *Subscription) Close() {
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	if _, ok := s.b.subs[s]; ok {
		delete(s.b.subs, s)
		close(s.c)
	}
}
