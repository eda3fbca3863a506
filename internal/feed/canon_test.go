package feed

import "testing"

func TestCanonical(t *testing.T) {
	const want = "https://news.test/world/story-1"
	same := []string{
		"https://news.test/world/story-1",
		"http://news.test/world/story-1",
		"https://www.news.test/world/story-1",
		"https://m.news.test/world/story-1/",
		"HTTPS://News.Test:443/world/story-1#comments",
		"http://news.test:80/world/./story-1?utm_source=rss&utm_medium=feed",
		"https://news.test/world//story-1?fbclid=abc&at_medium=x",
		" https://amp.news.test/world/story-1 ",
	}
	for _, u := range same {
		if got := Canonical(u); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", u, got, want)
		}
	}
	tests := []struct{ in, want string }{
		{"https://news.test/a?id=7&b=2&utm_campaign=x", "https://news.test/a?b=2&id=7"},
		{"https://news.test/", "https://news.test/"},
		{"https://news.test", "https://news.test/"},
		{"https://m.test/a", "https://m.test/a"}, // a two-label host keeps its name
		{"https://news.test:8080/a", "https://news.test:8080/a"},
		{"https://news.test/A/B", "https://news.test/A/B"},
		{"https://news.test/caf%C3%A9", "https://news.test/caf%C3%A9"},
		{"urn:uuid:1234", "urn:uuid:1234"},
		{"not a url", "not a url"},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCanonical(f *testing.F) {
	f.Add("https://www.news.test/a/b/?utm_source=x&k=v#f")
	f.Add("http://m.x.test:80//a/../b")
	f.Fuzz(func(t *testing.T, s string) {
		c := Canonical(s)
		if Canonical(c) != c {
			t.Fatalf("Canonical is not idempotent: %q -> %q -> %q", s, c, Canonical(c))
		}
	})
}

func BenchmarkCanonical(b *testing.B) {
	for b.Loop() {
		Canonical("http://www.news.test/world/2024/03/story-about-things/?utm_source=rss&utm_medium=feed&id=42#top")
	}
}
