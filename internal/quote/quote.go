// Package quote finds quotations and reported speech in a Document, and who
// said them, when and with which words.
//
// It runs after tokenize, tag, ner, resolve and timex and before event: it
// reads Document.Article.Text, Sentences, Tokens (with their Penn tags when
// the tagger has run), Names, Entities and Times, and returns the quotes for
// Document.Quotes. Every input but the text is optional: without tokens or
// sentences it cuts the text itself, and without entities it still finds
// speakers, as text with no entity id.
//
// The method is a set of rules over quotation marks and a lexicon of speech
// verbs, in three steps:
//
//  1. Quotation marks, straight or typographic, are paired into regions; a
//     region left open at the end of a paragraph whose next paragraph opens
//     with a mark runs on into it, as newswire writes long quotations.
//  2. Each speech verb outside the quotations ("said", "told", "according
//     to", "described … as", …) is read as a frame: the speaker's noun
//     phrase before it ("Cheung said") or after it (", said Cheung"), the
//     time expressions around it ("said on Saturday"), and where the reported
//     content lies: after it ("said that …", "said: “…”") or before it
//     ("…, a White House official said").
//  3. The content becomes a direct quote when it is all inside quotation
//     marks, partial quotes for the quoted phrases when it is not, and an
//     indirect quote (the reported clause) when it has no marks. Quotations
//     with no frame of their own that follow a speaker's quotation in the
//     same or the next paragraph continue it.
//
// Extract is cheap: a few passes over the tokens with map lookups, no
// regular expressions.
package quote

import (
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle"
)

// Extract returns the quotations in d, in text order. Quote.Text and Span
// are the words inside the marks (without the marks, and without a trailing
// comma) for direct and partial quotes, and the reported clause for indirect
// ones; a quotation that runs over paragraphs is one quote whose text holds
// the paragraph break and the reopening mark. Speaker is the id of the
// named entity the speaker phrase refers to, "" when the speaker is unnamed
// ("a White House official") or when d has no entities; SpeakerText and
// SpeakerSpan always give the phrase. Date is the date of the speech act:
// the value of a calendar time expression in the cue's clause ("said on
// Saturday"), else the article's date for a speech verb in the simple past
// or present, else "" (date.go). Quoted words with no speech verb near
// them (titles, scare quotes) are not quotes. Extract never fails and does
// not modify d.
func Extract(d *chronicle.Document) []chronicle.Quote {
	if d == nil || d.Article == nil || d.Article.Text == "" {
		return []chronicle.Quote{}
	}
	x := newExtractor(d)
	x.transcripts()
	x.frames()
	x.signatures()
	x.labels()
	x.continuations()
	slices.SortFunc(x.out, func(a, b chronicle.Quote) int { return a.Start - b.Start })
	return x.out
}

// An extractor holds one document's tokens, regions and units while Extract
// runs.
type extractor struct {
	d     *chronicle.Document
	text  string
	ts    []tok
	rs    []region
	cs    []chain
	units []unit
	ments []ment // entity mentions, by start
	times []chronicle.Timex
	taken []bool // chains already quoted
	out   []chronicle.Quote
	by    []int // for each chain, the index in out of its quote, -1 when none
}

// A unit is a sentence, or several when a quotation runs across them: the
// stretch of text a speech frame and its content share.
type unit struct {
	chronicle.Span
	first, end int // token indices [first, end)
}

func newExtractor(d *chronicle.Document) *extractor {
	x := &extractor{d: d, text: d.Article.Text}
	x.ts = tokens(d)
	x.markNames()
	x.rs = regions(x.text)
	cutAtLabels(x.text, x.rs)
	x.cs = chains(x.rs)
	x.taken = make([]bool, len(x.cs))
	x.by = make([]int, len(x.cs))
	for i := range x.by {
		x.by[i] = -1
	}
	x.markRegions()
	x.units = x.makeUnits(x.splitAtGaps(sentences(d, x.ts)))
	x.ments = mentions(d)
	for _, t := range d.Times {
		if t.Valid(len(x.text)) {
			x.times = append(x.times, t)
		}
	}
	slices.SortFunc(x.times, func(a, b chronicle.Timex) int { return a.Start - b.Start })
	return x
}

// markNames keeps the capital of "May" and "Will" where they are names, so
// that no word list takes them for the modal verbs: after another
// capitalised word ("Elizabeth May announced", "Theresa May said") or
// before a verb in the past tense or the third person ("2007, May
// explained"), which no modal takes.
func (x *extractor) markNames() {
	for i := range x.ts {
		t := &x.ts[i]
		if !t.upper || t.lower != "may" && t.lower != "will" {
			continue
		}
		named := i > 0 && x.ts[i-1].upper && x.ts[i-1].word && !innerPrepositions[x.ts[i-1].lower] && !prepositions[x.ts[i-1].lower]
		if i+1 < len(x.ts) {
			n := x.ts[i+1]
			named = named || n.tag == "VBD" || n.tag == "VBZ" || n.tag == "" && n.lex.cue != 0 && (hasSuffix(n.lower, "ed") || hasSuffix(n.lower, "s") || n.lower == "said" || n.lower == "told")
		}
		if named {
			t.lower = x.text[t.Start:t.End]
			t.lex = lexEntry{}
		}
	}
}

// markRegions sets each token's region.
func (x *extractor) markRegions() {
	k := 0
	for i := range x.ts {
		t := &x.ts[i]
		for k < len(x.rs) && x.rs[k].inner.End <= t.Start {
			k++
		}
		if k < len(x.rs) && x.rs[k].inner.Start <= t.Start && t.End <= x.rs[k].inner.End {
			t.region = k
		}
	}
}

// splitAtGaps cuts a sentence where a run of three spaces or more stands between a word
// and a capitalised word outside quotations: in pages turned to text such
// a gap is a lost full stop or a heading ("The firm's administrators are
// Begbies Traynor   A former employee criticised …").
func (x *extractor) splitAtGaps(ss []chronicle.Span) []chronicle.Span {
	var out []chronicle.Span
	k := 0
	for _, s := range ss {
		for k < len(x.ts) && x.ts[k].Start < s.Start {
			k++
		}
		for ; k+1 < len(x.ts) && x.ts[k+1].End <= s.End; k++ {
			a, b := x.ts[k], x.ts[k+1]
			if b.Start-a.End >= 3 && a.word && b.upper && a.region < 0 && b.region < 0 && strings.Contains(x.text[a.End:b.Start], "   ") && !x.isMarkTok(k+1) {
				out = append(out, chronicle.Span{Start: s.Start, End: a.End})
				s.Start = b.Start
			}
		}
		out = append(out, s)
	}
	return out
}

// makeUnits joins the sentences a quotation runs across and gives each
// unit its tokens.
func (x *extractor) makeUnits(ss []chronicle.Span) []unit {
	var us []unit
	c := 0 // next chain
	reach := -1
	for _, s := range ss {
		if len(us) > 0 && s.Start < reach {
			us[len(us)-1].End = max(us[len(us)-1].End, s.End)
		} else {
			us = append(us, unit{Span: s})
		}
		u := &us[len(us)-1]
		for c < len(x.cs) && x.cs[c].outer.Start < u.End {
			reach = max(reach, x.cs[c].outer.End)
			c++
		}
	}
	k := 0
	for i := range us {
		for k < len(x.ts) && x.ts[k].Start < us[i].Start {
			k++
		}
		us[i].first = k
		for k < len(x.ts) && x.ts[k].End <= us[i].End {
			k++
		}
		us[i].end = k
	}
	return us
}

// emit adds q for chain c (or -1 for an indirect quote).
func (x *extractor) emit(c int, q chronicle.Quote) {
	if c >= 0 {
		x.taken[c] = true
		x.by[c] = len(x.out)
	}
	x.out = append(x.out, q)
}

// chainText returns the span of chain c's words: its inner text without a
// trailing comma.
func (x *extractor) chainText(c int) chronicle.Span {
	s := x.cs[c].inner
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(x.text[:s.End])
		if r != ',' && r != ' ' && r != '\n' {
			break
		}
		s.End -= n
	}
	return s
}

func spanPtr(s chronicle.Span) *chronicle.Span { return &s }
