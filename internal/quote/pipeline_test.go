package quote_test

import (
	"testing"

	"chronicle"
	"chronicle/internal/pipeline"
)

// TestPipelinePhrasings runs sentences of our own through the whole
// pipeline, for the rules that read the tagger's verb tags and the
// entities of the names.
func TestPipelinePhrasings(t *testing.T) {
	p := pipeline.New()
	day := chronicle.NewDay(2025, 4, 26)
	type want struct{ text, speaker, cue, date string }
	for _, tt := range []struct {
		name string
		text string
		want []want // "" speaker or date: not checked
	}{
		{
			name: "participle, the subject after an opening phrase, a parenthesis and a link",
			text: "In a recent newspaper column Professor Karl Weber (Law, Oslo University) [http://example.org/weber] raised objections to the treaty, saying \"the rules are written without any evidence that they help\".",
			want: []want{{"the rules are written without any evidence that they help", "Karl Weber", "saying", "2025-04-26"}},
		},
		{
			name: "participle with no comma before it, the subject before an appositive",
			text: "Maria Lopez, a union spokeswoman in Oslo, spoke out against the plan saying, \"no one has the right to close the mill.\"",
			want: []want{{"no one has the right to close the mill.", "Maria Lopez", "saying", ""}},
		},
		{
			name: "participle, saying that and a quoted phrase",
			text: "City spokesman Karl Weber was cautious about the cause of the fire, saying that \"hasty accusations\" should be avoided.",
			want: []want{{"hasty accusations", "Karl Weber", "saying", ""}},
		},
		{
			name: "a cue after and, the subject before an appositive",
			text: "Dr. Karl Weber, spokesman for the National Farmers Union, took part in the hearing and stated that the rules were \"written for the big farms.\"",
			want: []want{{"written for the big farms.", "Karl Weber", "stated", "2025-04-26"}},
		},
		{
			name: "a vague time in the quotation does not date it",
			text: "\"We are currently talking to the city about the bridge,\" Karl Weber said.",
			want: []want{{"We are currently talking to the city about the bridge", "Karl Weber", "said", "2025-04-26"}},
		},
		{
			name: "the cue's own date",
			text: "\"We will rebuild the bridge,\" Karl Weber said on Friday.",
			want: []want{{"We will rebuild the bridge", "Karl Weber", "said", "2025-04-25"}},
		},
		{
			name: "participle, an adverb between the subject and its verb",
			text: "Deputy mayor Karl Weber also defended the budget, saying that \"most residents are behind the plan.\"",
			want: []want{{"most residents are behind the plan.", "Karl Weber", "saying", "2025-04-26"}},
		},
		{
			name: "participle after by, an adverb after the subject",
			text: "The mayor later finished by stating that the plan is \"working better than anyone expected.\"",
			want: []want{{"working better than anyone expected.", "", "stating", ""}},
		},
		{
			name: "quoted as saying, an appositive with a capital and no closing comma",
			text: "Karl Weber, Minister of Trade is quoted as saying \"the tariffs will stay.\"",
			want: []want{{"the tariffs will stay.", "Karl Weber", "saying", ""}},
		},
		{
			name: "a person of a place speaks",
			text: "President Karl Weber of Ruritania said the border would reopen.",
			want: []want{{"the border would reopen", "Karl Weber", "said", "2025-04-26"}},
		},
		{
			name: "a document reads, the tagger taking the cue for a noun",
			text: "\"Our children are thriving in these schools,\" the letter reads.",
			want: []want{{"Our children are thriving in these schools", "", "reads", ""}},
		},
		{
			name: "a participle between commas, the tagger taking it for a noun",
			text: "Karl Weber, a former party chairman, mocked the rival during the debate, tweeting, \"Notice the sniffing all the time.\"",
			want: []want{{"Notice the sniffing all the time.", "Karl Weber", "tweeting", ""}},
		},
		{
			name: "a capitalised name the tagger reads as a verb",
			text: "Karl Weber called his aides back to approve what C-SPAN called a \"late-night session.\"",
			want: []want{{"late-night session.", "", "called", ""}},
		},
		{
			name: "a newspaper in wiki italics before a cue the tagger takes for a noun",
			text: "''Harbour Weekly'' predicts \"the port will need more money next year.\"",
			want: []want{{"the port will need more money next year.", "", "predicts", ""}},
		},
		{
			name: "maintain with a noun phrase as its object",
			text: "Norway has maintained strong ties with Britain since the war.",
		},
		{
			name: "maintain with a clause",
			text: "Karl Weber maintained the pier was safe.",
			want: []want{{"the pier was safe", "Karl Weber", "maintained", "2025-04-26"}},
		},
		{
			name: "a run of spaces where a full stop was lost ends the clause",
			text: "The administrators are Berg and Dahl   A former worker heavily criticised the plans, saying \"the managers never listened.\"",
			want: []want{{"the managers never listened.", "", "saying", ""}},
		},
		{
			name: "claim in the legal sense",
			text: "The Democratic Party could claim victory in the election, and broadcasters would be able to claim rights over material they broadcast.",
		},
		{
			name: "claim of a clause",
			text: "Karl Weber claimed the election was rigged.",
			want: []want{{"the election was rigged", "Karl Weber", "claimed", "2025-04-26"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Analyze(&chronicle.Article{ID: chronicle.IDOf(tt.text), Date: day, Text: tt.text})
			if len(d.Quotes) != len(tt.want) {
				t.Fatalf("%d quotes, want %d: %+v", len(d.Quotes), len(tt.want), d.Quotes)
			}
			for i, w := range tt.want {
				q := d.Quotes[i]
				name := ""
				if e := d.Entity(q.Speaker); e != nil {
					name = e.Name
				}
				if q.Text != w.text || q.Cue != w.cue || w.speaker != "" && name != w.speaker || w.date != "" && q.Date != w.date {
					t.Errorf("quote %d: %q by %q (%s) cue %q date %q\nwant %q by %s cue %q date %q",
						i, q.Text, q.SpeakerText, name, q.Cue, q.Date, w.text, w.speaker, w.cue, w.date)
				}
			}
		})
	}
}
