package eval

import (
	"math"
	"slices"
	"testing"
)

func TestTagScorer(t *testing.T) {
	var ts TagScorer
	sentences := []struct{ gold, guess []string }{
		{[]string{"DET", "NOUN", "VERB", "PUNCT"}, []string{"DET", "NOUN", "NOUN", "PUNCT"}},
		{[]string{"PROPN", "VERB"}, []string{"NOUN", "VERB"}},
	}
	for _, s := range sentences {
		if err := ts.Add(s.gold, s.guess); err != nil {
			t.Fatal(err)
		}
	}
	if err := ts.Add([]string{"DET"}, nil); err == nil {
		t.Fatal("sequences of different lengths accepted")
	}
	s := ts.Score()
	if s.Tokens != 6 || s.Correct != 4 || math.Abs(s.Accuracy()-4.0/6) > 1e-12 {
		t.Fatalf("tokens %d, correct %d, accuracy %g", s.Tokens, s.Correct, s.Accuracy())
	}
	noun := s.Tags["NOUN"]
	if noun != (Counts{Gold: 1, Guessed: 3, Correct: 1}) {
		t.Fatalf("NOUN counts %+v", noun)
	}
	if p, r := noun.Precision(), noun.Recall(); math.Abs(p-1.0/3) > 1e-12 || r != 1 {
		t.Fatalf("NOUN precision %g recall %g", p, r)
	}
	if s.Tags["PROPN"].Recall() != 0 || s.Tags["PROPN"].F1() != 0 {
		t.Fatalf("PROPN never guessed: %+v", s.Tags["PROPN"])
	}
	want := []string{"VERB", "DET", "NOUN", "PROPN", "PUNCT"}
	if got := s.TagNames(); !slices.Equal(got, want) {
		t.Fatalf("TagNames() = %v, want %v", got, want)
	}
	var empty TagScorer
	if empty.Score().Accuracy() != 0 {
		t.Fatal("an empty score has nonzero accuracy")
	}
}
