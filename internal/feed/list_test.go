package feed

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/fetch"
)

func TestParseList(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"lines", "# my feeds\n\nhttps://a.test/rss\n  http://b.test/atom.xml  \r\nhttps://a.test/rss\n", []string{"https://a.test/rss", "http://b.test/atom.xml"}},
		{"opml", `<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body>
			<outline text="World"><outline text="A" type="rss" xmlUrl="https://a.test/rss"/>
			<outline text="Deeper"><outline text="B" xmlUrl="http://b.test/feed"/></outline></outline>
			<outline text="No feed here"/></body></opml>`, []string{"https://a.test/rss", "http://b.test/feed"}},
		{"opml latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml><body><outline text=\"Caf\xe9\" xmlUrl=\"https://c.test/f\"/></body></opml>", []string{"https://c.test/f"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseList(strings.NewReader(tt.in), "feeds.txt")
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestParseListErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not a url", "https://a.test/rss\nfeeds/local.xml\n", "feeds.txt:2:"},
		{"ftp", "ftp://a.test/rss\n", "feeds.txt:1:"},
		{"broken opml", "<opml><body><outline xmlUrl=\"https://a.test\"></body>", "feeds.txt:1: not valid OPML"},
		{"not opml", "<rss><channel/></rss>", "want <opml>"},
		{"bad outline", `<opml><body><outline xmlUrl="mailto:x@y.test"/></body></opml>`, "not an http or https URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseList(strings.NewReader(tt.in), "feeds.txt")
			if err == nil || !errors.Is(err, chronicle.ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an ErrInvalid containing %q", err, tt.want)
			}
		})
	}
}

func TestDefaults(t *testing.T) {
	urls := Defaults()
	if len(urls) < 8 {
		t.Fatalf("%d default feeds", len(urls))
	}
	for _, u := range urls {
		if _, err := fetch.ParseURL(u); err != nil || !strings.HasPrefix(u, "https://") {
			t.Errorf("default feed %q: want an https URL", u)
		}
	}
}
