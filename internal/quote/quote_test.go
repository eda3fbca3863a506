package quote

import (
	"fmt"
	"strings"
	"testing"

	"chronicle"
)

// ent describes an entity of a test document by the surface forms of its
// mentions; every occurrence of a form becomes a mention. Consecutive ents
// with the same id are one entity.
type ent struct {
	id    chronicle.EntityID
	typ   chronicle.EntityType
	forms []string
	kind  chronicle.MentionKind // of the mentions; name when ""
}

// tm is a time expression of a test document, found by its text.
type tm struct{ text, value string }

// doc builds a Document over text with the given entities and times and no
// tokens or sentences, as when Extract runs before the other stages.
func doc(text string, ents []ent, times []tm) *chronicle.Document {
	d := chronicle.NewDocument(&chronicle.Article{Text: text})
	for _, e := range ents {
		en := chronicle.Entity{ID: e.id, Type: e.typ, Name: e.forms[0]}
		kind := e.kind
		if kind == "" {
			kind = chronicle.NameMention
		}
		for _, f := range e.forms {
			for at := 0; ; {
				i := strings.Index(text[at:], f)
				if i < 0 {
					break
				}
				s := chronicle.Span{Start: at + i, End: at + i + len(f)}
				en.Mentions = append(en.Mentions, chronicle.Mention{Text: f, Kind: kind, Span: s})
				at = s.End
			}
		}
		if n := len(d.Entities); n > 0 && d.Entities[n-1].ID == e.id {
			d.Entities[n-1].Mentions = append(d.Entities[n-1].Mentions, en.Mentions...)
			continue
		}
		d.Entities = append(d.Entities, en)
	}
	for _, t := range times {
		i := strings.Index(text, t.text)
		if i < 0 {
			panic("no time " + t.text)
		}
		d.Times = append(d.Times, chronicle.Timex{Text: t.text, Type: chronicle.DateTimex, Value: t.value, Span: chronicle.Span{Start: i, End: i + len(t.text)}})
	}
	return d
}

// want is one expected quote: kind, text, speaker phrase, speaker entity,
// cue and date.
type want struct {
	kind    chronicle.QuoteKind
	text    string
	spkText string
	speaker chronicle.EntityID
	cue     string
	date    string
}

func (w want) String() string {
	return fmt.Sprintf("%s %q by %q (%s) cue %q date %q", w.kind, w.text, w.spkText, w.speaker, w.cue, w.date)
}

func got(q chronicle.Quote) want {
	return want{q.Kind, q.Text, q.SpeakerText, q.Speaker, q.Cue, q.Date}
}

var (
	ortiz   = ent{"E1", chronicle.Person, []string{"Ana Ortiz", "Ortiz"}, ""}
	weber   = ent{"E2", chronicle.Person, []string{"Karl Weber", "Weber"}, ""}
	lopez   = ent{"E3", chronicle.Person, []string{"Maria Lopez", "Lopez"}, ""}
	stateDp = ent{"E4", chronicle.Organization, []string{"State Department"}, ""}
	ministy = ent{"E5", chronicle.Organization, []string{"health ministry"}, chronicle.NominalMention}
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		ents  []ent
		times []tm
		want  []want
	}{
		{
			name:  "direct/curly/speaker after the quote/date",
			text:  "“We will rebuild the bridge by spring,” Mayor Ana Ortiz said on Monday.",
			ents:  []ent{ortiz},
			times: []tm{{"on Monday", "2024-03-11"}},
			want:  []want{{chronicle.DirectQuote, "We will rebuild the bridge by spring", "Mayor Ana Ortiz", "E1", "said", "2024-03-11"}},
		},
		{
			name: "indirect/that morning is a time, not the opening of the words",
			text: "Weber said that morning the pier was safe.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the pier was safe", "Weber", "E2", "said", ""}},
		},
		{
			name: "none/warned about a topic",
			text: "Karl Weber, the mayor, warned about the pier.",
			ents: []ent{weber},
			want: nil,
		},
		{
			name: "indirect/a category line before the speaker is dropped",
			text: "Canada  The regulator Telecom Canada said it would review the merger.",
			want: []want{{chronicle.IndirectQuote, "it would review the merger", "The regulator Telecom Canada", "", "said", ""}},
		},
		{
			name: "direct/straight/inverted cue",
			text: `"The budget is balanced," said Finance Minister Karl Weber.`,
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "The budget is balanced", "Finance Minister Karl Weber", "E2", "said", ""}},
		},
		{
			name: "direct/told with a colon",
			text: `Weber told reporters: "We expect growth of two percent."`,
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We expect growth of two percent.", "Weber", "E2", "told", ""}},
		},
		{
			name: "partial/described as/appositive speaker",
			text: "The union’s leader, Maria Lopez, described the offer as “insulting”.",
			ents: []ent{lopez},
			want: []want{{chronicle.PartialQuote, "insulting", "The union’s leader, Maria Lopez", "E3", "described … as", ""}},
		},
		{
			name:  "partial/inside reported speech/date",
			text:  "Lopez said on Friday that the talks had been “productive” but slow.",
			ents:  []ent{lopez},
			times: []tm{{"on Friday", "2024-03-08"}},
			want:  []want{{chronicle.PartialQuote, "productive", "Lopez", "E3", "said", "2024-03-08"}},
		},
		{
			name: "partial/unnamed speaker with an organisation in the phrase",
			text: "The two ministers had a “very frank” exchange in Geneva, a State Department official said.",
			ents: []ent{stateDp},
			want: []want{{chronicle.PartialQuote, "very frank", "a State Department official", "", "said", ""}},
		},
		{
			name: "indirect/said that/unnamed",
			text: "The prime minister said that the election would be held in May.",
			want: []want{{chronicle.IndirectQuote, "the election would be held in May", "The prime minister", "", "said", ""}},
		},
		{
			name: "indirect/speaker after the clause",
			text: "The factory will close next year, a company spokesman said.",
			want: []want{{chronicle.IndirectQuote, "The factory will close next year", "a company spokesman", "", "said", ""}},
		},
		{
			name: "indirect/according to first",
			text: "According to the health ministry, 40 people were treated for smoke inhalation.",
			ents: []ent{ministy},
			want: []want{{chronicle.IndirectQuote, "40 people were treated for smoke inhalation", "the health ministry", "", "According to", ""}},
		},
		{
			name: "indirect/according to last",
			text: "Turnout reached 61 percent, according to the electoral commission.",
			want: []want{{chronicle.IndirectQuote, "Turnout reached 61 percent", "the electoral commission", "", "according to", ""}},
		},
		{
			name: "indirect/told reporters, bare clause",
			text: "Ortiz told reporters the bridge would reopen in April.",
			ents: []ent{ortiz},
			want: []want{{chronicle.IndirectQuote, "the bridge would reopen in April", "Ortiz", "E1", "told", ""}},
		},
		{
			name:  "indirect/relative clause after the speaker",
			text:  "Weber, who has led the ministry since 2019, said on Tuesday that taxes would not rise.",
			ents:  []ent{weber},
			times: []tm{{"on Tuesday", "2024-03-12"}},
			want:  []want{{chronicle.IndirectQuote, "taxes would not rise", "Weber", "E2", "said", "2024-03-12"}},
		},
		{
			name: "direct/relative clause after the speaker, the quotation before",
			text: "“The term has expired,” Weber, who was freed by protesters last week, said.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "The term has expired", "Weber", "E2", "said", ""}},
		},
		{
			name: "indirect/warned",
			text: "The senator warned that the deal would collapse within weeks.",
			want: []want{{chronicle.IndirectQuote, "the deal would collapse within weeks", "The senator", "", "warned", ""}},
		},
		{
			name: "indirect/insisted",
			text: "Weber insisted the figures were correct.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the figures were correct", "Weber", "E2", "insisted", ""}},
		},
		{
			name: "direct/wrote on a medium",
			text: "Lopez wrote on Twitter: “See you in court.”",
			ents: []ent{lopez},
			want: []want{{chronicle.DirectQuote, "See you in court.", "Lopez", "E3", "wrote", ""}},
		},
		{
			name: "direct/tweeted",
			text: "“Never again,” the candidate tweeted.",
			want: []want{{chronicle.DirectQuote, "Never again", "the candidate", "", "tweeted", ""}},
		},
		{
			name: "direct/transcript labels",
			text: "Partial transcript follows:\n\n\"ORTIZ: We will rebuild the bridge.\n\n\"WEBER: The budget is balanced.\"",
			want: []want{
				{chronicle.DirectQuote, "We will rebuild the bridge.", "ORTIZ", "", ":", ""},
				{chronicle.DirectQuote, "The budget is balanced.", "WEBER", "", ":", ""},
			},
		},
		{
			name: "direct/signature after a dash",
			text: "“The bridge must be rebuilt.” ― Ana Ortiz\n\nThe council meets in May.",
			ents: []ent{ortiz},
			want: []want{{chronicle.DirectQuote, "The bridge must be rebuilt.", "Ana Ortiz", "E1", "―", ""}},
		},
		{
			name: "direct/quotation resumed after an interjection",
			text: "“Every time you say that,” Weber said, pointing at the chart, “you make my case.”",
			ents: []ent{weber},
			want: []want{
				{chronicle.DirectQuote, "Every time you say that", "Weber", "E2", "said", ""},
				{chronicle.DirectQuote, "you make my case.", "Weber", "E2", "said", ""},
			},
		},
		{
			name: "direct/a document reads",
			text: "“Closed until spring,” the sign read.",
			want: []want{{chronicle.DirectQuote, "Closed until spring", "the sign", "", "read", ""}},
		},
		{
			name: "direct/the quotation alone, not the clause after it",
			text: "Protesters chanted “Not our bridge” and marched on to the town hall.",
			want: []want{{chronicle.DirectQuote, "Not our bridge", "Protesters", "", "chanted", ""}},
		},
		{
			name: "direct/asking her",
			text: "Lopez turned to Ortiz before asking her, “Where is the money?”",
			ents: []ent{lopez, ortiz},
			want: []want{{chronicle.DirectQuote, "Where is the money?", "Lopez", "E3", "asking", ""}},
		},
		{
			name: "direct/participle straight after a name",
			text: "The video shows Ortiz saying, “We will not wait.”",
			ents: []ent{ortiz},
			want: []want{{chronicle.DirectQuote, "We will not wait.", "Ortiz", "E1", "saying", ""}},
		},
		{
			name: "direct/appositive with a relative clause",
			text: "Karl Weber, a historian who attended the session, recalled, “It was chaos.”",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "It was chaos.", "Karl Weber, a historian who attended the session", "E2", "recalled", ""}},
		},
		{
			name: "direct/pronoun resolved to the last person",
			text: "Ana Ortiz walked along the river. “It is a disgrace,” she said.",
			ents: []ent{ortiz},
			want: []want{{chronicle.DirectQuote, "It is a disgrace", "she", "E1", "said", ""}},
		},
		{
			name: "direct/pronoun with its own mention",
			text: "Karl Weber met Ana Ortiz. “We agree,” he said.",
			ents: []ent{ortiz, {"E2", chronicle.Person, []string{"Karl Weber"}, ""}, {"E2", chronicle.Person, []string{"he"}, chronicle.PronounMention}},
			want: []want{{chronicle.DirectQuote, "We agree", "he", "E2", "said", ""}},
		},
		{
			name: "direct/interrupted by the tag",
			text: "“We are ready,” Ortiz said, “and we will not wait.”",
			ents: []ent{ortiz},
			want: []want{
				{chronicle.DirectQuote, "We are ready", "Ortiz", "E1", "said", ""},
				{chronicle.DirectQuote, "and we will not wait.", "Ortiz", "E1", "said", ""},
			},
		},
		{
			name: "direct/continued in the next sentence",
			text: "“We won,” Ortiz said. “Now we govern.”",
			ents: []ent{ortiz},
			want: []want{
				{chronicle.DirectQuote, "We won", "Ortiz", "E1", "said", ""},
				{chronicle.DirectQuote, "Now we govern.", "Ortiz", "E1", "said", ""},
			},
		},
		{
			name: "direct/over two paragraphs",
			text: "“The first paragraph of the statement ends without a closing mark.\n\n“The second paragraph closes it,” said Weber.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "The first paragraph of the statement ends without a closing mark.\n\n“The second paragraph closes it", "Weber", "E2", "said", ""}},
		},
		{
			name: "direct/paragraph after a colon",
			text: "Ortiz continued:\n\n“The river will be clean again.”",
			ents: []ent{ortiz},
			want: []want{{chronicle.DirectQuote, "The river will be clean again.", "Ortiz", "E1", "continued", ""}},
		},
		{
			name: "direct/participle, an adverb after the subject",
			text: "Some protesters also marched, saying, “It is not our war.”",
			want: []want{{chronicle.DirectQuote, "It is not our war.", "Some protesters", "", "saying", ""}},
		},
		{
			name: "direct/participle",
			text: "Weber ended the meeting early, saying, “There is nothing left to discuss.”",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "There is nothing left to discuss.", "Weber", "E2", "saying", ""}},
		},
		{
			name: "direct/continued after the tag, before a sentence with a frame of its own",
			text: "“Nothing has changed for us,” added Weber. “We remain committed to the plan.” Lopez said it was a sad day.",
			ents: []ent{weber, lopez},
			want: []want{
				{chronicle.DirectQuote, "Nothing has changed for us", "Weber", "E2", "added", ""},
				{chronicle.DirectQuote, "We remain committed to the plan.", "Weber", "E2", "added", ""},
				{chronicle.IndirectQuote, "it was a sad day", "Lopez", "E3", "said", ""},
			},
		},
		{
			name: "direct/a closed quotation is not the next frame's when it reports words of its own",
			text: "Lopez attacked the plan, saying, “It will fail. It costs too much.” She added that the city “cannot afford it.”",
			ents: []ent{lopez},
			want: []want{
				{chronicle.DirectQuote, "It will fail. It costs too much.", "Lopez", "E3", "saying", ""},
				{chronicle.PartialQuote, "cannot afford it.", "She", "E3", "added", ""},
			},
		},
		{
			name: "partial/after a closed quotation, a frame with a bare clause",
			text: "The plan is “a disaster.” The mayor said people would be “stunned to learn of it.”",
			want: []want{{chronicle.PartialQuote, "stunned to learn of it.", "The mayor", "", "said", ""}},
		},
		{
			name: "direct/a closed quotation still goes to a tag that ends the sentence",
			text: "“We are done.” Weber told reporters.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We are done.", "Weber", "E2", "told", ""}},
		},
		{
			name: "direct/the speaker named in the sentence before",
			text: "“The bridge is safe,” Lopez said. Karl Weber, a local driver, disputed her account. “The cracks are everywhere.”",
			ents: []ent{lopez, weber},
			want: []want{
				{chronicle.DirectQuote, "The bridge is safe", "Lopez", "E3", "said", ""},
				{chronicle.DirectQuote, "The cracks are everywhere.", "Karl Weber", "E2", "", ""},
			},
		},
		{
			name: "none/the sentence before names no person",
			text: "The bridge was closed on Monday. “The cracks are everywhere.”",
		},
		{
			name: "direct/two quotations, a stray comma after the cue",
			text: "“The evacuation went well,” “Nothing is perfect in a war zone.” said, Foreign Minister Karl Weber.",
			ents: []ent{weber},
			want: []want{
				{chronicle.DirectQuote, "The evacuation went well", "Foreign Minister Karl Weber", "E2", "said", ""},
				{chronicle.DirectQuote, "Nothing is perfect in a war zone.", "Foreign Minister Karl Weber", "E2", "said", ""},
			},
		},
		{
			name: "direct/the medium after an inverted speaker",
			text: "“We could strike again,” said Lopez in the ''Radio 4'' interview.",
			ents: []ent{lopez},
			want: []want{{chronicle.DirectQuote, "We could strike again", "Lopez", "E3", "said", ""}},
		},
		{
			name: "indirect/a name before an appositive left open",
			text: "Earlier Karl Weber, the city treasurer stated that the budget was balanced.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the budget was balanced", "Karl Weber, the city treasurer", "E2", "stated", ""}},
		},
		{
			name: "indirect/a sentence adverb is no name",
			text: "Still, the treasurer stated that the budget was balanced.",
			want: []want{{chronicle.IndirectQuote, "the budget was balanced", "the treasurer", "", "stated", ""}},
		},
		{
			name: "partial/elaborated, two quoted phrases",
			text: "Karl Weber spoke first. He elaborated that the rules are made “as though nobody reads them,” and that concerns for “the public” come last.",
			ents: []ent{weber},
			want: []want{
				{chronicle.PartialQuote, "as though nobody reads them", "He", "E2", "elaborated", ""},
				{chronicle.PartialQuote, "the public", "He", "E2", "elaborated", ""},
			},
		},
		{
			name: "partial/a relative clause that reports speech",
			text: "The mayor is “still in charge,” added Weber, who also said that “the council will meet soon.”",
			ents: []ent{weber},
			want: []want{
				{chronicle.PartialQuote, "still in charge", "Weber", "E2", "added", ""},
				{chronicle.DirectQuote, "the council will meet soon.", "Weber", "E2", "said", ""},
			},
		},
		{
			name: "indirect/too early to tell is no cue",
			text: "The mayor said that it was too early to tell whether the fire was set.",
			want: []want{{chronicle.IndirectQuote, "it was too early to tell whether the fire was set", "The mayor", "", "said", ""}},
		},
		{
			name: "none/a cue joined to another verb",
			text: "Would you vote for a man who said and did the same things as the mayor?",
		},
		{
			name: "partial/fears with a quotation",
			text: "Weber fears that “the river will flood again” this spring.",
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, "the river will flood again", "Weber", "E2", "fears", ""}},
		},
		{
			name: "none/fears without a quotation",
			text: "Weber fears that the river will flood again this spring.",
			ents: []ent{weber},
		},
		{
			name: "indirect/claimed a clause",
			text: "The party claimed the vote was rigged.",
			want: []want{{chronicle.IndirectQuote, "the vote was rigged", "The party", "", "claimed", ""}},
		},
		{
			name: "indirect/claimed, a circumstance, then that",
			text: "Her lawyers claimed during the hearing that the police had lied.",
			want: []want{{chronicle.IndirectQuote, "the police had lied", "Her lawyers", "", "claimed", ""}},
		},
		{
			name: "none/claim rights, the legal sense",
			text: "Broadcasters would then be able to claim rights over material they broadcast.",
		},
		{
			name: "none/claim victory",
			text: "The opposition could claim victory in Sunday's election.",
		},
		{
			name: "indirect/content stops at a heading",
			text: "Weber said the talks had failed. == Related news == * Senate passes farm bill * Governor vetoes budget",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the talks had failed", "Weber", "E2", "said", ""}},
		},
		{
			name: "indirect/content before the frame starts after a heading",
			text: "Related news == Senate passes farm bill == The bridge will reopen in May, the mayor said.",
			want: []want{{chronicle.IndirectQuote, "The bridge will reopen in May", "the mayor", "", "said", ""}},
		},
		{
			name: "direct/a quotation left open ends at a list of links",
			text: "Weber said: “We will rebuild the bridge * Senate passes farm bill * Governor vetoes budget",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We will rebuild the bridge", "Weber", "E2", "said", ""}},
		},
		{
			name: "direct/a headline line quoting a word is no wrapped line",
			text: "Weber said: “We will rebuild the bridge\nSenate says \"yes\" to farm bill\nGovernor vetoes budget",
			ents: []ent{weber},
			want: []want{
				{chronicle.DirectQuote, "We will rebuild the bridge", "Weber", "E2", "said", ""},
				{chronicle.PartialQuote, "yes", "Senate", "", "says", ""},
			},
		},
		{
			name: "indirect/a person of an organisation speaks, not the organisation",
			text: "Karl Weber of Northern Bank said the rates would rise.",
			ents: []ent{weber, {"E6", chronicle.Organization, []string{"Northern Bank"}, ""}},
			want: []want{{chronicle.IndirectQuote, "the rates would rise", "Karl Weber of Northern Bank", "E2", "said", ""}},
		},
		{
			name: "direct/is quoted as saying, the speaker the subject",
			text: "Maria Lopez, the city treasurer, is quoted as saying \"the rates are too high.\"",
			ents: []ent{lopez},
			want: []want{{chronicle.DirectQuote, "the rates are too high.", "Maria Lopez, the city treasurer", "E3", "saying", ""}},
		},
		{
			name: "direct/quoted someone as saying, the speaker the object",
			text: "The local paper quoted harbour master Karl Weber as saying \"the pier is safe.\"",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "the pier is safe.", "harbour master Karl Weber", "E2", "saying", ""}},
		},
		{
			name: "indirect/a relative clause with no commas after the speaker",
			text: "Officials who spoke on condition of anonymity said the talks had stalled.",
			want: []want{{chronicle.IndirectQuote, "the talks had stalled", "Officials", "", "said", ""}},
		},
		{
			name: "indirect/a relative clause naming an organisation, and no and at the end",
			text: "A ferry pilot who works for Harbour Lines said he saw the smoke first, and port police say a fire started below deck.",
			ents: []ent{{"E6", chronicle.Organization, []string{"Harbour Lines"}, ""}},
			want: []want{
				{chronicle.IndirectQuote, "he saw the smoke first", "A ferry pilot", "", "said", ""},
				{chronicle.IndirectQuote, "a fire started below deck", "port police", "", "say", ""},
			},
		},
		{
			name: "direct/an appositive with a relative clause and no closing comma",
			text: "Maria Lopez, the former mayor who opened the harbour said, “We built it to last.”",
			ents: []ent{lopez},
			want: []want{{chronicle.DirectQuote, "We built it to last.", "Maria Lopez, the former mayor", "E3", "said", ""}},
		},
		{
			name: "direct/a possessive appositive, no closing comma, said of someone",
			text: "“She kept the city afloat.” Karl Weber, Lopez’s deputy said of his leader, “Nobody worked harder.”",
			ents: []ent{weber, lopez},
			want: []want{{chronicle.DirectQuote, "Nobody worked harder.", "Karl Weber, Lopez’s deputy", "E2", "said", ""}},
		},
		{
			name: "direct/an adverb between the speaker and the cue",
			text: "Weber further added, “We will not raise taxes.”",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We will not raise taxes.", "Weber", "E2", "added", ""}},
		},
		{
			name: "indirect/a weak cue before a pronoun and a verb",
			text: "The company denies it is breaking the law. Lopez noted she is not retiring from politics.",
			ents: []ent{lopez},
			want: []want{
				{chronicle.IndirectQuote, "it is breaking the law", "The company", "", "denies", ""},
				{chronicle.IndirectQuote, "she is not retiring from politics", "Lopez", "E3", "noted", ""},
			},
		},
		{
			name: "none/a weak cue before an object",
			text: "The bank added it to the list of approved lenders.",
		},
		{
			name: "indirect/according to a name and an appositive",
			text: "According to Karl Weber, the director of the Harbour Institute, trade fell by a fifth.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "trade fell by a fifth", "Karl Weber, the director of the Harbour Institute", "E2", "According to", ""}},
		},
		{
			name: "indirect/according to a name, then a clause with a relative clause",
			text: "According to Weber, the plant, which opened in 1990, will close.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the plant, which opened in 1990, will close", "Weber", "E2", "According to", ""}},
		},
		{
			name: "direct/the speaker before a broadcast show",
			text: "“We will pay for the cleanup,” said chief executive Karl Weber on the morning show Wake Up Weekly.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We will pay for the cleanup", "chief executive Karl Weber", "E2", "said", ""}},
		},
		{
			name: "indirect/a participle with a bare clause hangs on the inverted speaker",
			text: "“We are not to blame,” said Karl Weber, claiming the storm had caused the collapse.",
			ents: []ent{weber},
			want: []want{
				{chronicle.DirectQuote, "We are not to blame", "Karl Weber", "E2", "said", ""},
				{chronicle.IndirectQuote, "the storm had caused the collapse", "Karl Weber", "E2", "claiming", ""},
			},
		},
		{
			name: "indirect/a participle after an inverted speaker and a show",
			text: "“We are not to blame,” said Karl Weber on the show Harbour Hour, claiming the storm had caused the collapse.",
			ents: []ent{weber},
			want: []want{
				{chronicle.DirectQuote, "We are not to blame", "Karl Weber", "E2", "said", ""},
				{chronicle.IndirectQuote, "the storm had caused the collapse", "Karl Weber", "E2", "claiming", ""},
			},
		},
		{
			name: "indirect/an object before the infinitive speaks, not the subject",
			text: "The senator forced Weber, who was under oath, to admit that the figures were wrong.",
			ents: []ent{weber},
		},
		{
			name: "none/declare an intention",
			text: "The country would formally declare its intention to leave the union.",
		},
		{
			name: "direct/a name and two appositives after the quotation",
			text: "“The rules overreach,” Karl Weber, the attorney general of Ruritania, one of the states in the suit, said at a conference this month.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "The rules overreach", "Karl Weber, the attorney general of Ruritania, one of the states in the suit", "E2", "said", ""}},
		},
		{
			name: "direct/gave his reaction",
			text: "Karl Weber, the deputy mayor, gave his reaction, “This is a sad day for the city.”",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "This is a sad day for the city.", "Karl Weber, the deputy mayor", "E2", "gave … reaction", ""}},
		},
		{
			name: "direct/gave her view on someone, an appositive holding a relative clause",
			text: "Maria Lopez, a former member who left the council and founded her own party, the Harbour League, gave her view on Weber: “He never listened.”",
			ents: []ent{lopez, weber},
			want: []want{{chronicle.DirectQuote, "He never listened.", "Maria Lopez, a former member who left the council and founded her own party, the Harbour League", "E3", "gave … view", ""}},
		},
		{
			name: "partial/dismissed as and a coordinated cue with a bare clause",
			text: "Weber dismissed the report as “nonsense” and said the costs were modest.",
			ents: []ent{weber},
			want: []want{
				{chronicle.PartialQuote, "nonsense", "Weber", "E2", "dismissed … as", ""},
				{chronicle.IndirectQuote, "the costs were modest", "Weber", "E2", "said", ""},
			},
		},
		{
			name: "partial/proclaimed and a naming participle after the quotation",
			text: "Lopez proclaimed the vote “the end of an era” calling the result “a fresh start for the harbour”.",
			ents: []ent{lopez},
			want: []want{
				{chronicle.PartialQuote, "the end of an era", "Lopez", "E3", "proclaimed", ""},
				{chronicle.PartialQuote, "a fresh start for the harbour", "Lopez", "E3", "calling", ""},
			},
		},
		{
			name: "none/calling out is no naming",
			text: "Weber hopes to win the debate by calling out Lopez for her “mistakes”.",
			ents: []ent{weber, lopez},
		},
		{
			name: "none/called out with a quotation near is no naming",
			text: "Weber called out Lopez for her “mistakes”.",
			ents: []ent{weber, lopez},
		},
		{
			name: "none/called off",
			text: "Weber called off the vote over the “irregularities”.",
			ents: []ent{weber},
		},
		{
			name: "partial/called for reports quoted words",
			text: "Weber called for “a full and open inquiry” into the collapse.",
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, "a full and open inquiry", "Weber", "E2", "called", ""}},
		},
		{
			name: "none/a naming cue with its quotation far after it",
			text: "Weber called the staff back to the office late on Sunday evening to finish work on what his aides still remember as the “night shift”.",
			ents: []ent{weber},
		},
		{
			name: "partial/dismissed as, a determiner before the quotation",
			text: "Weber dismissed the proposal as a “publicity stunt”.",
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, "publicity stunt", "Weber", "E2", "dismissed … as", ""}},
		},
		{
			name: "none/a weak cue before a clause with no pronoun",
			text: "The mayor noted costs would rise sharply.",
		},
		{
			name: "indirect/a verb after and that is no cue borrows no speaker",
			text: "Weber said the pier was safe and thought that repairs could wait.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the pier was safe and thought that repairs could wait", "Weber", "E2", "said", ""}},
		},
		{
			name: "indirect/according to a person, a clause after the comma is no appositive",
			text: "According to Karl Weber, exports rose, imports fell.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "exports rose, imports fell", "Karl Weber", "E2", "According to", ""}},
		},
		{
			name: "direct/a cue opening the sentence, the speaker and a colon after it",
			text: "Continued Weber: “We will not give up.”",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We will not give up.", "Weber", "E2", "Continued", ""}},
		},
		{
			name: "direct/a relative clause with no commas between the speaker and the cue",
			text: "“The pier is safe,” engineers who inspected it said.",
			want: []want{{chronicle.DirectQuote, "The pier is safe", "engineers", "", "said", ""}},
		},
		{
			name: "none/a participle after a verb",
			text: "Weber kept saying “no” to his friends.",
			ents: []ent{weber},
		},
		{
			name: "indirect/a place before the comma is no name before an appositive",
			text: "In Oslo, officials said the pier was safe.",
			want: []want{{chronicle.IndirectQuote, "the pier was safe", "officials", "", "said", ""}},
		},
		{
			name: "direct/a verb of manner after the quotation",
			text: "“We will appeal,” Weber barked.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We will appeal", "Weber", "E2", "barked", ""}},
		},
		{
			name: "none/quoted as a noun phrase, not as saying",
			text: "The Harbour Times quoted Weber as an “expert witness”.",
			ents: []ent{weber},
		},
		{
			name: "indirect/a cue after a comma and but borrows no speaker",
			text: "Weber said the pier was safe, but it was reported that repairs were late.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the pier was safe", "Weber", "E2", "said", ""}},
		},
		{
			name: "none/dismissed with no quotation",
			text: "The judge dismissed the case as moot.",
		},
		{
			name: "direct/a name and a colon before the quotation",
			text: "== Reactions ==  Karl Weber, chief executive of Northern Bank:  :\"We expect a hard year.\"",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "We expect a hard year.", "Karl Weber, chief executive of Northern Bank", "E2", ":", ""}},
		},
		{
			name: "none/a colon after a phrase with no name",
			text: "The sign had one word: “Closed.”",
		},
		{
			name: "direct/quoted by an agency as saying: the subject speaks",
			text: "Karl Weber was quoted by the Harbour Times as saying “the pier is safe.”",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "the pier is safe.", "Karl Weber", "E2", "saying", ""}},
		},
		{
			name: "indirect/he after a quotation naming someone else",
			text: "Weber said: “Lopez will sign it.” He added that the vote would be close.",
			ents: []ent{weber, lopez},
			want: []want{
				{chronicle.DirectQuote, "Lopez will sign it.", "Weber", "E2", "said", ""},
				{chronicle.IndirectQuote, "the vote would be close", "He", "E2", "added", ""},
			},
		},
		{
			name: "direct/an agency quoted someone as saying, the quotation before",
			text: "“The fire is out,” the agency reported harbour spokesman Karl Weber as saying.",
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "The fire is out", "harbour spokesman Karl Weber", "E2", "saying", ""}},
		},
		{
			name: "partial/a naming cue far from the quotation is not its cue",
			text: "Weber called the staff into his office to approve what the newspaper called a “rescue package.”",
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, "rescue package.", "the newspaper", "", "called", ""}},
		},
		{
			name: "indirect/a newspaper in wiki italics speaks",
			text: "The paper ''Harbour Times'' reported that the mayor had resigned.",
			ents: []ent{{"E6", chronicle.Organization, []string{"Harbour Times"}, ""}},
			want: []want{{chronicle.IndirectQuote, "the mayor had resigned", "The paper ''Harbour Times''", "E6", "reported", ""}},
		},
		{
			name: "indirect/content stops at a semicolon",
			text: "Weber announced that Lopez would lead the office; it is not known when she starts.",
			ents: []ent{weber, lopez},
			want: []want{{chronicle.IndirectQuote, "Lopez would lead the office", "Weber", "E2", "announced", ""}},
		},
		{
			name: "indirect/content stops at but and a subject of its own after a time",
			text: "The ministry claims only soldiers were hurt, but on Saturday, village elders disputed the account.",
			want: []want{{chronicle.IndirectQuote, "only soldiers were hurt", "The ministry", "", "claims", ""}},
		},
		{
			name: "indirect/but with no subject of its own stays in the content",
			text: "Weber said he had done nothing wrong but fears a long trial.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "he had done nothing wrong but fears a long trial", "Weber", "E2", "said", ""}},
		},
		{
			name: "indirect/the that after told's hearer belongs to the participle",
			text: "“The pier is safe,” Karl Weber told reporters, adding that repairs were late.",
			ents: []ent{weber},
			want: []want{
				{chronicle.DirectQuote, "The pier is safe", "Karl Weber", "E2", "told", ""},
				{chronicle.IndirectQuote, "repairs were late", "Karl Weber", "E2", "adding", ""},
			},
		},
		{
			name: "none/predicted a noun phrase",
			text: "Few analysts had predicted a contraction in the economy.",
		},
		{
			name: "indirect/predicted a clause",
			text: "Weber predicted the vote would be close.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the vote would be close", "Weber", "E2", "predicted", ""}},
		},
		{
			name: "indirect/an article opens the speaker phrase after a medium",
			text: "In a press release the harbour office said that the fines would stay.",
			want: []want{{chronicle.IndirectQuote, "the fines would stay", "the harbour office", "", "said", ""}},
		},
		{
			name: "indirect/a pronoun opens the speaker phrase",
			text: "Maria Lopez spoke last. In her speech she said the town would rebuild the pier.",
			ents: []ent{lopez},
			want: []want{{chronicle.IndirectQuote, "the town would rebuild the pier", "she", "E3", "said", ""}},
		},
		{
			name: "direct/an article after a preposition stays in the speaker phrase",
			text: "“We are not leaving,” the families from the harbour district said.",
			want: []want{{chronicle.DirectQuote, "We are not leaving", "the families from the harbour district", "", "said", ""}},
		},
		{
			name: "indirect/May after a first name is a name",
			text: "Party leader Elizabeth May announced that she will run in the harbour seat.",
			ents: []ent{{"E7", chronicle.Person, []string{"Elizabeth May"}, ""}},
			want: []want{{chronicle.IndirectQuote, "she will run in the harbour seat", "Party leader Elizabeth May", "E7", "announced", ""}},
		},
		{
			name: "direct/May before a past tense is a name",
			text: "“It is fitting that I come back here,” May stated.",
			want: []want{{chronicle.DirectQuote, "It is fitting that I come back here", "May", "", "stated", ""}},
		},
		{
			name:  "indirect/a preposition and a month before the speaker are dropped",
			text:  "In June, the minister said the budget was balanced.",
			times: []tm{{"June", "2025-06"}},
			want:  []want{{chronicle.IndirectQuote, "the budget was balanced", "the minister", "", "said", ""}},
		},
		{
			name: "direct/a person from a place, said to a hearer",
			text: "One of the pupils, Maria Lopez from Bergen, Norway, said to the crowd, “We know the truth.”",
			ents: []ent{lopez, {"E8", chronicle.Location, []string{"Bergen"}, ""}, {"E9", chronicle.Location, []string{"Norway"}, ""}},
			want: []want{{chronicle.DirectQuote, "We know the truth.", "Maria Lopez from Bergen, Norway", "E3", "said", ""}},
		},
		{
			name: "indirect/a place after a preposition does not speak",
			text: "Sergeant Tove Olsen, a radar specialist at Fort Vik, said she had joined to travel.",
			ents: []ent{{"E8", chronicle.Location, []string{"Fort Vik"}, ""}},
			want: []want{{chronicle.IndirectQuote, "she had joined to travel", "Sergeant Tove Olsen, a radar specialist at Fort Vik", "", "said", ""}},
		},
		{
			name: "direct/a mark after a space closes before a full stop",
			text: `The tool is known as "Harbour Ads ".  Product manager Karl Weber commented at the firm's news blog: "Today the ads start."`,
			ents: []ent{weber},
			want: []want{{chronicle.DirectQuote, "Today the ads start.", "Product manager Karl Weber", "E2", "commented", ""}},
		},
		{
			name: "direct/a statement that continues by stating does not take the quotation before",
			text: "“We are pleased to join the group,” said Harbour Ltd in a statement. “The team will move to Oslo.”  The statement continued by stating that “the projects will go on.”",
			want: []want{
				{chronicle.DirectQuote, "We are pleased to join the group", "Harbour Ltd", "", "said", ""},
				{chronicle.DirectQuote, "The team will move to Oslo.", "Harbour Ltd", "", "said", ""},
				{chronicle.DirectQuote, "the projects will go on.", "The statement", "", "stating", ""},
			},
		},
		{
			name: "partial/a naming participle after the object, no comma",
			text: "Karl Weber dismissed the proposal calling it a case of “harbour adventurism”.",
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, "harbour adventurism", "Karl Weber", "E2", "calling", ""}},
		},
		{
			name: "none/a naming participle after a determiner",
			text: "Karl Weber left a calling card marked “urgent”.",
			ents: []ent{weber},
		},
		{
			name: "direct/a participle after and and an earlier participle",
			text: "Maria Lopez closed the meeting by thanking the staff and declaring “The pier is open.”",
			ents: []ent{lopez},
			want: []want{{chronicle.DirectQuote, "The pier is open.", "Maria Lopez", "E3", "declaring", ""}},
		},
		{
			name: "indirect/in saying that",
			text: "Weber countered the allegations in saying that he had not seen the accounts.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "he had not seen the accounts", "Weber", "E2", "saying", ""}},
		},
		{
			name: "indirect/saying that after the object, no comma",
			text: "The other candidates have voiced their doubts on the plan saying that they want more time.",
			want: []want{{chronicle.IndirectQuote, "they want more time", "The other candidates", "", "saying", ""}},
		},
		{
			name: "indirect/a stray comma after a name that opens the sentence",
			text: "Former mayor Karl Weber , repeatedly said that the pier was safe.",
			ents: []ent{weber},
			want: []want{{chronicle.IndirectQuote, "the pier was safe", "Former mayor Karl Weber", "E2", "said", ""}},
		},
		{
			name: "none/a stray comma after words with no name",
			text: "The old pier , repeatedly said to be safe, fell.",
		},
		{
			name: "partial/according to a source that a pronoun takes up",
			text: "According to the union's website it says that Weber “never answered the letters.”",
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, "never answered the letters.", "the union's website", "", "says", ""}},
		},
		{
			name: "partial/quotations nested in straight marks",
			text: `Karl Weber said the ruling would "effectively "weigh" the "sides" of the case".`,
			ents: []ent{weber},
			want: []want{{chronicle.PartialQuote, `effectively "weigh" the "sides" of the case`, "Karl Weber", "E2", "said", ""}},
		},
		{
			name: "partial/two short quotations in straight marks are not nested",
			text: `Karl Weber said the court would "weigh the sides" and "decide" soon.`,
			ents: []ent{weber},
			want: []want{
				{chronicle.PartialQuote, "weigh the sides", "Karl Weber", "E2", "said", ""},
				{chronicle.PartialQuote, "decide", "Karl Weber", "E2", "said", ""},
			},
		},
		{
			name: "partial/a judging verb's quotations after its object's relative clause",
			text: "Karl Weber criticised the union's campaign, which had described the mayor as a “snob”, as “petty” and “shrill”.",
			ents: []ent{weber},
			want: []want{
				{chronicle.PartialQuote, "snob", "the union's campaign", "", "described … as", ""},
				{chronicle.PartialQuote, "petty", "Karl Weber", "E2", "criticised … as", ""},
				{chronicle.PartialQuote, "shrill", "Karl Weber", "E2", "criticised … as", ""},
			},
		},
		{
			name: "none/a gesture with words of its own tags no quotation",
			text: "Karl Weber, the defence lawyer, stood up. “We are done here,” the lawyer smiled at them and left the room.",
			ents: []ent{weber},
		},
		{
			name: "direct/a gesture that ends the clause tags the quotation",
			text: "“We are done here,” the lawyer smiled.",
			want: []want{{chronicle.DirectQuote, "We are done here", "the lawyer", "", "smiled", ""}},
		},
		{
			name: "indirect/a paragraph set as a block after a colon",
			text: "The governor added:\n\nThe pier is safe. Repairs will start soon.\n\nThe council met later.",
			want: []want{{chronicle.IndirectQuote, "The pier is safe. Repairs will start soon", "The governor", "", "added", ""}},
		},
		{
			name: "none/a block after a colon and a blank line holding a list",
			text: "The governor added:\n\n* Harbour news\n",
		},
		{
			name: "none/scare quotes",
			text: `The so-called "peace dividend" never arrived.`,
		},
		{
			name: "none/a title",
			text: "Ortiz appeared on “Morning Edition” on Sunday.",
			ents: []ent{ortiz},
		},
		{
			name: "none/a verb that is no speech",
			text: "The economy added 200,000 jobs in March.",
		},
		{
			name: "none/States is a name",
			text: "The United States signed the treaty.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.text, tt.ents, tt.times)
			qs := Extract(d)
			var g []want
			for _, q := range qs {
				g = append(g, got(q))
				if q.Text != tt.text[q.Start:q.End] {
					t.Errorf("quote %q: span %d:%d holds %q", q.Text, q.Start, q.End, tt.text[q.Start:q.End])
				}
				if q.SpeakerSpan != nil && q.SpeakerText != tt.text[q.SpeakerSpan.Start:q.SpeakerSpan.End] {
					t.Errorf("speaker %q: span holds %q", q.SpeakerText, tt.text[q.SpeakerSpan.Start:q.SpeakerSpan.End])
				}
			}
			if fmt.Sprint(g) != fmt.Sprint(tt.want) {
				t.Errorf("Extract(%q)\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
}
