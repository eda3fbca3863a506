package parse

// The dynamic oracle of arc-hybrid (Goldberg and Nivre 2013, "Training
// deterministic parsers with non-deterministic oracles"): the cost of a
// move is the number of gold arcs that were still reachable before it and
// are not after. For a projective gold tree the moves of cost zero are
// exactly those from which the best reachable tree is still reachable, from
// any configuration, so training can follow the model's own mistakes and
// still learn the best move from each.

// costs sets cost[m] to the cost of each move m in s against the gold heads
// gold (gold[d] is the head of word d, 0 for the root). Invalid moves get
// a cost of -1.
func (s *state) costs(gold []int32, cost *[nMoves]int) {
	for m := range nMoves {
		cost[m] = -1
	}
	// Gold dependents of x still in the buffer.
	depsInBuffer := func(x int32) int {
		c := 0
		for k := s.b; k <= s.n; k++ {
			if gold[k] == x {
				c++
			}
		}
		return c
	}
	if len(s.stack) >= 2 {
		s0, s1 := s.top(0), s.top(1)
		g := gold[s0]
		deps := depsInBuffer(s0)
		if s.valid(left) {
			// s0 gets the front as head: losing s1 or a later word as head,
			// and its dependents in the buffer.
			c := deps
			if g == s1 || g > s.b {
				c++
			}
			cost[left] = c
		}
		if s.valid(right) {
			// s0 gets s1 as head: losing a head in the buffer, and its
			// dependents there.
			c := deps
			if g >= s.b {
				c++
			}
			cost[right] = c
		}
	}
	if s.valid(shift) {
		// The front goes onto the stack: it can no longer take a head
		// below s0 nor any dependent on the stack.
		b0 := s.b
		g := gold[b0]
		c := 0
		for i, k := range s.stack {
			if gold[k] == b0 && k != 0 {
				c++
			}
			if k == g && i != len(s.stack)-1 {
				c++
			}
		}
		cost[shift] = c
	}
}
