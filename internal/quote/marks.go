package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// A region is the text between one opening quotation mark and the mark that
// closes it. A region left open at the end of a paragraph whose next
// paragraph opens with a quotation mark continues there, as newswire writes
// a quotation that runs over several paragraphs: the two regions are linked
// into one chain.
type region struct {
	open  int            // offset of the opening mark
	close int            // offset of the closing mark; -1 when none closes it
	end   int            // offset just past the closing mark, or inner.End
	inner chronicle.Span // the text inside the marks, trimmed of white space
	prev  int            // the region this one continues, -1 if none
	next  int            // the region that continues this one, -1 if none
}

// A chain is one quotation: a region and the regions continuing it.
type chain struct {
	first, last int            // region indices
	inner       chronicle.Span // from the first region's text to the last's
	outer       chronicle.Span // from the first opening mark past the last closing one
}

func isOpening(r rune) bool { return r == '“' || r == '„' || r == '«' || r == '‟' }
func isClosing(r rune) bool { return r == '”' || r == '»' }
func isMark(r rune) bool    { return r == '"' || isOpening(r) || isClosing(r) }

// nested returns the offset after the closing mark of a short quotation
// in straight marks that opens at i inside an open straight quotation,
// when a mark that can close the outer one follows on the same line, within
// a few hundred bytes: "the
// court would effectively "weigh" the "sides" of the case"; 0 when there
// is none.
func nested(text string, i int) int {
	j := i + 1
	for j < len(text) && text[j] != '"' && text[j] != '\n' && j-i <= 40 {
		switch text[j] {
		case '.', '!', '?', ';':
			return 0
		}
		j++
	}
	if j >= len(text) || text[j] != '"' || text[j-1] == ' ' || j == i+1 {
		return 0
	}
	if j+1 < len(text) && !unicode.IsSpace(rune(text[j+1])) && !stopAfter(text, j+1) {
		return 0
	}
	for k := j + 1; k < len(text) && k < j+400 && text[k] != '\n'; k++ {
		if text[k] == '"' && text[k-1] != ' ' {
			return j + 1
		}
	}
	return 0
}

// stopAfter reports whether the text at i opens with punctuation no
// quotation opens with: a comma, a semicolon, a closing parenthesis or a
// full stop that starts no ellipsis.
func stopAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	switch text[i] {
	case ',', ';', ')', '!', '?':
		return true
	case '.':
		return i+1 >= len(text) || text[i+1] != '.'
	}
	return false
}

// regions finds the quoted regions of text, in order. It reads only double
// quotation marks, straight and typographic: single marks double as
// apostrophes, and news prose uses them only inside a quotation. Each mark
// is read as opening or closing from the white space around it and, when
// that does not tell, from its shape; a closing mark with nothing open is
// ignored, and a region still open at the end of a paragraph ends there.
func regions(text string) []region {
	var rs []region
	open := -1   // the open region
	linkTo := -1 // a region continued by whatever region opens at linkAt
	linkAt := -1
	begin := func(i, n int) {
		r := region{open: i, close: -1, inner: chronicle.Span{Start: i + n}, prev: -1, next: -1}
		if i == linkAt && linkTo >= 0 {
			r.prev = linkTo
			rs[linkTo].next = len(rs)
		}
		linkTo, linkAt = -1, -1
		rs = append(rs, r)
		open = len(rs) - 1
	}
	finish := func(at, closeAt, end int) {
		r := &rs[open]
		r.inner.End = at
		r.inner = trimSpace(text, r.inner)
		r.close = closeAt
		r.end = end
		if closeAt < 0 {
			r.end = r.inner.End
		}
		open = -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && open >= 0 {
			j, blank := nextLine(text, i)
			nr, _ := utf8.DecodeRuneInString(text[j:])
			switch {
			case j < len(text) && isMark(nr) && !isClosing(nr):
				at := open
				finish(i, -1, i)
				linkTo, linkAt = at, j
			case !blank && closesFirst(text, j):
				// a hard-wrapped line: the quotation goes on
			default:
				finish(i, -1, i)
			}
			i += n
			continue
		}
		if open >= 0 && listBreak(text, i) {
			finish(i, -1, i) // a heading or a bullet of a list of links
			i += n
			continue
		}
		if !isMark(r) {
			i += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		left := i+n < len(text) && !unicode.IsSpace(next) && (i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)) &&
			!stopAfter(text, i+n) // "known as "AdSense ".": a space left before the closing mark
		right := i > 0 && !unicode.IsSpace(prev) && (i+n == len(text) || unicode.IsSpace(next) || unicode.IsPunct(next))
		switch {
		case isOpening(r):
			if open >= 0 && right && !left {
				finish(i, i, i+n)
			} else {
				if open >= 0 {
					finish(i, -1, i)
				}
				begin(i, n)
			}
		case isClosing(r):
			if open >= 0 {
				finish(i, i, i+n)
			} else if left && !right {
				begin(i, n)
			}
		default: // a straight mark
			switch {
			case open >= 0 && (right || !left):
				finish(i, i, i+n)
			case left && open >= 0 && text[rs[open].open] == '"' && nested(text, i) > 0:
				// a quotation inside: "… would "weigh" the "sides" of …"
				i = nested(text, i)
				continue
			case left:
				if open >= 0 {
					finish(i, -1, i)
				}
				begin(i, n)
			}
		}
		i += n
	}
	if open >= 0 {
		finish(len(text), -1, len(text))
	}
	// Drop empty regions, keeping the chain links right.
	out := rs[:0]
	index := make([]int, len(rs))
	for k, r := range rs {
		index[k] = -1
		if r.inner.Len() > 0 {
			index[k] = len(out)
			out = append(out, r)
		}
	}
	for k := range out {
		if p := out[k].prev; p >= 0 {
			out[k].prev = index[p]
		}
		if n := out[k].next; n >= 0 {
			out[k].next = index[n]
		}
	}
	return out
}

// nextLine returns the offset of the first character after the line break
// at i that is not white space, and whether a blank line lies between.
func nextLine(text string, i int) (int, bool) {
	breaks := 0
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		if r == '\n' {
			breaks++
		}
		j += n
	}
	return j, breaks > 1
}

// closesFirst reports whether the line starting at i holds a closing mark
// before any opening one. A straight mark closes when it follows a word
// (“rebuild the bridge," she said) and opens when a word follows it
// (Senate says "yes" to the plan): a headline quoting a word is no wrapped
// line of the quotation above it.
func closesFirst(text string, i int) bool {
	if listBreak(text, i) {
		return false
	}
	for k, r := range text[i:] {
		switch {
		case r == '\n' || isOpening(r):
			return false
		case isClosing(r):
			return true
		case r == '"':
			at := i + k
			return at == i || text[at-1] != ' ' && text[at-1] != '\t'
		}
	}
	return false
}

// listBreak reports whether a heading marker ("== Related news ==") or a
// list bullet ("* Senate passes the bill", "• …": a star or bullet after
// white space or at a line's start) begins at offset i. Neither a quotation
// nor a reported clause runs across one.
func listBreak(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	switch text[i] {
	case '=':
		return i+1 < len(text) && text[i+1] == '='
	case '*':
	case 0xE2: // the first byte of "•"
		if !strings.HasPrefix(text[i:], "•") {
			return false
		}
	default:
		return false
	}
	return i == 0 || text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t'
}

func trimSpace(text string, s chronicle.Span) chronicle.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// chains groups linked regions into quotations, in order.
func chains(rs []region) []chain {
	var cs []chain
	for k, r := range rs {
		if r.prev >= 0 {
			continue
		}
		last := k
		for rs[last].next >= 0 {
			last = rs[last].next
		}
		cs = append(cs, chain{
			first: k, last: last,
			inner: chronicle.Span{Start: r.inner.Start, End: rs[last].inner.End},
			outer: chronicle.Span{Start: r.open, End: rs[last].end},
		})
	}
	return cs
}

// followsQuote reports whether token i comes straight after a quotation's
// closing mark, with at most a comma between.
func (x *extractor) followsQuote(u unit, i int) bool {
	p := i - 1
	if p >= 0 && x.ts[p].lower == "," {
		p--
	}
	// The quotation may end the sentence before: "… help?” Renteria told reporters."
	return p >= 0 && x.isMarkTok(p) && x.closesRegion(p) && !strings.Contains(x.text[x.ts[p].End:x.ts[i].Start], "\n")
}

// isMarkTok reports whether token i is a double quotation mark.
func (x *extractor) isMarkTok(i int) bool {
	t := x.ts[i]
	if t.Len() > 3 {
		return false
	}
	return isMark(firstRune(x.text, t))
}

// closesRegion reports whether mark token i closes a region.
func (x *extractor) closesRegion(i int) bool {
	at := x.ts[i].Start
	for _, r := range x.rs {
		if r.close == at {
			return true
		}
		if r.open > at {
			break
		}
	}
	return false
}

// opensQuote reports whether token i is a mark that opens a chain not yet
// quoted.
func (x *extractor) opensQuote(i int) bool {
	if !x.isMarkTok(i) {
		return false
	}
	at := x.ts[i].Start
	for _, c := range x.cs {
		if c.outer.Start == at {
			return true
		}
		if c.outer.Start > at {
			break
		}
	}
	return false
}
