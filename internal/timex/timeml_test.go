package timex_test

import (
	"testing"

	"chronicle/internal/chronicletest"
	"chronicle/internal/eval"
	"chronicle/internal/timex"
)

// TestTimeML scores Find on the TempEval-3 training data (TimeBank and
// AQUAINT) when it is present, logs the figures, and fails if the value F1
// falls below what the rules reached when they were written.
func TestTimeML(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 256 documents")
	}
	dir := chronicletest.Shared(t, "data/tempeval3/Training/TBAQ-cleaned")
	s, err := eval.TimeML(dir, timex.Find)
	if err != nil {
		t.Skipf("TempEval-3 data not available: %v", err)
	}
	t.Logf("%d documents, %d gold, %d found", s.Documents, s.Gold, s.Found)
	t.Logf("strict F1 %.3f, relaxed P %.3f R %.3f F1 %.3f", s.StrictF1, s.RelaxedPrecision, s.RelaxedRecall, s.RelaxedF1)
	t.Logf("type accuracy %.3f, value accuracy %.3f, value P %.3f R %.3f F1 %.3f", s.TypeAccuracy, s.ValueAccuracy, s.ValuePrecision, s.ValueRecall, s.ValueF1)
	if s.RelaxedF1 < 0.94 || s.ValueF1 < 0.83 {
		t.Errorf("relaxed F1 %.3f, value F1 %.3f: below 0.94 and 0.83", s.RelaxedF1, s.ValueF1)
	}
}
