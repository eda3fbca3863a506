package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// An entity is one entity being built.
type entity struct {
	mentions []chronicle.Mention
	names    []int // indexes into resolver.names
	votes    map[chronicle.EntityType]int
	voted    bool                 // a name that is no weak piece has voted
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
		if n.typ != chronicle.Person && acronymLike(r.text[n.Start:n.End]) {
			if e := r.byAcronym(strings.ReplaceAll(r.text[n.Start:n.End], ".", "")); e >= 0 {
				n.weak = true // the name it stands for is typed surer than its letters
				r.add(i, e)
				continue
			}
		}
		if e := r.byFirstWord(n); e >= 0 {
			r.add(i, e)
			continue
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
// a, or -1: by the initials of its capitalised words ("NATO"), else, for
// the one such name, by the letters abbreviates allows ("TVNZ" for
// "Television New Zealand", "DoD" for "Department of Defense").
func (r *resolver) byAcronym(a string) int {
	found := -1
	for e, ent := range r.ents {
		if ent.first == chronicle.Person {
			continue
		}
		if acronym(ent.full) == a {
			return e
		}
		if abbreviates(a, ent.full) {
			if found >= 0 {
				found = -2
			}
			if found == -1 {
				found = e
			}
		}
	}
	return max(found, -1)
}

// abbreviates reports whether the acronym a stands for the name full of
// two words or more besides small ones, ignoring case: the first word
// gives the first letter; each word other than a small one gives its
// initial and maybe more of its letters in order; each small word ("of",
// "and") its initial or nothing; and nothing is left over.
func abbreviates(a, full string) bool {
	if len(a) < 2 || !initialOf(a[0], full) {
		return false
	}
	words := strings.Fields(strings.ToLower(full))
	content := 0
	for _, w := range words {
		if !acronymSkips[w] {
			content++
		}
	}
	return content >= 2 && abbrevFrom(strings.ToLower(a), words)
}

// initialOf reports whether the letter c begins a word of s, ignoring
// case.
func initialOf(c byte, s string) bool {
	for i := 0; i < len(s); i++ {
		if (i == 0 || s[i-1] == ' ') && unicode.ToLower(rune(s[i])) == unicode.ToLower(rune(c)) {
			return true
		}
	}
	return false
}

func abbrevFrom(a string, words []string) bool {
	if len(words) == 0 {
		return a == ""
	}
	w := words[0]
	if acronymSkips[w] && abbrevFrom(a, words[1:]) {
		return true
	}
	if a == "" || a[0] != w[0] {
		return false
	}
	// the word's initial, then more of its letters in order: "TeleVision"
	for i, p := 1, 1; ; i++ {
		if abbrevFrom(a[i:], words[1:]) {
			return true
		}
		if i >= len(a) {
			return false
		}
		q := strings.IndexByte(w[p:], a[i])
		if q < 0 {
			return false
		}
		p += q + 1
	}
}

// acronymLike reports whether w may be an acronym: in capitals as allCaps
// has it, or of two to five letters, beginning and ending with a capital
// and holding another ("DoD", "MoD").
func acronymLike(w string) bool {
	if allCaps(w) {
		return true
	}
	if len(w) < 3 || len(w) > 5 || !isUpperASCII(w[0]) || !isUpperASCII(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isUpperASCII(c) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// byFirstWord returns the one organisation, named before or after in
// several words, whose name is the organisation's name n of one word and
// words that name the same body in other words (see sameBody): "TELUS" →
// "TELUS Communications", "Labour" → "Labour Party", not "UN" → "UN
// Security Council". It returns -1 when there is none or more than one.
// A country, demonym or place is never such a word.
func (r *resolver) byFirstWord(n *name) int {
	if n.typ != chronicle.Organization || n.parts != 1 || n.sub {
		return -1
	}
	s := r.text[n.Start:n.End]
	found := -1
	for _, m := range r.names {
		if m.typ != chronicle.Organization || m.parts < 2 || m.sub || m.t1-m.t0 < 2 || r.words[m.t0] != s {
			continue
		}
		same := true
		for t := m.t0 + 1; t < m.t1 && same; t++ {
			same = sameBody[strings.ToLower(strings.TrimSuffix(r.words[t], "."))]
		}
		if !same {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1
		}
		found = m.ent
	}
	if found >= 0 && (isCountry(r.g, s) || isDemonym(r.g, s) || r.isPlace(s)) {
		return -1
	}
	return found
}

// sameBody are the words after an organisation's short name that leave
// it the same body: its legal form, "Party", the medium of a broadcaster
// or the trade of an airline.
var sameBody = map[string]bool{
	"party": true, "inc": true, "corp": true, "corporation": true, "co": true, "company": true, "ltd": true,
	"limited": true, "plc": true, "llc": true, "ag": true, "sa": true, "group": true, "holdings": true,
	"international": true, "communications": true, "airways": true, "airlines": true, "tv": true,
	"television": true, "radio": true, "news": true, "network": true, "media": true,
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
	if len(ent.names) == 0 || !n.weak && !ent.voted {
		ent.first = n.typ
	}
	ent.names = append(ent.names, i)
	if !n.weak {
		ent.votes[n.typ]++
		ent.voted = true
	}
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
