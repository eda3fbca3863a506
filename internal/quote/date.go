package quote

import (
	"strings"

	"chronicle"
)

// When a quote was said. A time expression in the speech clause gives the
// date ("Cheung said on Saturday"). Without one, a careful reader still
// dates one kind of speech: a speech verb in the simple past or present
// ("said", "says", "told") in the lede, the first paragraph of the story,
// when nothing in the reported clause or its frame speaks of a time. A news
// report's lede tells the news of the day it was written, and speech
// reported there with no time of its own is part of that news ("Trump and
// Zelenskyy had a “very productive” meeting in Rome, a White House official
// said"), so it was said on the article's date. Further down, an undated
// "said" may come from any earlier interview, and "has said", "had said" or
// "would say" put the speech at another time; those quotes keep no date.

// dateFromArticle gives q, the quote of frame f over content span, the
// article's date when q has no date of its own and is a speech of the
// lede in the simple past or present, with no time expression in its
// clause or frame.
func (x *extractor) dateFromArticle(q *chronicle.Quote, f frame, span chronicle.Span) {
	day := x.d.Article.Date
	if q.Date != "" || day.IsZero() || !x.lede.Contains(q.Span) || !simpleTense(x, f) {
		return
	}
	clause := chronicle.Span{Start: min(span.Start, x.ts[f.from].Start, f.cue.Start), End: max(span.End, f.cue.End)}
	if f.to > f.from {
		clause.End = max(clause.End, x.ts[min(f.to, len(x.ts))-1].End)
	}
	for _, t := range x.times {
		if t.Overlaps(clause) {
			return
		}
	}
	q.Date = day.String()
}

// simpleTense reports whether the cue of f is a verb in the simple past or
// present with no auxiliary before it: "said", "says", "told"; not "has
// said", "would say", "saying" or "according to".
func simpleTense(x *extractor, f frame) bool {
	w := strings.ToLower(x.text[f.cue.Start:f.cue.End])
	if f.kind == 0 || strings.HasSuffix(w, "ing") || w == "say" || w == "tell" {
		return false
	}
	i := x.tokenAt(f.cue.Start)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch x.ts[k].lower {
		case "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "to", "'d", "'ll", "'ve":
			return false
		}
		if !verbGroup[x.ts[k].lower] {
			break
		}
	}
	return true
}

// tokenAt returns the index of the token that starts at offset at, or the
// first after it.
func (x *extractor) tokenAt(at int) int {
	from, _ := x.tokensIn(chronicle.Span{Start: at, End: at})
	return from
}

// lede returns the span of the first paragraph of text, or of the second
// when the first is the headline.
func lede(text, title string) chronicle.Span {
	start := 0
	for range 2 {
		for start < len(text) && (text[start] == '\n' || text[start] == ' ' || text[start] == '\r' || text[start] == '\t') {
			start++
		}
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		p := chronicle.Span{Start: start, End: end}
		if title == "" || strings.TrimSpace(text[start:end]) != strings.TrimSpace(title) {
			return p
		}
		start = end
	}
	return chronicle.Span{}
}
