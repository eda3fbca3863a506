package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestIsInitial(t *testing.T) {
	for w, want := range map[string]bool{
		"J": true, "J.": true, "D": true, "Ž.": true, "A.": true, "I.": true,
		"A": false, "I": false, "Jo": false, "J.D.": false, "US": false, ".": false, "": false,
	} {
		if got := isInitial([]byte(w)); got != want {
			t.Errorf("isInitial(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestJoinClass(t *testing.T) {
	sc := &scratch{}
	for _, tt := range []struct {
		word string
		want uint8
	}{
		{"met", jLower},
		{"van", jLower | jPerson | jBridge},
		{"of", jLower | jPlace},
		{"y", jLower | jPerson},
		{"Vance", jCapital},
		{"J.", jCapital | jInitial},
		{"al-Assad", 0},
		{"2025", 0},
		{",", 0},
	} {
		flags := sc.analyse(tt.word)
		if got := joinClass(sc.word, sc.lower, flags); got != tt.want {
			t.Errorf("joinClass(%q) = %b, want %b", tt.word, got, tt.want)
		}
	}
}

// TestJoinNames checks the repairs on labels set by hand, as the model
// might have given them.
func TestJoinNames(t *testing.T) {
	tests := []struct {
		words string
		in    []string
		want  []string
	}{
		{"J D Vance said", []string{"O", "O", "U-PER", "O"}, []string{"B-PER", "I-PER", "L-PER", "O"}},
		{"J D Vance said", []string{"U-PER", "O", "U-PER", "O"}, []string{"B-PER", "I-PER", "L-PER", "O"}},
		{"George W Bush spoke", []string{"U-PER", "O", "U-PER", "O"}, []string{"B-PER", "I-PER", "L-PER", "O"}},
		{"Osama bin Laden died", []string{"U-PER", "O", "U-PER", "O"}, []string{"B-PER", "I-PER", "L-PER", "O"}},
		{"Ana y Luis", []string{"U-PER", "O", "U-PER"}, []string{"U-PER", "O", "U-PER"}},
		{"J D Vance said", []string{"B-ORG", "I-ORG", "L-ORG", "O"}, []string{"B-PER", "I-PER", "L-PER", "O"}},
		{"in S Africa today", []string{"O", "B-LOC", "L-LOC", "O"}, []string{"O", "B-LOC", "L-LOC", "O"}},
		{"A Trump aide", []string{"O", "U-PER", "O"}, []string{"O", "U-PER", "O"}},
		{"group C Italy", []string{"O", "O", "U-LOC"}, []string{"O", "O", "U-LOC"}},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			sc := scratchFor(t, tt.words, tt.in)
			joinNames(sc, 0, len(sc.labels))
			if got := labelStrings(sc.labels); !slices.Equal(got, tt.want) {
				t.Fatalf("labels = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTakeBack(t *testing.T) {
	tests := []struct {
		words string
		in    []string
		at    int
		want  []string
	}{
		{"Zelenskyy met", []string{"B-PER", "O"}, 1, []string{"U-PER", "O"}},
		{"Jean de la rue", []string{"B-PER", "I-PER", "I-PER", "O"}, 3, []string{"U-PER", "O", "O", "O"}},
		{"Rome and Paris and the", []string{"B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"}, 4, []string{"B-LOC", "I-LOC", "L-LOC", "O", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			sc := scratchFor(t, tt.words, tt.in)
			sc.hist = map[uint64]uint8{}
			takeBack(sc, tt.at, 0)
			if got := labelStrings(sc.labels); !slices.Equal(got, tt.want) {
				t.Fatalf("labels = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJoinRule(t *testing.T) {
	sc := scratchFor(t, "Zelenskyy met van Bosnia and Herzegovina of", []string{"B-PER", "O", "O", "B-LOC", "O", "O", "O"})
	for _, tt := range []struct {
		i, prev        int
		last           bool
		inside, breaks bool
	}{
		{1, label(typePerson, posB), false, false, true},  // "met" ends nothing
		{2, label(typePerson, posB), false, true, false},  // "van" goes on
		{2, label(typePerson, posB), true, false, true},   // but never ends a name
		{4, label(typePlace, posB), false, true, false},   // "and" inside a place
		{4, label(typePerson, posB), false, false, true},  // not inside a person
		{1, label(1, posB), false, false, false},          // an organisation keeps it
		{1, label(typePerson, posU), false, false, false}, // nothing open
		{5, label(typePlace, posI), false, false, false},  // a capital word
		{6, label(typePlace, posI), true, false, true},    // "of" last
	} {
		inside, breaks := joinRule(sc, tt.i, 0, tt.prev, tt.last)
		if inside != tt.inside || breaks != tt.breaks {
			t.Errorf("token %d after %s (last %v): inside %v breaks %v, want %v %v",
				tt.i, labelNames()[tt.prev], tt.last, inside, breaks, tt.inside, tt.breaks)
		}
	}
}

// scratchFor returns a scratch holding the words of text, analysed, with
// the given BILOU labels.
func scratchFor(t *testing.T, text string, labels []string) *scratch {
	t.Helper()
	sc := &scratch{}
	names := labelNames()
	for _, w := range strings.Fields(text) {
		flags := sc.analyse(w)
		sc.toks = append(sc.toks, tokInfo{flags: flags, join: joinClass(sc.word, sc.lower, flags), lower: hashBytes(sc.lower)})
		sc.keys = append(sc.keys, hashBytes(sc.lower))
	}
	if len(labels) != len(sc.toks) {
		t.Fatalf("%d labels for %d words", len(labels), len(sc.toks))
	}
	for _, l := range labels {
		k := slices.Index(names, l)
		if k < 0 {
			t.Fatalf("unknown label %q", l)
		}
		sc.labels = append(sc.labels, k)
	}
	sc.probs = make([]float32, len(labels))
	return sc
}

func labelStrings(labels []int) []string {
	names := labelNames()
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = names[l]
	}
	return out
}
