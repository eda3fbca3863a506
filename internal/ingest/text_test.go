package ingest

import (
	"chronicle/internal/chronicletest"
	"errors"
	"os"
	"strings"
	"testing"

	"chronicle"
)

func TestReadDated(t *testing.T) {
	const body = "The council met at noon and voted to repair the old bridge before winter."
	tests := []struct {
		name, in         string
		date, title      string
		text             string
		wantErr, warning string
	}{
		{
			name:  "canonical",
			in:    " date 2023-05-06 Council votes to mend the bridge\n\n" + body + "\n",
			date:  "2023-05-06",
			title: "Council votes to mend the bridge",
			text:  "Council votes to mend the bridge\n\n" + body,
		},
		{
			name:  "no leading space, tabs, capital, colon",
			in:    "Date:\t2023-05-06\tCouncil votes\r\n\r\n" + body,
			date:  "2023-05-06",
			title: "Council votes",
			text:  "Council votes\n\n" + body,
		},
		{
			name:  "bom",
			in:    "\uFEFF date 2023-05-06 Council votes\n\n" + body,
			date:  "2023-05-06",
			title: "Council votes",
			text:  "Council votes\n\n" + body,
		},
		{
			name:  "no lede",
			in:    " date 2023-05-06\n\n" + body,
			date:  "2023-05-06",
			title: body,
			text:  body,
		},
		{
			name:    "impossible date",
			in:      " date 2023-13-01 Council votes\n\n" + body,
			wantErr: `:1: bad date "2023-13-01": want YYYY-MM-DD`,
		},
		{
			name:    "date-shaped but not a date",
			in:      " date 2023-5-6 Council votes\n\n" + body,
			wantErr: `:1: bad date "2023-5-6": want YYYY-MM-DD`,
		},
		{
			name:    "a word like date is plain text",
			in:      "dated 2023-05-06 minutes\n\n" + body,
			title:   "dated 2023-05-06 minutes",
			text:    "dated 2023-05-06 minutes\n\n" + body,
			warning: WarnNoDate,
		},
		{
			name:    "date word without a date is plain text",
			in:      "date palms grow well here\n\n" + body,
			title:   "date palms grow well here",
			text:    "date palms grow well here\n\n" + body,
			warning: WarnNoDate,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := readString(t, "a.txt", tt.in, Options{})
			if len(recs) != 1 {
				t.Fatalf("got %d records, want 1: %+v", len(recs), recs)
			}
			rec := recs[0]
			if tt.wantErr != "" {
				if rec.Err == nil || !strings.HasSuffix(rec.Err.Error(), tt.wantErr) || !errors.Is(rec.Err, chronicle.ErrInvalid) {
					t.Fatalf("Err = %v, want one ending %q that is ErrInvalid", rec.Err, tt.wantErr)
				}
				return
			}
			if rec.Err != nil {
				t.Fatal(rec.Err)
			}
			a := rec.Article
			if a.Date.String() != tt.date || a.Title != tt.title || a.Text != tt.text || rec.Warning != tt.warning {
				t.Errorf("got date %q title %q text %q warning %q\nwant date %q title %q text %q warning %q",
					a.Date, a.Title, a.Text, rec.Warning, tt.date, tt.title, tt.text, tt.warning)
			}
			if !strings.HasPrefix(a.Text, a.Title) {
				t.Errorf("text %q does not start with title %q", a.Text, a.Title)
			}
		})
	}
}

func TestReadPlain(t *testing.T) {
	const text = "\n\n   A quiet   week at the harbour\n\nFishing boats stayed in port while the wind blew from the north, and the market was closed for two days."
	t.Run("date from options", func(t *testing.T) {
		recs := readString(t, "note.txt", text, Options{Date: chronicle.NewDay(2020, 1, 2)})
		a := recs[0].Article
		if a.Date.String() != "2020-01-02" || a.Title != "A quiet week at the harbour" || recs[0].Warning != "" {
			t.Errorf("got %+v, warning %q", a, recs[0].Warning)
		}
		if a.Text != Normalize(text) {
			t.Errorf("Text = %q, want the whole file normalized", a.Text)
		}
	})
	t.Run("no date", func(t *testing.T) {
		recs := readString(t, "note.txt", text, Options{})
		if recs[0].Article == nil || !recs[0].Article.Date.IsZero() || recs[0].Warning != WarnNoDate {
			t.Errorf("got %+v, want an undated article with a warning", recs[0])
		}
	})
	t.Run("empty", func(t *testing.T) {
		recs := readString(t, "note.txt", " \n\r\n\t", Options{})
		if recs[0].Skip != SkipEmpty {
			t.Errorf("got %+v, want skipped for empty text", recs[0])
		}
	})
}

func TestReadSeed(t *testing.T) {
	path := chronicletest.Shared(t, "seed/000_8141e75181dc3b6f.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, []string{path}, Options{})
	if len(recs) != 1 || recs[0].Article == nil {
		t.Fatalf("got %+v, want one article", recs)
	}
	a := recs[0].Article
	const prefix = " date 2025-04-26 "
	if a.Date.String() != "2025-04-26" || a.Text != Normalize(strings.TrimPrefix(string(data), prefix)) {
		t.Errorf("got date %s and text %.60q…, want the file without its date prefix", a.Date, a.Text)
	}
	first, _, _ := strings.Cut(a.Text, "\n")
	if a.Title != first || recs[0].Warning != "" {
		t.Errorf("title %q, warning %q; want the first line and no warning", a.Title, recs[0].Warning)
	}
}

func FuzzReadDated(f *testing.F) {
	f.Add(" date 2023-05-06 Council votes\n\nThe council met.")
	f.Add("date:2023-02-30 x")
	f.Add("\uFEFFDATE\t1999-12-31\t\t\r\n\r\nbody")
	f.Add("date 2023-")
	f.Add("plain words only")
	f.Fuzz(func(t *testing.T, in string) {
		for _, rec := range readString(t, "f.txt", in, Options{}) {
			a := rec.Article
			if a == nil {
				continue
			}
			// The title is the first line of the text, its spaces collapsed,
			// perhaps cut short.
			first := ""
			for line := range strings.Lines(a.Text) {
				if first = collapse(line); first != "" {
					break
				}
			}
			if !strings.HasPrefix(first, a.Title) || a.Title == "" {
				t.Fatalf("title %q is not a prefix of the first line %q", a.Title, first)
			}
		}
	})
}
