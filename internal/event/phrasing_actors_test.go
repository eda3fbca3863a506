package event_test

import (
	"strings"
	"testing"

	"chronicle"
)

// A participle after a comma, or the second verb of a coordination, acts
// with the main clause's subject; a nominal trigger's "by" phrase is its
// actor.
func TestPhrasingSharedSubjects(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a participle after a comma", text: "Letter news\n\nSenators in the Australian Senate have sent a letter to Foreign Minister Penny Wong, asking her to release funds for Fiji.",
			trig: "asking", typ: chronicle.Request, src: "*", tgt: "Penny Wong"},
		{name: "urging after a comma", text: "Trade news\n\nCanada wrote to Mexico on Monday, urging President Claudia Sheinbaum to lower tariffs.",
			trig: "urging", typ: chronicle.Request, src: "Canada", tgt: "Claudia Sheinbaum"},
		{name: "a second coordinated verb", text: "Embassy news\n\nLi Ming met with the French ambassador and offered an apology.",
			trig: "apology", typ: chronicle.Concede, src: "Li Ming", tgt: "*"},
		{name: "a nominal trigger's by phrase", text: "War news\n\nEgypt wants to stop rocket fire into Israel by Hamas militants.",
			trig: "fire", typ: chronicle.Assault, src: "Hamas", tgt: "Israel"},
		{name: "a purpose of an attempt is not done", text: "Aid news\n\nThe letter said Senator Maria Lopez should try to persuade Egypt to allow aid into Gaza.",
			trig: "allow", typ: chronicle.Retreat, src: "Egypt", tgt: "*", hyp: true},
		{name: "reasoning with someone to act", text: "Aid news\n\nThe letter said Senator Maria Lopez should try to reason with Egypt to allow aid into Gaza.",
			trig: "allow", typ: chronicle.Retreat, src: "Egypt", tgt: "*", hyp: true},
		{name: "a purpose after a place", text: "Aid news\n\nSenator Maria Lopez met with officials in Egypt to discuss the border.",
			trig: "discuss", typ: chronicle.Consult, src: "Maria Lopez", tgt: "*"},
		{name: "a purpose of a done act is done", text: "Aid news\n\nSenator Maria Lopez travelled to Cairo to meet President Abdel Fattah el-Sisi.",
			trig: "meet", typ: chronicle.Consult, src: "*", tgt: "*"},
		{name: "a subject before a parenthesis", text: "Aid news\n\nThe World Food Programme (WFP) sent food to Sudan on Monday.",
			trig: "sent", typ: chronicle.Aid, src: "World Food Programme", tgt: "Sudan"},
		{name: "a ceasefire begun", text: "War news\n\nIsrael began a ceasefire on January 18.",
			trig: "ceasefire", typ: chronicle.Retreat, src: "Israel", tgt: "", date: "2025-01-18"},
		{name: "a ceasefire in effect is no act", text: "War news\n\nWith the ceasefire now in effect, Egypt sent aid to Gaza.",
			trig: "ceasefire", none: true},
		{name: "the shelling of a country", text: "War news\n\nThe shelling of Israel by Hamas continued on Monday.",
			trig: "shelling", typ: chronicle.Assault, src: "Hamas", tgt: "Israel"},
	})
}

// A refusal or failure to do something is no doing of it.
func TestPhrasingRefusals(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a refusal to apologise", text: "Shrine news\n\nChina protested over Japan's refusal to formally apologise.",
			trig: "apologise", typ: chronicle.Concede, none: true},
		{name: "declined to meet", text: "Summit news\n\nPresident Lula declined to meet Chancellor Merkel.",
			trig: "meet", typ: chronicle.Consult, none: true},
		{name: "failed to withdraw", text: "War news\n\nRussia failed to withdraw its troops from Georgia.",
			trig: "withdraw", typ: chronicle.Retreat, src: "Russia", tgt: "*", neg: true},
	})
}

// Namings, ballots and announcements of arrests.
func TestPhrasingSpuriousActs(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a state called by its name", text: "War news\n\nThe rebels want an independent state called Tamil Eelam in the north.",
			trig: "called", none: true},
		{name: "a state, called by its name", text: "War news\n\nThe rebels want an independent state, called Tamil Eelam, in the north.",
			trig: "called", none: true},
		{name: "a slip before a name", text: "War news\n\nThe LTTE want to create an independent state of called Tamil Eelam in the north.",
			trig: "called", none: true},
		{name: "a ballot asks voters", text: "Vote news\n\nThe referendum will also ask Ontario voters whether they want a new system.",
			trig: "ask", typ: chronicle.Request, none: true},
		{name: "it asks voters", text: "Vote news\n\nThe referendum is on October 10. It will also ask Ontario voters whether they want a new system.",
			trig: "ask", typ: chronicle.Request, none: true},
		{name: "a minister asks voters", text: "Vote news\n\nPrime Minister Jan Novak asked voters to support the treaty.",
			trig: "asked", typ: chronicle.Request, src: "Jan Novak", tgt: "*"},
		{name: "an arrest announced", text: "Police news\n\nItalian authorities announced that they arrested a man in Milan.",
			trig: "announced", typ: chronicle.Accuse, none: true},
		{name: "the arrest announced is the speakers' own", text: "Police news\n\nItalian authorities announced that they arrested a man in Milan.",
			trig: "arrested", typ: chronicle.Coerce, src: "Italian", tgt: ""},
		{name: "an arrest by another party is claimed", text: "Police news\n\nThe United Nations said Russian police arrested Ilya Sokolov in Moscow.",
			trig: "said", typ: chronicle.Accuse, src: "United Nations", tgt: "*"},
	})
}

// A time in a relative clause, or a year before the noun, dates an event
// noun.
func TestPhrasingNounDates(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a relative clause's date", text: "Shooting news\n\nThe shooting of Ahmed Musa which took place on March 2 was filmed by Amnesty International.",
			trig: "shooting", typ: chronicle.Assault, src: "", tgt: "Ahmed Musa", date: "2025-03-02"},
		{name: "a verb's own date", text: "Shooting news\n\nThe shooting of Ahmed Musa was filmed by Amnesty International on March 2.",
			trig: "shooting", typ: chronicle.Assault, src: "", tgt: "Ahmed Musa", date: "2025-03-14"},
		{name: "a year before the noun", text: "War news\n\nThe Sunni boycott followed the 2003 invasion of Iraq.",
			trig: "invasion", typ: chronicle.Assault, src: "*", tgt: "Iraq", date: "2003"},
		{name: "a time before the first of two verbs dates both", text: "Embassy news\n\nOn March 2, Li Ming met with the French ambassador and offered an apology.",
			trig: "apology", typ: chronicle.Concede, src: "Li Ming", tgt: "*", date: "2025-03-02"},
		{name: "a time after the first verb is its own", text: "Embassy news\n\nLi Ming met with the French ambassador on March 2 and offered an apology.",
			trig: "apology", typ: chronicle.Concede, src: "Li Ming", tgt: "*", date: "2025-03-14"},
		{name: "since a year starts a span", text: "War news\n\nForty Canadian soldiers have been killed in Afghanistan since 2002.",
			trig: "killed", typ: chronicle.Assault, src: "", tgt: "*", date: "2025-03-14"},
		{name: "an era dates no day", text: "War news\n\nMany Chinese people resent the Japanese invasion during World War II.",
			trig: "invasion", typ: chronicle.Assault, src: "Japanese", tgt: "", date: "-"},
		{name: "an era before the noun is no actor", text: "War news\n\nMany Chinese people resent the WWII invasion by Japan.",
			trig: "invasion", typ: chronicle.Assault, src: "Japan", tgt: "", date: "-"},
	})
}

// What is asked for is asked of whoever would do it.
func TestPhrasingAskedOf(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "an apology from a state", text: "Protest news\n\nStudents called for an apology from the UK for the incident.",
			trig: "called", typ: chronicle.Request, src: "students", tgt: "UK"},
		{name: "an apology with no one named", text: "Protest news\n\nStudents called for an apology for the incident.",
			trig: "called", typ: chronicle.Request, src: "students", tgt: ""},
	})
}

// Verbs and groups the audit of Wikinews articles found missing.
func TestPhrasingMoreActs(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a coordinated passive shares its agent", text: "Navy news\n\nOn March 23, the fifteen sailors were surrounded by Iranian gunboats and taken into custody.",
			trig: "taken", typ: chronicle.Coerce, src: "Iranian gunboats", tgt: "sailors", date: "2025-03-23"},
		{name: "taking control is no arrest", text: "Port news\n\nItaly took control of the port of Bari.",
			trig: "took", none: true},
		{name: "people doing something", text: "Video news\n\nThe video shows Israeli soldiers beating a protester in Nilin.",
			trig: "beating", typ: chronicle.Assault, src: "Israeli soldiers", tgt: "protester"},
		{name: "a statement calling for is no act of its own", text: "Summit news\n\nThey issued a joint statement calling for reforms.",
			trig: "calling", none: true},
		{name: "a ruling party", text: "Party news\n\nThe ruling party of Kenya criticised Uganda.",
			trig: "ruling", none: true},
		{name: "defending a person is support", text: "Party news\n\nDeputy leader Harriet Harman also defended Gordon Brown.",
			trig: "defended", typ: chronicle.Support, src: "Harriet Harman", tgt: "Gordon Brown"},
		{name: "looking into allegations is an investigation", text: "Prison news\n\nGeneral Jay Hood looked into the allegations.",
			trig: "looked", typ: chronicle.Accuse, src: "Jay Hood", tgt: ""},
		{name: "looking at a map is nothing", text: "Prison news\n\nGeneral Jay Hood looked at the map.",
			trig: "looked", none: true},
		{name: "attacks executed are no attack on attacks", text: "War news\n\nThe US military said all the attacks on Ramadi were timed and executed with care.",
			trig: "executed", none: true},
		{name: "prisoners executed", text: "War news\n\nThe government of Iran executed two prisoners on Monday.",
			trig: "executed", typ: chronicle.Assault, src: "*", tgt: "*"},
		{name: "a wish to speak with a leader", text: "Summit news\n\nPrime Minister Koizumi Junichiro said he wishes to speak with President Hu Jintao at the summit.",
			trig: "speak", typ: chronicle.Agree, src: "Koizumi Junichiro+Hu Jintao", tgt: ""},
		{name: "speaking with reporters", text: "Summit news\n\nPrime Minister Koizumi Junichiro spoke with reporters in Paris.",
			trig: "spoke", none: true},
		{name: "speaking a language", text: "Summit news\n\nPresident Vladimir Putin spoke English at the summit.",
			trig: "spoke", none: true},
		{name: "a group word before an attack noun", text: "War news\n\nGovernment air strikes continued on rebel positions in the north.",
			trig: "strikes", typ: chronicle.Assault, src: "government", tgt: "*"},
		{name: "a country's army before an attack noun", text: "War news\n\nIsraeli army raids killed three people in Jenin.",
			trig: "raids", typ: chronicle.Assault, src: "Israeli army", tgt: "*"},
		{name: "a named body before an attack noun acts", text: "War news\n\nHamas rocket attacks on Sderot continued.",
			trig: "attacks", typ: chronicle.Assault, src: "Hamas", tgt: "*"},
		{name: "the fighting repeats an event with two sides", text: "War news\n\nGovernment jets bombed the LTTE near Jaffna on Monday. Government air strikes continued in the north. During a break in the fighting, the UN sent food.",
			trig: "fighting", typ: chronicle.Assault, src: "government jets", tgt: "LTTE"},
		{name: "a minority stands for its people", text: "Vote news\n\nIn previous elections, the Sunni minority had boycotted the polls.",
			trig: "boycotted", typ: chronicle.Protest, src: "Sunni", tgt: ""},
	})
}

// "They" acting alone stands for one side of an earlier event, never for
// an actor and its recipient together.
func TestPhrasingTheyOneSide(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "they are the plural actors before", text: "Letter news\n\nDemocrats in the House of Representatives have sent a letter to Hillary Clinton, asking her to act. They also urged Clinton to visit Gaza.",
			trig: "urged", typ: chronicle.Request, src: "Democrats", tgt: "Hillary Clinton"},
		{name: "they are not asker and asked", text: "Protest news\n\nSenator Maria Lopez called for an apology from Egypt. On Monday they were detained by police in Cairo.",
			trig: "detained", typ: chronicle.Coerce, src: "*", tgt: ""},
		{name: "they who met are both", text: "Summit news\n\nPresident Lula met Chancellor Merkel in Berlin. They also criticised Russia.",
			trig: "criticised", typ: chronicle.Accuse, src: "Lula+Merkel", tgt: "Russia"},
	})
}

// Acts the third reading of Wikinews articles found spurious or missing:
// a topic is no counterpart, a law proposed no agreement, a name word of a
// summit no actor.
func TestPhrasingTopicsAndProposals(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a named summit has no actor in its name", text: "Summit news\n\nPresident Lula will attend the annual Asia-Pacific Economic Cooperation summit in Chile next week.",
			trig: "summit", typ: chronicle.Agree, src: "Lula", tgt: ""},
		{name: "a summit planned by two leaders", text: "Summit news\n\nPresident Lula and Chancellor Merkel will hold a summit in Berlin next week.",
			trig: "summit", typ: chronicle.Agree, src: "Lula+Merkel", tgt: ""},
		{name: "proposing amendments is no agreement", text: "Party news\n\nThe ruling party of Norway has proposed constitutional amendments to the parliament.",
			trig: "proposed", none: true},
		{name: "what a proposed amendment would do is not done", text: "Party news\n\nNorway's ruling party, the Labour Party, has proposed constitutional amendments to give the military more offensive capabilities.",
			trig: "give", none: true},
		{name: "proposing a law is no agreement", text: "Party news\n\nSenator Maria Lopez proposed a new law on taxes.",
			trig: "proposed", none: true},
		{name: "proposing a ceasefire is", text: "War news\n\nPresident Lula proposed a ceasefire to Venezuela.",
			trig: "proposed", typ: chronicle.Agree, src: "Lula", tgt: "Venezuela"},
		{name: "discussing a topic alone", text: "Treaty news\n\n\"This is not the moment to discuss the European Constitution\", Barroso said.",
			trig: "discuss", none: true},
		{name: "one leader discussing a topic", text: "Treaty news\n\nPresident Lula discussed the budget on Monday.",
			trig: "discussed", none: true},
		{name: "discussing a topic with someone", text: "Treaty news\n\nPresident Lula discussed the budget with Chancellor Merkel on Monday.",
			trig: "discussed", typ: chronicle.Consult, src: "Lula+Merkel", tgt: ""},
		{name: "two leaders discussing a topic", text: "Treaty news\n\nPresident Lula and Chancellor Merkel discussed trade on Monday.",
			trig: "discussed", typ: chronicle.Consult, src: "Lula+Merkel", tgt: ""},
		{name: "discussing a country is no counterpart", text: "Treaty news\n\nPresident Lula discussed Venezuela on Monday.",
			trig: "discussed", none: true},
	})
}

// Stones thrown, people released by a count, investigations demanded and
// a country invaded, from the third reading of Wikinews articles.
func TestPhrasingStonesReleasesInvasions(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "protesters throwing stones riot", text: "Protest news\n\nProtesters threw stones at police outside the embassy in Cairo.",
			trig: "threw", typ: chronicle.Protest, src: "protesters", tgt: "police"},
		{name: "stones thrown with no one aimed at", text: "Protest news\n\nIranian students demonstrated in Tehran. Demonstrators threw stones, firecrackers and a smoke grenade.",
			trig: "threw", typ: chronicle.Protest, src: "demonstrators", tgt: ""},
		{name: "soldiers throwing rocks assault", text: "Border news\n\nSoldiers threw rocks at farmers near the border.",
			trig: "threw", typ: chronicle.Assault, src: "soldiers", tgt: "farmers"},
		{name: "throwing a party is nothing", text: "Party news\n\nPresident Lula threw a party in Brasilia.",
			trig: "threw", none: true},
		{name: "releasing a count of people", text: "Navy news\n\nPirates seized fifteen sailors in March. They have now released the 15.",
			trig: "released", typ: chronicle.Retreat, src: "*", tgt: "*"},
		{name: "releasing a year's figures is nothing", text: "Budget news\n\nThe ministry released the 2007 figures on Monday.",
			trig: "released", none: true},
		{name: "demanding an investigation", text: "Rights news\n\nSenator Maria Lopez says a colonel was at the scene when the shot was taken and demands an investigation.",
			trig: "demands", typ: chronicle.Request, src: "Maria Lopez", tgt: ""},
		{name: "a past verb after a past verb keeps its subject", text: "Rights news\n\nSenator Maria Lopez says the soldiers arrived at the scene and arrested the protesters.",
			trig: "arrested", typ: chronicle.Coerce, src: "soldiers", tgt: "protesters"},
		{name: "the invasion of the country named before", text: "War news\n\nIraq held elections in 2009. The president was removed in 2003 following the invasion of the country.",
			trig: "invasion", typ: chronicle.Assault, src: "", tgt: "Iraq"},
		{name: "a capital is no country", text: "War news\n\nThe bombs exploded in Baghdad on Monday. The invasion of the country began in 2003.",
			trig: "invasion", typ: chronicle.Assault, none: true},
		{name: "a fronted phrase ends at its comma", text: "Summit news\n\nAfter the meeting, the ministers of France left Oslo.",
			trig: "meeting", none: true},
		{name: "the invasion of a named country", text: "War news\n\nThe invasion of Kuwait began in 1990.",
			trig: "invasion", typ: chronicle.Assault, src: "", tgt: "Kuwait"},
	})
}

// What is thrown gives the mode: stones and "missiles" thrown are
// primitive weapons, tear-gas grenades crowd control, and a crowd throwing
// them riots.
func TestThrownModes(t *testing.T) {
	for _, tt := range []struct{ text, typ, mode string }{
		{"Riot news\n\nProtesters threw stones at police in Athens.", "PROTEST", "riot"},
		{"Riot news\n\nYouths were throwing missiles at police in Athens.", "ASSAULT", "primitive"},
		{"Riot news\n\nSoldiers threw tear-gas grenades at the students in Athens.", "ASSAULT", "crowd-control"},
		{"Riot news\n\nGunmen threw grenades at the guards in Athens.", "ASSAULT", "explosives"},
	} {
		d := analyze(t, tt.text, chronicle.NewDay(2025, 3, 14))
		got := ""
		for _, e := range d.Events {
			if strings.HasPrefix(e.Trigger.Text, "thr") {
				got = string(e.Type) + " " + e.Mode
			}
		}
		if got != tt.typ+" "+tt.mode {
			t.Errorf("%q: got %q, want %s %s", tt.text, got, tt.typ, tt.mode)
		}
	}
}
