package eval

import (
	"cmp"
	"fmt"
	"slices"
)

// A TagScore is a part-of-speech evaluation: accuracy over tokens, and for
// each tag how often it was gold, guessed, and guessed right (Counts gives
// precision, recall and F1).
type TagScore struct {
	Tokens  int               `json:"tokens"`
	Correct int               `json:"correct"`
	Tags    map[string]Counts `json:"tags"`
}

// Accuracy returns Correct/Tokens, 0 when nothing was scored.
func (s TagScore) Accuracy() float64 { return ratio(s.Correct, s.Tokens) }

// TagNames returns the tags of s, the most frequent gold tag first (ties in
// alphabetical order).
func (s TagScore) TagNames() []string {
	names := make([]string, 0, len(s.Tags))
	for t := range s.Tags {
		names = append(names, t)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(s.Tags[b].Gold-s.Tags[a].Gold, cmp.Compare(a, b))
	})
	return names
}

// A TagScorer accumulates a TagScore sentence by sentence. The zero value
// is ready to use.
type TagScorer struct {
	s TagScore
}

// Add scores one sentence's guessed tags against its gold tags. Sequences of
// different lengths are an error, and leave the score unchanged.
func (ts *TagScorer) Add(gold, guess []string) error {
	if len(gold) != len(guess) {
		return fmt.Errorf("score tags: %d gold tags, %d guessed", len(gold), len(guess))
	}
	if ts.s.Tags == nil {
		ts.s.Tags = map[string]Counts{}
	}
	for i, g := range gold {
		ts.s.Tokens++
		c := ts.s.Tags[g]
		c.Gold++
		if guess[i] == g {
			ts.s.Correct++
			c.Correct++
		}
		ts.s.Tags[g] = c
		c = ts.s.Tags[guess[i]]
		c.Guessed++
		ts.s.Tags[guess[i]] = c
	}
	return nil
}

// Score returns the score so far.
func (ts *TagScorer) Score() TagScore { return ts.s }
