package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations maps a word written before a full stop to how that stop
// behaves. Words not listed are abbreviations only when they look like one:
// an upper-case initial ("J.") or letters between dots ("U.S.", "a.m.").
var abbreviations = map[string]kind{}

func init() {
	// Titles and Latin cross-references: a name or example always follows.
	for _, w := range strings.Fields(`Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Gen Gens Lt Col Maj Capt Cpt Sgt
		Cpl Pvt Adm Cmdr Cdr Brig Sen Sens Rep Reps Gov Govs Pres Rev Hon Fr Msgr Supt Insp Det Atty Amb
		vs v cf viz approx Vs Cf`) {
		abbreviations[w] = kindTitle
	}
	// Abbreviations that also close sentences: companies, places, months,
	// days, states, suffixes of names.
	for _, w := range strings.Fields(`Inc Corp Co Cos Ltd Bros Jr Sr St Mt Ft Ave Blvd Rd Dept Univ Assn
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
		Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr
		Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo ext Ext`) {
		abbreviations[w] = kindAbbrev
	}
	for _, w := range strings.Fields(`etc Etc al`) {
		abbreviations[w] = kindLoose
	}
}

// starters are words that commonly begin a sentence but rarely follow an
// abbreviation inside one: after "in the U.S." they mean a new sentence.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You His Her Its Their Our My Your This That
		These Those There Here But And Or So Yet Nor In On At For After Before When While If As Although
		Though However Meanwhile Still Also Then Now Today Yesterday Tomorrow Last Next Some Many Most
		Several Both Each Every All No Not What Why How Who Where Which Since During Under According By
		With From Despite Such Another Earlier Later Instead Because Once Even Only Neither Either
		Whether Overall Indeed Thus Moreover Furthermore Nevertheless Officials Police`) {
		starters[w] = true
	}
}

// abbrev returns how the full stop at dot, which ends the word that starts at
// start, behaves: kindWord when it is a full stop of its own, otherwise the
// kind of the abbreviation the word and the stop make together.
func (s *scanner) abbrev(start, dot int) kind {
	w := s.text[start:dot]
	if len(w) == 1 {
		if !s.is(start, cUpper) {
			return kindWord
		}
		// An initial, as in J. D. Vance, unless the stop ends the text or
		// its line: "because of X."
		j := dot + 1
		for j < len(s.text) && (s.text[j] == ' ' || s.text[j] == '\t') {
			j++
		}
		if j == len(s.text) || s.text[j] == '\n' || s.text[j] == '\r' {
			return kindWord
		}
		return kindTitle
	}
	if k, ok := abbreviations[w]; ok {
		return k
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return kindTitle // a non-ASCII initial: Ö.
	}
	if (w == "No" || w == "no" || w == "Nos") && dot+2 < len(s.text) && s.text[dot+1] == ' ' && s.is(dot+2, cDigit) {
		return kindTitle // No. 5
	}
	if dotted(w) {
		return kindAbbrev
	}
	return kindWord
}

// dotted reports whether w is made of runs of one or two ASCII letters joined
// by dots, as "U.S", "e.g", "a.m" and "Ph.D" are.
func dotted(w string) bool {
	dots, run := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case c < utf8.RuneSelf && ascii[c]&cLetter != 0:
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}
