package eval_test

import (
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/internal/chronicletest"
	"chronicle/internal/eval"
	"chronicle/internal/event"
	"chronicle/internal/gazetteer"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
)

// TestEventsOnValidationRecords scores the full pipeline on the PETRARCH
// validation records and logs the figures; it fails only if the scorer
// reads fewer records than the files hold or the newswire type accuracy
// falls below a floor well under the measured figure.
func TestEventsOnValidationRecords(t *testing.T) {
	dir := chronicletest.Shared(t, filepath.Join("data", "event-coding"))
	s, err := eval.Events(dir, pipeline.New().Analyze, gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s.Sets {
		t.Logf("%s: %d records (%d with events, %d without, %d unscored, %d skipped): type accuracy %.3f (table only %.3f), source F1 %.3f, target F1 %.3f, no-event precision %.3f",
			x.Name, x.Records, x.WithEvents, x.NoEvent, x.Unscored, x.Skipped, x.TypeAccuracy, x.TypeAccuracyTable,
			x.SrcF1, x.TgtF1, x.NoEventPrecision)
	}
	t.Logf("typeAccuracy %.3f, sourceF1 %.3f, targetF1 %.3f", s.TypeAccuracy, s.SourceF1, s.TargetF1)
	if len(s.Sets) != len(eval.PetrarchSets) || s.Sets[0].Records != 77 {
		t.Fatalf("sets %d, newswire records %d; want %d sets and 77 records", len(s.Sets), s.Sets[0].Records, len(eval.PetrarchSets))
	}
	if s.TypeAccuracy < 0.7 {
		t.Errorf("newswire type accuracy %.3f, below the 0.7 floor", s.TypeAccuracy)
	}
}

// TestEventsWithParser scores the event stage on the validation records
// with a dependency parse on the tokens (which the pipeline does not run),
// logs both sets of figures, and fails if the parse, which only fills
// subjects and passive agents the word-order rules miss, makes the
// newswire figures worse.
func TestEventsWithParser(t *testing.T) {
	dir := chronicletest.Shared(t, filepath.Join("data", "event-coding"))
	p, g := pipeline.New(), gazetteer.Default()
	base, err := eval.Events(dir, p.Analyze, g)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := eval.Events(dir, func(a *chronicle.Article) *chronicle.Document {
		d := p.Analyze(a)
		parse.Default().Parse(d)
		d.Events = event.Extract(d, g)
		return d
	}, g)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range parsed.Sets {
		b := base.Sets[i]
		t.Logf("%s: type accuracy %.3f → %.3f (table only %.3f → %.3f), source F1 %.3f → %.3f, target F1 %.3f → %.3f",
			x.Name, b.TypeAccuracy, x.TypeAccuracy, b.TypeAccuracyTable, x.TypeAccuracyTable, b.SrcF1, x.SrcF1, b.TgtF1, x.TgtF1)
	}
	nb, np := base.Sets[0], parsed.Sets[0]
	if np.TypeAccuracy < nb.TypeAccuracy || np.SrcF1 < nb.SrcF1 || np.TgtF1 < nb.TgtF1 {
		t.Errorf("with the parse, newswire type accuracy %.3f, source F1 %.3f, target F1 %.3f; without %.3f, %.3f, %.3f",
			np.TypeAccuracy, np.SrcF1, np.TgtF1, nb.TypeAccuracy, nb.SrcF1, nb.TgtF1)
	}
}
