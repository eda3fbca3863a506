package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"chronicle/internal/eval"
	"chronicle/internal/ner"

	"github.com/jdkato/prose/v3"
)

// proseTypes maps the entity labels of prose's English model (the ACE
// classes NLTK's chunker was trained on) to CoNLL-2003 types. prose has no
// class for CoNLL's MISC (nationalities, events, titles of works), so it
// never guesses MISC, except under facilityMISC.
var proseTypes = map[string]string{
	"PERSON":       "PER",
	"ORGANIZATION": "ORG",
	"GPE":          "LOC", // geo-political entity: countries, cities, states
	"GSP":          "LOC", // a rare ACE class of geo-social-political entities
	"LOCATION":     "LOC",
	"FACILITY":     "LOC", // a building or a site is a place
}

// facilityMISC is the other reading of FACILITY, scored beside the first.
var facilityMISC = func() map[string]string {
	m := maps.Clone(proseTypes)
	m["FACILITY"] = "MISC"
	return m
}()

// conllType returns the CoNLL type of a prose label, "" for a label with
// no CoNLL counterpart. The label may carry an IOB prefix ("B-GPE").
func conllType(types map[string]string, label string) string {
	if len(label) > 2 && label[1] == '-' {
		label = label[2:]
	}
	return types[label]
}

// spaced joins words with single spaces and returns the text and the byte
// offset at which each word starts.
func spaced(words []string) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	return b.String(), starts
}

// entityLabels turns entities found in the text spaced made of words back
// into IOB2 labels of those words: each word an entity overlaps takes its
// type, the first of them B-, the rest I-. Entities whose label has no
// CoNLL type are dropped; a word keeps the first entity that reaches it.
func entityLabels(words []string, starts []int, ents []prose.Entity, types map[string]string) []string {
	labels := make([]string, len(words))
	for i := range labels {
		labels[i] = "O"
	}
	for _, e := range ents {
		typ := conllType(types, e.Label)
		if typ == "" {
			continue
		}
		first := true
		for i, w := range words {
			if starts[i] >= e.End() || starts[i]+len(w) <= e.Start {
				continue
			}
			if labels[i] != "O" {
				first = false
				continue
			}
			if first {
				labels[i] = "B-" + typ
				first = false
			} else {
				labels[i] = "I-" + typ
			}
		}
	}
	return labels
}

// tokenLabels maps prose's per-token IOB labels, before its chunker groups
// them, onto words: each word takes the label of the first token that
// starts inside it.
func tokenLabels(words []string, starts []int, toks []prose.Token, types map[string]string) []string {
	labels := make([]string, len(words))
	k := 0
	for i, w := range words {
		labels[i] = "O"
		for k < len(toks) && toks[k].Start < starts[i] {
			k++
		}
		if k < len(toks) && toks[k].Start < starts[i]+len(w) {
			if typ := conllType(types, toks[k].Label); typ != "" {
				labels[i] = toks[k].Label[:2] + typ
			}
		}
	}
	return labels
}

// compareScores labels the sentences of docs with Chronicle (whole
// documents, as `chronicle eval ner` does, and sentence by sentence) and
// with prose (sentence by sentence: the words joined by spaces), and prints
// the conlleval figures of each.
func compareScores(out io.Writer, path string, docs []eval.CoNLLDocument) error {
	rec := ner.Default()
	var golds [][]string
	var sents [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			golds = append(golds, s.Labels())
			sents = append(sents, s.Words())
		}
	}
	fmt.Fprintf(out, "\nCoNLL-2003 %s: %d documents, %d sentences\n", path, len(docs), len(sents))
	fmt.Fprintf(out, "%-38s %6s %6s %6s   %6s %6s %6s %6s %8s\n", "system", "P", "R", "F1", "PER", "LOC", "ORG", "MISC", "time")

	row := func(name string, took time.Duration, guess [][]string) error {
		s, err := eval.ScoreChunks(golds, guess)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(out, "%-38s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f %6.2f %8s\n", name,
			100*s.Overall.Precision(), 100*s.Overall.Recall(), 100*s.Overall.F1(),
			100*typeF1(s, "PER"), 100*typeF1(s, "LOC"), 100*typeF1(s, "ORG"), 100*typeF1(s, "MISC"),
			took.Round(time.Millisecond))
		return nil
	}

	start := time.Now()
	var doc [][]string
	for _, d := range docs {
		ss := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			ss[i] = s.Words()
		}
		doc = append(doc, rec.TagDocument(ss)...)
	}
	if err := row("chronicle, whole documents", time.Since(start), doc); err != nil {
		return err
	}

	start = time.Now()
	one := make([][]string, len(sents))
	for i, s := range sents {
		one[i] = rec.TagWords(s)
	}
	if err := row("chronicle, sentence by sentence", time.Since(start), one); err != nil {
		return err
	}

	start = time.Now()
	var byEntity, byEntityMISC, byToken [][]string
	seen := map[string]int{}
	for _, words := range sents {
		text, starts := spaced(words)
		d, err := prose.NewDocument(text, prose.WithSegmentation(false))
		if err != nil {
			return fmt.Errorf("prose: %w", err)
		}
		for _, e := range d.Entities() {
			seen[e.Label]++
		}
		byEntity = append(byEntity, entityLabels(words, starts, d.Entities(), proseTypes))
		byEntityMISC = append(byEntityMISC, entityLabels(words, starts, d.Entities(), facilityMISC))
		byToken = append(byToken, tokenLabels(words, starts, d.Tokens(), proseTypes))
	}
	took := time.Since(start)
	if err := row("prose, sentence by sentence, entities", took, byEntity); err != nil {
		return err
	}
	if err := row("  the same, FACILITY as MISC", took, byEntityMISC); err != nil {
		return err
	}
	if err := row("  the same, token labels unchunked", took, byToken); err != nil {
		return err
	}
	fmt.Fprintf(out, "prose entity labels found:")
	for _, l := range slices.Sorted(maps.Keys(seen)) {
		fmt.Fprintf(out, " %s %d", l, seen[l])
	}
	fmt.Fprintln(out)
	return nil
}

// typeF1 returns the F1 of one chunk type, 0 when it was neither gold nor
// guessed.
func typeF1(s eval.ChunkScore, typ string) float64 {
	c := s.Types[typ]
	return c.F1()
}
