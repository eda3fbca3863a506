package event

import (
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// A mentionRef is the entity a token belongs to.
type mentionRef struct {
	id   chronicle.EntityID
	kind chronicle.MentionKind
}

// actors returns the entities a phrase group stands for, in order, and
// whether some phrase of it refers back to actors named elsewhere ("they",
// "the two leaders"). A phrase stands for the entity of its head; with no
// entity at its head, for the entities before the head when the head is a
// word for people or for what they propose ("Russian officials", "a US
// proposal"), or for the entity a title phrase describes ("the Ukrainian
// president").
func (s *sentence) actors(g []int) (ids []chronicle.EntityID, anaphor bool) {
	for _, p := range g {
		ph := s.np[p]
		switch {
		case ph.anaphor:
			anaphor = true
		case ph.ent != "":
			if e := s.x.d.Entity(ph.ent); e != nil && e.Type == chronicle.Misc && thingName(e.Name) {
				continue // "the first Gulf War", "the European Constitution": a name, not an actor
			}
			ids = appendID(ids, ph.ent)
		default:
			if id := s.x.theCountry(s, ph); id != "" {
				ids = appendID(ids, id)
				continue
			}
			if id := s.x.described(s, ph); id != "" {
				ids = appendID(ids, id)
				continue
			}
			if got, ok := s.groupActor(p); ok {
				for _, id := range got {
					ids = appendID(ids, id)
				}
				continue
			}
			if len(ph.mods) > 0 && s.standsForMods(ph) {
				for _, m := range ph.mods {
					if s.x.actorLike(m) {
						ids = appendID(ids, m)
					}
				}
			}
			if ph.head > ph.start && ph.start >= 2 && s.w[ph.start-1].low != "of" {
				// "Zelenskyy's office": the owner phrase before
				if q := s.phraseEnding(ph.start - 1); q >= 0 && s.np[q].owner && s.np[q].ent != "" {
					ids = appendID(ids, s.np[q].ent)
				}
			}
			if q := s.phraseEnding(ph.start - 1); q >= 0 && s.np[q].owner && s.np[q].ent != "" && s.standsForMods(ph) {
				ids = appendID(ids, s.np[q].ent)
			}
		}
	}
	return ids, anaphor
}

// standsForMods reports whether a phrase with no entity at its head is
// better read as the entities that modify it: the head is a word for a
// group of people, an office, or something an actor puts forward.
func (s *sentence) standsForMods(ph phrase) bool {
	h := s.w[ph.head].low
	if actorNouns[h] || actorNouns[strings.TrimSuffix(h, "s")] {
		return true
	}
	return classOf(h)&(policyT|dealThing|troops|diplomats|persons) != 0
}

// actorNouns are heads that stand for the country or body that modifies
// them: "Russian officials", "the US side", "Syrian forces".
var actorNouns = set("official officials government administration side forces troops army military "+
	"authorities authority ministry leadership delegation envoy spokesman spokeswoman spokesperson "+
	"president leader minister regime state navy police lawmakers parliament court media office "+
	"embassy department agency inspectors monitors observers investigators people nation nations activists rebels militants fighters protesters protestors demonstrators "+
	"minority minorities majority community communities", "")

func appendID(ids []chronicle.EntityID, id chronicle.EntityID) []chronicle.EntityID {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// actorLike reports whether entity id can act: a person, an organisation,
// a nationality or a place that stands for a state (a country, a capital,
// a seat of power), not a city or a building as such.
func (x *extractor) actorLike(id chronicle.EntityID) bool {
	e := x.d.Entity(id)
	if e == nil {
		return false
	}
	if e.Type != chronicle.Location {
		return true
	}
	return x.stateLike(e) || igo(e.Name)
}

// stateLike reports whether a location entity names a state or its
// government: a country ("Ukraine"), a capital used for its government
// ("Kyiv"), a seat of power ("the Kremlin"), a bloc ("Europe").
func (x *extractor) stateLike(e *chronicle.Entity) bool {
	if x.g == nil {
		return true
	}
	if x.stateName(e.Name) {
		return true
	}
	for _, m := range e.Mentions {
		if m.Kind == chronicle.NameMention && x.stateName(m.Text) {
			return true
		}
	}
	return false
}

// stateName reports whether the gazetteer knows n as a country, a
// capital, a seat of power or a region.
func (x *extractor) stateName(n string) bool {
	if _, ok := x.g.Country(n); ok {
		return true
	}
	if _, ok := x.g.Capital(n); ok {
		return true
	}
	if _, ok := x.g.SeatOfPower(n); ok {
		return true
	}
	_, ok := x.g.Region(n)
	return ok
}

// described returns the entity a title phrase with no entity of its own
// describes, when exactly one entity fits: "the Ukrainian president" is the
// person whose country is Ukraine and who holds a role named president or
// leader. Resolution usually links such phrases; this covers the phrases it
// left unlinked.
func (x *extractor) described(s *sentence, ph phrase) chronicle.EntityID {
	if x.g == nil || s.w[ph.start].low != "the" {
		return ""
	}
	head := s.w[ph.head].low
	r, ok := x.g.Role(head)
	if !ok {
		return ""
	}
	country := ""
	for k := ph.start + 1; k < ph.head; k++ {
		if c, ok := x.g.Demonym(s.text(k)); ok {
			country = c.Alpha3
		} else if c, ok := x.g.Country(s.text(k)); ok {
			country = c.Alpha3
		}
	}
	if country == "" {
		return ""
	}
	var found chronicle.EntityID
	for i := range x.d.Entities {
		e := &x.d.Entities[i]
		if e.Type != chronicle.Person || e.Country != country {
			continue
		}
		fits := false
		for _, role := range e.Roles {
			if strings.Contains(strings.ToLower(role), head) {
				fits = true
			} else if rr, ok := x.g.Role(role); ok && rr.Sector == r.Sector && (head == "leader" || head == "president") {
				fits = true
			}
		}
		if !fits {
			continue
		}
		if found != "" {
			return ""
		}
		found = e.ID
	}
	return found
}

// text returns the text of word k.
func (s *sentence) text(k int) string {
	return s.x.d.Text(s.x.d.Tokens[s.w[k].tok].Span)
}

// Sector returns the PLOVER sector of an entity: from the first of its
// roles the gazetteer knows ("President" → GOV, "General" → MIL), else from
// words of an organisation's name ("army" → MIL, "police" → COP, "court" →
// JUD, "parliament" → LEG), or, for an unnamed group, from its noun
// ("insurgents" → REB); "" when none fits. Countries and places have no
// sector: PLOVER codes them by country alone.
func Sector(e *chronicle.Entity, g *gazetteer.Gazetteer) string {
	if e == nil {
		return ""
	}
	if g != nil {
		for _, r := range e.Roles {
			if x, ok := g.Role(r); ok && x.Sector != "" {
				return x.Sector
			}
			// "White House communications director": try the last words
			f := strings.Fields(r)
			for i := 1; i < len(f); i++ {
				if x, ok := g.Role(strings.Join(f[i:], " ")); ok && x.Sector != "" {
					return x.Sector
				}
			}
		}
	}
	if igo(e.Name) {
		return "IGO" // "UN" read as a place is still the organisation
	}
	if e.Type == chronicle.Location {
		return ""
	}
	if e.Unnamed() {
		if sec := groupNameSector(e.Name); sec != "" {
			return sec // "insurgents", "Kenyan police": an unnamed group (group.go)
		}
	}
	low := strings.ToLower(e.Name)
	for _, w := range strings.Fields(low) {
		if sec, ok := orgSector[strings.Trim(w, ".,'’")]; ok {
			return sec
		}
	}
	if e.Type == chronicle.Organization && g != nil {
		if _, ok := g.SeatOfPower(e.Name); ok {
			return "GOV"
		}
	}
	return ""
}

// igoNames are name parts of international organisations.
var igoNames = []string{"united nations", "european union", "african union", "nato", "world bank",
	"international monetary fund", "world health organization", "interpol", "red cross",
	"arab league", "opec", "asean"}

// igoShort are the short names of international organisations, which
// are whole names, never name parts ("UN", not "UNESCO").
var igoShort = set("un u.n. eu e.u. nato au iaea osce wto imf who unhcr unicef unesco", "")

// igo reports whether name names an international organisation: it holds
// one of igoNames or is one of igoShort.
func igo(name string) bool {
	low := strings.ToLower(name)
	if igoShort[low] {
		return true
	}
	for _, n := range igoNames {
		if strings.Contains(low, n) {
			return true
		}
	}
	return false
}

var orgSector = map[string]string{
	"army": "MIL", "military": "MIL", "navy": "MIL", "forces": "MIL", "defence": "MIL", "defense": "MIL",
	"pentagon": "MIL", "police": "COP", "court": "JUD", "tribunal": "JUD", "judiciary": "JUD",
	"parliament": "LEG", "congress": "LEG", "senate": "LEG", "duma": "LEG", "assembly": "LEG",
	"knesset": "LEG", "ministry": "GOV", "government": "GOV", "cabinet": "GOV", "department": "GOV",
	"party": "PTY", "rebels": "REB", "militia": "REB", "front": "REB", "brigade": "REB",
	"taliban": "REB", "hamas": "REB", "hezbollah": "REB", "university": "EDU", "school": "EDU",
	"church": "REL", "trade union": "LAB", "bank": "BUS", "company": "BUS", "corporation": "BUS",
	"inc": "BUS", "ltd": "BUS", "news": "JRN", "times": "JRN", "post": "JRN",
	"hospital": "MED", "observatory": "SOC", "watch": "SOC", "amnesty": "SOC", "cia": "SPY",
	"fbi": "COP", "intelligence": "SPY"}

// isActorNoun reports whether a head noun, singular or plural, stands for
// people acting for a body: "ministers", "officials", "forces".
func isActorNoun(h string) bool {
	return actorNouns[h] || actorNouns[strings.TrimSuffix(h, "s")]
}

// thingName reports whether a name ends in a word for an event, a text or
// a contest rather than for people: "Gulf War", "European Constitution",
// "Kyoto Protocol", "World Cup".
func thingName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if n := len(words); n > 1 && romanNumerals[words[n-1]] {
		words = words[:n-1] // "World War II"
	}
	return len(words) > 0 && thingWords[words[len(words)-1]]
}

var romanNumerals = set("i ii iii iv v", "")

var thingWords = set("war wars constitution treaty protocol accord accords agreement convention charter act bill "+
	"declaration resolution summit conference cooperation games olympics cup championship election elections referendum "+
	"crisis revolution uprising massacre genocide disaster earthquake tsunami hurricane intifada wwi wwii", "")
