package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// The event scorer reads the PETRARCH and UniversalPetrarch validation
// records: sentences with the CAMEO event codes and CAMEO actor codes a
// coder should give them. CAMEO codes become PLOVER types through the
// CAMEO2PLOVER table; actor codes are matched to the entities Chronicle
// names by country (see EventActorCodes).

// A CAMEOMapping is one row of the CAMEO-to-PLOVER table: the PLOVER type,
// mode and context of a CAMEO code.
type CAMEOMapping struct {
	Type    chronicle.EventType
	Mode    string
	Context string
}

// ReadCAMEO2PLOVER reads the CAMEO-to-PLOVER table: lines "CODE: TYPE,
// mode, context # comment"; blank lines, "#" comments and other lines
// without a "CODE:" prefix are skipped. A code mapped to a type that is not
// one of PLOVER's 16 is an error naming name and the line.
func ReadCAMEO2PLOVER(r io.Reader, name string) (map[string]CAMEOMapping, error) {
	out := map[string]CAMEOMapping{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		code, rest, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok || code == "" || !isDigits(code) {
			continue
		}
		f := strings.Split(rest, ",")
		t := chronicle.EventType(strings.TrimSpace(f[0]))
		if !slices.Contains(chronicle.EventTypes, t) {
			return nil, fmt.Errorf("%s:%d: code %s: %q is not a PLOVER type: %w", name, line, code, f[0], chronicle.ErrInvalid)
		}
		m := CAMEOMapping{Type: t}
		if len(f) > 1 {
			m.Mode = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			m.Context = strings.TrimSpace(strings.Join(f[2:], ","))
		}
		out[code] = m
	}
	return out, sc.Err()
}

// PLOVERType returns the PLOVER type of a CAMEO code: the table's row for
// the code, else for its three- and two-digit prefixes; ok is false for
// the statements and appeals (01, 02) PLOVER dropped and for codes the
// table does not know.
func PLOVERType(table map[string]CAMEOMapping, code string) (chronicle.EventType, bool) {
	if strings.HasPrefix(code, "01") || strings.HasPrefix(code, "02") {
		return "", false
	}
	for n := len(code); n >= 2; n-- {
		if m, ok := table[code[:n]]; ok {
			return m.Type, true
		}
	}
	return "", false
}

// A PetrarchRecord is one validation sentence: its text, date, and the
// codings it should get (none when NoEvents).
type PetrarchRecord struct {
	ID       string
	Category string
	Date     chronicle.Day
	Text     string
	Codings  []Coding
	NoEvents bool
	Evaluate bool
	Line     int
}

// A Coding is one expected CAMEO event: event code and actor codes.
type Coding struct {
	Event, Source, Target string
}

// ReadPetrarchRecords reads a PETRARCH validation file. The files are not
// well-formed XML (tags left open, "#" banners), so it reads them line by
// line: "<Sentence …>" starts a record, "<EventCoding …>" adds a coding or
// marks it as having no events, "<Text>" … "</Text>" holds the text.
// Comments and parses are skipped. A record with no id is an error naming
// name and the line.
func ReadPetrarchRecords(r io.Reader, name string) ([]PetrarchRecord, error) {
	var out []PetrarchRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	var cur *PetrarchRecord
	var text []string
	inText, inComment := false, false
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if inComment {
			if strings.Contains(l, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(l, "<!--") && !strings.Contains(l, "-->") {
			inComment = true
			continue
		}
		if inText {
			if i := strings.Index(l, "</Text>"); i >= 0 {
				if t := strings.TrimSpace(l[:i]); t != "" {
					text = append(text, t)
				}
				inText = false
				cur.Text = strings.Join(text, " ")
				continue
			}
			text = append(text, l)
			continue
		}
		switch {
		case strings.HasPrefix(l, "<Sentence "):
			attrs := attributes(l)
			if attrs["id"] == "" {
				return nil, fmt.Errorf("%s:%d: sentence without id: %w", name, line, chronicle.ErrInvalid)
			}
			out = append(out, PetrarchRecord{ID: attrs["id"], Category: attrs["category"], Line: line,
				Evaluate: attrs["evaluate"] != "false"})
			cur = &out[len(out)-1]
			if d := attrs["date"]; len(d) == 8 {
				cur.Date, _ = chronicle.ParseDay(d[:4] + "-" + d[4:6] + "-" + d[6:])
			}
			if strings.EqualFold(attrs["noevents"], "true") {
				cur.NoEvents = true
			}
			if attrs["eventcode"] != "" {
				cur.Codings = append(cur.Codings, Coding{attrs["eventcode"], attrs["sourcecode"], attrs["targetcode"]})
			}
		case cur != nil && strings.HasPrefix(l, "<EventCoding"):
			attrs := attributes(l)
			if strings.EqualFold(attrs["noevents"], "true") {
				cur.NoEvents = true
			}
			if attrs["eventcode"] != "" {
				cur.Codings = append(cur.Codings, Coding{attrs["eventcode"], attrs["sourcecode"], attrs["targetcode"]})
			}
		case cur != nil && strings.HasPrefix(l, "<Text>"):
			inText, text = true, text[:0]
			if rest := strings.TrimPrefix(l, "<Text>"); strings.Contains(rest, "</Text>") {
				inText = false
				cur.Text = strings.TrimSpace(strings.TrimSuffix(rest, "</Text>"))
			}
		}
	}
	return out, sc.Err()
}

// attributes reads the key="value" pairs of a tag line, with or without
// spaces around the "=".
func attributes(l string) map[string]string {
	out := map[string]string{}
	for strings.Contains(l, ` =`) || strings.Contains(l, `= `) {
		l = strings.ReplaceAll(strings.ReplaceAll(l, ` =`, `=`), `= `, `=`)
	}
	for {
		eq := strings.Index(l, `="`)
		if eq < 0 {
			return out
		}
		k := l[:eq]
		if i := strings.LastIndexAny(k, " \t<"); i >= 0 {
			k = k[i+1:]
		}
		rest := l[eq+2:]
		end := strings.IndexByte(rest, '"')
		if end < 0 {
			return out
		}
		out[strings.ToLower(k)] = rest[:end]
		l = rest[end+1:]
	}
}

// ReadActorDictionary reads a PETRARCH actor dictionary: "NAME [CODE]"
// lines ("_" for spaces), "+SYNONYM" lines for the name before, and
// indented "[CODE dates]" lines giving a name's codes by date. It returns
// each name, upper case with spaces, and its codes.
func ReadActorDictionary(r io.Reader) (map[string][]string, error) {
	out := map[string][]string{}
	sc := bufio.NewScanner(r)
	var last []string // names of the current entry
	for sc.Scan() {
		raw := sc.Text()
		l := raw
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "<") {
			continue
		}
		name, code := l, ""
		if i := strings.IndexByte(l, '['); i >= 0 {
			name = strings.TrimSpace(l[:i])
			if j := strings.IndexByte(l[i:], ']'); j > 0 {
				f := strings.Fields(l[i+1 : i+j])
				if len(f) > 0 {
					code = strings.ToUpper(strings.TrimPrefix(f[0], "~"))
				}
			}
		}
		switch {
		case strings.HasPrefix(name, "+"):
			n := dictName(name[1:])
			last = append(last, n)
			if len(last) > 0 {
				out[n] = append(out[n], out[last[0]]...)
			}
		case name == "" && code != "":
			for _, n := range last {
				out[n] = append(out[n], code)
			}
		case name != "":
			n := dictName(name)
			last = []string{n}
			if code != "" {
				out[n] = append(out[n], code)
			}
		}
	}
	return out, sc.Err()
}

func dictName(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", " ")
	return strings.ToUpper(strings.TrimSpace(s))
}

// EventActorCodes returns the country-level codes an entity stands for,
// the way the validation records code actors: its country, the countries
// the gazetteer gives for its name and mentions (as a country, demonym or
// capital), "IGO" for international organisations, and the codes of any
// name of the actor dictionary dict that equals, or (for a dictionary name
// not ending in "_") begins, its name or a mention. A gold code matches
// when its first three letters are among these; a gold code with no
// country ("---GOV") matches an entity whose sector is its next three.
func EventActorCodes(e *chronicle.Entity, g *gazetteer.Gazetteer, dict map[string][]string) []string {
	var out []string
	addc := func(c string) {
		if len(c) >= 3 && !slices.Contains(out, c[:3]) {
			out = append(out, c[:3])
		}
	}
	addc(e.Country)
	if e.Sector == "IGO" {
		addc("IGO")
	}
	names := []string{e.Name}
	for _, m := range e.Mentions {
		if m.Kind == chronicle.NameMention {
			names = append(names, m.Text)
		}
	}
	for _, n := range names {
		if g != nil {
			if c, ok := g.Country(n); ok {
				addc(c.Alpha3)
			}
			if c, ok := g.Demonym(n); ok {
				addc(c.Alpha3)
			}
			if c, ok := g.Capital(n); ok {
				addc(c.Alpha3)
			}
		}
		u := dictName(n)
		for k, codes := range dict {
			if u == k || len(k) >= 4 && strings.HasPrefix(u, k) && !strings.HasSuffix(k, " ") {
				for _, c := range codes {
					addc(c)
				}
			}
		}
	}
	return out
}

// codeMatches reports whether entity e (with codes) stands for the gold
// actor code.
func codeMatches(code string, e *chronicle.Entity, codes []string) bool {
	code = strings.ToUpper(code)
	if len(code) < 3 {
		return false
	}
	if code[:3] == "---" {
		return len(code) >= 6 && e.Sector != "" && e.Sector == code[3:6]
	}
	return slices.Contains(codes, code[:3])
}

// An EventSetScore is how the event stage does on one file of records.
type EventSetScore struct {
	Name     string `json:"name"`
	Records  int    `json:"records"`  // records read and scored or counted
	Skipped  int    `json:"skipped"`  // marked evaluate="false", or with no text
	Unscored int    `json:"unscored"` // coded only with CAMEO statements or appeals, which PLOVER dropped

	WithEvents   int     `json:"withEvents"` // records whose codes map to PLOVER types
	TypeCorrect  int     `json:"typeCorrect"`
	TypeAccuracy float64 `json:"typeAccuracy"` // the main event's type is one of the gold types

	// TypeAccuracyTable is the type accuracy with gold types from the
	// CAMEO2PLOVER table alone, before the manual's rules for future
	// cooperation (see FutureText).
	TypeCorrectTable  int     `json:"typeCorrectTable"`
	TypeAccuracyTable float64 `json:"typeAccuracyTable"`

	NoEvent          int     `json:"noEvent"`          // records coded with no event
	NoEventCorrect   int     `json:"noEventCorrect"`   // … for which no event was found
	NoEventPrecision float64 `json:"noEventPrecision"` // NoEventCorrect / NoEvent

	Source ActorCounts `json:"source"`
	Target ActorCounts `json:"target"`
	SrcP   float64     `json:"sourcePrecision"`
	SrcR   float64     `json:"sourceRecall"`
	SrcF1  float64     `json:"sourceF1"`
	TgtP   float64     `json:"targetPrecision"`
	TgtR   float64     `json:"targetRecall"`
	TgtF1  float64     `json:"targetF1"`

	// Confusion counts, for each gold type, the main types found ("-" for
	// none), over the records with events.
	Confusion map[string]map[string]int `json:"confusion"`

	// Misses are the records whose type was wrong, or that were coded with
	// no event and got one.
	Misses []EventMiss `json:"misses"`

	// ActorMisses are the records with events whose actors or recipients
	// were not all found or not all right; Gold holds the gold codings
	// ("CODE SOURCE→TARGET") and Got the events scored, each entity with
	// the codes it stands for.
	ActorMisses []EventMiss `json:"actorMisses"`
}

// An EventMiss is a record the event stage got wrong.
type EventMiss struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Gold string `json:"gold"` // the gold types, "|"-joined; "-" for none
	Got  string `json:"got"`  // the events found: "TYPE src→tgt (trigger)", "; "-joined
}

// An EventScore is the event stage's score on the validation records:
// TypeAccuracy (and TypeAccuracyTable) on the real newswire set
// (PETR2_GSR_validation), SourceF1 and TargetF1 over all sets together,
// and each set's details.
type EventScore struct {
	TypeAccuracy      float64         `json:"typeAccuracy"`
	TypeAccuracyTable float64         `json:"typeAccuracyTable"`
	SourceF1          float64         `json:"sourceF1"`
	TargetF1          float64         `json:"targetF1"`
	Sets              []EventSetScore `json:"sets"`
}

// PetrarchSets are the validation files Events scores, relative to the
// event-coding folder, with the actor dictionary of the fictional states
// their records use ("" for the real newswire set, coded with real country
// codes).
var PetrarchSets = []struct{ Name, Records, Actors string }{
	{"PETR2_GSR_validation", "UniversalPetrarch@master/UniversalPetrarch/data/text/PETR2_GSR_validation.xml", ""},
	{"PETR_Validate_records_2_02", "UniversalPetrarch@dev-validate/UniversalPetrarch/validate/PETR_Validate_records_2_02.xml",
		"UniversalPetrarch@dev-validate/UniversalPetrarch/validate/PETR_Validate_actors_2_02.txt"},
	{"PETR.UnitTest.records", "petrarch2@master/petrarch2/data/text/PETR.UnitTest.records.xml",
		"petrarch2@master/petrarch2/data/dictionaries/PETR.Validate.actors.txt"},
}

// Events scores the events that analyze finds in the PETRARCH validation
// records under dir (the event-coding folder, holding CAMEO2PLOVER-2021.txt
// and the files of PetrarchSets). Each record's text is analysed as one
// article dated by the record.
//
// Per record with PLOVER-mapped codes: the type is right when the main
// event found (the surest one not negated) has one of the gold types.
// Sources and targets are scored as sets: each entity found as an actor
// (recipient) of an event of a gold type, or of the main event when none
// has a gold type, is right when it matches a gold actor (recipient) code
// (see EventActorCodes); each gold code is found when some entity matches
// it. Where the codes are reciprocal (A→B and B→A), PLOVER codes all
// participants as actors, so the gold actors are both and the recipients
// none. A missing file is an error.
func Events(dir string, analyze func(*chronicle.Article) *chronicle.Document, g *gazetteer.Gazetteer) (EventScore, error) {
	var out EventScore
	f, err := os.Open(filepath.Join(dir, "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		return out, err
	}
	table, err := ReadCAMEO2PLOVER(f, f.Name())
	f.Close()
	if err != nil {
		return out, err
	}
	var src, tgt ActorCounts
	for _, set := range PetrarchSets {
		s, err := scoreSet(dir, set.Name, set.Records, set.Actors, table, analyze, g)
		if err != nil {
			return out, err
		}
		src.Add(s.Source)
		tgt.Add(s.Target)
		out.Sets = append(out.Sets, s)
		if set.Name == "PETR2_GSR_validation" {
			out.TypeAccuracy, out.TypeAccuracyTable = s.TypeAccuracy, s.TypeAccuracyTable
		}
	}
	out.SourceF1, out.TargetF1 = src.F1(), tgt.F1()
	return out, nil
}

// ActorCounts are the counts behind actor precision and recall: actors
// are sets on both sides, so the entities found that are right and the
// gold codes found are counted apart.
type ActorCounts struct {
	Gold      int `json:"gold"`      // gold actor codes
	GoldFound int `json:"goldFound"` // gold codes some entity found matches
	Found     int `json:"found"`     // entities found as actors
	Right     int `json:"right"`     // entities found that match a gold code
}

// Add adds o's counts to c.
func (c *ActorCounts) Add(o ActorCounts) {
	c.Gold += o.Gold
	c.GoldFound += o.GoldFound
	c.Found += o.Found
	c.Right += o.Right
}

// Precision returns Right/Found, 0 when nothing was found.
func (c ActorCounts) Precision() float64 { return ratio(c.Right, c.Found) }

// Recall returns GoldFound/Gold, 0 when there is no gold code.
func (c ActorCounts) Recall() float64 { return ratio(c.GoldFound, c.Gold) }

// F1 returns the harmonic mean of precision and recall, 0 when both are 0.
func (c ActorCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func scoreSet(dir, name, records, actors string, table map[string]CAMEOMapping,
	analyze func(*chronicle.Article) *chronicle.Document, g *gazetteer.Gazetteer) (EventSetScore, error) {
	s := EventSetScore{Name: name, Confusion: map[string]map[string]int{}}
	f, err := os.Open(filepath.Join(dir, records))
	if err != nil {
		return s, err
	}
	recs, err := ReadPetrarchRecords(f, f.Name())
	f.Close()
	if err != nil {
		return s, err
	}
	dict := map[string][]string{}
	if actors != "" {
		af, err := os.Open(filepath.Join(dir, actors))
		if err != nil {
			return s, err
		}
		dict, err = ReadActorDictionary(af)
		af.Close()
		if err != nil {
			return s, fmt.Errorf("%s: %w", af.Name(), err)
		}
	}
	for _, r := range recs {
		if !r.Evaluate || strings.TrimSpace(r.Text) == "" {
			s.Skipped++
			continue
		}
		s.Records++
		types := map[chronicle.EventType]bool{}  // gold types under the manual's rules
		tableT := map[chronicle.EventType]bool{} // gold types from the table alone
		future := FutureText(r.Text)
		var coded []Coding
		for _, c := range r.Codings {
			if t, ok := PLOVERType(table, c.Event); ok {
				tableT[t] = true
				types[futureType(t, future)] = true
				coded = append(coded, c)
			}
		}
		if len(types) == 0 && !r.NoEvents {
			s.Unscored++
			continue
		}
		d := analyze(&chronicle.Article{ID: chronicle.ArticleID(r.ID), Date: r.Date, Title: r.ID, Text: r.Text})
		main := mainEvent(d.Events)
		if r.NoEvents || len(types) == 0 {
			s.NoEvent++
			if main == nil {
				s.NoEventCorrect++
			} else {
				s.Misses = append(s.Misses, EventMiss{r.ID, r.Text, "-", describeEvents(d)})
			}
			continue
		}
		s.WithEvents++
		var gold []string
		for t := range types {
			gold = append(gold, string(t))
		}
		slices.Sort(gold)
		key := strings.Join(gold, "|")
		got := "-"
		if main != nil {
			got = string(main.Type)
			if types[main.Type] {
				s.TypeCorrect++
			}
			if tableT[main.Type] {
				s.TypeCorrectTable++
			}
		}
		if main == nil || !types[main.Type] {
			s.Misses = append(s.Misses, EventMiss{r.ID, r.Text, key, describeEvents(d)})
		}
		if s.Confusion[key] == nil {
			s.Confusion[key] = map[string]int{}
		}
		s.Confusion[key][got]++
		goldSrc, goldTgt := goldActors(coded)
		var found []*chronicle.Event
		for i := range d.Events {
			if types[d.Events[i].Type] && !d.Events[i].Negated {
				found = append(found, &d.Events[i])
			}
		}
		if len(found) == 0 && main != nil {
			found = append(found, main)
		}
		var predSrc, predTgt []chronicle.EntityID
		for _, e := range found {
			for _, id := range e.Source {
				predSrc = appendUnique(predSrc, id)
			}
			for _, id := range e.Target {
				predTgt = appendUnique(predTgt, id)
			}
		}
		sc, tc := matchActors(d, goldSrc, predSrc, g, dict), matchActors(d, goldTgt, predTgt, g, dict)
		s.Source.Add(sc)
		s.Target.Add(tc)
		if sc.GoldFound < sc.Gold || sc.Right < sc.Found || tc.GoldFound < tc.Gold || tc.Right < tc.Found {
			var gc []string
			for _, c := range coded {
				gc = append(gc, c.Event+" "+c.Source+"→"+c.Target)
			}
			s.ActorMisses = append(s.ActorMisses, EventMiss{r.ID, r.Text, strings.Join(gc, "; "), describeActors(d, found, g, dict)})
		}
	}
	s.TypeAccuracy = ratio(s.TypeCorrect, s.WithEvents)
	s.TypeAccuracyTable = ratio(s.TypeCorrectTable, s.WithEvents)
	s.NoEventPrecision = ratio(s.NoEventCorrect, s.NoEvent)
	s.SrcP, s.SrcR, s.SrcF1 = s.Source.Precision(), s.Source.Recall(), s.Source.F1()
	s.TgtP, s.TgtR, s.TgtF1 = s.Target.Precision(), s.Target.Recall(), s.Target.F1()
	return s, nil
}

// mainEvent returns the surest event that is not negated, the first of
// equals; nil when there is none.
func mainEvent(evs []chronicle.Event) *chronicle.Event {
	var best *chronicle.Event
	for i := range evs {
		if evs[i].Negated {
			continue
		}
		if best == nil || evs[i].Confidence > best.Confidence {
			best = &evs[i]
		}
	}
	return best
}

// goldActors returns the gold actor and recipient codes of a record's
// codings; reciprocal codings make all participants actors.
func goldActors(cs []Coding) (src, tgt []string) {
	reciprocal := len(cs) > 1
	for _, c := range cs {
		back := false
		for _, o := range cs {
			if o.Source == c.Target && o.Target == c.Source {
				back = true
			}
		}
		reciprocal = reciprocal && back
	}
	for _, c := range cs {
		if c.Source != "" && c.Source != "---" {
			src = appendUnique(src, c.Source)
		}
		if c.Target != "" && c.Target != "---" {
			if reciprocal {
				src = appendUnique(src, c.Target)
			} else {
				tgt = appendUnique(tgt, c.Target)
			}
		}
	}
	return src, tgt
}

func appendUnique[T comparable](s []T, v T) []T {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// matchActors counts the entities found that match a gold code and the
// gold codes some entity found matches.
func matchActors(d *chronicle.Document, gold []string, pred []chronicle.EntityID, g *gazetteer.Gazetteer, dict map[string][]string) ActorCounts {
	c := ActorCounts{Gold: len(gold), Found: len(pred)}
	codes := make([][]string, len(pred))
	ents := make([]*chronicle.Entity, len(pred))
	for i, id := range pred {
		ents[i] = d.Entity(id)
		if ents[i] != nil {
			codes[i] = EventActorCodes(ents[i], g, dict)
		}
	}
	hit := make([]bool, len(gold))
	for i := range pred {
		if ents[i] == nil {
			continue
		}
		ok := false
		for j, code := range gold {
			if codeMatches(code, ents[i], codes[i]) {
				ok = true
				hit[j] = true
			}
		}
		if ok {
			c.Right++
		}
	}
	for _, h := range hit {
		if h {
			c.GoldFound++
		}
	}
	return c
}

// describeEvents lists d's events in short: "ACCUSE Trump→Zelenskyy
// (criticism)".
func describeEvents(d *chronicle.Document) string {
	var parts []string
	name := func(ids []chronicle.EntityID) string {
		var n []string
		for _, id := range ids {
			if e := d.Entity(id); e != nil {
				n = append(n, e.Name)
			}
		}
		return strings.Join(n, "+")
	}
	for _, e := range d.Events {
		flags := ""
		for _, f := range e.Flags() {
			flags += " " + f
		}
		parts = append(parts, fmt.Sprintf("%s %s→%s (%s%s) %.2f", e.Type, name(e.Source), name(e.Target), e.Trigger.Text, flags, e.Confidence))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "; ")
}

// describeActors lists the events scored for actors, each entity with the
// codes it stands for: "ASSAULT Syria[SYR]→Israel[ISR] (shelled)".
func describeActors(d *chronicle.Document, evs []*chronicle.Event, g *gazetteer.Gazetteer, dict map[string][]string) string {
	name := func(ids []chronicle.EntityID) string {
		var n []string
		for _, id := range ids {
			if e := d.Entity(id); e != nil {
				n = append(n, e.Name+"["+strings.Join(EventActorCodes(e, g, dict), ",")+"]")
			}
		}
		return strings.Join(n, "+")
	}
	var parts []string
	for _, e := range evs {
		parts = append(parts, fmt.Sprintf("%s %s→%s (%s)", e.Type, name(e.Source), name(e.Target), e.Trigger.Text))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "; ")
}

// FutureText reports whether a record's text speaks of the future: "will",
// "'ll", "shall", or "is to", "scheduled to", "set to", "due to",
// "expected to", "going to", "about to". CAMEO codes an act the same in
// any tense; the PLOVER manual (3.1, 3.4) codes cooperation reported in
// the future as AGREE and a retreat announced for the future as CONCEDE,
// so the scorer applies those two rules to the gold types of such records.
// The check reads the record's words only, not what the pipeline found.
func FutureText(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(text, "’", "'")), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	})
	for i, w := range words {
		switch w {
		case "will", "shall":
			return true
		}
		if strings.HasSuffix(w, "'ll") {
			return true
		}
		if i+1 < len(words) && words[i+1] == "to" {
			switch w {
			case "is", "are", "scheduled", "set", "due", "expected", "going", "about":
				return true
			}
		}
	}
	return false
}

// futureType is the PLOVER type of a gold act of type t reported in the
// future: cooperation becomes AGREE, a retreat CONCEDE.
func futureType(t chronicle.EventType, future bool) chronicle.EventType {
	if !future {
		return t
	}
	switch t {
	case chronicle.Consult, chronicle.Support, chronicle.Cooperate, chronicle.Aid:
		return chronicle.Agree
	case chronicle.Retreat:
		return chronicle.Concede
	}
	return t
}
