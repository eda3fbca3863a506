package event

import (
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
)

func person(name, country, role string) ent {
	return ent{name: name, typ: chronicle.Person, country: country, roles: []string{role}}
}
func loc(name, country string) ent { return ent{name: name, typ: chronicle.Location, country: country} }
func org(name, country string) ent {
	return ent{name: name, typ: chronicle.Organization, country: country}
}
func misc(name, country string) ent { return ent{name: name, typ: chronicle.Misc, country: country} }

// A want is an event a test expects: its type, and the names of its
// actors and recipients (nil: not checked).
type want struct {
	typ      chronicle.EventType
	mode     string // "" not checked
	src, tgt []string
	date     string
	place    string
	neg      bool
	hyp      bool
	fut      bool
}

func TestExtract(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name   string
		tagged string
		ents   []ent
		want   want
	}{
		{"agree/pledged to send aid",
			"Germany/NNP@1 pledged/VBD to/TO send/VB more/JJR aid/NN to/TO Ukraine/NNP@2 ./.",
			[]ent{loc("Germany", "DEU"), loc("Ukraine", "UKR")},
			want{typ: chronicle.Agree, src: []string{"Germany"}, tgt: []string{"Ukraine"}, fut: true}},
		{"consult/coordinated met in",
			"Trump/NNP@1 and/CC Zelenskyy/NNP@2 met/VBD in/IN Rome/NNP@3 on/IN Saturday/NNP#2025-04-26 ./.",
			[]ent{person("Donald Trump", "USA", "President"), person("Volodymyr Zelenskyy", "UKR", "President"), loc("Rome", "ITA")},
			want{typ: chronicle.Consult, src: []string{"Donald Trump", "Volodymyr Zelenskyy"}, tgt: []string{}, date: "2025-04-26", place: "Rome"}},
		{"consult/nominal meeting between",
			"The/DT meeting/NN between/IN Macron/NNP@1 and/CC Scholz/NNP@2 in/IN Paris/NNP@3 lasted/VBD an/DT hour/NN ./.",
			[]ent{person("Emmanuel Macron", "FRA", "President"), person("Olaf Scholz", "DEU", "Chancellor"), loc("Paris", "FRA")},
			want{typ: chronicle.Consult, src: []string{"Emmanuel Macron", "Olaf Scholz"}, tgt: []string{}, place: "Paris"}},
		{"consult/light verb held talks with",
			"Blinken/NNP@1 held/VBD talks/NNS with/IN Wang/NNP@2 in/IN Beijing/NNP@3 ./.",
			[]ent{person("Antony Blinken", "USA", "Secretary of State"), person("Wang Yi", "CHN", "Foreign Minister"), loc("Beijing", "CHN")},
			want{typ: chronicle.Consult, src: []string{"Antony Blinken", "Wang Yi"}, tgt: []string{}, place: "Beijing"}},
		{"retreat/quantity of troops acts through them, an IGO read as a place",
			"Dozens/NNS of/IN NATO/NNP@1 soldiers/NNS withdrew/VBD from/IN Kosovo/NNP@2 on/IN Friday/NNP#2025-03-07 ./.",
			[]ent{loc("NATO", ""), loc("Kosovo", "XKX")},
			want{typ: chronicle.Retreat, src: []string{"NATO"}, date: "2025-03-07"}},
		{"accuse/reduced relative in a past form with a date before its place",
			"A/DT new/JJ report/NN published/VBD Monday/NNP#2025-03-03 in/IN Lima/NNP@1 accused/VBD Chile/NNP@2 of/IN abuses/NNS ./.",
			[]ent{loc("Lima", "PER"), loc("Chile", "CHL")},
			want{typ: chronicle.Accuse, src: []string{}, tgt: []string{"Chile"}}},
		{"concede/verb read as an adjective after a modal",
			"Peru/NNP@1 will/MD free/JJ forty/CD Chilean/JJ@2 prisoners/NNS ./.",
			[]ent{loc("Peru", "PER"), misc("Chilean", "CHL")},
			want{typ: chronicle.Concede, src: []string{"Peru"}, tgt: []string{"Chilean"}, fut: true}},
		{"agree/subject found up to a subordinating as, not past it",
			"The/DT delay/NN came/VBD as/IN Boric/NNP@1 prepared/VBN to/TO visit/VB Peru/NNP@2 ./.",
			[]ent{person("Gabriel Boric", "CHL", "President"), loc("Peru", "PER")},
			want{typ: chronicle.Agree, src: []string{"Gabriel Boric"}, tgt: []string{"Peru"}, fut: true}},
		{"consult/visit",
			"Modi/NNP@1 visited/VBD Moscow/NNP@2 ./.",
			[]ent{person("Narendra Modi", "IND", "Prime Minister"), loc("Moscow", "RUS")},
			want{typ: chronicle.Consult, mode: "visit", src: []string{"Narendra Modi"}, tgt: []string{"Moscow"}}},
		{"support/praised",
			"Brazil/NNP@1 praised/VBD Argentina/NNP@2 ./.",
			[]ent{loc("Brazil", "BRA"), loc("Argentina", "ARG")},
			want{typ: chronicle.Support, src: []string{"Brazil"}, tgt: []string{"Argentina"}}},
		{"concede/lifted curfew",
			"Turkey/NNP@1 lifted/VBD the/DT curfew/NN in/IN Ankara/NNP@2 ./.",
			[]ent{loc("Turkey", "TUR"), loc("Ankara", "TUR")},
			want{typ: chronicle.Concede, src: []string{"Turkey"}, place: "Ankara"}},
		{"cooperate/extradited",
			"Spain/NNP@1 extradited/VBD the/DT suspect/NN to/TO France/NNP@2 ./.",
			[]ent{loc("Spain", "ESP"), loc("France", "FRA")},
			want{typ: chronicle.Cooperate, src: []string{"Spain"}, tgt: []string{"France"}}},
		{"aid/provided weapons to",
			"The/DT United_States/NNP@1 provided/VBD weapons/NNS to/TO Ukraine/NNP@2 ./.",
			[]ent{loc("United States", "USA"), loc("Ukraine", "UKR")},
			want{typ: chronicle.Aid, src: []string{"United States"}, tgt: []string{"Ukraine"}}},
		{"retreat/released prisoners",
			"Israel/NNP@1 released/VBD 30/CD Palestinian/JJ@2 prisoners/NNS ./.",
			[]ent{loc("Israel", "ISR"), misc("Palestinian", "PSE")},
			want{typ: chronicle.Retreat, mode: "release", src: []string{"Israel"}, tgt: []string{"Palestinian"}}},
		{"retreat/released photos is nothing",
			"Zelenskyy/NNP@1 's/POS office/NN released/VBD photos/NNS ./.",
			[]ent{person("Volodymyr Zelenskyy", "UKR", "President")},
			want{}},
		{"request/urged to",
			"Macron/NNP@1 urged/VBD Putin/NNP@2 to/TO accept/VB a/DT ceasefire/NN ./.",
			[]ent{person("Emmanuel Macron", "FRA", "President"), person("Vladimir Putin", "RUS", "President")},
			want{typ: chronicle.Request, src: []string{"Emmanuel Macron"}, tgt: []string{"Vladimir Putin"}}},
		{"request/relative clause",
			"Trump/NNP@1 ,/, who/WP has/VBZ pushed/VBN both/DT Moscow/NNP@2 and/CC Kyiv/NNP@3 towards/IN a/DT ceasefire/NN ,/, said/VBD little/JJ ./.",
			[]ent{person("Donald Trump", "USA", "President"), loc("Moscow", "RUS"), loc("Kyiv", "UKR")},
			want{typ: chronicle.Request, src: []string{"Donald Trump"}, tgt: []string{"Moscow", "Kyiv"}}},
		{"accuse/passive coordinated",
			"Zelenskyy/NNP@1 was/VBD criticised/VBN by/IN Trump/NNP@2 and/CC Vance/NNP@3 ./.",
			[]ent{person("Volodymyr Zelenskyy", "UKR", "President"), person("Donald Trump", "USA", "President"), person("J D Vance", "USA", "Vice President")},
			want{typ: chronicle.Accuse, src: []string{"Donald Trump", "J D Vance"}, tgt: []string{"Volodymyr Zelenskyy"}}},
		{"accuse/faced criticism from",
			"The/DT Ukrainian/JJ president/NN@1n faced/VBD criticism/NN from/IN Trump/NNP@2 and/CC Vice/NNP President/NNP J_D/NNP@3 Vance/NNP@3 ./.",
			[]ent{person("Volodymyr Zelenskyy", "UKR", "President"), person("Donald Trump", "USA", "President"), person("J D Vance", "USA", "Vice President")},
			want{typ: chronicle.Accuse, src: []string{"Donald Trump", "J D Vance"}, tgt: []string{"Volodymyr Zelenskyy"}}},
		{"accuse/unlinked title phrase",
			"The/DT Ukrainian/JJ president/NN faced/VBD criticism/NN from/IN Trump/NNP@2 ./.",
			[]ent{person("Volodymyr Zelenskyy", "UKR", "President"), person("Donald Trump", "USA", "President")},
			want{typ: chronicle.Accuse, src: []string{"Donald Trump"}, tgt: []string{"Volodymyr Zelenskyy"}}},
		{"reject/rejected proposal",
			"Iran/NNP@1 rejected/VBD the/DT American/JJ@2 proposal/NN ./.",
			[]ent{loc("Iran", "IRN"), misc("American", "USA")},
			want{typ: chronicle.Reject, src: []string{"Iran"}, tgt: []string{"American"}}},
		{"reject/object before the subject",
			"The/DT sticking/NN point/NN is/VBZ a/DT US/NNP@3 proposal/NN for/IN recognition/NN of/IN Crimea/NNP@4 ,/, a/DT move/NN Ukraine/NNP@1 and/CC European/JJ@2 nations/NNS strongly/RB oppose/VBP ./.",
			[]ent{loc("Ukraine", "UKR"), misc("European", ""), loc("US", "USA"), loc("Crimea", "UKR")},
			want{typ: chronicle.Reject, src: []string{"Ukraine", "European"}, tgt: []string{"US"}}},
		{"reject/refused to meet",
			"Hungary/NNP@1 refused/VBD to/TO meet/VB the/DT Ukrainian/JJ delegation/NN ./.",
			[]ent{loc("Hungary", "HUN")},
			want{typ: chronicle.Reject, mode: "meet", src: []string{"Hungary"}}},
		{"reject/would not provide support",
			"Obama/NNP@1 said/VBD he/PRP@1p would/MD not/RB provide/VB support/NN to/TO Israel/NNP@2 ./.",
			[]ent{person("Barack Obama", "USA", "President"), loc("Israel", "ISR")},
			want{typ: chronicle.Reject, src: []string{"Barack Obama"}, tgt: []string{"Israel"}}},
		{"threaten/threatened to attack",
			"North_Korea/NNP@1 threatened/VBD to/TO attack/VB Japan/NNP@2 ./.",
			[]ent{loc("North Korea", "PRK"), loc("Japan", "JPN")},
			want{typ: chronicle.Threaten, src: []string{"North Korea"}, tgt: []string{"Japan"}, fut: true}},
		{"protest/protested in",
			"Thousands/NNS of/IN students/NNS protested/VBD against/IN the/DT government/NN in/IN Belgrade/NNP@1 ./.",
			[]ent{loc("Belgrade", "SRB")},
			want{typ: chronicle.Protest, src: []string{"students"}, tgt: []string{"government in Belgrade"}, place: "Belgrade"}},
		{"sanction/imposed sanctions on",
			"The/DT European_Union/NNP@1 imposed/VBD sanctions/NNS on/IN Russia/NNP@2 ./.",
			[]ent{org("European Union", ""), loc("Russia", "RUS")},
			want{typ: chronicle.Sanction, src: []string{"European Union"}, tgt: []string{"Russia"}}},
		{"mobilize/deployed troops",
			"Russia/NNP@1 deployed/VBD troops/NNS to/TO the/DT border/NN ./.",
			[]ent{loc("Russia", "RUS")},
			want{typ: chronicle.Mobilize, mode: "troops", src: []string{"Russia"}}},
		{"coerce/arrested",
			"Belarus/NNP@1 arrested/VBD Ales_Bialiatski/NNP@2 ./.",
			[]ent{loc("Belarus", "BLR"), person("Ales Bialiatski", "BLR", "activist")},
			want{typ: chronicle.Coerce, mode: "arrest", src: []string{"Belarus"}, tgt: []string{"Ales Bialiatski"}}},
		{"assault/shelled with date",
			"Russian/JJ@1 forces/NNS shelled/VBD Kharkiv/NNP@2 on/IN Tuesday/NNP#2025-04-22 ./.",
			[]ent{misc("Russian", "RUS"), loc("Kharkiv", "UKR")},
			want{typ: chronicle.Assault, src: []string{"Russian forces"}, tgt: []string{"Kharkiv"}, date: "2025-04-22"}},
		{"assault/fired tear gas at",
			"Police/NNS fired/VBD tear/NN gas/NN at/IN students/NNS outside/IN the/DT university/NN ./.",
			nil,
			want{typ: chronicle.Assault, mode: "crowd-control", src: []string{"police"}, tgt: []string{"students"}}},
		{"assault/fired rubber bullets",
			"Troops/NNS fired/VBD rubber/NN bullets/NNS into/IN the/DT crowd/NN ./.",
			nil,
			want{typ: chronicle.Assault, mode: "crowd-control", src: []string{"troops"}, tgt: []string{"crowd"}}},
		{"assault/opened fire on",
			"Soldiers/NNS opened/VBD fire/NN on/IN a/DT convoy/NN of/IN refugees/NNS ./.",
			nil,
			want{typ: chronicle.Assault, mode: "firearms", src: []string{"soldiers"}}},
		{"assault/came under fire from",
			"A/DT Ukrainian/JJ@1 patrol/NN came/VBD under/IN fire/NN from/IN Russian/JJ@2 troops/NNS ./.",
			[]ent{misc("Ukrainian", "UKR"), misc("Russian", "RUS")},
			want{typ: chronicle.Assault, src: []string{"Russian troops"}}},
		{"assault/a fire is no attack",
			"A/DT fire/NN destroyed/VBD the/DT market/NN ./.",
			nil,
			want{}}, // a blaze: no one acts, so no event
		{"assault/clashed with",
			"Protesters/NNS clashed/VBD with/IN police/NNS in/IN Lima/NNP@1 ./.",
			[]ent{loc("Lima", "PER")},
			want{typ: chronicle.Assault, src: []string{"protesters", "police in Lima"}}},
		{"assault/used water cannon, then dispersed",
			"Police/NNS used/VBD water/NN cannon/NN to/TO disperse/VB the/DT march/NN ./.",
			nil,
			want{typ: chronicle.Assault, mode: "crowd-control", src: []string{"police"}}},
		{"coerce/dispersed protesters",
			"Police/NNS used/VBD water/NN cannon/NN to/TO disperse/VB the/DT protesters/NNS ./.",
			nil,
			want{typ: chronicle.Coerce, mode: "restrict", src: []string{"police"}, tgt: []string{"protesters"}}},
		{"coerce/rounded up and detained",
			"Egyptian/JJ@1 authorities/NNS detained/VBD dozens/NNS of/IN journalists/NNS ./.",
			[]ent{misc("Egyptian", "EGY")},
			want{typ: chronicle.Coerce, mode: "arrest", src: []string{"Egyptian authorities"}, tgt: []string{"journalists"}}},
		{"assault/killed by a group",
			"Militants/NNS killed/VBD two/CD policemen/NNS in/IN Quetta/NNP@1 ./.",
			[]ent{loc("Quetta", "PAK")},
			want{typ: chronicle.Assault, src: []string{"militants"}, tgt: []string{"policemen in Quetta"}}},
		{"assault/killed in a reduced relative is passive",
			"There/EX were/VBD ten/CD Russian/JJ@1 soldiers/NNS killed/VBN in/IN Kursk/NNP@2 ./.",
			[]ent{misc("Russian", "RUS"), loc("Kursk", "RUS")},
			want{typ: chronicle.Assault, src: []string{}, tgt: []string{"Russian soldiers"}}},
		{"retreat/a reduced relative inside the subject stays background",
			"The/DT villagers/NNS detained/VBN in/IN Osh/NNP@2 were/VBD freed/VBN by/IN Kyrgyz/JJ@1 police/NNS ./.",
			[]ent{misc("Kyrgyz", "KGZ"), loc("Osh", "KGZ")},
			want{typ: chronicle.Retreat, src: []string{"Kyrgyz police"}, tgt: []string{"villagers"}}},
		{"assault/fighting corruption is no violence",
			"The/DT Romanian/JJ@1 government/NN vowed/VBD to/TO fight/VB corruption/NN ./.",
			[]ent{misc("Romanian", "ROU")},
			want{}},
		{"protest/went on strike",
			"Dock/NN workers/NNS went/VBD on/IN strike/NN in/IN Antwerp/NNP@1 ./.",
			[]ent{loc("Antwerp", "BEL")},
			want{typ: chronicle.Protest, mode: "strike", src: []string{"dock workers"}}},
		{"protest/went on hunger strike",
			"Jailed/VBN activists/NNS went/VBD on/IN hunger/NN strike/NN ./.",
			nil,
			want{typ: chronicle.Protest, mode: "hunger", src: []string{"activists"}}},
		{"protest/farmers blocked roads",
			"Farmers/NNS blocked/VBD roads/NNS near/IN Lille/NNP@1 ./.",
			[]ent{loc("Lille", "FRA")},
			want{typ: chronicle.Protest, mode: "obstruct", src: []string{"farmers"}}},
		{"coerce/police blocked roads",
			"Police/NNS blocked/VBD the/DT roads/NNS to/TO the/DT capital/NN ./.",
			nil,
			want{typ: chronicle.Coerce, mode: "restrict", src: []string{"police"}}},
		{"assault/combatants captured are abducted",
			"Ukrainian/JJ@1 forces/NNS captured/VBD 20/CD Russian/JJ@2 soldiers/NNS ./.",
			[]ent{misc("Ukrainian", "UKR"), misc("Russian", "RUS")},
			want{typ: chronicle.Assault, mode: "abduct", src: []string{"Ukrainian forces"}, tgt: []string{"Russian soldiers"}}},
		{"coerce/a suspect captured is arrested",
			"Police/NNS captured/VBD the/DT suspect/NN in/IN Lyon/NNP@1 ./.",
			[]ent{loc("Lyon", "FRA")},
			want{typ: chronicle.Coerce, mode: "arrest", src: []string{"police"}}},
		{"assault/a town captured",
			"Rebels/NNS captured/VBD the/DT town/NN of/IN Bunia/NNP@1 ./.",
			[]ent{loc("Bunia", "COD")},
			want{typ: chronicle.Assault, src: []string{"rebels"}, tgt: []string{"Bunia"}}},
		{"retreat/soldiers released",
			"Russia/NNP@1 released/VBD 90/CD Ukrainian/JJ@2 soldiers/NNS ./.",
			[]ent{loc("Russia", "RUS"), misc("Ukrainian", "UKR")},
			want{typ: chronicle.Retreat, mode: "release", src: []string{"Russia"}, tgt: []string{"Ukrainian soldiers"}}},
		{"agree/committed war crimes is no promise",
			"The/DT militia/NN committed/VBD war/NN crimes/NNS in/IN Darfur/NNP@1 ./.",
			[]ent{loc("Darfur", "SDN")},
			want{}},
		{"agree/crimes committed by the army are no promise",
			"Crimes/NNS were/VBD committed/VBN by/IN the/DT army/NN ./.",
			nil,
			want{}},
		{"assault/water cannon was used by police",
			"Water/NN cannon/NN was/VBD used/VBN by/IN police/NNS ./.",
			nil,
			want{typ: chronicle.Assault, mode: "crowd-control", src: []string{"police"}}},
		{"flags/did not meet",
			"Trump/NNP@1 did/VBD not/RB meet/VB Putin/NNP@2 ./.",
			[]ent{person("Donald Trump", "USA", "President"), person("Vladimir Putin", "RUS", "President")},
			want{typ: chronicle.Consult, src: []string{"Donald Trump", "Vladimir Putin"}, neg: true}},
		{"flags/will meet is agree",
			"Trump/NNP@1 will/MD meet/VB Putin/NNP@2 in/IN Helsinki/NNP@3 ./.",
			[]ent{person("Donald Trump", "USA", "President"), person("Vladimir Putin", "RUS", "President"), loc("Helsinki", "FIN")},
			want{typ: chronicle.Agree, src: []string{"Donald Trump", "Vladimir Putin"}, fut: true, place: "Helsinki"}},
		{"flags/could impose sanctions",
			"Washington/NNP@1 could/MD impose/VB sanctions/NNS on/IN Tehran/NNP@2 ./.",
			[]ent{loc("Washington", "USA"), loc("Tehran", "IRN")},
			want{typ: chronicle.Sanction, src: []string{"Washington"}, tgt: []string{"Tehran"}, hyp: true}},
		{"date/month precision",
			"The/DT two/CD leaders/NNS clashed/VBD in/IN February/NNP#2025-02 ./.",
			nil,
			want{typ: chronicle.Assault, date: "2025-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, "2025-04-26", tt.tagged, tt.ents...)
			evs := Extract(d, g)
			if tt.want.typ == "" {
				if len(evs) != 0 {
					t.Fatalf("want no events, got\n%s", show(d, evs))
				}
				return
			}
			for _, e := range evs {
				if match(d, e, tt.want) {
					return
				}
			}
			t.Fatalf("want %+v, got\n%s", tt.want, show(d, evs))
		})
	}
}

// An event noun governed by a verb of standing is not an event.
func TestStateVerbNoEvent(t *testing.T) {
	for _, tagged := range []string{
		"The/DT plan/NN enjoys/VBZ broad/JJ support/NN from/IN Chile/NNP@1 ./.",
		"The/DT plan/NN enjoyed/VBD the/DT support/NN of/IN Chile/NNP@1 ./.",
	} {
		d := build(t, "2025-05-02", tagged, loc("Chile", "CHL"))
		if evs := Extract(d, gazetteer.Default()); len(evs) > 0 {
			t.Errorf("%s: want no event, got\n%s", tagged, show(d, evs))
		}
	}
	d := build(t, "2025-05-02", "Chile/NNP@1 offered/VBD support/NN to/TO Peru/NNP@2 ./.", loc("Chile", "CHL"), loc("Peru", "PER"))
	if evs := Extract(d, gazetteer.Default()); len(evs) == 0 {
		t.Errorf("offered support: want an event, got none")
	}
}

func match(d *chronicle.Document, e chronicle.Event, w want) bool {
	if e.Type != w.typ || w.mode != "" && e.Mode != w.mode {
		return false
	}
	same := func(got, want []string) bool {
		if want == nil {
			return true
		}
		g := slices.Clone(got)
		slices.Sort(g)
		ww := slices.Clone(want)
		slices.Sort(ww)
		return slices.Equal(g, ww)
	}
	if !same(names(d, e.Source), w.src) || !same(names(d, e.Target), w.tgt) {
		return false
	}
	if w.date != "" && e.Date != w.date {
		return false
	}
	if w.place != "" && (e.Location == nil || e.Location.Name != w.place) {
		return false
	}
	return e.Negated == w.neg && e.Hypothetical == w.hyp && e.Future == w.fut
}

// A speaker who reports that another party used force accuses it; the
// speaker is not an actor of the act reported.
func TestReportedSpeech(t *testing.T) {
	d := build(t, "2025-04-26", "The/DT US/NNP@1 said/VBD Iraq/NNP@2 had/VBD attacked/VBN Kuwait/NNP@3 ./.",
		loc("US", "USA"), loc("Iraq", "IRQ"), loc("Kuwait", "KWT"))
	text := d.Article.Text
	span := func(s string) chronicle.Span {
		i := strings.Index(text, s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	speaker, cue := span("The US"), span("said")
	d.Quotes = []chronicle.Quote{{Text: "Iraq had attacked Kuwait", Kind: chronicle.IndirectQuote, Speaker: "E1",
		SpeakerText: "The US", Cue: "said", Span: span("Iraq had attacked Kuwait"), SpeakerSpan: &speaker, CueSpan: &cue}}
	evs := Extract(d, gazetteer.Default())
	var accuse, assault *chronicle.Event
	for i, e := range evs {
		switch e.Type {
		case chronicle.Accuse:
			accuse = &evs[i]
		case chronicle.Assault:
			assault = &evs[i]
		}
	}
	if accuse == nil || assault == nil {
		t.Fatalf("want ACCUSE and ASSAULT, got\n%s", show(d, evs))
	}
	if !match(d, *accuse, want{typ: chronicle.Accuse, src: []string{"US"}, tgt: []string{"Iraq"}}) ||
		!match(d, *assault, want{typ: chronicle.Assault, src: []string{"Iraq"}, tgt: []string{"Kuwait"}}) ||
		assault.Confidence >= accuse.Confidence {
		t.Fatalf("got\n%s", show(d, evs))
	}
}

// An apposition that renames the last of two coordinated people keeps
// both as actors.
func TestAppositionInGroup(t *testing.T) {
	d := build(t, "2024-03-15", "Elena/NNP@1 Vidal/NNP@1 and/CC her/PRP$ Portuguese/JJ counterpart/NN ,/, Rui/NNP@2 Moreira/NNP@2 ,/, met/VBD in/IN Lisbon/NNP@3 ./.",
		person("Elena Vidal", "ESP", "minister"), person("Rui Moreira", "PRT", "minister"), loc("Lisbon", "PRT"))
	evs := Extract(d, gazetteer.Default())
	for _, e := range evs {
		if match(d, e, want{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}, tgt: []string{}, place: "Lisbon"}) {
			return
		}
	}
	t.Fatalf("got\n%s", show(d, evs))
}
