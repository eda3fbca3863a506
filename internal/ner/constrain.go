package ner

// Constraints on names that the perceptron's left-to-right decisions can
// break and a reader never would:
//
//   - A word in lower case does not continue the name of a person or a place
//     ("President Zelenskyy met privately" holds the name "Zelenskyy"), unless
//     it is a particle such names carry: "Ludwig van Beethoven", "Osama bin
//     Laden", "Bosnia and Herzegovina", "Gulf of Mexico". Such a particle
//     never ends the name. When a name already opened meets such a word, the
//     recognizer takes the name back to its last word that may end it and
//     labels the word again.
//   - Initials, single capital letters with or without a period ("J", "J.",
//     "D"), before a person's name belong to it: "J D Vance", "George W Bush".
//
// Names of organisations and other things keep their lower-case words
// ("Bank of England", "Ministry of Foreign Affairs", "Declaration of
// Independence"), and a name that begins in lower case (text written all in
// lower case) is left as the model labels it.

// Join classes of a token, as bits.
const (
	jLower   = 1 << iota // letters, none of them capital
	jPerson              // a particle inside a person's name
	jPlace               // a particle inside a place name
	jInitial             // a single capital letter, maybe with a period
	jCapital             // starts with a capital letter
	jBridge              // a particle that joins two parts of a person's name
)

// particles are the lower-case words that may stand inside a person's or a
// place's name, with the kinds of name that take them.
var particles = map[string]uint8{
	"de": jPerson | jPlace, "del": jPerson | jPlace, "della": jPerson, "dal": jPerson, "da": jPerson | jPlace,
	"di": jPerson | jPlace, "du": jPerson | jPlace, "des": jPerson | jPlace, "la": jPerson | jPlace,
	"le": jPerson | jPlace, "las": jPlace, "los": jPerson | jPlace, "el": jPerson | jPlace,
	"van": jPerson, "von": jPerson, "der": jPerson | jPlace, "den": jPerson, "ter": jPerson, "ten": jPerson,
	"zu": jPerson, "op": jPerson, "bin": jPerson, "bint": jPerson, "ibn": jPerson, "ben": jPerson,
	"al": jPerson | jPlace, "y": jPerson, "dos": jPerson | jPlace, "das": jPerson | jPlace, "do": jPerson | jPlace,
	"e": jPerson, "wa": jPerson, "of": jPlace, "the": jPlace, "and": jPlace, "upon": jPlace, "am": jPlace,
	"sur": jPlace, "en": jPlace, "on": jPlace,
}

// bridges are the person particles that are not also common conjunctions
// ("y", "e"): a person's name, one of them and another person's name are
// one name, "Osama" bin "Laden".
func init() {
	for w, c := range particles {
		if c&jPerson != 0 && w != "y" && w != "e" {
			particles[w] = c | jBridge
		}
	}
}

// joinClass returns the join class bits of a word with the given flags and
// lower-case form.
func joinClass(word []byte, lower []byte, flags uint32) uint8 {
	var c uint8
	switch {
	case flags&fHasLetter == 0:
	case flags&(fInitCap|fAllCaps|fMixedCaps) == 0:
		c = jLower | particles[string(lower)]
	case flags&fInitCap != 0:
		c = jCapital
		if isInitial(word) {
			c |= jInitial
		}
	}
	return c
}

// isInitial reports whether w, a capitalized word, is one letter, alone or
// with a period. "A" and "I" alone are words, not initials.
func isInitial(w []byte) bool {
	if len(w) > 0 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	} else if len(w) == 1 && (w[0] == 'A' || w[0] == 'I') {
		return false
	}
	n := 0
	for range string(w) {
		n++
	}
	return n == 1
}

// typePerson and typePlace are the type indexes of PER and LOC.
const (
	typePerson = 0
	typePlace  = 2
)

// joinRule says what label token i may take given the open name before it:
// inside reports that only I of that name's type is allowed, and breaks
// that the name cannot go on through token i at all.
func joinRule(sc *scratch, i, start int, prev int, last bool) (inside, breaks bool) {
	if prev == 0 || labelPos(prev) == posL || labelPos(prev) == posU {
		return false, false
	}
	typ := labelType(prev)
	c := sc.toks[i].join
	if c&jLower == 0 || typ != typePerson && typ != typePlace {
		return false, false
	}
	ns := nameStart(sc, i, start)
	if sc.toks[ns].join&jCapital == 0 {
		return false, false // a name in lower case: leave it to the model
	}
	want := uint8(jPerson)
	if typ == typePlace {
		want = jPlace
	}
	if c&want == 0 || last {
		return false, true
	}
	return true, false
}

// nameStart returns the first token of the name open before token i, in
// the sentence that starts at start.
func nameStart(sc *scratch, i, start int) int {
	ns := i - 1
	for ns > start && labelPos(sc.labels[ns]) != posB {
		ns--
	}
	return ns
}

// takeBack ends the name open before token i at its last word that is not
// in lower case, and labels the words after that outside.
func takeBack(sc *scratch, i, start int) {
	ns := nameStart(sc, i, start)
	j := i - 1
	for j > ns && sc.toks[j].join&jLower != 0 {
		j--
	}
	typ := labelType(sc.labels[ns])
	if j == ns {
		sc.labels[j] = label(typ, posU)
	} else {
		sc.labels[j] = label(typ, posL)
	}
	for k := j + 1; k < i; k++ {
		sc.labels[k] = 0
		delete(sc.hist, sc.keys[k])
	}
}

// joinNames joins, in the sentence [start, end), the parts of a person's
// name the model labelled apart: initials before a person's name ("J D
// Vance", "George W Bush") and particles between two ("Osama bin Laden").
func joinNames(sc *scratch, start, end int) {
	joinRuns(sc, start, end, false, func(i int) bool {
		return sc.toks[i].join&jInitial != 0 && free(sc.labels[i])
	})
	retypeInitials(sc, start, end)
	joinRuns(sc, start, end, true, func(i int) bool {
		return sc.toks[i].join&jBridge != 0 && sc.labels[i] == 0
	})
}

// joinRuns takes each run of tokens that fit, in the sentence [start, end),
// into the person's name that starts just after it; when between is set,
// only a run between two persons' names, which it makes one.
func joinRuns(sc *scratch, start, end int, between bool, fits func(i int) bool) {
	for i := start; i < end; i++ {
		if !fits(i) || between && (i == start || !endsPerson(sc.labels[i-1])) {
			continue
		}
		k := i
		for k < end && fits(k) {
			k++
		}
		if k == end || labelType(sc.labels[k]) != typePerson || !startsName(sc.labels[k]) {
			i = k
			continue
		}
		mergePerson(sc, i, k, start)
		i = k
	}
}

// retypeInitials makes a person of a name, in the sentence [start, end),
// that is two or more initials and one word: "J D Vance", "H. G. Wells". A
// company named after its founder comes out a person too ("J. P. Morgan"),
// which the annotated news shows is the rarer case by far.
func retypeInitials(sc *scratch, start, end int) {
	for i := start; i < end; i++ {
		if labelPos(sc.labels[i]) != posB || labelType(sc.labels[i]) == typePerson {
			continue
		}
		k := i
		for k < end && sc.toks[k].join&jInitial != 0 {
			k++
		}
		if k-i < 2 || k == end || labelPos(sc.labels[k]) != posL ||
			sc.toks[k].join&jCapital == 0 || sc.toks[k].flags&fHasLower == 0 {
			continue
		}
		sc.labels[i] = label(typePerson, posB)
		for j := i + 1; j < k; j++ {
			sc.labels[j] = label(typePerson, posI)
		}
		sc.labels[k] = label(typePerson, posL)
		i = k
	}
}

// endsPerson reports whether l ends a person's name.
func endsPerson(l int) bool {
	return labelType(l) == typePerson && (labelPos(l) == posL || labelPos(l) == posU)
}

// startsName reports whether l starts a name.
func startsName(l int) bool {
	return l != 0 && (labelPos(l) == posB || labelPos(l) == posU)
}

// mergePerson makes one person's name of tokens [i, k) and the name that
// starts at token k, in the sentence that starts at start. The name goes
// on from the person's name that ends at token i-1, when one does.
func mergePerson(sc *scratch, i, k, start int) {
	first := label(typePerson, posB)
	if i > start && endsPerson(sc.labels[i-1]) {
		if labelPos(sc.labels[i-1]) == posU {
			sc.labels[i-1] = label(typePerson, posB)
		} else {
			sc.labels[i-1] = label(typePerson, posI)
		}
		first = label(typePerson, posI)
	}
	for j := i; j < k; j++ {
		sc.labels[j] = label(typePerson, posI)
		sc.probs[j] = sc.probs[k]
	}
	sc.labels[i] = first
	if labelPos(sc.labels[k]) == posB {
		sc.labels[k] = label(typePerson, posI)
	} else {
		sc.labels[k] = label(typePerson, posL)
	}
}

// free reports whether label l leaves a token free to join a person's name:
// outside, or a person's name of its own.
func free(l int) bool {
	return l == 0 || labelType(l) == typePerson && labelPos(l) == posU
}
