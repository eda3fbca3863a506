package tokenize

import (
	"slices"
	"strings"
	"testing"

	"chronicle"
	"github.com/google/go-cmp/cmp"
)

// spansOf returns the spans of want's tokens in text, found left to right, so
// that table entries can be written as the tokens' text.
func spansOf(t *testing.T, text string, want []string) []chronicle.Span {
	t.Helper()
	var spans []chronicle.Span
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("want token %q not in %q after offset %d", w, text, at)
		}
		spans = append(spans, chronicle.Span{Start: at + i, End: at + i + len(w)})
		at += i + len(w)
	}
	return spans
}

// texts returns the text of each span.
func texts(text string, spans []chronicle.Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Punctuation stands alone.
		{"Hello, world.", []string{"Hello", ",", "world", "."}},
		{"(AP) Yes; no: maybe!", []string{"(", "AP", ")", "Yes", ";", "no", ":", "maybe", "!"}},
		{"Really?! Yes!!", []string{"Really", "?!", "Yes", "!!"}},
		// Clitics, with the straight and the curly apostrophe.
		{"don't", []string{"do", "n't"}},
		{"Don’t go", []string{"Do", "n’t", "go"}},
		{"can't won't ain't", []string{"ca", "n't", "wo", "n't", "ai", "n't"}},
		{"Trump's plan", []string{"Trump", "'s", "plan"}},
		{"Zelenskyy’s office", []string{"Zelenskyy", "’s", "office"}},
		{"I'm sure we'll see they're here, I've said, she'd know", []string{"I", "'m", "sure", "we", "'ll", "see", "they", "'re", "here", ",", "I", "'ve", "said", ",", "she", "'d", "know"}},
		{"THEY'RE HERE", []string{"THEY", "'RE", "HERE"}},
		{"It cannot be", []string{"It", "can", "not", "be"}},
		{"O'Brien's car", []string{"O'Brien", "'s", "car"}},
		{"the Smiths' house", []string{"the", "Smiths", "'", "house"}},
		{"rock'n'roll", []string{"rock'n'roll"}},
		// Abbreviations keep their stop.
		{"U.S. U.K. Dr. Mr. Gen. Sen. Rep. Jan. Feb. Inc. Corp. Ltd. St. vs. e.g. i.e. a.m. p.m. etc.",
			strings.Fields("U.S. U.K. Dr. Mr. Gen. Sen. Rep. Jan. Feb. Inc. Corp. Ltd. St. vs. e.g. i.e. a.m. p.m. etc.")},
		{"No. 10 Downing Street", []string{"No.", "10", "Downing", "Street"}},
		{"He said no. Then", []string{"He", "said", "no", ".", "Then"}},
		{"a U.S.-based firm", []string{"a", "U.S.-based", "firm"}},
		{"the U.N.’s envoy", []string{"the", "U.N.", "’s", "envoy"}},
		{"Ph.D. student", []string{"Ph.D.", "student"}},
		// Initials.
		{"J. D. Vance", []string{"J.", "D.", "Vance"}},
		{"J.D. Vance", []string{"J.D.", "Vance"}},
		{"because of X.", []string{"because", "of", "X", "."}},
		// Numbers, money, percentages, dates and times.
		{"1,425,513 people", []string{"1,425,513", "people"}},
		{"3.5 percent", []string{"3.5", "percent"}},
		{"$5 and $48.5 million", []string{"$", "5", "and", "$", "48.5", "million"}},
		{"5% or 20%", []string{"5", "%", "or", "20", "%"}},
		{"on 2025-04-26 at 10:30", []string{"on", "2025-04-26", "at", "10:30"}},
		{"on 4/26/2025, 24/7", []string{"on", "4/26/2025", ",", "24/7"}},
		{"in 2025. The", []string{"in", "2025", ".", "The"}},
		{"1990s 29th 1st", []string{"1990s", "29th", "1st"}},
		{"at 5pm for 375mm", []string{"at", "5", "pm", "for", "375", "mm"}},
		{"1,2 and 1,2345", []string{"1", ",", "2", "and", "1", ",", "2345"}},
		// Hyphenated words are one token; dashes are not.
		{"the 15-minute meeting", []string{"the", "15-minute", "meeting"}},
		{"the Ukraine-Russia conflict", []string{"the", "Ukraine-Russia", "conflict"}},
		{"said – their first", []string{"said", "–", "their", "first"}},
		{"said—their first", []string{"said", "—", "their", "first"}},
		{"said -- their", []string{"said", "--", "their"}},
		{"pre- and post-war", []string{"pre", "-", "and", "post-war"}},
		{"non‑breaking", []string{"non‑breaking"}},
		// Quotes are their own tokens.
		{`“very productive” talks`, []string{"“", "very", "productive", "”", "talks"}},
		{`‘maybe’`, []string{"‘", "maybe", "’"}},
		{`"No," she said.`, []string{`"`, "No", ",", `"`, "she", "said", "."}},
		{`'Yes'`, []string{"'", "Yes", "'"}},
		// URLs and e-mail addresses.
		{"see https://example.com/a?b=1&c=2.", []string{"see", "https://example.com/a?b=1&c=2", "."}},
		{"(https://en.example.org/wiki/A_(b))", []string{"(", "https://en.example.org/wiki/A_(b)", ")"}},
		{"at www.example.org/harbor, or", []string{"at", "www.example.org/harbor", ",", "or"}},
		{"write to press@example.org.", []string{"write", "to", "press@example.org", "."}},
		{"Jane.Doe@example.org", []string{"Jane.Doe@example.org"}},
		{"example.com and report2.pdf", []string{"example.com", "and", "report2.pdf"}},
		// Ellipses.
		{"Wait… what... no", []string{"Wait", "…", "what", "...", "no"}},
		// Run-together sentences and other marks.
		{"end.The next", []string{"end", ".", "The", "next"}},
		{"AT&T and R&D", []string{"AT&T", "and", "R&D"}},
		{"Tom & Jerry", []string{"Tom", "&", "Jerry"}},
		{"b/c and/or", []string{"b/c", "and", "/", "or"}},
		{"#audiobooks ***", []string{"#audiobooks", "***"}},
		{"fine :-) ok :)", []string{"fine", ":-)", "ok", ":)"}},
		// Other scripts and marks.
		{"Café Zürich naïve", []string{"Café", "Zürich", "naïve"}},
		{"Москва, 北京。", []string{"Москва", ",", "北京", "。"}},
		{"", nil},
		{" \t\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Words(tt.text)
			want := spansOf(t, tt.text, tt.want)
			if !slices.Equal(got, want) {
				t.Errorf("Words(%q) = %q, want %q", tt.text, texts(tt.text, got), tt.want)
			}
		})
	}
}

// TestWordsOffsets checks byte offsets where runes are wider than a byte.
func TestWordsOffsets(t *testing.T) {
	text := "“Zelenskyy’s team,” he said…"
	want := []chronicle.Span{
		{Start: 0, End: 3},   // “
		{Start: 3, End: 12},  // Zelenskyy
		{Start: 12, End: 16}, // ’s
		{Start: 17, End: 21}, // team
		{Start: 21, End: 22}, // ,
		{Start: 22, End: 25}, // ”
		{Start: 26, End: 28}, // he
		{Start: 29, End: 33}, // said
		{Start: 33, End: 36}, // …
	}
	if diff := cmp.Diff(want, Words(text)); diff != "" {
		t.Errorf("Words(%q) (-want +got):\n%s", text, diff)
	}
}
