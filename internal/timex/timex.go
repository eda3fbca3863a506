// Package timex finds time expressions in news text and resolves them to
// TIMEX3 values against the article's publication day.
//
// It runs after tokenize and before quote and event in the pipeline; it reads
// Document.Article (Text and Date) and its result becomes Document.Times. It
// has its own small word scanner and depends on no other stage.
//
// Expressions are marked the way TimeML's TIMEX3 guidelines mark them: the
// span leaves out the preposition ("on Friday" marks "Friday") but keeps
// determiners and modifiers ("the past two weeks", "early next year",
// "about two years ago"). Values follow TIMEX3: "2025-04-26", "2025-02",
// "2025-W16", "2025-Q3", "2025-SU", "199" (the 1990s), "P3Y", "PT15M",
// "XXXX-WXX-1" (every Monday), "PRESENT_REF". Relative expressions are read
// the way news is written: a bare weekday in a past-tense sentence is the
// most recent one (the publication day itself included), "will … on Friday"
// is the next one, and "in December" in a past-tense April story is the
// December before.
package timex

import (
	"sync"

	"chronicle"
)

// Find returns the time expressions of text, in order and without overlaps,
// resolved against anchor, the article's publication day. The zero Day means
// the day is unknown: values that need it become underspecified ("XXXX-02",
// "XXXX-WXX-5", "XXXX-XX-XX") and vague ones stay relative ("PAST_REF").
// Each Timex's Span indexes text and Timex.Text is text[Start:End]. Find
// never fails; text it cannot read yields fewer expressions.
func Find(text string, anchor chronicle.Day) []chronicle.Timex {
	f := finderPool.Get().(*finder)
	f.reset(text, anchor)
	out := f.run()
	f.text = ""
	finderPool.Put(f)
	return out
}

// Normalize is the pipeline stage: it returns the time expressions of
// d.Article.Text resolved against d.Article.Date, never nil. A Document
// without an Article yields an empty list.
func Normalize(d *chronicle.Document) []chronicle.Timex {
	if d == nil || d.Article == nil {
		return []chronicle.Timex{}
	}
	return Find(d.Article.Text, d.Article.Date)
}

var finderPool = sync.Pool{New: func() any { return new(finder) }}
