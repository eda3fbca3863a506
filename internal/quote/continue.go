package quote

import (
	"sort"
	"strings"

	"chronicle"
)

// maxGapWords bounds the words between a quotation and the one continuing
// it: room for a tag such as "he said." and no more.
const maxGapWords = 12

// continuations gives each quotation that has no frame of its own, and
// stands alone in its sentence, the speaker of the quote just before it when
// that quote lies in the same or the previous sentence, in the same or the
// previous paragraph: “We won,” she said. “Now we govern.”
func (x *extractor) continuations() {
	for c := range x.cs {
		if x.taken[c] {
			continue
		}
		u := x.unitOf(x.cs[c].outer.Start)
		if u < 0 || !x.alone(x.units[u]) {
			continue
		}
		var prev *chronicle.Quote
		for i := range x.out {
			q := &x.out[i]
			if q.End <= x.cs[c].outer.Start && (prev == nil || q.End > prev.End) {
				prev = q
			}
		}
		if prev == nil || prev.SpeakerSpan == nil {
			continue
		}
		gap := x.text[prev.End:x.cs[c].outer.Start]
		if paragraphBreaks(gap) > 1 {
			continue
		}
		// Only the previous quote's own unit, with its tag, may lie
		// between: "“…,” Clinton said on Thursday in New York. “…”"
		if pu := x.unitOf(prev.End - 1); pu < 0 || u-pu > 1 && len(strings.Fields(gap)) > maxGapWords {
			continue
		}
		q := *prev
		s := x.chainText(c)
		q.Span, q.Text = s, x.text[s.Start:s.End]
		q.Kind = chronicle.DirectQuote
		q.CueSpan, q.Clause = nil, nil
		x.emit(c, q)
	}
}

// paragraphBreaks counts the runs of line breaks in s.
func paragraphBreaks(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			if !in {
				n++
			}
			in = true
		case ' ', '\t', '\r':
		default:
			in = false
		}
	}
	return n
}

// unitOf returns the index of the unit holding offset at, -1 if none.
func (x *extractor) unitOf(at int) int {
	i := sort.Search(len(x.units), func(i int) bool { return x.units[i].End > at })
	if i < len(x.units) && x.units[i].Start <= at {
		return i
	}
	return -1
}

// alone reports whether every word of u is quoted.
func (x *extractor) alone(u unit) bool {
	for k := u.first; k < u.end; k++ {
		if x.ts[k].word && x.ts[k].region < 0 {
			return false
		}
	}
	return true
}
