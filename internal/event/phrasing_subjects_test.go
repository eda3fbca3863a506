package event_test

import (
	"testing"

	"chronicle"
)

// A subject reaches its verb past adverbs of sequence ("later", "again")
// and through a title with "of" before the name ("Secretary of State
// Marco Rubio").
func TestPhrasingSubjectsPastTitlesAndAdverbs(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a surname, later", text: "Talks news\n\nUkrainian Foreign Minister Olena Kovalenko flew to Berlin on Tuesday. Kovalenko later visited Paris.",
			trig: "visited", typ: chronicle.Consult, src: "Olena Kovalenko", tgt: "*"},
		{name: "a name, again", text: "Talks news\n\nPresident Emmanuel Macron again criticised Russia on Monday.",
			trig: "criticised", typ: chronicle.Accuse, src: "Emmanuel Macron", tgt: "Russia"},
		{name: "a name, subsequently", text: "Talks news\n\nPrime Minister Mark Carney subsequently met Chinese Premier Li Qiang.",
			trig: "met", typ: chronicle.Consult, src: "Mark Carney+Li Qiang", tgt: ""},
		{name: "secretary of state", text: "Talks news\n\nSecretary of State Marco Rubio met Japanese Foreign Minister Takeshi Iwaya on Monday.",
			trig: "met", typ: chronicle.Consult, src: "Marco Rubio+Takeshi Iwaya", tgt: ""},
		{name: "minister of foreign affairs", text: "Talks news\n\nMinister of Foreign Affairs Sergey Lavrov accused Britain of meddling.",
			trig: "accused", typ: chronicle.Accuse, src: "Sergey Lavrov", tgt: "Britain"},
		{name: "the wife of a president still acts", text: "Talks news\n\nThe wife of President Lula visited Lisbon.",
			trig: "visited", typ: chronicle.Consult, src: "", tgt: "*"},
	})
}

// Supporters of a titled person are not the person.
func TestPhrasingSupportersOfATitledName(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "supporters of the president", text: "Rally news\n\nSupporters of President Lula attacked the police headquarters in Brasilia.",
			trig: "attacked", typ: chronicle.Assault, src: "", tgt: "*"},
	})
}

// "Under fire" is gunfire from armed men and criticism from anyone else;
// "demonstrated" and "rallied" with an object are no protest.
func TestPhrasingFigurativeActs(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "under fire from party leaders", text: "Campaign news\n\nSenator John Reyes has come under fire from leaders of his own party.",
			trig: "fire", typ: chronicle.Accuse, src: "*", tgt: "John Reyes"},
		{name: "under fire over remarks", text: "Campaign news\n\nPrime Minister Anna Berg came under fire over her remarks on migrants.",
			trig: "fire", typ: chronicle.Accuse, src: "", tgt: "Anna Berg"},
		{name: "under fire from rebels", text: "War news\n\nA Nigerian army convoy came under fire from rebels near Maiduguri.",
			trig: "fire", typ: chronicle.Assault, src: "*", tgt: "*"},
		{name: "demonstrated an ability", text: "Campaign news\n\nSenator John Reyes has again demonstrated his ability to win votes in the south.",
			trig: "demonstrated", none: true},
		{name: "rallied supporters", text: "Campaign news\n\nSenator John Reyes rallied supporters in Ohio on Monday.",
			trig: "rallied", none: true},
		{name: "demonstrated against a law", text: "Protest news\n\nThousands of students demonstrated against the new law in Santiago.",
			trig: "demonstrated", typ: chronicle.Protest, src: "*", tgt: "*"},
	})
}

// A subject that is no one makes the act not done.
func TestPhrasingNoOne(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "no civilians were injured", text: "Crash news\n\nTwo helicopters crashed near Basra. No civilians were injured in the crash.",
			trig: "injured", typ: chronicle.Assault, src: "*", tgt: "*", neg: true},
		{name: "no government has condemned", text: "Coup news\n\nNo government has condemned the generals in Niamey.",
			trig: "condemned", typ: chronicle.Accuse, src: "*", tgt: "*", neg: true},
	})
}

// "Called for X to act": X is asked, the act not done.
func TestPhrasingCalledForSomeoneTo(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "called for a person to meet", text: "Campaign news\n\nSenator John Reyes has called for Governor Mia Lund to meet him.",
			trig: "called", typ: chronicle.Request, src: "John Reyes", tgt: "Mia Lund"},
		{name: "the meeting asked for is not held", text: "Campaign news\n\nSenator John Reyes has called for Governor Mia Lund to meet him.",
			trig: "meet", none: true},
		{name: "called for a country to withdraw", text: "War news\n\nThe United Nations called for Russia to withdraw its troops.",
			trig: "called", typ: chronicle.Request, src: "United Nations", tgt: "Russia"},
	})
}

// Talking about something alone is no consultation; asking oneself is no
// request.
func TestPhrasingTalkAndAskAlone(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "talking about a subject", text: "Energy news\n\nWe don't see anyone talking about cheap solar power.",
			trig: "talking", none: true},
		{name: "a named person talking about a subject", text: "War news\n\nPresident Lula talked about the war on Monday.",
			trig: "talked", none: true},
		{name: "talked with a counterpart", text: "Talks news\n\nPresident Lula talked with Chancellor Merz on Monday.",
			trig: "talked", typ: chronicle.Consult, src: "Lula+Merz", tgt: ""},
		{name: "asking themselves", text: "Jobs news\n\nWorkers at the broadcaster are asking themselves how the channel will survive.",
			trig: "asking", none: true},
		{name: "asked herself a question", text: "Jobs news\n\nMinister Anna Berg asked herself the same question.",
			trig: "asked", none: true},
		{name: "asking a government", text: "Jobs news\n\nThe union is asking the government to save the channel.",
			trig: "asking", typ: chronicle.Request, src: "*", tgt: "*"},
	})
}

// Winning a vote, parties unable to agree, and a gerund that modifies a
// noun in a list are no events.
func TestPhrasingContestsAndModifiers(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "beat a rival", text: "Vote news\n\nSenator John Reyes beat his rival Tom Hale.",
			trig: "beat", none: true},
		{name: "beat someone in a primary", text: "Vote news\n\nSenator John Reyes beat Tom Hale in the primary.",
			trig: "beat", none: true},
		{name: "soldiers beat a journalist after an election", text: "Vote news\n\nSoldiers beat the journalist Omar Haddad after the election.",
			trig: "beat", typ: chronicle.Assault, src: "*", tgt: "Omar Haddad"},
		{name: "police beat protesters", text: "Protest news\n\nPolice beat the protesters in Minsk.",
			trig: "beat", typ: chronicle.Assault, src: "*", tgt: "*"},
		{name: "unable to agree", text: "Strike news\n\nUnite and British Airways were unable to agree on a deal.",
			trig: "agree", typ: chronicle.Agree, src: "*", tgt: "*", neg: true},
		{name: "supporting evidence", text: "Site news\n\nDebatepedia lists arguments, quotes and supporting evidence from experts.",
			trig: "supporting", none: true},
	})
}

// A relative clause after an apposition acts with the person named.
func TestPhrasingRelativeAfterApposition(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a former member who resigned", text: "Party news\n\nTom Hale, a former Labour member who resigned over the deal, formed his own party.",
			trig: "resigned", typ: chronicle.Retreat, src: "Tom Hale", tgt: "*"},
	})
}

// Fixed phrases of business and courts: no launch, meeting, accusation or
// request where none is meant; a proposal's author is who is rejected.
func TestPhrasingBusinessIdioms(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a service set to launch", text: "Phone news\n\nThe carrier Nordtel, which was set to launch in November, lost its licence.",
			trig: "launch", none: true},
		{name: "missiles launched at a city", text: "War news\n\nRussia launched missiles at Kharkiv on Monday.",
			trig: "launched", typ: chronicle.Assault, src: "Russia", tgt: "Kharkiv"},
		{name: "met the tests", text: "Phone news\n\nThe regulator ruled that Nordtel did meet the tests of ownership.",
			trig: "meet", none: true},
		{name: "led the charge", text: "Phone news\n\nVodafone had led the charge in asking the regulator to review the deal.",
			trig: "charge", none: true},
		{name: "appeal a ruling", text: "Phone news\n\nVodafone will appeal the ruling.",
			trig: "appeal", none: true},
		{name: "asked about a budget", text: "Budget news\n\nWhen Tom Hale was asked about the budget, he said little.",
			trig: "asked", none: true},
		{name: "asked whether", text: "Budget news\n\nReporters asked Tom Hale whether he would resign.",
			trig: "asked", none: true},
		{name: "rejected a proposal by", text: "Book news\n\nGoogle rejected a proposal by the Authors Guild to use the new codes.",
			trig: "rejected", typ: chronicle.Reject, src: "Google", tgt: "Authors Guild"},
	})
}

// A title with "of" and a place before the name; a subject before a long
// apposition holding a relative clause.
func TestPhrasingLongTitlesAndAppositions(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "former mayor of a city", text: "Campaign news\n\nFormer mayor of Paris Anne Hidalgo welcomed Chancellor Merz to the city.",
			trig: "welcomed", typ: chronicle.Consult, src: "*", tgt: "Anne Hidalgo"},
		{name: "a candidate in a country, which", text: "Campaign news\n\nAnna Berg, the party's candidate for the presidential election in France, which holds its first round next week, accused Tom Hale of lying.",
			trig: "accused", typ: chronicle.Accuse, src: "Anna Berg", tgt: "Tom Hale"},
	})
}

// A participle after a comma with no object is a reduced passive on the
// phrase before it; "paid tribute to" is praise.
func TestPhrasingReducedRelativesAndTributes(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "imprisoned in a country", text: "Kidnap news\n\nThe Army of Islam wants the release of Sajeda Rishawi, imprisoned in Jordan since 2005.",
			trig: "imprisoned", typ: chronicle.Coerce, src: "", tgt: "Sajeda Rishawi"},
		{name: "paid tribute", text: "Tribute news\n\nGordon Brown paid tribute to Nelson Mandela on Tuesday.",
			trig: "tribute", typ: chronicle.Support, src: "Gordon Brown", tgt: "Nelson Mandela"},
		{name: "paid a visit", text: "Visit news\n\nGordon Brown paid a visit to Pretoria on Tuesday.",
			trig: "visit", typ: chronicle.Consult, src: "Gordon Brown", tgt: "*"},
	})
}

// "It" in reported speech is a state or company that speaks.
func TestPhrasingItOfTheSpeaker(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a state announced it would free", text: "Prisoner news\n\nIsrael announced it would free 150 Palestinian prisoners by the end of August.",
			trig: "free", typ: chronicle.Concede, src: "Israel", tgt: "*"},
		{name: "a person is no it", text: "Prisoner news\n\nTom Hale said it would free Marwan Barghouti on Friday.",
			trig: "free", typ: chronicle.Concede, src: "", tgt: "Marwan Barghouti"},
	})
}

// "It" after another actor in the reported words is that actor.
func TestPhrasingItAfterAnotherActor(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "said that it would", text: "Prisoner news\n\nIsrael said that it would free Marwan Barghouti on Friday.",
			trig: "free", typ: chronicle.Concede, src: "Israel", tgt: "Marwan Barghouti"},
		{name: "an it inside the reported words", text: "Prisoner news\n\nNineteen prisoners were freed by the junta after it released Min Ko Naing, Reuters reports.",
			trig: "released", typ: chronicle.Retreat, src: "", tgt: "Min Ko Naing"},
		{name: "it before a partial quote", text: "Prisoner news\n\nIsrael has said it is investigating Hamas \"at the most senior level.\"",
			trig: "investigating", typ: chronicle.Accuse, src: "Israel", tgt: "Hamas"},
	})
}

// Troops a speaker will send against no one are no threat.
func TestPhrasingAnnouncedDeployment(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "peacekeepers announced", text: "Troop news\n\nRomania announced that it will be sending 100 troops for peacekeeping soon.",
			trig: "sending", typ: chronicle.Mobilize, src: "Romania", tgt: ""},
	})
}

// A battle's "of" place is where it was; a punch is an assault.
func TestPhrasingBattlePlacesAndPunches(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "the battle of a town", text: "War news\n\nThe battle of Gallipoli began in April 1915.",
			trig: "battle", none: true},
		{name: "a battle of a town between states", text: "War news\n\nThe battle of Bakhmut between Russia and Ukraine went on for months.",
			trig: "battle", typ: chronicle.Assault, src: "Russia+Ukraine", tgt: "", place: "Bakhmut"},
		{name: "a battle between states", text: "War news\n\nThe battle between Russia and Ukraine for Bakhmut went on.",
			trig: "battle", typ: chronicle.Assault, src: "Russia+Ukraine", tgt: ""},
		{name: "punched an officer", text: "Hill news\n\nRepresentative Cynthia McKinney allegedly punched a police officer after he grabbed her arm.",
			trig: "punched", typ: chronicle.Assault, src: "Cynthia McKinney", tgt: "*"},
	})
}

// Stoning and ransacking by rioters are a riot; a second participle acts
// with the first; an office visited is no host.
func TestPhrasingRiotsParticiplesAndOffices(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "rioters stoned a convoy", text: "Riot news\n\nAfghan rioters stoned the US convoy on Monday.",
			trig: "stoned", typ: chronicle.Protest, src: "*", tgt: "*"},
		{name: "rioters ransacked offices", text: "Riot news\n\nRioters ransacked the offices of the United Nations in Kabul.",
			trig: "ransacked", typ: chronicle.Protest, src: "*", tgt: "*"},
		{name: "killing and injuring after a crash", text: "Crash news\n\nKabul saw violence on Monday after a truck crashed into cars at a crossing in Kabul killing seven civilians and injuring about 40 Afghans.",
			trig: "injuring", typ: chronicle.Assault, src: "", tgt: "Afghans"},
		{name: "visit an office", text: "Health news\n\nPatients will no longer have to visit a Medicare office.",
			trig: "visit", none: true},
		{name: "visit a country", text: "Visit news\n\nPrime Minister John Howard will visit Indonesia next week.",
			trig: "visit", typ: chronicle.Agree, src: "John Howard", tgt: "Indonesia"},
	})
}

// A reflexive that stresses the subject; rallying behind someone; what is
// reopened.
func TestPhrasingReflexivesRalliesReopenings(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "was himself criticized", text: "Party news\n\nPrime Minister Tom Hale was himself criticized by the Greens as out of touch.",
			trig: "criticized", typ: chronicle.Accuse, src: "*", tgt: "Tom Hale"},
		{name: "rallied behind a person", text: "Party news\n\nThe Union for a Popular Movement has now rallied behind Nicolas Sarkozy.",
			trig: "rallied", typ: chronicle.Support, src: "Union for a Popular Movement", tgt: "Nicolas Sarkozy"},
		{name: "protesters rallied", text: "Protest news\n\nThousands of protesters rallied in Caracas against Maduro.",
			trig: "rallied", typ: chronicle.Protest, src: "*", tgt: "*"},
		{name: "reopen a constitution", text: "Party news\n\nMichael Ignatieff wants to reopen the Constitution.",
			trig: "reopen", none: true},
		{name: "reopen a border crossing", text: "Border news\n\nEgypt reopened the Rafah border crossing on Monday.",
			trig: "reopened", typ: chronicle.Retreat, src: "Egypt", tgt: "*"},
	})
}

// A heading does not join the first phrase; a chance seized is no
// seizure.
func TestPhrasingHeadingsMovementsChances(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "a category heading before the first sentence", text: "Iraq war   Demonstrations were held in Washington on Saturday.",
			trig: "demonstrations", none: true}, // not a protest by Iraq
		{name: "seizes the future", text: "Speech news\n\nA new America seizes the future, Nancy Pelosi said.",
			trig: "seizes", none: true},
		{name: "seized weapons", text: "Police news\n\nPolice in Lagos seized weapons from the gang on Monday.",
			trig: "seized", typ: chronicle.Coerce, src: "*", tgt: "*"},
	})
}

// A verb joined to an inverted "said X" acts with X.
func TestPhrasingAfterAnInvertedSpeaker(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "said X, and called on", text: "Court news\n\nThe arrests undermine the rule of law in Uganda, said the International Commission of Jurists, and called on the Ugandan government to stop intimidating judges.",
			trig: "called", typ: chronicle.Request, src: "International Commission of Jurists", tgt: "Uganda"},
	})
}

// Killing by an epidemic, reinforcing an image, pleading guilty and
// attending camps are no events; attending a funeral is a consultation.
func TestPhrasingNotActsOfActors(t *testing.T) {
	checkPhrasings(t, []phrasing{
		{name: "an epidemic sweeping across a country kills", text: "Flu news\n\nKenya confirmed its first case on Monday. A cholera epidemic sweeping across the country has made it worse, killing at least 80 people.",
			trig: "killing", none: true},
		{name: "reinforce an image", text: "Web news\n\nMalaysia said the site helped to reinforce a bad image of the country.",
			trig: "reinforce", none: true},
		{name: "reinforce a garrison with troops", text: "War news\n\nRussia deployed 3,000 troops to Belarus on Monday.",
			trig: "deployed", typ: chronicle.Mobilize, src: "Russia", tgt: "Belarus"},
		{name: "pleaded guilty", text: "Fraud news\n\nBernard Madoff pleaded guilty to fraud in New York.",
			trig: "pleaded", none: true},
		{name: "pleaded with", text: "Hostage news\n\nThe family pleaded with Hamas to free Alan Johnston.",
			trig: "pleaded", typ: chronicle.Request, src: "*", tgt: "*"},
		{name: "attend medical camps", text: "Flu news\n\nThe student Ann Lee was in Kenya to attend medical camps.",
			trig: "attend", none: true},
		{name: "attend a funeral", text: "Funeral news\n\nPresident Lula will attend the funeral of Pope Francis.",
			trig: "attend", typ: chronicle.Agree, src: "Lula", tgt: "*"},
	})
}
