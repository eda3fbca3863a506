package sqlite

import (
	"errors"
	"strings"
	"testing"

	"chronicle"
)

func TestMatchExpr(t *testing.T) {
	tests := []struct {
		query string
		want  string // "" with err set: ErrInvalid whose message holds err
		err   string
	}{
		{"budget", `"budget"`, ""},
		{"harbour budget", `"harbour" AND "budget"`, ""},
		{"Ahmadinej*", `"Ahmadinej"*`, ""},
		{`"prime minister"`, `"prime minister"`, ""},
		{`"prime min"*`, `"prime min"*`, ""},
		{"a OR b", `"a" OR "b"`, ""},
		{"a AND b NOT c", `"a" AND "b" NOT "c"`, ""},
		{"(a OR b) c", `( "a" OR "b" ) AND "c"`, ""},
		{"x (a) y", `"x" AND ( "a" ) AND "y"`, ""},
		{"a or b", `"a" AND "or" AND "b"`, ""},
		{"U.S. title:x NEAR", `"U.S." AND "title:x" AND "NEAR"`, ""},
		{"don't - ... x", `"don't" AND "x"`, ""},
		{`say"hi"`, `"say" AND "hi"`, ""},
		{"   ", "", ""},
		{"***", "", ""},
		{`"unclosed`, "", "quotation mark at character 1 is never closed"},
		{`a "b`, "", "quotation mark at character 3"},
		{"AND AND", "", "AND at character 1 needs a word before it"},
		{"a AND AND b", "", "AND at character 3 needs a word after it"},
		{"OR a", "", "OR at character 1 needs a word before it"},
		{"a NOT", "", "NOT at character 3 needs a word after it"},
		{"(a", "", "parenthesis at character 1 is never closed"},
		{"a)", "", "parenthesis at character 2 closes nothing"},
		{"()", "", "parentheses at character 1 hold no words"},
		{"(OR a)", "", "OR at character 2 needs a word before it"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, err := matchExpr(tt.query)
			if tt.err != "" {
				if !errors.Is(err, chronicle.ErrInvalid) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("matchExpr(%q) = %q, %v; want ErrInvalid saying %q", tt.query, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("matchExpr(%q) = %q, %v; want %q", tt.query, got, err, tt.want)
			}
		})
	}
}

// FuzzMatchExpr checks that whatever users type, matchExpr either rejects it
// as ErrInvalid or gives an expression FTS5 accepts.
func FuzzMatchExpr(f *testing.F) {
	for _, s := range []string{`a OR b`, `"x y"*`, `(a NOT (b c))`, `AND`, `"`, `x*y*`, `NEAR(a b)`, `a:b ^c -d +e`, "é\x00\xff"} {
		f.Add(s)
	}
	db := open(f, ":memory:")
	f.Fuzz(func(t *testing.T, query string) {
		expr, err := matchExpr(query)
		if err != nil {
			if !errors.Is(err, chronicle.ErrInvalid) {
				t.Fatalf("matchExpr(%q) error %v is not ErrInvalid", query, err)
			}
			return
		}
		if expr == "" {
			return
		}
		var n int
		if err := db.read.QueryRowContext(t.Context(), `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, expr).Scan(&n); err != nil {
			t.Fatalf("matchExpr(%q) = %q, which FTS5 rejects: %v", query, expr, err)
		}
	})
}
