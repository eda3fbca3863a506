package event

import (
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// A parse fills a subject the word-order rules cannot reach; without it
// the event has no actor.
func TestParseSubjectFallback(t *testing.T) {
	g := gazetteer.Default()
	tagged := "Boric/NNP@1 ,/, tired/JJ ,/, visited/VBD Lima/NNP@2 ./."
	ents := []ent{person("Gabriel Boric", "CHL", "President"), loc("Lima", "PER")}
	// Boric , tired , visited Lima .
	heads := []int{4, 2, 4, 2, -1, 4, 4}
	deps := []string{"nsubj", "punct", "advcl", "punct", "root", "obj", "punct"}
	for _, parsed := range []bool{false, true} {
		d := build(t, "2025-05-02", tagged, ents...)
		if parsed {
			for i := range d.Tokens {
				d.Tokens[i].Head, d.Tokens[i].Dep = heads[i], deps[i]
			}
		}
		evs := Extract(d, g)
		w := want{typ: chronicle.Consult, src: []string{"Gabriel Boric"}, tgt: []string{"Lima"}}
		got := false
		for _, e := range evs {
			got = got || match(d, e, w)
		}
		if got != parsed {
			t.Errorf("parsed %v: found %+v: %v; events\n%s", parsed, w, got, show(d, evs))
		}
	}
}
