package event

import (
	"strings"

	"chronicle"
)

// The trigger lexicon: which words signal which PLOVER event, and how the
// words around a trigger fill its roles. The categories follow the PLOVER
// manual (and, for modes and contexts, the CAMEO-to-PLOVER table); the word
// lists are Chronicle's own.

// A role is what a phrase next to a trigger contributes to the event.
type role uint8

const (
	noRole  role = iota
	target       // the recipient: "criticised X", "sanctions on X"
	source       // an actor: "criticism from X", "attacked by X"
	partner      // a co-participant: an actor of a mutual event ("met with X")
	host         // the recipient of a visit, also where it happened ("visited X")
)

// A class is a set of kinds of thing a trigger's object may have to be:
// "release" codes RETREAT only when what is released is people.
type class uint16

const (
	anything   class = 0
	persons    class = 1 << iota // prisoners, hostages, activists, named people
	troops                       // soldiers, forces, warships
	aidThing                     // aid, money, weapons, supplies
	sanctionT                    // sanctions, embargo, tariffs
	restrictT                    // curfew, ban, restrictions, state of emergency
	tiesThing                    // ties, relations, talks, cooperation
	dealThing                    // agreement, deal, treaty, accord
	truceT                       // ceasefire, truce
	weapons                      // missiles, rockets, bombs
	policyT                      // policy, decision, plan, remarks: what words attack
	diplomats                    // ambassador, diplomats, envoy
	coopThing                    // cooperation, partnership, trade
	meetThing                    // meeting, talks, summit, visit
	routeThing                   // road, highway, border crossing, port: what is blocked
	noObject                     // no noun is of it: "needs=nothing bare" applies only without an object
)

// A sense is one reading of a trigger.
type sense struct {
	typ     chronicle.EventType
	mode    string
	context string
	obj     role // the role of a verb's direct object, or of a noun's "of" phrase
	preps   []prep
	mutual  bool   // every participant is an actor unless a host is named
	weak    bool   // a noun that codes an event only with a governing verb or a participant phrase
	needs   class  // the object must be one of these (anything: no constraint)
	bare    bool   // with needs: the sense also applies with no object at all
	alt     string // with needs: the sense also applies when this preposition follows ("fired … at X")
	subjTgt bool   // the subject is the recipient: "received weapons from X"
}

// A prep is the role the object of a preposition plays next to a trigger.
type prep struct {
	word string
	role role
}

// s builds a sense from a compact description: "obj=target with=partner
// against=target mutual weak needs=persons bare mode=release ctx=legal".
func s(typ chronicle.EventType, desc string) sense {
	x := sense{typ: typ, obj: target}
	for _, f := range strings.Fields(desc) {
		k, v, _ := strings.Cut(f, "=")
		switch k {
		case "mutual":
			x.mutual = true
		case "weak":
			x.weak = true
		case "bare":
			x.bare = true
		case "alt":
			x.alt = v
		case "subj":
			x.subjTgt = v == "target"
		case "mode":
			x.mode = v
		case "ctx":
			x.context = strings.ReplaceAll(v, "_", " ")
		case "needs":
			for _, c := range strings.Split(v, "|") {
				x.needs |= classNames[c]
			}
		case "obj":
			x.obj = roleNames[v]
		default:
			x.preps = append(x.preps, prep{k, roleNames[v]})
		}
	}
	return x
}

var roleNames = map[string]role{"none": noRole, "target": target, "source": source, "partner": partner, "host": host}

var classNames = map[string]class{
	"persons": persons, "troops": troops, "aid": aidThing, "sanctions": sanctionT,
	"restrict": restrictT, "ties": tiesThing, "deal": dealThing, "truce": truceT,
	"weapons": weapons, "policy": policyT, "diplomats": diplomats, "coop": coopThing, "meet": meetThing,
	"routes": routeThing, "nothing": noObject,
}

// nounClass gives the classes of object nouns, by base form.
var nounClass = map[string]class{}

func init() {
	add := func(c class, words string) {
		for _, w := range strings.Fields(words) {
			nounClass[w] |= c
		}
	}
	add(persons, "prisoner detainee hostage captive activist dissident journalist reporter civilian "+
		"man woman child people person member leader official soldier worker student protester "+
		"protestor demonstrator opponent critic suspect citizen national refugee migrant sailor crowd mob "+
		"villager resident settler "+
		"fisherman crew mayor minister lawmaker politician priest missionary tourist")
	add(troops, "troop troops soldier force forces army military unit battalion brigade division "+
		"warship gunboat ship navy fleet tank jet aircraft plane bomber submarine carrier marine "+
		"peacekeeper personnel contingent reinforcement militia police officer guard "+
		"rebel militant insurgent fighter guerrilla militiaman militiamen combatant convoy patrol")
	add(aidThing, "aid assistance help money fund funds loan loans grant credit supply supplies "+
		"food medicine weapon weapons arms ammunition equipment relief support package "+
		"asylum shelter financing funding donation vaccine fuel team teams expert experts "+
		"rescuer rescuers investigator investigators doctor doctors medic medics")
	add(sanctionT, "sanction sanctions embargo tariff tariffs boycott blockade penalty penalties freeze")
	add(restrictT, "curfew ban restriction restrictions emergency law lockdown censorship")
	add(tiesThing, "tie ties relation relations talks negotiations contact contacts "+
		"dialogue diplomatic mission embassy")
	add(meetThing, "meeting meetings talks summit visit trip negotiations conference session consultations "+
		"forum funeral ceremony inauguration signing celebration celebrations commemoration dinner banquet "+
		"reception gathering assembly congress convention olympics games festival parade opening memorial "+
		"service services vigil event")
	add(routeThing, "road roads highway highways street streets motorway motorways bridge bridges railway "+
		"railways rail port ports crossing crossings entrance entrances access border borders airport "+
		"route routes junction junctions")
	add(coopThing, "cooperation partnership trade exchange exchanges collaboration alliance investment")
	add(dealThing, "agreement deal treaty accord pact protocol memorandum plan proposal settlement")
	add(truceT, "ceasefire truce armistice")
	add(weapons, "missile missiles rocket rockets bomb bombs shell shells mortar mortars drone drones "+
		"grenade grenades artillery battery batteries shot shots salvo salvos round rounds volley "+
		"gas teargas cannon cannons bullet bullets pellet pellets canister canisters "+
		"stone stones rock rocks brick bricks bottle bottles firecracker firecrackers")
	add(policyT, "policy policies decision plan plans proposal proposals remark remarks comment "+
		"comments statement statements law measure measures move approach report claim claims "+
		"allegation allegations accusation accusations idea")
	add(diplomats, "ambassador ambassadors diplomat diplomats envoy envoys consul attache staff")
}

// verbs maps a verb's base form to its senses, tried in order; the first
// whose object constraint holds is taken.
var verbs = map[string][]sense{}

// nouns maps an event noun's base form to its senses.
var nouns = map[string][]sense{}

func init() {
	v := func(words string, x ...sense) {
		for _, w := range strings.Fields(words) {
			verbs[w] = append(verbs[w], x...)
		}
	}
	n := func(words string, x ...sense) {
		for _, w := range strings.Fields(words) {
			nouns[w] = append(nouns[w], x...)
		}
	}
	const (
		ag, co, su, cn = chronicle.Agree, chronicle.Consult, chronicle.Support, chronicle.Concede
		cp, ai, rt, rq = chronicle.Cooperate, chronicle.Aid, chronicle.Retreat, chronicle.Request
		ac, rj, th, pr = chronicle.Accuse, chronicle.Reject, chronicle.Threaten, chronicle.Protest
		sa, mo, ce, as = chronicle.Sanction, chronicle.Mobilize, chronicle.Coerce, chronicle.Assault
	)

	// AGREE: promises, offers and agreements to cooperate.
	v("promise pledge vow commit guarantee", s(ag, "to=target ctx=diplomatic"))
	v("agree", s(ag, "with=partner on=none ctx=diplomatic mutual"))
	v("offer", s(ag, "to=target ctx=diplomatic needs=aid|ties|deal|truce"))
	v("invite", s(ag, "ctx=diplomatic"))
	v("propose", s(ag, "obj=none to=target ctx=diplomatic"))
	n("agreement deal accord pact", s(ag, "obj=none with=partner between=partner weak ctx=diplomatic mutual"))
	n("pledge promise offer invitation proposal commitment assurance assurances guarantee guarantees",
		s(ag, "obj=none to=target from=source weak ctx=diplomatic"))

	// CONSULT: meetings, talks, visits, calls.
	v("meet", s(co, "obj=partner with=partner mutual"))
	v("talk confer converse negotiate consult", s(co, "obj=partner with=partner to=partner mutual"))
	v("discuss", s(co, "obj=none with=partner mutual")) // what is discussed is a topic; see twoParties
	v("visit tour", s(co, "obj=host mode=visit"))
	v("host receive", s(co, "obj=source mode=visit needs=persons"))
	v("welcome", s(co, "obj=source mode=visit needs=persons"), s(su, "for=none ctx=diplomatic"))
	v("receive obtain", s(ai, "obj=none from=source subj=target needs=aid"))
	v("attend", s(co, "obj=none mutual needs=meet bare")) // "attend the summit", not "attend medical camps"
	v("telephone phone", s(co, "obj=partner with=partner mode=phone mutual"))
	v("speak", s(co, "obj=none with=partner mutual needs=persons alt=with")) // only "speak with X"
	n("meeting talks summit negotiations discussion discussions consultation consultations "+
		"conference encounter dialogue audience session",
		s(co, "obj=partner with=partner between=partner among=partner mutual"))
	n("visit trip tour stopover", s(co, "obj=none to=host mode=visit"))
	n("call", s(co, "obj=none with=partner to=partner mode=phone weak mutual"))

	// SUPPORT: verbal, diplomatic support.
	v("praise commend endorse hail applaud congratulate thank laud back",
		s(su, "for=none ctx=diplomatic"))
	v("support", s(su, "ctx=diplomatic"))
	v("defend", s(su, "ctx=diplomatic needs=policy|persons"))
	v("ratify", s(su, "ctx=diplomatic"))
	v("sign", s(su, "with=partner ctx=diplomatic needs=deal"))
	v("recognize", s(su, "ctx=diplomatic"))
	v("restore establish normalize deepen strengthen expand boost improve resume upgrade renew",
		s(su, "obj=none with=target ctx=diplomatic needs=ties"), s(cp, "obj=none with=partner needs=coop mutual"))
	v("forgive", s(su, "ctx=diplomatic"))
	n("praise endorsement ratification", s(su, "for=target of=target from=source by=source ctx=diplomatic"))
	n("tribute tributes", s(su, "obj=none to=target from=source by=source weak ctx=diplomatic")) // "paid tribute to"
	n("support backing recognition approval", s(su, "for=target of=target from=source weak ctx=diplomatic"))
	n("resumption restoration normalization normalisation", s(su, "obj=none with=target between=partner needs=ties ctx=diplomatic"))

	// CONCEDE: verbal concessions.
	v("concede relent pardon acquit amnesty apologize regret", s(cn, "to=target"))
	v("lift ease relax", s(rt, "mode=ease ctx=economic needs=sanctions"), s(cn, "needs=restrict ctx=rights_freedoms"))
	v("declare", s(cn, "obj=none needs=truce ctx=military"), s(ce, "obj=none mode=martial-law needs=restrict"))
	n("apology pardon amnesty concession", s(cn, "to=target from=source weak"))

	// COOPERATE: mutual material cooperation.
	v("cooperate collaborate partner", s(cp, "obj=partner with=partner on=none mutual"))
	v("extradite", s(cp, "to=target mode= ctx=legal"))
	v("share", s(cp, "with=target needs=aid|ties ctx=intelligence"))
	n("cooperation collaboration partnership", s(cp, "with=partner between=partner weak mutual"))
	n("extradition", s(cp, "obj=none to=target ctx=legal"))

	// AID: material aid.
	v("aid help assist rescue arm fund finance", s(ai, "obj=target"))
	v("supply donate", s(ai, "obj=none to=target"))
	v("provide give deliver send grant extend", s(ai, "obj=none to=target for=target needs=aid"),
		s(mo, "obj=none mode=troops to=host needs=troops ctx=military"))
	n("aid assistance donation", s(ai, "to=target for=target from=source of=none weak"))
	n("asylum", s(ai, "to=target for=target weak ctx=asylum"))

	// RETREAT: material concessions.
	v("withdraw pull retreat", s(rt, "obj=none from=host mode=withdraw needs=troops bare ctx=military"),
		s(sa, "obj=none from=target mode=withdraw needs=diplomats|aid|ties"))
	v("release free", s(rt, "mode=release needs=persons|troops ctx=legal"))
	v("return repatriate", s(rt, "mode=release needs=persons to=target ctx=legal"))
	v("disarm demobilize surrender", s(rt, "obj=none mode=disarm ctx=military"))
	v("resign", s(rt, "obj=none mode=resign"))
	v("allow", s(rt, "obj=none mode=access needs=aid|persons|troops"))
	v("reopen", s(rt, "obj=none mode=access needs=routes bare")) // a border, a crossing; not "reopen the Constitution"
	n("withdrawal pullout retreat", s(rt, "obj=none from=host mode=withdraw ctx=military"))
	n("release", s(rt, "from=source by=source mode=release needs=persons ctx=legal"))
	n("resignation", s(rt, "obj=none mode=resign"))
	n("ceasefire ceasefires truce armistice", s(rt, "obj=none mode=ceasefire between=partner with=partner weak ctx=military"))
	n("permission consent", s(rt, "obj=none mode=access to=target for=none weak"))

	// REQUEST: requests, demands, appeals, orders.
	v("urge ask request implore exhort press", s(rq, "for=none"))
	v("call", s(rq, "obj=none on=target for=none needs=anything"))
	v("demand", s(rq, "obj=none from=target of=target"))
	v("appeal plead", s(rq, "obj=none to=target for=none with=target"))
	v("push", s(rq, "towards=none toward=none for=none"))
	v("pressure pressurize", s(rq, "ctx=executive"))
	v("order", s(rq, "obj=none to=target"))
	v("insist", s(rq, "obj=none on=none"))
	n("demand request appeal plea call", s(rq, "obj=none from=source by=source to=target on=target for=none weak"))
	n("pressure", s(rq, "obj=none from=source on=target weak"))

	// ACCUSE: disapproval, accusations, lawsuits, investigations.
	v("accuse blame", s(ac, "mode=allege of=none for=none"))
	v("criticize condemn denounce decry slam deplore rebuke censure reprimand lambast chide scold",
		s(ac, "mode=disapprove for=none over=none"))
	v("allege", s(ac, "obj=none mode=allege"))
	v("charge indict sue prosecute", s(ac, "mode=allege with=none for=none ctx=legal needs=persons"))
	v("investigate probe examine reexamine re-examine", s(ac, "mode=investigate"))
	v("look", s(ac, "obj=none into=target mode=investigate needs=policy alt=into"))
	v("complain", s(ac, "obj=none mode=disapprove about=target to=none"))
	n("criticism condemnation rebuke censure complaint broadside tirade", s(ac, "mode=disapprove of=target from=source by=source against=target over=none"))
	n("accusation allegation charge charges", s(ac, "mode=allege of=none from=source by=source against=target weak"))
	n("lawsuit indictment", s(ac, "mode=allege against=target by=source from=source ctx=legal"))
	n("investigation probe inquiry", s(ac, "mode=investigate into=none of=target against=target by=source weak"))
	n("evidence", s(ac, "mode=allege obj=none against=target weak"))

	// REJECT: rejections and refusals.
	v("reject oppose veto rebuff spurn dismiss resist defy disobey snub", s(rj, "needs=anything"))
	v("postpone delay cancel scrap", s(rj, "obj=none mode=meet needs=meet"))
	n("rejection refusal veto", s(rj, "of=none by=source from=source"))

	// THREATEN: threats and ultimatums.
	v("threaten", s(th, "with=none"))
	v("warn", s(th, "of=none against=none weak"))
	n("threat threats", s(th, "obj=none against=target from=source by=source to=target weak"))
	n("ultimatum", s(th, "obj=none to=target from=source"))
	n("warrant warrants", s(th, "mode=arrest obj=none for=target against=target weak ctx=legal"))

	// PROTEST: collective dissent.
	v("protest riot march picket", s(pr, "obj=none against=target outside=host in=none over=none"))
	// "demonstrated his ability", "rallied supporters": with an object, no protest
	v("demonstrate", s(pr, "obj=none against=target outside=host in=none over=none needs=nothing bare"))
	// "rallied behind Sarkozy": support
	v("rally", s(su, "obj=none behind=target needs=nothing alt=behind ctx=diplomatic"),
		s(pr, "obj=none against=target outside=host in=none over=none needs=nothing bare"))
	v("boycott", s(pr, "mode=boycott"))
	n("protest demonstration rally march riot sit-in", s(pr, "obj=none against=target by=source outside=host over=none"))
	n("boycott", s(pr, "mode=boycott of=target by=source"))

	// SANCTION: cutting existing ties.
	v("sanction embargo", s(sa, "mode=discontinue ctx=economic"))
	v("impose slap", s(sa, "obj=none on=target against=target mode=discontinue needs=sanctions"),
		s(ce, "obj=none on=target mode=restrict needs=restrict"))
	v("cut sever suspend halt freeze downgrade", s(sa, "obj=none with=target to=target mode=discontinue needs=ties|aid"))
	v("expel", s(sa, "mode=expel needs=diplomats"), s(ce, "mode=deport needs=persons|anything"))
	v("recall", s(sa, "obj=none from=target mode=withdraw needs=diplomats"))
	n("sanction sanctions embargo", s(sa, "obj=none on=target against=target mode=discontinue"))
	n("expulsion", s(sa, "mode=expel"))

	// MOBILIZE: military moves short of force.
	v("deploy mobilize mass station dispatch reinforce", s(mo, "obj=none to=host mode=troops ctx=military needs=troops|weapons|persons bare")) // not "reinforce an image"
	n("deployment mobilization buildup build-up", s(mo, "obj=none to=host mode=troops ctx=military"))
	n("exercises drills maneuvers manoeuvres", s(mo, "obj=none mode=troops ctx=military weak"))

	// COERCE: repression short of violence.
	v("arrest detain jail imprison", s(ce, "mode=arrest ctx=legal"))
	v("take", s(ce, "mode=arrest ctx=legal")) // only "into custody" (idiom.go)
	v("deport", s(ce, "mode=deport ctx=legal"))
	v("seize confiscate raid", s(ce, "mode=seize"))
	v("ban outlaw censor", s(ce, "mode=restrict"))
	v("disperse", s(ce, "mode=restrict needs=persons"))
	v("cordon blockade", s(ce, "mode=restrict ctx=military"))
	v("block barricade", s(ce, "mode=restrict needs=routes"))
	v("sentence convict", s(ce, "mode=arrest ctx=legal needs=persons"))
	n("arrest arrests detention imprisonment", s(ce, "mode=arrest of=target by=source ctx=legal"))
	n("crackdown", s(ce, "mode=restrict on=target against=target by=source"))
	n("deportation", s(ce, "mode=deport of=target by=source ctx=legal"))
	n("curfew", s(ce, "obj=none on=target mode=curfew weak"))

	// ASSAULT: deliberate physical harm.
	v("attack", s(ac, "mode=disapprove needs=policy"), s(as, "with=none ctx=military"))
	v("bomb bombard shell strike shoot kill invade assassinate ambush storm besiege murder "+
		"massacre execute wound injure behead pound target torture hijack stab lynch gun",
		s(as, "with=none ctx=military"))
	v("kidnap abduct", s(as, "mode=abduct"))
	// combatants captured in war are abducted, not arrested (manual 3.15);
	// a town captured is taken by force
	v("capture", s(as, "mode=abduct needs=troops"), s(ce, "mode=arrest needs=persons ctx=legal"),
		s(as, "ctx=military needs=anything"))
	v("beat punch slap", s(as, "mode=beat needs=persons|troops"))
	v("clash fight battle", s(as, "obj=partner with=partner against=partner mutual"))
	v("engage", s(as, "in=none with=partner needs=persons|troops"))
	v("fire", s(as, "obj=none at=target on=target into=target from=source needs=weapons bare alt=at ctx=military"))
	// a launch with no weapon launched is of a product or a service ("set to launch in November")
	v("launch", s(as, "obj=none at=target on=target into=target from=source needs=weapons alt=at ctx=military"))
	v("destroy demolish raze torch ransack loot vandalize vandalise", s(as, "mode=destroy"))
	v("stone", s(as, "mode=primitive needs=persons|troops")) // "rioters stoned the convoy"
	v("use", s(as, "obj=none on=target against=target at=target needs=weapons"))
	v("throw hurl", s(as, "obj=none at=target on=target from=source needs=weapons"))
	n("attack attacks assault offensive invasion bombing bombardment shelling airstrike "+
		"ambush massacre assassination killing killings raid incursion shooting shootings stabbing siege onslaught",
		s(as, "obj=target on=target against=target by=source from=source in=none ctx=military"))
	n("fire gunfire", s(as, "obj=none on=target at=target into=target from=source by=source mode=firearms weak ctx=military"))
	n("strike strikes", s(as, "obj=none on=target against=target by=source ctx=military weak"))
	n("clash clashes fighting firefight battle", s(as, "obj=none between=partner with=partner mutual"))
	n("kidnapping abduction", s(as, "mode=abduct of=target by=source"))
}

// lightVerbs govern an event noun as their object: the subject of "held
// talks", "launched an attack", "imposed sanctions" is the noun's actor; the
// subject of "faced criticism" is its recipient.
var lightVerbs = map[string]role{
	"hold": source, "have": source, "conduct": source, "stage": source, "launch": source,
	"mount": source, "carry": source, "make": source, "issue": source, "level": source,
	"file": source, "lodge": source, "give": source, "provide": source,
	"send": source, "extend": source, "impose": source, "slap": source,
	"announce": source, "declare": source, "sign": source, "express": source, "voice": source,
	"begin": source, "start": source, "resume": source, "open": source, "lead": source,
	"organize": source, "pursue": source, "reach": source, "strike": source, "seal": source,
	"conclude": source, "attend": source, "present": source, "deliver": source, "join": source, "step": source, "intensify": source,
	"escalate": source, "continue": source, "order": source, "call": source, "go": source, "offer": source, "execute": source,
	"face": target, "receive": target, "get": target, "suffer": target, "draw": target,
	"endure": target, "come": target, "win": target, "pay": source,
}

// intentVerbs frame a following to-infinitive as something the subject
// means or offers to do: cooperation so framed is AGREE, a hostile act
// THREATEN (PLOVER 3.1 and 2.3).
var intentVerbs = set("agree promise pledge vow offer want seek plan intend hope aim "+
	"undertake decide resolve prepare commit threaten wish try attempt move", "")

// refuseVerbs frame a following to-infinitive as refused: REJECT.
var refuseVerbs = set("refuse decline reject", "")

// schedVerbs say that something is arranged or expected, not that the
// subject promises it: "is scheduled to meet", "is expected to visit".
var schedVerbs = set("schedule expect set due slate likely", "")

// speechVerbs report speech; the speaker is not an actor of the event
// reported.
var speechVerbs = set("say tell state add announce report claim insist note explain confirm "+
	"reveal write tweet argue stress acknowledge suggest believe think assert maintain "+
	"contend reiterate told", "")

// claimVerbs report speech as a claim: an act of force reported by the
// speaker is their accusation (CAMEO codes "claimed that X attacked" so).
var claimVerbs = set("claim allege charge insist assert contend", "")

func set(words, _ string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lookup returns the base form and senses of w in table, trying each
// inflection forms gives and the -ize spelling of -ise words.
func lookup(table map[string][]sense, w string) (string, []sense) {
	for _, f := range forms(w) {
		if x, ok := table[f]; ok {
			return f, x
		}
	}
	if z := britishZ(w); z != w {
		return lookup(table, z)
	}
	return "", nil
}

// base returns the base form of w found in the given set, or "".
func base(m map[string]bool, w string) string {
	for _, f := range forms(w) {
		if m[f] {
			return f
		}
	}
	return ""
}

// classOf returns the classes of the noun w.
func classOf(w string) class {
	for _, f := range forms(w) {
		if c, ok := nounClass[f]; ok {
			return c
		}
	}
	return 0
}

// Context returns the PLOVER contexts the lexicon gives a trigger word
// coded as type t: "shelled" as ASSAULT is "military", "arrested" as
// COERCE "legal". It serves events read back from a store, which keeps the
// trigger but not the context; nil when the word has none.
func Context(trigger string, t chronicle.EventType) []string {
	w := strings.ToLower(strings.TrimSpace(trigger))
	for _, table := range []map[string][]sense{verbs, nouns} {
		_, senses := lookup(table, w)
		for _, sn := range senses {
			if sn.typ == t && sn.context != "" {
				return []string{sn.context}
			}
		}
	}
	return nil
}

// weaponModes give the ASSAULT mode (manual, Table 3.11) of the weapon a
// trigger's object names: "fired tear gas" is crowd-control, "fired
// rockets" heavy-weapons.
var weaponModes = map[string]string{
	"gas": "crowd-control", "teargas": "crowd-control", "cannon": "crowd-control", "cannons": "crowd-control",
	"pellet": "crowd-control", "pellets": "crowd-control", "canister": "crowd-control", "canisters": "crowd-control",
	"bullet": "firearms", "bullets": "firearms", "shot": "firearms", "shots": "firearms", "round": "firearms",
	"rounds": "firearms", "volley": "firearms",
	"rocket": "heavy-weapons", "rockets": "heavy-weapons", "shell": "heavy-weapons", "shells": "heavy-weapons",
	"mortar": "heavy-weapons", "mortars": "heavy-weapons", "artillery": "heavy-weapons", "missile": "heavy-weapons",
	"missiles": "heavy-weapons", "salvo": "heavy-weapons", "salvos": "heavy-weapons", "battery": "heavy-weapons",
	"batteries": "heavy-weapons",
	"bomb":      "explosives", "bombs": "explosives", "grenade": "explosives", "grenades": "explosives",
	"drone": "drone", "drones": "drone",
	"stone": "primitive", "stones": "primitive", "rock": "primitive", "rocks": "primitive", "brick": "primitive",
	"bricks": "primitive", "bottle": "primitive", "bottles": "primitive",
	"firecracker": "primitive", "firecrackers": "primitive",
}

// weaponMode returns the ASSAULT mode of the weapon a phrase group names;
// "rubber bullets" and "water cannon" are crowd control. "" for none.
func (s *sentence) weaponMode(g []int) string {
	for _, p := range g {
		ph := s.np[p]
		m := weaponModes[s.w[ph.head].low]
		for k := ph.start; k < ph.head && m != ""; k++ {
			switch s.w[k].low {
			case "rubber", "plastic", "water", "tear", "tear-gas", "stun", "sound", "smoke":
				m = "crowd-control"
			}
		}
		if m != "" {
			return m
		}
	}
	return ""
}

// thrown reads a weapon thrown: what a crowd throws ("missiles", "fire
// bombs") is a riot (PROTEST riot, manual Table 3.7) when protesters throw
// it, else an attack with primitive weapons (ASSAULT primitive, Table
// 3.11: rocks and the like); a grenade keeps its own mode.
func (x *extractor) thrown(c *cand, s *sentence, agent []int) {
	if c.mode == "heavy-weapons" {
		c.mode = "primitive" // "throwing missiles": stones and bottles, not rockets
	}
	if s.protesters(agent) && c.mode != "crowd-control" {
		c.typ, c.mode, c.context = chronicle.Protest, "riot", ""
		c.why = append(c.why, "weapons thrown by protesters are a riot (PROTEST riot)")
	}
}

// notTargets are what one fights or targets without violence: "fight
// corruption", "tackle poverty", "target inflation".
var notTargets = set("corruption crime terrorism poverty disease diseases inflation drugs racism extremism "+
	"discrimination unemployment hunger illiteracy fraud piracy trafficking smuggling climate change "+
	"pollution fire fires flu virus epidemic pandemic cancer malaria aids hiv", "")

// misdeeds are what one commits without promising anything: "committed war
// crimes", "an attack committed by".
var misdeeds = set("crime crimes atrocity atrocities abuse abuses violation violations massacre massacres "+
	"genocide suicide fraud offence offences offense offenses attack attacks murder murders act acts "+
	"error errors mistake mistakes sin sins", "")

// misdeed reports whether a phrase group names a misdeed.
func misdeed(s *sentence, g []int) bool {
	for _, p := range g {
		if misdeeds[s.w[s.np[p].head].low] {
			return true
		}
	}
	return false
}
