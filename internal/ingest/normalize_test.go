package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean", "Rain fell.\n\nThe river rose.", "Rain fell.\n\nThe river rose."},
		{"crlf", "one\r\ntwo\r\n", "one\ntwo"},
		{"lone cr", "one\rtwo\r\rthree", "one\ntwo\n\nthree"},
		{"bom", "\uFEFFHello", "Hello"},
		{"inner bom", "Hel\uFEFFlo", "Hello"},
		{"trailing space", "Hello \t\n\n  ", "Hello"},
		{"leading blank lines", "\n\n  Hello", "Hello"},
		{"tab kept", "a\tb", "a\tb"},
		{"form feed", "page one\fpage two", "page one page two"},
		{"controls dropped", "a\x00b\x07c\x1bd\x7fe\u0085f", "abcdef"},
		{"nfc", "Cafe\u0301", "Caf\u00e9"},
		{"control between base and mark", "e\x01\u0301", "\u00e9"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"empty", "", ""},
		{"only space", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNewArticle(t *testing.T) {
	d := chronicle.NewDay(2021, 3, 4)
	tests := []struct {
		name, title, text string
		wantTitle         string
	}{
		{"given title", "  Storm  closes\n port ", "The port closed.", "Storm closes port"},
		{"title from text", "", "\n\n  Storm   closes port\nThe port closed.", "Storm closes port"},
		{"long first line cut at a space", "", strings.Repeat("word ", 60), strings.TrimSpace(strings.Repeat("word ", 40))},
		{"long word cut at a rune", "", strings.Repeat("é", 150), strings.Repeat("é", 100)},
		{"no text", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewArticle(d, tt.title, tt.text, " example.org ", " https://example.org/a ")
			if a.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", a.Title, tt.wantTitle)
			}
			if len(a.Title) > maxTitleBytes && tt.title == "" {
				t.Errorf("Title is %d bytes, want at most %d", len(a.Title), maxTitleBytes)
			}
			if a.Text != Normalize(tt.text) || a.ID != chronicle.IDOf(a.Text) || a.Date != d {
				t.Errorf("article %+v does not match its fields", a)
			}
			if a.Source != "example.org" || a.URL != "https://example.org/a" {
				t.Errorf("Source, URL = %q, %q; want them trimmed", a.Source, a.URL)
			}
		})
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "\uFEFF x \u0301", "e\x01\u0301", "\xff\xfe", "ﬁ Å Å", "\r\r\n\n \v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q, not valid UTF-8", s, n)
		}
		if Normalize(n) != n {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
		if strings.ContainsAny(n, "\r\uFEFF\x00") || n != strings.TrimSpace(n) {
			t.Fatalf("Normalize(%q) = %q keeps what it should remove", s, n)
		}
	})
}
