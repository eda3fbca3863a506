package event_test

import (
	"strings"
	"testing"

	"chronicle"
)

// A phrasing is a sentence or two of our own and what the event stage must
// make of one trigger in it, through the whole pipeline.
type phrasing struct {
	name, text string
	trig       string              // the trigger's text
	typ        chronicle.EventType // "" with none: no event at all on trig
	none       bool                // no event of typ (any type when typ is "") on trig
	src, tgt   string              // entity names joined by "+"; "*" not checked
	hyp, neg   bool
	date       string // "" not checked; "-" none
	place      string // "" not checked; "-" none
}

func checkPhrasings(t *testing.T, tests []phrasing) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(t, tt.text, chronicle.NewDay(2025, 3, 14))
			var got []string
			for _, e := range d.Events {
				if e.Trigger.Text != tt.trig {
					continue
				}
				line := string(e.Type) + " " + entityNames(d, e.Source) + " → " + entityNames(d, e.Target)
				got = append(got, line+" | "+e.Why)
				if tt.none {
					if tt.typ == "" || e.Type == tt.typ {
						t.Fatalf("want no %s event on %q, got %s", tt.typ, tt.trig, line)
					}
					continue
				}
				if e.Type == tt.typ && fits(tt.src, entityNames(d, e.Source)) && fits(tt.tgt, entityNames(d, e.Target)) &&
					e.Hypothetical == tt.hyp && e.Negated == tt.neg && (tt.date == "" || e.Date == strings.TrimPrefix(tt.date, "-")) && placeFits(tt.place, e.Location) {
					return
				}
			}
			if !tt.none {
				t.Fatalf("want %s %s → %s (hyp %v neg %v date %q place %q) on %q, got:\n  %s", tt.typ, tt.src, tt.tgt, tt.hyp, tt.neg,
					tt.date, tt.place, tt.trig, strings.Join(got, "\n  "))
			}
		})
	}
}

func fits(want, got string) bool { return want == "*" || want == got }

func placeFits(want string, p *chronicle.Place) bool {
	switch {
	case want == "":
		return true
	case want == "-":
		return p == nil
	}
	return p != nil && p.Name == want
}

// Lists of three or more keep every item; ", and" after two phrases
// starts a new clause.
func TestPhrasingLists(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a list with a serial comma", text: "Brazil, South Africa, India, Iran, Chile, and Venezuela are asking for more time.",
			trig: "asking", typ: chronicle.Request, src: "Brazil+South Africa+India+Iran+Chile+Venezuela", tgt: "*"},
		{name: "a list without a serial comma", text: "Norway, Sweden and Finland met in Oslo on Monday.",
			trig: "met", typ: chronicle.Consult, src: "Norway+Sweden+Finland", tgt: ""},
		{name: "a comma and a new clause", text: "Sweden imposed sanctions on Russia, and Denmark sent aid to Ukraine.",
			trig: "sent", typ: chronicle.Aid, src: "Denmark", tgt: "Ukraine"},
	})
}

// Verbs in fixed phrases that are not their usual event.
func TestPhrasingIdioms(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "meeting demands is no meeting", text: "The government refused to meet the demands of the hijackers.",
			trig: "meet", none: true},
		{name: "the demands met are not made there", text: "The government refused to meet the demands of the hijackers.",
			trig: "demands", none: true},
		{name: "helping the economy is no aid", text: "Japan said the plan will help the economy of Vietnam.",
			trig: "help", none: true},
		{name: "meeting a deadline is no meeting", text: "Italy met the deadline set by the European Commission.",
			trig: "met", none: true},
		{name: "meeting a person is a meeting", text: "Italy met Spain in Rome on Monday.",
			trig: "met", typ: chronicle.Consult, src: "Italy+Spain", tgt: ""},
		{name: "calling X Y is a naming", text: "Spokesman Ali Hamid declined to call the explosion an attack on the minister.",
			trig: "call", none: true},
		{name: "calling the attackers names", text: "Prime Minister Jan Novak called the attackers cowards.",
			trig: "called", none: true},
		{name: "call for is a request", text: "Senator Maria Lopez called for an inquiry into the contract.",
			trig: "called", typ: chronicle.Request, src: "Maria Lopez", tgt: ""},
		{name: "calling a leader is a phone call", text: "Chancellor Olaf Scholz called Emmanuel Macron on Sunday.",
			trig: "called", typ: chronicle.Consult, src: "Olaf Scholz+Emmanuel Macron", tgt: ""},
		{name: "a call for hearings is a request", text: "Senator Maria Lopez's call for public hearings on the treaty was ignored.",
			trig: "call", typ: chronicle.Request, src: "Maria Lopez", tgt: ""},
		{name: "the release asked for did not happen", text: "Senator Maria Lopez called for the release of the two reporters.",
			trig: "release", none: true},
		{name: "helping no one is no aid", text: "Economists argued that the tariffs of Canada will help rather than hurt.",
			trig: "help", none: true},
		{name: "helping someone is aid", text: "Japan will help Vietnam after the floods.",
			trig: "help", typ: chronicle.Agree, src: "Japan", tgt: "Vietnam"},
	})
}

// An infinitive of purpose set apart, or an act prevented, is not reported
// as done; "not to" negates.
func TestPhrasingPurposeAndNegation(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a purpose after a comma", text: "Israel launched an offensive in Gaza, allegedly to destroy tunnels under the border.",
			trig: "destroy", typ: chronicle.Assault, src: "Israel", tgt: "*", hyp: true},
		{name: "a purpose after and", text: "Turkey sent troops to the border and to attack Kurdish positions in Syria.",
			trig: "attack", typ: chronicle.Assault, src: "Turkey", tgt: "*", hyp: true},
		{name: "an act prevented", text: "Egypt closed the crossing to stop rockets from being fired at Israel.",
			trig: "fired", typ: chronicle.Assault, src: "*", tgt: "Israel", hyp: true},
		{name: "a purpose right after force used is done", text: "Police used tear gas to disperse protesters in Nairobi.",
			trig: "disperse", typ: chronicle.Coerce, src: "*", tgt: "*"},
		{name: "not to", text: "Germany was careful not to criticise France on Monday.",
			trig: "criticise", typ: chronicle.Accuse, src: "Germany", tgt: "France", neg: true},
	})
}

// The victim of an act, and the place of an attack, are never its actor.
func TestPhrasingVictimsAndPlaces(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a headline passive", text: "Aid worker news\n\nJohn Carter reportedly killed\n\nThe aid worker John Carter worked in Basra.",
			trig: "killed", typ: chronicle.Assault, src: "", tgt: "John Carter"},
		{name: "an active sentence keeps its subject", text: "Troops news\n\nRebels attacked Goma on Monday.",
			trig: "attacked", typ: chronicle.Assault, src: "rebels", tgt: "Goma"},
		{name: "a possessor of a kidnapping is its victim", text: "Aid worker news\n\nThe aid worker was seen on a tape. After John Carter's kidnapping in May, the charity closed its office.",
			trig: "kidnapping", typ: chronicle.Assault, src: "", tgt: "John Carter"},
		{name: "a possessor of a kidnapping with a date after it", text: "Aid worker news\n\nThe aid worker was seen on a tape. Since John Carter's kidnapping on May 3, the charity has closed its office.",
			trig: "kidnapping", typ: chronicle.Assault, src: "", tgt: "John Carter"},
		{name: "a possessor with an of phrase acts", text: "War news\n\nRussia's invasion of Ukraine began in 2022.",
			trig: "invasion", typ: chronicle.Assault, src: "Russia", tgt: "Ukraine"},
		{name: "a request's to-infinitive keeps its phrases", text: "Aid worker news\n\nJohn Carter made a personal request to Prime Minister Tony Blair to remove British troops from Iraq.",
			trig: "request", typ: chronicle.Request, src: "John Carter", tgt: "Tony Blair"},
		{name: "a city before bombings is where", text: "Bomb news\n\nTony Blair condemned the London bombings on Friday.",
			trig: "bombings", none: true, typ: chronicle.Assault},
		{name: "the verb's by phrase is not the noun's", text: "Bomb news\n\nThe Madrid attacks were condemned by Spain on Friday.",
			trig: "attacks", none: true, typ: chronicle.Assault},
		{name: "a conveying verb keeps the noun's phrases", text: "Oil news\n\nThe agreement was reached between Italian Prime Minister Silvio Berlusconi and Libyan leader Muammar Gaddafi.",
			trig: "agreement", typ: chronicle.Agree, src: "Silvio Berlusconi+Muammar Gaddafi", tgt: ""},
		{name: "a country before an attack with a target acts", text: "War news\n\nThe US attack on Iraq began in March.",
			trig: "attack", typ: chronicle.Assault, src: "US", tgt: "Iraq"},
		{name: "the attack a passive killing happened in names its actor", text: "War news\n\nEleven soldiers were killed in an Israeli air strike near Tyre.",
			trig: "killed", typ: chronicle.Assault, src: "Israeli", tgt: "soldiers"},
		{name: "a relative clause after a parenthesis", text: "Election news\n\nMahmoud Ahmadinejad (now mayor of Tehran) who has criticised Akbar Rafsanjani will face him on Friday.",
			trig: "criticised", typ: chronicle.Accuse, src: "Mahmoud Ahmadinejad", tgt: "Akbar Rafsanjani"},
	})
}

// Whom a demand is made of is the subject of its "that" clause.
func TestPhrasingDemandedOf(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "demanded that X do", text: "Party news\n\nSome Fatah members demanded that Abbas dissolve the cabinet.",
			trig: "demanded", typ: chronicle.Request, src: "Fatah", tgt: "Abbas"},
		{name: "the act demanded is not done", text: "Party news\n\nThe United Nations demanded that Hamas release the hostages.",
			trig: "release", none: true},
		{name: "a that clause stating a fact names no one asked", text: "Party news\n\nThe United Nations demanded answers after Hamas released the hostages.",
			trig: "demanded", typ: chronicle.Request, src: "United Nations", tgt: ""},
	})
}

// What is said possible, or done when someone can, is hypothetical, and a
// hypothetical cooperation is no promise; a deal imposed is no agreement.
func TestPhrasingConditions(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "an attack said possible", text: "War news\n\nIsrael said another offensive against Hamas was possible if the smuggling does not stop.",
			trig: "offensive", typ: chronicle.Assault, src: "*", tgt: "Hamas", hyp: true},
		{name: "an attack that happened", text: "War news\n\nAn Israeli offensive against Hamas began on Monday.",
			trig: "offensive", typ: chronicle.Assault, src: "*", tgt: "Hamas"},
		{name: "when he can", text: "Summit news\n\nPresident Lula will meet Chancellor Merkel when he can.",
			trig: "meet", typ: chronicle.Consult, src: "Lula+Merkel", tgt: "", hyp: true},
		{name: "a plain future meeting is a promise", text: "Summit news\n\nPresident Lula will meet Chancellor Merkel in Berlin.",
			trig: "meet", typ: chronicle.Agree, src: "Lula+Merkel", tgt: ""},
		{name: "a deal imposed", text: "Budget news\n\nThe Liberal Party is attempting to impose this deal on Canada.",
			trig: "deal", none: true},
	})
}

// A repeated mention with a place of its own is another event; a fronted
// "when" clause dates the main clause.
func TestPhrasingRepeatsAndDates(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "the attack elsewhere is another attack", text: "Bomb news\n\nInsurgents bombed a market in Baghdad on Sunday. The attack in Basra killed ten people.",
			trig: "attack", none: true},
		{name: "an attack with a day of its own is another attack", text: "Bomb news\n\nInsurgents bombed a market in Baghdad on Sunday. Police said 75 people were wounded in Tuesday's attack.",
			trig: "attack", none: true},
		{name: "the attack is the bombing", text: "Bomb news\n\nInsurgents bombed a market in Baghdad on Sunday. The attack killed ten people.",
			trig: "attack", typ: chronicle.Assault, src: "insurgents", tgt: "", date: "2025-03-09"},
		{name: "a fronted when clause", text: "Party news\n\nWhen campaigning for the Senate in 2006, Michael Steele criticized George W. Bush.",
			trig: "criticized", typ: chronicle.Accuse, src: "Michael Steele", tgt: "George W. Bush", date: "2006"},
		{name: "a when clause after the main clause", text: "Party news\n\nMichael Steele criticized George W. Bush when the war began in 2003.",
			trig: "criticized", typ: chronicle.Accuse, src: "Michael Steele", tgt: "George W. Bush", date: "2025-03-14"},
	})
}

// "Call" as a noun: a request before "for", a phone call to someone, no
// event in a fixed phrase; as a participle after a noun, a name.
func TestPhrasingCalls(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a wake-up call", text: "Iran news\n\nSilvan Shalom said the report should be a wake-up call to Iran.",
			trig: "call", none: true},
		{name: "the calling of an election", text: "Election news\n\nThe calling of the election by Tony Blair surprised Britain.",
			trig: "calling", none: true},
		{name: "a phone call to a leader", text: "Iran news\n\nPresident George Bush made a phone call to Manmohan Singh on Monday.",
			trig: "call", typ: chronicle.Consult, src: "Manmohan Singh+George Bush", tgt: ""},
		{name: "a memorial called by its name", text: "Memorial news\n\nA memorial in Berlin officially called the Memorial to the Murdered Jews of Europe was opened.",
			trig: "called", none: true},
		{name: "naming after a parenthesis", text: "Parliament news\n\nJulia Gillard was removed for calling Health Minister Tony Abbott (Liberal) an \"idiot\".",
			trig: "calling", none: true},
		{name: "naming with a quotation after a comma", text: "Iran news\n\nThe State Department has called Iran, \"the most active sponsor of terrorism.\"",
			trig: "called", none: true},
	})
}
