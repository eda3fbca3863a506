package resolve

import (
	"slices"
	"sort"
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// retype corrects the types of kinds of names the recognizer gets wrong
// that the text around them gives away, for every name of the same text:
//
//   - an acronym defined in parentheses after a common noun phrase, "first
//     past the post (FPTP)", "Mixed member proportional representation
//     (MMPR)", names a thing, not an organisation: MISC, and a name
//     inside the phrase ("Mixed") is none; one defined after a title,
//     "Members of Provincial Parliament (MPP)", names a role: no entity
//     (the names inside the phrase stay);
//   - a name followed by an apposition whose head is an organisation's
//     noun, "B'Tselem, an Israeli organization", is an organisation;
//   - two organisations' names joined by "and" that are both towns or
//     regions the gazetteer knows ("Crewe and Nantwich") are places;
//   - a subdivision or a big town the gazetteer knows (see townOrRegion)
//     that the recognizer calls ORG with a low score (its share under
//     scoreDoubt) and without an organisation's word, is a place.
//
// It returns names without those it drops.
func (r *resolver) retype(names []name) []name {
	var set map[string]chronicle.EntityType // name text → type; "" drops
	var drop []chronicle.Span               // the phrases acronyms stand for
	for i := range names {
		n := &names[i]
		if typ, phrase, ok := r.acronymKind(n); ok {
			if set == nil {
				set = map[string]chronicle.EntityType{}
			}
			set[r.text[n.Start:n.End]] = typ
			if typ != "" {
				drop = append(drop, phrase) // "Mixed" in "Mixed member proportional representation"
			}
			continue
		}
		if n.typ != chronicle.Organization && (r.organisationApposition(n) || r.organisationCue(n)) &&
			!r.personsSurname(n, names) {
			if set == nil {
				set = map[string]chronicle.EntityType{}
			}
			set[r.text[n.Start:n.End]] = chronicle.Organization
		}
		if n.typ != chronicle.Organization && r.listedOrganisation(names, i) {
			if set == nil {
				set = map[string]chronicle.EntityType{}
			}
			set[r.text[n.Start:n.End]] = chronicle.Organization
		}
		if n.typ != chronicle.Location && r.landform(n) {
			if set == nil {
				set = map[string]chronicle.EntityType{}
			}
			set[r.text[n.Start:n.End]] = chronicle.Location
		}
		if n.typ == chronicle.Organization && n.score < scoreDoubt && r.townOrRegion(n, names) {
			n.typ = chronicle.Location
		}
		if i+1 < len(names) && r.placePair(n, &names[i+1], names) {
			n.typ, names[i+1].typ = chronicle.Location, chronicle.Location
		}
	}
	names = r.unnamedOrganisations(names, &set)
	if set == nil {
		return names
	}
	out := names[:0]
	for _, n := range names {
		if inside(n.Span, drop) {
			continue
		}
		if typ, ok := set[r.text[n.Start:n.End]]; ok {
			if typ == "" {
				continue
			}
			n.typ = typ
		}
		out = append(out, n)
	}
	return out
}

// scoreDoubt is the recognizer's score under which its ORG gives way to
// the gazetteer's place.
const scoreDoubt = 0.75

func inside(s chronicle.Span, spans []chronicle.Span) bool {
	for _, p := range spans {
		if s.Start >= p.Start && s.End <= p.End {
			return true
		}
	}
	return false
}

// acronymKind reads the definition of the acronym n, "(FPTP)" after the
// words whose initials spell it, and returns the type it gets (MISC for a
// common noun phrase, "" for a title) and the phrase's span. It reports
// false when n is no acronym so defined, or one of an organisation's name
// ("International Monetary Fund (IMF)").
func (r *resolver) acronymKind(n *name) (chronicle.EntityType, chronicle.Span, bool) {
	s := r.text[n.Start:n.End]
	if n.t1-n.t0 != 1 || !allCaps(s) || n.t0 < 2 || n.t1 >= len(r.words) ||
		r.words[n.t0-1] != "(" || r.words[n.t1] != ")" {
		return "", chronicle.Span{}, false
	}
	end := n.t0 - 1
	t := end
	lo := max(r.first[n.t0], end-2*len(s))
	for k := len(s) - 1; k >= 0; k-- {
		for t > lo && !strings.EqualFold(r.words[t-1][:1], s[k:k+1]) && acronymSkips[strings.ToLower(r.words[t-1])] {
			t--
		}
		if t == lo || !strings.EqualFold(r.words[t-1][:1], s[k:k+1]) {
			return "", chronicle.Span{}, false
		}
		t--
	}
	phrase := r.span(t, end)
	content, lower := 0, 0
	for k := t; k < end; k++ {
		if acronymSkips[strings.ToLower(r.words[k])] {
			continue
		}
		content++
		if !capitalised(r.words[k]) {
			lower++
		}
	}
	if 2*lower >= content {
		return chronicle.Misc, phrase, true
	}
	head := strings.TrimSuffix(r.words[t], "s")
	if _, ok := r.g.Role(head + " of " + r.words[end-1]); ok {
		return "", phrase, true // "Members of (Provincial) Parliament"
	}
	if _, ok := r.g.Role(head); ok {
		return "", phrase, true
	}
	return "", chronicle.Span{}, false
}

// acronymSkips are the small words an acronym may leave out.
var acronymSkips = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "a": true, "to": true, "&": true}

// unnamedOrganisations adds as organisations the capitalised words outside
// names that an organisation's apposition follows, when the recognizer
// took the same word for a name elsewhere ("B'Tselem, an Israeli
// organization" unseen, "B'Tselem says" a person), and records their
// text in *set so that those other mentions become organisations too.
func (r *resolver) unnamedOrganisations(names []name, set *map[string]chronicle.EntityType) []name {
	var out []name
	k := 0
	for t := 1; t+1 < len(r.words); t++ {
		for k < len(names) && names[k].t1 <= t {
			k++
		}
		if r.words[t+1] != "," || !capitalised(r.words[t]) || isPunct(r.words[t]) || r.first[t] == t ||
			k < len(names) && names[k].t0 <= t {
			continue
		}
		n := name{Span: r.toks[t].Span, t0: t, t1: t + 1, typ: chronicle.Organization, score: 1}
		if !r.organisationApposition(&n) || !slices.ContainsFunc(names, func(o name) bool { return r.text[o.Start:o.End] == r.words[t] }) {
			continue
		}
		if out == nil {
			out = append(make([]name, 0, len(names)+1), names...)
		}
		out = append(out, n)
		if *set == nil {
			*set = map[string]chronicle.EntityType{}
		}
		(*set)[r.text[n.Start:n.End]] = chronicle.Organization
	}
	if out == nil {
		return names
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// organisationCue reports whether the person's or MISC name n is an
// organisation's by the words in and around it: an organisation's noun in
// lower case stands just before it, "the airline FlySur", or before a
// comma and a name closed by punctuation, "another company, Transocean.",
// but not when the noun is another's complement ("the leader of the
// party, Ana Ruiz,"). A person's name is also an organisation's when it
// holds "&" ("Simon & Schuster"); when it owns what only companies own
// ("Google's shares"); when "which" follows it, "Time Warner, which is
// worth", and it is no given name, follows neither "of" nor "under" ("a
// photo of X, which") and is titled nowhere in the article; or when it
// stands before a title and a person's name as an employer does (see
// employer). A name of two words or more that begins with a given name
// stays a person's ("the company Bill Gates founded").
func (r *resolver) organisationCue(n *name) bool {
	if n.typ != chronicle.Person && n.typ != chronicle.Misc {
		return false
	}
	for t := n.t0; t < n.t1 && n.typ == chronicle.Person; t++ {
		if r.words[t] == "&" {
			return true
		}
	}
	if n.t1-n.t0 > 1 && r.g.GivenName(r.words[n.t0]) {
		return false
	}
	lo, end := r.first[n.t0], r.last[n.t0]
	b := n.t0 - 1
	closed := n.t1 >= end || isPunct(r.words[n.t1])
	if b > lo && r.words[b] == "," && closed {
		b--
	}
	if b >= lo && organisationNouns[r.words[b]] && !possessive(r.words[n.t1-1]) && !r.complementNoun(b, lo) {
		return true
	}
	if n.typ != chronicle.Person {
		return false
	}
	a := n.t1
	if a+1 < end && possessive(r.words[a]) && companyThings[strings.ToLower(r.words[a+1])] {
		return true // "Google's shares"
	}
	if a < end && r.words[a] == "," {
		a++
	}
	if a < end && r.words[a] == "which" && !r.g.GivenName(r.words[n.t0]) && (n.t0 == lo || r.words[n.t0-1] != "of" && r.words[n.t0-1] != "under") && !r.titledAnywhere(n) {
		return true // "Time Warner, which is worth"
	}
	return r.employer(n)
}

// complementNoun reports whether the noun at token b is the complement of
// another noun before it, "the leader of the main opposition party", so
// that a name after it belongs to that noun's phrase, not the noun's: "of"
// or "for" stands before it, with at most three words in lower case
// between.
func (r *resolver) complementNoun(b, lo int) bool {
	for k := b - 1; k >= lo && k >= b-4; k-- {
		switch w := r.words[k]; {
		case w == "of" || w == "for":
			return true
		case capitalised(w) || isPunct(w):
			return false
		}
	}
	return false
}

// employer reports whether the name n stands before a title and a person's
// name, "Transocean spokesman Guy Cantwell", "BP chief executive Tony
// Hayward", and is never itself titled in the article, as the person in
// "Putin aide Yuri Ushakov" is elsewhere ("President Putin").
func (r *resolver) employer(n *name) bool {
	a, end := n.t1, r.last[n.t0]
	k, kind := r.g.Match(r.words, a)
	if k == 0 || kind&gazetteer.TitleWord == 0 || a+k >= end || !capitalised(r.words[a+k]) || isPunct(r.words[a+k]) {
		return false
	}
	if _, ok := r.g.Role(r.text[r.toks[a].Start:r.toks[a+k-1].End]); !ok {
		return false
	}
	return !r.titledAnywhere(n)
}

// titledAnywhere reports whether the text of the name n follows an
// honorific or a title somewhere in the article ("President Putin").
func (r *resolver) titledAnywhere(n *name) bool {
	s := r.text[n.Start:n.End]
	for t := 1; t+n.t1-n.t0 <= len(r.words); t++ {
		if r.text[r.toks[t].Start:r.toks[t+n.t1-n.t0-1].End] != s {
			continue
		}
		if honorific(r.words[t-1]) != 0 || r.titleBefore(t) {
			return true
		}
	}
	return false
}

// titleBefore reports whether a title of the gazetteer ends just before
// token t: "President" in "President Putin".
func (r *resolver) titleBefore(t int) bool {
	for k := 1; k <= 3 && t-k >= r.first[t]; k++ {
		if n, kind := r.g.Match(r.words, t-k); n == k && kind&gazetteer.TitleWord != 0 && !r.clockWord(t-k) {
			return true
		}
	}
	return false
}

// companyThings are the nouns whose possessor is a company, not a person:
// "Google's shares", "Citigroup's profits" (a person has a website, a chief
// of staff and employees too).
var companyThings = map[string]bool{
	"shares": true, "stock": true, "revenue": true, "revenues": true, "profit": true, "profits": true,
	"headquarters": true, "subsidiary": true, "subsidiaries": true, "shareholders": true, "valuation": true,
	"earnings": true,
}

// landform reports whether n, with no organisation's word in it, is the
// name of a place by its own words: a feature of the land or water or a
// built one after the name ("Bixby Creek Bridge", "Santa Lucia
// Mountains", "Adelaide Oval"), or before it ("Mount Kenya", "Fort
// Lewis", "Lake Chad"). A person's name that begins with a given name
// ("Veronica Lake") is not one.
func (r *resolver) landform(n *name) bool {
	if n.t1-n.t0 < 2 || n.sub || n.typ == chronicle.Person && r.g.GivenName(r.words[n.t0]) {
		return false
	}
	for t := n.t0; t < n.t1; t++ {
		if r.g.OrgWord(r.words[t]) {
			return false
		}
	}
	return landAfter[r.words[n.t1-1]] || landBefore[strings.TrimSuffix(r.words[n.t0], ".")]
}

var (
	// landAfter end the names of places.
	landAfter = map[string]bool{
		"Bridge": true, "Mountains": true, "Mountain": true, "Valley": true, "River": true, "Lake": true, "Creek": true,
		"Canyon": true, "Bay": true, "Island": true, "Islands": true, "Peninsula": true, "Desert": true, "Ocean": true,
		"Sea": true, "Strait": true, "Falls": true, "Glacier": true, "Hills": true, "Plateau": true, "Coast": true,
		"Airport": true, "Airfield": true, "Harbour": true, "Harbor": true, "Oval": true, "Stadium": true,
	}
	// landBefore begin them.
	landBefore = map[string]bool{"Mount": true, "Mt": true, "Lake": true, "Fort": true, "Cape": true}
)

// organisationApposition reports whether n is followed by an apposition
// whose head is an organisation's noun in lower case: ", an Israeli
// organization", ", a human rights group based in Haifa". What follows
// the noun must end the apposition or begin a participle or relative
// clause: not a title or another noun ("a group leader"), "of" ("a group
// of"), a possessive ("the party's dominance") or a finite verb ("the
// movement is"). A person's name that begins with a given name is never
// an organisation's.
func (r *resolver) organisationApposition(n *name) bool {
	end := r.last[n.t0]
	t := n.t1
	if t+2 >= end || r.words[t] != "," || !determiners[strings.ToLower(r.words[t+1])] {
		return false
	}
	if n.typ == chronicle.Person && n.t1-n.t0 > 1 && r.g.GivenName(r.words[n.t0]) {
		return false
	}
	for k := t + 2; k < end && k <= t+6; k++ {
		w := r.words[k]
		if isPunct(w) || acronymSkips[strings.ToLower(w)] {
			return false
		}
		if organisationNouns[w] {
			return k+1 >= end || r.opensClause(k+1)
		}
	}
	return false
}

// opensClause reports whether token k ends an apposition or begins a
// participle or relative clause after it.
func (r *resolver) opensClause(k int) bool {
	w := r.words[k]
	switch tag := r.toks[k].Tag; {
	case possessive(w):
		return false
	case isPunct(w), w == "that", w == "which", w == "whose":
		return true
	case tag != "":
		return tag == "VBG" || tag == "VBN"
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// listedOrganisation reports whether names[i] stands in a list of names
// that follows organisations' noun in the plural and "such as",
// "including" or "like": "retailers such as Tesco, Lidl and Aldi"; the
// items are words with a capital, four at most. A
// country, or a name of two words or more that begins with a given name,
// is left as it is.
func (r *resolver) listedOrganisation(names []name, i int) bool {
	n := &names[i]
	if n.sub {
		return false
	}
	lo := r.first[n.t0]
	p := n.t0 - 1
	for item := 0; p >= lo; p-- {
		switch w := r.words[p]; {
		case w == "," || w == "and" || w == "or":
			item = 0
			continue
		case item < 4 && (hasUpper(w) || w == "of" || w == "the" || w == "&"):
			item++ // an item of the list, a name or not: "One Laptop Per Child", "iRex"
			continue
		}
		break
	}
	switch {
	case p-2 >= lo && r.words[p] == "as" && r.words[p-1] == "such":
		p -= 2
	case p-1 >= lo && (r.words[p] == "including" || r.words[p] == "like"):
		p--
	default:
		return false
	}
	if !organisationNouns[singular(strings.ToLower(r.words[p]))] {
		return false
	}
	return !isCountry(r.g, r.text[n.Start:n.End]) && !(n.t1-n.t0 > 1 && r.g.GivenName(r.words[n.t0]))
}

// singular returns the singular of a regular English plural, "companies"
// → "company", "firms" → "firm"; a word that ends in no "s" comes back
// unchanged.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// organisationNouns head descriptions of organisations.
var organisationNouns = map[string]bool{
	"organization": true, "organisation": true, "group": true, "company": true, "firm": true, "party": true,
	"agency": true, "newspaper": true, "magazine": true, "charity": true, "movement": true, "association": true,
	"network": true, "broadcaster": true, "watchdog": true, "ngo": true, "corporation": true, "publisher": true,
	"union": true, "coalition": true, "alliance": true, "institute": true, "think-tank": true, "militia": true,
	"airline": true, "carrier": true, "bank": true, "lender": true, "insurer": true, "retailer": true, "carmaker": true,
	"automaker": true, "manufacturer": true, "conglomerate": true, "website": true, "channel": true, "tabloid": true,
}

// townOrRegion reports whether n, with no organisation's word in it, is a
// subdivision the gazetteer knows or a city of at least bigTown people,
// and neither a country, a demonym, a given name nor the surname of a
// person the article names ("Bush", "Howard", "Chelsea" stay what the
// recognizer says).
func (r *resolver) townOrRegion(n *name, names []name) bool {
	if !r.placeLike(n, names) {
		return false
	}
	s := r.text[n.Start:n.End]
	if c, ok := r.g.City(s); ok && c.Population >= bigTown {
		return true
	}
	for _, c := range r.g.Candidates(s) {
		if c.Kind&gazetteer.SubdivisionWord != 0 {
			return true
		}
	}
	return false
}

// placePair reports whether a and b are two organisations' names joined by
// "and" that the gazetteer both knows as towns or regions, with no
// organisation's word, given name or person's surname among them: "Crewe
// and Nantwich", a constituency of two towns.
func (r *resolver) placePair(a, b *name, names []name) bool {
	if a.typ != chronicle.Organization || b.typ != chronicle.Organization || b.t0 != a.t1+1 || r.words[a.t1] != "and" {
		return false
	}
	for _, n := range [2]*name{a, b} {
		if n.sub || !r.placeLike(n, names) || !r.isPlace(r.text[n.Start:n.End]) {
			return false
		}
	}
	return true
}

// placeLike reports whether n may be a town's or a region's name that the
// recognizer typed otherwise: it holds no organisation's word and is
// neither a country, a demonym, a given name nor the surname of a person
// among names.
func (r *resolver) placeLike(n *name, names []name) bool {
	for t := n.t0; t < n.t1; t++ {
		if r.g.OrgWord(r.words[t]) {
			return false
		}
	}
	s := r.text[n.Start:n.End]
	return !isCountry(r.g, s) && !isDemonym(r.g, s) && !r.g.GivenName(r.words[n.t0]) && !r.personsSurname(n, names)
}

// personsSurname reports whether n is one word that ends a person's name
// of several words among names ("Camara" after "Domingos da Camara").
func (r *resolver) personsSurname(n *name, names []name) bool {
	if n.t1-n.t0 != 1 {
		return false
	}
	for _, o := range names {
		if o.typ == chronicle.Person && o.t1-o.t0 > 1 && r.words[o.t1-1] == r.words[n.t0] {
			return true
		}
	}
	return false
}

// bigTown is the population from which a city's name read as an
// organisation's with a low score is taken for the city.
const bigTown = 100_000
