package tone

import (
	"math"
	"strings"
	"testing"

	"chronicle"
)

// doc returns a Document over text with no tokens, names or quotes.
func doc(text string) *chronicle.Document {
	return chronicle.NewDocument(&chronicle.Article{Text: text})
}

func TestScore(t *testing.T) {
	tests := []struct {
		text     string
		pos, neg int
		words    int
	}{
		{"The talks were good and the mood was hopeful.", 2, 0, 9},
		{"The attack killed four people and injured dozens.", 0, 3, 8},
		{"The plan is not good.", 0, 1, 5},
		{"The plan isn’t good.", 0, 1, 4},
		{"The plan is not very good.", 0, 1, 6},
		{"The minister was never wrong.", 1, 0, 5},
		{"There was no progress, and the result was good.", 1, 1, 9},
		{"The result was good. It was not a failure, and nobody was hurt.", 3, 0, 13},
		{"The party met in the United Nations building.", 0, 0, 8},
		{"", 0, 0, 0},
		{"1, 2, 3.", 0, 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Score(doc(tt.text))
			if got.Positive != tt.pos || got.Negative != tt.neg {
				t.Fatalf("positive %d negative %d, want %d %d", got.Positive, got.Negative, tt.pos, tt.neg)
			}
			want := 0.0
			if tt.words > 0 {
				want = 100 * float64(tt.pos-tt.neg) / float64(tt.words)
			}
			if math.Abs(got.Score-want) > 1e-9 {
				t.Fatalf("score %v, want %v", got.Score, want)
			}
		})
	}
}

func TestScoreSkipsNames(t *testing.T) {
	text := "Officials from the Peace Corps praised the peace deal."
	d := doc(text)
	i := strings.Index(text, "Peace Corps")
	d.Names = []chronicle.Name{{Span: chronicle.Span{Start: i, End: i + len("Peace Corps")}, Type: chronicle.Organization}}
	got := Score(d)
	// "praised" and the second "peace" count; the name's "Peace" does not.
	if got.Positive != 2 || got.Negative != 0 {
		t.Fatalf("positive %d negative %d, want 2 0", got.Positive, got.Negative)
	}
	if got := Score(doc(text)); got.Positive != 3 {
		t.Fatalf("without names: positive %d, want 3", got.Positive)
	}
}

func TestScoreQuotes(t *testing.T) {
	text := "The meeting was tense. “It was a great success,” she said. “Nothing,” he said."
	d := doc(text)
	for _, s := range []string{"It was a great success", "Nothing"} {
		i := strings.Index(text, s)
		d.Quotes = append(d.Quotes, chronicle.Quote{Text: s, Kind: chronicle.DirectQuote, Span: chronicle.Span{Start: i, End: i + len(s)}})
	}
	d.Quotes = append(d.Quotes, chronicle.Quote{Text: "", Span: chronicle.Span{Start: 3, End: 3}})
	art := Score(d)
	if art.Negative != 1 || art.Positive != 2 {
		t.Fatalf("article: positive %d negative %d, want 2 1", art.Positive, art.Negative)
	}
	if q := d.Quotes[0].Tone; q == nil || math.Abs(*q-40) > 1e-9 {
		t.Fatalf("quote tone %v, want 40 (2 of 5 words positive)", q)
	}
	if q := d.Quotes[1].Tone; q == nil || *q != 0 {
		t.Fatalf("quote without judging words: tone %v, want 0", q)
	}
	if q := d.Quotes[2].Tone; q != nil {
		t.Fatalf("quote without words: tone %v, want nil", *q)
	}
}

// TestScoreWithTokens checks that Score reads the tokenizer's tokens when
// there are some: a clitic "n't" negates as "not" does.
func TestScoreWithTokens(t *testing.T) {
	text := "It did n't help ."
	d := doc(text)
	for _, f := range strings.Fields(text) {
		i := strings.Index(text, f)
		d.Tokens = append(d.Tokens, chronicle.Token{Span: chronicle.Span{Start: i, End: i + len(f)}})
	}
	got := Score(d)
	if got.Negative != 1 || got.Positive != 0 {
		t.Fatalf("positive %d negative %d, want 0 1", got.Positive, got.Negative)
	}
	if want := -100.0 / 4; math.Abs(got.Score-want) > 1e-9 {
		t.Fatalf("score %v, want %v", got.Score, want)
	}
}

func TestLexicon(t *testing.T) {
	lx := lexicon()
	if len(lx) < 5000 {
		t.Fatalf("%d words in the lexicon", len(lx))
	}
	for w, want := range map[string]int8{"good": 1, "peace": 1, "war": -1, "killed": -1, "party": 0, "no": 0, "like": 0, "productive": 1, "airstrikes": -1} {
		if lx[w] != want {
			t.Errorf("%q: polarity %d, want %d", w, lx[w], want)
		}
	}
	for _, bad := range []string{"word", "word\tx", "\t1.5"} {
		if _, err := parseLexicon(bad); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("parseLexicon(%q): error %v, want one naming line 1", bad, err)
		}
	}
}

func FuzzScore(f *testing.F) {
	f.Add("The plan is not good, but peace is near.")
	f.Add("“Great,” he said. Never again!")
	f.Fuzz(func(t *testing.T, text string) {
		d := doc(text)
		d.Quotes = []chronicle.Quote{{Span: chronicle.Span{Start: 0, End: len(text) / 2}}}
		got := Score(d)
		if got.Score < -100 || got.Score > 100 || got.Positive < 0 || got.Negative < 0 {
			t.Fatalf("tone %+v out of range", got)
		}
		if q := d.Quotes[0].Tone; q != nil && (*q < -100 || *q > 100) {
			t.Fatalf("quote tone %v out of range", *q)
		}
	})
}

func BenchmarkScore(b *testing.B) {
	var sb strings.Builder
	for range 40 {
		sb.WriteString("Finance ministers met on Wednesday to discuss a shared approach to energy prices. ")
		sb.WriteString("The talks were “frank and useful”, but critics said the plan would not stop the crisis. ")
	}
	text := sb.String()
	d := doc(text)
	d.Tokens = scan(text)
	d.Quotes = []chronicle.Quote{{Span: chronicle.Span{Start: 100, End: 400}}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Score(d)
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
