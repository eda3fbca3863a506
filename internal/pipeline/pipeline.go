// Package pipeline turns an Article into a Document by running the analysis
// stages in order, and runs many articles through them concurrently.
//
// Each stage is a plain function or method over *chronicle.Document that
// reads what earlier stages wrote. Analyze calls them top to bottom.
package pipeline

import (
	"chronicle"
	"chronicle/internal/event"
	"chronicle/internal/gazetteer"
	"chronicle/internal/ner"
	"chronicle/internal/quote"
	"chronicle/internal/resolve"
	"chronicle/internal/tag"
	"chronicle/internal/timex"
	"chronicle/internal/tokenize"
	"chronicle/internal/tone"
)

// A Pipeline holds the trained models the stages use. It is safe for
// concurrent use.
type Pipeline struct {
	Tagger     *tag.Tagger
	Recognizer *ner.Recognizer
	Gazetteer  *gazetteer.Gazetteer
}

// New returns a Pipeline with Chronicle's embedded models.
func New() *Pipeline {
	return &Pipeline{Tagger: tag.Default(), Recognizer: ner.Default(), Gazetteer: gazetteer.Default()}
}

// Analyze runs every stage over a and returns the Document. It never fails:
// text a stage cannot make sense of simply yields fewer annotations.
func (p *Pipeline) Analyze(a *chronicle.Article) *chronicle.Document {
	d := chronicle.NewDocument(a)
	d.Sentences, d.Tokens = tokenize.Tokenize(a.Text)
	p.Tagger.Tag(d)
	p.Recognizer.Recognize(d)
	d.Entities = resolve.Entities(d, p.Gazetteer)
	d.Times = timex.Normalize(d)
	d.Quotes = quote.Extract(d)
	d.Events = event.Extract(d, p.Gazetteer)
	d.Tone = tone.Score(d)
	d.FillLists()
	return d
}
