package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/chronicletest"
	"chronicle/internal/quote"
	"chronicle/internal/tokenize"
)

// analyzeQuotes is the part of the pipeline quote extraction needs without
// the trained models: tokens, sentences and quotes.
func analyzeQuotes(a *chronicle.Article) *chronicle.Document {
	d := chronicle.NewDocument(a)
	d.Sentences, d.Tokens = tokenize.Tokenize(a.Text)
	d.Quotes = quote.Extract(d)
	return d
}

func TestReadBrat(t *testing.T) {
	text := "“Ça va,” dit-il. Naïve words follow."
	ann := "T1\tContent 0 8\t“Ça va,”\n" +
		"T2\tSource 9 15\tdit-il\n" +
		"T3\tContent 17 22;23 28\tNaïve words\n" +
		"T4\tCue 9 12\tdit\n" +
		"continued text of T4\n" +
		"#1\tAnnotatorNotes T1\ta note\n" +
		"E1\tAttribution:T4 Content:T1 Source:T2 Cue:T4 Content2:T3\n" +
		"E2\tAttribution-no-source:T4\n"
	got, err := ReadBrat(strings.NewReader(ann), "x.ann", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d attributions, want 1 (the one without content is dropped)", len(got))
	}
	a := got[0]
	var parts []string
	for _, s := range a.Content {
		parts = append(parts, text[s.Start:s.End])
	}
	if strings.Join(parts, "|") != "“Ça va,”|Naïve|words" || text[a.Source[0].Start:a.Source[0].End] != "dit-il" {
		t.Errorf("content %q, source %q", parts, text[a.Source[0].Start:a.Source[0].End])
	}

	bad := []struct{ ann, want string }{
		{"T1\tContent 0 99\tx\n", "x.ann:1"},
		{"T1\tContent 0 4\tx\nE1\tContent:T7\n", "x.ann:2"},
		{"T1\tContent zero four\tx\n", "x.ann:1"},
		{"E1\tContent:T1\nstray line\n", "x.ann:2"},
	}
	for _, b := range bad {
		_, err := ReadBrat(strings.NewReader(b.ann), "x.ann", text)
		if err == nil || !strings.Contains(err.Error(), b.want) || !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("ReadBrat(%q) = %v, want an ErrInvalid naming %s", b.ann, err, b.want)
		}
	}
}

func TestScoreQuotes(t *testing.T) {
	text := "“We will win this,” Smith said. Jones said that the vote was rigged from the start."
	span := func(s string) chronicle.Span {
		i := strings.Index(text, s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	gold := []Attribution{
		{ID: "E1", Source: []chronicle.Span{span("Smith")}, Content: []chronicle.Span{span("“We will win this,”")}},
		{ID: "E2", Source: []chronicle.Span{span("Jones")}, Content: []chronicle.Span{span("that the vote was rigged from the start")}},
	}
	q := func(kind chronicle.QuoteKind, content, speaker string) chronicle.Quote {
		s := span(content)
		out := chronicle.Quote{Kind: kind, Text: content, Span: s}
		if speaker != "" {
			sp := span(speaker)
			out.SpeakerSpan = &sp
		}
		return out
	}
	tests := []struct {
		name   string
		quotes []chronicle.Quote
		want   [4]int // contentCorrect, contentFound, speakerCorrect, directSpeakerFound
	}{
		{"both right", []chronicle.Quote{q(chronicle.DirectQuote, "We will win this", "Smith"), q(chronicle.IndirectQuote, "the vote was rigged from the start", "Jones")}, [4]int{2, 2, 2, 1}},
		{"wrong speaker", []chronicle.Quote{q(chronicle.DirectQuote, "We will win this", "Jones")}, [4]int{1, 1, 0, 0}},
		{"under half of the gold", []chronicle.Quote{q(chronicle.IndirectQuote, "rigged from", "Jones")}, [4]int{1, 0, 1, 0}},
		{"mostly outside the gold", []chronicle.Quote{q(chronicle.IndirectQuote, "Smith said. Jones said that the", "Jones")}, [4]int{0, 0, 0, 0}},
		{"no speaker", []chronicle.Quote{q(chronicle.DirectQuote, "We will win this", "")}, [4]int{1, 1, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreQuotes(text, gold, tt.quotes)
			got := [4]int{s.ContentCorrect, s.ContentFound, s.SpeakerCorrect, s.DirectSpeakerFound}
			if got != tt.want || s.Gold != 2 || s.GoldDirect != 1 {
				t.Errorf("got %v (gold %d, direct %d), want %v (gold 2, direct 1)", got, s.Gold, s.GoldDirect, tt.want)
			}
		})
	}
}

func TestPolNeARSample(t *testing.T) {
	var dates []chronicle.Day
	s, err := PolNeAR("testdata/polnear", func(a *chronicle.Article) *chronicle.Document {
		dates = append(dates, a.Date)
		return analyzeQuotes(a)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dates) != 1 || dates[0].String() != "2024-03-11" {
		t.Errorf("article dates %v, want [2024-03-11] from metadata.tsv", dates)
	}
	want := QuoteScore{
		Articles: 1, Gold: 4, GoldDirect: 2, Predicted: 4, PredictedDirect: 3,
		ContentCorrect: 4, ContentFound: 3, SpeakerCorrect: 4, SpeakerFound: 3,
		DirectContentCorrect: 3, DirectContentFound: 2, DirectSpeakerCorrect: 3, DirectSpeakerFound: 2,
	}
	want.Finish()
	if s != want {
		t.Errorf("PolNeAR(testdata) =\n%+v\nwant\n%+v", s, want)
	}
	if s.DirectSpeakerF1 != 1 || s.ContentR != 0.75 {
		t.Errorf("direct speaker F1 %v, content recall %v; want 1 and 0.75", s.DirectSpeakerF1, s.ContentR)
	}
}

func TestPolNeARErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := PolNeAR(dir, analyzeQuotes); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("empty folder: %v, want ErrNotFound", err)
	}
	os.MkdirAll(filepath.Join(dir, "text"), 0o755)
	os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte("Text."), 0o644)
	if _, err := PolNeAR(dir, analyzeQuotes); !errors.Is(err, chronicle.ErrNotFound) || !strings.Contains(err.Error(), "a.txt") {
		t.Errorf("no annotations: %v, want ErrNotFound naming a.txt", err)
	}
}

// TestPolNeARDev scores quote extraction over tokenized text (no tagger,
// names or entities) on the PolNeAR development split. The full pipeline's
// figure comes from `chronicle eval quotes`.
func TestPolNeARDev(t *testing.T) {
	dir := chronicletest.Shared(t, "data/polnear/dev")
	s, err := PolNeAR(dir, analyzeQuotes)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d gold (%d direct), %d quotes (%d direct)", s.Articles, s.Gold, s.GoldDirect, s.Predicted, s.PredictedDirect)
	t.Logf("direct speaker P %.3f R %.3f F1 %.3f; direct content F1 %.3f", s.DirectSpeakerP, s.DirectSpeakerR, s.DirectSpeakerF1, s.DirectContentF1)
	t.Logf("all speaker P %.3f R %.3f F1 %.3f; all content F1 %.3f", s.SpeakerP, s.SpeakerR, s.SpeakerF1, s.ContentF1)
	if s.Articles != 84 || s.DirectSpeakerF1 < 0.8 {
		t.Errorf("%d articles, direct speaker F1 %.3f; want 84 and at least 0.8", s.Articles, s.DirectSpeakerF1)
	}
}
