package eval

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
)

func TestReadCAMEO2PLOVER(t *testing.T) {
	table, err := ReadCAMEO2PLOVER(strings.NewReader(`# a table of our own
04: CONSULT
042: CONSULT, visit,   # a visit
1123: ACCUSE, allege, military # aggression
`), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	if m := table["042"]; m.Type != chronicle.Consult || m.Mode != "visit" {
		t.Errorf("042 = %+v", m)
	}
	if m := table["1123"]; m.Type != chronicle.Accuse || m.Mode != "allege" || m.Context != "military" {
		t.Errorf("1123 = %+v", m)
	}
	for code, want := range map[string]chronicle.EventType{"042": chronicle.Consult, "0431": chronicle.Consult, "1123": chronicle.Accuse} {
		if got, ok := PLOVERType(table, code); !ok || got != want {
			t.Errorf("PLOVERType(%s) = %s, %v; want %s", code, got, ok, want)
		}
	}
	for _, code := range []string{"010", "023", "99"} {
		if got, ok := PLOVERType(table, code); ok {
			t.Errorf("PLOVERType(%s) = %s, want none", code, got)
		}
	}
	_, err = ReadCAMEO2PLOVER(strings.NewReader("04: CONSULT\n05: PRAISE, , \n"), "bad.txt")
	if !errors.Is(err, chronicle.ErrInvalid) || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("bad type: err = %v, want ErrInvalid naming bad.txt:2", err)
	}
}

func TestReadPetrarchRecords(t *testing.T) {
	recs, err := ReadPetrarchRecords(strings.NewReader(`<Validation>
#####  a banner
<!--
<Sentence id="commented-out">
-->
<Sentence category="X" date="20200102" id="R1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="AAA" targetcode="BBB" />
<Text>
Alpha visited
Beta.
</Text>
<Parse>
1	Alpha	Alpha	PROPN	NNP	_	2	nsubj	_	_
</Parse>
</Sentence>
<Sentence date = "20200103" id ="R2" category="Y" evaluate="false">
<EventCoding noevents="True" />
<Text>
Nothing happened. </Text>
</Sentence>
`), "r.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("got %d records: %+v", len(recs), recs)
	}
	r := recs[0]
	if r.ID != "R1" || r.Text != "Alpha visited Beta." || r.Date.String() != "2020-01-02" || !r.Evaluate ||
		len(r.Codings) != 1 || r.Codings[0] != (Coding{"042", "AAA", "BBB"}) {
		t.Errorf("R1 = %+v", r)
	}
	r = recs[1]
	if r.ID != "R2" || !r.NoEvents || r.Evaluate || r.Text != "Nothing happened." || r.Date.String() != "2020-01-03" {
		t.Errorf("R2 = %+v", r)
	}
	if _, err := ReadPetrarchRecords(strings.NewReader("<Sentence date=\"20200101\">\n"), "x.xml"); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("record without id: err = %v", err)
	}
}

func TestActorCodes(t *testing.T) {
	dict, err := ReadActorDictionary(strings.NewReader(`<!-- dictionary -->
ALPHALAND [ALP] # a state of our own
+ALPHALANDER
BETA_CITY [BTA]
GAMMA_
	[GAMGOV 19990101-20051231]
`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(dict["ALPHALANDER"], []string{"ALP"}) || !slices.Equal(dict["BETA CITY"], []string{"BTA"}) ||
		!slices.Equal(dict["GAMMA"], []string{"GAMGOV"}) {
		t.Fatalf("dictionary = %v", dict)
	}
	g := gazetteer.Default()
	for _, tt := range []struct {
		e    chronicle.Entity
		code string
		want bool
	}{
		{chronicle.Entity{Name: "Alphalanders", Type: chronicle.Misc}, "ALPGOV", true},
		{chronicle.Entity{Name: "Beta City", Type: chronicle.Location}, "BTA", true},
		{chronicle.Entity{Name: "Beta City", Type: chronicle.Location}, "ALP", false},
		{chronicle.Entity{Name: "Ukrainian", Type: chronicle.Misc}, "UKRMIL", true},
		{chronicle.Entity{Name: "Kyiv", Type: chronicle.Location}, "UKR", true},
		{chronicle.Entity{Name: "Someone", Type: chronicle.Person, Sector: "GOV"}, "---GOV", true},
		{chronicle.Entity{Name: "Someone", Type: chronicle.Person, Sector: "MIL"}, "---GOV", false},
		// unnamed groups the event stage makes: by country, else by sector
		{chronicle.Entity{Name: "Kenyan police", Type: chronicle.Organization, Country: "KEN", Sector: "COP"}, "KENCOP", true},
		{chronicle.Entity{Name: "Kenyan police", Type: chronicle.Organization, Country: "KEN", Sector: "COP"}, "UGACOP", false},
		{chronicle.Entity{Name: "insurgents", Type: chronicle.Organization, Sector: "REB"}, "---REB", true},
		{chronicle.Entity{Name: "insurgents", Type: chronicle.Organization, Sector: "REB"}, "IRQREB", false},
	} {
		codes := EventActorCodes(&tt.e, g, dict)
		if got := codeMatches(tt.code, &tt.e, codes); got != tt.want {
			t.Errorf("%s ~ %s = %v (codes %v), want %v", tt.e.Name, tt.code, got, codes, tt.want)
		}
	}
}

func TestGoldActors(t *testing.T) {
	src, tgt := goldActors([]Coding{{"040", "AAA", "BBB"}, {"040", "BBB", "AAA"}})
	if !slices.Equal(src, []string{"AAA", "BBB"}) || len(tgt) != 0 {
		t.Errorf("reciprocal: %v → %v", src, tgt)
	}
	src, tgt = goldActors([]Coding{{"190", "AAA", "BBB"}, {"190", "CCC", "BBB"}})
	if !slices.Equal(src, []string{"AAA", "CCC"}) || !slices.Equal(tgt, []string{"BBB"}) {
		t.Errorf("one-sided: %v → %v", src, tgt)
	}
}

func TestFutureText(t *testing.T) {
	for text, want := range map[string]bool{
		"The two presidents will meet in Oslo":     true,
		"They'll sign the treaty":                  true,
		"The envoy is scheduled to visit Lima":     true,
		"The minister is to travel to Accra":       true,
		"The envoy visited Lima":                   false,
		"Protesters want the willow tree cut down": false,
	} {
		if got := FutureText(text); got != want {
			t.Errorf("FutureText(%q) = %v, want %v", text, got, want)
		}
	}
	if futureType(chronicle.Consult, true) != chronicle.Agree || futureType(chronicle.Retreat, true) != chronicle.Concede ||
		futureType(chronicle.Assault, true) != chronicle.Assault || futureType(chronicle.Consult, false) != chronicle.Consult {
		t.Error("futureType does not follow the manual's rules")
	}
}
