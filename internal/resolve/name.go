package resolve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// A name is one name mention after cleaning.
type name struct {
	chronicle.Span
	t0, t1  int  // its tokens [t0, t1); for a part of a token, that token
	sub     bool // a part of one token ("Russia" in "Ukraine-Russia")
	typ     chronicle.EntityType
	key     string  // matching form: lower case, no dots, initials joined
	parts   int     // words in key
	surname string  // last word of key with the particles before it ("abu rajab", "da silva"), suffixes ("Jr") dropped
	ent     int     // index into resolver.ents
	gender  byte    // from an honorific: 'm', 'f', or 0
	country string  // the country the name itself names (namesCountry), "" none; set by settle
	in      string  // the country of a title the name is part of ("Canterbury" in "Archbishop of Canterbury"), "" none
	score   float32 // the recognizer's score
	weak    bool    // does not vote for its entity's type: one of several pieces of a name, typed as the whole was, or an acronym
}

// prepareNames aligns d.Names with the tokens and cleans them (see the
// package comment), then indexes them by token.
func (r *resolver) prepareNames() {
	names := make([]name, 0, len(r.d.Names))
	for _, n := range r.d.Names {
		if !n.Valid(len(r.text)) || n.Len() == 0 {
			continue
		}
		t0 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].End > n.Start })
		t1 := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Start >= n.End })
		if t0 >= t1 {
			continue
		}
		if k := len(names) - 1; k >= 0 && names[k].t1 >= t1 && !names[k].sub {
			continue // taken into a titled person's name before it ("Capt. Chris" "Air")
		}
		ps := r.pieces(t0, t1)
		for _, p := range ps {
			nm := name{Span: r.span(p[0], p[1]), t0: p[0], t1: p[1], typ: n.Type, score: n.Score}
			switch {
			case p[0] == t0 && p[1] == t1:
				nm.Span = n.Span // a part of a token keeps its own extent
			case len(ps) == 1:
			case r.personPiece(p[0], p[1]):
				nm.typ = chronicle.Person // "Cuba  Fidel Castro" → "Fidel Castro"
			default:
				nm.weak = true
			}
			if and := r.titledPair(nm); and > 0 {
				names = r.appendName(names, name{Span: r.span(nm.t0, and), t0: nm.t0, t1: and, typ: n.Type, score: n.Score})
				nm = name{Span: r.span(and+1, nm.t1), t0: and + 1, t1: nm.t1, typ: n.Type, score: n.Score}
			}
			names = r.appendName(names, nm)
		}
	}
	names = r.joinPeople(names)
	r.extendPeople(names)
	names = r.joinPlaces(names)
	names = r.splitPairs(names)
	names = r.retype(names)
	for i := range names {
		n := &names[i]
		r.fixType(n)
		n.key, n.parts, n.surname = nameKey(r.text[n.Start:n.End])
		if n.sub {
			continue
		}
		r.nameStart[n.t0] = int32(i)
		r.nameEnd[n.t1] = int32(i)
		for t := n.t0; t < n.t1; t++ {
			r.inName[t] = true
		}
	}
	r.names = names
}

// pieces returns the parts of the recognizer's name of tokens [t0, t1)
// that can be names: a name never spans a break in the text (two spaces or
// more, a line break), the signs of markup ("<", ">") or an address
// ("http://…"), which text taken from web pages leaves between two names
// ("Canada  Industry Canada", "Oval.<!-- … !--> A"); nor a parenthesis
// it does not close ("Show (TIMTOS"). A name that ends in punctuation
// other than a dot, or in lower-case words, loses them ("El Mercurio '",
// "Public Mobile,", "Deepwater Horizon  oil"). After a break a piece that
// begins in lower case is no name, but for the "and" of a list ("BBC  and
// Reuters"); one left with no capitalised word but a determiner or a
// letter is none either.
func (r *resolver) pieces(t0, t1 int) [][2]int {
	breaks := func(t int) bool {
		w := r.words[t]
		if w == "<" || w == ">" || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
			return true
		}
		if (w == "(" || w == ")") && !r.paired(t0, t1) {
			return true
		}
		return t > t0 && gap(r.text[r.toks[t-1].End:r.toks[t].Start])
	}
	split := false
	for t := t0; t < t1 && !split; t++ {
		split = breaks(t)
	}
	out := r.pieceBuf[:0]
	if !split && !r.ragged(t0, t1) {
		r.pieceBuf = append(out, [2]int{t0, t1})
		return r.pieceBuf
	}
	p := t0
	for t := t0; t <= t1; t++ {
		if t < t1 && !breaks(t) {
			continue
		}
		a, b := p, t
		p = t
		if t < t1 && isPunct(r.words[t]) {
			p = t + 1 // the sign itself is in no piece
		}
		for a < b && isPunct(r.words[a]) {
			a++
		}
		if split && a < b && !hasUpper(r.words[a]) {
			if r.words[a] != "and" && r.words[a] != "&" {
				continue // "Holocaust  is in Western"
			}
			a++
		}
		for b > a && raggedEnd(r.words[b-1]) {
			b--
		}
		if a < b && (b-a > 1 || !lonePiece(r.words[a])) {
			out = append(out, [2]int{a, b})
		}
	}
	r.pieceBuf = out
	return out
}

// personPiece reports whether the piece [a, b) of a name cut by pieces is
// a person's name whatever the whole was typed: two words or more, the
// first a given name, none a place's or an organisation's word.
func (r *resolver) personPiece(a, b int) bool {
	if b-a < 2 || !r.g.GivenName(r.words[a]) || surnameParticles[strings.ToLower(r.words[a])] {
		return false
	}
	for t := a; t < b; t++ {
		if r.g.Kinds(r.words[t])&(gazetteer.OrgWord|gazetteer.CountryWord|gazetteer.CityWord|gazetteer.SubdivisionWord) != 0 {
			return false
		}
	}
	return true
}

// gap reports whether the space between two tokens of a name breaks it.
func gap(s string) bool {
	return strings.Count(s, " ") >= 2 || strings.ContainsAny(s, "\n\t")
}

// paired reports whether the parentheses among tokens [t0, t1) close.
func (r *resolver) paired(t0, t1 int) bool {
	open := 0
	for t := t0; t < t1; t++ {
		switch r.words[t] {
		case "(":
			open++
		case ")":
			if open--; open < 0 {
				return false
			}
		}
	}
	return open == 0
}

// ragged reports whether the name of tokens [t0, t1) ends in punctuation
// or in a lower-case word: `El Mercurio '`, "Federal budget,".
func (r *resolver) ragged(t0, t1 int) bool {
	return t1-t0 > 1 && raggedEnd(r.words[t1-1])
}

// raggedEnd reports whether a name may not end in the word w: punctuation
// other than a closing parenthesis (a dotted word such as "Inc." is no
// punctuation), or a lower-case word that is no possessive ("Standard &
// Poor's").
func raggedEnd(w string) bool {
	if isPunct(w) {
		return w != ")"
	}
	return !hasUpper(w) && !hasDigit(w) && !possessive(w)
}

// lonePiece reports whether w, left alone of a name cut by pieces, is no
// name: a single letter or a determiner ("A", "The").
func lonePiece(w string) bool {
	return utf8.RuneCountInString(w) == 1 || determiners[strings.ToLower(w)]
}

func hasDigit(w string) bool {
	return strings.ContainsFunc(w, unicode.IsDigit)
}

// appendName cleans the name nm (see the package comment) and appends what
// is left of it to names.
func (r *resolver) appendName(names []name, nm name) []name {
	if t0 := nm.t0; nm.t1-t0 == 1 && (honorific(r.words[t0]) != 0 || isPunct(r.words[t0])) {
		return names
	}
	if notNames[strings.ToLower(r.text[nm.Start:nm.End])] {
		return names // "UTC", or a portfolio: "Secretary of Energy", "(Agriculture)"
	}
	if r.style(nm) {
		return names // a style, "Her Majesty", is no name of its own
	}
	if nm.typ == chronicle.Person && r.g.OrgWord(r.words[nm.t1-1]) {
		nm.typ = chronicle.Organization
	}
	if nm.typ == chronicle.Person {
		r.stripTitles(&nm)
	} else if _, ok := r.g.Role(r.text[nm.Start:nm.End]); ok {
		return names // a title taken for a name: "Interior Minister"
	} else if pre, person, ok := r.splitTitled(nm); ok {
		if pre.t0 < pre.t1 && !r.style(pre) {
			names = append(names, pre)
		}
		nm = person
	}
	if nm.t0 >= nm.t1 {
		return names
	}
	return append(names, nm)
}

// styleNouns are the nouns of the styles of sovereigns and dignitaries:
// "Her Majesty", "His Royal Highness", "His Excellency".
var styleNouns = map[string]bool{
	"majesty": true, "highness": true, "excellency": true, "holiness": true, "eminence": true,
	"grace": true, "lordship": true, "ladyship": true,
}

// styleAt returns the number of words of the style that begins at token
// t, "Her Majesty" or "His Royal Highness" (a possessive ending left on
// the noun), or 0 when there is none.
func (r *resolver) styleAt(t int) int {
	w := r.words[t]
	if !strings.EqualFold(w, "his") && !strings.EqualFold(w, "her") && !strings.EqualFold(w, "their") && !strings.EqualFold(w, "your") {
		return 0
	}
	k := t + 1
	if k < len(r.words) && r.words[k] == "Royal" {
		k++
	}
	if k >= len(r.words) || !capitalised(r.words[k]) {
		return 0
	}
	w = strings.ToLower(r.words[k])
	for _, s := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, s)
	}
	if !styleNouns[w] {
		return 0
	}
	return k + 1 - t
}

// style reports whether the name n is a style alone, "Her Majesty" or
// "Her Majesty's".
func (r *resolver) style(n name) bool {
	k := r.styleAt(n.t0)
	return k > 0 && (k == n.t1-n.t0 || k == n.t1-n.t0-1 && possessive(r.words[n.t1-1]))
}

// titledPair returns the token of the "and" that joins two titled names in
// one, "Cpl. Albert Storm and Officer Robert Girouard" or "Mr. Hale and
// Mrs. Hale", and 0 when n is no such pair ("Procter and Gamble", "Trinidad
// and Tobago").
func (r *resolver) titledPair(n name) int {
	if !r.titled(n.t0, n.t1) {
		return 0
	}
	for t := n.t0 + 2; t < n.t1-2; t++ {
		if r.words[t] == "and" && r.titled(t+1, n.t1) {
			return t
		}
	}
	return 0
}

// titled reports whether tokens [t, end) begin with a title or an
// honorific followed by a capitalised word.
func (r *resolver) titled(t, end int) bool {
	k := r.rankAt(t, end)
	if k == 0 && honorific(r.words[t]) != 0 {
		k = 1
	}
	if k == 0 {
		if n, kind := r.g.Match(r.words, t); n > 0 && kind&gazetteer.TitleWord != 0 && capitalised(r.words[t]) && !r.clockWord(t) {
			k = n
		}
	}
	return k > 0 && t+k < end && capitalised(r.words[t+k])
}

// rankAt returns the number of words of the military or police rank at
// token t, which ends no later than end ("Capt.", "Lt. Col.", "Officer",
// "Cpl."), or 0.
func (r *resolver) rankAt(t, end int) int {
	if !capitalised(r.words[t]) {
		return 0
	}
	if k, kind := r.g.Match(r.words, t); k > 0 && kind&gazetteer.TitleWord != 0 && t+k <= end {
		if g, ok := r.g.Role(r.text[r.toks[t].Start:r.toks[t+k-1].End]); ok && (g.Sector == "MIL" || g.Sector == "COP") {
			return k
		}
	}
	return 0
}

// notNames are words the recognizer takes for names that name no entity
// by themselves: time zones, and the fields of ministers' portfolios,
// which belong to a title ("Secretary of Energy") or an organisation
// ("Ministry of Health") the recognizer did not take whole. Fields that
// are also names of parties or bodies ("Labour", "Treasury") are not here.
var notNames = map[string]bool{
	"utc": true, "gmt": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "bst": true, "cet": true, "cest": true, "eet": true, "eest": true, "jst": true,
	"aest": true, "aedt": true, "awst": true, "acst": true, "nzst": true, "nzdt": true, "msk": true, "wet": true,
	"agriculture": true, "energy": true, "health": true, "defense": true, "defence": true, "education": true,
	"finance": true, "interior": true, "justice": true, "foreign affairs": true, "home affairs": true,
	"internal affairs": true, "trade": true, "industry": true, "transport": true, "transportation": true, "environment": true, "economy": true, "development": true,
	"culture": true, "tourism": true, "fisheries": true, "mines": true, "mines and energy": true,
	"public works": true, "communications": true, "information": true, "planning": true,
}

// splitTitled splits a name that is not a person's but holds a title
// followed by a person's name, "New Democrat leader Jack Layton" or "Vice
// President Dick Cheney" taken for an organisation, into the words before
// the title (a place if the gazetteer knows them, else of the name's
// type) and the person: the capitalised words after the title, at least
// two, the first a given name. After a military or police rank ("Royal
// Marine Capt. Chris", "Officer Robert") a given name alone will do, and
// the capitalised words right after the name complete it ("Capt. Chris"
// "Air" → "Chris Air"). The title itself is left out of both, to be read
// as the person's role.
func (r *resolver) splitTitled(n name) (pre, person name, ok bool) {
	for t := n.t0; t < n.t1-1; t++ {
		k := r.rankAt(t, n.t1)
		rank := k > 0
		if !rank {
			var kind gazetteer.Kinds
			k, kind = r.g.Match(r.words, t)
			if k == 0 || kind&gazetteer.TitleWord == 0 || t+k >= n.t1 || r.clockWord(t) {
				continue
			}
			if _, isRole := r.g.Role(r.text[r.toks[t].Start:r.toks[t+k-1].End]); !isRole {
				continue
			}
		}
		p0 := t + k
		p1 := p0
		for p1 < n.t1 && capitalised(r.words[p1]) && !isPunct(r.words[p1]) {
			p1++
		}
		if p1 == p0 || p1-p0 < 2 && !rank || !r.g.GivenName(r.words[p0]) {
			return name{}, name{}, false
		}
		if rank && p1-p0 == 1 && p1 == n.t1 {
			// "Officer Robert" "Girouard": the surname the recognizer left out.
			for p1 < r.last[p0] && p1-p0 < 3 && capitalised(r.words[p1]) && !isPunct(r.words[p1]) && !isCountry(r.g, r.words[p1]) {
				p1++
			}
		}
		pre = name{Span: n.Span, t0: n.t0, t1: t, typ: n.typ}
		if t > n.t0 {
			pre.Span = r.span(n.t0, t)
			if r.isPlace(r.text[pre.Start:pre.End]) {
				pre.typ = chronicle.Location
			}
		}
		person = name{Span: r.span(p0, p1), t0: p0, t1: p1, typ: chronicle.Person}
		return pre, person, true
	}
	return name{}, name{}, false
}

// stripTitles moves titles at the start of a person's name, and a
// possessive at its end, out of the name: "President Trump" → "Trump".
func (r *resolver) stripTitles(n *name) {
	for n.t1-n.t0 > 1 && !hasUpper(r.words[n.t1-1]) {
		n.t1-- // "McCague said", but "Ahmed al-Sharaa"
	}
	for n.t1-n.t0 > 1 && !hasUpper(r.words[n.t0]) && !surnameParticles[r.words[n.t0]] {
		n.t0++
	}
	for t := n.t0 + 1; t < n.t1-1; t++ {
		// A title inside the name ends what precedes the person's name:
		// "Australian Greens Senator Kerry Nettle".
		k, kind := r.g.Match(r.words, t)
		if k > 0 && kind&gazetteer.TitleWord != 0 && t+k < n.t1 && !r.clockWord(t) && !suffixes[strings.ToLower(strings.TrimSuffix(r.words[t+k], "."))] {
			if _, ok := r.g.Role(r.words[t]); ok || k > 1 {
				n.t0 = t // also "Lance Cpl. Jonathan Hetherington"
			}
		}
	}
	for n.t1-n.t0 > 1 {
		if g := honorific(r.words[n.t0]); g != 0 {
			n.gender = g
			n.t0++
			continue
		}
		k, kind := r.g.Match(r.words, n.t0)
		if k == 0 || kind&gazetteer.TitleWord == 0 || n.t0+k >= n.t1 || r.clockWord(n.t0) {
			break
		}
		n.t0 += k
	}
	for t := n.t0 + 1; t < n.t1; t++ {
		if possessive(r.words[t]) {
			n.t1 = t // "Bashar al-Assad's promise"
		}
	}
	for n.t1-n.t0 > 1 && isPunct(r.words[n.t0]) {
		n.t0++
	}
	n.Span = r.span(n.t0, n.t1)
}

// joinPeople makes one name of a person's name the recognizer cut in two:
// "Volodymyr" "Zelenskyy" with nothing between them, or "Luiz Inácio" and
// "Silva" with only capitalised words and a lower-case surname particle
// between them ("Lula da"), whatever type the second part was given,
// unless it is a country ("Juan Carlos of Spain" is no name).
func (r *resolver) joinPeople(names []name) []name {
	out := names[:0]
	for _, n := range names {
		if k := len(out) - 1; k >= 0 && out[k].typ == chronicle.Person && r.toks[n.t0].Sentence == r.toks[out[k].t0].Sentence &&
			((n.typ == chronicle.Person && out[k].t1 == n.t0 && !gap(r.text[out[k].End:n.Start])) ||
				(n.t1-n.t0 <= 2 && r.particleGap(out[k].t1, n.t0) && !isCountry(r.g, r.text[n.Start:n.End]))) {
			out[k].t1, out[k].End = n.t1, n.End
			continue
		}
		out = append(out, n)
	}
	return out
}

// extendPeople gives a person's name of three words or more the
// capitalised word the recognizer left just after it, outside any name:
// "José Manuel Durão" "Barroso". The word must be followed by punctuation
// or a lower-case word, and be no title, organisation's word, country,
// capital, region, demonym or weekday ("Obama Administration" is no name
// of Obama's).
func (r *resolver) extendPeople(names []name) {
	for i := range names {
		n := &names[i]
		t := n.t1
		if n.typ != chronicle.Person || n.sub || n.t1-n.t0 < 3 || t+1 >= r.last[n.t0] {
			continue
		}
		if i+1 < len(names) && names[i+1].t0 <= t {
			continue
		}
		w, next := r.words[t], r.words[t+1]
		if !capitalised(w) || isPunct(w) || !(isPunct(next) || !capitalised(next)) || notPortfolio[strings.ToLower(w)] {
			continue
		}
		if k, kind := r.g.Match(r.words, t); k > 0 && kind&notSurname != 0 {
			continue
		}
		n.t1++
		n.Span = r.span(n.t0, n.t1)
	}
}

// notSurname are the gazetteer's lists whose words do not end a person's
// name; towns do ("Barroso").
const notSurname = gazetteer.CountryWord | gazetteer.CapitalWord | gazetteer.DemonymWord | gazetteer.RegionWord |
	gazetteer.SeatWord | gazetteer.TitleWord | gazetteer.OrgWord

// particleGap reports whether tokens [i, j) join two parts of one
// person's name: at most two capitalised words, then one or two
// lower-case surname particles ("Lula da", "de la").
func (r *resolver) particleGap(i, j int) bool {
	if j <= i || j-i > 4 || j >= len(r.words) || !capitalised(r.words[j]) {
		return false
	}
	t := i
	for t < j && t-i < 2 && capitalised(r.words[t]) && !isPunct(r.words[t]) {
		t++
	}
	if t == j {
		return false
	}
	for ; t < j; t++ {
		if !surnameParticles[r.words[t]] {
			return false
		}
	}
	return true
}

// joinPlaces makes one name of a place the gazetteer writes with a comma,
// "Washington, DC", or of a country or subdivision it writes with "and",
// "Bosnia and Herzegovina", when the recognizer gave it as two names or
// one name and a loose word.
func (r *resolver) joinPlaces(names []name) []name {
	out := names[:0]
	for i := 0; i < len(names); i++ {
		n := names[i]
		if n.typ == chronicle.Location && n.t1 < len(r.words) && (r.words[n.t1] == "," || r.words[n.t1] == "and") {
			k, kind := r.g.Match(r.words, n.t0)
			end := n.t0 + k
			joins := gazetteer.CityWord | gazetteer.CapitalWord
			if r.words[n.t1] == "and" {
				joins = gazetteer.CountryWord | gazetteer.SubdivisionWord
			}
			if end > n.t1+1 && end <= r.last[n.t0] && kind&joins != 0 {
				for i+1 < len(names) && names[i+1].t0 < end {
					i++
				}
				n.t1 = end
				n.Span = r.span(n.t0, n.t1)
			}
		}
		if j := r.waterOf(n, names[i+1:]); j > 0 {
			i += j
			n.t1 = names[i].t1
			n.Span = r.span(n.t0, n.t1)
			n.typ = chronicle.Location
		}
		out = append(out, n)
	}
	return out
}

// waterWords head the names of seas and straits and of islands and
// capes that take "of" and a place: "Gulf of Mexico", "Bay of Bengal",
// "Isle of Man".
var waterWords = map[string]bool{"gulf": true, "bay": true, "sea": true, "strait": true, "straits": true, "isle": true, "cape": true}

// waterOf returns how many of the names after n (rest) make one place
// with it, when n is a water word alone and "of", maybe "the", and a
// place follow: "Gulf" "of" "Mexico". It returns 0 otherwise.
func (r *resolver) waterOf(n name, rest []name) int {
	k := n.t1
	if n.sub || k != n.t0+1 || len(rest) == 0 || k >= r.last[n.t0] || r.words[k] != "of" ||
		!capitalised(r.words[n.t0]) || !waterWords[strings.ToLower(r.words[n.t0])] {
		return 0
	}
	k++
	if k < r.last[n.t0] && r.words[k] == "the" {
		k++
	}
	if p := rest[0]; p.t0 == k && !p.sub && p.typ == chronicle.Location {
		return 1
	}
	return 0
}

// splitPairs splits a one-word name of places joined by hyphens into the
// places: "Ukraine-Russia" → "Ukraine", "Russia". A hyphenated name the
// gazetteer knows whole ("Guinea-Bissau") stays.
func (r *resolver) splitPairs(names []name) []name {
	var out []name
	for i, n := range names {
		s := r.text[n.Start:n.End]
		if n.t1-n.t0 != 1 || !strings.ContainsRune(s, '-') || r.isPlace(s) {
			if out != nil {
				out = append(out, n)
			}
			continue
		}
		parts := strings.Split(s, "-")
		ok := len(parts) > 1
		for _, p := range parts {
			if !capitalised(p) || !r.isPlace(p) {
				ok = false
				break
			}
		}
		if !ok {
			if out != nil {
				out = append(out, n)
			}
			continue
		}
		if out == nil {
			out = append(make([]name, 0, len(names)+2), names[:i]...)
		}
		at := n.Start
		for _, p := range parts {
			out = append(out, name{Span: chronicle.Span{Start: at, End: at + len(p)}, t0: n.t0, t1: n.t1, sub: true, typ: chronicle.Location})
			at += len(p) + 1
		}
	}
	if out == nil {
		return names
	}
	return out
}

func (r *resolver) isPlace(s string) bool {
	return len(r.g.Candidates(s)) > 0
}

// fixType corrects the recognizer's type where the gazetteer knows
// better: a country is LOC, a seat of power or an international
// organisation ("AU", "African Union") ORG, a demonym MISC.
func (r *resolver) fixType(n *name) {
	s := r.text[n.Start:n.End]
	switch {
	case n.typ == chronicle.Person && n.t1-n.t0 > 1:
		// A full personal name is never a country word.
	case isCountry(r.g, s):
		n.typ = chronicle.Location
	case isSeat(r.g, s) || isOrganisation(r.g, s):
		n.typ = chronicle.Organization
	case isDemonym(r.g, s):
		n.typ = chronicle.Misc
	}
}

func isOrganisation(g *gazetteer.Gazetteer, s string) bool {
	_, ok := g.Organisation(s)
	return ok
}

func isCountry(g *gazetteer.Gazetteer, s string) bool {
	_, ok := g.Country(s)
	return ok
}

func isSeat(g *gazetteer.Gazetteer, s string) bool {
	_, ok := g.SeatOfPower(s)
	return ok
}

// isDemonym reports whether s is a word for a nation's or a region's people
// ("Ukrainian", "Europeans").
func isDemonym(g *gazetteer.Gazetteer, s string) bool {
	if _, ok := g.Demonym(s); ok {
		return true
	}
	return g.Kinds(s)&gazetteer.DemonymWord != 0
}

// nameKey returns the form names are matched in: lower case, without dots,
// hyphens, diacritics or apostrophes' curl, with runs of initials joined ("J. D." →
// "jd"); the number of words; and the surname, the last word that is not a
// generational suffix, with the particles before it (see surnameParticles).
func nameKey(s string) (key string, parts int, surname string) {
	var words []string
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\u2011' || r == '\n' }) {
		f = strings.Map(foldRune, f)
		if f == "" || f == "," {
			continue
		}
		f = strings.TrimSuffix(f, ",")
		if n := len(words); n > 0 && initial(f) && initials(words[n-1]) {
			words[n-1] += f
			continue
		}
		words = append(words, f)
	}
	if len(words) == 0 {
		return "", 0, ""
	}
	last := len(words) - 1
	for last > 0 && suffixes[words[last]] {
		last--
	}
	start := last
	for start > 0 && surnameParticles[words[start-1]] && (start > 1 || (len(words) == 2 && !givenParticles[words[0]])) {
		start--
	}
	return strings.Join(words, " "), len(words), strings.Join(words[start:last+1], " ")
}

// surnameParticles join the word after them into one surname: "Abu Rajab"
// in "Tareq Abu Rajab", "da Silva", "al Jaafari" (hyphens are spaces in a
// key), "de la Rua", "van Rompuy", "Le Pen". A particle that begins a name
// of more than two words is a given name's part ("Abu Bakr al-Baghdadi"); a
// name of two words that begins with one is a surname alone ("Abu Rajab",
// "Le Pen"), unless the particle is also a given name ("Al Gore").
var surnameParticles = map[string]bool{
	"abu": true, "abou": true, "al": true, "el": true, "bin": true, "ben": true, "ibn": true, "bint": true,
	"da": true, "de": true, "del": true, "della": true, "di": true, "do": true, "dos": true, "das": true,
	"du": true, "la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "ter": true,
}

// givenParticles are particles that also begin a name as a given name:
// "Al Gore", "Ben Bernanke".
var givenParticles = map[string]bool{"al": true, "ben": true}

// bareSurname returns a compound surname without its particles: "al
// jaafari" → "jaafari"; other surnames as they are.
func bareSurname(surname string) string {
	for {
		p, rest, ok := strings.Cut(surname, " ")
		if !ok || !surnameParticles[p] {
			return surname
		}
		surname = rest
	}
}

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// initial reports whether w is one letter.
func initial(w string) bool { return utf8.RuneCountInString(w) == 1 }

// initials reports whether w is a run of joined initials, which only a
// previous join could have made from one-letter words: short, letters only.
func initials(w string) bool {
	if utf8.RuneCountInString(w) > 3 {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return utf8.RuneCountInString(w) == 1 || !strings.ContainsAny(w, "aeiouy")
}

// acronym returns the initials of the capitalised words of s, "" when s
// has fewer than two: "North Atlantic Treaty Organization" → "NATO".
func acronym(s string) string {
	var b []byte
	n := 0
	for f := range strings.FieldsSeq(s) {
		c, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(c) && c < utf8.RuneSelf {
			b = append(b, byte(c))
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return string(b)
}

// allCaps reports whether w is two to six capital letters, as an acronym
// is.
func allCaps(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func hasUpper(w string) bool {
	for _, c := range w {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

func capitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// honorific returns the gender of an honorific ("Mr", "Mrs."): 'm', 'f',
// 'x' for one that has none ("Dr"), or 0 when w is not one.
func honorific(w string) byte {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Sir", "Lord", "Mister":
		return 'm'
	case "Mrs", "Ms", "Miss", "Dame", "Lady", "Madam":
		return 'f'
	case "Dr", "Prof", "Rev":
		return 'x'
	}
	return 0
}

func possessive(w string) bool {
	switch w {
	case "'s", "\u2019s", "'", "\u2019", "'S", "\u2019S":
		return true
	}
	return false
}

func isPunct(w string) bool {
	for _, c := range w {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// foldRune lowers r and strips the diacritics of Latin letters; it drops
// dots and straightens apostrophes.
func foldRune(r rune) rune {
	switch {
	case r == '.':
		return -1
	case r == '\u2019':
		return '\''
	case r >= 0xC0 && r < 0x180:
		if f := latinFold[r-0xC0]; f != ' ' {
			return rune(f)
		}
	}
	return unicode.ToLower(r)
}

// latinFold maps U+00C0…U+017F to the lower-case letter without its
// diacritic; a space keeps the rune as it is.
const latinFold = "" +
	"aaaaaaaceeeeiiii" + // C0–CF
	"dnooooo ouuuuyts" + // D0–DF
	"aaaaaaaceeeeiiii" + // E0–EF
	"dnooooo ouuuuyty" + // F0–FF
	"aaaaaaccccccccdd" + // 100–10F
	"ddeeeeeeeeeegggg" + // 110–11F
	"gggghhhhiiiiiiii" + // 120–12F
	"iijjjjkkklllllll" + // 130–13F
	"lllnnnnnnnnnoooo" + // 140–14F
	"oooorrrrrrssssss" + // 150–15F
	"ssttttttuuuuuuuu" + // 160–16F
	"uuuuwwyyyzzzzzzs" //   170–17F
