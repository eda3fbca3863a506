package resolve

import (
	"testing"

	"chronicle/internal/gazetteer"
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
			name: "a country after 'to' before a person is where they are posted, not whom they serve",
			text: "The President of [L Bolivia] [P Juan Paz] and the envoy to [L Cuba] [P Eva Ruiz] left.",
			want: []string{
				"Bolivia LOC BOL [] name:Bolivia",
				"Juan Paz PERSON BOL [] name:Juan Paz",
				"Cuba LOC CUB [] name:Cuba",
				"Eva Ruiz PERSON  [] name:Eva Ruiz",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkEntities(t, g, tt.text, tt.want) })
	}
}
