package learn

import (
	"bytes"
	"testing"
)

func TestTableScoresAsModel(t *testing.T) {
	dense := train(t)
	var buf bytes.Buffer
	if err := dense.Encode(&buf, 0); err != nil {
		t.Fatal(err)
	}
	sparse, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words, _ := suffixProblem(300, 11)
	var f Features
	for name, m := range map[string]*Model{"dense": dense, "sparse": sparse} {
		t.Run(name, func(t *testing.T) {
			tb := m.Table()
			want, got := make([]float32, len(m.Labels)), make([]float32, len(m.Labels))
			for _, w := range words {
				ids := featuresOf(&f, w)
				m.Scores(ids, want)
				tb.Scores(ids, got)
				for i := range want {
					if d := want[i] - got[i]; d > 0.01 || d < -0.01 {
						t.Fatalf("%q: label %d scores %g in the model, %g in the table", w, i, want[i], got[i])
					}
				}
			}
		})
	}
}

func TestTableOfThreeLabels(t *testing.T) {
	// Three labels take the unrolled path.
	tr, err := NewTrainer([]string{"a", "b", "c"}, 8)
	if err != nil {
		t.Fatal(err)
	}
	var f Features
	f.Add(1, "x")
	f.Add(2, "y")
	tr.Update(f.IDs, 1, 2)
	tr.Update(f.IDs[:1], 2, -1)
	m := tr.Current()
	want, got := m.Scores(f.IDs, make([]float32, 3)), m.Table().Scores(f.IDs, make([]float32, 3))
	for i := range want {
		if d := want[i] - got[i]; d > 0.001 || d < -0.001 {
			t.Fatalf("scores %v in the model, %v in the table", want, got)
		}
	}
}

func BenchmarkTableScores(b *testing.B) {
	tb := train(b).Table()
	var f Features
	scores := make([]float32, len(tb.Labels))
	ids := featuresOf(&f, "example")
	for b.Loop() {
		tb.Scores(ids, scores)
	}
}
