package resolve

import (
	"testing"

	"chronicle/internal/gazetteer"
)

// TestEntitiesKinds checks the types the text around a name gives away:
// acronyms defined after common noun phrases or titles, organisations'
// appositions.
func TestEntitiesKinds(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "an acronym of a common noun phrase is no organisation, and a name inside the phrase is none",
			text: "The city moved to [O Single] transferable vote ([O STV]) last year. Under [O STV] turnout rose.",
			want: []string{"STV MISC  [] name:STV name:STV"},
		},
		{
			name: "names listed after organisations' noun and such as are organisations",
			text: "It sold chips to firms such as [P Zentrix], [L Corvale], [O Maple Labs] and [P Dunmore]. [P Zentrix] declined to comment.",
			want: []string{
				"Zentrix ORG  [] name:Zentrix name:Zentrix",
				"Corvale ORG  [] name:Corvale",
				"Maple Labs ORG  [] name:Maple Labs",
				"Dunmore ORG  [] name:Dunmore",
			},
		},
		{
			name: "a list after including leaves countries and people's full names alone",
			text: "Banks including [L Ireland] and [P Ruth Maddox] lost money. Groups like [M Ostrava] joined.",
			want: []string{
				"Ireland LOC IRL [] name:Ireland",
				"Ruth Maddox PERSON  [] name:Ruth Maddox",
				"Ostrava ORG  [] name:Ostrava",
			},
		},
		{
			name: "a list after a noun that names no organisation stays",
			text: "Artists such as [P Verdane] and [P Holloway] performed.",
			want: []string{"Verdane PERSON  [] name:Verdane", "Holloway PERSON  [] name:Holloway"},
		},
		{
			name: "a town the recognizer calls an organisation as often as a place is a place",
			text: "Voters in [O Tikrit] queued. Police in [L Tikrit] watched.",
			want: []string{"Tikrit LOC IRQ [] name:Tikrit name:Tikrit"},
		},
		{
			name: "two towns joined by and that the recognizer took for organisations are places",
			text: "Voters in [O Crewe] and [O Nantwich] went to the polls; [O Procter] and [O Gamble] did not.",
			want: []string{"Crewe LOC GBR [] name:Crewe", "Nantwich LOC GBR [] name:Nantwich", "Procter ORG  [] name:Procter", "Gamble ORG  [] name:Gamble"},
		},
		{
			name: "an acronym of a title is no entity, and the names inside the title stay",
			text: "Voters elect Members of the [O Welsh Parliament] ([O MWP]) in May.",
			want: []string{"Welsh Parliament ORG GBR [] name:Welsh Parliament"},
		},
		{
			name: "an acronym of an organisation's name stays one",
			text: "The [O World Trade Organization] ([O WTO]) met.",
			want: []string{"World Trade Organization ORG  [] name:World Trade Organization name:WTO"},
		},
		{
			name: "an apposition headed by an organisation's noun makes an organisation, of every mention",
			text: "[P Kolot], a rights group based in [L Haifa], sued. [P Kolot] said it would appeal.",
			want: []string{"Kolot ORG  [] name:Kolot name:Kolot", "Haifa LOC ISR [] name:Haifa"},
		},
		{
			name: "a word the recognizer missed before such an apposition, named elsewhere",
			text: "Yesterday Betzedek, an Israeli charity, sued. [P Betzedek] says it will appeal.",
			want: []string{"Betzedek ORG  [] name:Betzedek name:Betzedek"},
		},
		{
			name: "an organisation's noun before another noun or of heads no organisation",
			text: "[P Dana Mori], a group leader, spoke. On Monday, a group of men met.",
			want: []string{"Dana Mori PERSON  [] name:Dana Mori"},
		},
		{
			name: "an organisation's noun just before a name",
			text: "The airline [P Skyvia] cut flights. The rig belonged to another company, [M Norvale].",
			want: []string{"Skyvia ORG  [] name:Skyvia", "Norvale ORG  [] name:Norvale"},
		},
		{
			name: "but not a noun that is the complement of another",
			text: "The leader of the opposition party, [P Anzhelo Vrabec], spoke.",
			want: []string{"Anzhelo Vrabec PERSON  [] name:Anzhelo Vrabec"},
		},
		{
			name: "an ampersand, company things and which make an organisation",
			text: "[P Harlow & Finch] published it. [P Zentrix]'s shares fell. [P Brightwater Digital], which owns two studios, rose.",
			want: []string{
				"Harlow & Finch ORG  [] name:Harlow & Finch",
				"Zentrix ORG  [] name:Zentrix",
				"Brightwater Digital ORG  [] name:Brightwater Digital",
			},
		},
		{
			name: "which after of belongs to the noun before",
			text: "A photo of [P Tariq Osmani], which was taken in May, ran.",
			want: []string{"Tariq Osmani PERSON  [] name:Tariq Osmani"},
		},
		{
			name: "an employer before a title and a person, unless titled elsewhere",
			text: "[P Velcor] spokesman [P Ian Brody] said no. [P Okonjo] aide [P Ben Sato] spoke. President [P Okonjo] agreed.",
			want: []string{
				"Velcor ORG  [] name:Velcor",
				"Ian Brody PERSON  [Velcor spokesman] name:Ian Brody",
				"Okonjo PERSON  [President] name:Okonjo name:Okonjo",
				"Ben Sato PERSON  [aide] name:Ben Sato",
			},
		},
		{
			name: "a feature of the land or a built one names a place",
			text: "Traffic stopped on the [O Carver Creek Bridge] near [M Fort Halden]. [P Veronica Lake] watched.",
			want: []string{
				"Carver Creek Bridge LOC  [] name:Carver Creek Bridge",
				"Fort Halden LOC  [] name:Fort Halden",
				"Veronica Lake PERSON  [] name:Veronica Lake",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkEntities(t, g, tt.text, tt.want) })
	}
}

// TestEntitiesDoubtfulOrganisation checks that a town the recognizer calls
// an organisation with a low score is a place, and with a high score
// stays an organisation.
func TestEntitiesDoubtfulOrganisation(t *testing.T) {
	g := gazetteer.Default()
	for _, tc := range []struct {
		score float32
		want  string
	}{{0.5, "Basra LOC IRQ [] name:Basra"}, {0.99, "Basra ORG  [] name:Basra"}} {
		d := markedDoc(t, "Voting in [O Basra] was calm.")
		d.Names[0].Score = tc.score
		checkDocument(t, g, d, []string{tc.want})
	}
}
