package ner

import (
	"chronicle"
)

// The recognizer labels each token in BILOU: the Beginning, Inside or Last
// token of a multi-token name, a Unit (one-token) name, or Outside. Label 0
// is O; label 1+4*t+k is position k (B, I, L, U) of type t.
const (
	posB = iota
	posI
	posL
	posU
)

// types are the CoNLL-2003 type names, in label order.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

// entityTypes maps a type index to the vocabulary's EntityType.
var entityTypes = [...]chronicle.EntityType{chronicle.Person, chronicle.Organization, chronicle.Location, chronicle.Misc}

const numLabels = 1 + 4*len(types)

// labelNames returns the names of the labels, "O", "B-PER", "I-PER", ….
func labelNames() []string {
	names := []string{"O"}
	for _, t := range types {
		for _, p := range "BILU" {
			names = append(names, string(p)+"-"+t)
		}
	}
	return names
}

func label(typ, pos int) int { return 1 + 4*typ + pos }

// labelType returns the type index of label, -1 for O.
func labelType(l int) int {
	if l == 0 {
		return -1
	}
	return (l - 1) / 4
}

// labelPos returns the BILOU position of label; meaningless for O.
func labelPos(l int) int { return (l - 1) % 4 }

// allowed reports whether label l may follow label prev in BILOU, with last
// telling whether l is the last token of its sentence.
func allowed(prev, l int, last bool) bool {
	open := prev != 0 && (labelPos(prev) == posB || labelPos(prev) == posI)
	if open {
		return l != 0 && labelType(l) == labelType(prev) && (labelPos(l) == posL || !last && labelPos(l) == posI)
	}
	if l == 0 {
		return true
	}
	p := labelPos(l)
	return p == posU || !last && p == posB
}

func typeIndex(name string) int {
	for i, t := range types {
		if t == name {
			return i
		}
	}
	return -1
}

// A chunk is a name as token positions [start, end) and a type index.
type chunk struct{ start, end, typ int }

// chunksOf reads the names in labels written in IOB1, IOB2 or IOBES, the way
// the conlleval script does: a name starts at B or S, at I or E after O, or
// where the type changes, and ends before B, S or O, after E or S, or where
// the type changes. Labels whose type is not a CoNLL-2003 type are outside.
func chunksOf(labels []string) ([]chunk, error) {
	var out []chunk
	cur := chunk{start: -1}
	prevTag, prevType := byte('O'), -1
	for i, l := range labels {
		tag, typ := byte('O'), -1
		if l != "O" {
			if len(l) < 3 || l[1] != '-' || typeIndex(l[2:]) < 0 {
				return nil, errLabel(l)
			}
			tag, typ = l[0], typeIndex(l[2:])
		}
		ends := prevTag == 'S' || prevTag == 'E' ||
			(prevTag == 'B' || prevTag == 'I') && (tag == 'B' || tag == 'S' || tag == 'O') ||
			prevTag != 'O' && prevType != typ
		starts := tag == 'B' || tag == 'S' ||
			(tag == 'I' || tag == 'E') && (prevTag == 'O' || prevTag == 'E' || prevTag == 'S') ||
			tag != 'O' && prevType != typ
		if ends && cur.start >= 0 {
			cur.end = i
			out = append(out, cur)
			cur.start = -1
		}
		if starts {
			cur = chunk{start: i, typ: typ}
		}
		prevTag, prevType = tag, typ
	}
	if cur.start >= 0 {
		cur.end = len(labels)
		out = append(out, cur)
	}
	return out, nil
}

// bilou returns the BILOU label indexes for n tokens holding chunks.
func bilou(chunks []chunk, n int) []int {
	out := make([]int, n)
	for _, c := range chunks {
		if c.end-c.start == 1 {
			out[c.start] = label(c.typ, posU)
			continue
		}
		out[c.start] = label(c.typ, posB)
		for i := c.start + 1; i < c.end-1; i++ {
			out[i] = label(c.typ, posI)
		}
		out[c.end-1] = label(c.typ, posL)
	}
	return out
}

type errLabel string

func (e errLabel) Error() string {
	return "label " + string(e) + ": want O or B-, I-, E-, S- with PER, ORG, LOC or MISC"
}
