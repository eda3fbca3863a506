package learn

import (
	"fmt"
	"math"
)

// A Model scores labels for a decision given its features. It is read-only
// and safe for concurrent use.
//
// A model is either dense, as a Trainer builds it, or sparse, as Decode
// returns it: a decoded model keeps only its nonzero weights, so it is small
// in memory and quick to load, and it scores exactly as the dense model with
// the same weights would.
type Model struct {
	Labels  []string
	bits    uint      // log2 of the number of feature buckets
	weights []float32 // dense: bucket-major, weights[bucket*len(Labels)+label]; nil when sparse

	// Sparse: the nonzero weights of bucket b are cellWeight[start[b]:start[b+1]],
	// for the labels cellLabel[start[b]:start[b+1]].
	start      []uint32
	cellLabel  []uint8
	cellWeight []float32
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
	for k := m.start[b]; k < m.start[b+1]; k++ {
		buf[m.cellLabel[k]] = m.cellWeight[k]
	}
	return buf
}

// Scores writes the score of each label for features into scores, which
// must have len(m.Labels) elements, and returns it.
func (m *Model) Scores(features []uint64, scores []float32) []float32 {
	clear(scores)
	if m.weights == nil {
		for _, id := range features {
			b := m.bucket(id)
			lo, hi := m.start[b], m.start[b+1]
			labels, weights := m.cellLabel[lo:hi], m.cellWeight[lo:hi]
			for k, l := range labels {
				scores[l] += weights[k]
			}
		}
		return scores
	}
	n := len(m.Labels)
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
