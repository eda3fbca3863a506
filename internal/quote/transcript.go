package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Two ways of naming a speaker without a speech verb:
//
//   - a transcript, where each quoted paragraph opens with the speaker's
//     name in capitals and a colon: “WALLACE: Let’s start with …”. Such a
//     label starts a new quotation even where the paragraph before was left
//     open, as newswire writes a quotation over several paragraphs.
//   - a signature, a dash and a name after the closing mark, ending the
//     paragraph: “… He represents our greatest shame.” ― Sonya Herridge.

// maxLabel bounds the bytes of a transcript label.
const maxLabel = 40

// label returns the end of the transcript label that opens the region
// text starting at offset at: one to four words in capitals, periods and
// hyphens allowed, then a colon. It returns -1 when there is none.
func label(text string, at int) int {
	letters, words := 0, 1
	for i := at; i < len(text) && i-at <= maxLabel; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ':':
			if letters < 2 || words > 4 || text[i-1] == ' ' {
				return -1
			}
			return i
		case unicode.IsUpper(r):
			letters++
		case r == ' ':
			words++
		case r == '.' || r == '-' || r == '\'' || r == '’':
		default:
			return -1
		}
		i += n
	}
	return -1
}

// cutAtLabels makes each region that opens with a transcript label start
// a quotation of its own.
func cutAtLabels(text string, rs []region) {
	for k := range rs {
		if rs[k].prev >= 0 && label(text, rs[k].inner.Start) >= 0 {
			rs[rs[k].prev].next = -1
			rs[k].prev = -1
		}
	}
}

// transcripts quotes each quotation that opens with a transcript label: the
// words after the colon, said by the label's speaker.
func (x *extractor) transcripts() {
	for c, ch := range x.cs {
		colon := label(x.text, ch.inner.Start)
		if colon < 0 || x.taken[c] {
			continue
		}
		// A label opens a paragraph.
		if ch.outer.Start > 0 && !lineStart(x.text, ch.outer.Start) {
			continue
		}
		s := x.chainText(c)
		s.Start = colon + 1
		s = trimSpace(x.text, s)
		if s.Len() == 0 {
			continue
		}
		from, to := x.tokensIn(chronicle.Span{Start: ch.inner.Start, End: colon})
		if from >= to {
			continue
		}
		spk := chronicle.Span{Start: ch.inner.Start, End: colon}
		x.emit(c, chronicle.Quote{
			Text: x.text[s.Start:s.End], Kind: chronicle.DirectQuote, Span: s,
			SpeakerText: x.text[spk.Start:spk.End], SpeakerSpan: &spk, Speaker: x.resolve(from, to),
			Cue: ":", CueSpan: spanPtr(chronicle.Span{Start: colon, End: colon + 1}),
		})
	}
}

// signatures quotes each quotation not yet quoted that a dash and a name
// follow at the end of its paragraph: “…” ― Pamela Padilla.
func (x *extractor) signatures() {
	for c, ch := range x.cs {
		if x.taken[c] {
			continue
		}
		k := sort.Search(len(x.ts), func(i int) bool { return x.ts[i].Start >= ch.outer.End })
		if k >= len(x.ts) || !isDash(x.ts[k].lower) && x.ts[k].lower != "―" {
			continue
		}
		end := k + 1
		for end < len(x.ts) && x.ts[end].upper && x.ts[end].region < 0 && end-k <= 4 && !lineStart(x.text, x.ts[end].Start) {
			end++
		}
		if end == k+1 || end-k > 4 || end < len(x.ts) && !lineStart(x.text, x.ts[end].Start) {
			continue // not a name that ends the paragraph
		}
		s := x.chainText(c)
		spk := chronicle.Span{Start: x.ts[k+1].Start, End: x.ts[end-1].End}
		x.emit(c, chronicle.Quote{
			Text: x.text[s.Start:s.End], Kind: chronicle.DirectQuote, Span: s,
			SpeakerText: x.text[spk.Start:spk.End], SpeakerSpan: &spk, Speaker: x.resolve(k+1, end),
			Cue: x.ts[k].lower, CueSpan: spanPtr(x.ts[k].Span),
		})
	}
}

// labels quotes each quotation not yet quoted that a speaker's name and a
// colon open, the name opening its sentence: "Karl Weber, chief executive
// of Northern Bank: “…”", as statements are listed below a heading.
func (x *extractor) labels() {
	for c, ch := range x.cs {
		if x.taken[c] {
			continue
		}
		k := sort.Search(len(x.ts), func(i int) bool { return x.ts[i].Start >= ch.outer.Start }) - 1
		colon := -1
		for n := 0; n < 2 && k >= 0 && x.ts[k].lower == ":"; n++ {
			colon, k = k, k-1 // wiki text indents with a colon: "Weber: :“…”"
		}
		if colon < 0 {
			continue
		}
		s, words := k+1, 0
		for s > 0 && words < maxSpeakerWords && (x.ts[s-1].lower == "," || x.npWord(s-1) && x.ts[s-1].lower != ".") && !listBreak(x.text, x.ts[s-1].Start) {
			s--
			if x.ts[s].word {
				words++
			}
		}
		if s > k || !x.ts[s].upper || innerPrepositions[x.ts[s].lower] || s > 0 && x.ts[s-1].word || !x.hasName(s, k+1) || x.hasVerb(s, k+1) {
			continue
		}
		q := x.chainText(c)
		spk := chronicle.Span{Start: x.ts[s].Start, End: x.ts[k].End}
		x.emit(c, chronicle.Quote{
			Text: x.text[q.Start:q.End], Kind: chronicle.DirectQuote, Span: q,
			SpeakerText: x.text[spk.Start:spk.End], SpeakerSpan: &spk, Speaker: x.resolve(s, k+1),
			Cue: ":", CueSpan: spanPtr(x.ts[colon].Span),
		})
	}
}

// hasVerb reports whether the tagger took one of tokens [from, to) for a
// verb.
func (x *extractor) hasVerb(from, to int) bool {
	for k := from; k < to; k++ {
		if strings.HasPrefix(x.ts[k].tag, "VB") {
			return true
		}
	}
	return false
}

// lineStart reports whether only spaces stand between offset at and the
// line break before it.
func lineStart(text string, at int) bool {
	for i := at - 1; i >= 0; i-- {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// tokensIn returns the range of the tokens inside s.
func (x *extractor) tokensIn(s chronicle.Span) (int, int) {
	from := sort.Search(len(x.ts), func(i int) bool { return x.ts[i].Start >= s.Start })
	to := from
	for to < len(x.ts) && x.ts[to].End <= s.End {
		to++
	}
	return from, to
}
