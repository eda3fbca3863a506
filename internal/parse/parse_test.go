package parse

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/conllu"
	"chronicle/internal/learn"
)

// own reads the sentences written for these tests.
func own(t testing.TB) []conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile("testdata/own.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// checkTree fails t unless heads (1-based, 0 for the root) and deps are a
// tree over n words: heads in range, exactly one word on the root and
// labelled root, every word reaching the root.
func checkTree(t *testing.T, n int, heads []int, deps []string) {
	t.Helper()
	if len(heads) != n || len(deps) != n {
		t.Fatalf("%d heads and %d relations for %d words", len(heads), len(deps), n)
	}
	roots := 0
	h32 := make([]int32, n+1)
	h32[0] = -1
	for i, h := range heads {
		if h < 0 || h > n || h == i+1 {
			t.Fatalf("word %d: head %d out of range", i+1, h)
		}
		if (h == 0) != (deps[i] == "root") {
			t.Fatalf("word %d: head %d with relation %q", i+1, h, deps[i])
		}
		if deps[i] == "" {
			t.Fatalf("word %d: no relation", i+1)
		}
		if h == 0 {
			roots++
		}
		h32[i+1] = int32(h)
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d words on the root, want 1: %v", roots, heads)
	}
	if !isTree(h32) {
		t.Fatalf("heads %v are not a tree", heads)
	}
}

// randomSentence returns n made-up words with tags drawn from the tags the
// parser knows and some it does not.
func randomSentence(r *rand.Rand, n int) (words, xpos, upos []string) {
	xs := []string{"NN", "NNP", "VBD", "DT", "IN", ".", ",", "JJ", "RB", "PRP", "CD", "", "XYZ"}
	us := []string{"NOUN", "PROPN", "VERB", "DET", "ADP", "PUNCT", "ADJ", "ADV", "PRON", "NUM", "", "X"}
	for range n {
		words = append(words, strings.Repeat(string(rune('a'+r.IntN(26))), 1+r.IntN(4)))
		xpos = append(xpos, xs[r.IntN(len(xs))])
		upos = append(upos, us[r.IntN(len(us))])
	}
	return words, xpos, upos
}

func TestEveryParseIsATree(t *testing.T) {
	p := Default()
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		words, xpos, upos := randomSentence(r, r.IntN(60))
		heads, deps := p.ParseWords(words, xpos, upos)
		checkTree(t, len(words), heads, deps)
	}
}

func FuzzParseWords(f *testing.F) {
	f.Add("Trump met Zelenskyy in Rome .", uint64(1))
	f.Add("", uint64(2))
	f.Add("a , , , b", uint64(3))
	p := Default()
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		words := strings.Fields(text)
		r := rand.New(rand.NewPCG(seed, 0))
		_, xpos, upos := randomSentence(r, len(words))
		heads, deps := p.ParseWords(words, xpos, upos)
		checkTree(t, len(words), heads, deps)
	})
}

func TestParseDocument(t *testing.T) {
	// Two sentences, the second with its tokens after the first's, parsed
	// with the tags a tagger would give them.
	text := "Trump met Zelenskyy in Rome. Protesters marched."
	type tok struct{ word, xpos, upos string }
	sents := [][]tok{
		{{"Trump", "NNP", "PROPN"}, {"met", "VBD", "VERB"}, {"Zelenskyy", "NNP", "PROPN"}, {"in", "IN", "ADP"}, {"Rome", "NNP", "PROPN"}, {".", ".", "PUNCT"}},
		{{"Protesters", "NNS", "NOUN"}, {"marched", "VBD", "VERB"}, {".", ".", "PUNCT"}},
	}
	d := chronicle.NewDocument(&chronicle.Article{Text: text})
	at := 0
	for si, s := range sents {
		for _, w := range s {
			start := strings.Index(text[at:], w.word) + at
			at = start + len(w.word)
			d.Tokens = append(d.Tokens, chronicle.Token{Span: chronicle.Span{Start: start, End: at}, Sentence: si, Tag: w.xpos, UPOS: w.upos, Head: -1})
		}
	}
	Default().Parse(d)
	got := make([]string, len(d.Tokens))
	for i, tk := range d.Tokens {
		head := "ROOT"
		if tk.Head >= 0 {
			if d.Tokens[tk.Head].Sentence != tk.Sentence {
				t.Fatalf("token %d: head %d in another sentence", i, tk.Head)
			}
			head = d.Text(d.Tokens[tk.Head].Span)
		}
		got[i] = d.Text(tk.Span) + "<" + tk.Dep + "-" + head
	}
	// Where "in Rome" attaches (to the meeting or to Zelenskyy) is the
	// model's guess; who met whom is not.
	want := []string{"Trump<nsubj-met", "met<root-ROOT", "Zelenskyy<obj-met", "in<case-Rome", ".<punct-met",
		"Protesters<nsubj-marched", "marched<root-ROOT", ".<punct-marched"}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no arc %s in %v", w, got)
		}
	}
}

func TestLoadRejectsCorruptInput(t *testing.T) {
	var good bytes.Buffer
	if err := Default().Encode(&good); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bytes.NewReader(good.Bytes())); err != nil {
		t.Fatalf("the encoded model does not load: %v", err)
	}
	// A model whose moves are not the parser's.
	wrong, err := learn.NewModel([]string{"a", "b"}, 4)
	if err != nil {
		t.Fatal(err)
	}
	var other bytes.Buffer
	if err := wrong.Encode(&other, 0); err != nil {
		t.Fatal(err)
	}
	var wrongMoves bytes.Buffer
	wrongMoves.WriteString(magic)
	for range 2 {
		wrongMoves.WriteByte(byte(other.Len()))
		wrongMoves.Write(other.Bytes())
	}
	flipped := bytes.Clone(good.Bytes())
	flipped[len(magic)+40] ^= 0xff

	inputs := map[string][]byte{
		"empty":       nil,
		"garbage":     []byte("not a parser at all, but long enough to read a header from"),
		"magic only":  []byte(magic),
		"truncated":   good.Bytes()[:good.Len()/2],
		"extra bytes": append(bytes.Clone(good.Bytes()), 0),
		"wrong moves": wrongMoves.Bytes(),
		"flipped":     flipped,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(in))
			if err == nil {
				t.Fatal("Load succeeded")
			}
			if !errors.Is(err, errCorrupt) {
				t.Errorf("error %v does not wrap errCorrupt", err)
			}
		})
	}
}

// small are the options of the training tests: few buckets, few passes.
var small = TrainOptions{Iterations: 4, MoveBits: 14, LabelBits: 12}

// trainedBytes trains on sents with the small options and encodes the
// parser.
func trainedBytes(t *testing.T, sents []conllu.Sentence) []byte {
	t.Helper()
	p, err := Train(sents, small, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := p.Encode(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTrainIsDeterministic(t *testing.T) {
	sents := own(t)
	if a, b := trainedBytes(t, sents), trainedBytes(t, sents); !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same sentences encode to different bytes")
	}
}

func TestTrainIsDeterministicOnTreebank(t *testing.T) {
	sents, err := conllu.ReadFile(treebank(t, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	sents = sents[:300]
	if a, b := trainedBytes(t, sents), trainedBytes(t, sents); !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same sentences encode to different bytes")
	}
}

func TestTrainLearnsItsData(t *testing.T) {
	sents := own(t)
	opts := small
	opts.Iterations = 10
	p, err := Train(sents, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var a Attachment
	for i := range sents {
		s := &sents[i]
		var xpos, upos []string
		for _, w := range s.Words {
			xpos, upos = append(xpos, w.XPOS), append(upos, w.UPOS)
		}
		heads, deps := p.ParseWords(s.Forms(), xpos, upos)
		checkTree(t, len(s.Words), heads, deps)
		if err := a.Add(s, heads, deps); err != nil {
			t.Fatal(err)
		}
	}
	// The one non-projective arc cannot be right.
	if a.UAS() < 0.95 || a.LAS() < 0.9 {
		t.Errorf("on its own training sentences: UAS %.3f, LAS %.3f", a.UAS(), a.LAS())
	}
}

func TestTrainRejectsBadTrees(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(w []conllu.Word)
		inErr string
	}{
		{"head out of range", func(w []conllu.Word) { w[0].Head = 99 }, "head 99 out of range"},
		{"unspecified head", func(w []conllu.Word) { w[0].Head = -1 }, "head -1 out of range"},
		{"cycle", func(w []conllu.Word) { w[0].Head, w[1].Head = 2, 1 }, "not form a tree"},
		{"no relation", func(w []conllu.Word) { w[2].Deprel = "_" }, "no relation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := own(t)
			sents[1].Words = append([]conllu.Word(nil), sents[1].Words...)
			tt.edit(sents[1].Words)
			_, err := Train(sents, small, nil)
			if err == nil {
				t.Fatal("Train succeeded")
			}
			if !strings.Contains(err.Error(), tt.inErr) || !strings.Contains(err.Error(), `"own-2"`) {
				t.Errorf("error %q does not name the sentence and the problem (%q)", err, tt.inErr)
			}
		})
	}
}

func TestAttachmentScores(t *testing.T) {
	s := own(t)[0] // Trump met Zelenskyy in Rome .
	var a Attachment
	heads := []int{2, 0, 2, 5, 2, 5}                                  // the full stop on Rome
	deps := []string{"nsubj", "root", "iobj", "case", "obl", "punct"} // Zelenskyy mislabelled
	if err := a.Add(&s, heads, deps); err != nil {
		t.Fatal(err)
	}
	if a.UAS() != 5.0/6 || a.LAS() != 4.0/6 || a.UASNoPunct() != 1 || a.LASNoPunct() != 4.0/5 {
		t.Errorf("UAS %.3f LAS %.3f, without punctuation %.3f %.3f; want 5/6, 4/6, 1, 4/5", a.UAS(), a.LAS(), a.UASNoPunct(), a.LASNoPunct())
	}
	if err := a.Add(&s, heads[:2], deps[:2]); err == nil {
		t.Error("a parse of the wrong length was scored")
	}
}
