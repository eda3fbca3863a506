package sqlite

import (
	"fmt"
	"strings"
	"unicode"

	"chronicle"
)

// matchExpr turns a user's search text into an FTS5 query. The syntax:
//
//	word        articles containing word (any case, accents ignored)
//	w1 w2       both words; AND between them says the same
//	"a phrase"  the words next to each other, in this order
//	word*       words starting with word; "a phr"* works on phrases too
//	a OR b      either; binds looser than AND
//	a NOT b     a but not b
//	( … )       grouping
//
// OR, AND and NOT are operators only in capitals. Every word is quoted
// before it reaches FTS5, so punctuation such as U.S., don't or title:x is
// searched as text, never read as FTS5 syntax. Words with no letter or digit
// are dropped. An unbalanced quotation mark or parenthesis, or an operator
// without a term on each side, is ErrInvalid with a message saying where.
// The result is "" when text holds no words at all.
func matchExpr(text string) (string, error) {
	toks, err := lexQuery(text)
	if err != nil {
		return "", fmt.Errorf("search %q: %v: %w", text, err, chronicle.ErrInvalid)
	}
	if len(toks) == 0 {
		return "", nil
	}
	p := &queryParser{toks: toks}
	if err := p.parseOr(); err != nil {
		return "", fmt.Errorf("search %q: %v: %w", text, err, chronicle.ErrInvalid)
	}
	if p.i < len(toks) { // only a stray ')' stops the parser early
		t := toks[p.i]
		return "", fmt.Errorf("search %q: the parenthesis at character %d closes nothing: %w", text, t.at, chronicle.ErrInvalid)
	}
	// FTS5 allows an implicit AND only between two phrases, so write every
	// one out.
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			prev := toks[i-1].kind
			if (prev == termToken || prev == closeToken) && (t.kind == termToken || t.kind == openToken) {
				b.WriteString(" AND")
			}
			b.WriteByte(' ')
		}
		b.WriteString(t.fts())
	}
	return b.String(), nil
}

type queryTokenKind int

const (
	termToken queryTokenKind = iota
	orToken
	andToken
	notToken
	openToken
	closeToken
)

type queryToken struct {
	kind   queryTokenKind
	text   string // the word or phrase, without quotes or '*'; the operator as written
	prefix bool
	at     int // 1-based character position in the query, for messages
}

// fts returns t in FTS5 syntax.
func (t queryToken) fts() string {
	if t.kind != termToken {
		return t.text
	}
	s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
	if t.prefix {
		s += "*"
	}
	return s
}

// searchable reports whether s has a letter or a digit, something the
// tokenizer keeps.
func searchable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

func lexQuery(text string) ([]queryToken, error) {
	var toks []queryToken
	rs := []rune(text)
	for i, r := range rs {
		if unicode.IsControl(r) { // NUL would end the string FTS5 sees
			rs[i] = ' '
		}
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(':
			toks = append(toks, queryToken{kind: openToken, text: "(", at: i + 1})
			i++
		case r == ')':
			toks = append(toks, queryToken{kind: closeToken, text: ")", at: i + 1})
			i++
		case r == '"':
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			if end == len(rs) {
				return nil, fmt.Errorf("the quotation mark at character %d is never closed", i+1)
			}
			t := queryToken{kind: termToken, text: string(rs[i+1 : end]), at: i + 1}
			i = end + 1
			for i < len(rs) && rs[i] == '*' {
				t.prefix = true
				i++
			}
			if searchable(t.text) {
				toks = append(toks, t)
			}
		default:
			start := i
			for i < len(rs) && !unicode.IsSpace(rs[i]) && !strings.ContainsRune(`"()`, rs[i]) {
				i++
			}
			w := string(rs[start:i])
			t := queryToken{kind: termToken, text: strings.TrimRight(w, "*"), at: start + 1}
			t.prefix = t.text != w
			switch w {
			case "OR":
				t.kind = orToken
			case "AND":
				t.kind = andToken
			case "NOT":
				t.kind = notToken
			}
			if t.kind != termToken {
				t.text = w
				toks = append(toks, t)
			} else if searchable(t.text) {
				toks = append(toks, t)
			}
		}
	}
	return toks, nil
}

// queryParser checks the token sequence against the grammar FTS5 accepts:
//
//	or   = and { "OR" and }
//	and  = not { ["AND"] not }
//	not  = unit { "NOT" unit }
//	unit = term | "(" or ")"
type queryParser struct {
	toks []queryToken
	i    int
}

func (p *queryParser) peek() (queryToken, bool) {
	if p.i < len(p.toks) {
		return p.toks[p.i], true
	}
	return queryToken{}, false
}

func (p *queryParser) parseOr() error {
	if err := p.parseAnd(); err != nil {
		return err
	}
	for {
		t, ok := p.peek()
		if !ok || t.kind != orToken {
			return nil
		}
		p.i++
		if err := p.parseAnd(); err != nil {
			return err
		}
	}
}

func (p *queryParser) parseAnd() error {
	if err := p.parseNot(); err != nil {
		return err
	}
	for {
		t, ok := p.peek()
		if !ok {
			return nil
		}
		switch t.kind {
		case andToken:
			p.i++
		case termToken, openToken:
		default:
			return nil
		}
		if err := p.parseNot(); err != nil {
			return err
		}
	}
}

func (p *queryParser) parseNot() error {
	if err := p.parseUnit(); err != nil {
		return err
	}
	for {
		t, ok := p.peek()
		if !ok || t.kind != notToken {
			return nil
		}
		p.i++
		if err := p.parseUnit(); err != nil {
			return err
		}
	}
}

func (p *queryParser) parseUnit() error {
	t, ok := p.peek()
	if !ok {
		prev := p.toks[p.i-1]
		return fmt.Errorf("%s at character %d needs a word after it", prev.text, prev.at)
	}
	switch t.kind {
	case termToken:
		p.i++
		return nil
	case openToken:
		p.i++
		if c, ok := p.peek(); ok && c.kind == closeToken {
			return fmt.Errorf("the parentheses at character %d hold no words", t.at)
		}
		if err := p.parseOr(); err != nil {
			return err
		}
		c, ok := p.peek()
		if !ok || c.kind != closeToken {
			return fmt.Errorf("the parenthesis at character %d is never closed", t.at)
		}
		p.i++
		return nil
	case closeToken:
		return fmt.Errorf("the parenthesis at character %d closes nothing", t.at)
	default:
		if p.i == 0 {
			return fmt.Errorf("%s at character %d needs a word before it", t.text, t.at)
		}
		prev := p.toks[p.i-1]
		if prev.kind == openToken {
			return fmt.Errorf("%s at character %d needs a word before it", t.text, t.at)
		}
		return fmt.Errorf("%s at character %d needs a word after it", prev.text, prev.at)
	}
}
