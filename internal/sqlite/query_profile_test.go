package sqlite

import (
	"testing"

	"chronicle"

	"github.com/google/go-cmp/cmp"
)

// TestEntityProfileQuotesBySpeaker checks that a profile lists the quotes
// its entity is the speaker of, newest first, and not those whose
// speaker's words merely contain its name: "US" is in "Bush" and in "the
// US Treasury spokesperson", who speak for themselves.
func TestEntityProfileQuotesBySpeaker(t *testing.T) {
	db := open(t, ":memory:")
	b1 := newDoc(t, "2024-03-01", "Bush speaks", `Bush said "We will stay." The US Treasury spokesperson said "Rates hold." The US said "No comment."`)
	bush := b1.entity("George Bush", chronicle.Person, "USA", nil, "Bush")
	us := b1.entity("US", chronicle.Location, "USA", nil, "US Treasury", "The US")
	spokesperson := b1.entity("Rob Nichols", chronicle.Person, "USA", nil, "spokesperson")
	b1.quote(`"We will stay."`, bush, "Bush")
	b1.quote(`"Rates hold."`, spokesperson, "The US Treasury spokesperson")
	b1.quote(`"No comment."`, us, "The US")
	b2 := newDoc(t, "2024-03-02", "Washington replies", `The US said "Later."`)
	us2 := b2.entity("US", chronicle.Location, "USA", nil, "The US")
	b2.quote(`"Later."`, us2, "The US")
	for _, d := range []*chronicle.Document{b1.d, b2.d} {
		if _, err := db.SaveDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	p, err := db.EntityProfile(t.Context(), "us", "")
	if err != nil {
		t.Fatal(err)
	}
	var quotes []string
	for _, q := range p.Quotes {
		quotes = append(quotes, q.Text+" ("+q.SpeakerName+", "+q.Article.Title+")")
	}
	want := []string{`"Later." (US, Washington replies)`, `"No comment." (US, Bush speaks)`}
	if diff := cmp.Diff(want, quotes); diff != "" {
		t.Errorf("quotes of US (-want +got):\n%s", diff)
	}
	if len(p.Recent) != 2 || p.Recent[0].Title != "Washington replies" || p.Recent[1].Title != "Bush speaks" {
		t.Errorf("recent articles of US = %+v, want the two, newest first", p.Recent)
	}
}
