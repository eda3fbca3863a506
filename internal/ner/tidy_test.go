package ner

import (
	"slices"
	"strings"
	"testing"

	"chronicle/internal/gazetteer"
)

// TestTidyName checks the rules on names' extent on labels as the model
// might give them: each case gives the words, the labels in BILOU and
// the names expected after the rules.
func TestTidyName(t *testing.T) {
	tests := []struct {
		words, labels string
		want          []string
	}{
		// A quotation mark ends a name.
		{`the European Charter " , Mendes said`, "O B-ORG I-ORG I-ORG I-ORG L-ORG O", []string{"ORG European Charter", "ORG Mendes"}},
		{`up to the Cabinet on our behalf . "`, "O O O B-ORG I-ORG I-ORG I-ORG I-ORG L-ORG", []string{"ORG Cabinet"}},
		// A nickname inside quotation marks stays.
		{`Marvin " Bad Boy " Hagler won`, "B-PER I-PER I-PER I-PER I-PER L-PER O", []string{`PER Marvin " Bad Boy " Hagler`}},
		{`the Valley Trail " Greenway " and wildlife`, "O B-LOC I-LOC I-LOC I-LOC I-LOC I-LOC L-LOC", []string{"LOC Valley Trail", "LOC Greenway"}},
		{`free Nelson Mandela " and " release`, "O B-PER I-PER I-PER I-PER L-PER O", []string{"PER Nelson Mandela"}},
		// A comma before a capitalised word ends a name.
		{`the Treaty , Almeida said`, "O B-MISC I-MISC L-MISC O", []string{"MISC Treaty", "MISC Almeida"}},
		{`Acme Widgets , Inc. said`, "B-ORG I-ORG I-ORG L-ORG O", []string{"ORG Acme Widgets , Inc."}},
		{`Smith , Barney & Co said`, "B-ORG I-ORG I-ORG I-ORG L-ORG O", []string{"ORG Smith , Barney & Co"}},
		// A weekday or a month does not end a name.
		{`at Bagram Airbase Friday to`, "O B-LOC I-LOC L-LOC O", []string{"LOC Bagram Airbase"}},
		{`the Senate on Wednesday ,`, "O B-ORG I-ORG L-ORG O", []string{"ORG Senate"}},
		{`the Assembly in October .`, "O B-ORG I-ORG L-ORG O", []string{"ORG Assembly"}},
		{`the Duma March 3 .`, "O B-ORG L-ORG O O", []string{"ORG Duma"}},
		{`on Good Friday ,`, "O B-MISC L-MISC O", []string{"MISC Good Friday"}},
		{`Palm Sunday rally`, "B-LOC L-LOC O", []string{"LOC Palm Sunday"}},
		{`Theresa May said`, "B-PER L-PER O", []string{"PER Theresa May"}},
		{`the Prague Spring of`, "O B-MISC L-MISC O", []string{"MISC Prague Spring"}},
		// A small word never ends a name.
		{`the Government of Fiji and the rebels`, "O B-ORG I-ORG I-ORG I-ORG L-ORG O", []string{"ORG Government of Fiji"}},
		// Names the rules leave alone.
		{`Bosnia and Herzegovina`, "B-LOC I-LOC L-LOC", []string{"LOC Bosnia and Herzegovina"}},
		{`Procter and Gamble said`, "B-ORG I-ORG L-ORG O", []string{"ORG Procter and Gamble"}},
		{`Bank of England`, "B-ORG I-ORG L-ORG", []string{"ORG Bank of England"}},
		// A word in capitals is an organisation's acronym, not a person.
		{`told NBCX Monday`, "O B-PER L-PER", []string{"ORG NBCX"}},
		{`told NBCX that`, "O U-PER O", []string{"ORG NBCX"}},
	}
	names := labelNames()
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		sc := &scratch{words: words, toks: make([]tokInfo, len(words)), labels: make([]int, len(words))}
		for i, l := range strings.Fields(tc.labels) {
			sc.labels[i] = slices.Index(names, l)
			if sc.labels[i] < 0 {
				t.Fatalf("%q: no label %q", tc.words, l)
			}
		}
		tidySentence(sc, 0, len(words))
		var got []string
		for i := 0; i < len(words); i++ {
			if sc.labels[i] == 0 {
				continue
			}
			a := i
			for labelPos(sc.labels[i]) != posL && labelPos(sc.labels[i]) != posU {
				i++
			}
			got = append(got, types[labelType(sc.labels[a])]+" "+strings.Join(words[a:i+1], " "))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestTidyNamePersonPiece checks that a piece of a split name that begins
// with a given name becomes a person's name.
func TestTidyNamePersonPiece(t *testing.T) {
	words := strings.Fields("the Interior , Anna Berg , said")
	given := uint16(gazetteer.GivenNameWord)
	for _, tc := range []struct {
		gaz  uint16
		want string
	}{{given, "U-ORG O B-PER L-PER O"}, {0, "U-ORG O B-ORG L-ORG O"}} {
		sc := &scratch{words: words, toks: make([]tokInfo, len(words)), labels: make([]int, len(words))}
		sc.toks[3].gaz = tc.gaz
		names := labelNames()
		for i, l := range strings.Fields("O B-ORG I-ORG I-ORG L-ORG O O") {
			sc.labels[i] = slices.Index(names, l)
		}
		tidySentence(sc, 0, len(words))
		var got []string
		for _, l := range sc.labels[1:6] {
			got = append(got, names[l])
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("given name %v: got %q, want %q", tc.gaz != 0, got, tc.want)
		}
	}
}

// TestTidyTitledPlace checks that a name after "of" that runs a title's
// place or office into a person's name is split: "Mayor of Toulouse Anne
// Roux", "Secretary of State Marco Rubio".
func TestTidyTitledPlace(t *testing.T) {
	given, city := uint16(gazetteer.GivenNameWord), uint16(gazetteer.CityWord)
	tests := []struct {
		words, labels string
		gaz           map[int]uint16
		phrase        map[int]uint32 // a gazetteer phrase's BILOU positions
		want          string
	}{
		{"Mayor of Toulouse Anne Roux said", "O O B-ORG I-ORG L-ORG O", map[int]uint16{2: city, 3: given}, nil, "O O U-LOC B-PER L-PER O"},
		{"Secretary of State Marco Rubio said", "O O B-ORG I-ORG L-ORG O", map[int]uint16{3: given}, nil, "O O O B-PER L-PER O"},
		{"mayor of Toulouse Philippe Douste-Blazy said", "O O B-PER L-PER O O", map[int]uint16{2: city, 3: given}, nil, "O O U-LOC B-PER L-PER O"},
		{"mayor of Rio de Janeiro Ana Silva said", "O O B-ORG I-ORG I-ORG I-ORG L-ORG O", map[int]uint16{5: given},
			map[int]uint32{2: posB, 3: posI, 4: posL}, "O O B-LOC I-LOC L-LOC B-PER L-PER O"},
		// not after "of", no given name or surname, a place through the given name, a place that is a given name
		{"the Toulouse Anne Roux team", "O B-ORG I-ORG L-ORG O", map[int]uint16{1: city, 2: given}, nil, "O B-ORG I-ORG L-ORG O"},
		{"Bank of England Sterling said", "O O B-ORG L-ORG O", map[int]uint16{}, nil, "O O B-ORG L-ORG O"},
		{"the port of San Juan said", "O O O B-LOC L-LOC O", map[int]uint16{3: city, 4: given}, map[int]uint32{3: posB, 4: posL}, "O O O B-LOC L-LOC O"},
		{"the affair of Kimberley Quinn ended", "O O O B-PER L-PER O", map[int]uint16{3: city | given, 4: 0}, nil, "O O O B-PER L-PER O"},
		{"head of Central Bank of", "O O B-ORG L-ORG O", map[int]uint16{2: city, 3: given}, nil, "O O B-ORG L-ORG O"},
	}
	names := labelNames()
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		sc := &scratch{words: words, toks: make([]tokInfo, len(words)), labels: make([]int, len(words))}
		for i, g := range tc.gaz {
			sc.toks[i].gaz = g
		}
		for i, p := range tc.phrase {
			sc.toks[i].phrase = 1<<2 | p
		}
		for i, l := range strings.Fields(tc.labels) {
			sc.labels[i] = slices.Index(names, l)
		}
		tidySentence(sc, 0, len(words))
		var got []string
		for _, l := range sc.labels {
			got = append(got, names[l])
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.words, strings.Join(got, " "), tc.want)
		}
	}
}

// TestTidyTitledPlaceAtSentenceEnd checks that the word after a name that
// ends its sentence, the next sentence's first, is not taken as a surname.
func TestTidyTitledPlaceAtSentenceEnd(t *testing.T) {
	words := strings.Fields("mayor of Toulouse Philippe Douste-Blazy said")
	sc := &scratch{words: words, toks: make([]tokInfo, len(words)), labels: make([]int, len(words))}
	sc.toks[2].gaz, sc.toks[3].gaz = uint16(gazetteer.CityWord), uint16(gazetteer.GivenNameWord)
	names := labelNames()
	for i, l := range strings.Fields("O O B-PER L-PER O O") {
		sc.labels[i] = slices.Index(names, l)
	}
	tidySentence(sc, 0, 4) // the sentence ends after "Philippe"
	var got []string
	for _, l := range sc.labels {
		got = append(got, names[l])
	}
	if want := "O O B-PER L-PER O O"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}
