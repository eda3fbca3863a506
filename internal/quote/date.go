package quote

import (
	"strings"

	"chronicle"
)

// When a quote was said. A quote's date is the date of its speech act, not
// of what was said:
//
//  1. a date or time expression of the cue's own clause, between the
//     speaker and the content ("Cheung said on Saturday", "said Weber on
//     Friday") gives it, when it names a calendar date (a day, a week, a
//     month, a year); vague times ("currently", "recently": PRESENT_REF,
//     PAST_REF) say nothing of the day of the speech;
//  2. otherwise a speech verb in the simple past or present ("said",
//     "says", "told", "added") or a participle hanging on such a clause
//     ("…, saying") reports speech of the day the article was written, so
//     the quote gets the article's date;
//  3. otherwise ("has said", "would say", "according to", or no article
//     date) the quote has no date.
//
// Words of the content never date the quote: "said the vote would be held
// on Tuesday" and "“We are currently in talks,” she said" are both dated by
// "said".

// dateFromArticle gives q, the quote of frame f, the article's date when q
// has no date of its own and f's cue is a speech verb in the simple past or
// present, or a participle.
func (x *extractor) dateFromArticle(q *chronicle.Quote, f frame) {
	day := x.d.Article.Date
	if q.Date != "" || day.IsZero() || !simpleTense(x, f) {
		return
	}
	q.Date = day.String()
}

// simpleTense reports whether the cue of f is a verb in the simple past or
// present with no auxiliary before it, or a present participle after a
// comma or a preposition ("…, saying"): "said", "says", "told"; not "has
// said", "would say" or "according to".
func simpleTense(x *extractor, f frame) bool {
	w := strings.ToLower(x.text[f.cue.Start:f.cue.End])
	if f.kind == 0 || w == "say" || w == "tell" {
		return false
	}
	i := x.tokenAt(f.cue.Start)
	if strings.HasSuffix(w, "ing") {
		return i > 0 && !verbGroup[x.ts[i-1].lower] && x.ts[i-1].lower != "to" && x.ts[i-1].lower != "be"
	}
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

// calendarValue reports whether a TIMEX3 value names a calendar date or
// time ("2025-04-26", "2025-W17", "2025-04", "2025-04-26T15:00"), not a
// vague reference such as PRESENT_REF.
func calendarValue(v string) bool {
	return len(v) >= 4 && isDigits(v[:4])
}

// tokenAt returns the index of the token that starts at offset at, or the
// first after it.
func (x *extractor) tokenAt(at int) int {
	from, _ := x.tokensIn(chronicle.Span{Start: at, End: at})
	return from
}
