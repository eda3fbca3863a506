package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/gazetteer"
)

// Rules on the extent of names that hold whatever the model says, applied
// to each sentence's labels after decoding (while labelling, not while
// training):
//
//   - A name never spans a double quotation mark: `the European
//     Constitution", Barroso said` gives "European Constitution" and
//     "Barroso", not one name. A nickname in a pair of quotation marks
//     between capitalised words of a name stays (`Roberto "Hands of Stone"
//     Duran`).
//   - A name never spans a comma followed by a capitalised word, unless
//     that word is a company's or a generation's suffix ("Pfizer, Inc.",
//     "King, Jr.") or the rest is a firm's name with "&" ("Goldman, Sachs
//     & Co"). Places the gazetteer writes with a comma ("Washington, DC")
//     are joined again by resolve.
//   - A name never ends in a weekday ("Kandahar Airfield Thursday"),
//     except a day's own name ("Good Friday", "Super Tuesday") or a MISC
//     name; nor in a month after a lower-case word ("Parliament in
//     January") or before a number ("Parliament January 5").
//   - A name never ends in a small word such as "and", "the" or "of"
//     ("Government of Sri Lanka and the" → "Government of Sri Lanka").
//   - A name cut by these rules loses the lower-case words and the
//     punctuation left at its ends: `Government on your behalf."` →
//     "Government", "and Duran" → "Duran".
//   - A person's name of one word in capitals, in a sentence not written
//     in capitals, is an organisation's acronym ("CNBC").
//
// The pieces keep the name's type, but for a piece of two words or more
// that begins with a given name, which is a person's.

// tidySentence applies the rules to the names of the sentence [start, end).
func tidySentence(sc *scratch, start, end int) {
	for i := start; i < end; i++ {
		l := sc.labels[i]
		if l == 0 {
			continue
		}
		a := i
		for labelPos(sc.labels[i]) != posL && labelPos(sc.labels[i]) != posU {
			i++
		}
		if k := titledPlaceSplit(sc, a, i+1, start, end); k > a {
			i = splitTitledPlace(sc, a, k, i+1, end) - 1
			continue
		}
		tidyName(sc, a, i+1, end)
	}
}

// titledPlaceSplit returns where a person's name begins inside the name
// [a, b) that follows "of": the place or office of a title run into the
// name of who holds it ("Mayor of Toulouse Philippe Douste-Blazy",
// "Secretary of State Marco Rubio"). The words before it are one place
// (a word or a whole gazetteer phrase, not itself a given name:
// "Kimberley") or words of an office; it is a given name that no place
// phrase runs through ("San Juan", "West Virginia"), beginning a person's
// name of two words or more (the second perhaps a capitalised word just
// after the name) with no organisation's or country's word; a surname may
// be a place's ("Anne Hidalgo"). a when there is none.
func titledPlaceSplit(sc *scratch, a, b, start, end int) int {
	if a == start || sc.words[a-1] != "of" || b-a < 2 {
		return a
	}
	const place = uint16(gazetteer.CountryWord | gazetteer.CityWord | gazetteer.SubdivisionWord)
	given := func(t int) bool { return sc.toks[t].gaz&uint16(gazetteer.GivenNameWord) != 0 }
	k := a
	switch {
	case officeWords[sc.words[a]]:
		for k < b && officeWords[sc.words[k]] {
			k++
		}
	case sc.toks[a].phrase != 0 && sc.toks[a].phrase&3 == posB:
		for k < b && sc.toks[k].phrase&3 != posL {
			k++
		}
		k++ // past the phrase's last word
	case sc.toks[a].gaz&place != 0 && !given(a):
		k = a + 1
	default:
		return a
	}
	if k >= b || !given(k) || !startsUpper(sc.words[k]) || sc.toks[k].phrase != 0 && sc.toks[k].phrase&3 != posB {
		return a
	}
	e := surnameAfter(sc, k, b, end)
	if e-k < 2 {
		return a // "Central Bank": no surname
	}
	for t := k; t < e; t++ {
		if sc.toks[t].gaz&uint16(gazetteer.OrgWord|gazetteer.CountryWord) != 0 {
			return a // "Queens Park Mews Limited", "Hugo Chávez, and the President of Brazil"
		}
	}
	return k
}

// surnameAfter returns the end of the person's name [k, b) in a sentence
// that ends before token end: one word further when the name holds only
// the given name and a capitalised word the model left out follows it
// ("Toulouse Philippe" and "Douste-Blazy").
func surnameAfter(sc *scratch, k, b, end int) int {
	if b-k < 2 && b < end && sc.labels[b] == 0 && startsUpper(sc.words[b]) {
		return b + 1
	}
	return b
}

// officeWords name the office in a title with "of" ("Secretary of State",
// "Minister of Foreign Affairs").
var officeWords = map[string]bool{
	"State": true, "Defense": true, "Defence": true, "Foreign": true, "Affairs": true, "Interior": true,
	"Justice": true, "Treasury": true, "Health": true, "Commerce": true, "Labor": true, "Labour": true,
	"Energy": true, "Education": true, "Agriculture": true, "Finance": true, "Homeland": true,
	"Security": true, "Transport": true, "Transportation": true, "Staff": true,
}

// splitTitledPlace relabels the name [a, b) split at k by
// titledPlaceSplit: the places before k one location (office words no
// name), and from k a person's name, which goes on over capitalised words
// the model left out when it holds only the given name ("Philippe
// Douste-Blazy"). It returns the token after the person's name.
func splitTitledPlace(sc *scratch, a, k, b, end int) int {
	for t := a; t < b; t++ {
		sc.labels[t] = 0
	}
	if !officeWords[sc.words[a]] {
		setName(sc, 2, a, k)
	}
	b = surnameAfter(sc, k, b, end)
	setName(sc, 0, k, b)
	tidyName(sc, k, b, end) // "Hugo Chávez , and the President": the other rules still hold
	return b
}

// tidyName applies the rules to the name of tokens [a, b) of a sentence
// that ends before token end.
func tidyName(sc *scratch, a, b, end int) {
	typ := labelType(sc.labels[a])
	if b-a == 1 {
		if typ == 0 && personAcronym(sc, a, b) {
			sc.labels[a] = label(1, posU)
		}
		return
	}
	words := sc.words
	nickname := isNickname(words[a:b])
	breaks := func(k int) bool {
		return (isQuote(words[k]) && !nickname) || (words[k] == "," && splitsAtComma(words, k, b))
	}
	split := false
	for k := a; k < b && !split; k++ {
		split = breaks(k)
	}
	changed := split
	var buf [8][2]int
	pieces := buf[:0]
	p := a
	for k := a; k <= b; k++ {
		if k < b && !breaks(k) {
			continue
		}
		p0, p1 := trimTime(words, typ, p, k, end)
		for p1-p0 > 1 && trailingWords[words[p1-1]] {
			p1-- // "Government of Sri Lanka and the"
		}
		if p1 < k || split {
			p0, p1 = trimLoose(words, p0, p1)
		}
		changed = changed || p0 != p || p1 != k
		pieces = append(pieces, [2]int{p0, p1})
		p = k + 1
	}
	if !changed {
		return
	}
	for t := a; t < b; t++ {
		sc.labels[t] = 0
	}
	for _, pc := range pieces {
		t := typ
		if split && personPiece(sc, pc[0], pc[1]) {
			t = 0
		}
		setName(sc, t, pc[0], pc[1])
	}
}

// personPiece reports whether the piece [a, b) of a name split by the
// rules is a person's name: two words or more, the first a given name,
// none a place's or an organisation's word ("Interior, Nicolas Sarkozy"
// gives the person "Nicolas Sarkozy" whatever the whole was typed).
func personPiece(sc *scratch, a, b int) bool {
	if b-a < 2 || sc.toks[a].gaz&uint16(gazetteer.GivenNameWord) == 0 {
		return false
	}
	for t := a; t < b; t++ {
		if sc.toks[t].gaz&uint16(gazetteer.OrgWord|gazetteer.CountryWord|gazetteer.CityWord|gazetteer.SubdivisionWord) != 0 {
			return false
		}
	}
	return true
}

// setName labels tokens [a, b) as one name of type typ; nothing when the
// range holds no capitalised word.
func setName(sc *scratch, typ, a, b int) {
	capital := false
	for t := a; t < b && !capital; t++ {
		capital = startsUpper(sc.words[t])
	}
	if !capital {
		return
	}
	if b-a == 1 {
		if typ == 0 && personAcronym(sc, a, b) {
			typ = 1
		}
		sc.labels[a] = label(typ, posU)
		return
	}
	sc.labels[a] = label(typ, posB)
	for t := a + 1; t < b-1; t++ {
		sc.labels[t] = label(typ, posI)
	}
	sc.labels[b-1] = label(typ, posL)
}

// trimTime cuts a weekday or month off the end of the name [a, b), with
// the words the rules above allow, and returns what is left.
func trimTime(words []string, typ, a, b, end int) (int, int) {
	if b-a < 2 {
		return a, b
	}
	w := words[b-1]
	before := words[b-2]
	afterLower := !startsUpper(before)
	switch {
	case weekdays[w]:
		if typ == 3 || (b-a == 2 && dayNames[before]) {
			return a, b
		}
	case months[w]:
		number := b < end && len(words[b]) > 0 && words[b][0] >= '0' && words[b][0] <= '9'
		if typ == 0 || !(afterLower || number) {
			return a, b
		}
	default:
		return a, b
	}
	return a, b - 1
}

// trimLoose cuts punctuation and lower-case words at both ends of [a, b).
func trimLoose(words []string, a, b int) (int, int) {
	for a < b && (!hasLetter(words[a]) || !startsUpper(words[a])) {
		a++
	}
	for b > a && (!hasLetter(words[b-1]) || !startsUpper(words[b-1])) {
		b--
	}
	return a, b
}

// splitsAtComma reports whether the comma at token k of a name ending
// before token b divides two names.
func splitsAtComma(words []string, k, b int) bool {
	if k+1 >= b || !startsUpper(words[k+1]) {
		return false
	}
	if companySuffixes[strings.ToLower(strings.TrimSuffix(words[k+1], "."))] {
		return false
	}
	for t := k + 1; t < b; t++ {
		if words[t] == "&" {
			return false
		}
	}
	return true
}

// personAcronym reports whether [a, b) is one word in capitals, in a
// sentence not written in capitals: an organisation's acronym ("CNBC"),
// not a person's name.
func personAcronym(sc *scratch, a, b int) bool {
	return b-a == 1 && sc.toks[a].flags&fCapsLine == 0 && acronym(sc.words[a])
}

// acronym reports whether w is written in three or more capitals and nothing else.
func acronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "``", "''", "„", "«", "»":
		return true
	}
	return false
}

// isNickname reports whether the name ws holds a nickname in quotation
// marks between capitalised words: exactly two marks, each with a
// capitalised word after it and a word before it.
func isNickname(ws []string) bool {
	open, end, n := 0, 0, 0
	for i, w := range ws {
		if isQuote(w) {
			n++
			open, end = end, i
		}
	}
	if n != 2 || open == 0 || end == len(ws)-1 || end == open+1 {
		return false
	}
	return startsUpper(ws[open+1]) && startsUpper(ws[end+1]) && hasLetter(ws[end-1])
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

var (
	weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}
	months   = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
		"August": true, "September": true, "October": true, "November": true, "December": true}
	// trailingWords never end a name.
	trailingWords = map[string]bool{"and": true, "the": true, "of": true, "or": true, "a": true, "an": true, "for": true,
		"to": true, "in": true, "on": true, "at": true, "with": true, "by": true, "&": true}
	// dayNames are the words that make a weekday a day's own name.
	dayNames = map[string]bool{"Good": true, "Black": true, "Bloody": true, "Super": true, "Ash": true, "Easter": true, "Palm": true,
		"Holy": true, "Cyber": true, "Maundy": true, "Shrove": true, "Whit": true, "Low": true, "Fat": true}
	companySuffixes = map[string]bool{"inc": true, "ltd": true, "co": true, "corp": true, "llc": true, "plc": true, "lp": true,
		"llp": true, "sa": true, "ag": true, "nv": true, "gmbh": true, "jr": true, "sr": true, "ii": true, "iii": true, "iv": true}
)
