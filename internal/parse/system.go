package parse

// The transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta
// 2011). A configuration is a stack, a buffer and the arcs built so far. The
// artificial root, token 0, starts on the stack; the words 1…n start in the
// buffer, which is always a contiguous range b…n. Three moves:
//
//	shift  push the buffer's front onto the stack
//	left   pop the stack's top s0 and make it a dependent of the buffer's front
//	right  pop s0 and make it a dependent of the new top s1
//
// A right move onto the root is allowed only when the buffer is empty, so
// every parse has exactly one word attached to the root. Parsing ends when
// the buffer is empty and only the root is left on the stack; at every
// other configuration some move is allowed, so every parse is a tree.

// The moves, as the labels of the move model.
const (
	shift = iota
	left
	right
	nMoves
)

var moveNames = []string{"shift", "left", "right"}

// maxLabels bounds the dependency labels a parser has; the label sets of a
// token's children are kept as bits of a uint64 (folded when there are more).
const maxLabels = 250

// A state is a parser configuration over one sentence, with everything the
// features read precomputed per token. Index 0 is the root, 1…n the words
// and n+1 a sentinel standing for "no such token", whose word, tag and label
// features are constants; every children field of a token starts at the
// sentinel. A state's slices are reused from sentence to sentence.
type state struct {
	n     int32
	none  int32   // n+1, the sentinel
	stack []int32 // ascending: arc-hybrid pushes words in order
	b     int32   // the buffer's front; n+1 when the buffer is empty

	head  []int32
	label []uint8 // index into the parser's labels; noLabel for the root and sentinel
	// Leftmost and second leftmost, rightmost and second rightmost children.
	l1, l2, r1, r2 []int32
	nl, nr         []uint8  // number of left and right children
	ls, rs         []uint64 // bit sets of the labels of left and right children

	// Per-token feature values: hashes of the normalized word, the XPOS,
	// the UPOS, and of word and XPOS together.
	w, p, u, wp []uint64
}

// noLabel is the label of tokens that have none (the root, the sentinel);
// label hashes are indexed by label, so this is the last index.
const noLabel = maxLabels

// reset sizes s for n words and empties it. The per-token hashes are set by
// the caller.
func (s *state) reset(n int) {
	size := n + 2
	if cap(s.head) < size {
		c := max(size, 64)
		s.stack = make([]int32, 0, c)
		s.head = make([]int32, c)
		s.label = make([]uint8, c)
		s.l1, s.l2, s.r1, s.r2 = make([]int32, c), make([]int32, c), make([]int32, c), make([]int32, c)
		s.nl, s.nr = make([]uint8, c), make([]uint8, c)
		s.ls, s.rs = make([]uint64, c), make([]uint64, c)
		s.w, s.p, s.u, s.wp = make([]uint64, c), make([]uint64, c), make([]uint64, c), make([]uint64, c)
	}
	s.head, s.label = s.head[:size], s.label[:size]
	s.l1, s.l2, s.r1, s.r2 = s.l1[:size], s.l2[:size], s.r1[:size], s.r2[:size]
	s.nl, s.nr, s.ls, s.rs = s.nl[:size], s.nr[:size], s.ls[:size], s.rs[:size]
	s.w, s.p, s.u, s.wp = s.w[:size], s.p[:size], s.u[:size], s.wp[:size]

	s.n, s.none = int32(n), int32(n+1)
	for i := range size {
		s.head[i] = -1
		s.label[i] = noLabel
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = s.none, s.none, s.none, s.none
		s.nl[i], s.nr[i], s.ls[i], s.rs[i] = 0, 0, 0, 0
	}
	s.stack = append(s.stack[:0], 0)
	s.b = 1
}

// terminal reports whether parsing is over.
func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// valid reports whether move m is allowed in s.
func (s *state) valid(m int) bool {
	switch m {
	case shift:
		return s.b <= s.n
	case left:
		return len(s.stack) >= 2 && s.b <= s.n
	default:
		return len(s.stack) > 2 || len(s.stack) == 2 && s.b > s.n
	}
}

// apply makes move m, which must be valid; lab is the label of the arc a
// left or right move builds.
func (s *state) apply(m int, lab uint8) {
	switch m {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		d := s.pop()
		s.attach(s.b, d, lab)
	default:
		d := s.pop()
		s.attach(s.stack[len(s.stack)-1], d, lab)
	}
}

func (s *state) pop() int32 {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	return d
}

// arc returns the head and dependent of the arc move m would build.
func (s *state) arc(m int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if m == left {
		return s.b, d
	}
	return s.stack[len(s.stack)-2], d
}

// attach makes d a dependent of h with label lab.
func (s *state) attach(h, d int32, lab uint8) {
	s.head[d], s.label[d] = h, lab
	bit := uint64(1) << (lab % 64)
	if d < h {
		if s.l1[h] == s.none || d < s.l1[h] {
			s.l2[h], s.l1[h] = s.l1[h], d
		} else if s.l2[h] == s.none || d < s.l2[h] {
			s.l2[h] = d
		}
		s.nl[h] = min(s.nl[h]+1, 250)
		s.ls[h] |= bit
		return
	}
	if s.r1[h] == s.none || d > s.r1[h] {
		s.r2[h], s.r1[h] = s.r1[h], d
	} else if s.r2[h] == s.none || d > s.r2[h] {
		s.r2[h] = d
	}
	s.nr[h] = min(s.nr[h]+1, 250)
	s.rs[h] |= bit
}

// top returns the i-th token from the top of the stack (0 is the top), or
// the sentinel.
func (s *state) top(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return s.none
}

// next returns the i-th token of the buffer (0 is the front), or the
// sentinel.
func (s *state) next(i int32) int32 {
	if s.b+i <= s.n {
		return s.b + i
	}
	return s.none
}
