package eval

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// ferry is a small TimeML document in our own words: three gold
// expressions, entities and an event tag to strip, and a creation time.
const ferry = `<?xml version="1.0" ?>
<TimeML>
<DOCID>FERRY1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-26" temporalFunction="false" functionInDocument="CREATION_TIME">20250426</TIMEX3></DCT>
<TEXT>
The ferry &amp; its crew <EVENT eid="e1" class="OCCURRENCE">sailed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-04-25" functionInDocument="NONE">Friday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H" functionInDocument="NONE">two hours</TIMEX3>, as it has done <TIMEX3 tid="t3" type="SET" value="P1W" functionInDocument="NONE">every week</TIMEX3>.
</TEXT>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(ferry), "ferry.tml")
	if err != nil {
		t.Fatal(err)
	}
	if want := chronicle.NewDay(2025, time.April, 26); doc.DCT != want {
		t.Errorf("DCT = %v, want %v", doc.DCT, want)
	}
	if !strings.Contains(doc.Text, "The ferry & its crew sailed Friday for two hours") {
		t.Errorf("Text = %q, want the tags stripped and entities decoded", doc.Text)
	}
	want := []string{"Friday", "two hours", "every week"}
	if len(doc.Gold) != len(want) {
		t.Fatalf("Gold = %v, want %d expressions", doc.Gold, len(want))
	}
	for i, g := range doc.Gold {
		if g.Text != want[i] || doc.Text[g.Start:g.End] != want[i] {
			t.Errorf("Gold[%d] = %q at %v, want %q", i, g.Text, g.Span, want[i])
		}
	}
	if doc.Gold[1].Type != chronicle.DurationTimex || doc.Gold[1].Value != "PT2H" {
		t.Errorf("Gold[1] = %+v, want DURATION PT2H", doc.Gold[1])
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	tests := map[string]string{
		"unclosed tag":  strings.Replace(ferry, "</TEXT>", "", 1),
		"no DCT":        strings.Replace(ferry, `functionInDocument="CREATION_TIME"`, `functionInDocument="NONE"`, 1),
		"bad DCT":       strings.Replace(ferry, `value="2025-04-26"`, `value="someday"`, 1),
		"nested TIMEX3": strings.Replace(ferry, `>two hours<`, `>two <TIMEX3 type="DATE" value="X">hours</TIMEX3><`, 1),
		"no value":      strings.Replace(ferry, ` value="P1W"`, ``, 1),
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ReadTimeML(strings.NewReader(src), "bad.tml")
			if err == nil || !errors.Is(err, chronicle.ErrInvalid) || !strings.Contains(err.Error(), "bad.tml") {
				t.Fatalf("err = %v, want ErrInvalid naming bad.tml", err)
			}
		})
	}
}

func TestScoreTimexes(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(ferry), "ferry.tml")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) chronicle.Span {
		i := strings.Index(doc.Text, s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	// Friday: exact span, right value. "hours": overlaps "two hours", right
	// type, wrong value. "every week": missed. "ferry": spurious.
	find := func(text string, anchor chronicle.Day) []chronicle.Timex {
		if anchor != doc.DCT {
			t.Errorf("anchor = %v, want the DCT %v", anchor, doc.DCT)
		}
		return []chronicle.Timex{
			{Type: chronicle.DateTimex, Value: "XXXX", Span: at("ferry")},
			{Type: chronicle.DateTimex, Value: "2025-04-25", Span: at("Friday")},
			{Type: chronicle.DurationTimex, Value: "PTXH", Span: at("hours")},
		}
	}
	s := ScoreTimexes([]TimeMLDoc{doc}, find)
	if s.Gold != 3 || s.Found != 3 || s.Strict != 1 || s.Relaxed != 2 || s.TypeRight != 2 || s.ValueRight != 1 {
		t.Fatalf("counts = %+v", s)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"strictF1", s.StrictF1, 1.0 / 3},
		{"relaxedF1", s.RelaxedF1, 2.0 / 3},
		{"typeAccuracy", s.TypeAccuracy, 1},
		{"valueF1", s.ValueF1, 1.0 / 3},
		{"valueAccuracy", s.ValueAccuracy, 0.5},
		{"typeF1", s.TypeF1, 2.0 / 3},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if len(s.Mistakes) != 3 {
		t.Fatalf("Mistakes = %d, want 3 (a value, a miss, a spurious one)", len(s.Mistakes))
	}
	for _, m := range s.Mistakes {
		x := m.Gold
		if x == nil {
			x = m.Found
		}
		if !strings.Contains(m.Context, "["+doc.Text[x.Start:x.End]+"]") || strings.Contains(m.Context, "\n") {
			t.Errorf("Context = %q, want %q in brackets on one line", m.Context, doc.Text[x.Start:x.End])
		}
	}
}

// TestScoreTimexesPairing checks the official scorer's pairing: a found
// expression that overlaps two gold ones pairs with the first only, and the
// attribute scores are the relaxed ones scaled by the attribute accuracy.
func TestScoreTimexesPairing(t *testing.T) {
	text := "The vote came Friday at 10 a.m. and lasted two hours."
	at := func(s string) chronicle.Span {
		i := strings.Index(text, s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	doc := TimeMLDoc{Name: "vote", Text: text, DCT: chronicle.NewDay(2025, time.April, 26), Gold: []chronicle.Timex{
		{Type: chronicle.DateTimex, Value: "2025-04-25", Span: at("Friday")},
		{Type: chronicle.TimeTimex, Value: "2025-04-25T10:00", Span: at("10 a.m.")},
		{Type: chronicle.DurationTimex, Value: "PT2H", Span: at("two hours")},
	}}
	find := func(string, chronicle.Day) []chronicle.Timex {
		return []chronicle.Timex{
			{Type: chronicle.TimeTimex, Value: "2025-04-25T10:00", Span: at("Friday at 10 a.m.")},
			{Type: chronicle.DurationTimex, Value: "PT2H", Span: at("two hours")},
			{Type: chronicle.DateTimex, Value: "PRESENT_REF", Span: at("came")},
		}
	}
	s := ScoreTimexes([]TimeMLDoc{doc}, find)
	// "Friday at 10 a.m." pairs with "Friday" (wrong type and value); "10
	// a.m." stays unmatched though the found span covers it.
	if s.Relaxed != 2 || s.Strict != 1 || s.TypeRight != 1 || s.ValueRight != 1 {
		t.Fatalf("counts = %+v, want 2 relaxed, 1 strict, 1 type, 1 value", s)
	}
	if len(s.Mistakes) != 3 || s.Mistakes[0].Found == nil || s.Mistakes[0].Found.Span != at("Friday at 10 a.m.") || s.Mistakes[1].Found != nil {
		t.Errorf("Mistakes = %+v, want Friday mismatched, 10 a.m. missed, one spurious", s.Mistakes)
	}
	relP, relR := 2.0/3, 2.0/3
	relF := 2 * relP * relR / (relP + relR)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"valueAccuracy", s.ValueAccuracy, 0.5},
		{"valuePrecision", s.ValuePrecision, 0.5 * relP},
		{"valueRecall", s.ValueRecall, 0.5 * relR},
		{"valueF1", s.ValueF1, 0.5 * relF},
		{"typeF1", s.TypeF1, 0.5 * relF},
		{"valuePrecision as a count", s.ValuePrecision, 1.0 / 3},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestTimeMLDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "a", "copy"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a/ferry.tml", "a/copy/ferry.tml"} {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(ferry), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	none := func(string, chronicle.Day) []chronicle.Timex { return nil }
	s, err := TimeML(dir, none)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 1 || s.Gold != 3 || s.ValueF1 != 0 {
		t.Fatalf("score = %+v, want one document, 3 gold, nothing found", s)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.tml"), []byte("<TimeML><TEXT>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := TimeML(dir, none); err == nil || !strings.Contains(err.Error(), "broken.tml") {
		t.Fatalf("err = %v, want one naming broken.tml", err)
	}
	if _, err := TimeML(t.TempDir(), none); !errors.Is(err, chronicle.ErrNotFound) {
		t.Fatalf("empty dir: err = %v, want ErrNotFound", err)
	}
}
