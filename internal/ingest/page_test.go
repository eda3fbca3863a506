package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"chronicle"
)

func TestReadPage(t *testing.T) {
	const story = `<html><head>
<title>Bridge reopens | The Valley Post</title>
<meta name="author" content="Ana Ortiz">
<link rel="canonical" href="/news/bridge-reopens">
<meta property="article:published_time" content="2023-05-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Bridge reopens</h1>
<p class="byline">By Someone Else</p>
<div itemprop="articleBody">
<p>The old bridge over the river opened again on Tuesday after a year of repairs.</p>
<figure><img src="b.jpg"><figcaption class="caption">The bridge at dawn.</figcaption></figure>
<div class="share-tools"><p>Share this story</p></div>
<p>Read more: <a href="/a">Roads</a> <a href="/b">Rivers and the long history of crossings</a></p>
<p>Drivers will pay no toll, the council said.</p>
</div>
<section class="related-stories"><p>Another story entirely.</p></section>
</article>
</body></html>`
	p, err := ReadPage([]byte(story), "text/html; charset=utf-8", "https://www.valley-post.example/news/bridge-reopens?utm_source=rss")
	if err != nil {
		t.Fatal(err)
	}
	a := p.Article
	want := "The old bridge over the river opened again on Tuesday after a year of repairs.\n\nDrivers will pay no toll, the council said."
	if a.Text != want {
		t.Errorf("text %q\nwant %q", a.Text, want)
	}
	if a.ID != chronicle.IDOf(want) || a.Title != "Bridge reopens | The Valley Post" || a.Date.String() != "2023-05-02" {
		t.Errorf("article %+v", a)
	}
	if p.Canonical != "https://www.valley-post.example/news/bridge-reopens" || a.URL != p.Canonical || a.Source != "valley-post.example" {
		t.Errorf("canonical %q url %q source %q", p.Canonical, a.URL, a.Source)
	}
	if p.Byline != "Ana Ortiz" {
		t.Errorf("byline %q", p.Byline)
	}
}

func TestReadPageBylines(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"json-ld person", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lee Park"}}</script><p>Text.</p>`, "Lee Park"},
		{"json-ld list", `<script type="application/ld+json">{"@graph":[{"author":[{"name":"A. One"},{"name":"B. Two"}]}]}</script><p>Text.</p>`, "A. One and B. Two"},
		{"byline class", `<article><p class="story-byline byline">By  Mia Chen</p><p>Text.</p></article>`, "Mia Chen"},
		{"rel author", `<p>Text by <a rel="author" href="/people/kim">Kim Roe</a>.</p>`, "Kim Roe"},
		{"author url ignored", `<meta property="article:author" content="https://social.example/someone"><p>Text.</p>`, ""},
		{"none", `<p>Text.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReadPage([]byte(tt.page), "text/html", "https://example.org/a")
			if err != nil {
				t.Fatal(err)
			}
			if p.Byline != tt.want {
				t.Errorf("byline %q, want %q", p.Byline, tt.want)
			}
		})
	}
}

func TestReadPageCharsets(t *testing.T) {
	latin := []byte("<html><body><p>Caf\xe9 na\xefve \xfcber</p></body></html>")
	win := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Quoted\x94 \x96 dash \x80</p></body></html>")
	tests := []struct {
		name, ct string
		data     []byte
		want     string
	}{
		{"header iso-8859-1", "text/html; charset=ISO-8859-1", latin, "Café naïve über"},
		{"no declaration, not utf-8", "text/html", latin, "Café naïve über"},
		{"meta windows-1252", "text/html", win, "\u201cQuoted\u201d \u2013 dash €"},
		{"utf-8", "text/html; charset=utf-8", []byte("<p>Café</p>"), "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReadPage(tt.data, tt.ct, "http://example.org/")
			if err != nil {
				t.Fatal(err)
			}
			if p.Article.Text != tt.want {
				t.Errorf("text %q, want %q", p.Article.Text, tt.want)
			}
		})
	}
}

func TestReadPageErrors(t *testing.T) {
	tests := []struct{ name, ct, data string }{
		{"pdf", "application/pdf", "%PDF-1.4"},
		{"json", "application/json", `{"a":1}`},
		{"binary", "text/html", "<p>\x00\x01\x02</p>"},
		{"not html sniffed", "", "just words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPage([]byte(tt.data), tt.ct, "https://example.org/x")
			if !errors.Is(err, chronicle.ErrInvalid) || !strings.Contains(err.Error(), "example.org/x") {
				t.Errorf("got %v, want ErrInvalid naming the URL", err)
			}
		})
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."},
		{"plain   words\nhere", "plain words here"},
		{"", ""},
		{"<script>x()</script><p>Kept.</p>", "Kept."},
	}
	for _, tt := range tests {
		if got := FragmentText(tt.in); got != tt.want {
			t.Errorf("FragmentText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzReadPage(f *testing.F) {
	f.Add("<p>Body.</p>", "text/html; charset=iso-8859-1")
	f.Add(`<meta name="author" content="X"><article><p class="byline">By Y</p><p>Z</p></article>`, "")
	f.Fuzz(func(t *testing.T, page, ct string) {
		p, err := ReadPage([]byte(page), ct, "https://example.org/p")
		if err != nil {
			return
		}
		a := p.Article
		if a.ID != chronicle.IDOf(a.Text) || Normalize(a.Text) != a.Text {
			t.Fatalf("article text not normalized or ID wrong: %+v", a)
		}
	})
}

func BenchmarkReadPage(b *testing.B) {
	var page strings.Builder
	page.WriteString(`<html><head><title>A long page</title><meta name="author" content="Desk"></head><body><nav><a href="/">Home</a></nav><article>`)
	for i := range 60 {
		fmt.Fprintf(&page, "<p>Paragraph %d of a long report on the river crossing, with <a href=\"/x\">a link</a> and some more words after it.</p>", i)
		if i%10 == 0 {
			page.WriteString(`<div class="related"><ul><li><a href="/a">Other story</a></li><li><a href="/b">Another one</a></li></ul></div>`)
		}
	}
	page.WriteString("</article><footer>Footer</footer></body></html>")
	data := []byte(page.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadPage(data, "text/html; charset=utf-8", "https://example.org/long"); err != nil {
			b.Fatal(err)
		}
	}
}
