package main

import (
	"slices"
	"testing"

	"github.com/jdkato/prose/v3"
)

func TestConllType(t *testing.T) {
	for _, c := range []struct{ label, want string }{
		{"PERSON", "PER"},
		{"B-PERSON", "PER"},
		{"I-ORGANIZATION", "ORG"},
		{"GPE", "LOC"},
		{"B-GSP", "LOC"},
		{"LOCATION", "LOC"},
		{"FACILITY", "LOC"},
		{"O", ""},
		{"B-DATE", ""},
	} {
		if got := conllType(proseTypes, c.label); got != c.want {
			t.Errorf("conllType(%q) = %q, want %q", c.label, got, c.want)
		}
	}
	if got := conllType(facilityMISC, "B-FACILITY"); got != "MISC" {
		t.Errorf("FACILITY under facilityMISC = %q, want MISC", got)
	}
}

func TestSpaced(t *testing.T) {
	text, starts := spaced([]string{"Ann", "met", "Bo", "."})
	if text != "Ann met Bo ." || !slices.Equal(starts, []int{0, 4, 8, 11}) {
		t.Fatalf("spaced = %q %v", text, starts)
	}
}

func TestEntityLabels(t *testing.T) {
	words := []string{"Maria", "Costa", "flew", "to", "New", "York", "."}
	text, starts := spaced(words)
	ents := []prose.Entity{
		{Text: "Maria Costa", Label: "PERSON", Start: 0},
		{Text: "New York", Label: "GPE", Start: len("Maria Costa flew to ")},
	}
	if text[ents[1].Start:ents[1].End()] != "New York" {
		t.Fatal("bad test offsets")
	}
	got := entityLabels(words, starts, ents, proseTypes)
	want := []string{"B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestEntityLabelsPartialWord(t *testing.T) {
	// An entity covering part of a word labels the whole word; one with no
	// CoNLL type labels nothing.
	words := []string{"Anti-Brexit", "march", "on", "Monday"}
	_, starts := spaced(words)
	ents := []prose.Entity{
		{Text: "Brexit", Label: "ORGANIZATION", Start: 5},
		{Text: "Monday", Label: "DATE", Start: starts[3]},
	}
	got := entityLabels(words, starts, ents, proseTypes)
	want := []string{"B-ORG", "O", "O", "O"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestTokenLabels(t *testing.T) {
	words := []string{"U.S.", "troops", "left", "Iraq"}
	_, starts := spaced(words)
	toks := []prose.Token{
		{Text: "U.S", Start: 0, Label: "B-GPE"},
		{Text: ".", Start: 3, Label: "I-GPE"},
		{Text: "troops", Start: 5, Label: "O"},
		{Text: "left", Start: 12, Label: "O"},
		{Text: "Iraq", Start: 17, Label: "B-GPE"},
	}
	got := tokenLabels(words, starts, toks, proseTypes)
	want := []string{"B-LOC", "O", "O", "B-LOC"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestProseRoundTrip runs prose itself over a sentence of our own and
// checks that every entity it finds lands on the words it covers.
func TestProseRoundTrip(t *testing.T) {
	words := []string{"Prime", "Minister", "Helen", "Okafor", "visited", "Berlin", "on", "Tuesday", "."}
	text, starts := spaced(words)
	d, err := prose.NewDocument(text, prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	labels := entityLabels(words, starts, d.Entities(), proseTypes)
	if len(labels) != len(words) {
		t.Fatalf("%d labels for %d words", len(labels), len(words))
	}
	for _, e := range d.Entities() {
		if text[e.Start:e.End()] != e.Text {
			t.Errorf("entity %q at %d does not locate its text", e.Text, e.Start)
		}
		if conllType(proseTypes, e.Label) == "" {
			continue
		}
		for i, w := range words {
			inside := starts[i] < e.End() && starts[i]+len(w) > e.Start
			if inside && labels[i] == "O" {
				t.Errorf("word %q inside entity %q %s is O", w, e.Text, e.Label)
			}
		}
	}
}
