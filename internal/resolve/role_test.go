package resolve

import (
	"testing"

	"chronicle/internal/gazetteer"
	"chronicle/internal/tag"
)

// TestEntitiesAppositionsAndTitledNames checks roles read after a name
// and titles the recognizer left inside a name that is not a person's.
func TestEntitiesAppositionsAndTitledNames(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "office holders take the only country the article names twice",
			text: "Judges in [L Kenya] walked out. President [P Amos Kiptoo] said the [M Kenyan] courts would reopen.",
			want: []string{
				"Kenya LOC KEN [] name:Kenya",
				"Amos Kiptoo PERSON KEN [President] name:Amos Kiptoo",
				"Kenyan MISC KEN [] name:Kenyan",
			},
		},
		{
			name: "no country for an office holder when two are named",
			text: "Judges in [L Kenya] walked out. President [P Amos Kiptoo] said the [M Kenyan] courts would follow [L Ghana].",
			want: []string{
				"Kenya LOC KEN [] name:Kenya",
				"Amos Kiptoo PERSON  [President] name:Amos Kiptoo",
				"Kenyan MISC KEN [] name:Kenyan",
				"Ghana LOC GHA [] name:Ghana",
			},
		},
		{
			name: "no country for an office holder when the country is named once",
			text: "President [P Amos Kiptoo] flew to [L Kenya] on Monday.",
			want: []string{"Amos Kiptoo PERSON  [President] name:Amos Kiptoo", "Kenya LOC KEN [] name:Kenya"},
		},
		{
			name: "no article country for a title that is no public office",
			text: "Banks in [L Kenya] closed early. Chairman [P Amos Kiptoo] said [M Kenyan] savers were calm.",
			want: []string{
				"Kenya LOC KEN [] name:Kenya",
				"Amos Kiptoo PERSON  [Chairman] name:Amos Kiptoo",
				"Kenyan MISC KEN [] name:Kenyan",
			},
		},
		{
			name: "no article country where a person of another country is named",
			text: "[M Irish] Foreign Minister [P Liam Roe] visited [L Kenya]. President [P Amos Kiptoo] met him in [L Kenya].",
			want: []string{
				"Irish MISC IRL [] name:Irish",
				"Liam Roe PERSON IRL [Foreign Minister] name:Liam Roe pronoun:him",
				"Kenya LOC KEN [] name:Kenya name:Kenya",
				"Amos Kiptoo PERSON  [President] name:Amos Kiptoo",
			},
		},
		{
			name: "a modified role and its country after the name",
			text: "[P Nadia Okafor], the newly elected president of [L France], spoke.",
			want: []string{
				"Nadia Okafor PERSON FRA [president] name:Nadia Okafor",
				"France LOC FRA [] name:France",
			},
		},
		{
			name: "a role with an organisation and where the post is",
			text: "[P Samir Haddad], a [O Hamas] spokesman in [L Lebanon], said no.",
			want: []string{
				"Samir Haddad PERSON  [Hamas spokesman] name:Samir Haddad",
				"Hamas ORG  [] name:Hamas",
				"Lebanon LOC LBN [] name:Lebanon",
			},
		},
		{
			name: "no role in an apposition without a title",
			text: "[P Samir Haddad], a shopkeeper in [L Lebanon], said no.",
			want: []string{
				"Samir Haddad PERSON  [] name:Samir Haddad",
				"Lebanon LOC LBN [] name:Lebanon",
			},
		},
		{
			name: "a sovereign's style is no name, no pronoun and no part of the role",
			text: "Her Majesty Queen [P Ines Marlow] received [P Tomas Lind]. [O Her Majesty] then thanked His Royal Highness.",
			want: []string{
				"Ines Marlow PERSON  [Queen] name:Ines Marlow",
				"Tomas Lind PERSON  [] name:Tomas Lind",
			},
		},
		{
			name: "a title with an acronym in capitals, in an apposition after the name",
			text: "[P Dana Pruitt], Chairman and CEO of [O Norvex], said sales rose.",
			want: []string{"Dana Pruitt PERSON  [Chairman and CEO] name:Dana Pruitt", "Norvex ORG  [] name:Norvex"},
		},
		{
			name: "titles of business and government the gazetteer had missed",
			text: "[M Chilean] tycoon [P Rafael Ibarra] met Executive Secretary [P Lina Cruz], former PM [P Tom Aske] and Vice Mayor [P Dora Sy].",
			want: []string{
				"Chilean MISC CHL [] name:Chilean",
				"Rafael Ibarra PERSON CHL [tycoon] name:Rafael Ibarra",
				"Lina Cruz PERSON  [Executive Secretary] name:Lina Cruz",
				"Tom Aske PERSON  [former PM] name:Tom Aske",
				"Dora Sy PERSON  [Vice Mayor] name:Dora Sy",
			},
		},
		{
			name: "a party, a title and a person taken for one organisation",
			text: "[O New Democrat leader Jack Layton] called for a vote.",
			want: []string{
				"New Democrat ORG  [] name:New Democrat",
				"Jack Layton PERSON  [New Democrat leader] name:Jack Layton",
			},
		},
		{
			name: "a place, a title and a person taken for one name",
			text: "[L Queensland Premier Peter Beattie] resigned.",
			want: []string{
				"Queensland LOC AUS [] name:Queensland",
				"Peter Beattie PERSON AUS [Premier] name:Peter Beattie",
			},
		},
		{
			name: "a title alone before the person",
			text: "[O Vice President Dick Cheney] spoke.",
			want: []string{
				"Dick Cheney PERSON  [Vice President] name:Dick Cheney",
			},
		},
		{
			name: "an organisation whose name holds a title word stays whole",
			text: "[O The General Accounting Office] reported.",
			want: []string{
				"The General Accounting Office ORG  [] name:The General Accounting Office",
			},
		},
		{
			name: "a country after 'to' before a person is where they are posted, not whom they serve; the title is theirs",
			text: "The President of [L Bolivia] [P Juan Paz] and the envoy to [L Cuba] [P Eva Ruiz] left.",
			want: []string{
				"Bolivia LOC BOL [] name:Bolivia",
				"Juan Paz PERSON BOL [President] name:Juan Paz",
				"Cuba LOC CUB [] name:Cuba",
				"Eva Ruiz PERSON  [envoy] name:Eva Ruiz",
			},
		},
		{
			name: "a demonym before a title with a complement gives the country, the place after 'to' does not",
			text: "[P Li Wen] met the [M Danish] ambassador to [L Chile], [P Ole Berg], in [L Santiago].",
			want: []string{
				"Li Wen PERSON  [] name:Li Wen",
				"Danish MISC DNK [] name:Danish",
				"Chile LOC CHL [] name:Chile",
				"Ole Berg PERSON DNK [ambassador] name:Ole Berg",
				"Santiago LOC CHL [] name:Santiago",
			},
		},
		{
			name: "a title the article names for a country without a person gives its one holder the country",
			text: "Senators ask [L US] Secretary of State for help. They wrote to new Secretary of State [P Nia Cole] on Monday.",
			want: []string{
				"US LOC USA [] name:US",
				"Nia Cole PERSON USA [Secretary of State] name:Nia Cole",
			},
		},
		{
			name: "not when two people hold the title",
			text: "The [L US] president spoke. Later, President [P Wu Lan] and President [P Ed Fox] met.",
			want: []string{
				"US LOC USA [] name:US",
				"Wu Lan PERSON  [President] name:Wu Lan",
				"Ed Fox PERSON  [President] name:Ed Fox",
			},
		},
		{
			name: "a title with an organisation after of, then a comma, before a name",
			text: "The President of the [O Andean Council], [P Rosa Maria Paz], spoke.",
			want: []string{
				"Andean Council ORG  [] name:Andean Council",
				"Rosa Maria Paz PERSON  [President] name:Rosa Maria Paz",
			},
		},
		{
			name: "deputy belongs to the title after it",
			text: "[O Labour]'s deputy leader [P Rosa Hale] spoke, and the vice chairman [P Tom Eke] left.",
			want: []string{
				"Labour ORG  [] name:Labour",
				"Rosa Hale PERSON  [deputy leader] name:Rosa Hale",
				"Tom Eke PERSON  [vice chairman] name:Tom Eke",
			},
		},
		{
			name: "a demonym and a noun in an apposition before a name give the country",
			text: "The [M Peruvian] farmer, [P Luis Quispe] 41, said so. Then the [M Peruvian] farmer [P Ana Soto] and others left.",
			want: []string{
				"Peruvian MISC PER [] name:Peruvian name:Peruvian",
				"Luis Quispe PERSON PER [] name:Luis Quispe",
				"Ana Soto PERSON  [] name:Ana Soto",
			},
		},
		{
			name: "a title of one country's gives it",
			text: "Taoiseach [P Niamh Byrne] opened the session, and Chancellor of the Exchequer [P Tom Avery] spoke.",
			want: []string{
				"Niamh Byrne PERSON IRL [Taoiseach] name:Niamh Byrne",
				"Tom Avery PERSON GBR [Chancellor of the Exchequer] name:Tom Avery",
			},
		},
		{
			name: "a shorter title when the longest takes in a name, whose place is in the title's country",
			text: "The Archbishop of [L Canterbury] [P Hugh Marlow] preached on Sunday.",
			want: []string{
				"Canterbury LOC GBR [] name:Canterbury",
				"Hugh Marlow PERSON GBR [Archbishop] name:Hugh Marlow",
			},
		},
		{
			name: "an event's name before a title is no institution",
			text: "[O Mayoral Election] candidate [P Dana Whitfield] spoke in the park.",
			want: []string{
				"Mayoral Election ORG  [] name:Mayoral Election",
				"Dana Whitfield PERSON  [candidate] name:Dana Whitfield",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkEntities(t, g, tt.text, tt.want) })
	}
}

// TestEntitiesOpenAppositions checks appositions that no comma closes,
// which need the tagger to find their end, and a deputy named beside the
// holder of the office.
func TestEntitiesOpenAppositions(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "an apposition ended by the verb",
			text: "[P Mark Ellery], the leader of the [O Green Party] said on Monday that it would go on.",
			want: []string{"Mark Ellery PERSON  [leader] name:Mark Ellery", "Green Party ORG  [] name:Green Party"},
		},
		{
			name: "an apposition ended by who",
			text: "[P Anna Holt], the former prime minister who led the country for ten years, died.",
			want: []string{"Anna Holt PERSON  [former prime minister] name:Anna Holt"},
		},
		{
			name: "an apposition before the name after a verb",
			text: "Critics praised the former mayor, [P Ruth Kamau], who stepped down.",
			want: []string{"Ruth Kamau PERSON  [former mayor] name:Ruth Kamau"},
		},
		{
			name: "a possessive country and a title before the name, left open before the verb",
			text: "[L Norway]'s Trade Minister, [P Ola Berg] rejected the offer.",
			want: []string{"Norway LOC NOR [] name:Norway", "Ola Berg PERSON NOR [Trade Minister] name:Ola Berg"},
		},
		{
			name: "a title with a common noun after of, opening the sentence",
			text: "Chairman of the inquiry, [P Hugh Dalton] told reporters the hearings would resume.",
			want: []string{"Hugh Dalton PERSON  [Chairman] name:Hugh Dalton"},
		},
		{
			name: "no open apposition in the middle of a sentence",
			text: "After they met the minister, [P Ola Berg] rejected the offer.",
			want: []string{"Ola Berg PERSON  [] name:Ola Berg"},
		},
		{
			name: "a deputy joined by and to the holder of the office takes the holder's country",
			text: "[L US] President [P Ada Brooks] met [M French] President [P Luc Moreau]. [P Brooks] and Vice President [P Sam Reyes] left.",
			want: []string{
				"US LOC USA [] name:US",
				"Ada Brooks PERSON USA [President] name:Ada Brooks name:Brooks",
				"French MISC FRA [] name:French",
				"Luc Moreau PERSON FRA [President] name:Luc Moreau",
				"Sam Reyes PERSON USA [Vice President] name:Sam Reyes",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := markedDoc(t, tt.text)
			tag.Default().Tag(d)
			checkDocument(t, g, d, tt.want)
		})
	}
}
