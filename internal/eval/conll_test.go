package eval

import (
	"math"
	"strings"
	"testing"
)

func TestScoreChunks(t *testing.T) {
	tests := []struct {
		name                   string
		gold, guess            string
		goldN, guessN, correct int
	}{
		{"exact IOB1", "I-PER I-PER O I-LOC", "I-PER I-PER O I-LOC", 2, 2, 2},
		{"IOB2 guess against IOB1 gold", "I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC", 2, 2, 2},
		{"IOB1 B splits a run of one type", "I-PER B-PER", "I-PER I-PER", 2, 1, 0},
		{"IOB1 B splits, both sides", "I-PER B-PER", "B-PER B-PER", 2, 2, 2},
		{"type change starts a chunk", "I-ORG I-LOC", "I-ORG I-LOC", 2, 2, 2},
		{"wrong type", "I-ORG I-ORG", "I-LOC I-LOC", 1, 1, 0},
		{"too short", "I-ORG I-ORG I-ORG", "I-ORG I-ORG O", 1, 1, 0},
		{"too long", "I-ORG I-ORG O", "I-ORG I-ORG I-ORG", 1, 1, 0},
		{"I after O starts a chunk", "O I-MISC", "O B-MISC", 1, 1, 1},
		{"stray I inside after another type", "B-PER I-LOC", "B-PER B-LOC", 2, 2, 2},
		{"IOBES", "B-PER E-PER S-LOC", "B-PER E-PER S-LOC", 2, 2, 2},
		{"IOBES against IOB2", "B-PER E-PER S-LOC", "B-PER I-PER B-LOC", 2, 2, 2},
		{"E then I starts anew", "B-PER E-PER I-PER", "B-PER I-PER I-PER", 2, 1, 0},
		{"chunk at sentence end", "O O I-LOC", "O O I-LOC", 1, 1, 1},
		{"nothing", "O O", "O O", 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs ChunkScorer
			if err := cs.Add(strings.Fields(tt.gold), strings.Fields(tt.guess)); err != nil {
				t.Fatal(err)
			}
			s := cs.Score()
			got := [3]int{s.Overall.Gold, s.Overall.Guessed, s.Overall.Correct}
			want := [3]int{tt.goldN, tt.guessN, tt.correct}
			if got != want {
				t.Fatalf("gold, guessed, correct = %v, want %v", got, want)
			}
		})
	}
}

func TestScoreChunksPerType(t *testing.T) {
	gold := [][]string{
		strings.Fields("I-PER I-PER O I-ORG O I-LOC"),
		strings.Fields("I-MISC O I-LOC I-LOC"),
	}
	guess := [][]string{
		strings.Fields("B-PER I-PER O B-LOC O B-LOC"),
		strings.Fields("B-MISC O B-LOC O"),
	}
	s, err := ScoreChunks(gold, guess)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Counts{
		"PER":  {Gold: 1, Guessed: 1, Correct: 1},
		"ORG":  {Gold: 1, Guessed: 0, Correct: 0},
		"LOC":  {Gold: 2, Guessed: 3, Correct: 1},
		"MISC": {Gold: 1, Guessed: 1, Correct: 1},
	}
	for typ, c := range want {
		if s.Types[typ] != c {
			t.Errorf("%s: %+v, want %+v", typ, s.Types[typ], c)
		}
	}
	if s.Overall != (Counts{Gold: 5, Guessed: 5, Correct: 3}) {
		t.Errorf("overall %+v", s.Overall)
	}
	if p, r, f := s.Overall.Precision(), s.Overall.Recall(), s.Overall.F1(); p != 0.6 || r != 0.6 || math.Abs(f-0.6) > 1e-12 {
		t.Errorf("P/R/F1 = %v/%v/%v, want 0.6 each", p, r, f)
	}
	if got := s.TypeNames(); strings.Join(got, " ") != "LOC MISC ORG PER" {
		t.Errorf("TypeNames = %v", got)
	}
	if s.Tokens != 10 {
		t.Errorf("Tokens = %d, want 10", s.Tokens)
	}
}

func TestScoreChunksRejectsLengthMismatch(t *testing.T) {
	if _, err := ScoreChunks([][]string{{"O", "O"}}, [][]string{{"O"}}); err == nil {
		t.Fatal("sentences of different lengths scored")
	}
	if _, err := ScoreChunks([][]string{{"O"}}, nil); err == nil {
		t.Fatal("different sentence counts scored")
	}
}

func TestCountsOfNothing(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Fatalf("empty counts give %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
}

func TestReadCoNLL(t *testing.T) {
	const text = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
wrote VBD I-VP O
. . O O

Paris NNP I-NP I-LOC
-DOCSTART- -X- O O

Mira NNP I-NP B-PER
`
	docs, err := ReadCoNLL(strings.NewReader(text), "made-up.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if n := len(docs[0].Sentences); n != 2 {
		t.Fatalf("first document: %d sentences, want 2", n)
	}
	s := docs[0].Sentences[0]
	if w, l := strings.Join(s.Words(), " "), strings.Join(s.Labels(), " "); w != "Anna Berg wrote ." || l != "I-PER I-PER O O" {
		t.Fatalf("first sentence %q labelled %q", w, l)
	}
	if s[0].Columns[1] != "NNP" {
		t.Fatalf("columns %v", s[0].Columns)
	}
	if got := docs[1].Sentences[0][0].Label; got != "B-PER" {
		t.Fatalf("second document label %q", got)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"one column", "Anna I-PER\nBerg\n", "bad.conll:2:"},
		{"column count changes", "Anna NNP I-PER\nBerg I-PER\n", "bad.conll:2: 2 columns, want 3"},
		{"bad label", "Anna NNP PER\n", "bad.conll:1: label \"PER\""},
		{"bad chunk letter", "\n\nAnna NNP X-PER\n", "bad.conll:3:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLL(strings.NewReader(tt.text), "bad.conll")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}
