package resolve

import (
	"slices"
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// A role is a title or function the article gives an entity.
type role struct {
	text   string // as the article gives it, with its institution: "White House communications director"
	title  string // the gazetteer's lower-case title: "communications director"
	bare   string // the portfolio and title alone: "Fisheries Minister" of "Spanish Fisheries Minister"
	sector string
}

// An evidence is one thing the article says about the country an entity
// acts for: a country outright, or a possessor whose country it shares.
type evidence struct {
	country   string
	possessor int // entity index, or -1
}

// A desc is a description read around a role phrase: "the Ukrainian
// president", "White House communications director", "Zelenskyy's chief
// of staff".
type desc struct {
	start, end int // tokens [start, end), determiner included
	roleStart  int // first token of the role phrase
	hasRole    bool
	role       role
	country    string
	possessor  int    // entity of a person possessor or modifier ("Zelenskyy's", "Trump envoy"), or -1
	det        string // lower-case determiner, "" if none
	possessive bool   // a possessor ending in 's begins it
}

// scanRoles finds every role phrase outside names: the longest title the
// gazetteer knows at each token. When that title takes in a name, a
// shorter title is the role ("Archbishop" of "Archbishop of Canterbury
// Rowan Williams"), and a title of one country's places the names inside
// it in that country: Canterbury is then the English city.
func (r *resolver) scanRoles() {
	for i := 0; i < len(r.words); i++ {
		if r.inName[i] || !startsWithLetter(r.words[i]) || r.clockWord(i) {
			continue
		}
		n, k := r.titleAt(i)
		if n == 0 || k&gazetteer.TitleWord == 0 || i+n > r.last[i] {
			continue
		}
		if r.namesInside(i, i+n) {
			r.placeInTitle(i, i+n)
			for n--; n > 0; n-- {
				if _, ok := r.g.Role(strings.Join(r.words[i:i+n], " ")); ok && !r.namesInside(i, i+n) {
					break
				}
			}
			if n == 0 {
				continue
			}
		}
		r.roleAt[i] = int32(i + n)
		r.roleEnd[i+n] = int32(i + 1)
		i += n - 1
	}
}

// titleAt is the gazetteer's Match at token i, where a title written
// with an acronym in capitals is found too: "Chairman and CEO", as the
// gazetteer's "chairman and ceo".
func (r *resolver) titleAt(i int) (int, gazetteer.Kinds) {
	n, k := r.g.Match(r.words, i)
	var buf [8]string // longer than any title
	end := min(i+len(buf), r.last[i])
	if k&gazetteer.TitleWord == 0 || !slices.ContainsFunc(r.words[i+n:end], allCaps) {
		return n, k
	}
	lower := buf[:0]
	for _, w := range r.words[i:end] {
		lower = append(lower, strings.ToLower(w))
	}
	if m, mk := r.g.MatchPhrase(lower, 0); m > n && mk&gazetteer.TitleWord != 0 {
		return m, mk
	}
	return n, k
}

// clockWord reports whether token t is "pm" of a time of day rather than
// a prime minister: written in lower case, or after a number ("10 PM").
func (r *resolver) clockWord(t int) bool {
	w := r.words[t]
	if !strings.EqualFold(w, "pm") {
		return false
	}
	return w != "PM" || t > 0 && isNumber(r.words[t-1])
}

// namesInside reports whether a name takes in any of the tokens [i, j).
func (r *resolver) namesInside(i, j int) bool {
	for ; i < j; i++ {
		if r.inName[i] {
			return true
		}
	}
	return false
}

// placeInTitle gives the names inside the title of tokens [i, j) the
// title's country, when it belongs to one.
func (r *resolver) placeInTitle(i, j int) {
	g, ok := r.g.Role(strings.Join(r.words[i:j], " "))
	if !ok || g.Country == "" {
		return
	}
	for t := i; t < j; t++ {
		if ni := r.nameStart[t]; ni >= 0 && r.names[ni].t1 <= j {
			r.names[ni].in = g.Country
		}
	}
}

// roleOf returns the role the tokens [i, j) name, with the text of the
// institution pieces before it.
func (r *resolver) roleOf(i, j int, pieces []chronicle.Span) (role, bool) {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(r.words[k])
	}
	g, ok := r.g.Role(b.String())
	if !ok {
		return role{}, false
	}
	b.Reset()
	for _, p := range pieces {
		b.WriteString(r.text[p.Start:p.End])
		b.WriteByte(' ')
	}
	b.WriteString(r.text[r.toks[i].Start:r.toks[j-1].End])
	return role{text: b.String(), title: g.Title, sector: g.Sector}, true
}

// parseBack reads the description that ends just before token p and
// begins no earlier than token lo: a role phrase with its modifiers, or,
// when there is no role, a country word or a country's possessive alone
// ("Russia's Vladimir Putin"). It reports false when there is neither.
func (r *resolver) parseBack(p, lo int) (desc, bool) {
	d := desc{end: p, possessor: -1}
	q := p
	r0 := int(r.roleEnd[p]) - 1
	if r0 >= lo {
		d.hasRole = true
		d.roleStart = r0
		q = r0
	}
	var pieces []chronicle.Span // institutions and kept modifiers, last first
	found := false
	port := q     // first token of the portfolio and title ("Fisheries Minister")
	kept := false // a kept modifier ("former") was read: institutions come after it
loop:
	for q > lo {
		w := r.words[q-1]
		lw := strings.ToLower(w)
		switch {
		case possessive(w) && q-1 > lo:
			x := q - 1
			if ni := r.nameEnd[x]; ni >= 0 {
				nm := &r.names[ni]
				if nm.typ == chronicle.Person {
					if !d.hasRole {
						break loop
					}
					d.possessor = nm.ent
				} else if c := r.nameCountry(nm); c != "" {
					d.country = c
				} else {
					break loop
				}
				q = nm.t0
			} else if c, s, _ := r.countryEnding(x, lo); s >= 0 && c != "" {
				d.country = c
				q = s
			} else {
				break loop
			}
			d.possessive, found = true, true
			if q > lo && strings.EqualFold(r.words[q-1], "the") {
				q--
				d.det = "the"
			}
			break loop
		case r.nameEnd[q] >= 0:
			nm := &r.names[r.nameEnd[q]]
			if nm.typ == chronicle.Person {
				if !d.hasRole || d.possessor >= 0 {
					break loop
				}
				d.possessor = nm.ent
			} else {
				text := r.text[nm.Start:nm.End]
				c, inst, ok := r.countryWord(text)
				switch {
				case ok && !inst:
				case nm.typ == chronicle.Organization || inst:
					if !d.hasRole || kept {
						break loop // "The Times of India outgoing President": no institution before "outgoing"
					}
					if eventName(text) {
						if d.country == "" {
							d.country = r.nameCountry(nm) // "US Presidential Election presidential candidate": US, no institution
						}
						break loop
					}
					pieces = append(pieces, nm.Span)
					if c == "" {
						c = r.nameCountry(nm)
					}
				default:
					if !d.hasRole {
						break loop
					}
					c = r.nameCountry(nm)
				}
				if c != "" && d.country == "" {
					d.country = c
				}
			}
			found = true
			q = nm.t0
		default:
			if c, s, inst := r.countryEnding(q, lo); s >= 0 {
				if inst {
					if !d.hasRole || kept {
						break loop
					}
					pieces = append(pieces, r.span(s, q))
				}
				if c != "" && d.country == "" {
					d.country = c
				}
				found = true
				q = s
				continue
			}
			if !d.hasRole {
				break loop
			}
			if port == q && deputyWords[lw] {
				// "deputy governor", which the gazetteer has only as "governor"
				pieces = append(pieces, r.toks[q-1].Span)
				q--
				port = q
				continue
			}
			if port == q && r.portfolio(q-1, r0, lo) {
				pieces = append(pieces, r.toks[q-1].Span)
				q--
				port = q
				continue
			}
			if keptModifiers[lw] {
				pieces = append(pieces, r.toks[q-1].Span)
				q--
				kept = true
				continue
			}
			if modifiers[lw] {
				q--
				continue
			}
			if determiners[lw] {
				d.det = lw
				q--
			}
			break loop
		}
	}
	d.start = q
	if d.hasRole {
		for i, j := 0, len(pieces)-1; i < j; i, j = i+1, j-1 {
			pieces[i], pieces[j] = pieces[j], pieces[i]
		}
		ro, ok := r.roleOf(r0, p, pieces)
		if !ok {
			return desc{}, false
		}
		ro.bare = r.text[r.toks[port].Start:r.toks[p-1].End]
		d.role = ro
		return d, true
	}
	return d, found && d.country != "" && !r.postedTo(d)
}

// eventName reports whether an organisation's name is rather an event's,
// by its last word ("US Presidential Election", "G8 Summit"): it is no
// institution of a role.
func eventName(text string) bool {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	return eventWords[strings.ToLower(last)]
}

var eventWords = map[string]bool{
	"election": true, "elections": true, "referendum": true, "primary": true, "primaries": true,
	"caucus": true, "caucuses": true, "summit": true, "games": true, "olympics": true, "cup": true,
	"championship": true, "championships": true, "war": true, "festival": true,
}

// postedTo reports whether the country of the description d, without a
// role, follows "to" ("the US ambassador to Iraq Ryan Crocker"): it names
// where the person is posted, not whom they act for.
func (r *resolver) postedTo(d desc) bool {
	s := d.start
	if d.det != "" {
		s++
	}
	return s > 0 && strings.EqualFold(r.words[s-1], "to")
}

// portfolio reports whether token i, just before a title beginning at
// token r0 or before other portfolio words, names the title's field:
// "Fisheries" in "Spanish Fisheries Minister", "Trade and Industry" in
// "Trade and Industry Secretary", "labour" in "the labour minister". A
// portfolio word is a noun outside any name, capitalised as the title is;
// a lower-case one needs the tagger's word that it is a noun. "and"
// joins two capitalised portfolio words. Days, months and words that
// begin a sentence's time or clause are never portfolios.
func (r *resolver) portfolio(i, r0, lo int) bool {
	if i < lo || r.inName[i] || r.used[i] {
		return false
	}
	w := r.words[i]
	title := capitalised(r.words[r0])
	if (w == "and" || w == "&") && title && i > lo && i+1 < r0 {
		return r.portfolio(i-1, r0, lo) && capitalised(r.words[i-1])
	}
	lw := strings.ToLower(w)
	if !startsWithLetter(w) || capitalised(w) != title || notPortfolio[lw] || determiners[lw] || styleNouns[lw] {
		return false
	}
	if k := r.g.Kinds(w); k&(gazetteer.CountryWord|gazetteer.DemonymWord|gazetteer.TitleWord) != 0 {
		return false
	}
	tag := r.toks[i].Tag
	if tag == "" {
		return title
	}
	return strings.HasPrefix(tag, "NN")
}

// notPortfolio are capitalised nouns that may stand before a title
// without naming its field.
var notPortfolio = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "meanwhile": true, "now": true,
	"government": true, "party": true, "state": true, "country": true, "nation": true, "people": true,
}

// countryEnding finds a country, demonym, seat of power or region whose
// words end just before token q and start no earlier than lo. It returns
// the country code ("" for a region), the first token (-1 if none) and
// whether the words name an institution that belongs in a role's text
// ("White House", "EU") rather than a country, which does not.
func (r *resolver) countryEnding(q, lo int) (code string, start int, inst bool) {
	for s := max(lo, q-4); s < q; s++ {
		n, k := r.g.Match(r.words, s)
		if s+n != q || k&(gazetteer.CountryWord|gazetteer.DemonymWord|gazetteer.SeatWord|gazetteer.RegionWord) == 0 {
			continue
		}
		if c, inst, ok := r.countryWord(r.text[r.toks[s].Start:r.toks[q-1].End]); ok {
			return c, s, inst
		}
	}
	return "", -1, false
}

// countryWord classifies text: a country or demonym gives its code; a seat
// of power its code as an institution; a region or bloc no code, as an
// institution unless it is a demonym ("European").
func (r *resolver) countryWord(text string) (code string, inst, ok bool) {
	if c, ok := r.g.Country(text); ok {
		return c.Alpha3, false, true
	}
	if c, ok := r.g.Demonym(text); ok {
		return c.Alpha3, false, true
	}
	if c, ok := r.g.SeatOfPower(text); ok {
		return c.Alpha3, true, true
	}
	if _, ok := r.g.Region(text); ok {
		return "", r.g.Kinds(text)&gazetteer.DemonymWord == 0, true
	}
	return "", false, false
}

// nameCountry returns the country a non-person name stands for or lies
// in: a country, demonym or seat of power, a place the gazetteer knows,
// or a country word inside an organisation's name ("Russian Defence
// Ministry").
func (r *resolver) nameCountry(n *name) string {
	text := r.text[n.Start:n.End]
	if c, _, ok := r.countryWord(text); ok {
		return c
	}
	if n.in != "" {
		return n.in
	}
	if n.typ == chronicle.Location {
		if p, ok := r.place(text); ok {
			return p.Country
		}
		return ""
	}
	if n.sub {
		return ""
	}
	for t := n.t0; t < n.t1; t++ {
		k, kind := r.g.Match(r.words, t)
		if k == 0 || t+k > n.t1 {
			continue
		}
		if kind&(gazetteer.CountryWord|gazetteer.DemonymWord) != 0 || (k > 1 && kind&gazetteer.SubdivisionWord != 0) {
			w := r.text[r.toks[t].Start:r.toks[t+k-1].End]
			if p, ok := r.place(w); ok && kind&gazetteer.DemonymWord == 0 {
				return p.Country
			}
			if c, ok := r.g.Demonym(w); ok {
				return c.Alpha3
			}
		}
		t += k - 1
	}
	return ""
}

// modifiers may stand between a determiner and a role and are left out of
// the role's text; keptModifiers are kept in it ("former President").
var (
	modifiers = map[string]bool{
		"top": true, "senior": true, "veteran": true, "longtime": true, "long-time": true, "new": true, "current": true,
		"then": true, "late": true, "chief": true, "powerful": true, "naval": true, "military": true,
		"newly": true, "elected": true, "newly-elected": true, "re-elected": true, "recently": true, "democratically": true,
		"sitting": true, "embattled": true, "influential": true, "prominent": true, "last": true,
	}
	// deputyWords before a title belong to it: "deputy governor", "vice chairman".
	deputyWords   = map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true}
	keptModifiers = map[string]bool{"former": true, "acting": true, "interim": true, "outgoing": true, "incoming": true, "ex": true, "retired": true}
	determiners   = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "this": true, "that": true}
)

// describe reads the titles and appositions around every person's name.
func (r *resolver) describe() {
	for i := range r.names {
		n := &r.names[i]
		if n.sub || n.typ != chronicle.Person {
			continue
		}
		lo := r.first[n.t0]
		p := n.t0
		if p > lo {
			if g := honorific(r.words[p-1]); g != 0 {
				if g != 'x' {
					r.ents[n.ent].gender = g
				}
				p--
			}
		}
		if d, ok := r.parseBack(p, lo); ok && (d.hasRole || !r.complementOfRole(d, lo)) {
			r.apply(n.ent, d, true)
			r.markUsed(d.start, p)
			if d.hasRole {
				r.ofAfter(n)
			}
		} else {
			r.complementedTitle(n, p, lo)
		}
		r.appositionAfter(n)
		r.appositionBefore(n, lo)
		r.demonymBefore(n, lo)
		r.counterpart(n, lo)
	}
	r.counterpartRoles()
	r.titleCountries()
}

// titleCountries gives the one person who holds a title without a country
// the country of that title where the article names it with a country
// word, without a determiner, in a sentence that names no person: "US
// Secretary of State" in the headline and "new Secretary of State Hillary
// Clinton" in the text ("the Italian president" is left to nominals). It does nothing when
// the article gives the title to two people, or names it for two
// countries.
func (r *resolver) titleCountries() {
	var countries map[string]string // title → country, "" for several
	for i := range r.words {
		end := int(r.roleAt[i])
		if end == 0 || r.used[i] || r.namesPerson(r.first[i], r.last[i]) {
			continue
		}
		d, ok := r.parseBack(end, r.first[i])
		if !ok || !d.hasRole || d.country == "" || d.possessor >= 0 || d.det != "" || d.possessive {
			continue
		}
		if countries == nil {
			countries = map[string]string{}
		}
		if c, seen := countries[d.role.title]; seen && c != d.country {
			countries[d.role.title] = ""
		} else {
			countries[d.role.title] = d.country
		}
	}
	for title, country := range countries {
		holder := -1
		for e, ent := range r.ents {
			if ent.merged || !ent.holdsExactly(title) {
				continue
			}
			if holder >= 0 {
				holder = -2
				break
			}
			holder = e
		}
		if country != "" && holder >= 0 && len(r.ents[holder].evidence) == 0 {
			r.ents[holder].evidence = append(r.ents[holder].evidence, evidence{country: country, possessor: -1})
		}
	}
}

// namesPerson reports whether tokens [i, j) hold a person's name.
func (r *resolver) namesPerson(i, j int) bool {
	for t := i; t < j; t++ {
		if ni := r.nameStart[t]; ni >= 0 && r.names[ni].typ == chronicle.Person {
			return true
		}
	}
	return false
}

// complementedTitle reads a title with a complement just before a
// person's name, "the Japanese ambassador to China Anami Koreshige" or
// "The President of the European Commission, José Manuel Durão Barroso,":
// the title and its country word are the person's; a place after "of" or
// "for" gives the country too, one after "to" or "in" says where the post
// is and does not; an organisation after "of" or "for" gives its own
// country, if any.
func (r *resolver) complementedTitle(n *name, p, lo int) {
	c := p
	if c > lo && r.words[c-1] == "," {
		c--
	}
	ni := r.nameEnd[c]
	if ni < 0 {
		if c < p {
			r.titleOfCommon(n, c, lo)
		}
		return
	}
	place := &r.names[ni]
	k := place.t0 - 1
	if k > lo && strings.EqualFold(r.words[k], "the") {
		k--
	}
	if k <= lo || r.roleEnd[k] == 0 {
		return
	}
	prep := strings.ToLower(r.words[k])
	switch {
	case place.typ == chronicle.Location && (prep == "to" || prep == "of" || prep == "for" || prep == "in"):
	case place.typ == chronicle.Organization && (prep == "of" || prep == "for"):
	default:
		return
	}
	d, ok := r.parseBack(k, lo)
	if !ok || !d.hasRole {
		return
	}
	r.apply(n.ent, d, true)
	if prep == "of" || prep == "for" {
		if country := r.nameCountry(place); country != "" {
			r.ents[n.ent].evidence = append(r.ents[n.ent].evidence, evidence{country: country, possessor: -1})
		}
	}
	r.markUsed(d.start, k)
}

// titleOfCommon reads a title whose complement is a common noun, opening
// the sentence before a comma and the name: "Chairman of the panel, Peter
// Gruber said", "Spokesman for health, Mark Dell,". The comma is token c;
// the complement is "of" or "for", maybe "the", and one to three words
// outside names.
func (r *resolver) titleOfCommon(n *name, c, lo int) {
	if n.t1 < r.last[n.t0] && !isPunct(r.words[n.t1]) && !r.verbAfter(n.t1) {
		return
	}
	k := c - 1
	for k > lo && k >= c-3 && !r.inName[k] && !isPunct(r.words[k]) && r.roleEnd[k] == 0 {
		w := strings.ToLower(r.words[k])
		if w == "of" || w == "for" {
			break
		}
		k--
	}
	if k <= lo || k == c-1 || r.roleEnd[k] == 0 {
		return
	}
	if w := strings.ToLower(r.words[k]); w != "of" && w != "for" {
		return
	}
	d, ok := r.parseBack(k, lo)
	if !ok || !d.hasRole || d.start != lo {
		return
	}
	r.apply(n.ent, d, true)
	r.markUsed(d.start, c)
}

// demonymBefore reads "The Palestinian man, Ashraf Abu Rahman, says": an
// apposition before the name of a determiner, a demonym and one noun in
// lower case, which gives the demonym's country. Like appositionBefore it
// must begin the sentence or a clause, and the name must be closed off
// (an age may stand between: "Ashraf Abu Rahman 27, says").
func (r *resolver) demonymBefore(n *name, lo int) {
	c := n.t0 - 1
	if c-3 < lo || r.words[c] != "," || r.used[c-1] {
		return
	}
	after := n.t1
	if after < r.last[n.t0] && isNumber(r.words[after]) {
		after++
	}
	if after < r.last[n.t0] && !isPunct(r.words[after]) {
		return
	}
	noun := r.words[c-1]
	if capitalised(noun) || isPunct(noun) || r.inName[c-1] || (r.toks[c-1].Tag != "" && !strings.HasPrefix(r.toks[c-1].Tag, "NN")) {
		return
	}
	di := r.nameEnd[c-1]
	if di < 0 {
		return
	}
	dem := &r.names[di]
	code, inst, ok := r.countryWord(r.text[dem.Start:dem.End])
	if !ok || inst || code == "" || !isDemonym(r.g, r.text[dem.Start:dem.End]) {
		return
	}
	start := dem.t0 - 1
	if start < lo || !determiners[strings.ToLower(r.words[start])] {
		return
	}
	if start > lo && !isPunct(r.words[start-1]) && !speechVerbs[strings.ToLower(r.words[start-1])] {
		return
	}
	r.ents[n.ent].evidence = append(r.ents[n.ent].evidence, evidence{country: code, possessor: -1})
}

func isNumber(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// complementOfRole reports whether the description d without a role, a
// country or a place, is the complement of a role before it ("the US
// ambassador to Iraq", "The President of Bolivia" before a name), which
// complementedTitle reads.
func (r *resolver) complementOfRole(d desc, lo int) bool {
	s := d.start
	if s-1 <= lo || r.roleEnd[s-1] == 0 {
		return false
	}
	switch strings.ToLower(r.words[s-1]) {
	case "to", "of", "for", "in":
		return true
	}
	return false
}

// appositionAfter reads "Andriy Yermak, chief of staff," and "Sergei
// Lavrov, Russia's foreign minister,": a description that fills the
// stretch between the comma after the name and the next punctuation. A
// complement after the role with "of", "to", "for" or "at" gives the
// country; one with "in" ("a Hamas spokesman in Lebanon") is read but
// gives none, since it says where the post is.
func (r *resolver) appositionAfter(n *name) {
	c, end := n.t1, r.last[n.t0]
	if c >= end || r.words[c] != "," {
		return
	}
	f := c + 1
	det := f < end && determiners[strings.ToLower(r.words[f])]
	for f < end && f-c <= 12 && !isPunct(r.words[f]) && !(det && f > c+2 && r.endsApposition(f)) {
		f++
	}
	if f < end && !isPunct(r.words[f]) && !(det && r.endsApposition(f)) {
		return
	}
	r0 := -1
	for k := c + 1; k < f; k++ {
		if r.roleAt[k] > 0 && int(r.roleAt[k]) <= f {
			r0 = k
			break
		}
	}
	if r0 < 0 {
		return
	}
	r1 := int(r.roleAt[r0])
	of := evidence{possessor: -1}
	if r1 < f {
		var ok bool
		switch strings.ToLower(r.words[r1]) {
		case "of", "to", "for", "at":
			of, ok = r.complement(r1+1, f)
		case "in":
			// where the post is, not whom it serves: "a Hamas spokesman
			// in Lebanon" acts for Hamas
			_, ok = r.complement(r1+1, f)
		}
		if !ok {
			return
		}
	}
	d, ok := r.parseBack(r1, c+1)
	if !ok || !d.hasRole || d.start != c+1 {
		return
	}
	r.apply(n.ent, d, false)
	if of.country != "" || of.possessor >= 0 {
		r.ents[n.ent].evidence = append(r.ents[n.ent].evidence, of)
	}
	r.markUsed(c+1, f)
}

// endsApposition reports whether token k, after an apposition that
// begins with a determiner and has no closing comma, ends it: a relative
// pronoun ("Tony Blair, the former prime minister who …") or the verb of
// the sentence, with an adverb before it ("Mark Durkan, the leader of the
// party noted", "… also said"). It needs the tagger.
func (r *resolver) endsApposition(k int) bool {
	switch w := r.words[k]; {
	case w == "who" || w == "whose":
		return true
	case r.toks[k].Tag == "RB" && k+1 < len(r.toks):
		return finite(r.toks[k+1].Tag)
	}
	return finite(r.toks[k].Tag)
}

// verbAfter reports whether token k is a finite verb, an adverb before
// one included, or a speech verb when there are no tags.
func (r *resolver) verbAfter(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	if r.toks[k].Tag == "" {
		return speechVerbs[strings.ToLower(r.words[k])]
	}
	return r.endsApposition(k) && r.words[k] != "who" && r.words[k] != "whose"
}

// finite reports whether tag is a finite verb's.
func finite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// ofAfter reads the country in "President Lula of Brazil" and "former
// president Eero Vaara of Finland": after a titled name, "of" and a
// country or a place, with an optional "the".
func (r *resolver) ofAfter(n *name) {
	i, end := n.t1, r.last[n.t0]
	if i+1 >= end || r.words[i] != "of" {
		return
	}
	i++
	if strings.EqualFold(r.words[i], "the") && i+1 < end {
		i++
	}
	c := ""
	if ni := r.nameStart[i]; ni >= 0 {
		if nm := &r.names[ni]; nm.typ == chronicle.Location {
			c = r.nameCountry(nm)
		}
	} else if k, _ := r.g.Match(r.words, i); k > 0 && i+k <= end {
		if co, ok := r.g.Country(r.text[r.toks[i].Start:r.toks[i+k-1].End]); ok {
			c = co.Alpha3
		}
	}
	if c != "" {
		r.ents[n.ent].evidence = append(r.ents[n.ent].evidence, evidence{country: c, possessor: -1})
	}
}

// complement reads what follows "of" or "for" after a role, filling
// tokens [i, j): a country or a name, with an optional "the".
func (r *resolver) complement(i, j int) (evidence, bool) {
	if i < j && strings.EqualFold(r.words[i], "the") {
		i++
		for k := i; k+1 < j && k < i+2 && !capitalised(r.words[k]) && !acronymSkips[r.words[k]] && !isPunct(r.words[k]); k++ {
			if r.nameStart[k+1] >= 0 {
				i = k + 1 // "the nationalist Social Democratic and Labour Party"
			}
		}
	}
	if i >= j {
		return evidence{}, false
	}
	if ni := r.nameStart[i]; ni >= 0 && r.names[ni].t1 == j {
		nm := &r.names[ni]
		if nm.typ == chronicle.Person {
			return evidence{possessor: nm.ent}, true
		}
		return evidence{country: r.nameCountry(nm), possessor: -1}, true
	}
	if c, s, _ := r.countryEnding(j, i); s == i {
		return evidence{country: c, possessor: -1}, true
	}
	return evidence{}, false
}

// appositionBefore reads "Zelenskyy's chief of staff, Andriy Yermak,": a
// description that ends in a comma just before the name, begins the
// sentence or a clause, and is closed off after the name. One that begins
// the sentence may be left open when the sentence's verb follows the name:
// "Norway's Trade Minister, Ola Berg said".
func (r *resolver) appositionBefore(n *name, lo int) {
	c := n.t0 - 1
	if c <= lo || r.words[c] != "," || r.roleEnd[c] == 0 {
		return
	}
	open := n.t1 < r.last[n.t0] && !isPunct(r.words[n.t1])
	if open && !r.verbAfter(n.t1) {
		return
	}
	d, ok := r.parseBack(c, lo)
	if !ok || !d.hasRole || (d.det == "" && !d.possessive && d.start != lo) || (open && d.start != lo) {
		return
	}
	if d.start > lo && d.det == "" && !isPunct(r.words[d.start-1]) && !speechVerbs[strings.ToLower(r.words[d.start-1])] {
		return
	}
	r.apply(n.ent, d, false)
	r.markUsed(d.start, c)
}

// counterpart reads "her Portuguese counterpart, Rui Tavares Moreira" and
// "Lavrov's US counterpart Marco Rubio" before a name, and "Rui Tavares
// Moreira, her Portuguese counterpart," after it: the country word is the
// person's country, and the person whose counterpart they are (the
// possessor, or for "his"/"her"/"their" the person named last before it)
// lends its title once describe has read it.
func (r *resolver) counterpart(n *name, lo int) {
	end := r.last[n.t0]
	var c int // the token "counterpart"
	switch {
	case n.t0-1 >= lo && counterpartWord(r.words[n.t0-1]):
		c = n.t0 - 1
	case n.t0-2 >= lo && r.words[n.t0-1] == "," && counterpartWord(r.words[n.t0-2]) && (n.t1 >= end || isPunct(r.words[n.t1])):
		c = n.t0 - 2
	case n.t1+3 < end && r.words[n.t1] == ",":
		c = n.t1 + 1
		for c < end && c < n.t1+6 && !counterpartWord(r.words[c]) && !isPunct(r.words[c]) {
			c++
		}
		if c >= end || !counterpartWord(r.words[c]) || (c+1 < end && !isPunct(r.words[c+1])) {
			return
		}
		lo = n.t1 + 1
	default:
		return
	}
	q, country := c, ""
	if cc, s, inst := r.countryEnding(q, lo); s >= 0 && !inst {
		country, q = cc, s
	}
	ref := -1
	if q > lo {
		w := strings.ToLower(r.words[q-1])
		switch {
		case w == "his" || w == "her" || w == "their":
			ref = r.personBefore(q-1, pronounGender[w], n.ent)
			q--
			if ref >= 0 && w != "their" {
				// the pronoun is read here: in "Wang Yi, his counterpart"
				// it cannot be Wang Yi's
				r.ents[ref].mentions = append(r.ents[ref].mentions, chronicle.Mention{Text: r.words[q], Kind: chronicle.PronounMention, Span: r.toks[q].Span})
				r.pronounRead[q] = true
			}
		case possessive(r.words[q-1]) && r.nameEnd[q-1] >= 0 && r.names[r.nameEnd[q-1]].typ == chronicle.Person:
			nm := &r.names[r.nameEnd[q-1]]
			ref = nm.ent
			q = nm.t0
		case w == "the":
			q--
		}
	}
	if q != lo && c < n.t0 && !isPunct(r.words[q-1]) && !strings.EqualFold(r.words[q-1], "and") && !speechVerbs[strings.ToLower(r.words[q-1])] {
		if ref < 0 && country == "" {
			return
		}
	}
	ent := r.ents[n.ent]
	if country != "" {
		ent.evidence = append(ent.evidence, evidence{country: country, possessor: -1})
	}
	if ref >= 0 && ref != n.ent {
		ent.counterpartOf = ref
	}
	r.markUsed(q, c+1)
}

func counterpartWord(w string) bool {
	return strings.EqualFold(w, "counterpart")
}

// personBefore returns the entity of the person named last before token
// i, in its sentence or the one before, whose gender, if known, is g;
// other is never returned. It returns -1 when there is none.
func (r *resolver) personBefore(i int, g byte, other int) int {
	from := 0
	if f := r.first[i]; f > 0 {
		from = r.first[f-1]
	}
	for ni := len(r.names) - 1; ni >= 0; ni-- {
		nm := &r.names[ni]
		if nm.t1 > i || nm.typ != chronicle.Person || nm.ent == other || nm.sub {
			continue
		}
		if nm.t0 < from {
			break
		}
		if eg := r.ents[nm.ent].gender; g != 0 && g != 'x' && eg != 0 && eg != g {
			continue
		}
		return nm.ent
	}
	return -1
}

// counterpartRoles gives a person known as someone's counterpart, and
// given no title of their own, the titles of the one they are the
// counterpart of, without that person's country or institution: the
// counterpart of "Spanish Fisheries Minister Elena Vidal" is a
// "Fisheries Minister".
func (r *resolver) counterpartRoles() {
	for _, e := range r.ents {
		if e.counterpartOf < 0 || len(e.roles) > 0 {
			continue
		}
		for _, ro := range r.ents[e.counterpartOf].roles {
			if ro.bare == "" || strings.HasPrefix(strings.ToLower(ro.text), "former ") {
				continue
			}
			e.roles = append(e.roles, role{text: ro.bare, title: ro.title, bare: ro.bare, sector: ro.sector})
		}
	}
}

// speechVerbs introduce what someone said, and after a quotation the
// speaker: `"…," said X`.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "wrote": true, "tweeted": true, "posted": true,
	"stated": true, "explained": true, "noted": true, "insisted": true, "replied": true,
}

// apply records what description d says of entity e. A title directly
// before a single-word name may be part of how the person is known
// ("Pope Francis").
func (r *resolver) apply(e int, d desc, title bool) {
	ent := r.ents[e]
	if d.hasRole {
		ent.roles = append(ent.roles, d.role)
		if g := genders[d.role.title]; g != 0 && ent.gender == 0 {
			ent.gender = g
		}
		if title && regnal[d.role.title] && ent.regnal == "" {
			ent.regnal = r.text[r.toks[d.roleStart].Start:r.toks[d.end-1].End]
		}
	}
	if d.country != "" {
		ent.evidence = append(ent.evidence, evidence{country: d.country, possessor: -1})
	}
	if d.possessor >= 0 && d.possessor != e {
		ent.evidence = append(ent.evidence, evidence{possessor: d.possessor})
	}
}

func (r *resolver) markUsed(i, j int) {
	for ; i < j; i++ {
		r.used[i] = true
	}
}

// regnal titles are part of the name of someone known by one name under
// them: "Pope Francis", "King Charles".
var regnal = map[string]bool{"pope": true, "king": true, "queen": true, "prince": true, "princess": true, "emperor": true, "sultan": true, "emir": true, "sheikh": true, "patriarch": true, "dalai lama": true}

// genders of the titles that have one.
var genders = map[string]byte{
	"pope": 'm', "king": 'm', "queen": 'f', "prince": 'm', "princess": 'f', "emperor": 'm', "sultan": 'm',
	"emir": 'm', "sheikh": 'm', "cardinal": 'm', "archbishop": 'm', "imam": 'm', "ayatollah": 'm', "monk": 'm', "nun": 'f',
	"spokesman": 'm', "spokeswoman": 'f', "chairman": 'm', "chairwoman": 'f', "congressman": 'm', "congresswoman": 'f',
	"businessman": 'm', "businesswoman": 'f',
}

func startsWithLetter(w string) bool {
	for _, c := range w {
		return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c > 0x7f
	}
	return false
}
