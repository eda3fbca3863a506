package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"chronicle/internal/eval"
	"chronicle/internal/ner"
	"chronicle/internal/tokenize"
)

// trainNER runs `chronicle train ner`: it trains the name recognizer on the
// CoNLL-2003 training set with the word lexicon, reports its scores on the
// development set (eng.testa) and writes the model. With --build-lexicon it
// first rebuilds the lexicon from the Wikinews texts and the training words.
func trainNER(ctx context.Context, e *env, args []string) error {
	fs, data, out := trainFlags(e, "ner", filepath.Join("internal", "ner", "model", "ner.model"))
	var opts ner.TrainOptions
	fs.IntVar(&opts.Epochs, "epochs", 0, "passes over the training data (0: the default)")
	fs.UintVar(&opts.Bits, "bits", 0, "log2 of the number of feature buckets (0: the default)")
	lexPath := fs.String("lexicon", filepath.Join("internal", "ner", "model", "lexicon.tsv.gz"), "the word lexicon `file` (empty: none)")
	fs.BoolVar(&opts.SecondPass, "second-pass", false, "also train a second pass that relabels documents seeing the first pass's labels")
	build := fs.Bool("build-lexicon", false, "rebuild the lexicon file from the Wikinews texts and the training words first")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	dir := filepath.Join(*data, "conll2003")
	train, err := eval.ReadCoNLLFile(filepath.Join(dir, "eng.train"))
	if err != nil {
		return err
	}
	dev, err := eval.ReadCoNLLFile(filepath.Join(dir, "eng.testa"))
	if err != nil {
		return err
	}
	docs := ner.DocsOf(train)

	if *build {
		if *lexPath == "" {
			return fmt.Errorf("--build-lexicon needs --lexicon FILE")
		}
		if err := buildLexicon(e, *data, docs, *lexPath); err != nil {
			return err
		}
	}
	if *lexPath != "" {
		f, err := os.Open(*lexPath)
		if err != nil {
			return err
		}
		opts.Lexicon, err = ner.ReadLexicon(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *lexPath, err)
		}
	}
	opts.Dev = ner.DocsOf(dev)

	began := time.Now()
	rec, err := ner.Train(docs, opts, e.stderr)
	if err != nil {
		return err
	}
	took := time.Since(began)
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := rec.Encode(&buf); err != nil {
		return err
	}
	// Score the model as it will be loaded: pruned and quantized.
	loaded, err := ner.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	score := loaded.Evaluate(opts.Dev)
	fmt.Fprintf(e.stdout, "trained on %d documents in %s; wrote %s (%.1f MB)\n", len(docs), took.Round(time.Second), *out, float64(buf.Len())/1e6)
	fmt.Fprintf(e.stdout, "eng.testa:\n")
	printChunkScore(e, score)
	return nil
}

// buildLexicon rebuilds the lexicon at path from the unannotated news in
// the data folder (the Wikinews articles, the PolNeAR texts and the ECB+
// tokens) and the words of docs.
func buildLexicon(e *env, data string, docs []ner.Doc, path string) error {
	var texts []string
	for _, name := range []string{"politics.jsonl", "economy.jsonl"} {
		t, err := readWikinewsTexts(filepath.Join(data, "wikinews", name))
		if err != nil {
			return err
		}
		texts = append(texts, t...)
	}
	for _, split := range []string{"train", "dev"} {
		files, err := filepath.Glob(filepath.Join(data, "polnear", split, "text", "*.txt"))
		if err != nil {
			return err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			texts = append(texts, string(b))
		}
	}
	var sentences [][]string
	for _, text := range texts {
		_, toks := tokenize.Tokenize(text)
		for i, t := range toks {
			if i == 0 || t.Sentence != toks[i-1].Sentence {
				sentences = append(sentences, nil)
			}
			last := &sentences[len(sentences)-1]
			*last = append(*last, text[t.Start:t.End])
		}
	}
	ecb, err := readECBSentences(filepath.Join(data, "ecbplus", "ECB+"))
	if err != nil {
		return err
	}
	sentences = append(sentences, ecb...)
	for _, d := range docs {
		for _, s := range d.Sentences {
			sentences = append(sentences, s.Words)
		}
	}
	began := time.Now()
	lex := ner.BuildLexicon(sentences, e.stderr)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := lex.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "lexicon: %d words from %d texts in %s, wrote %s\n", lex.Len(), len(texts), time.Since(began).Round(time.Second), path)
	return nil
}

// readWikinewsTexts returns the "text" field of each JSON line of the file
// at path.
func readWikinewsTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	dec := json.NewDecoder(bufio.NewReader(f))
	for n := 1; ; n++ {
		var a struct {
			Text string `json:"text"`
		}
		if err := dec.Decode(&a); err == io.EOF {
			return texts, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, n, err)
		}
		texts = append(texts, a.Text)
	}
}

// readECBSentences returns the tokenized sentences of the ECB+ XML files in
// the topic folders below dir, in file-name order.
func readECBSentences(dir string) ([][]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out [][]string
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var doc struct {
			Tokens []struct {
				Sentence string `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			} `xml:"token"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		for i, t := range doc.Tokens {
			if i == 0 || t.Sentence != doc.Tokens[i-1].Sentence {
				out = append(out, nil)
			}
			out[len(out)-1] = append(out[len(out)-1], t.Text)
		}
	}
	return out, nil
}
