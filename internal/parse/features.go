package parse

import "chronicle/internal/learn"

// The features are those of Zhang and Nivre (2011), "Transition-based
// dependency parsing with rich non-local features", carried over from
// arc-eager to arc-hybrid: the stack's second item s1 takes the place of
// the head of s0, which arc-hybrid does not know until s0 leaves the stack,
// and s2 that of its grandparent. Each feature is a template number and up
// to three values, hashed together without allocation from hashes computed
// once per token.

// Hashes of the values that stand for no token and for the root.
var (
	hashNone = hashString("\x00none")
	hashRoot = hashString("\x00root")
)

// hashString hashes s with FNV-1a and a final mix.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return fmix(h)
}

// hashWord hashes the normalized form of a word: ASCII letters lowered and
// every digit read as 9, so that "Monday" and "monday", "1999" and "2024"
// share their features.
func hashWord(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '9'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return fmix(h)
}

// fmix is the finalizer of MurmurHash3: every input bit affects every
// output bit.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// mix folds v into the hash h.
func mix(h, v uint64) uint64 {
	h = (h ^ v) * 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// feature hashes template t with one to three values.
func feature(t uint64, a uint64) uint64     { return mix(t*0x2545f4914f6cdd1d+1, a) }
func feature2(t uint64, a, b uint64) uint64 { return mix(mix(t*0x2545f4914f6cdd1d+1, a), b) }
func feature3(t uint64, a, b, c uint64) uint64 {
	return mix(mix(mix(t*0x2545f4914f6cdd1d+1, a), b), c)
}

// setTokens fills the per-token hashes of s (after reset) from the words
// and tags of a sentence.
func (s *state) setTokens(words, xpos, upos []string) {
	s.w[0], s.p[0], s.u[0] = hashRoot, hashRoot, hashRoot
	for i, w := range words {
		s.w[i+1] = hashWord(w)
		s.p[i+1] = hashString(xpos[i])
		s.u[i+1] = hashString(upos[i])
	}
	s.finishTokens()
}

// finishTokens sets the sentinel's hashes and the word-and-tag hashes once
// the words' and the root's are set.
func (s *state) finishTokens() {
	last := s.none
	s.w[last], s.p[last], s.u[last] = hashNone, hashNone, hashNone
	for i := range s.wp {
		s.wp[i] = mix(s.w[i], s.p[i])
	}
}

// distance buckets the distance between two tokens; 0 when either is the
// sentinel.
func (s *state) distance(a, b int32) uint64 {
	if a == s.none || b == s.none {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	default:
		return 7
	}
}

// moveFeatures adds the features of the next move in s to f. labels
// holds the hash of each label, noLabel's included.
func (s *state) moveFeatures(f *learn.Features, labels *[maxLabels + 1]uint64) {
	f.Reset()
	f.AddBias()
	s0, s1, s2 := s.top(0), s.top(1), s.top(2)
	n0, n1, n2 := s.next(0), s.next(1), s.next(2)
	w, p, wp := s.w, s.p, s.wp

	s0w, s0p, s0wp := w[s0], p[s0], wp[s0]
	s1w, s1p, s1wp := w[s1], p[s1], wp[s1]
	s2w, s2p := w[s2], p[s2]
	n0w, n0p, n0wp := w[n0], p[n0], wp[n0]
	n1w, n1p, n1wp := w[n1], p[n1], wp[n1]
	n2w, n2p, n2wp := w[n2], p[n2], wp[n2]

	s0l, s0l2, s0r, s0r2 := s.l1[s0], s.l2[s0], s.r1[s0], s.r2[s0]
	s1l, s1r, s1r2 := s.l1[s1], s.r1[s1], s.r2[s1]
	n0l, n0l2 := s.l1[n0], s.l2[n0]
	s0lp, s0rp, s1rp, n0lp := p[s0l], p[s0r], p[s1r], p[n0l]

	ids := f.IDs
	add := func(id uint64) { ids = append(ids, id) }

	// One token.
	add(feature(1, s0wp))
	add(feature(2, s0w))
	add(feature(3, s0p))
	add(feature(4, n0wp))
	add(feature(5, n0w))
	add(feature(6, n0p))
	add(feature(7, n1wp))
	add(feature(8, n1w))
	add(feature(9, n1p))
	add(feature(10, n2wp))
	add(feature(11, n2w))
	add(feature(12, n2p))
	add(feature(13, s1wp))
	add(feature(14, s1w))
	add(feature(15, s1p))
	add(feature(16, s2w))
	add(feature(17, s2p))

	// Pairs.
	add(feature2(20, s0wp, n0wp))
	add(feature2(21, s0wp, n0w))
	add(feature2(22, s0w, n0wp))
	add(feature2(23, s0wp, n0p))
	add(feature2(24, s0p, n0wp))
	add(feature2(25, s0w, n0w))
	add(feature2(26, s0p, n0p))
	add(feature2(27, n0p, n1p))
	add(feature2(28, s1wp, s0wp))
	add(feature2(29, s1w, s0w))
	add(feature2(30, s1p, s0p))
	add(feature2(31, s1p, s0wp))
	add(feature2(32, s1wp, s0p))
	add(feature2(33, s1p, n0p))
	add(feature2(34, s1w, n0w))

	// Triples.
	add(feature3(40, n0p, n1p, n2p))
	add(feature3(41, s0p, n0p, n1p))
	add(feature3(42, s1p, s0p, n0p))
	add(feature3(43, s0p, s0lp, n0p))
	add(feature3(44, s0p, s0rp, n0p))
	add(feature3(45, s0p, n0p, n0lp))
	add(feature3(46, s2p, s1p, s0p))
	add(feature3(47, s1p, s1rp, s0p))
	add(feature3(48, s1p, s0p, s0lp))
	add(feature3(49, s1p, s0p, s0rp))

	// Distance.
	d := s.distance(s0, n0)
	add(feature2(50, s0w, d))
	add(feature2(51, s0p, d))
	add(feature2(52, n0w, d))
	add(feature2(53, n0p, d))
	add(feature3(54, s0w, n0w, d))
	add(feature3(55, s0p, n0p, d))
	d1 := s.distance(s1, s0)
	add(feature3(56, s1p, s0p, d1))
	add(feature3(57, s1w, s0w, d1))

	// Valency.
	add(feature2(60, s0w, uint64(s.nr[s0])))
	add(feature2(61, s0p, uint64(s.nr[s0])))
	add(feature2(62, s0w, uint64(s.nl[s0])))
	add(feature2(63, s0p, uint64(s.nl[s0])))
	add(feature2(64, n0w, uint64(s.nl[n0])))
	add(feature2(65, n0p, uint64(s.nl[n0])))
	add(feature2(66, s1w, uint64(s.nr[s1])))
	add(feature2(67, s1p, uint64(s.nr[s1])))

	// The children.
	lab := s.label
	add(feature(70, w[s0l]))
	add(feature(71, s0lp))
	add(feature(72, labels[lab[s0l]]))
	add(feature(73, w[s0r]))
	add(feature(74, s0rp))
	add(feature(75, labels[lab[s0r]]))
	add(feature(76, w[n0l]))
	add(feature(77, n0lp))
	add(feature(78, labels[lab[n0l]]))
	add(feature(79, w[s1r]))
	add(feature(80, s1rp))
	add(feature(81, labels[lab[s1r]]))
	add(feature(82, p[s1l]))
	add(feature(83, labels[lab[s1l]]))

	// The second children.
	add(feature(90, w[s0l2]))
	add(feature(91, p[s0l2]))
	add(feature(92, labels[lab[s0l2]]))
	add(feature(93, w[s0r2]))
	add(feature(94, p[s0r2]))
	add(feature(95, labels[lab[s0r2]]))
	add(feature(96, w[n0l2]))
	add(feature(97, p[n0l2]))
	add(feature(98, labels[lab[n0l2]]))
	add(feature3(99, s0p, s0lp, p[s0l2]))
	add(feature3(100, s0p, s0rp, p[s0r2]))
	add(feature3(101, n0p, n0lp, p[n0l2]))
	add(feature3(102, s1p, s1rp, p[s1r2]))

	// Label sets.
	add(feature2(110, s0w, s.rs[s0]))
	add(feature2(111, s0p, s.rs[s0]))
	add(feature2(112, s0w, s.ls[s0]))
	add(feature2(113, s0p, s.ls[s0]))
	add(feature2(114, n0w, s.ls[n0]))
	add(feature2(115, n0p, s.ls[n0]))
	add(feature2(116, s1p, s.rs[s1]))

	f.IDs = ids
}

// labelFeatures adds to f the features of the label of the arc from h to d,
// built by move m: the two words, their tags, direction and distance, what
// d already governs (its children are all attached by now) and the children
// h has on the same side.
func (s *state) labelFeatures(f *learn.Features, labels *[maxLabels + 1]uint64, m int, h, d int32) {
	f.Reset()
	f.AddBias()
	w, p, u, wp := s.w, s.p, s.u, s.wp
	dir := uint64(m)
	dist := s.distance(h, d)
	hw, hp, hu, hwp := w[h], p[h], u[h], wp[h]
	dw, dp, du, dwp := w[d], p[d], u[d], wp[d]
	dl, dr := s.l1[d], s.r1[d]
	side := s.ls[h]
	if d > h {
		side = s.rs[h]
	}
	before, after := d-1, d+1 // d-1 ≥ 0 as d is a word; d+1 ≤ n+1
	ids := f.IDs
	add := func(id uint64) { ids = append(ids, id) }

	add(feature(1, dir))
	add(feature2(2, dir, dp))
	add(feature2(3, dir, dw))
	add(feature2(4, dir, dwp))
	add(feature2(5, dir, du))
	add(feature2(6, dir, hp))
	add(feature2(7, dir, hw))
	add(feature3(8, dir, hp, dp))
	add(feature3(9, dir, hu, du))
	add(feature3(10, dir, hw, dp))
	add(feature3(11, dir, hp, dw))
	add(feature3(12, dir, hw, dw))
	add(feature3(13, dir, hwp, dwp))
	add(feature3(14, hp, dp, dist))
	add(feature3(15, hu, du, dist))
	add(feature3(20, dir, dp, labels[s.label[dl]]))
	add(feature3(21, dir, dp, labels[s.label[dr]]))
	add(feature3(22, dp, w[dl], hp))
	add(feature3(23, dp, w[s.l2[d]], hp))
	add(feature3(24, dp, w[dr], hp))
	add(feature3(25, dir, dp, s.ls[d]))
	add(feature3(26, dir, dp, s.rs[d]))
	add(feature3(27, dp, uint64(s.nl[d]), uint64(s.nr[d])))
	add(feature3(28, dir, dp, side))
	add(feature3(29, dir, hp, side))
	add(feature3(30, dir, du, side))
	add(feature3(31, dp, p[before], p[after]))
	add(feature3(32, dp, w[before], hp))
	add(feature3(33, dp, w[after], hp))
	add(feature3(34, hp, p[h+1], dp))
	add(feature3(35, dir, dw, w[dl]))
	f.IDs = ids
}
