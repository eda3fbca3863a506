package quote

import (
	"sort"
	"strings"
	"unicode"

	"chronicle"
)

// maxGapWords bounds the words between a quotation and the one continuing
// it: room for a tag such as "he said." and no more.
const maxGapWords = 12

// continuations gives each quotation that has no frame of its own, and
// stands alone in its sentence, a speaker from the sentences before it:
//
//   - the person the sentence just before names as its subject, when that
//     sentence holds no quotation: “Witness Ana Ortiz was at the market.
//     “There was blood everywhere.”” (namedBefore);
//   - else the speaker of the quote just before it, when that quote lies in
//     the same or the previous sentence, in the same or the previous
//     paragraph: “We won,” she said. “Now we govern.”
func (x *extractor) continuations() {
	for c := range x.cs {
		if x.taken[c] {
			continue
		}
		u := x.unitOf(x.cs[c].outer.Start)
		if u < 0 || !x.alone(x.units[u], c) {
			continue
		}
		s := x.chainText(c)
		if !hasWordRune(x.text[s.Start:s.End]) {
			continue // a stray mark: “… Jerusalem ".
		}
		if q, ok := x.namedBefore(u, c); ok {
			x.emit(c, q)
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
		q.Span, q.Text = s, x.text[s.Start:s.End]
		q.Kind = chronicle.DirectQuote
		q.CueSpan, q.Clause = nil, nil
		x.emit(c, q)
	}
}

// namedBefore quotes chain c, alone in unit u, as the words of the named
// person who is the subject of the unit just before, when that unit holds
// no quotation and no line break lies between: “Zakir Almatov, the
// minister, denied the claims. “It is all nonsense.”” The quote has no
// cue and no date.
func (x *extractor) namedBefore(u, c int) (chronicle.Quote, bool) {
	if u == 0 || strings.Contains(x.text[x.units[u-1].End:x.cs[c].outer.Start], "\n") {
		return chronicle.Quote{}, false
	}
	p := x.units[u-1]
	for k := p.first; k < p.end; k++ {
		if x.ts[k].region >= 0 || x.isMarkTok(k) {
			return chronicle.Quote{}, false
		}
	}
	for _, q := range x.out {
		if q.Overlaps(p.Span) || q.SpeakerSpan != nil && q.SpeakerSpan.Overlaps(p.Span) {
			return chronicle.Quote{}, false
		}
	}
	e := x.subjectAt(p, p.first, p.end)
	named := false
	for k := p.first; k < e; k++ {
		named = named || x.personAt(k)
	}
	if !named {
		return chronicle.Quote{}, false
	}
	s := x.chainText(c)
	spk := chronicle.Span{Start: x.ts[p.first].Start, End: x.ts[e-1].End}
	return chronicle.Quote{
		Text: x.text[s.Start:s.End], Kind: chronicle.DirectQuote, Span: s,
		SpeakerText: x.text[spk.Start:spk.End], SpeakerSpan: &spk, Speaker: x.resolve(p.first, e),
	}, true
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

// alone reports whether chain c stands alone in its sentence in unit u:
// every word of u is quoted, or at least every word of the sentence the
// chain opens, when the chain closes with a full stop and the writer's next
// sentence follows in the same unit (“… with the coalition.” Layton said
// it was …).
func (x *extractor) alone(u unit, c int) bool {
	from, to := x.tokensIn(x.cs[c].outer) // the chain's tokens, marks included
	from, to = max(from, u.first), min(to, u.end)
	if from >= to {
		return false
	}
	first, last := from, to-1
	for k := first - 1; k >= u.first && !endsSentence(x.text, x.ts[k]); k-- {
		if x.ts[k].word && x.ts[k].region < 0 {
			return false
		}
	}
	if last > first && last+1 < u.end && x.isMarkTok(last) && endsSentence(x.text, x.ts[last-1]) && x.ts[last+1].upper {
		return true // the writer's next sentence
	}
	for k := last + 1; k < u.end; k++ {
		if x.ts[k].word && x.ts[k].region < 0 {
			return false
		}
	}
	return true
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
