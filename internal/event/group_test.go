package event

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// A groupWant is an unnamed group an event must have in a role: its name,
// country and sector.
type groupWant struct {
	name, country, sector string
}

// Unnamed groups that act or are acted on become entities of their own,
// with the country of their demonym or place and the sector of their noun.
func TestGroupActors(t *testing.T) {
	tests := []struct {
		name, tagged string
		ents         []ent
		typ          chronicle.EventType
		mode         string
		src, tgt     []groupWant // nil: not checked
	}{
		{"police fire tear gas at protesters",
			"Kenyan/JJ@1 police/NNS fired/VBD tear/NN gas/NN at/IN protesters/NNS in/IN Nairobi/NNP@2 on/IN Thursday/NNP ./.",
			[]ent{misc("Kenyan", "KEN"), loc("Nairobi", "KEN")},
			chronicle.Assault, "crowd-control",
			[]groupWant{{"Kenyan police", "KEN", "COP"}}, []groupWant{{"protesters in Nairobi", "KEN", "CVL"}}},
		{"insurgents attack an army base",
			"Insurgents/NNS attacked/VBD an/DT army/NN base/NN in/IN the/DT north/NN ./.",
			nil,
			chronicle.Assault, "",
			[]groupWant{{"insurgents", "", "REB"}}, []groupWant{{"army base", "", "MIL"}}},
		{"rebels in a region of a country",
			"Rebels/NNS in/IN eastern/JJ Congo/NNP@1 shelled/VBD the/DT town/NN of/IN Goma/NNP@2 ./.",
			[]ent{loc("Congo", "COD"), loc("Goma", "COD")},
			chronicle.Assault, "",
			[]groupWant{{"rebels in eastern Congo", "COD", "REB"}}, nil},
		{"troops open fire on demonstrators",
			"Israeli/JJ@1 troops/NNS opened/VBD fire/NN on/IN Palestinian/JJ@2 demonstrators/NNS near/IN the/DT fence/NN ./.",
			[]ent{misc("Israeli", "ISR"), misc("Palestinian", "PSE")},
			chronicle.Assault, "firearms",
			[]groupWant{{"Israeli troops", "ISR", "MIL"}}, []groupWant{{"Palestinian demonstrators", "PSE", "CVL"}}},
		{"police clash with students",
			"Riot/NN police/NNS clashed/VBD with/IN students/NNS in/IN Dhaka/NNP@1 ./.",
			[]ent{loc("Dhaka", "BGD")},
			chronicle.Assault, "",
			[]groupWant{{"riot police", "", "COP"}, {"students in Dhaka", "BGD", "EDU"}}, nil},
		{"security forces detain opposition activists",
			"Security/NN forces/NNS detained/VBD 40/CD opposition/NN activists/NNS ./.",
			nil,
			chronicle.Coerce, "arrest",
			[]groupWant{{"security forces", "", "COP"}}, []groupWant{{"opposition activists", "", "OPP"}}},
		{"gunmen kill villagers",
			"Unidentified/JJ gunmen/NNS killed/VBD three/CD villagers/NNS ./.",
			nil,
			chronicle.Assault, "",
			[]groupWant{{"unidentified gunmen", "", "UAF"}}, []groupWant{{"villagers", "", "CVL"}}},
		{"a country's possessive gives the army its country", // build puts a space before "'s"
			"Sudan/NNP@1 's/POS army/NN bombed/VBD a/DT rebel/NN camp/NN ./.",
			[]ent{loc("Sudan", "SDN")},
			chronicle.Assault, "",
			[]groupWant{{"Sudan 's army", "SDN", "MIL"}}, []groupWant{{"rebel camp", "", "REB"}}},
		{"pro-Russia rebels are not Russia's",
			"Pro-Russia/JJ@1 rebels/NNS shelled/VBD Donetsk/NNP@2 ./.",
			[]ent{misc("pro-Russia", "RUS"), loc("Donetsk", "UKR")},
			chronicle.Assault, "",
			[]groupWant{{"Pro-Russia rebels", "", "REB"}}, nil},
		{"a group from a group of a country",
			"Sri/NNP@1 Lankan/NNP@1 monks/NNS met/VBD ministers/NNS from/IN the/DT Indian/JJ@2 government/NN ./.",
			[]ent{misc("Sri Lankan", "LKA"), misc("Indian", "IND")},
			chronicle.Consult, "",
			[]groupWant{{"ministers from the Indian government", "IND", "GOV"}}, nil},
		{"soldiers in a country may be anyone's",
			"A/DT roadside/NN bomb/NN killed/VBD three/CD soldiers/NNS in/IN Iraq/NNP@1 ./.",
			[]ent{loc("Iraq", "IRQ")},
			chronicle.Assault, "",
			nil, []groupWant{{"soldiers", "", "MIL"}}},
		{"fighters of a named body are that body",
			"Fighters/NNS of/IN the/DT FARC/NNP@1 ambushed/VBD a/DT police/NN patrol/NN ./.",
			[]ent{org("FARC", "")},
			chronicle.Assault, "",
			[]groupWant{{"FARC", "", ""}}, []groupWant{{"police patrol", "", "COP"}}},
		{"the government of a demonym",
			"The/DT Georgian/JJ@1 government/NN arrested/VBD dozens/NNS of/IN protesters/NNS ./.",
			[]ent{misc("Georgian", "GEO")},
			chronicle.Coerce, "arrest",
			[]groupWant{{"Georgian government", "GEO", "GOV"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, "2025-03-14", tt.tagged, tt.ents...)
			evs := Extract(d, gazetteer.Default())
			checkMentions(t, d)
			for _, e := range evs {
				if e.Type != tt.typ || tt.mode != "" && e.Mode != tt.mode {
					continue
				}
				if groupsFit(d, e.Source, tt.src) && groupsFit(d, e.Target, tt.tgt) {
					return
				}
			}
			t.Fatalf("want %s %s %v → %v, got\n%s", tt.typ, tt.mode, tt.src, tt.tgt, showGroups(d, evs))
		})
	}
}

// groupsFit reports whether each wanted group is among ids, with its
// country and sector.
func groupsFit(d *chronicle.Document, ids []chronicle.EntityID, want []groupWant) bool {
	for _, w := range want {
		found := false
		for _, id := range ids {
			e := d.Entity(id)
			if e != nil && e.Name == w.name && e.Country == w.country && e.Sector == w.sector && e.Type == chronicle.Organization {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func showGroups(d *chronicle.Document, evs []chronicle.Event) string {
	var b strings.Builder
	b.WriteString(show(d, evs))
	for _, e := range d.Entities {
		b.WriteString("  " + string(e.ID) + " " + e.Name + " " + e.Country + " " + e.Sector + "\n")
	}
	return b.String()
}

// checkMentions fails when an entity's mention is not the text it spans or
// ids do not run E1, E2, … .
func checkMentions(t *testing.T, d *chronicle.Document) {
	t.Helper()
	for i, e := range d.Entities {
		if want := chronicle.EntityID("E" + strconv.Itoa(i+1)); e.ID != want {
			t.Errorf("entity %d has id %s, want %s", i, e.ID, want)
		}
		for _, m := range e.Mentions {
			if m.Text != d.Article.Text[m.Start:m.End] {
				t.Errorf("%s mention %q spans %q", e.Name, m.Text, d.Article.Text[m.Start:m.End])
			}
		}
	}
}

// Groups that speak, groups that are no actors, and groups outside any
// event get no entity.
func TestGroupNotActors(t *testing.T) {
	tests := []struct {
		name, tagged string
		ents         []ent
		noEntity     []string // no entity may be named so
	}{
		{"officials who speak are not attackers",
			"Officials/NNS said/VBD rebels/NNS attacked/VBD a/DT village/NN ./.",
			nil, []string{"officials", "Officials"}},
		{"police who speak are not attackers",
			"Gunmen/NNS attacked/VBD a/DT bus/NN ,/, police/NNS said/VBD ./.",
			nil, []string{"police"}},
		{"an army of volunteers is no army",
			"An/DT army/NN of/IN volunteers/NNS helped/VBD flood/NN victims/NNS ./.",
			nil, []string{"army", "army of volunteers"}},
		{"market forces are no forces",
			"Market/NN forces/NNS hit/VBD the/DT firm/NN ./.",
			nil, []string{"market forces", "Market forces"}},
		{"a group outside every event",
			"Thousands/NNS of/IN residents/NNS gathered/VBD in/IN the/DT square/NN ./.",
			nil, []string{"residents"}},
		{"a named body before the noun acts itself",
			"Hamas/NNP@1 fighters/NNS fired/VBD rockets/NNS at/IN Ashkelon/NNP@2 ./.",
			[]ent{org("Hamas", ""), loc("Ashkelon", "ISR")}, []string{"Hamas fighters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, "2025-03-14", tt.tagged, tt.ents...)
			evs := Extract(d, gazetteer.Default())
			checkMentions(t, d)
			for _, e := range d.Entities {
				for _, n := range tt.noEntity {
					if e.Name == n {
						t.Fatalf("entity %q made\n%s", n, showGroups(d, evs))
					}
				}
			}
		})
	}
}

// Hamas fighters are Hamas: the named body is the actor.
func TestGroupNamedBody(t *testing.T) {
	d := build(t, "2025-03-14", "Hamas/NNP@1 fighters/NNS fired/VBD rockets/NNS at/IN Ashkelon/NNP@2 ./.",
		org("Hamas", ""), loc("Ashkelon", "ISR"))
	evs := Extract(d, gazetteer.Default())
	for _, e := range evs {
		if e.Type == chronicle.Assault && e.Mode == "heavy-weapons" && strings.Join(names(d, e.Source), ",") == "Hamas" {
			return
		}
	}
	t.Fatalf("want ASSAULT heavy-weapons by Hamas, got\n%s", show(d, evs))
}

// A later bare mention of a group is the group named before with a country.
func TestGroupNamedAgain(t *testing.T) {
	d := build(t, "2025-03-14", "Kenyan/JJ@1 police/NNS arrested/VBD two/CD journalists/NNS ./. "+
		"The/DT police/NNS later/RB released/VBD them/PRP ./.", misc("Kenyan", "KEN"))
	evs := Extract(d, gazetteer.Default())
	var ids []chronicle.EntityID
	for _, e := range evs {
		ids = append(ids, e.Source...)
	}
	if len(evs) < 2 || len(ids) < 2 || ids[0] != ids[1] {
		t.Fatalf("want both events by the same Kenyan police, got\n%s", showGroups(d, evs))
	}
	if e := d.Entity(ids[0]); e == nil || len(e.Mentions) != 2 || e.Mentions[1].Text != "The police" {
		t.Fatalf("want two mentions, got\n%s", showGroups(d, evs))
	}
}

// "The two sides" are parties named before, not the unnamed groups of the
// nearest event.
func TestGroupNoAntecedent(t *testing.T) {
	d := build(t, "2025-03-14", "Israel/NNP@1 and/CC Egypt/NNP@2 met/VBD in/IN Cairo/NNP@3 ./. "+
		"Israeli/JJ@4 troops/NNS arrested/VBD Palestinian/JJ@5 activists/NNS ./. "+
		"The/DT two/CD sides/NNS held/VBD talks/NNS ./.",
		loc("Israel", "ISR"), loc("Egypt", "EGY"), loc("Cairo", "EGY"), misc("Israeli", "ISR"), misc("Palestinian", "PSE"))
	evs := Extract(d, gazetteer.Default())
	for _, e := range evs {
		if e.Trigger.Text == "talks" {
			if got := strings.Join(names(d, e.Source), ","); got != "Israel,Egypt" {
				t.Fatalf("want the talks between Israel and Egypt, got\n%s", showGroups(d, evs))
			}
			return
		}
	}
	t.Fatalf("no talks\n%s", showGroups(d, evs))
}

// Stored events read an unnamed group's sector back from its name.
func TestGroupSectorFromName(t *testing.T) {
	for name, want := range map[string]string{
		"Kenyan police": "COP", "rebels in eastern Congo": "REB", "insurgents": "REB", "army base": "MIL",
		"unidentified gunmen": "UAF", "opposition activists in Minsk": "OPP", "security forces": "COP",
		"Sudan's army": "MIL",
	} {
		e := &chronicle.Entity{Name: name, Type: chronicle.Organization,
			Mentions: []chronicle.Mention{{Text: name, Kind: chronicle.NominalMention}}}
		if got := Sector(e, gazetteer.Default()); got != want {
			t.Errorf("Sector(%q) = %q, want %q", name, got, want)
		}
	}
	named := &chronicle.Entity{Name: "Gunmen Ltd", Type: chronicle.Organization,
		Mentions: []chronicle.Mention{{Text: "Gunmen Ltd", Kind: chronicle.NameMention}}}
	if got := Sector(named, gazetteer.Default()); got != "BUS" {
		t.Errorf("a named company: Sector = %q, want BUS", got)
	}
}

// Extracting twice (as a caller that parses after the pipeline does) gives
// the same groups and events, not a second copy of each group.
func TestGroupExtractTwice(t *testing.T) {
	d := build(t, "2025-03-14", "Kenyan/JJ@1 police/NNS fired/VBD tear/NN gas/NN at/IN protesters/NNS in/IN Nairobi/NNP@2 ./.",
		misc("Kenyan", "KEN"), loc("Nairobi", "KEN"))
	first := show(d, Extract(d, gazetteer.Default()))
	n := len(d.Entities)
	second := show(d, Extract(d, gazetteer.Default()))
	if len(d.Entities) != n || first != second {
		t.Fatalf("first %d entities\n%s\nthen %d\n%s", n, first, len(d.Entities), second)
	}
	checkMentions(t, d)
}

// A government group of a country the article names as a place stands for
// that country's entity, with the phrase as a nominal mention of it; other
// groups, and government groups of a country the article does not name,
// keep an entity of their own.
func TestGovernmentGroupIsItsState(t *testing.T) {
	tests := []struct {
		name, tagged string
		ents         []ent
		typ          chronicle.EventType
		src, tgt     string // names, comma-separated
		mention      string // the nominal mention the state must gain, "" for none
	}{
		{"officials of a named country",
			"Russia/NNP@1 shelled/VBD Kharkiv/NNP@2 ./. Trump/NNP@3 met/VBD Russian/JJ@4 officials/NNS in/IN Riyadh/NNP@5 ./.",
			[]ent{loc("Russia", "RUS"), loc("Kharkiv", "UKR"), person("Donald Trump", "USA", "President"), misc("Russian", "RUS"), loc("Riyadh", "SAU")},
			chronicle.Consult, "Donald Trump,Russia", "", "Russian officials"},
		{"the government of a named country, with its article",
			"The/DT Kenyan/JJ@1 government/NN arrested/VBD two/CD journalists/NNS in/IN Kenya/NNP@2 ./.",
			[]ent{misc("Kenyan", "KEN"), loc("Kenya", "KEN")},
			chronicle.Coerce, "Kenya", "journalists", "The Kenyan government"},
		{"ministers from a named country",
			"Ministers/NNS from/IN Israel/NNP@1 criticised/VBD the/DT plan/NN of/IN Hamas/NNP@2 ./.",
			[]ent{loc("Israel", "ISR"), org("Hamas", "")},
			chronicle.Accuse, "Israel", "Hamas", ""},
		{"police of a named country stay police",
			"Kenya/NNP@2 held/VBD elections/NNS ./. Kenyan/JJ@1 police/NNS fired/VBD tear/NN gas/NN at/IN voters/NNS ./.",
			[]ent{misc("Kenyan", "KEN"), loc("Kenya", "KEN")},
			chronicle.Assault, "Kenyan police", "", ""},
		{"troops of a named country stay troops",
			"Israeli/JJ@1 troops/NNS shelled/VBD Gaza/NNP@2 ./. Israel/NNP@3 denied/VBD it/PRP ./.",
			[]ent{misc("Israeli", "ISR"), loc("Gaza", "PSE"), loc("Israel", "ISR")},
			chronicle.Assault, "Israeli troops", "", ""},
		{"a government of a country not named stays a group",
			"The/DT Georgian/JJ@1 government/NN arrested/VBD dozens/NNS of/IN protesters/NNS in/IN Tbilisi/NNP@2 ./.",
			[]ent{misc("Georgian", "GEO"), loc("Tbilisi", "GEO")},
			chronicle.Coerce, "Georgian government", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, "2025-03-14", tt.tagged, tt.ents...)
			evs := Extract(d, gazetteer.Default())
			checkMentions(t, d)
			var got *chronicle.Event
			for i, e := range evs {
				if e.Type == tt.typ && strings.Join(names(d, e.Source), ",") == tt.src &&
					(tt.tgt == "" || strings.Join(names(d, e.Target), ",") == tt.tgt) {
					got = &evs[i]
				}
			}
			if got == nil {
				t.Fatalf("want %s %s → %s, got\n%s", tt.typ, tt.src, tt.tgt, showGroups(d, evs))
			}
			if tt.mention == "" {
				return
			}
			for _, id := range append(slices.Clone(got.Source), got.Target...) {
				for _, m := range d.Entity(id).Mentions {
					if m.Text == tt.mention && m.Kind == chronicle.NominalMention {
						return
					}
				}
			}
			t.Fatalf("no nominal mention %q\n%s", tt.mention, showGroups(d, evs))
		})
	}
}
