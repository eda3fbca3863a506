package quote

import (
	"testing"

	"chronicle"
)

func TestDateFromArticle(t *testing.T) {
	day := chronicle.NewDay(2025, 4, 26)
	tests := []struct {
		name  string
		title string
		text  string
		date  chronicle.Day
		times []tm
		want  []string // the date of each quote, in order
	}{
		{
			name:  "the cue's own time",
			text:  "“We agreed,” Weber said on Friday.",
			date:  day,
			times: []tm{{"on Friday", "2025-04-25"}},
			want:  []string{"2025-04-25"},
		},
		{
			name:  "a time between speaker and cue",
			text:  "Weber on Friday said that the bridge would reopen.",
			date:  day,
			times: []tm{{"on Friday", "2025-04-25"}},
			want:  []string{"2025-04-25"},
		},
		{
			name:  "simple past, with a dash aside after the clause",
			title: "Leaders meet in Rome",
			text:  "Leaders meet in Rome\n\nThe two leaders had a “very productive” meeting, an official said – their first since a tense meeting in February.\n\nMore later.",
			date:  day,
			times: []tm{{"February", "2025-02"}},
			want:  []string{"2025-04-26"},
		},
		{
			name: "simple past further down the story",
			text: "Leaders met in Rome.\n\nThe talks were “frank”, an official said.",
			date: day,
			want: []string{"2025-04-26"},
		},
		{
			name: "simple present",
			text: "The minister says that the bridge will reopen.",
			date: day,
			want: []string{"2025-04-26"},
		},
		{
			name:  "a time in the reported clause does not date the speech",
			text:  "The minister said the vote would be held on Tuesday.",
			date:  day,
			times: []tm{{"on Tuesday", "2025-04-29"}},
			want:  []string{"2025-04-26"},
		},
		{
			name:  "a vague time inside the quotation",
			text:  "“We are currently in talks with the city,” Weber said.",
			date:  day,
			times: []tm{{"currently", "PRESENT_REF"}},
			want:  []string{"2025-04-26"},
		},
		{
			name:  "a vague time in the speaker's appositive",
			text:  "The strike “will hurt everyone” added Weber, currently in Geneva for the talks.",
			date:  day,
			times: []tm{{"currently", "PRESENT_REF"}},
			want:  []string{"2025-04-26"},
		},
		{
			name:  "a year in the speaker's relative clause",
			text:  "Weber, who has led the ministry since 2019, said that taxes would not rise.",
			date:  day,
			times: []tm{{"since 2019", "2019"}},
			want:  []string{"2025-04-26"},
		},
		{
			name: "participle of a past clause",
			text: "Weber left the room, saying “we are done”.",
			date: day,
			want: []string{"2025-04-26"},
		},
		{
			name: "present perfect",
			text: "The minister has said that the bridge would reopen.",
			date: day,
			want: []string{""},
		},
		{
			name: "modal",
			text: "The minister would say only that the bridge was safe.",
			date: day,
			want: []string{""},
		},
		{
			name: "according to",
			text: "The bridge will reopen in May, according to the city council.",
			date: day,
			want: []string{""},
		},
		{
			name: "unknown article date",
			text: "The minister said that the bridge would reopen.",
			want: []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.text, nil, tt.times)
			d.Article.Title, d.Article.Date = tt.title, tt.date
			qs := Extract(d)
			if len(qs) != len(tt.want) {
				t.Fatalf("%d quotes, want %d: %+v", len(qs), len(tt.want), qs)
			}
			for i, q := range qs {
				if q.Date != tt.want[i] {
					t.Errorf("quote %q: date %q, want %q", q.Text, q.Date, tt.want[i])
				}
			}
		})
	}
}
