package fetch

import "testing"

func TestParseRobots(t *testing.T) {
	const file = `# rules written for these tests
User-agent: *
Disallow: /private/
Allow: /private/open
Crawl-delay: 3

User-agent: OtherBot
User-agent: Chronicle
Disallow: /drafts
Allow: /drafts/public$
Disallow: /*.pdf$
Disallow: /search?q=*

Sitemap: https://example.org/sitemap.xml
User-agent: SomeoneElse
Disallow: /
`
	chron := ParseRobots([]byte(file), "chronicle")
	star := ParseRobots([]byte(file), "unlisted")
	tests := []struct {
		r    *Robots
		path string
		want bool
	}{
		{chron, "/", true},
		{chron, "/private/x", true}, // Chronicle's own group replaces the * group
		{chron, "/drafts", false},
		{chron, "/drafts/2024/plan", false},
		{chron, "/drafts/public", true},
		{chron, "/drafts/public/more", false},
		{chron, "/files/report.pdf", false},
		{chron, "/files/report.pdf?x=1", true},
		{chron, "/search?q=peace", false},
		{chron, "/search", true},
		{chron, "/robots.txt", true},
		{star, "/private/x", false},
		{star, "/private/open/door", true},
		{star, "/public", true},
	}
	for _, tt := range tests {
		if got := tt.r.Allowed(tt.path); got != tt.want {
			t.Errorf("Allowed(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if star.CrawlDelay.Seconds() != 3 {
		t.Errorf("crawl delay for * = %v, want 3s", star.CrawlDelay)
	}
	if chron.CrawlDelay != 0 {
		t.Errorf("crawl delay for chronicle = %v, want 0", chron.CrawlDelay)
	}
}

func TestParseRobotsEdges(t *testing.T) {
	tests := []struct {
		name, file, path string
		want             bool
	}{
		{"empty file", "", "/a", true},
		{"empty disallow allows", "User-agent: *\nDisallow:\n", "/a", true},
		{"disallow all", "User-agent: *\nDisallow: /\n", "/a", false},
		{"case of agent", "User-agent: CHRONICLE\nDisallow: /a\n", "/a/b", false},
		{"rules before any agent ignored", "Disallow: /\nUser-agent: *\nAllow: /\n", "/x", true},
		{"tie goes to allow", "User-agent: *\nDisallow: /page\nAllow: /page\n", "/page", true},
		{"comments and spaces", "  user-agent :  *   # all\n disallow : /tmp  # temp\n", "/tmp/1", false},
		{"garbage lines", "\x00\xff junk\nUser-agent: *\nDisallow: /x\n", "/x", false},
		{"windows line ends", "User-agent: *\r\nDisallow: /x\r\n", "/x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseRobots([]byte(tt.file), "chronicle").Allowed(tt.path); got != tt.want {
				t.Errorf("Allowed(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /a*b$\nAllow: /a\n", "/a/x/b")
	f.Add("User-agent: chronicle\nDisallow: *\n", "/")
	f.Fuzz(func(t *testing.T, file, path string) {
		r := ParseRobots([]byte(file), "chronicle")
		_ = r.Allowed(path)
		if !r.Allowed("/robots.txt") {
			t.Fatal("/robots.txt must always be allowed")
		}
		if r.CrawlDelay < 0 || r.CrawlDelay > maxCrawlDelay {
			t.Fatalf("crawl delay %v out of range", r.CrawlDelay)
		}
	})
}
