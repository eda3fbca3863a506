package event

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Unnamed groups as actors. "Kenyan police", "insurgents", "rebels in
// eastern Congo" name who acts without a name the recognizer could find.
// When such a phrase fills a role of an event, the event stage gives it an
// entity of its own: an organisation with one nominal mention per phrase,
// named by the phrase ("Kenyan police"), with the country of its demonym,
// country word, possessor or "in/of/from <place>" phrase, and the PLOVER
// sector of its head noun (manual, Table 5.2). Only groups that take part
// in a kept event become entities, so "officials said" or "thousands of
// residents" elsewhere in an article add nothing to its entity list (see
// docs/events.md, "Unnamed groups").

// groupNouns give the PLOVER sector of a head noun that names a group of
// people acting together, singular or plural.
var groupNouns = map[string]string{}

func init() {
	add := func(sector, words string) {
		for _, w := range strings.Fields(words) {
			groupNouns[w] = sector
		}
	}
	add("COP", "police policeman policemen riot-police gendarmes gendarmerie")
	add("MIL", "troops soldier soldiers army military forces marines paratroopers commandos servicemen "+
		"peacekeepers peacekeeper navy warplanes warplane jets helicopters gunships tanks warships gunboats drones sailors")
	add("REB", "rebel rebels insurgent insurgents militant militants guerrilla guerrillas separatist "+
		"separatists jihadist jihadists militiamen militia militias fighters")
	add("UAF", "gunman gunmen attacker attackers assailant assailants")
	add("CVL", "protester protesters protestor protestors demonstrator demonstrators rioters activists "+
		"activist civilian civilians villagers residents settlers crowd crowds mob")
	add("EDU", "students student teachers")
	add("LAB", "workers strikers unionists")
	add("AGR", "farmers peasants")
	add("REF", "refugees refugee")
	add("JRN", "journalists journalist reporters")
	add("MED", "doctors medics")
	add("GOV", "officials government authorities ministers administration regime cabinet diplomats")
	add("LEG", "lawmakers legislators parliamentarians mps senators")
	add("JUD", "court judges")
	add("OPP", "opposition dissidents")
}

// needsQualifier are group heads that name a group only with a country or a
// qualifying word: "government forces", "Israeli forces", not "market
// forces".
var needsQualifier = set("forces", "")

// groupQualifiers are the words that make "forces" a group, and, for the
// ones with a sector, decide the sector of a generic head: "police
// officers" are COP, "rebel forces" REB.
var groupQualifiers = map[string]string{
	"police": "COP", "security": "COP", "army": "MIL", "military": "MIL", "naval": "MIL",
	"rebel": "REB", "insurgent": "REB", "militia": "REB", "opposition": "REB", "paramilitary": "PRM",
	"government": "", "pro-government": "", "government-backed": "", "armed": "", "special": "",
	"coalition": "", "allied": "", "foreign": "", "enemy": "", "ground": "", "peacekeeping": "",
	"loyalist": "", "regime": "", "state": "", "federal": "",
}

// genericHeads take the sector of a qualifying word before them: "police
// officers", "army personnel", "rebel forces".
var genericHeads = set("forces officers personnel units", "")

// facilityHeads are places that stand for the group that holds them when a
// group word comes before: "an army base", "a police station", "a rebel
// camp".
var facilityHeads = set("base bases camp camps post posts station stations barracks checkpoint checkpoints "+
	"headquarters convoy convoys patrol patrols outpost outposts", "")

// groupSector returns the sector of phrase ph when it names an unnamed
// group, and whether it does.
func (s *sentence) groupSector(ph phrase, qualified bool) (string, bool) {
	h := s.w[ph.head]
	if h.ent != "" || !strings.HasPrefix(h.tag, "NN") {
		return "", false
	}
	var mods []string
	for k := ph.start; k < ph.head; k++ {
		if s.w[k].ent == "" {
			mods = append(mods, s.w[k].low)
		}
	}
	return sectorOfWords(mods, h.low, qualified)
}

// sectorOfWords returns the sector of a group named by a head noun and the
// lower-case words before it, and whether they name a group. qualified
// says a country is known, which makes "forces" a group.
func sectorOfWords(mods []string, head string, qualified bool) (string, bool) {
	sec, ok := groupNouns[head]
	qual, qualSec, groupMod, opposition := false, "", "", false
	for _, w := range mods {
		if q, ok := groupQualifiers[w]; ok {
			qual = true
			if qualSec == "" {
				qualSec = q
			}
		}
		if sec, ok := groupNouns[w]; ok && groupMod == "" {
			groupMod = sec
		}
		opposition = opposition || w == "opposition"
	}
	switch {
	case facilityHeads[head]:
		if qualSec != "" {
			return qualSec, true
		}
		if groupMod != "" && groupMod != "CVL" {
			return groupMod, true
		}
		return "", false
	case !ok && genericHeads[head]:
		if qualSec == "" {
			return "", false
		}
		return qualSec, true
	case !ok:
		return "", false
	}
	if needsQualifier[head] && !qual && !qualified {
		return "", false
	}
	if genericHeads[head] && qualSec != "" {
		sec = qualSec
	}
	if opposition && sec != "MIL" && sec != "REB" {
		sec = "OPP" // "opposition activists", "opposition lawmakers"
	}
	return sec, true
}

// groupNameSector returns the sector of an unnamed group read back from
// its name ("Kenyan police", "rebels in eastern Congo"), "" when the name
// names no group.
func groupNameSector(name string) string {
	low := strings.ToLower(name)
	for _, cut := range []string{" in ", " of ", " from "} {
		if i := strings.Index(low, cut); i >= 0 {
			low = low[:i]
		}
	}
	f := strings.Fields(low)
	if len(f) == 0 {
		return ""
	}
	sec, _ := sectorOfWords(f[:len(f)-1], f[len(f)-1], true)
	return sec
}

// groupActor returns the actors a phrase with no entity at its head stands
// for when it names an unnamed group, and whether it does. Usually that is
// the group's own entity, made on first use; a group "from" or "of" a
// named body, or of a place the gazetteer cannot place, stands for that
// entity, as before ("fighters of the FARC", "soldiers from Gondor").
func (s *sentence) groupActor(p int) ([]chronicle.EntityID, bool) {
	if s.x.noGroups {
		return nil, false
	}
	ph := s.np[p]
	country, start, ok := s.groupModifiers(ph)
	if !ok {
		return nil, false
	}
	sec, isGroup := s.groupSector(ph, country != "")
	if !isGroup && !needsQualifier[s.w[ph.head].low] {
		return nil, false // "forces" alone may still be placed below
	}
	end := ph.end
	if ph.owner {
		end = ph.head + 1 // "the court's ruling": the court
	} else if country == "" {
		pl := s.groupPlace(ph, sec, isGroup)
		switch {
		case pl.none:
			return nil, false
		case pl.stands != "":
			return []chronicle.EntityID{pl.stands}, true
		case pl.country != "":
			country, end = pl.country, pl.end
			if !isGroup {
				sec, isGroup = s.groupSector(ph, true)
			}
		}
	}
	if !isGroup {
		return nil, false
	}
	return []chronicle.EntityID{s.x.groupEntity(s, ph, start, end, country, sec)}, true
}

// groupModifiers reads the entities inside a group phrase and a possessor
// before it: the country they give ("Kenyan police", "Sudan's army"), the
// word the group's mention starts at, and false when they say the group is
// no unnamed group of one country: a named body acts ("Hamas fighters",
// "UN troops") or two countries are named ("US and British activists").
func (s *sentence) groupModifiers(ph phrase) (country string, start int, ok bool) {
	x := s.x
	ents := slices.Clone(ph.mods)
	start = ph.start
	if q := s.phraseEnding(ph.start - 1); q >= 0 && s.np[q].owner && s.np[q].ent != "" {
		ents = append(ents, s.np[q].ent) // "Congo's army"
		start = s.np[q].start
	}
	for _, id := range ents {
		e := x.d.Entity(id)
		low := ""
		if e != nil {
			low = strings.ToLower(e.Name)
		}
		switch {
		case e == nil:
		case e.Type == chronicle.Person || e.Type == chronicle.Organization && !isSeatName(x, e.Name) || igo(e.Name):
			return "", 0, false // the named body acts
		case strings.HasPrefix(low, "pro-") || strings.HasPrefix(low, "anti-"):
			// "pro-Russia rebels" are not Russia's
		case e.Country == "":
			return "", 0, false // a place the gazetteer cannot place: keep its name
		case country != "" && e.Country != country:
			return "", 0, false
		default:
			country = e.Country
		}
	}
	return country, start, true
}

// A groupPlacing is what the "in/of/from" phrase after a group phrase says
// about it.
type groupPlacing struct {
	country string             // the group's country ("rebels in eastern Congo")
	end     int                // the word its mention then ends before
	stands  chronicle.EntityID // the entity that acts for the group instead
	none    bool               // no group at all ("an army of volunteers")
}

// groupPlace reads the "in/of/from" phrase after a group phrase with no
// country of its own. sec and isGroup are what the phrase itself gave.
func (s *sentence) groupPlace(ph phrase, sec string, isGroup bool) groupPlacing {
	x := s.x
	after := ph.end
	if after+1 >= len(s.w) {
		return groupPlacing{}
	}
	prep := s.w[after].low
	if prep != "in" && prep != "of" && prep != "from" {
		return groupPlacing{}
	}
	q := s.phraseStarting(after + 1)
	if q < 0 {
		return groupPlacing{}
	}
	place := x.d.Entity(s.np[q].ent)
	switch {
	case place == nil && prep != "in" && s.groupCountry(q) != "":
		// "ministers from the Georgian government": that group's country
		return groupPlacing{country: s.groupCountry(q), end: s.np[q].end}
	case place == nil || place.Type == chronicle.Person:
		if prep == "of" && (s.w[ph.head].low == "army" || s.w[ph.head].low == "forces") {
			return groupPlacing{none: true} // "an army of volunteers", "forces of nature"
		}
	case place.Type == chronicle.Organization && !isSeatName(x, place.Name):
		if prep != "in" {
			return groupPlacing{stands: place.ID} // "fighters of the FARC": the FARC
		}
	case place.Country == "":
		if prep != "in" {
			return groupPlacing{stands: place.ID} // "soldiers from Gondor"
		}
	case prep == "in" && (!isGroup || servesAbroad(s.w[ph.head].low, sec)):
		// "three soldiers in Iraq" may be anyone's soldiers
	default:
		return groupPlacing{country: place.Country, end: s.np[q].end}
	}
	return groupPlacing{}
}

// servesAbroad reports whether a group of this head and sector is often
// somewhere other than its own country, so that "in <place>" does not give
// its country: troops, peacekeepers, refugees, journalists, diplomats.
func servesAbroad(head, sector string) bool {
	switch sector {
	case "MIL", "REF", "JRN":
		return true
	}
	return head == "diplomats"
}

// madeGroup reports whether e is an unnamed group the event stage made:
// an organisation with no name mention whose name is a group's.
func madeGroup(e chronicle.Entity) bool {
	return e.Type == chronicle.Organization && e.Sector != "" && e.Unnamed() && groupNameSector(e.Name) != ""
}

func isSeatName(x *extractor, name string) bool {
	return x.g != nil && isSeat(x.g, name)
}

// A groupKey identifies one unnamed group of an article: its head word
// and country.
type groupKey struct {
	head, country string
}

// groupEntity returns the entity of the group phrase ph (from word start,
// which may be a possessor's, to word end), making it on first use. The
// same head and country is the same group; a group with no country is the
// one group of that head named before with a country, when there is
// exactly one ("Kenyan police … the police").
func (x *extractor) groupEntity(s *sentence, ph phrase, start, end int, country, sector string) chronicle.EntityID {
	head := strings.TrimSuffix(s.w[ph.head].low, "s")
	key := groupKey{head, country}
	id, ok := x.groupIDs[key]
	if !ok && country == "" {
		var only chronicle.EntityID
		n := 0
		for k, v := range x.groupIDs {
			if k.head == head {
				only = v
				n++
			}
		}
		if n == 1 {
			id, ok = only, true
		}
	}
	sp := chronicle.Span{Start: x.d.Tokens[s.w[start].tok].Start, End: x.d.Tokens[s.w[end-1].tok].End}
	m := chronicle.Mention{Text: x.d.Text(sp), Kind: chronicle.NominalMention, Span: sp}
	if ok && !x.isMade(id) {
		x.pending = append(x.pending, stateMention{id, m}) // "the government" after "the Kenyan government"
		return id
	}
	if !ok && sector == "GOV" {
		if st := x.stateOf(country); st != "" {
			x.groupIDs[key] = st // "Russian officials" act for Russia
			x.pending = append(x.pending, stateMention{st, m})
			return st
		}
	}
	if ok {
		e := x.d.Entity(id)
		if !slices.ContainsFunc(e.Mentions, func(o chronicle.Mention) bool { return o.Span == sp }) {
			e.Mentions = append(e.Mentions, m)
			slices.SortFunc(e.Mentions, func(a, b chronicle.Mention) int { return cmp.Compare(a.Start, b.Start) })
		}
		return id
	}
	id = chronicle.EntityID("E" + strconv.Itoa(len(x.d.Entities)+1))
	x.d.Entities = append(x.d.Entities, chronicle.Entity{ID: id, Name: s.groupName(ph, start, end), Type: chronicle.Organization,
		Country: country, Roles: []string{}, Mentions: []chronicle.Mention{m}, Sector: sector})
	x.groupIDs[key] = id
	x.groups = append(x.groups, id)
	return id
}

// groupName is the name of a group phrase: its words from the first that
// is neither a determiner nor a number, a common noun lower-cased at the
// start of a sentence ("Rebels in eastern Congo" → "rebels in eastern
// Congo").
func (s *sentence) groupName(ph phrase, start, end int) string {
	i := start
	for i < ph.head && i >= ph.start {
		switch t := s.w[i].tag; {
		case t == "DT" || t == "PDT" || t == "CD" || t == "PRP$" || quantifier(s.w[i].low) || s.w[i].low == "several" || s.w[i].low == "many":
			i++
			continue
		}
		break
	}
	d := s.x.d
	name := d.Text(chronicle.Span{Start: d.Tokens[s.w[i].tok].Start, End: d.Tokens[s.w[end-1].tok].End})
	if s.w[i].ent == "" {
		if r, n := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && !(n < len(name) && unicode.IsUpper(rune(name[n]))) {
			name = string(unicode.ToLower(r)) + name[n:]
		}
	}
	return name
}

// pruneGroups removes the group entities no event kept takes part in and
// numbers the rest after the entities resolution found, in order of first
// mention, rewriting the events' ids.
func (x *extractor) pruneGroups(evs []chronicle.Event) {
	if len(x.groups) == 0 {
		return
	}
	used := map[chronicle.EntityID]bool{}
	for _, ev := range evs {
		for _, id := range ev.Source {
			used[id] = true
		}
		for _, id := range ev.Target {
			used[id] = true
		}
	}
	made := map[chronicle.EntityID]bool{}
	for _, id := range x.groups {
		made[id] = true
	}
	var kept, groups []chronicle.Entity
	for _, e := range x.d.Entities {
		switch {
		case !made[e.ID]:
			kept = append(kept, e)
		case used[e.ID]:
			groups = append(groups, e)
		}
	}
	slices.SortStableFunc(groups, func(a, b chronicle.Entity) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	renamed := map[chronicle.EntityID]chronicle.EntityID{}
	for _, e := range groups {
		id := chronicle.EntityID("E" + strconv.Itoa(len(kept)+1))
		renamed[e.ID] = id
		e.ID = id
		kept = append(kept, e)
	}
	x.d.Entities = kept
	for i := range evs {
		for j, id := range evs[i].Source {
			if n, ok := renamed[id]; ok {
				evs[i].Source[j] = n
			}
		}
		for j, id := range evs[i].Target {
			if n, ok := renamed[id]; ok {
				evs[i].Target[j] = n
			}
		}
	}
}

// groupCountry returns the country of a group phrase with no entity at its
// head and one country word before it ("the Georgian government"), else "".
func (s *sentence) groupCountry(p int) string {
	ph := s.np[p]
	if ph.ent != "" || !isActorNoun(s.w[ph.head].low) && groupNouns[s.w[ph.head].low] == "" {
		return ""
	}
	country := ""
	for _, m := range ph.mods {
		e := s.x.d.Entity(m)
		if e == nil || e.Country == "" || e.Type == chronicle.Person || e.Type == chronicle.Organization {
			return ""
		}
		if country != "" && country != e.Country {
			return ""
		}
		country = e.Country
	}
	return country
}

// civilians reports whether a subject group is people outside the state's
// forces: protesters, workers, farmers, students, the opposition.
func (s *sentence) civilians(g []int) bool {
	for _, p := range g {
		switch groupNouns[s.w[s.np[p].head].low] {
		case "CVL", "LAB", "AGR", "EDU", "OPP", "REF":
			return true
		}
	}
	return s.protesters(g)
}
