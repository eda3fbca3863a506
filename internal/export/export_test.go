package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"chronicle"
)

// records returns two events of our own: a meeting with two actors and a
// place, and an attack known only to the month, with no place.
func records() []Record {
	art := chronicle.Article{ID: "a1b2c3", Date: chronicle.NewDay(2025, 4, 26), Title: "Leaders meet",
		Source: "example.org", URL: "https://example.org/a"}
	return []Record{
		{
			Event: chronicle.Event{ID: "V1", Type: chronicle.Consult, Source: []chronicle.EntityID{"E1", "E2"},
				Target: []chronicle.EntityID{}, Date: "2025-04-26",
				Location: &chronicle.Place{Name: "Rome", Country: "ITA", Lat: 41.89, Lon: 12.48},
				Trigger:  chronicle.Trigger{Text: "met", Span: chronicle.Span{Start: 10, End: 13}},
				Sentence: chronicle.Span{Start: 0, End: 30}, Confidence: 0.9, Why: "verb \"met\", two actors"},
			Article:  art,
			Sentence: "Ana Lopes and Ben Okafor met in Rome,\nbriefly.",
			Actors: []Actor{{ID: "E1", Name: "Ana Lopes", Type: chronicle.Person, Country: "PRT", Sector: "GOV", Role: "source"},
				{ID: "E2", Name: "Ben Okafor", Type: chronicle.Person, Country: "NGA", Sector: "", Role: "source"}},
		},
		{
			Event: chronicle.Event{ID: "V2", Type: chronicle.Assault, Mode: "heavy-weapons", Source: []chronicle.EntityID{"E3"},
				Target: []chronicle.EntityID{"E4"}, Date: "2025-02",
				Trigger:  chronicle.Trigger{Text: "shelled", Span: chronicle.Span{Start: 40, End: 47}},
				Sentence: chronicle.Span{Start: 32, End: 60}, Confidence: 0.8, Why: "verb \"shelled\"",
				Context: []string{"military"}},
			Article:  art,
			Sentence: "Freedonian forces shelled the town.",
			Actors: []Actor{{ID: "E3", Name: "Freedonia", Type: chronicle.Location, Country: "", Role: "source"},
				{ID: "E4", Name: "Sylvania", Type: chronicle.Location, Country: "", Role: "target"}},
		},
	}
}

func write(t *testing.T, format string, rs []Record) string {
	t.Helper()
	var b bytes.Buffer
	enc, err := Writer(format, &b)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := enc.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONFormatsFollowTheirSchemas(t *testing.T) {
	for _, tt := range []struct {
		format, schema string
	}{{"plover", PLOVERSchema}, {"jsonl", JSONLSchema}} {
		t.Run(tt.format, func(t *testing.T) {
			var schema map[string]any
			if err := json.Unmarshal([]byte(tt.schema), &schema); err != nil {
				t.Fatalf("schema: %v", err)
			}
			out := write(t, tt.format, records())
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 2 {
				t.Fatalf("want 2 lines, got %d:\n%s", len(lines), out)
			}
			for i, l := range lines {
				var v any
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				if err := validate(schema, schema, v, "$"); err != nil {
					t.Errorf("line %d: %v\n%s", i+1, err, l)
				}
			}
		})
	}
}

// The validator must reject what breaks a schema, or the tests above prove
// nothing.
func TestValidateRejects(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal([]byte(PLOVERSchema), &schema); err != nil {
		t.Fatal(err)
	}
	good := write(t, "plover", records()[:1])
	for _, tt := range []struct{ name, from, to string }{
		{"unknown type", `"event":["CONSULT"]`, `"event":["MEET"]`},
		{"missing id", `"id":"a1b2c3-V1",`, ``},
		{"quad out of range", `"quad_code":1`, `"quad_code":7`},
		{"actor not an object", `"actor":[{`, `"actor":["x",{`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(good, tt.from, tt.to, 1)
			if bad == good {
				t.Fatalf("%q not in %s", tt.from, good)
			}
			var v any
			if err := json.Unmarshal([]byte(bad), &v); err != nil {
				t.Fatal(err)
			}
			if err := validate(schema, schema, v, "$"); err == nil {
				t.Fatalf("validate accepted %s", bad)
			}
		})
	}
}

// validate checks v against the parts of JSON Schema the export schemas
// use: type (one or a list), required, properties, items, enum,
// minLength, minItems and local $ref.
func validate(root, s map[string]any, v any, path string) error {
	if ref, ok := s["$ref"].(string); ok {
		def := root
		for _, p := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			def, _ = def[p].(map[string]any)
		}
		if def == nil {
			return fmt.Errorf("%s: bad $ref %s", path, ref)
		}
		return validate(root, def, v, path)
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.ContainsFunc(types, func(t string) bool { return isType(v, t) }) {
			return fmt.Errorf("%s: %v is not %v", path, v, types)
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.ContainsFunc(enum, func(x any) bool { return fmt.Sprint(x) == fmt.Sprint(v) }) {
		return fmt.Errorf("%s: %v not in %v", path, v, enum)
	}
	if n, ok := s["minLength"].(float64); ok {
		if str, _ := v.(string); len(str) < int(n) {
			return fmt.Errorf("%s: %q shorter than %v", path, str, n)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		for _, r := range asList(s["required"]) {
			if _, ok := v[r.(string)]; !ok {
				return fmt.Errorf("%s: %s is required", path, r)
			}
		}
		props, _ := s["properties"].(map[string]any)
		for k, x := range v {
			if ps, ok := props[k].(map[string]any); ok {
				if err := validate(root, ps, x, path+"."+k); err != nil {
					return err
				}
			}
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && len(v) < int(n) {
			return fmt.Errorf("%s: fewer than %v items", path, n)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, x := range v {
				if err := validate(root, items, x, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func asList(x any) []any {
	l, _ := x.([]any)
	return l
}

func isType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == float64(int64(f))
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	}
	return false
}

// column checks: what each named column must hold when it is not empty.
var (
	digits   = regexp.MustCompile(`^[0-9]+$`)
	isoDate  = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	cameo    = regexp.MustCompile(`^(0[3-9]|1[0-9]|20)$`)
	alpha3   = regexp.MustCompile(`^[A-Z]{3}$`)
	quad     = regexp.MustCompile(`^[1-4]$`)
	boolean  = regexp.MustCompile(`^(true|false)$`)
	isNumber = func(s string) bool { _, err := strconv.ParseFloat(s, 64); return err == nil }
)

func TestTablesFollowTheirColumns(t *testing.T) {
	checks := map[string]map[string]func(string) bool{
		"gdelt": {
			"SQLDATE": digits.MatchString, "MonthYear": digits.MatchString, "Year": digits.MatchString,
			"FractionDate": isNumber, "EventCode": cameo.MatchString, "EventRootCode": cameo.MatchString,
			"QuadClass": quad.MatchString, "GoldsteinScale": isNumber, "Actor1CountryCode": alpha3.MatchString,
			"ActionGeo_Lat": isNumber, "ActionGeo_Long": isNumber, "DATEADDED": digits.MatchString,
		},
		"csv": {
			"date": isoDate.MatchString, "quad_class": quad.MatchString, "score": isNumber,
			"location_lat": isNumber, "location_lon": isNumber, "negated": boolean.MatchString,
			"hypothetical": boolean.MatchString, "future": boolean.MatchString, "confidence": isNumber,
			"article_date": isoDate.MatchString,
		},
	}
	for _, tt := range []struct {
		format string
		comma  rune
		cols   []string
	}{{"gdelt", '\t', GDELTColumns}, {"csv", ',', CSVColumns}} {
		t.Run(tt.format, func(t *testing.T) {
			out := write(t, tt.format, records())
			r := csv.NewReader(strings.NewReader(out))
			r.Comma = tt.comma
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rows[0], tt.cols) {
				t.Fatalf("header %v, want %v", rows[0], tt.cols)
			}
			if len(rows) != 3 {
				t.Fatalf("want a header and 2 rows, got %d", len(rows))
			}
			if strings.Count(out, "\n") != 3 {
				t.Errorf("want one line a row, got\n%s", out)
			}
			for i, row := range rows[1:] {
				for j, v := range row {
					if f := checks[tt.format][tt.cols[j]]; f != nil && v != "" && !f(v) {
						t.Errorf("row %d: %s = %q", i+1, tt.cols[j], v)
					}
				}
			}
		})
	}
}

func TestGDELTRow(t *testing.T) {
	out := write(t, "gdelt", records())
	rows, err := func() ([][]string, error) {
		r := csv.NewReader(strings.NewReader(out))
		r.Comma = '\t'
		return r.ReadAll()
	}()
	if err != nil {
		t.Fatal(err)
	}
	col := func(row int, name string) string { return rows[row][slices.Index(GDELTColumns, name)] }
	for _, c := range []struct {
		row       int
		col, want string
	}{
		{1, "SQLDATE", "20250426"}, {1, "EventRootCode", "04"}, {1, "QuadClass", "1"}, {1, "GoldsteinScale", "2.5"},
		{1, "Actor1Code", "PRTGOV"}, {1, "ActionGeo_FullName", "Rome"}, {1, "SOURCEURL", "https://example.org/a"},
		{2, "SQLDATE", "20250200"}, {2, "MonthYear", "202502"}, {2, "EventRootCode", "19"}, {2, "QuadClass", "4"},
		{2, "GoldsteinScale", "-9.5"}, {2, "Actor2Name", "Sylvania"}, {2, "ActionGeo_Type", "0"},
	} {
		if got := col(c.row, c.col); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

func TestWriterUnknownFormat(t *testing.T) {
	if _, err := Writer("xml", &bytes.Buffer{}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Fatalf("Writer(xml) = %v, want ErrInvalid", err)
	}
}

func TestScoresCoverEveryType(t *testing.T) {
	for _, ty := range chronicle.EventTypes {
		if QuadClass(ty) == 0 || CAMEORoot(ty, "") == "" {
			t.Errorf("%s: quad %d, root %q", ty, QuadClass(ty), CAMEORoot(ty, ""))
		}
		if s := Score(ty, ""); s < -10 || s > 10 || (QuadClass(ty) >= 3) != (s <= 0) {
			t.Errorf("%s: score %v out of place for quad %d", ty, s, QuadClass(ty))
		}
	}
}
