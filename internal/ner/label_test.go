package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestChunksOf(t *testing.T) {
	tests := []struct {
		labels string
		want   string // start-end:type …
	}{
		{"I-PER I-PER O I-LOC", "0-2:PER 3-4:LOC"},
		{"I-PER B-PER", "0-1:PER 1-2:PER"},                     // IOB1: B splits two names of one type
		{"B-PER I-PER B-LOC", "0-2:PER 2-3:LOC"},               // IOB2
		{"I-ORG I-LOC", "0-1:ORG 1-2:LOC"},                     // a type change starts a name
		{"O I-MISC I-MISC O", "1-3:MISC"},                      // I after O starts one
		{"B-PER E-PER S-LOC I-LOC", "0-2:PER 2-3:LOC 3-4:LOC"}, // IOBES
		{"O O", ""},
	}
	for _, tt := range tests {
		t.Run(tt.labels, func(t *testing.T) {
			chunks, err := chunksOf(strings.Fields(tt.labels))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range chunks {
				got = append(got, strings.Join([]string{itoa(c.start) + "-" + itoa(c.end), types[c.typ]}, ":"))
			}
			if strings.Join(got, " ") != tt.want {
				t.Fatalf("chunks %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := chunksOf([]string{"B-DATE"}); err == nil {
		t.Error("an unknown type was accepted")
	}
}

func itoa(i int) string { return string(rune('0' + i)) }

func TestBILOU(t *testing.T) {
	chunks, _ := chunksOf(strings.Fields("I-PER I-PER I-PER O I-LOC B-LOC I-LOC"))
	var got []string
	names := labelNames()
	for _, l := range bilou(chunks, 7) {
		got = append(got, names[l])
	}
	want := strings.Fields("B-PER I-PER L-PER O U-LOC B-LOC L-LOC")
	if !slices.Equal(got, want) {
		t.Fatalf("bilou = %q, want %q", got, want)
	}
}

func TestAllowed(t *testing.T) {
	names := labelNames()
	idx := func(s string) int { return slices.Index(names, s) }
	tests := []struct {
		prev, l string
		last    bool
		want    bool
	}{
		{"O", "B-PER", false, true},
		{"O", "B-PER", true, false}, // a name cannot begin on the last token
		{"O", "U-PER", true, true},
		{"O", "I-PER", false, false},
		{"B-PER", "I-PER", false, true},
		{"B-PER", "L-PER", true, true},
		{"B-PER", "I-PER", true, false},
		{"B-PER", "L-ORG", false, false},
		{"B-PER", "O", false, false},
		{"L-PER", "B-ORG", false, true},
		{"U-LOC", "L-LOC", false, false},
	}
	for _, tt := range tests {
		if got := allowed(idx(tt.prev), idx(tt.l), tt.last); got != tt.want {
			t.Errorf("allowed(%s, %s, last=%v) = %v, want %v", tt.prev, tt.l, tt.last, got, tt.want)
		}
	}
}
