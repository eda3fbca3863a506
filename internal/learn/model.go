package learn

import (
	"fmt"
	"math"
	"math/bits"
)

// A Model scores labels for a decision given its features. It is read-only
// and safe for concurrent use.
//
// A model is either dense, as a Trainer builds it, or sparse, as Decode
// returns it: a decoded model keeps only its nonzero weights, quantized as
// Encode wrote them, so it is small in memory and quick to load. It sums
// them as integers (see Sum), exactly and in any order; its scores are the
// dense model's with the same weights up to the rounding of float sums.
type Model struct {
	Labels  []string
	bits    uint      // log2 of the number of feature buckets
	weights []float32 // dense: bucket-major, weights[bucket*len(Labels)+label]; nil when sparse

	// Sparse: the weights are quantized, weight = q*scale with q an int16.
	// Bucket b holds weights when bit b%64 of blocks[b/64].bits is set; it
	// is then the r-th such bucket, r = blocks[b/64].rank + the set bits
	// below b%64, and its cells are cells[offs[r]:offs[r+1]], each a label
	// (bits 16-23) and its q (bits 0-15). A feature in an empty bucket,
	// the common case of an unseen feature, costs one read of blocks,
	// which is small enough to stay in cache.
	scale  float32
	blocks []block
	offs   []uint32
	cells  []uint32
}

// A block tells which of 64 buckets hold weights and how many buckets
// before it do.
type block struct {
	bits uint64
	rank uint32
}

// NewModel returns an empty model over labels with 2^bits feature buckets.
func NewModel(labels []string, bits uint) (*Model, error) {
	if len(labels) == 0 || len(labels) > 255 {
		return nil, fmt.Errorf("model: %d labels, want 1 to 255", len(labels))
	}
	if bits < 4 || bits > 26 {
		return nil, fmt.Errorf("model: %d bits, want 4 to 26", bits)
	}
	return &Model{Labels: labels, bits: bits, weights: make([]float32, (1<<bits)*len(labels))}, nil
}

// Label returns the index of label, or -1.
func (m *Model) Label(label string) int {
	for i, l := range m.Labels {
		if l == label {
			return i
		}
	}
	return -1
}

func (m *Model) row(id uint64) int { return m.bucket(id) * len(m.Labels) }

func (m *Model) bucket(id uint64) int {
	// Fold the high bits in: the low bits of FNV alone mix poorly.
	return int((id ^ id>>m.bits ^ id>>(2*m.bits)) & (1<<m.bits - 1))
}

// rowWeights returns the weights of bucket b, one per label, using buf
// (len(m.Labels)) when m is sparse.
func (m *Model) rowWeights(b int, buf []float32) []float32 {
	n := len(m.Labels)
	if m.weights != nil {
		return m.weights[b*n:][:n]
	}
	clear(buf)
	for _, c := range m.cellsOf(b) {
		buf[c>>16] = float32(int16(c)) * m.scale
	}
	return buf
}

// cellsOf returns the cells of bucket b of a sparse model.
func (m *Model) cellsOf(b int) []uint32 {
	blk := m.blocks[b>>6]
	bit := uint64(1) << (b & 63)
	if blk.bits&bit == 0 {
		return nil
	}
	r := blk.rank + uint32(bits.OnesCount64(blk.bits&(bit-1)))
	return m.cells[m.offs[r]:m.offs[r+1]]
}

// maxAbs returns the largest magnitude of m's weights.
func (m *Model) maxAbs() float32 {
	var maxAbs float32
	if m.weights != nil {
		for _, v := range m.weights {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
		return maxAbs
	}
	for _, c := range m.cells {
		maxAbs = max(maxAbs, float32(math.Abs(float64(float32(int16(c))*m.scale))))
	}
	return maxAbs
}

// Quantized reports whether m is sparse, as Decode returns models: its
// weights are whole multiples of Scale, so Sum adds them exactly and in
// any order.
func (m *Model) Quantized() bool { return m.weights == nil }

// Scale returns the weight of one quantization step of a quantized model.
func (m *Model) Scale() float32 { return m.scale }

// Sum adds to sums, one per label, the quantized weights of features, in
// steps of Scale. m must be Quantized. Integer sums are exact, so the sum
// of a decision's features taken in several parts is the sum taken whole:
// callers may keep the part of several decisions in common.
func (m *Model) Sum(features []uint64, sums []int32) {
	m.sum(features, nil, sums[:len(m.Labels)])
}

// SumParts is Sum for features in parts, the features of part k being
// features[ends[k-1]:ends[k]] (the first from 0): it adds the weights of
// part k to sums[k*len(m.Labels):][:len(m.Labels)]. It reads the model
// faster than a call of Sum for each part.
func (m *Model) SumParts(features []uint64, ends []int, sums []int32) {
	n := len(m.Labels)
	sums = sums[:len(ends)*n]
	if len(ends) > 0 {
		features = features[:ends[len(ends)-1]]
	}
	m.sum(features, ends, sums)
}

// sum adds the weights of features to sums, those of part k (see SumParts)
// at k*len(m.Labels); ends nil means one part.
func (m *Model) sum(features []uint64, ends []int, sums []int32) {
	// In three passes over a chunk of features, so that the reads of one
	// pass, which miss the cache for large models, do not depend on each
	// other and the processor overlaps them: which buckets hold weights,
	// where their cells are, then the cells.
	const chunk = 64
	var rank, base [chunk]uint32
	var span [chunk][2]uint32
	n := uint32(len(m.Labels))
	part, next := 0, len(features)+1
	if len(ends) > 0 {
		next = ends[0]
	}
	for from := 0; from < len(features); from += chunk {
		k := 0
		for i, id := range features[from:min(from+chunk, len(features))] {
			for from+i == next {
				part++
				next = ends[part]
			}
			b := m.bucket(id)
			blk := m.blocks[b>>6]
			bit := uint64(1) << (b & 63)
			rank[k] = blk.rank + uint32(bits.OnesCount64(blk.bits&(bit-1)))
			base[k] = uint32(part) * n
			if blk.bits&bit != 0 {
				k++
			}
		}
		for j, r := range rank[:k] {
			span[j] = [2]uint32{m.offs[r], m.offs[r+1]}
		}
		// A bucket's first cell brings in the line most of its others
		// are on: read them all before the rest.
		for j, sp := range span[:k] {
			c := m.cells[sp[0]]
			sums[base[j]+uint32(uint8(c>>16))] += int32(int16(c))
		}
		for j, sp := range span[:k] {
			for _, c := range m.cells[sp[0]+1 : sp[1]] {
				sums[base[j]+uint32(uint8(c>>16))] += int32(int16(c))
			}
		}
	}
}

// ScoresOf writes into scores the scores that sums, as Sum leaves them,
// stand for, and returns scores.
func (m *Model) ScoresOf(sums []int32, scores []float32) []float32 {
	scores = scores[:len(sums)]
	for i, v := range sums {
		scores[i] = float32(v) * m.scale
	}
	return scores
}

// BestSums returns the label Predict chooses for the features whose
// weights sums holds, as Sum leaves them, and by how much its score beats
// the next best label's (+Inf when there is no other label). The scores
// it compares are those ScoresOf gives, which order as the sums do.
func (m *Model) BestSums(sums []int32) (best int, margin float32) {
	if len(sums) == 0 {
		return -1, 0
	}
	top, next := sums[0], int32(math.MinInt32)
	hasNext := false
	for l, v := range sums[1:] {
		switch {
		case v > top:
			best, top, next, hasNext = l+1, v, top, true
		case !hasNext || v > next:
			next, hasNext = v, true
		}
	}
	if !hasNext {
		return best, float32(math.Inf(1))
	}
	return best, float32(top)*m.scale - float32(next)*m.scale
}

// Scores writes the score of each label for features into scores, which
// must have len(m.Labels) elements, and returns it.
func (m *Model) Scores(features []uint64, scores []float32) []float32 {
	n := len(m.Labels)
	if m.weights == nil {
		var sums [256]int32
		m.Sum(features, sums[:n])
		return m.ScoresOf(sums[:n], scores)
	}
	clear(scores)
	for _, id := range features {
		w := m.weights[m.row(id):][:n]
		for i, v := range w {
			scores[i] += v
		}
	}
	return scores
}

// Predict returns the index of the best label for features; ties go to the
// lower index. scores is scratch space of len(m.Labels).
func (m *Model) Predict(features []uint64, scores []float32) int {
	m.Scores(features, scores)
	return argmax(scores, nil)
}

// PredictAllowed is Predict restricted to the labels allowed reports true.
func (m *Model) PredictAllowed(features []uint64, scores []float32, allowed func(label int) bool) int {
	m.Scores(features, scores)
	return argmax(scores, allowed)
}

func argmax(scores []float32, allowed func(int) bool) int {
	best, bestScore := -1, float32(math.Inf(-1))
	for i, s := range scores {
		if allowed != nil && !allowed(i) {
			continue
		}
		if s > bestScore || best < 0 {
			best, bestScore = i, s
		}
	}
	return best
}
