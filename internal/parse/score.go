package parse

import (
	"fmt"

	"chronicle/internal/conllu"
)

// An Attachment scores parses against gold trees: the unlabeled attachment
// score (UAS) is the share of words given their gold head, the labeled one
// (LAS) the share given their gold head and relation, subtype included
// (nsubj:pass is not nsubj). Each is counted over all words and over the
// words that are not punctuation (gold UPOS PUNCT). The zero value is
// ready to use.
type Attachment struct {
	Words, Heads, Arcs                      int // all words: counted, right head, right head and relation
	WordsNoPunct, HeadsNoPunct, ArcsNoPunct int // the same without punctuation
}

// Add scores one parse of gold's words: heads as ParseWords returns them.
// A parse of another length is an error naming the sentence.
func (a *Attachment) Add(gold *conllu.Sentence, heads []int, deps []string) error {
	if len(heads) != len(gold.Words) || len(deps) != len(gold.Words) {
		return fmt.Errorf("sentence %q (line %d): %d words, parse has %d heads and %d relations", gold.ID, gold.Line, len(gold.Words), len(heads), len(deps))
	}
	for i, w := range gold.Words {
		head := heads[i] == w.Head
		arc := head && deps[i] == w.Deprel
		a.Words++
		a.Heads += b2i(head)
		a.Arcs += b2i(arc)
		if w.UPOS != "PUNCT" {
			a.WordsNoPunct++
			a.HeadsNoPunct += b2i(head)
			a.ArcsNoPunct += b2i(arc)
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UAS returns the unlabeled attachment score over all words, 0…1.
func (a Attachment) UAS() float64 { return ratio(a.Heads, a.Words) }

// LAS returns the labeled attachment score over all words, 0…1.
func (a Attachment) LAS() float64 { return ratio(a.Arcs, a.Words) }

// UASNoPunct returns the unlabeled attachment score without punctuation.
func (a Attachment) UASNoPunct() float64 { return ratio(a.HeadsNoPunct, a.WordsNoPunct) }

// LASNoPunct returns the labeled attachment score without punctuation.
func (a Attachment) LASNoPunct() float64 { return ratio(a.ArcsNoPunct, a.WordsNoPunct) }
