package parse

// Arc-hybrid builds only projective trees: no arc crosses another, and each
// word's subtree is a contiguous span. About one EWT training sentence in a
// hundred has a crossing arc (extraposed clauses, displaced modifiers). For
// training, those trees are made projective by lifting (Nivre and Nilsson
// 2005, without their label encoding): while some arc is non-projective,
// the shortest such arc is moved up to the head's head, keeping its label.
// A lifted dependent is then attached to an ancestor of its true head, the
// closest attachment the parser can produce.

// projectivize lifts the non-projective arcs of heads (heads[d] is the head
// of word d in 1…len(heads)-1, 0 for the root; heads[0] is unused) until the
// tree is projective. It reports how many arcs it lifted. heads must be a
// tree.
func projectivize(heads []int32) int {
	lifted := 0
	for {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d < int32(len(heads)); d++ {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen || h == 0 {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return lifted
		}
		heads[best] = heads[heads[best]]
		lifted++
	}
}

// dominates reports whether a is k or an ancestor of k.
func dominates(heads []int32, a, k int32) bool {
	for range len(heads) {
		if k == a {
			return true
		}
		if k == 0 {
			return false
		}
		k = heads[k]
	}
	return false
}

// isTree reports whether heads (as for projectivize) is a tree rooted at 0:
// every head in range and every word reaching the root.
func isTree(heads []int32) bool {
	for d := 1; d < len(heads); d++ {
		h := heads[d]
		if h < 0 || int(h) >= len(heads) || h == int32(d) {
			return false
		}
	}
	for d := int32(1); d < int32(len(heads)); d++ {
		if !dominates(heads, 0, d) {
			return false
		}
	}
	return true
}
