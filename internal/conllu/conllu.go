// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies: one word a line with ten tab-separated fields, comments
// starting with '#', and a blank line after each sentence.
//
// It keeps the syntactic words of each sentence. Multiword-token lines
// (IDs such as "3-4", the surface form of a contraction) and empty nodes
// (IDs such as "8.1", used by enhanced dependencies) are checked for shape
// and skipped. The tagger trains on what Read returns, and the scorers
// compare against it.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// A Word is one syntactic word of a sentence. Fields a treebank leaves
// unspecified hold "_"; Head is -1 when it is unspecified.
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // the word as written
	Lemma  string
	UPOS   string // Universal POS tag
	XPOS   string // language-specific tag: Penn Treebank for English
	Feats  string
	Head   int // ID of the head word, 0 for the root
	Deprel string
	Deps   string
	Misc   string
}

// A Sentence is the words of one sentence with its identifier and text
// when the treebank gives them ("# sent_id = …", "# text = …").
type Sentence struct {
	ID    string
	Text  string
	Line  int // line number of the sentence's first word
	Words []Word
}

// Forms returns the forms of s's words.
func (s *Sentence) Forms() []string {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	return forms
}

// ReadFile reads the CoNLL-U file at path.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads the sentences of a CoNLL-U file. name names the input in
// errors, which read "name:line: problem". A malformed line is an error: a
// line without ten fields, an ID that is not a number, a range or a decimal,
// words whose IDs do not run 1, 2, 3…, or a head that is not a number.
func Read(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if len(cur.Words) == 0 {
				comment(&cur, text)
			}
			continue
		}
		w, skip, err := parseWord(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if skip {
			continue
		}
		if want := len(cur.Words) + 1; w.ID != want {
			return nil, fmt.Errorf("%s:%d: word ID %d, want %d", name, line, w.ID, want)
		}
		if len(cur.Words) == 0 {
			cur.Line = line
		}
		cur.Words = append(cur.Words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	flush()
	return out, nil
}

// comment records the sentence metadata a comment line carries.
func comment(s *Sentence, text string) {
	key, value, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(text, "#")), "=")
	if !ok {
		return
	}
	switch strings.TrimSpace(key) {
	case "sent_id":
		s.ID = strings.TrimSpace(value)
	case "text":
		s.Text = strings.TrimSpace(value)
	}
}

// parseWord parses one word line. skip reports a multiword-token or
// empty-node line, which is well formed but not a syntactic word.
func parseWord(text string) (w Word, skip bool, err error) {
	var f [10]string
	rest := text
	for i := range 9 {
		var ok bool
		f[i], rest, ok = strings.Cut(rest, "\t")
		if !ok {
			return w, false, fmt.Errorf("%d tab-separated fields, want 10", i+1)
		}
	}
	if strings.Contains(rest, "\t") {
		return w, false, fmt.Errorf("%d tab-separated fields, want 10", strings.Count(text, "\t")+1)
	}
	f[9] = rest

	id := f[0]
	if a, b, ok := strings.Cut(id, "-"); ok {
		if !isNumber(a) || !isNumber(b) {
			return w, false, fmt.Errorf("ID %q: malformed range", id)
		}
		return w, true, nil
	}
	if a, b, ok := strings.Cut(id, "."); ok {
		if !isNumber(a) || !isNumber(b) {
			return w, false, fmt.Errorf("ID %q: malformed empty node", id)
		}
		return w, true, nil
	}
	if !isNumber(id) {
		return w, false, fmt.Errorf("ID %q: not a number", id)
	}
	w.ID, _ = strconv.Atoi(id)
	if w.ID == 0 {
		return w, false, fmt.Errorf("ID 0: word IDs start at 1")
	}
	if f[1] == "" {
		return w, false, fmt.Errorf("word %d: empty FORM", w.ID)
	}
	w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats = f[1], f[2], f[3], f[4], f[5]
	w.Head = -1
	if f[6] != "_" {
		if !isNumber(f[6]) {
			return w, false, fmt.Errorf("word %d: HEAD %q: not a number", w.ID, f[6])
		}
		w.Head, _ = strconv.Atoi(f[6])
	}
	w.Deprel, w.Deps, w.Misc = f[7], f[8], f[9]
	return w, false, nil
}

func isNumber(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
