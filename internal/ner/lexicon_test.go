package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t *testing.T, text string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(text))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadLexicon(t *testing.T) {
	l, err := ReadLexicon(bytes.NewReader(gz(t, "oslo\t3\t17\t250\t6\nUS\t3\t17\t251\t6\nsaid\t1\t2\t3\t1\n")))
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 3 {
		t.Fatalf("Len = %d, want 3", l.Len())
	}
	if e := l.words["oslo"]; e.clus != [3]uint16{4, 18, 251} || e.capr != 6 {
		t.Fatalf("oslo = %+v", e)
	}
	var buf bytes.Buffer
	if _, err := l.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ReadLexicon(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for w, e := range l.words {
		if again.words[w] != e {
			t.Errorf("%q: %+v after a round trip, want %+v", w, again.words[w], e)
		}
	}
}

func TestReadLexiconErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"too few fields", "oslo\t1\t2\t3\n", "line 1"},
		{"too many fields", "oslo\t1\t2\t3\t4\t5\n", "line 1"},
		{"not a number", "said\t1\t2\t3\t1\noslo\t1\tx\t3\t4\n", "line 2: field 3"},
		{"capitalization too high", "oslo\t1\t2\t3\t9\n", "capitalization 9"},
		{"no word", "\t1\t2\t3\t4\n", "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLexicon(bytes.NewReader(gz(t, tt.text)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := ReadLexicon(strings.NewReader("plain text")); err == nil {
		t.Error("text that is not gzip was read")
	}
}

func TestBuildLexicon(t *testing.T) {
	var sentences [][]string
	for range 6 {
		for _, s := range []string{
			"The talks in Oslo ended on Monday .",
			"The talks in Paris ended on Friday .",
			"Officials in Oslo said the US would help .",
			"Officials in Paris said the US would help us .",
			"She said talks would resume in Oslo on Friday .",
		} {
			sentences = append(sentences, strings.Fields(s))
		}
	}
	build := func() []byte {
		var buf bytes.Buffer
		if _, err := BuildLexicon(sentences, nil).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a := build()
	if !bytes.Equal(a, build()) {
		t.Fatal("two builds from the same sentences differ")
	}
	l, err := ReadLexicon(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	oslo, ok := l.words["oslo"]
	if !ok {
		t.Fatal("oslo not in the lexicon")
	}
	if oslo.capr != uint8(len(capBuckets)) {
		t.Errorf("oslo capitalization bucket %d, want the top one", oslo.capr)
	}
	if the := l.words["the"]; the.capr != 1 {
		t.Errorf("the: capitalization bucket %d, want 1", the.capr)
	}
	if _, ok := l.words["US"]; !ok {
		t.Error("the acronym US is not kept apart from us")
	}
	if l.words["oslo"].clus[2] != l.words["paris"].clus[2] && l.words["monday"].clus[2] != l.words["friday"].clus[2] {
		t.Error("neither Oslo and Paris nor Monday and Friday share a cluster")
	}
}
