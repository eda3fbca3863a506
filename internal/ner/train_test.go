package ner

import (
	"bytes"
	"strings"
	"testing"
)

// ownDocs are made-up annotated documents, written as word/label tokens.
var ownDocs = [][]string{
	{
		"Anna/I-PER Berg/I-PER visited/O Oslo/I-LOC on/O Monday/O ./O",
		"Berg/I-PER met/O officials/O of/O the/O Nordic/I-ORG Council/I-ORG ./O",
		"The/O Norwegian/I-MISC government/O welcomed/O her/O ./O",
	},
	{
		"Shares/O in/O Polar/I-ORG Mining/I-ORG fell/O in/O Toronto/I-LOC ./O",
		"Chief/O executive/O Marc/I-PER Dubois/I-PER said/O demand/O from/O China/I-LOC was/O weak/O ./O",
		"Dubois/I-PER added/O that/O Polar/I-ORG would/O cut/O costs/O ./O",
	},
	{
		"TENNIS/O -/O KOVAC/I-PER BEATS/O LINDQVIST/I-PER IN/O MADRID/I-LOC ./O",
		"Petra/I-PER Kovac/I-PER of/O Croatia/I-LOC won/O the/O Madrid/I-MISC Open/I-MISC final/O ./O",
		"Kovac/I-PER will/O play/O in/O Rome/I-LOC next/O week/O ./O",
	},
}

func parseOwn(t testing.TB) []Doc {
	var docs []Doc
	for _, lines := range ownDocs {
		var d Doc
		for _, line := range lines {
			var s Sentence
			for _, tok := range strings.Fields(line) {
				i := strings.LastIndexByte(tok, '/')
				s.Words = append(s.Words, tok[:i])
				s.Labels = append(s.Labels, tok[i+1:])
			}
			d.Sentences = append(d.Sentences, s)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestTrainIsDeterministic(t *testing.T) {
	docs := parseOwn(t)
	opts := TrainOptions{Epochs: 4, Bits: 14, SecondPass: true}
	encode := func() []byte {
		r, err := Train(docs, opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := r.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := encode(), encode()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data encode to different bytes")
	}
	r, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	// The model learns its training data.
	s := r.Evaluate(docs)
	if f1 := s.Overall.F1(); f1 < 0.9 {
		t.Fatalf("F1 %.2f on the training documents, want ≥ 0.9", f1)
	}
	if r.second == nil {
		t.Fatal("no second pass")
	}
}

func TestTrainOnePass(t *testing.T) {
	r, err := Train(parseOwn(t), TrainOptions{Epochs: 3, Bits: 12}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.second != nil {
		t.Fatal("a second pass without SecondPass")
	}
	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(&buf); err != nil {
		t.Fatal(err)
	}
}

func TestTrainRejectsBadData(t *testing.T) {
	tests := []struct {
		name string
		doc  Doc
		want string
	}{
		{"unknown type", Doc{Sentences: []Sentence{{Words: []string{"Oslo"}, Labels: []string{"I-GPE"}}}}, "document 1 sentence 1: label I-GPE"},
		{"length mismatch", Doc{Sentences: []Sentence{{Words: []string{"Oslo", "."}, Labels: []string{"I-LOC"}}}}, "2 words, 1 labels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Train([]Doc{tt.doc}, TrainOptions{Epochs: 1, Bits: 10}, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}
