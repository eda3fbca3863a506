package sqlite

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"chronicle"
)

func TestFeedState(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feeds.db")
	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Feed(t.Context(), "https://a.test/rss"); !errors.Is(err, chronicle.ErrNotFound) {
		t.Fatalf("unknown feed: %v, want ErrNotFound", err)
	}
	at := time.Date(2024, 6, 1, 12, 30, 0, 5, time.UTC)
	f := &chronicle.Feed{URL: "https://a.test/rss", Title: "A", ETag: `"x"`, LastModified: "Sat, 01 Jun 2024 12:00:00 GMT",
		LastFetch: at, LastSuccess: at.Add(-time.Hour), LastError: "timed out", ErrorAt: at,
		Fetches: 5, Failures: 2, Failing: 1, Entries: 9, Stored: 7, Skipped: 2}
	if err := db.SaveFeed(t.Context(), f); err != nil {
		t.Fatal(err)
	}
	f2 := &chronicle.Feed{URL: "https://b.test/atom"}
	if err := db.SaveFeed(t.Context(), f2); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveFeed(t.Context(), &chronicle.Feed{}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("feed without URL: %v", err)
	}
	db.Close()

	db, err = Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Feed(t.Context(), f.URL)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("feed after reopening (-want +got):\n%s", diff)
	}
	list, err := db.Feeds(t.Context())
	if err != nil || len(list) != 2 || list[0].URL != f.URL || !list[1].LastFetch.IsZero() {
		t.Errorf("Feeds = %+v, %v", list, err)
	}
}

func TestFeedEntries(t *testing.T) {
	db, err := Open(t.Context(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := t.Context()
	refused := &chronicle.FeedEntry{Feed: "https://a.test/rss", GUID: "g1", URLs: []string{"https://a.test/x"}, Outcome: chronicle.EntryRefused, Seen: time.Now()}
	if err := db.SaveEntry(ctx, refused); err != nil {
		t.Fatal(err)
	}
	if id, ok, err := db.SeenURL(ctx, []string{"https://other.test/", "https://a.test/x"}); err != nil || !ok || id != "" {
		t.Errorf("SeenURL after a refused entry = %q, %v, %v", id, ok, err)
	}
	stored := &chronicle.FeedEntry{Feed: "https://b.test/rss", GUID: "g1", URLs: []string{"https://a.test/x", "https://a.test/y"},
		Article: "0123456789abcdef", Byline: "Jo Doe", Outcome: chronicle.EntryStored, Seen: time.Now()}
	if err := db.SaveEntry(ctx, stored); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"https://a.test/x", "https://a.test/y"} {
		if id, ok, err := db.SeenURL(ctx, []string{u}); err != nil || !ok || id != stored.Article {
			t.Errorf("SeenURL(%s) = %q, %v, %v", u, id, ok, err)
		}
	}
	if _, ok, _ := db.SeenURL(ctx, []string{"https://a.test/z"}); ok {
		t.Error("an unknown URL was seen")
	}
	if _, ok, err := db.SeenURL(ctx, nil); ok || err != nil {
		t.Error("no URLs were seen")
	}
	for _, tt := range []struct {
		feed, guid string
		want       bool
	}{{"https://a.test/rss", "g1", true}, {"https://b.test/rss", "g1", true}, {"https://a.test/rss", "g2", false}} {
		if got, err := db.SeenEntry(ctx, tt.feed, tt.guid); got != tt.want || err != nil {
			t.Errorf("SeenEntry(%s, %s) = %v, %v", tt.feed, tt.guid, got, err)
		}
	}
	if b, err := db.Byline(ctx, stored.Article); b != "Jo Doe" || err != nil {
		t.Errorf("Byline = %q, %v", b, err)
	}
	if err := db.SaveEntry(ctx, stored); err != nil {
		t.Errorf("saving an entry again: %v", err)
	}
	if err := db.SaveEntry(ctx, &chronicle.FeedEntry{Feed: "f"}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("entry without guid: %v", err)
	}
}
