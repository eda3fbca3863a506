package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle"
)

// An entity is one entity being built.
type entity struct {
	mentions []chronicle.Mention
	names    []int // indexes into resolver.names
	votes    map[chronicle.EntityType]int
	first    chronicle.EntityType // type of the first name
	typ      chronicle.EntityType
	merged   bool // folded into another entity

	roles    []role
	evidence []evidence // what the article says of its country
	country  string
	place    *chronicle.Place
	gender   byte // 'm', 'f' or 0 when unknown

	counterpartOf int // the person whose counterpart this one is called, or -1

	full      string // fullest name so far
	fullWords int
	surname   string // of a person named in several words
	middle    string // the middle name or initials a full name first gave the person ("hw"); see byFullName
	regnal    string // "Pope" for a person known by one name under that title
}

// group puts the names into entities: same key first, then people's
// surnames and acronyms, which may point forward or back.
func (r *resolver) group() {
	byKey := map[string]int{}
	byFirstLast := map[string][]int{} // people of one first name and surname, told apart by their middle names
	byPlace := map[string]int{}
	var later []int
	for i := range r.names {
		n := &r.names[i]
		if n.key == "" {
			continue
		}
		if e, ok := byKey[n.key]; ok {
			r.add(i, e)
			continue
		}
		text := r.text[n.Start:n.End]
		head := -1
		if n.parts > 1 {
			head = r.byHead(n)
		}
		alone := n.parts == 1 || n.key == n.surname // a surname alone: "Trump", "Abu Rajab"
		switch {
		case n.typ == chronicle.Person && !alone:
			e := r.byFullName(n, byFirstLast)
			byKey[n.key] = e
			r.add(i, e)
		case alone && (n.typ == chronicle.Person || (n.typ != chronicle.Location && !isDemonym(r.g, text) && !isSeat(r.g, text))):
			later = append(later, i)
		case head >= 0:
			byKey[n.key] = head
			r.add(i, head)
		default:
			var pk string
			if n.typ == chronicle.Location {
				if p, ok := r.place(text); ok {
					pk = p.Name + "|" + p.Country
				}
			}
			e, ok := byPlace[pk]
			if pk == "" || !ok {
				e = r.newEntity()
				if pk != "" {
					byPlace[pk] = e
				}
			}
			byKey[n.key] = e
			r.add(i, e)
		}
	}
	for _, i := range later {
		n := &r.names[i]
		if e := r.bySurname(n); e >= 0 {
			r.add(i, e)
			continue
		}
		if e := r.byMistypedName(n); e >= 0 {
			r.add(i, e)
			continue
		}
		if e := r.byGivenName(n); e >= 0 {
			r.add(i, e)
			continue
		}
		if e := r.byInnerName(n); e >= 0 {
			r.add(i, e)
			continue
		}
		if e := r.byHead(n); e >= 0 {
			r.add(i, e)
			continue
		}
		if n.typ != chronicle.Person && allCaps(r.text[n.Start:n.End]) {
			if e := r.byAcronym(strings.ReplaceAll(r.text[n.Start:n.End], ".", "")); e >= 0 {
				r.add(i, e)
				continue
			}
		}
		e, ok := byKey[n.key]
		if !ok {
			e = r.newEntity()
			byKey[n.key] = e
		}
		r.add(i, e)
	}
}

// byFullName returns the entity of the person named n in several words:
// the one named before with the same first name and surname and a middle
// name that may be the same (sameMiddle), else the one whose name ends n's
// words or ends in them (byTail), else a new one. byFirstLast lists the
// people of each first name and surname, and gains n's.
func (r *resolver) byFullName(n *name, byFirstLast map[string][]int) int {
	fl := firstLast(n.key, n.surname)
	mid := middle(n.key, n.surname)
	e := -1
	for _, c := range byFirstLast[fl] {
		if sameMiddle(r.ents[c].middle, mid) {
			e = c
			break
		}
	}
	if e < 0 {
		e = r.byTail(n)
	}
	if e < 0 {
		e = r.newEntity()
	}
	if !slices.Contains(byFirstLast[fl], e) {
		byFirstLast[fl] = append(byFirstLast[fl], e)
	}
	if r.ents[e].middle == "" {
		r.ents[e].middle = mid
	}
	return e
}

// firstLast is the key under which "Donald Trump" and "Donald J. Trump"
// meet.
func firstLast(key, surname string) string {
	first, _, _ := strings.Cut(key, " ")
	return first + " " + surname
}

// byTail returns the person named before whose name, in several words,
// ends in all of n's words or is the end of n: "Lula da Silva" and "Luiz
// Inácio Lula da Silva". -1 when there is none or more than one.
func (r *resolver) byTail(n *name) int {
	found := -1
	for e, ent := range r.ents {
		if ent.first != chronicle.Person {
			continue
		}
		for _, j := range ent.names {
			m := &r.names[j]
			if m.typ != chronicle.Person || m.parts < 2 || m.parts == n.parts {
				continue
			}
			if strings.HasSuffix(m.key, " "+n.key) || strings.HasSuffix(n.key, " "+m.key) {
				if found >= 0 && found != e {
					return -1
				}
				found = e
			}
		}
	}
	return found
}

// middle returns the words of key between the first word and the
// surname: "hw" in "george hw bush", "" in "donald trump".
func middle(key, surname string) string {
	_, rest, _ := strings.Cut(key, " ")
	rest = strings.TrimSuffix(rest, surname)
	return strings.TrimSpace(rest)
}

// sameMiddle reports whether two middle names may be one person's: equal,
// one of them missing ("Donald Trump", "Donald J. Trump"), or the same
// initials ("George Walker Bush", "George W. Bush"). "George H. W. Bush"
// and "George W. Bush" are two people.
func sameMiddle(a, b string) bool {
	return a == "" || b == "" || a == b || middleInitials(a) == middleInitials(b)
}

// middleInitials returns the initials of a middle name: each word's first
// letter, or all the letters of a run of joined initials ("hw").
func middleInitials(m string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(m) {
		if initials(w) {
			b.WriteString(w)
			continue
		}
		c, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(c)
	}
	return b.String()
}

// bySurname returns the person, named in several words, whose surname n
// is: the one mentioned last before n, else the first after it; -1 when
// there is none.
func (r *resolver) bySurname(n *name) int {
	best, bestPos, after, afterPos := -1, -1, -1, 0
	for e, ent := range r.ents {
		if ent.surname != n.key && bareSurname(ent.surname) != n.key {
			continue
		}
		for _, j := range ent.names {
			m := r.names[j]
			if m.Start < n.Start && m.Start > bestPos {
				best, bestPos = e, m.Start
			}
			if m.Start > n.Start && (after < 0 || m.Start < afterPos) {
				after, afterPos = e, m.Start
			}
		}
	}
	if best >= 0 {
		return best
	}
	return after
}

// byMistypedName returns the entity whose one name, in several words, ends
// in the surname n, when the recognizer typed that name other than as a
// person but n as a person: "Adriaan Vlok" taken for an organisation,
// then "Vlok". A name with an organisation word or that the gazetteer
// places is not a person's. It returns -1 when there is no such entity or
// more than one.
func (r *resolver) byMistypedName(n *name) int {
	if n.typ != chronicle.Person {
		return -1
	}
	found := -1
	for e, ent := range r.ents {
		if ent.first == chronicle.Person || ent.fullWords < 2 || len(ent.names) == 0 {
			continue
		}
		m := &r.names[ent.names[0]]
		if m.surname != n.key || m.sub || r.isPlace(ent.full) {
			continue
		}
		org := false
		for t := m.t0; t < m.t1; t++ {
			org = org || r.g.OrgWord(r.words[t])
		}
		if org {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// byGivenName returns the one person, named in several words, whose
// first name n is, or -1: "Nicola" → "Nicola Calipari", "Wen" → "Wen
// Jiabao".
func (r *resolver) byGivenName(n *name) int {
	if n.typ != chronicle.Person {
		return -1
	}
	return r.onePerson(func(m *name) bool {
		first, _, _ := strings.Cut(m.key, " ")
		return m.parts > 1 && first == n.key
	})
}

// byInnerName returns the one person, named in three words or more,
// one of whose inner words n is, or -1: "Lula" → "Luiz Inácio Lula da
// Silva", "Arias" → "Óscar Arias Sánchez" (a first surname before the
// second, as Spanish names have).
func (r *resolver) byInnerName(n *name) int {
	if n.typ != chronicle.Person || n.parts != 1 {
		return -1
	}
	return r.onePerson(func(m *name) bool {
		return m.parts >= 3 && strings.Contains(m.key, " "+n.key+" ")
	})
}

// onePerson returns the one entity with a surname (a person named in
// several words) that has a name for which matches is true, or -1 when
// none or more than one has.
func (r *resolver) onePerson(matches func(m *name) bool) int {
	found := -1
	for e, ent := range r.ents {
		if ent.surname == "" {
			continue
		}
		for _, j := range ent.names {
			if !matches(&r.names[j]) {
				continue
			}
			if found >= 0 && found != e {
				return -1
			}
			found = e
		}
	}
	return found
}

// byHead returns the organisation named before n in more words whose
// name ends in n, when n follows "the": "the Commission" after "European
// Commission", "the Security Council" after "UN Security Council". A name
// of several words joins only when the words it leaves out are a country,
// a demonym or an acronym, so that "the People's Party" does not join
// "European People's Party". When several organisations fit, the one
// mentioned last before n is meant. It returns -1 when none fits.
func (r *resolver) byHead(n *name) int {
	if n.typ == chronicle.Person || n.typ == chronicle.Location || n.sub || n.t0 == 0 || r.first[n.t0] == n.t0 ||
		!strings.EqualFold(r.words[n.t0-1], "the") {
		return -1
	}
	best, bestPos := -1, -1
	for e, ent := range r.ents {
		if ent.first != chronicle.Organization {
			continue
		}
		for _, j := range ent.names {
			m := &r.names[j]
			if m.Start >= n.Start || m.Start < bestPos || m.parts <= n.parts || !strings.HasSuffix(m.key, " "+n.key) {
				continue
			}
			if n.parts > 1 {
				rest := m.t1 - (n.t1 - n.t0)
				if rest <= m.t0 {
					continue
				}
				pre := r.text[m.Start:r.toks[rest-1].End]
				_, dem := r.g.Demonym(pre)
				if !isCountry(r.g, pre) && !dem && !(rest-m.t0 == 1 && allCaps(pre)) {
					continue
				}
			}
			best, bestPos = e, m.Start
		}
	}
	return best
}

// byAcronym returns the organisation or place whose name abbreviates to
// a, or -1.
func (r *resolver) byAcronym(a string) int {
	for e, ent := range r.ents {
		if ent.first != chronicle.Person && acronym(ent.full) == a {
			return e
		}
	}
	return -1
}

func (r *resolver) newEntity() int {
	r.ents = append(r.ents, &entity{votes: map[chronicle.EntityType]int{}, counterpartOf: -1})
	return len(r.ents) - 1
}

// add makes name i a mention of entity e.
func (r *resolver) add(i, e int) {
	n := &r.names[i]
	n.ent = e
	ent := r.ents[e]
	if len(ent.names) == 0 {
		ent.first = n.typ
	}
	ent.names = append(ent.names, i)
	ent.votes[n.typ]++
	if n.gender == 'm' || n.gender == 'f' {
		ent.gender = n.gender
	}
	text := r.text[n.Start:n.End]
	ent.mentions = append(ent.mentions, chronicle.Mention{Text: text, Kind: chronicle.NameMention, Span: n.Span})
	words := n.parts
	if words > ent.fullWords || (words == ent.fullWords && len(text) > len(ent.full)) {
		ent.full, ent.fullWords = text, words
	}
	if n.typ == chronicle.Person && n.parts > 1 && ent.surname == "" {
		ent.surname = n.surname
	}
}
