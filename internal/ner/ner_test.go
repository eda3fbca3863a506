package ner

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/eval"
)

func TestRecognize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{
			"US President Donald Trump met Ukrainian leader Volodymyr Zelenskyy in Rome .",
			[]string{"LOC US", "PERSON Donald Trump", "MISC Ukrainian", "PERSON Volodymyr Zelenskyy", "LOC Rome"},
		},
		{
			"British Prime Minister Keir Starmer spoke to reporters in London on Monday.",
			[]string{"MISC British", "PERSON Keir Starmer", "LOC London"},
		},
		{
			"Vice President J D Vance flew to Kyiv on Tuesday.",
			[]string{"PERSON J D Vance", "LOC Kyiv"},
		},
		{
			"Ukrainian President Volodymyr Zelenskyy’s chief of staff, Andriy Yermak, said the talks in Geneva were useful.",
			[]string{"MISC Ukrainian", "PERSON Volodymyr Zelenskyy", "PERSON Andriy Yermak", "LOC Geneva"},
		},
		{
			"Shares of Microsoft fell in New York after the Federal Reserve raised rates.",
			[]string{"ORG Microsoft", "LOC New York", "ORG Federal Reserve"},
		},
		{
			"SOCCER - JAPAN BEAT CHINA IN QUALIFIER .",
			[]string{"LOC JAPAN", "LOC CHINA"},
		},
		{
			"President Zelenskyy met privately today with the pope .",
			[]string{"PERSON Zelenskyy"},
		},
		{
			"J D Vance told reporters on Monday that talks would go on .",
			[]string{"PERSON J D Vance"},
		},
		{
			"George W Bush and Dick Cheney spoke in Texas .",
			[]string{"PERSON George W Bush", "PERSON Dick Cheney", "LOC Texas"},
		},
		{
			"Osama bin Laden was killed in Abbottabad .",
			[]string{"PERSON Osama bin Laden", "LOC Abbottabad"},
		},
		{
			"The sonatas of Ludwig van Beethoven were played in Bonn .",
			[]string{"PERSON Ludwig van Beethoven", "LOC Bonn"},
		},
		{
			"The Bank of England raised rates .",
			[]string{"ORG Bank of England"},
		},
		{
			"the minister said on monday that prices would rise again next year.",
			nil,
		},
	}
	r := Default()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := document(tt.text)
			r.Recognize(d)
			if got := names(d); !slices.Equal(got, tt.want) {
				t.Fatalf("names = %q\nwant    %q", got, tt.want)
			}
		})
	}
}

func TestRecognizeInvariants(t *testing.T) {
	d := document(ownArticle)
	Default().Recognize(d)
	if len(d.Names) < 8 {
		t.Fatalf("only %d names in the test article: %q", len(d.Names), names(d))
	}
	prev := 0
	for _, n := range d.Names {
		if !n.Valid(len(ownArticle)) || n.Len() == 0 || n.Start < prev {
			t.Fatalf("bad span %+v after offset %d", n.Span, prev)
		}
		prev = n.End
		if n.Score <= 0 || n.Score > 1 {
			t.Errorf("%q: score %v outside (0, 1]", d.Text(n.Span), n.Score)
		}
		inOne := false
		for _, s := range d.Sentences {
			inOne = inOne || s.Contains(n.Span)
		}
		if !inOne {
			t.Errorf("%q crosses a sentence boundary", d.Text(n.Span))
		}
	}
	want := []string{"LOC Tromsø", "LOC Norway", "MISC Norwegian", "PERSON Ingrid Halvorsen", "ORG European Commission", "LOC Paris", "ORG Equinor", "LOC Helsinki", "LOC Finland"}
	got := names(d)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	// Labelling again gives the same names: no state leaks between calls.
	before := slices.Clone(d.Names)
	Default().Recognize(document("Nothing here ."))
	Default().Recognize(d)
	if !slices.Equal(before, d.Names) {
		t.Fatal("a second run over the same document gives other names")
	}
}

func TestRecognizeEmpty(t *testing.T) {
	d := document("")
	Default().Recognize(d)
	if len(d.Names) != 0 {
		t.Fatalf("names in an empty document: %v", d.Names)
	}
}

func TestTagWords(t *testing.T) {
	words := strings.Fields("Angela Merkel visited the United Nations in New York .")
	got := Default().TagWords(words)
	want := []string{"B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"}
	if !slices.Equal(got, want) {
		t.Fatalf("TagWords = %q, want %q", got, want)
	}
	if got := Default().TagWords(nil); len(got) != 0 {
		t.Fatalf("TagWords(nil) = %q", got)
	}
}

// TestSeedArticle checks the names a reader takes from the example article.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(shared(t), "seed", "000_8141e75181dc3b6f.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := document(string(b))
	Default().Recognize(d)
	got := names(d)
	for _, w := range []string{
		"PERSON Donald Trump", "PERSON Volodymyr Zelenskyy", "PERSON Keir Starmer", "PERSON Emmanuel Macron",
		"PERSON J D Vance", "PERSON Steven Cheung", "PERSON Andriy Yermak", "PERSON Zelenskyy", "PERSON Trump",
		"LOC Rome", "LOC Kyiv", "LOC Moscow", "LOC Crimea", "LOC Ukraine", "LOC US", "MISC Ukrainian",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q", w)
		}
	}
	for _, n := range d.Names {
		if text := d.Text(n.Span); text == "White House" || text == "Oval Office" {
			continue
		} else if strings.Contains(text, "President") || strings.HasPrefix(text, "US ") {
			t.Errorf("title inside a name: %q", text)
		}
	}
	t.Logf("%d names: %q", len(got), got)
}

// TestDefaultOnTesta scores the embedded model on the CoNLL-2003
// development set by the conlleval rules.
func TestDefaultOnTesta(t *testing.T) {
	docs, err := eval.ReadCoNLLFile(filepath.Join(shared(t), "data", "conll2003", "eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	s := Default().Evaluate(DocsOf(docs))
	for _, typ := range s.TypeNames() {
		c := s.Types[typ]
		t.Logf("%-5s P %.2f R %.2f F1 %.2f", typ, 100*c.Precision(), 100*c.Recall(), 100*c.F1())
	}
	f1 := s.Overall.F1()
	t.Logf("overall F1 %.2f on %d names", 100*f1, s.Overall.Gold)
	if f1 < 0.90 {
		t.Fatalf("F1 %.2f on eng.testa, want ≥ 90", 100*f1)
	}
}

func TestLoadRejectsCorruptInput(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().Encode(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flipped := slices.Clone(good)
	flipped[len(magic)+40] ^= 0xff // inside the lexicon
	inputs := map[string][]byte{
		"empty":       nil,
		"garbage":     []byte("not a recognizer at all, just text"),
		"bad magic":   append([]byte("chronicle-ner-9\n"), good[len(magic):]...),
		"truncated":   good[:len(good)/2],
		"header only": good[:len(magic)+3],
		"flipped":     flipped,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(in))
			if err == nil {
				t.Fatal("Load succeeded")
			}
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
		})
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	var a, b bytes.Buffer
	if err := Default().Encode(&a); err != nil {
		t.Fatal(err)
	}
	r, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Encode(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("a loaded recognizer encodes to other bytes")
	}
	if !bytes.Equal(a.Bytes(), embedded) {
		t.Fatal("the embedded recognizer encodes to other bytes than it was loaded from")
	}
}
