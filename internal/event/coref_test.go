package event

import (
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// Events that name no participant take those of the event they mention
// again, or are not coded.
func TestSettleEmpty(t *testing.T) {
	g := gazetteer.Default()
	leaders := []ent{person("Elena Vidal", "ESP", "minister"), person("Rui Moreira", "PRT", "minister"), loc("Lisbon", "PRT")}
	met := "Vidal/NNP@1 and/CC Moreira/NNP@2 met/VBD in/IN Lisbon/NNP@3 on/IN Friday/NNP#2024-03-15 ./. "
	tests := []struct {
		name   string
		tagged string
		ents   []ent
		want   []want // every event, in order
		why    string // a note the last event's why must hold
	}{
		{"a later mention takes the participants, date and place",
			met + "Vidal/NNP@1 spoke/VBD to/TO reporters/NNS after/IN the/DT meeting/NN ./.",
			leaders,
			[]want{
				{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}, tgt: []string{}, date: "2024-03-15", place: "Lisbon"},
				{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}, tgt: []string{}, date: "2024-03-15", place: "Lisbon"},
			},
			`a later mention of V1 ("met")`},
		{"a third mention refers to the first, not to the second",
			met + "The/DT meeting/NN was/VBD long/JJ ./. Moreira/NNP@2 described/VBD the/DT talks/NNS as/IN useful/JJ ./.",
			leaders,
			[]want{
				{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}},
				{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}},
				{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}},
			},
			`a later mention of V1 ("met")`},
		{"an indefinite noun is a new event, and without participants it is not coded",
			met + "A/DT meeting/NN is/VBZ planned/VBN ./.",
			leaders,
			[]want{{typ: chronicle.Consult, src: []string{"Elena Vidal", "Rui Moreira"}}},
			""},
		{"a noun with nothing to refer back to is not coded",
			"Reporters/NNS waited/VBD after/IN the/DT meeting/NN ./.",
			nil,
			nil,
			""},
		{"a verb whose subject is nobody is not coded",
			"Associations/NNS in/IN Galicia/NNP@1 criticised/VBD the/DT deal/NN ./.",
			[]ent{loc("Galicia", "ESP")},
			nil,
			""},
		{"an unnamed group is the actor",
			"Thousands/NNS of/IN students/NNS protested/VBD in/IN Belgrade/NNP@1 ./.",
			[]ent{loc("Belgrade", "SRB")},
			[]want{{typ: chronicle.Protest, src: []string{"students"}, place: "Belgrade"}},
			""},
		{"the name of a war is no actor",
			"The/DT Gulf/NNP@1 War/NNP@1 veterans/NNS accused/VBD Iraq/NNP@2 ./. The/DT first/JJ Gulf/NNP@1 War/NNP@1 criticised/VBD nobody/NN ./.",
			[]ent{misc("Gulf War", ""), loc("Iraq", "IRQ")},
			[]want{{typ: chronicle.Accuse, src: []string{}, tgt: []string{"Iraq"}}},
			""},
		{"a proper noun the recognizer missed states an actor",
			"Interpol/NNP protested/VBD in/IN Lyon/NNP@1 ./. It/PRP was/VBD attacked/VBN ./.",
			[]ent{loc("Lyon", "FRA")},
			[]want{{typ: chronicle.Protest, src: []string{}, place: "Lyon"}},
			""},
		{"a mention of another type does not refer back",
			"Vidal/NNP@1 criticised/VBD Moreira/NNP@2 ./. Reporters/NNS waited/VBD after/IN the/DT meeting/NN ./.",
			leaders[:2],
			[]want{{typ: chronicle.Accuse, src: []string{"Elena Vidal"}, tgt: []string{"Rui Moreira"}}},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, "2024-03-15", tt.tagged, tt.ents...)
			evs := Extract(d, g)
			if len(evs) != len(tt.want) {
				t.Fatalf("want %d events, got\n%s", len(tt.want), show(d, evs))
			}
			for i, w := range tt.want {
				if !match(d, evs[i], w) {
					t.Fatalf("event %d: want %+v, got\n%s", i+1, w, show(d, evs))
				}
			}
			if tt.why != "" && !strings.Contains(evs[len(evs)-1].Why, tt.why) {
				t.Errorf("why %q lacks %q", evs[len(evs)-1].Why, tt.why)
			}
		})
	}
}
