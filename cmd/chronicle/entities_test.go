package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"chronicle"
)

// Five short articles of our own that name the United States three ways and
// Donald Trump in full or by surname, through the whole pipeline and store:
// the listing has one United States and one Donald Trump, and --actor finds
// their events by any of their names.
func TestEntitiesAcrossArticles(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "news.jsonl")
	articles := `{"date": "2025-03-03", "title": "Sanctions on Iran", "text": "The U.S. imposed new sanctions on Iran on Monday. Officials in Tehran condemned the move."}
{"date": "2025-03-04", "title": "Trade deal signed", "text": "The United States and Japan signed a trade agreement in Tokyo on Tuesday. Japanese officials welcomed the deal."}
{"date": "2025-03-05", "title": "Leaders meet", "text": "US President Donald Trump met British Prime Minister Keir Starmer in London on Wednesday. The two leaders discussed trade."}
{"date": "2025-03-06", "title": "Trump criticises deal", "text": "Trump criticised the agreement on Thursday. He said the deal was unfair to American workers."}
{"date": "2025-03-07", "title": "Visit planned", "text": "Donald Trump will visit Canada next month, the White House said on Friday."}
`
	if err := os.WriteFile(corpus, []byte(articles), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "c.db")
	if code, _, stderr := chronicleRun(t, "", "ingest", "--quiet", "--db", db, corpus); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}

	code, out, stderr := chronicleRun(t, "", "entities", "--db", db, "--json", "--limit", "100")
	if code != 0 {
		t.Fatalf("entities: exit %d: %s", code, stderr)
	}
	var page struct{ Entities []chronicle.EntitySummary }
	if err := json.Unmarshal([]byte(out), &page); err != nil {
		t.Fatal(err)
	}
	found := map[string]chronicle.EntitySummary{}
	for _, s := range page.Entities {
		found[string(s.Type)+" "+s.Name] = s
	}
	for _, name := range []string{"LOC U.S.", "LOC US", "PERSON Trump"} {
		if _, ok := found[name]; ok {
			t.Errorf("%s listed on its own", name)
		}
	}
	for _, want := range []struct {
		key, alias string
		articles   int
	}{{"LOC United States", "U.S.", 3}, {"PERSON Donald Trump", "Trump", 3}} {
		s, ok := found[want.key]
		if !ok || s.Articles != want.articles || !slices.Contains(s.Aliases, want.alias) {
			t.Errorf("%s: %+v; want %d articles and the alias %q", want.key, s, want.articles, want.alias)
		}
	}

	for _, actor := range []string{"U.S.", "United States", "us"} {
		code, out, stderr := chronicleRun(t, "", "events", "--db", db, "--json", "--actor", actor)
		if code != 0 {
			t.Fatalf("events --actor %s: exit %d: %s", actor, code, stderr)
		}
		var events struct{ Events []chronicle.EventHit }
		if err := json.Unmarshal([]byte(out), &events); err != nil {
			t.Fatal(err)
		}
		titles := map[string]bool{}
		for _, h := range events.Events {
			titles[h.Article.Title] = true
		}
		if !titles["Sanctions on Iran"] || !titles["Trade deal signed"] {
			t.Errorf("events --actor %s: from %v; want the sanctions and the trade deal", actor, titles)
		}
	}

	// --actor-type keeps the actors of that type only
	for _, tc := range []struct {
		typ  string
		code int
		some bool
	}{{"LOC", 0, true}, {"person", 0, false}, {"CITY", 1, false}} {
		code, out, stderr := chronicleRun(t, "", "events", "--db", db, "--json", "--actor", "U.S.", "--actor-type", tc.typ)
		if code != tc.code {
			t.Fatalf("events --actor-type %s: exit %d, want %d: %s", tc.typ, code, tc.code, stderr)
		}
		if code != 0 {
			continue
		}
		var events struct{ Events []chronicle.EventHit }
		if err := json.Unmarshal([]byte(out), &events); err != nil {
			t.Fatal(err)
		}
		if got := len(events.Events) > 0; got != tc.some {
			t.Errorf("events --actor U.S. --actor-type %s: %d events", tc.typ, len(events.Events))
		}
	}
}
