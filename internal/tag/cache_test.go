package tag

import "testing"

// TestCachedScoresAreExact checks that the scores the word cache gives are
// those of the model reading every feature, for both passes of the
// embedded tagger, on
// treebank sentences read twice so that the second reading finds their
// words cached.
func TestCachedScoresAreExact(t *testing.T) {
	tg := Default()
	sents := sentences(t, "en_ewt-ud-dev.conllu")[:300]
	s := tg.sentence()
	want := make([]float32, len(tg.pairs))
	for round := range 2 {
		for _, sent := range sents {
			tg.tagSentence(s, sent.Words) // leaves labels for the features that read them
			for i := range sent.Words {
				if s.fixed[i] >= 0 {
					continue
				}
				sums := s.cachedSums(tg.model, i, false)
				got := tg.model.ScoresOf(sums, make([]float32, len(want)))
				best, gap := tg.model.BestSums(sums)
				wantBest := tg.model.Predict(s.features(i, tg.model.Labels), want)
				for l := range want {
					if got[l] != want[l] {
						t.Fatalf("round %d, %q: label %d scores %g cached, %g read whole", round, sent.Words[i], l, got[l], want[l])
					}
				}
				if best != wantBest || gap != margin(want, wantBest) {
					t.Fatalf("round %d, %q: best %d by %g cached, %d by %g read whole", round, sent.Words[i], best, gap, wantBest, margin(want, wantBest))
				}
				// The second pass's, with the first pass's labels around.
				s.features(i, tg.stack.Labels)
				tg.stack.Scores(s.stackFeatures(i, tg.stack.Labels), want)
				got = tg.stack.ScoresOf(s.cachedSums(tg.stack, i, true), got)
				for l := range want {
					if got[l] != want[l] {
						t.Fatalf("round %d, %q: second pass: label %d scores %g cached, %g read whole", round, sent.Words[i], l, got[l], want[l])
					}
				}
			}
		}
	}
}
