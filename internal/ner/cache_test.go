package ner

import (
	"testing"
)

// TestCachedScoresAreExact checks that the scores the word cache gives
// are those of the model reading every feature, for the embedded model, on
// documents read twice so that the second reading finds its words cached.
func TestCachedScoresAreExact(t *testing.T) {
	r := Default()
	docs := benchDocuments(&testing.B{})[:20]
	for round := range 2 {
		for _, d := range docs {
			sc := r.get()
			sc.words, sc.sents = sc.words[:0], sc.sents[:0]
			for i, tok := range d.Tokens {
				if i == 0 || tok.Sentence != d.Tokens[i-1].Sentence {
					sc.sents = append(sc.sents, i)
				}
				sc.words = append(sc.words, d.Text(tok.Span))
			}
			if len(sc.words) == 0 {
				r.put(sc)
				continue
			}
			r.prepare(sc)
			r.label(sc) // leaves labels for the features that read them
			sc.cache.load(0, r.model, sc.toks)
			for s, start := range sc.sents {
				end := len(sc.toks)
				if s+1 < len(sc.sents) {
					end = sc.sents[s+1]
				}
				for i := start; i < end; i++ {
					got := append([]float32(nil), r.cachedScores(sc, 0, i, start, end, false)...)
					sc.feats.Reset()
					hn := uint64(0)
					if i+1 < end {
						hn = histValue(sc, i+1)
					}
					features(&sc.feats, sc.toks, sc.labels, i, start, end, histValue(sc, i), hn, sc.topic)
					want := r.model.Scores(sc.feats.IDs, make([]float32, numLabels))
					for l := range want {
						if got[l] != want[l] {
							t.Fatalf("round %d, token %q: label %d scores %g cached, %g read whole", round, sc.words[i], l, got[l], want[l])
						}
					}
				}
			}
			sc.cache.done()
			r.put(sc)
		}
	}
}
