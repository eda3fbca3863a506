package resolve

import (
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// TestPronouns checks that a pronoun outside a quotation does not look
// back to a person named inside it, and how a pronoun chooses between
// several people: the subject, agreement in gender, the people of its
// quotation.
func TestPronouns(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the speaker named before, not the person in the quotation",
			text: "[P Rami Haddad], a spokesman, spoke on Sunday. \"President [P Omar Saleh] ordered an inquiry,\" he said.",
			want: []string{
				"Rami Haddad PERSON  [spokesman] name:Rami Haddad pronoun:he",
				"Omar Saleh PERSON  [President] name:Omar Saleh",
			},
		},
		{
			name: "curly quotation marks too",
			text: "[P Rami Haddad] spoke on Sunday. \u201cWe trust [P Omar Saleh],\u201d he said.",
			want: []string{
				"Rami Haddad PERSON  [] name:Rami Haddad pronoun:he",
				"Omar Saleh PERSON  [] name:Omar Saleh",
			},
		},
		{
			name: "only a person in the quotation: no link",
			text: "Talks resumed. \"[P Omar Saleh] is wrong,\" he said.",
			want: []string{
				"Omar Saleh PERSON  [] name:Omar Saleh",
			},
		},
		{
			name: "inside the quotation a pronoun may look back inside it",
			text: "\"[P Omar Saleh] came, and he left,\" an aide said.",
			want: []string{
				"Omar Saleh PERSON  [] name:Omar Saleh pronoun:he",
			},
		},
		{
			name: "a quotation left open ends with its paragraph",
			text: "\"Nobody came. \n\n[P Omar Saleh] arrived later. He spoke.",
			want: []string{
				"Omar Saleh PERSON  [] name:Omar Saleh pronoun:He",
			},
		},
		{
			name: "gender from the given name rules out the other",
			text: "[P Olena Kovalenko] met [P Friedrich Merz] in Berlin. Later she flew home.",
			want: []string{
				"Olena Kovalenko PERSON  [] name:Olena Kovalenko pronoun:she",
				"Friedrich Merz PERSON  [] name:Friedrich Merz",
			},
		},
		{
			name: "in its own sentence, the subject of the nearest clause",
			text: "Though [P Tomas Berg] lost, [P Karl Lind] says he will stay.",
			want: []string{
				"Tomas Berg PERSON  [] name:Tomas Berg",
				"Karl Lind PERSON  [] name:Karl Lind pronoun:he",
			},
		},
		{
			name: "the subject of a clause after that",
			text: "[P Karl Lind] said that [P Tomas Berg] knew he was wrong.",
			want: []string{
				"Karl Lind PERSON  [] name:Karl Lind",
				"Tomas Berg PERSON  [] name:Tomas Berg pronoun:he",
			},
		},
		{
			name: "inside a quotation, the person named in it rather than the speaker",
			text: "[P Karl Lind] said: \"[P Tomas Berg] did well. He earned it.\"",
			want: []string{
				"Karl Lind PERSON  [] name:Karl Lind",
				"Tomas Berg PERSON  [] name:Tomas Berg pronoun:He",
			},
		},
		{
			name: "the subject, not a possessor in its apposition",
			text: "[P Tomas Berg] and [P Karl Lind] met. Then [P Erik Holm], [P Lind]'s rival, spoke. He left.",
			want: []string{
				"Tomas Berg PERSON  [] name:Tomas Berg",
				"Karl Lind PERSON  [] name:Karl Lind name:Lind",
				"Erik Holm PERSON  [] name:Erik Holm pronoun:He",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkEntities(t, g, tt.text, tt.want) })
	}
}

// TestSubjectPronoun checks, with the tagger's tags, that "He" opening a
// sentence looks back only to a person in subject position in the
// sentence before, and that "he said" after a quotation still finds the
// person named last.
func TestSubjectPronoun(t *testing.T) {
	tests := []struct {
		text   string
		person string
		linked bool
	}{
		{"Michael Steele criticised the party. The remarks came after a speech by Barack Obama. He told the media nothing.", "Barack Obama", false},
		{"Barack Obama spoke on Monday. He told the media nothing.", "Barack Obama", true},
		{"In Paris, Barack Obama said the talks went well. He told the media nothing more.", "Barack Obama", true},
		{"The remarks came after a speech by Barack Obama. His aides said nothing.", "Barack Obama", true},
		{"The plan was criticised by Karim Nouri, a lawmaker. \"We reject it,\" he said.", "Karim Nouri", true},
		{"\"We reject it,\" said Karim Nouri. \"It is a trap,\" he said.", "Karim Nouri", true},
		{"\"We reject it,\" said party leader Karim Nouri. He left the room.", "Karim Nouri", true},
		{"When asked about the plan, the party's lawyer, Karim Nouri, said it was legal. He left the room.", "Karim Nouri", true},
		{"The remarks, which came after a speech by Karim Nouri, were noted. He left the room.", "Karim Nouri", false},
	}
	g := gazetteer.Default()
	for _, tt := range tests {
		d := analyze(&chronicle.Article{Text: tt.text})
		found := false
		for _, e := range Entities(d, g) {
			if e.Name != tt.person {
				continue
			}
			found = true
			var pronouns []string
			for _, m := range e.Mentions {
				if m.Kind == chronicle.PronounMention {
					pronouns = append(pronouns, m.Text)
				}
			}
			if (len(pronouns) > 0) != tt.linked {
				t.Errorf("%q: %s has pronouns %v, want linked %v", tt.text, tt.person, pronouns, tt.linked)
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", tt.text, tt.person)
		}
	}
}

// TestDescriptionNearest checks that "the minister" with several ministers
// in the article is the one named in the sentence before, and no one when
// none is.
func TestDescriptionNearest(t *testing.T) {
	g := gazetteer.Default()
	checkEntities(t, g, "Foreign Minister [P Ana Ruiz] spoke. Finance Minister [P Pedro Gil] arrived on Monday. The minister later left.", []string{
		"Ana Ruiz PERSON  [Foreign Minister] name:Ana Ruiz",
		"Pedro Gil PERSON  [Finance Minister] name:Pedro Gil nominal:The minister",
	})
	checkEntities(t, g, "Foreign Minister [P Ana Ruiz] spoke. Finance Minister [P Pedro Gil] arrived. Talks went on. The minister later left.", []string{
		"Ana Ruiz PERSON  [Foreign Minister] name:Ana Ruiz",
		"Pedro Gil PERSON  [Finance Minister] name:Pedro Gil",
	})
	checkEntities(t, g, "Labour candidate [P Ana Ruiz] spoke. Critics called the Green candidate naive.", []string{
		"Ana Ruiz PERSON  [candidate] name:Ana Ruiz",
	})
}
