package ner

import (
	"os"
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/internal/tokenize"
)

// shared returns the path of the team's shared data folder, ../shared from
// the module root, skipping the test when it is absent.
func shared(t testing.TB) string {
	t.Helper()
	s := sharedDir()
	if s == "" {
		t.Skip("shared data (../shared from the module root) not found")
	}
	return s
}

// sharedDir returns ../shared from the module root, or "" when it has no
// data folder.
func sharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	s := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(s, "data")); err != nil {
		return ""
	}
	return s
}

// document tokenizes text into a Document as the pipeline would.
func document(text string) *chronicle.Document {
	d := chronicle.NewDocument(&chronicle.Article{Text: text})
	d.Sentences, d.Tokens = tokenize.Tokenize(text)
	return d
}

// names returns "TYPE text" for each name in d.
func names(d *chronicle.Document) []string {
	var out []string
	for _, n := range d.Names {
		out = append(out, string(n.Type)+" "+d.Text(n.Span))
	}
	return out
}
