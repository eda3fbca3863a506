package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// The header shapes below are our own made-up articles, laid out the way
// pages and wires put a date above or at the start of the body.
const headerBody = "\n\nNAIROBI — Police fired tear gas at a march of several thousand people on Friday, witnesses said."

func TestHeaderDate(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" when the header gives no date
	}{
		{"month day year under the title", "Police clash with protesters in Nairobi\nMarch 14, 2025" + headerBody, "2025-03-14"},
		{"day month year with time and zone", "Police clash with protesters\n14 March 2025 | 09:12 GMT" + headerBody, "2025-03-14"},
		{"iso", "Police clash with protesters\n2025-03-14" + headerBody, "2025-03-14"},
		{"iso with slashes", "Police clash with protesters\n2025/03/14" + headerBody, "2025-03-14"},
		{"rfc 3339", "Police clash with protesters\n2025-03-14T09:12:00+03:00" + headerBody, "2025-03-14"},
		{"iso with a time", "Police clash with protesters\n2025-03-14 09:12 UTC" + headerBody, "2025-03-14"},
		{"abbreviated month with a dot", "Police clash with protesters\nMar. 14, 2025" + headerBody, "2025-03-14"},
		{"sept", "Budget talks resume\nSept. 3, 2024" + headerBody, "2024-09-03"},
		{"abbreviated day first", "Police clash with protesters\n14 Mar 2025" + headerBody, "2025-03-14"},
		{"weekday", "Police clash with protesters\nFriday, March 14, 2025" + headerBody, "2025-03-14"},
		{"abbreviated weekday, day first", "Police clash with protesters\nFri 14 March 2025" + headerBody, "2025-03-14"},
		{"ordinal", "Police clash with protesters\nMarch 14th, 2025" + headerBody, "2025-03-14"},
		{"ordinal of", "Police clash with protesters\n14th of March 2025" + headerBody, "2025-03-14"},
		{"no comma", "Police clash with protesters\nMarch 14 2025" + headerBody, "2025-03-14"},
		{"lower case", "Police clash with protesters\nmarch 14, 2025" + headerBody, "2025-03-14"},
		{"am pm and zone", "Police clash with protesters\nMarch 14, 2025, 9:12 a.m. ET" + headerBody, "2025-03-14"},
		{"at a time", "Police clash with protesters\n14 March 2025 at 14.05 CET" + headerBody, "2025-03-14"},
		{"dash and time", "Police clash with protesters\nMarch 14, 2025 - 3pm" + headerBody, "2025-03-14"},
		{"numeric zone", "Police clash with protesters\n14 March 2025 09:12 +0300" + headerBody, "2025-03-14"},
		{"published label", "Police clash with protesters\nPublished March 14, 2025" + headerBody, "2025-03-14"},
		{"published on with colon", "Police clash with protesters\nPublished on: 14 March 2025" + headerBody, "2025-03-14"},
		{"posted", "Police clash with protesters\nPosted 2025-03-14 08:00" + headerBody, "2025-03-14"},
		{"date label", "Police clash with protesters\nDate: 2025-03-14" + headerBody, "2025-03-14"},
		{"published and updated on one line", "Police clash with protesters\nPublished March 14, 2025 | Updated March 15, 2025" + headerBody, "2025-03-14"},
		{"updated first on one line", "Police clash with protesters\nUpdated March 15, 2025 · Published March 14, 2025" + headerBody, "2025-03-14"},
		{"updated first, published below", "Police clash with protesters\nLast updated: 15 March 2025\nFirst published: 14 March 2025" + headerBody, "2025-03-14"},
		{"only updated", "Police clash with protesters\nUpdated 15 March 2025 10:40 GMT" + headerBody, "2025-03-15"},
		{"after a byline", "Police clash with protesters\nBy Amina Odhiambo\nMarch 14, 2025" + headerBody, "2025-03-14"},
		{"date first", "March 14, 2025\nPolice clash with protesters" + headerBody, "2025-03-14"},
		{"blank lines around", "\n\nPolice clash with protesters\n\n  March 14, 2025  \n" + headerBody, "2025-03-14"},
		{"wire dateline with year", "Police clash with protesters\n\nNAIROBI, March 14, 2025 (Reuters) - Police fired tear gas at a march of several thousand people on Friday, witnesses said.", "2025-03-14"},
		{"wire dateline with region", "NAIROBI, Kenya, 14 March 2025 (AFP) — Police fired tear gas at a march on Friday.", "2025-03-14"},
		{"dateline and published label", "Senate passes the budget\n\nWASHINGTON (AP) — Published 2025-03-14\n\nThe Senate passed the budget late on Friday after a long debate over spending.", "2025-03-14"},
		{"dateline and published label, body on the line", "WASHINGTON (AP) — Published 2025-03-14 — The Senate passed the budget late on Friday after a long debate over spending and taxes.", "2025-03-14"},

		{"no date at all", "Police clash with protesters" + headerBody, ""},
		{"wire dateline without a year", "Police clash with protesters\n\nNAIROBI, March 14 (Reuters) - Police fired tear gas at a march of several thousand people on Friday.", ""},
		{"dateline without a label", "Senate passes the budget\n\nWASHINGTON (AP) — 2025-03-14 The Senate passed the budget.", ""},
		{"date in a body sentence", "Police clash with protesters\n\nThe march on March 14, 2025 drew several thousand people to the centre of Nairobi.", ""},
		{"sentence starting with a date", "Police clash with protesters\n\nMarch 14, 2025 was the day several thousand people marched through the centre of Nairobi.", ""},
		{"date ending a short sentence", "Police clash with protesters\nThe march was held on\nMarch 14, 2025." + headerBody, ""},
		{"date and byline on one line", "Police clash with protesters\nBy Amina Odhiambo, March 14, 2025" + headerBody, ""},
		{"date in the title", "Police clash with protesters on March 14, 2025" + headerBody, ""},
		{"month and year only", "Police clash with protesters\nMarch 2025" + headerBody, ""},
		{"no year", "Police clash with protesters\nMarch 14" + headerBody, ""},
		{"ambiguous numeric date", "Police clash with protesters\n03/04/2025" + headerBody, ""},
		{"impossible day", "Police clash with protesters\nFebruary 30, 2025" + headerBody, ""},
		{"wrong weekday", "Police clash with protesters\nMonday, March 14, 2025" + headerBody, ""},
		{"not a month", "Police clash with protesters\nChapter 14, 2025" + headerBody, ""},
		{"year out of range", "Police clash with protesters\nMarch 14, 1850" + headerBody, ""},
		{"relative update", "Police clash with protesters\nUpdated 3 hours ago" + headerBody, ""},
		{"below the header", "One\nTwo\nThree\nFour\nFive\nMarch 14, 2025" + headerBody, ""},
		{"after the body started", "Police clash with protesters\n\nPolice fired tear gas at a march of several thousand people on Friday, witnesses said, and the crowd scattered.\nMarch 14, 2025", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := headerDate(Normalize(tt.text))
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("headerDate(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestReadPlainHeaderDate(t *testing.T) {
	const text = "Police clash with protesters in Nairobi\nMarch 14, 2025\n\nNAIROBI — Police fired tear gas at a march of several thousand people on Friday, witnesses said."
	t.Run("from the header", func(t *testing.T) {
		recs := readString(t, "paste.txt", text, Options{})
		a := recs[0].Article
		if a.Date.String() != "2025-03-14" || recs[0].Warning != "" {
			t.Errorf("got date %s, warning %q; want 2025-03-14 and no warning", a.Date, recs[0].Warning)
		}
		if a.Title != "Police clash with protesters in Nairobi" || a.Text != Normalize(text) {
			t.Errorf("got title %q, text %q; want the first line and the whole text", a.Title, a.Text)
		}
	})
	t.Run("the date option first", func(t *testing.T) {
		recs := readString(t, "paste.txt", text, Options{Date: chronicle.NewDay(2025, 3, 20)})
		if d := recs[0].Article.Date.String(); d != "2025-03-20" {
			t.Errorf("date %s, want the option's 2025-03-20", d)
		}
	})
	t.Run("the date line first", func(t *testing.T) {
		recs := readString(t, "paste.txt", " date 2025-03-21 "+text, Options{})
		if d := recs[0].Article.Date.String(); d != "2025-03-21" {
			t.Errorf("date %s, want the date line's 2025-03-21", d)
		}
	})
	t.Run("from standard input", func(t *testing.T) {
		var recs []Record
		for rec := range Read(t.Context(), []string{"-"}, Options{Stdin: strings.NewReader(text)}) {
			checkRecord(t, rec)
			recs = append(recs, rec)
		}
		if len(recs) != 1 || recs[0].Article == nil || recs[0].Article.Date.String() != "2025-03-14" {
			t.Errorf("got %+v, want one article dated 2025-03-14", recs)
		}
	})
}

// TestReadHTMLKeepsMetaDate checks that a page is dated by its meta tags,
// not by a date at the top of its text.
func TestReadHTMLKeepsMetaDate(t *testing.T) {
	const page = `<html><head><title>Police clash with protesters</title>
<meta property="article:published_time" content="2025-03-13T22:00:00Z"></head>
<body><article><p>March 14, 2025</p><p>Police fired tear gas at a march of several thousand people on Friday.</p></article></body></html>`
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, []string{path}, Options{})
	if len(recs) != 1 || recs[0].Article == nil || recs[0].Article.Date.String() != "2025-03-13" {
		t.Errorf("got %+v, want the page dated 2025-03-13 by its meta tag", recs)
	}
}

func FuzzHeaderDate(f *testing.F) {
	f.Add("Title\nMarch 14, 2025\n\nBody.")
	f.Add("Title\n14 March 2025 | 09:12 GMT")
	f.Add("NAIROBI, March 14, 2025 (Reuters) - body")
	f.Add("WASHINGTON (AP) — Published 2025-03-14")
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := headerDate(text)
		if ok != !d.IsZero() {
			t.Fatalf("headerDate(%q) = %v, %v: ok must say whether there is a date", text, d, ok)
		}
		if ok && (d.Time().Year() < 1900 || d.Time().Year() > 2100) {
			t.Fatalf("headerDate(%q) = %v, out of the years 1900 to 2100", text, d)
		}
		// Only the header counts: what follows its last line changes nothing.
		header, n := "", 0
		for line := range strings.Lines(text) {
			if strings.TrimSpace(line) != "" {
				n++
			}
			if n > headerLines {
				break
			}
			header += line
		}
		if hd, hok := headerDate(header); hd != d || hok != ok {
			t.Fatalf("headerDate(%q) = %v, %v but of its first %d lines %q = %v, %v", text, d, ok, headerLines, header, hd, hok)
		}
	})
}
