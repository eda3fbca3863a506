package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"chronicle"
)

func TestReadHTML(t *testing.T) {
	tests := []struct {
		file string
		want chronicle.Article // ID is filled in from Text
	}{
		{"article.html", chronicle.Article{
			Date:   chronicle.NewDay(2022, 9, 14),
			Title:  "Ferry service resumes after repairs",
			Source: "harbour-gazette.example",
			URL:    "https://www.harbour-gazette.example/news/ferry-resumes",
			Text: "The island ferry carried its first passengers in three weeks on Wednesday, after engineers replaced a cracked propeller shaft." +
				"\n\nQueues formed early at the pier, and the operator added two extra crossings for the afternoon.\nTickets bought for cancelled sailings remain valid." +
				"\n\nWhat passengers said" +
				"\n\n\u201cWe\u2019re glad to be moving again,\u201d said one commuter." +
				"\n\nCrossings: every 40 minutes\n\nLast boat: 22:10",
		}},
		{"paragraphs.html", chronicle.Article{
			Date:   chronicle.NewDay(2019, 11, 2),
			Title:  "Council passes a smaller budget",
			Source: "example.org",
			URL:    "https://example.org/2019/council-budget",
			Text: "The town council approved a budget on Friday that cuts spending on roads by a tenth." +
				"\n\nMembers argued for four hours before the vote, which passed by seven to five.",
		}},
		{"jsonld.html", chronicle.Article{
			Date:  chronicle.NewDay(2018, 8, 20),
			Title: "Orchard harvest comes early",
			Text:  "Warm weather in July ripened the apples two weeks before the usual date.\n\nPickers from the village began work on Monday.",
		}},
		{"latin1.html", chronicle.Article{
			Title: "Café reopens",
			Text:  "The café on the square reopened on Tuesday with a new owner and a longer menu.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			recs := readAll(t, []string{filepath.Join("testdata", tt.file)}, Options{Date: chronicle.NewDay(2000, 1, 1)})
			if len(recs) != 1 || recs[0].Article == nil {
				t.Fatalf("got %+v, want one article", recs)
			}
			tt.want.ID = chronicle.IDOf(tt.want.Text)
			if diff := cmp.Diff(&tt.want, recs[0].Article, cmp.Comparer(func(a, b chronicle.Day) bool { return a == b })); diff != "" {
				t.Errorf("article differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadHTMLSmall(t *testing.T) {
	tests := []struct {
		name, in       string
		title, text    string
		skip, date, ok string
	}{
		{name: "text outside paragraphs", in: "<html><body>Just a few words<br>on two lines</body></html>",
			title: "Just a few words", text: "Just a few words\non two lines"},
		{name: "h1 title", in: "<h1>Headline  here</h1><p>Body.</p>", title: "Headline here", text: "Body."},
		{name: "time element", in: `<article><time datetime="2015-06-07T10:00">June</time><p>Body.</p></article>`,
			title: "June", text: "June\n\nBody.", date: "2015-06-07"},
		{name: "bad date ignored", in: `<meta property="article:published_time" content="last week"><p>Body.</p>`,
			title: "Body.", text: "Body."},
		{name: "entities and spaces", in: "<p>Fish&nbsp;&amp;\n\n chips&#x21;</p>", title: "Fish & chips!", text: "Fish & chips!"},
		{name: "empty page", in: "<html><head><title>Nothing</title></head><body><nav>menu</nav></body></html>", skip: SkipEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := readString(t, "page.htm", tt.in, Options{})
			if len(recs) != 1 {
				t.Fatalf("got %+v, want one record", recs)
			}
			rec := recs[0]
			if tt.skip != "" {
				if rec.Skip != tt.skip {
					t.Errorf("got %+v, want skipped: %s", rec, tt.skip)
				}
				return
			}
			if rec.Article == nil {
				t.Fatalf("got %+v, want an article", rec)
			}
			a := rec.Article
			if a.Title != tt.title || a.Text != tt.text || a.Date.String() != tt.date {
				t.Errorf("got title %q text %q date %q; want %q %q %q", a.Title, a.Text, a.Date, tt.title, tt.text, tt.date)
			}
		})
	}
}

func FuzzReadHTML(f *testing.F) {
	for _, file := range []string{"article.html", "paragraphs.html", "jsonld.html", "latin1.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add(`<p>a<br>b</p><article><p hidden>x</p></article><script type="application/ld+json">[[[{"datePublished":1}]]]</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		for rec := range Read(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("<" + page)}) {
			checkRecord(t, rec)
			if a := rec.Article; a != nil && strings.Contains(a.Text, "\n\n\n") {
				t.Fatalf("text %q has an empty paragraph", a.Text)
			}
		}
	})
}
