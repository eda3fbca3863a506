package learn

import "math"

// A Table is a Model laid out for scoring speed: every bucket holds a
// weight for every label, quantized to 16 bits as Encode quantizes them,
// so scoring a feature reads one short run of memory and the reads of
// different features do not wait on each other. It takes 2 bytes per
// bucket and label whatever the weights, so it suits models with few
// labels. A Table is read-only and safe for concurrent use.
type Table struct {
	Labels []string
	bits   uint
	scale  float32
	w      []int16 // bucket-major: w[bucket*len(Labels)+label]
}

// Table returns m laid out as a Table. It scores as m does up to the
// quantization of its weights.
func (m *Model) Table() *Table {
	n := len(m.Labels)
	maxAbs := m.maxAbs()
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	t := &Table{Labels: m.Labels, bits: m.bits, scale: scale, w: make([]int16, (1<<m.bits)*n)}
	if m.weights == nil {
		// Sparse: only the nonzero weights need writing.
		for b := range 1 << m.bits {
			row := t.w[b*n:][:n]
			for _, c := range m.cellsOf(b) {
				row[c>>16] = int16(math.Round(float64(float32(int16(c)) * m.scale / scale)))
			}
		}
		return t
	}
	for i, v := range m.weights {
		t.w[i] = int16(math.Round(float64(v / scale)))
	}
	return t
}

func (t *Table) bucket(id uint64) int {
	return int((id ^ id>>t.bits ^ id>>(2*t.bits)) & (1<<t.bits - 1))
}

// Scores writes the score of each label for features into scores, which
// must have len(t.Labels) elements, and returns it.
func (t *Table) Scores(features []uint64, scores []float32) []float32 {
	n := len(t.Labels)
	if n == 3 {
		// The common case of parsers' moves, unrolled.
		var a, b, c int32
		for _, id := range features {
			row := t.w[t.bucket(id)*3:][:3]
			a += int32(row[0])
			b += int32(row[1])
			c += int32(row[2])
		}
		scores[0], scores[1], scores[2] = float32(a)*t.scale, float32(b)*t.scale, float32(c)*t.scale
		return scores
	}
	var sums [256]int32
	for _, id := range features {
		row := t.w[t.bucket(id)*n:][:n]
		for l, v := range row {
			sums[l] += int32(v)
		}
	}
	for l := range scores {
		scores[l] = float32(sums[l]) * t.scale
	}
	return scores
}
