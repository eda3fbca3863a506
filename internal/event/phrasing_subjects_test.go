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
