package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"chronicle"
)

func TestReadJSONLines(t *testing.T) {
	const text = "Voters in the valley chose a new mayor on Sunday after a long and quiet campaign."
	good := `{"id":"x1","date":"2010-02-03","title":"Valley elects a mayor","text":"` + text + `","source":"example.org","url":"https://example.org/1","license":"CC0","extra":[1,2]}`
	type want struct {
		line             int
		title, date, err string
		skip, warning    string
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"one good line", good + "\n", []want{{line: 1, title: "Valley elects a mayor", date: "2010-02-03"}}},
		{"no final newline, crlf, blank lines", "\r\n" + good + "\r\n\n  \n" + good, []want{
			{line: 2, title: "Valley elects a mayor", date: "2010-02-03"},
			{line: 5, title: "Valley elects a mayor", date: "2010-02-03"},
		}},
		{"bom", "\uFEFF" + good, []want{{line: 1, title: "Valley elects a mayor", date: "2010-02-03"}}},
		{"bad lines do not stop the file", strings.Join([]string{
			`{"title":"A","text":"` + text + `","date":"2010-13-01"}`,
			`{"title":"B","text":"` + text + `",}`,
			`{"title":"C","text":42}`,
			`["not","an","object"]`,
			`{"title":"D","text":"` + text + "\xff" + `"}`,
			`{"title":"E","text":"` + text + `","date":null}`,
			`{"title":"F","text":""}`,
			`{"title":"G","text":"` + text + `","date":"2010-02-03T23:30:00-05:00"}`,
			`{"title":"H","text":"` + text + `"} {"title":"I"}`,
		}, "\n"), []want{
			{line: 1, err: `:1: bad date "2010-13-01": want YYYY-MM-DD`},
			{line: 2, err: `:2: bad JSON at byte `},
			{line: 3, err: `:3: field "text": want a string, got number`},
			{line: 4, err: `:4: want a JSON object, got array`},
			{line: 5, err: `:5: invalid UTF-8 at byte `},
			{line: 6, title: "E", warning: WarnNoDate},
			{line: 7, skip: SkipEmpty},
			{line: 8, title: "G", date: "2010-02-03"},
			{line: 9, err: `:9: bad JSON at byte `},
		}},
		{"title from text when missing", `{"text":"` + text + `","date":"2010-02-03"}`, []want{
			{line: 1, title: text, date: "2010-02-03"},
		}},
		{"array", "[\n" + good + ",\n\n" + `{"text":5}` + "\n]\n", []want{
			{line: 2, title: "Valley elects a mayor", date: "2010-02-03"},
			{line: 4, err: `:4: field "text": want a string, got number`},
		}},
		{"objects over many lines", "{\n  \"title\": \"Valley elects a mayor\",\n  \"date\": \"2010-02-03\",\n  \"text\": \"" + text + "\"\n}\n{\n\"text\": 1\n}\n", []want{
			{line: 1, title: "Valley elects a mayor", date: "2010-02-03"},
			{line: 6, err: `:6: field "text": want a string, got number`},
		}},
		{"truncated array", "[\n" + good + ",\n{\"text\":", []want{
			{line: 2, title: "Valley elects a mayor", date: "2010-02-03"},
			{line: 3, err: `:3: bad JSON`},
		}},
	}
	for _, tt := range tests {
		for _, ext := range []string{".jsonl", ".json"} {
			t.Run(tt.name+ext, func(t *testing.T) {
				recs := readString(t, "a"+ext, tt.in, Options{})
				if len(recs) != len(tt.want) {
					t.Fatalf("got %d records, want %d: %+v", len(recs), len(tt.want), recs)
				}
				for i, w := range tt.want {
					rec := recs[i]
					if rec.Line != w.line {
						t.Errorf("record %d: line %d, want %d", i, rec.Line, w.line)
					}
					switch {
					case w.err != "":
						if rec.Err == nil || !strings.Contains(rec.Err.Error(), w.err) || !errors.Is(rec.Err, chronicle.ErrInvalid) {
							t.Errorf("line %d: err %v, want one containing %q that is ErrInvalid", w.line, rec.Err, w.err)
						}
					case w.skip != "":
						if rec.Skip != w.skip {
							t.Errorf("line %d: skip %q, want %q", w.line, rec.Skip, w.skip)
						}
					case rec.Article == nil:
						t.Errorf("line %d: no article: %+v", w.line, rec)
					default:
						a := rec.Article
						if a.Title != w.title || a.Date.String() != w.date || rec.Warning != w.warning || a.Text != text {
							t.Errorf("line %d: title %q date %q warning %q text %q; want %q %q %q %q",
								w.line, a.Title, a.Date, rec.Warning, a.Text, w.title, w.date, w.warning, text)
						}
					}
				}
			})
		}
	}
}

func TestReadJSONFields(t *testing.T) {
	in := `{"id":"ID9","date":"2010-02-03","title":"T","text":"Some text here.","source":" example.org ","url":"https://example.org/9"}`
	recs := readString(t, "a.ndjson", in, Options{})
	a := recs[0].Article
	want := chronicle.Article{ID: chronicle.IDOf("Some text here."), Date: chronicle.NewDay(2010, 2, 3),
		Title: "T", Source: "example.org", URL: "https://example.org/9", Text: "Some text here."}
	if a == nil || *a != want {
		t.Errorf("got %+v, want %+v", a, want)
	}
}

func TestReadJSONLongLine(t *testing.T) {
	const limit = 1 << 10
	small := `{"title":"small","text":"A short piece about the weather on the coast."}`
	huge := `{"title":"huge","text":"` + strings.Repeat("rain ", 100<<10) + `"}`
	in := small + "\n" + huge + "\n" + small + "\n" + strings.Repeat("x", limit) + "\n" + small
	recs := readString(t, "a.jsonl", in, Options{MaxBytes: limit})
	var got []string
	for _, r := range recs {
		if r.Err != nil {
			got = append(got, fmt.Sprintf("%d: %v", r.Line, r.Err.(*Error).Err))
		} else {
			got = append(got, fmt.Sprintf("%d: %s", r.Line, r.Article.Title))
		}
	}
	want := []string{
		"1: small",
		"2: 512.0 kB is larger than the 1 KiB limit",
		"3: small",
		`4: bad JSON at byte 1: invalid character 'x' looking for beginning of value`,
		"5: small",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A first line over the limit is an error for that line alone, not the
// start of a value spread over many lines.
func TestReadJSONLongFirstLine(t *testing.T) {
	const limit = 256 << 10 // more than a read buffer, so the line is kept in part
	huge := `{"title":"huge","text":"` + strings.Repeat("rain ", limit/4) + `"}`
	small := `{"title":"small","text":"A short piece about the weather on the coast."}`
	recs := readString(t, "a.jsonl", huge+"\n"+small+"\n", Options{MaxBytes: limit})
	if len(recs) != 2 || recs[0].Err == nil || recs[0].Line != 1 || !strings.Contains(recs[0].Err.Error(), "larger than the 256 KiB limit") ||
		recs[1].Article == nil || recs[1].Article.Title != "small" || recs[1].Line != 2 {
		t.Errorf("got %+v, want a too-large error on line 1 and the article of line 2", recs)
	}
}

func TestReadJSONBinary(t *testing.T) {
	recs := readString(t, "a.jsonl", "{\x00\x01\x02\x03\x04\x05\x06}\n", Options{})
	if len(recs) != 1 || recs[0].Err == nil || !strings.Contains(recs[0].Err.Error(), "binary data") {
		t.Errorf("got %+v, want one binary-data error", recs)
	}
}

func FuzzReadJSONLines(f *testing.F) {
	f.Add([]byte(`{"date":"2010-02-03","title":"T","text":"Some text."}` + "\n" + `{"text":1}`))
	f.Add([]byte("[{\"text\":\"a\"},\n{\"text\":\"b\"}]"))
	f.Add([]byte("{\n\"text\":\"a\"\n}"))
	f.Add([]byte(`{"title":"\u0000\r\n x","text":"\ufeff\u0301 y "}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		lines := bytes.Count(in, []byte{'\n'}) + 1
		prev := 0
		for _, rec := range readString(t, "f.jsonl", string(in), Options{MaxBytes: 1 << 12}) {
			if rec.Line < prev || rec.Line > lines {
				t.Fatalf("record at line %d after line %d, in %d lines", rec.Line, prev, lines)
			}
			prev = rec.Line
		}
	})
}
