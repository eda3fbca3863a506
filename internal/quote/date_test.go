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
			name:  "lede after the headline",
			title: "Leaders meet in Rome",
			text:  "Leaders meet in Rome\n\nThe two leaders had a “very productive” meeting, an official said – their first since a tense meeting in February.\n\nMore later.",
			date:  day,
			times: []tm{{"February", "2025-02"}},
			want:  []string{"2025-04-26"},
		},
		{
			name: "lede without a headline, indirect",
			text: "The minister said that the bridge would reopen.\n\nNothing else.",
			date: day,
			want: []string{"2025-04-26"},
		},
		{
			name:  "a time of its own wins",
			text:  "“We agreed,” Weber said on Friday.",
			date:  day,
			times: []tm{{"on Friday", "2025-04-25"}},
			want:  []string{"2025-04-25"},
		},
		{
			name:  "a time in the reported clause: no inference",
			text:  "The minister said the vote would be held on Tuesday.",
			date:  day,
			times: []tm{{"on Tuesday", "2025-04-29"}},
			want:  []string{""},
		},
		{
			name: "after the lede",
			text: "Leaders met in Rome.\n\nThe talks were “frank”, an official said.",
			date: day,
			want: []string{""},
		},
		{
			name: "present perfect",
			text: "The minister has said that the bridge would reopen.",
			date: day,
			want: []string{""},
		},
		{
			name: "participle",
			text: "Weber left the room, saying “we are done”.",
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

func TestLede(t *testing.T) {
	for _, tt := range []struct{ text, title, want string }{
		{"Title\n\nFirst paragraph.\nSecond.", "Title", "First paragraph."},
		{"First paragraph.\nSecond.", "Title", "First paragraph."},
		{"\n\n  Only one", "", "Only one"},
		{"Title", "Title", ""},
		{"", "", ""},
	} {
		s := lede(tt.text, tt.title)
		if got := tt.text[s.Start:s.End]; got != tt.want {
			t.Errorf("lede(%q, %q) = %q, want %q", tt.text, tt.title, got, tt.want)
		}
	}
}
