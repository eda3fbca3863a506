package tokenize

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

var fuzzSeeds = []string{
	`Mr. Smith said on Jan. 5: "We'll see."`,
	"“President Trump met privately today. More details will follow,” an official said on Saturday.",
	"He lives in the U.S. The next day J. D. Vance left at 10:30 a.m. with $5 and 5%.",
	"Zelenskyy’s chief can’t go to the 15-minute Ukraine-Russia talks… on 2025-04-26.",
	"see https://example.com/a_(b)?c=1. Mail press@example.org!\n\nHeadline\nBody — text -- more",
	"1,425,513 people; 3.5 percent... cannot gonna 5pm O'Brien's U.S.-based :-) #tag ***",
	"\xff\xfe invalid \xe2\x80 bytes \xc2\x85 and \u2028 separators \u2029 \u00a0nbsp",
	"e\u0301 combining, Москва, 北京。 'quoted' \"straight\"",
}

// checkSpans fails t unless spans are well formed over text: in bounds,
// ordered, non-overlapping, non-empty, on rune boundaries, without white
// space at either end; and, when cover is set, unless together they hold
// every byte of text that is not white space.
func checkSpans(t *testing.T, what, text string, spans []chronicle.Span, cover bool) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	space := make([]bool, len(text))
	for i := 0; i < len(text); {
		boundary[i] = true
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			for j := i; j < i+size; j++ {
				space[j] = true
			}
		}
		i += size
	}
	boundary[len(text)] = true
	prev := 0
	covered := 0 // bytes before covered have been checked
	for i, s := range spans {
		switch {
		case s.Start < prev || s.End > len(text):
			t.Fatalf("%s: span %d %+v out of order or bounds (previous end %d, text length %d) in %q", what, i, s, prev, len(text), text)
		case s.End <= s.Start:
			t.Fatalf("%s: span %d %+v is empty in %q", what, i, s, text)
		case !boundary[s.Start] || !boundary[s.End]:
			t.Fatalf("%s: span %d %+v splits a UTF-8 sequence in %q", what, i, s, text)
		case space[s.Start] || space[s.End-1]:
			t.Fatalf("%s: span %d %q starts or ends with white space", what, i, text[s.Start:s.End])
		}
		if cover {
			for j := covered; j < s.Start; j++ {
				if !space[j] {
					t.Fatalf("%s: byte %d (%q) of %q is in no span", what, j, text[j], text)
				}
			}
			covered = s.End
		}
		prev = s.End
	}
	if cover {
		for j := covered; j < len(text); j++ {
			if !space[j] {
				t.Fatalf("%s: byte %d (%q) of %q is in no span", what, j, text[j], text)
			}
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		words := Words(text)
		checkSpans(t, "Words", text, words, true)
		if again := Words(text); !slices.Equal(words, again) {
			t.Fatalf("Words(%q) differs between calls", text)
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sentences := Sentences(text)
		checkSpans(t, "Sentences", text, sentences, true)
		if again := Sentences(text); !slices.Equal(sentences, again) {
			t.Fatalf("Sentences(%q) differs between calls", text)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sentences, tokens := Tokenize(text)
		checkSpans(t, "Tokenize sentences", text, sentences, true)
		spans := make([]chronicle.Span, len(tokens))
		for i, tok := range tokens {
			spans[i] = tok.Span
			if tok.Sentence < 0 || tok.Sentence >= len(sentences) || !sentences[tok.Sentence].Contains(tok.Span) {
				t.Fatalf("token %d %+v is not inside its sentence %d of %v in %q", i, tok.Span, tok.Sentence, sentences, text)
			}
			if i > 0 && tok.Sentence < tokens[i-1].Sentence {
				t.Fatalf("token %d goes back to sentence %d from %d", i, tok.Sentence, tokens[i-1].Sentence)
			}
			if tok.Head != -1 {
				t.Fatalf("token %d has head %d, want -1", i, tok.Head)
			}
		}
		checkSpans(t, "Tokenize tokens", text, spans, true)
		for i, s := range sentences {
			// Every sentence holds a token that starts where it starts.
			j, found := slices.BinarySearchFunc(spans, s.Start, func(a chronicle.Span, start int) int { return a.Start - start })
			if !found || tokens[j].Sentence != i {
				t.Fatalf("sentence %d %+v does not start at a token of its own", i, s)
			}
		}
		if !slices.Equal(spans, Words(text)) {
			t.Fatalf("Tokenize tokens differ from Words in %q", text)
		}
		if !slices.Equal(sentences, Sentences(text)) {
			t.Fatalf("Tokenize sentences differ from Sentences in %q", text)
		}
		again, againTokens := Tokenize(text)
		if !slices.Equal(sentences, again) || !slices.Equal(tokens, againTokens) {
			t.Fatalf("Tokenize(%q) differs between calls", text)
		}
	})
}
