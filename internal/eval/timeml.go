package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle"
)

// A TimeMLDoc is a TimeML document read for scoring: the text of its TEXT
// element with the tags taken out, its creation day (the TIMEX3 whose
// functionInDocument is CREATION_TIME) and the gold TIMEX3s of the text,
// with spans into Text.
type TimeMLDoc struct {
	Name string
	Text string
	DCT  chronicle.Day
	Gold []chronicle.Timex
}

// ReadTimeMLFile reads the TimeML document at path.
func ReadTimeMLFile(path string) (TimeMLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return TimeMLDoc{}, err
	}
	defer f.Close()
	return ReadTimeML(f, path)
}

// ReadTimeML reads a TimeML document from r; name is used in errors and as
// the document's Name. Malformed XML, a TIMEX3 inside another, a TIMEX3
// without type or value, or a missing or unreadable creation time is an
// error naming the document and line, wrapping chronicle.ErrInvalid.
func ReadTimeML(r io.Reader, name string) (TimeMLDoc, error) {
	doc := TimeMLDoc{Name: name}
	dec := xml.NewDecoder(r)
	var text strings.Builder
	inText, haveDCT := 0, false
	open := -1 // start of the TIMEX3 being read, -1 outside one
	var cur chronicle.Timex
	bad := func(format string, args ...any) error {
		line, _ := dec.InputPos()
		return fmt.Errorf("%s:%d: %s: %w", name, line, fmt.Sprintf(format, args...), chronicle.ErrInvalid)
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return doc, fmt.Errorf("%s:%d: %s: %w", name, se.Line, se.Msg, chronicle.ErrInvalid)
			}
			return doc, fmt.Errorf("%s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
			case "TIMEX3":
				if open >= 0 {
					return doc, bad("TIMEX3 inside another TIMEX3")
				}
				cur = chronicle.Timex{}
				fn := ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						cur.Type = chronicle.TimexType(a.Value)
					case "value":
						cur.Value = a.Value
					case "functionInDocument":
						fn = a.Value
					}
				}
				if fn == "CREATION_TIME" {
					v := cur.Value
					if len(v) > 10 {
						v = v[:10]
					}
					d, err := chronicle.ParseDay(v)
					if err != nil || d.IsZero() {
						return doc, bad("creation time %q is not a date", cur.Value)
					}
					doc.DCT, haveDCT = d, true
					continue
				}
				if inText == 0 {
					continue
				}
				if cur.Type == "" || cur.Value == "" {
					return doc, bad("TIMEX3 without type or value")
				}
				open = text.Len()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
			case "TIMEX3":
				if open >= 0 {
					cur.Span = chronicle.Span{Start: open, End: text.Len()}
					doc.Gold = append(doc.Gold, cur)
					open = -1
				}
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
		}
	}
	if !haveDCT {
		return doc, fmt.Errorf("%s: no TIMEX3 with functionInDocument=\"CREATION_TIME\": %w", name, chronicle.ErrInvalid)
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		doc.Gold[i].Text = doc.Text[doc.Gold[i].Start:doc.Gold[i].End]
	}
	return doc, nil
}

// A TimexScore is a TempEval-3 evaluation of time expressions, computed the
// way the task's official scorer (TE3-evaluation.py with its
// evaluate_entities.py) computes it.
//
// Spans match strictly when they are equal and relaxedly when they overlap.
// Pairing is one to one, as the official TimeML normalizer pairs entities:
// each gold expression takes the first found expression that overlaps it
// and is not taken yet. Strict and relaxed precision and recall count those
// matches against all found and all gold expressions.
//
// Type and value are judged on the relaxed matches only. TypeAccuracy and
// ValueAccuracy are the shares of relaxed matches with the gold type and
// value; the attribute scores scale the relaxed ones by that accuracy:
// ValuePrecision = ValueAccuracy × RelaxedPrecision, ValueRecall =
// ValueAccuracy × RelaxedRecall, ValueF1 = ValueAccuracy × RelaxedF1, and
// the same for TypeF1. With one-to-one pairing ValuePrecision is also the
// number of matches with the right value over all found expressions and
// ValueRecall that number over all gold ones. ValueF1 is the figure
// TempEval-3 ranked systems by. The creation time is not scored.
type TimexScore struct {
	Documents  int `json:"documents"`
	Gold       int `json:"gold"`
	Found      int `json:"found"`
	Strict     int `json:"strictMatches"`
	Relaxed    int `json:"relaxedMatches"`
	TypeRight  int `json:"typeCorrect"`
	ValueRight int `json:"valueCorrect"`

	StrictPrecision  float64 `json:"strictPrecision"`
	StrictRecall     float64 `json:"strictRecall"`
	StrictF1         float64 `json:"strictF1"`
	RelaxedPrecision float64 `json:"relaxedPrecision"`
	RelaxedRecall    float64 `json:"relaxedRecall"`
	RelaxedF1        float64 `json:"relaxedF1"`
	TypeAccuracy     float64 `json:"typeAccuracy"`
	TypeF1           float64 `json:"typeF1"`
	ValueAccuracy    float64 `json:"valueAccuracy"`
	ValuePrecision   float64 `json:"valuePrecision"`
	ValueRecall      float64 `json:"valueRecall"`
	ValueF1          float64 `json:"valueF1"`

	// Mistakes lists every expression that was missed, found wrongly, or
	// matched with another type or value, for reading the errors.
	Mistakes []TimexMistake `json:"-"`
}

// A TimexMistake is one disagreement with the gold standard: Gold is nil for
// a spurious expression, Found is nil for a missed one.
type TimexMistake struct {
	Doc     string
	DCT     chronicle.Day
	Gold    *chronicle.Timex
	Found   *chronicle.Timex
	Context string // the text around the expression, on one line
}

// TimeML scores find on every .tml file under dir (recursively), each run on
// the document's text with its creation day as the anchor. A document is
// scored once even when a copy of it (a file of the same name) sits in
// another folder. A file that is not valid TimeML is an error naming it; a
// directory without .tml files is an error too.
func TimeML(dir string, find func(text string, anchor chronicle.Day) []chronicle.Timex) (TimexScore, error) {
	var paths []string
	seen := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".tml") && !seen[d.Name()] {
			seen[d.Name()] = true
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return TimexScore{}, err
	}
	if len(paths) == 0 {
		return TimexScore{}, fmt.Errorf("%s: no .tml files: %w", dir, chronicle.ErrNotFound)
	}
	slices.Sort(paths)
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		doc, err := ReadTimeMLFile(p)
		if err != nil {
			return TimexScore{}, err
		}
		docs = append(docs, doc)
	}
	return ScoreTimexes(docs, find), nil
}

// ScoreTimexes scores find on docs; see TimexScore.
func ScoreTimexes(docs []TimeMLDoc, find func(text string, anchor chronicle.Day) []chronicle.Timex) TimexScore {
	var s TimexScore
	for _, doc := range docs {
		s.Documents++
		got := find(doc.Text, doc.DCT)
		s.add(doc, got)
	}
	s.StrictPrecision, s.StrictRecall, s.StrictF1 = timexPRF(s.Strict, s.Found, s.Gold)
	s.RelaxedPrecision, s.RelaxedRecall, s.RelaxedF1 = timexPRF(s.Relaxed, s.Found, s.Gold)
	s.TypeAccuracy = ratio(s.TypeRight, s.Relaxed)
	s.TypeF1 = s.TypeAccuracy * s.RelaxedF1
	s.ValueAccuracy = ratio(s.ValueRight, s.Relaxed)
	s.ValuePrecision = s.ValueAccuracy * s.RelaxedPrecision
	s.ValueRecall = s.ValueAccuracy * s.RelaxedRecall
	s.ValueF1 = s.ValueAccuracy * s.RelaxedF1
	return s
}

// add scores one document's found expressions.
func (s *TimexScore) add(doc TimeMLDoc, got []chronicle.Timex) {
	s.Gold += len(doc.Gold)
	s.Found += len(got)
	used := make([]bool, len(got))
	for gi := range doc.Gold {
		g := &doc.Gold[gi]
		best := -1
		for k := range got {
			if used[k] || !g.Span.Overlaps(got[k].Span) {
				continue
			}
			best = k
			break
		}
		if best < 0 {
			s.Mistakes = append(s.Mistakes, TimexMistake{Doc: doc.Name, DCT: doc.DCT, Gold: g, Context: around(doc.Text, g.Span)})
			continue
		}
		used[best] = true
		x := &got[best]
		s.Relaxed++
		if x.Span == g.Span {
			s.Strict++
		}
		if x.Type == g.Type {
			s.TypeRight++
		}
		if x.Value == g.Value {
			s.ValueRight++
		}
		if x.Type != g.Type || x.Value != g.Value || x.Span != g.Span {
			s.Mistakes = append(s.Mistakes, TimexMistake{Doc: doc.Name, DCT: doc.DCT, Gold: g, Found: x, Context: around(doc.Text, g.Span)})
		}
	}
	for k := range got {
		if !used[k] {
			s.Mistakes = append(s.Mistakes, TimexMistake{Doc: doc.Name, DCT: doc.DCT, Found: &got[k], Context: around(doc.Text, got[k].Span)})
		}
	}
}

// timexPRF returns precision, recall and F1 of right answers among found and gold.
func timexPRF(right, found, gold int) (p, r, f1 float64) {
	p, r = ratio(right, found), ratio(right, gold)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// around returns up to 60 bytes of text on each side of sp, with the span
// in brackets and line breaks as spaces.
func around(text string, sp chronicle.Span) string {
	from, to := max(0, sp.Start-60), min(len(text), sp.End+60)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	s := text[from:sp.Start] + "[" + text[sp.Start:sp.End] + "]" + text[sp.End:to]
	return strings.Join(strings.Fields(s), " ")
}
