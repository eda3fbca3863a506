package learn

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// suffixProblem is a small problem a perceptron must learn: the label of a
// made-up word is decided by its last letter, with some noise words whose
// label depends on the first letter instead.
func suffixProblem(n int, seed uint64) (words []string, labels []int) {
	r := rand.New(rand.NewPCG(seed, 1))
	const letters = "abcdefghijklmnopqrstuvwxyz"
	for range n {
		b := make([]byte, 3+r.IntN(5))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		w := string(b)
		label := int(w[len(w)-1]-'a') % 3
		if w[0] == 'z' {
			label = 3
		}
		words = append(words, w)
		labels = append(labels, label)
	}
	return words, labels
}

func featuresOf(f *Features, w string) []uint64 {
	f.Reset()
	f.AddBias()
	f.Add(1, w[len(w)-1:])
	f.Add(2, w[:1])
	f.Add(3, w)
	f.Add2(4, w[:1], w[len(w)-1:])
	return f.IDs
}

func train(t testing.TB) *Model {
	tr, err := NewTrainer([]string{"A", "B", "C", "Z"}, 12)
	if err != nil {
		t.Fatal(err)
	}
	words, labels := suffixProblem(4000, 7)
	var f Features
	scores := make([]float32, 4)
	for range 5 {
		for i, w := range words {
			ids := featuresOf(&f, w)
			tr.Learn(ids, labels[i], tr.Current().Predict(ids, scores))
		}
	}
	return tr.Averaged()
}

func accuracy(m *Model) float64 {
	words, labels := suffixProblem(2000, 99)
	var f Features
	scores := make([]float32, len(m.Labels))
	right := 0
	for i, w := range words {
		if m.Predict(featuresOf(&f, w), scores) == labels[i] {
			right++
		}
	}
	return float64(right) / float64(len(words))
}

func TestPerceptronLearns(t *testing.T) {
	m := train(t)
	if acc := accuracy(m); acc < 0.97 {
		t.Fatalf("accuracy on held-out words = %.3f, want ≥ 0.97", acc)
	}
	empty, _ := NewModel(m.Labels, 12)
	if acc := accuracy(empty); acc > 0.5 {
		t.Fatalf("an untrained model scores %.3f: the problem is too easy to test learning", acc)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	m := train(t)
	var buf bytes.Buffer
	if err := m.Encode(&buf, 0); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got.Labels) != fmt.Sprint(m.Labels) {
		t.Fatalf("labels = %v, want %v", got.Labels, m.Labels)
	}
	if a, b := accuracy(m), accuracy(got); a-b > 0.002 || b-a > 0.002 {
		t.Fatalf("accuracy %.4f before encoding, %.4f after", a, b)
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := train(t).Encode(&a, 0.01); err != nil {
		t.Fatal(err)
	}
	if err := train(t).Encode(&b, 0.01); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings on the same data encode to different bytes")
	}
}

func TestDecodeRejectsCorruptInput(t *testing.T) {
	var buf bytes.Buffer
	if err := train(t).Encode(&buf, 0); err != nil {
		t.Fatal(err)
	}
	inputs := map[string][]byte{
		"empty":     nil,
		"garbage":   []byte("not a model at all"),
		"truncated": buf.Bytes()[:buf.Len()/2],
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			if _, err := Decode(bytes.NewReader(in)); err == nil {
				t.Fatal("Decode succeeded")
			} else if name != "garbage" && !errors.Is(err, errCorrupt) {
				t.Logf("error: %v", err)
			}
		})
	}
}

func TestNewModelRejectsBadShapes(t *testing.T) {
	if _, err := NewModel(nil, 10); err == nil {
		t.Error("no labels accepted")
	}
	if _, err := NewModel([]string{"a"}, 40); err == nil {
		t.Error("40 bits accepted")
	}
}

func BenchmarkPredict(b *testing.B) {
	m := train(b)
	var f Features
	scores := make([]float32, len(m.Labels))
	ids := featuresOf(&f, "example")
	for b.Loop() {
		m.Predict(ids, scores)
	}
}

func TestDecodedModelScoresAsEncoded(t *testing.T) {
	m := train(t)
	var first bytes.Buffer
	if err := m.Encode(&first, 0); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	// A decoded model encodes to the bytes it came from.
	var again bytes.Buffer
	if err := got.Encode(&again, 0); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), again.Bytes()) {
		t.Fatal("re-encoding a decoded model changed its bytes")
	}
	// Its scores are the dense model's up to quantization.
	words, _ := suffixProblem(200, 5)
	var f Features
	want, have := make([]float32, len(m.Labels)), make([]float32, len(m.Labels))
	for _, w := range words {
		ids := featuresOf(&f, w)
		m.Scores(ids, want)
		got.Scores(ids, have)
		for i := range want {
			if d := want[i] - have[i]; d > 0.01 || d < -0.01 {
				t.Fatalf("%q: label %d scores %g, decoded %g", w, i, want[i], have[i])
			}
		}
	}
}

func TestEncodeLevels(t *testing.T) {
	m := train(t)
	var best, none bytes.Buffer
	if err := m.EncodeLevel(&best, 0.01, 9); err != nil {
		t.Fatal(err)
	}
	if err := m.EncodeLevel(&none, 0.01, 0); err != nil {
		t.Fatal(err)
	}
	a, err := Decode(&best)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(&none)
	if err != nil {
		t.Fatal(err)
	}
	var ea, eb bytes.Buffer
	a.Encode(&ea, 0)
	b.Encode(&eb, 0)
	if !bytes.Equal(ea.Bytes(), eb.Bytes()) {
		t.Fatal("the same model encoded at two levels decodes to different models")
	}
}

func TestSumPartsIsSumOfEachPart(t *testing.T) {
	var buf bytes.Buffer
	if err := train(t).Encode(&buf, 0); err != nil {
		t.Fatal(err)
	}
	m, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Quantized() {
		t.Fatal("a decoded model is not quantized")
	}
	n := len(m.Labels)
	words, _ := suffixProblem(100, 3)
	var f Features
	var ids []uint64
	var ends []int
	for _, w := range words { // 100 parts of 5 features: several chunks
		ids = append(ids, featuresOf(&f, w)...)
		ends = append(ends, len(ids))
	}
	ends = append(ends, len(ids)) // an empty last part
	got := make([]int32, len(ends)*n)
	m.SumParts(ids, ends, got)
	from := 0
	for k, end := range ends {
		want := make([]int32, n)
		m.Sum(ids[from:end], want)
		scores := m.Scores(ids[from:end], make([]float32, n))
		for l := range want {
			if got[k*n+l] != want[l] {
				t.Fatalf("part %d label %d: SumParts %d, Sum %d", k, l, got[k*n+l], want[l])
			}
			if s := float32(want[l]) * m.Scale(); s != scores[l] {
				t.Fatalf("part %d label %d: Sum gives %g, Scores %g", k, l, s, scores[l])
			}
		}
		from = end
	}
}

func TestBestSumsIsPredict(t *testing.T) {
	m := &Model{Labels: []string{"a", "b", "c", "d"}, scale: 0.37}
	for _, sums := range [][]int32{
		{1, 2, 3, 4},
		{4, 3, 2, 1},
		{5, 5, 1, 0}, // a tie goes to the lower label, by nothing
		{-3, -7, -3, -9},
		{0, 0, 0, 0},
		{-1 << 20, 1 << 20, 1<<20 - 1, 7},
	} {
		scores := m.ScoresOf(sums, make([]float32, len(sums)))
		want := argmax(scores, nil)
		next := float32(math.Inf(-1))
		for l, v := range scores {
			if l != want && v > next {
				next = v
			}
		}
		best, margin := m.BestSums(sums)
		if best != want || margin != scores[want]-next {
			t.Errorf("BestSums(%v) = %d, %g; want %d, %g", sums, best, margin, want, scores[want]-next)
		}
	}
	one := &Model{Labels: []string{"a"}, scale: 1}
	if best, margin := one.BestSums([]int32{3}); best != 0 || !math.IsInf(float64(margin), 1) {
		t.Errorf("one label: %d, %g", best, margin)
	}
}
