package quote

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"chronicle"
)

// whitespaceDoc builds a Document whose tokens are the whitespace-separated
// fields of text and whose single sentence is the whole text.
func whitespaceDoc(text string) *chronicle.Document {
	d := chronicle.NewDocument(&chronicle.Article{Text: text})
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				d.Tokens = append(d.Tokens, chronicle.Token{Span: chronicle.Span{Start: start, End: i}, Head: -1})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		d.Tokens = append(d.Tokens, chronicle.Token{Span: chronicle.Span{Start: start, End: len(text)}, Head: -1})
	}
	if len(d.Tokens) > 0 {
		d.Sentences = []chronicle.Span{{Start: d.Tokens[0].Start, End: d.Tokens[len(d.Tokens)-1].End}}
	}
	return d
}

// checkQuotes fails t when a quote breaks the contract of Extract.
func checkQuotes(t *testing.T, text string, qs []chronicle.Quote) {
	t.Helper()
	n := len(text)
	for _, q := range qs {
		if !q.Valid(n) || q.Text != text[q.Start:q.End] {
			t.Fatalf("quote %+v: span out of bounds or text differs in %q", q, text)
		}
		switch q.Kind {
		case chronicle.DirectQuote, chronicle.PartialQuote, chronicle.IndirectQuote:
		default:
			t.Fatalf("quote %q: kind %q", q.Text, q.Kind)
		}
		for _, s := range []*chronicle.Span{q.SpeakerSpan, q.CueSpan, q.Clause} {
			if s != nil && !s.Valid(n) {
				t.Fatalf("quote %q: span %+v out of bounds", q.Text, *s)
			}
		}
		if q.SpeakerSpan != nil && q.SpeakerText != text[q.SpeakerSpan.Start:q.SpeakerSpan.End] {
			t.Fatalf("quote %q: speaker text %q differs from its span", q.Text, q.SpeakerText)
		}
		if q.Clause != nil && !q.Clause.Contains(q.Span) {
			t.Fatalf("quote %q: clause %+v does not hold it", q.Text, *q.Clause)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`"We will win," Smith said. "Now we govern."`)
	f.Add("“Unclosed paragraph\n\n“and the next one,” she said on Monday.")
	f.Add("According to the ministry, 40 people were hurt, officials said.")
	f.Add(`He called it "a disgrace" and said that "nothing" would change.`)
	f.Add("”” “ said ” , said , “")
	f.Add("Continued Stone: “So I think.”\n\nSaid Comey, \"The thought.\"")
	f.Fuzz(func(t *testing.T, text string) {
		checkQuotes(t, text, Extract(whitespaceDoc(text)))
		checkQuotes(t, text, Extract(chronicle.NewDocument(&chronicle.Article{Text: text})))
	})
}

func TestExtractArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	d := doc(text, []ent{ortiz, weber, lopez}, []tm{{"on Wednesday", "2024-03-13"}})
	qs := Extract(d)
	checkQuotes(t, text, qs)
	// Spot checks over a whole article: a quotation continued over a
	// paragraph, a pronoun speaker, a date, an unnamed speaker.
	find := func(s string) *chronicle.Quote {
		for i := range qs {
			if strings.Contains(qs[i].Text, s) {
				return &qs[i]
			}
		}
		t.Fatalf("no quote holds %q; got %d quotes", s, len(qs))
		return nil
	}
	if q := find("If the bridge opens next spring"); q.Speaker != "E3" || q.Kind != chronicle.DirectQuote || !strings.Contains(q.Text, "lost a third") {
		t.Errorf("paragraph-spanning quote: %+v", *q)
	}
	if q := find("fixed-price contract"); q.Speaker != "E1" || q.Date != "2024-03-13" {
		t.Errorf("pronoun speaker with a date: %+v", *q)
	}
	if q := find("first reports are due"); q.Speaker != "" || q.SpeakerText != "a city official" || q.Kind != chronicle.IndirectQuote {
		t.Errorf("unnamed speaker: %+v", *q)
	}
	if q := find("wishful thinking"); q.Speaker != "E2" || q.Kind != chronicle.PartialQuote {
		t.Errorf("partial quote: %+v", *q)
	}
	if len(qs) < 18 {
		t.Errorf("found %d quotes, want at least 18", len(qs))
	}
}

func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	d := whitespaceDoc(text)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(d)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
