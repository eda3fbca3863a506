package resolve

import (
	"testing"

	"chronicle/internal/gazetteer"
)

// TestEntitiesNames checks how people's names are grouped: middle names,
// compound surnames and names the recognizer cut at a particle; and that a
// sea, strait or isle the recognizer split at "of" is one place.
func TestEntitiesNames(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "a gulf and a country",
			text: "The slick drifted across the [L Gulf] of [L Mexico] overnight.",
			want: []string{"Gulf of Mexico LOC  [] name:Gulf of Mexico"},
		},
		{
			name: "a strait with the",
			text: "Tankers crossed the [L Strait] of the [L Dardanelles] at dawn.",
			want: []string{"Strait of the Dardanelles LOC  [] name:Strait of the Dardanelles"},
		},
		{
			name: "a word that is no water word stays apart",
			text: "The [O Bank] of [L Ghana] raised rates.",
			want: []string{"Bank ORG  [] name:Bank", "Ghana LOC GHA [] name:Ghana"},
		},
		{
			name: "different middle initials are different people",
			text: "[P Carl H. W. Moss] visited [P Carl W. Moss] on Friday.",
			want: []string{
				"Carl H. W. Moss PERSON  [] name:Carl H. W. Moss",
				"Carl W. Moss PERSON  [] name:Carl W. Moss",
			},
		},
		{
			name: "a missing middle initial, or a middle name and its initial, are one person",
			text: "[P Dana Quill] spoke. [P Dana J. Quill] left. [P Ruth Ann Vey] and [P Ruth A. Vey] agreed.",
			want: []string{
				"Dana J. Quill PERSON  [] name:Dana Quill name:Dana J. Quill",
				"Ruth Ann Vey PERSON  [] name:Ruth Ann Vey name:Ruth A. Vey",
			},
		},
		{
			name: "a compound surname with abu stands alone for the full name",
			text: "The talks stalled, [P Samir Abu Haddad] said. [P Abu Haddad] left early.",
			want: []string{
				"Samir Abu Haddad PERSON  [] name:Samir Abu Haddad name:Abu Haddad",
			},
		},
		{
			name: "a hyphenated al- surname, with and without its particle",
			text: "[P Karim al-Nouri] arrived. [P al-Nouri] and then [P Nouri] spoke.",
			want: []string{
				"Karim al-Nouri PERSON  [] name:Karim al-Nouri name:al-Nouri name:Nouri",
			},
		},
		{
			name: "de la before a surname",
			text: "[P Marta de la Vega] won. [P de la Vega] thanked voters.",
			want: []string{
				"Marta de la Vega PERSON  [] name:Marta de la Vega name:de la Vega",
			},
		},
		{
			name: "a name cut at a particle is joined, and its shorter form links to it",
			text: "President [P Paulo Renato] Souza da [O Costa] arrived. [P Souza da Costa] spoke.",
			want: []string{
				"Paulo Renato Souza da Costa PERSON  [President] name:Paulo Renato Souza da Costa name:Souza da Costa",
			},
		},
		{
			name: "a one-word name inside a longer name of one person",
			text: "[P Paulo Renato Souza da Costa] arrived. [P Souza] spoke. [P Ana Rita Lopes Vidal] and [P Luis Lopes Vidal] came.",
			want: []string{
				"Paulo Renato Souza da Costa PERSON  [] name:Paulo Renato Souza da Costa name:Souza",
				"Ana Rita Lopes Vidal PERSON  [] name:Ana Rita Lopes Vidal",
				"Luis Lopes Vidal PERSON  [] name:Luis Lopes Vidal",
			},
		},
		{
			name: "a one-word name inside the names of two people links to neither",
			text: "[P Ana Rita Lopes Vidal] and [P Luis Lopes Vidal] came. [P Lopes] spoke.",
			want: []string{
				"Ana Rita Lopes Vidal PERSON  [] name:Ana Rita Lopes Vidal",
				"Luis Lopes Vidal PERSON  [] name:Luis Lopes Vidal",
				"Lopes PERSON  [] name:Lopes",
			},
		},
		{
			name: "a given name that is also a particle is a given name",
			text: "[P Al Brenner] spoke. [P Al B. Brenner] left. [P Brenner] stayed.",
			want: []string{
				"Al B. Brenner PERSON  [] name:Al Brenner name:Al B. Brenner name:Brenner",
			},
		},
		{
			name: "a country after a particle is no part of the name",
			text: "Bishop [P Juan Carlos] de [L Bolivia] spoke.",
			want: []string{
				"Juan Carlos PERSON  [Bishop] name:Juan Carlos",
				"Bolivia LOC BOL [] name:Bolivia",
			},
		},
		{
			name: "two names with only a comma between them stay apart",
			text: "[P Paulo Renato], [O Costa] and others met.",
			want: []string{
				"Paulo Renato PERSON  [] name:Paulo Renato",
				"Costa ORG  [] name:Costa",
			},
		},
		{
			name: "different surnames after one particle are different people",
			text: "[P Omar Abu Salem] met [P Abu Nasser].",
			want: []string{
				"Omar Abu Salem PERSON  [] name:Omar Abu Salem",
				"Abu Nasser PERSON  [] name:Abu Nasser",
			},
		},
		{
			name: "time zones and portfolio fields are no entities; a party of such a word is",
			text: "At 0800 [O UTC] [P Rosa Lima] ([O Agriculture]) met the Secretary of [L Energy] and [O Labour] leaders.",
			want: []string{
				"Rosa Lima PERSON  [] name:Rosa Lima",
				"Labour ORG  [] name:Labour",
			},
		},
		{
			name: "an international organisation the recognizer took for a place is an organisation, and its acronym joins it",
			text: "The [L AU] sent troops, and the [L African Union] paid.",
			want: []string{
				"African Union ORG  [] name:AU name:African Union",
			},
		},
		{
			name: "two titled names joined by and are two people, the ranks their roles",
			text: "Crowds came to honour [O Sgt. Lena Moss and Constable Paul] [M Varga] at the base.",
			want: []string{
				"Lena Moss PERSON  [Sgt.] name:Lena Moss",
				"Paul Varga PERSON  [Constable] name:Paul Varga",
			},
		},
		{
			name: "a short rank before a name, and a given name the surname completes",
			text: "[O Cpl. Ivan Petrov] and [O Royal Navy Lt. Mark] Holt were hurt.",
			want: []string{
				"Ivan Petrov PERSON  [Cpl.] name:Ivan Petrov",
				"Royal Navy ORG  [] name:Royal Navy",
				"Mark Holt PERSON  [Royal Navy Lt.] name:Mark Holt",
			},
		},
		{
			name: "a country the gazetteer writes with and, cut in two by the recognizer, is one",
			text: "Troops left [L Bosnia] and [P Herzegovina] and [L Antigua] and [O Barbuda], not [L France] and [L Spain].",
			want: []string{
				"Bosnia and Herzegovina LOC BIH [] name:Bosnia and Herzegovina",
				"Antigua and Barbuda LOC ATG [] name:Antigua and Barbuda",
				"France LOC FRA [] name:France",
				"Spain LOC ESP [] name:Spain",
			},
		},
		{
			name: "a long person's name takes the capitalised word the recognizer left after it, not a body's word",
			text: "[P Ana Maria Duarte] Ferraz, said so. [P Ferraz] left. [P Joao Carlos Lima] Administration officials came.",
			want: []string{
				"Ana Maria Duarte Ferraz PERSON  [] name:Ana Maria Duarte Ferraz name:Ferraz",
				"Joao Carlos Lima PERSON  [] name:Joao Carlos Lima",
			},
		},
		{
			name: "a short rank inside a person's name ends what precedes the name",
			text: "[P Lance Cpl. Owen Tull] and [P Pvt. Ian Roe] were hurt.",
			want: []string{
				"Owen Tull PERSON  [Lance Cpl.] name:Owen Tull",
				"Ian Roe PERSON  [Pvt.] name:Ian Roe",
			},
		},
		{
			name: "a short rank keeps the word of the rank before it, and deputy leader is one title in an apposition",
			text: "[P Master Cpl. Jon Walsh] died. [P Ann Cole], the deputy leader of [O Unity], spoke.",
			want: []string{
				"Jon Walsh PERSON  [Master Cpl.] name:Jon Walsh",
				"Ann Cole PERSON  [deputy leader] name:Ann Cole",
				"Unity ORG  [] name:Unity",
			},
		},
		{
			name: "names joined by and without titles stay one",
			text: "[O Procter and Gamble] sold soap in [L Trinidad and Tobago] and [L Bosnia and Herzegovina].",
			want: []string{
				"Procter and Gamble ORG  [] name:Procter and Gamble",
				"Trinidad and Tobago LOC TTO [] name:Trinidad and Tobago",
				"Bosnia and Herzegovina LOC BIH [] name:Bosnia and Herzegovina",
			},
		},
		{
			name: "a name across a break in the text is two",
			text: "[O Peru  Energy Ministry] raised fuel prices.",
			want: []string{
				"Peru LOC PER [] name:Peru",
				"Energy Ministry ORG  [] name:Energy Ministry",
			},
		},
		{
			name: "markup ends a name, and a determiner left alone is none",
			text: "Funds went to the [O Riverside Trust <!-- see page 4 --> The] plan.",
			want: []string{"Riverside Trust ORG  [] name:Riverside Trust"},
		},
		{
			name: "a stray quotation mark at the end of a name goes",
			text: "The newspaper [O Diario Austral '] said so.",
			want: []string{"Diario Austral ORG  [] name:Diario Austral"},
		},
		{
			name: "a parenthesis the name does not close ends it",
			text: "The [O Northern Trade Fair (NTF] opened. The [O NTF] closed.",
			want: []string{"Northern Trade Fair ORG  [] name:Northern Trade Fair name:NTF name:NTF"},
		},
		{
			name: "after a break, the and of a list goes with it",
			text: "[O Kestrel Media  and Orbit News] reported it.",
			want: []string{"Kestrel Media ORG  [] name:Kestrel Media", "Orbit News ORG  [] name:Orbit News"},
		},
		{
			name: "a piece that begins with a given name is a person's",
			text: "[O Chile  Marta Rojas] said so.",
			want: []string{"Chile LOC CHL [] name:Chile", "Marta Rojas PERSON CHL [] name:Marta Rojas"},
		},
		{
			name: "two people's names across a break are not joined",
			text: "It was signed by [P Ana Lima]  [P Rosa Diaz] and others.",
			want: []string{"Ana Lima PERSON  [] name:Ana Lima", "Rosa Diaz PERSON  [] name:Rosa Diaz"},
		},
		{
			name: "an acronym of some of its name's letters joins it",
			text: "The [O Television Aotearoa] ([O TVA]) and the [O Department of Energy] ([O DoE]) agreed.",
			want: []string{
				"Television Aotearoa ORG  [] name:Television Aotearoa name:TVA",
				"Department of Energy ORG  [] name:Department of Energy name:DoE",
			},
		},
		{
			name: "an organisation's short name joins its name with a legal form, not a body of its own",
			text: "[O Kestrel Airways] cut routes. [O Kestrel] said more cuts would come. The [O UN Security Council] met. The [O UN] said no.",
			want: []string{
				"Kestrel Airways ORG  [] name:Kestrel Airways name:Kestrel",
				"UN Security Council ORG  [] name:UN Security Council",
				"UN ORG  [] name:UN",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkEntities(t, g, tt.text, tt.want) })
	}
}
