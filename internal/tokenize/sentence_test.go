package tokenize

import (
	"chronicle/internal/chronicletest"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He left. She stayed.", []string{"He left.", "She stayed."}},
		{"Did he? Yes! He did.", []string{"Did he?", "Yes!", "He did."}},
		{"  Leading and trailing space.  ", []string{"Leading and trailing space."}},
		{"no final stop", []string{"no final stop"}},
		// Quotations.
		{"“The talks were useful. More will follow,” a spokesman said on Monday.",
			[]string{"“The talks were useful.", "More will follow,” a spokesman said on Monday."}},
		{"“We are ready.” The minister left.", []string{"“We are ready.”", "The minister left."}},
		{`"We are ready." The minister left.`, []string{`"We are ready."`, "The minister left."}},
		{"“Are we ready?” she asked.", []string{"“Are we ready?” she asked."}},
		{"“It ends here.” he wrote, twice.", []string{"“It ends here.” he wrote, twice."}},
		{"He said so. “No,” she replied.", []string{"He said so.", "“No,” she replied."}},
		{"Prices rose (a lot.) Then they fell.", []string{"Prices rose (a lot.)", "Then they fell."}},
		// Abbreviations and initials.
		{"The U.S. President spoke.", []string{"The U.S. President spoke."}},
		{"He lives in the U.S. The next day he left.", []string{"He lives in the U.S.", "The next day he left."}},
		{"Dr. Smith met Gen. Jones and Sen. Brown.", []string{"Dr. Smith met Gen. Jones and Sen. Brown."}},
		{"Mr. The Rock is a name.", []string{"Mr. The Rock is a name."}},
		{"J. D. Vance spoke. He left.", []string{"J. D. Vance spoke.", "He left."}},
		{"J.D. Vance spoke.", []string{"J.D. Vance spoke."}},
		{"Apple Inc. said it would. Sales rose.", []string{"Apple Inc. said it would.", "Sales rose."}},
		{"They met at 10 a.m. The talks lasted an hour.", []string{"They met at 10 a.m.", "The talks lasted an hour."}},
		{"They met at 10 a.m. Friday.", []string{"They met at 10 a.m. Friday."}},
		{`The U.N. "will act," he said.`, []string{`The U.N. "will act," he said.`}},
		{"It was signed on Jan. 5 in Rome.", []string{"It was signed on Jan. 5 in Rome."}},
		{"Books, films, etc. The list goes on.", []string{"Books, films, etc.", "The list goes on."}},
		{"No. 10 Downing Street said so.", []string{"No. 10 Downing Street said so."}},
		{"He said no. The end.", []string{"He said no.", "The end."}},
		{"Compare e.g. Paris.", []string{"Compare e.g. Paris."}},
		// Numbers and ellipses.
		{"It rose 3.5 percent. Shares fell.", []string{"It rose 3.5 percent.", "Shares fell."}},
		{"He won. 2025 was good.", []string{"He won.", "2025 was good."}},
		{"Wait... What happened?", []string{"Wait...", "What happened?"}},
		{"Wait… and then it came.", []string{"Wait… and then it came."}},
		{"Visit www.example.org. It helps.", []string{"Visit www.example.org.", "It helps."}},
		// Line breaks.
		{"Council backs flood wall\nPORTVALE — The council voted.", []string{"Council backs flood wall", "PORTVALE — The council voted."}},
		{"First paragraph without a stop\n\nsecond paragraph", []string{"First paragraph without a stop", "second paragraph"}},
		{"first\r\n\r\nsecond", []string{"first", "second"}},
		{"a line wrapped\nin the middle.", []string{"a line wrapped\nin the middle."}},
		{"Dear Sir,\nThank you.", []string{"Dear Sir,\nThank you."}},
		{"What happens next\n\nThe city will seek bids.", []string{"What happens next", "The city will seek bids."}},
		{"", nil},
		{"\n\n \t", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Sentences(tt.text)
			want := spansOf(t, tt.text, tt.want)
			if !slices.Equal(got, want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.text, texts(tt.text, got), tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	text := "“Talks went well. More soon,” Dr. Ortiz said.\n\nNext"
	sentences, tokens := Tokenize(text)
	wantSentences := []string{"“Talks went well.", "More soon,” Dr. Ortiz said.", "Next"}
	if got := texts(text, sentences); !slices.Equal(got, wantSentences) {
		t.Fatalf("sentences = %q, want %q", got, wantSentences)
	}
	wantTokens := []struct {
		text     string
		sentence int
	}{
		{"“", 0}, {"Talks", 0}, {"went", 0}, {"well", 0}, {".", 0},
		{"More", 1}, {"soon", 1}, {",", 1}, {"”", 1}, {"Dr.", 1}, {"Ortiz", 1}, {"said", 1}, {".", 1},
		{"Next", 2},
	}
	if len(tokens) != len(wantTokens) {
		t.Fatalf("got %d tokens, want %d", len(tokens), len(wantTokens))
	}
	for i, tok := range tokens {
		w := wantTokens[i]
		if got := text[tok.Start:tok.End]; got != w.text || tok.Sentence != w.sentence || tok.Head != -1 {
			t.Errorf("token %d = %q in sentence %d with head %d, want %q in sentence %d with head -1",
				i, got, tok.Sentence, tok.Head, w.text, w.sentence)
		}
	}
}

// TestSeedArticle splits the example article Chronicle is built around, in
// ../shared: seventeen sentences, each ending with a full stop and none
// starting in lower case (the dated header line aside), so that a quotation
// ending in a stop and going on after a comma is split where the stop is.
func TestSeedArticle(t *testing.T) {
	path := chronicletest.Shared(t, "seed/000_8141e75181dc3b6f.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%s: %v", path, err)
	}
	text := string(b)
	sentences := Sentences(text)
	if len(sentences) != 17 {
		t.Errorf("got %d sentences, want 17:\n%s", len(sentences), strings.Join(texts(text, sentences), "\n"))
	}
	for i, s := range sentences {
		sentence := text[s.Start:s.End]
		if !strings.HasSuffix(sentence, ".") {
			t.Errorf("sentence %d does not end with a full stop: %q", i, sentence)
		}
		r, _ := utf8.DecodeRuneInString(sentence)
		if i > 0 && !unicode.IsUpper(r) && r != '“' {
			t.Errorf("sentence %d starts in lower case: %q", i, sentence)
		}
		if strings.Contains(sentence, "\n") {
			t.Errorf("sentence %d spans a line break: %q", i, sentence)
		}
	}
}
