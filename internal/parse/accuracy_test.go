package parse_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/conllu"
	"chronicle/internal/parse"
	"chronicle/internal/tag"
	"chronicle/internal/tokenize"
)

// These tests run the parser as the pipeline does: after the tagger, on the
// tags it predicts.

// arcs parses text (tokenized and tagged by the pipeline's stages) and
// returns its arcs as "dependent<relation-head", the head "ROOT" for the
// root.
func arcs(t *testing.T, text string) map[string]bool {
	t.Helper()
	d := chronicle.NewDocument(&chronicle.Article{Text: text})
	d.Sentences, d.Tokens = tokenize.Tokenize(text)
	tag.Default().Tag(d)
	parse.Default().Parse(d)
	out := map[string]bool{}
	for _, tk := range d.Tokens {
		head := "ROOT"
		if tk.Head >= 0 {
			head = d.Text(d.Tokens[tk.Head].Span)
		}
		out[d.Text(tk.Span)+"<"+tk.Dep+"-"+head] = true
	}
	return out
}

func TestWhoDidWhatToWhom(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Trump met Zelenskyy in Rome.", []string{"Trump<nsubj-met", "Zelenskyy<obj-met", "in<case-Rome", "met<root-ROOT"}},
		{"Trump met Zelenskyy in Rome on Saturday.", []string{"Trump<nsubj-met", "Zelenskyy<obj-met", "Saturday<obl-met"}},
		{"Soldiers killed three civilians near the border.", []string{"Soldiers<nsubj-killed", "civilians<obj-killed"}},
		{"The president will visit Kyiv on Monday.", []string{"president<nsubj-visit", "Kyiv<obj-visit", "will<aux-visit"}},
		{"The talks were hosted by Italy.", []string{"talks<nsubj:pass-hosted", "Italy<obl:agent-hosted"}},
		{"The army shelled the city on Tuesday, officials said.", []string{"army<nsubj-shelled", "city<obj-shelled", "officials<nsubj-said"}},
		{"Russia accused Ukraine of attacking its border.", []string{"Russia<nsubj-accused", "Ukraine<obj-accused"}},
		{"The minister said talks would resume on Monday.", []string{"minister<nsubj-said", "talks<nsubj-resume", "resume<ccomp-said"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := arcs(t, tt.text)
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("no arc %s in %v", w, got)
				}
			}
		})
	}
}

func TestEmbeddedModelOnTest(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the EWT test set")
	}
	path := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-test.conllu")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no shared data (%v): this test needs ../shared/data/ud-english-ewt", err)
	}
	gold, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tg, p := tag.Default(), parse.Default()
	var a parse.Attachment
	for i := range gold {
		s := &gold[i]
		xpos, upos := tg.TagWords(s.Forms())
		heads, deps := p.ParseWords(s.Forms(), xpos, upos)
		if err := a.Add(s, heads, deps); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("EWT test, predicted tags: UAS %.4f LAS %.4f; without punctuation UAS %.4f LAS %.4f (%d words)",
		a.UAS(), a.LAS(), a.UASNoPunct(), a.LASNoPunct(), a.Words)
	if a.UAS() < 0.85 || a.LAS() < 0.81 {
		t.Errorf("UAS %.4f, LAS %.4f on EWT test: want at least 0.85 and 0.81", a.UAS(), a.LAS())
	}
}

// benchSentences returns the benchmark sentences, tagged.
func benchSentences(b *testing.B) (words, xpos, upos [][]string, n int) {
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		w := strings.Fields(sc.Text())
		x, u := tag.Default().TagWords(w)
		words, xpos, upos = append(words, w), append(xpos, x), append(upos, u)
		n += len(w)
	}
	return words, xpos, upos, n
}

func BenchmarkParse(b *testing.B) {
	words, xpos, upos, n := benchSentences(b)
	p := parse.Default()
	for b.Loop() {
		for i := range words {
			p.ParseWords(words[i], xpos[i], upos[i])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkParseDocument(b *testing.B) {
	text, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := chronicle.NewDocument(&chronicle.Article{Text: string(text)})
	d.Sentences, d.Tokens = tokenize.Tokenize(d.Article.Text)
	tag.Default().Tag(d)
	p := parse.Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		p.Parse(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	model, err := os.ReadFile(filepath.Join("model", "parse.model"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(model)))
	for b.Loop() {
		if _, err := parse.Load(bytes.NewReader(model)); err != nil {
			b.Fatal(err)
		}
	}
}
