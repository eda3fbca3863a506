package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// chronicleRun runs the command line with args and returns its exit status,
// standard output and standard error.
func chronicleRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errOut,
		getenv: func(string) string { return "" },
	}
	code := run(t.Context(), e, args)
	return code, out.String(), errOut.String()
}

const example = "../../examples/2024-03-15-lisbon-talks.txt"

func TestExtractJSONFollowsTheContract(t *testing.T) {
	code, out, stderr := chronicleRun(t, "", "extract", "--json", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d chronicle.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not one JSON record: %v\n%s", err, out)
	}
	if d.Version != chronicle.RecordVersion || d.Article.Date.String() != "2024-03-15" {
		t.Fatalf("version %d, date %q", d.Version, d.Article.Date)
	}
	if !strings.HasPrefix(d.Article.Text, d.Article.Title) || strings.Contains(d.Article.Text, " date ") {
		t.Fatalf("title %q is not the start of the text, or the date line was kept", d.Article.Title)
	}
	if d.Article.ID != chronicle.IDOf(d.Article.Text) {
		t.Fatalf("id %s is not the hash of the text", d.Article.ID)
	}
	if len(d.Sentences) < 8 {
		t.Fatalf("%d sentences, want at least 8", len(d.Sentences))
	}
	checkSpans(t, &d)
}

// checkSpans checks that every span of d points into the text it claims.
func checkSpans(t *testing.T, d *chronicle.Document) {
	t.Helper()
	text := d.Article.Text
	check := func(what string, s chronicle.Span, want string) {
		if !s.Valid(len(text)) {
			t.Errorf("%s %+v is out of the text's %d bytes", what, s, len(text))
			return
		}
		if want != "" && text[s.Start:s.End] != want {
			t.Errorf("%s %+v holds %q, claims %q", what, s, text[s.Start:s.End], want)
		}
	}
	for _, s := range d.Sentences {
		check("sentence", s, "")
	}
	for _, en := range d.Entities {
		for _, m := range en.Mentions {
			check("mention", m.Span, m.Text)
		}
	}
	for _, tx := range d.Times {
		check("time", tx.Span, tx.Text)
	}
	for _, q := range d.Quotes {
		check("quote", q.Span, q.Text)
	}
	for _, ev := range d.Events {
		check("trigger", ev.Trigger.Span, ev.Trigger.Text)
		check("event sentence", ev.Sentence, "")
	}
}

func TestExtractReadsStandardInput(t *testing.T) {
	in := `{"date":"2024-05-01","title":"One","text":"The council met in Oslo on Monday."}
{"date":"2024-05-02","title":"Two","text":"Talks resumed in Geneva."}
`
	code, out, stderr := chronicleRun(t, in, "extract", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Fatalf("%d records for 2 JSON lines:\n%s", n, out)
	}
}

func TestExtractReportsBadInputAndGoesOn(t *testing.T) {
	in := `{"date":"2024-05-01","title":"One","text":"The council met in Oslo."}
{"date":"2024-13-45","title":"Bad","text":"A bad date."}
not json at all
{"date":"2024-05-03","title":"Three","text":"Talks resumed in Geneva."}
`
	code, out, stderr := chronicleRun(t, in, "extract", "--json", "-")
	if code != 1 {
		t.Fatalf("exit %d, want 1 for bad lines", code)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Fatalf("%d records, want the 2 good ones:\n%s", n, out)
	}
	for _, want := range []string{"-:2", "-:3"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, stderr)
		}
	}
}

func TestIngestSearchShowStats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "test.db")
	code, out, stderr := chronicleRun(t, "", "ingest", "--db", db, "../../examples")
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "1 stored") {
		t.Fatalf("ingest summary: %s", out)
	}
	code, out, _ = chronicleRun(t, "", "ingest", "--db", db, example)
	if code != 0 || !strings.Contains(out, "0 stored, 1 duplicates") {
		t.Fatalf("second ingest (exit %d): %s", code, out)
	}

	code, out, stderr = chronicleRun(t, "", "stats", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, stderr)
	}
	var stats struct{ Articles int }
	if err := json.Unmarshal([]byte(out), &stats); err != nil || stats.Articles != 1 {
		t.Fatalf("stats --json = %s (%v), want articles 1", out, err)
	}

	code, out, stderr = chronicleRun(t, "", "search", "--db", db, "--json", "sardin*")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, stderr)
	}
	var res struct{ Hits []chronicle.Hit }
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Hits) != 1 {
		t.Fatalf("search sardin* = %s (%v), want one hit", out, err)
	}
	id := res.Hits[0].Article.ID
	if !strings.Contains(res.Hits[0].Snippet, "«") {
		t.Errorf("snippet %q marks no match", res.Hits[0].Snippet)
	}

	code, out, _ = chronicleRun(t, "", "search", "--db", db, "--country", "esp", "sardin*")
	if code != 0 || !strings.Contains(out, string(id)) {
		t.Fatalf("search --country esp (exit %d): %s", code, out)
	}
	code, out, _ = chronicleRun(t, "", "search", "--db", db, "--country", "FRA", "sardin*")
	if code != 0 || !strings.Contains(out, "no articles found") {
		t.Fatalf("search --country FRA (exit %d): %s", code, out)
	}
	if code, _, stderr = chronicleRun(t, "", "search", "--db", db, "--country", "Spain", "x"); code == 0 || !strings.Contains(stderr, "alpha-3") {
		t.Fatalf("search --country Spain: exit %d: %s", code, stderr)
	}

	code, out, _ = chronicleRun(t, "", "search", "--db", db, "--to", "2020-01-01", "sardines")
	if code != 0 || !strings.Contains(out, "no articles found") {
		t.Fatalf("search --to before the article (exit %d): %s", code, out)
	}

	code, out, stderr = chronicleRun(t, "", "show", "--db", db, "--json", string(id))
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, stderr)
	}
	var d chronicle.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.Article.ID != id {
		t.Fatalf("show --json %s: %v\n%s", id, err, out)
	}
	checkSpans(t, &d)

	if code, _, stderr = chronicleRun(t, "", "show", "--db", db, "0123456789abcdef"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Fatalf("show of an unknown id: exit %d: %s", code, stderr)
	}
}

func TestIngestPoliticsTwice(t *testing.T) {
	corpus := "../../../shared/data/wikinews/politics.jsonl"
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("../shared/data is not here: skipping the Wikinews ingest")
	}
	if testing.Short() {
		t.Skip("skipping the Wikinews ingest in short mode")
	}
	db := filepath.Join(t.TempDir(), "wikinews.db")
	code, first, stderr := chronicleRun(t, "", "ingest", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	t.Log(first)
	code, second, _ := chronicleRun(t, "", "ingest", "--db", db, corpus)
	if code != 0 || !strings.Contains(second, " 0 stored") {
		t.Fatalf("second ingest stored something (exit %d): %s", code, second)
	}
}

func TestUsage(t *testing.T) {
	if code, _, _ := chronicleRun(t, ""); code != 2 {
		t.Errorf("no command: exit %d, want 2", code)
	}
	if code, _, _ := chronicleRun(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, out, _ := chronicleRun(t, "", "help"); code != 0 || !strings.Contains(out, "ingest") {
		t.Errorf("help: exit %d:\n%s", code, out)
	}
	if code, _, stderr := chronicleRun(t, "", "help", "frobnicate"); code != 2 || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("help of an unknown command: exit %d, want 2:\n%s", code, stderr)
	}
	for _, name := range []string{"eval", "train"} {
		if code, _, stderr := chronicleRun(t, "", "help", name); code != 0 || !strings.Contains(stderr, "Usage: chronicle "+name) {
			t.Errorf("help %s: exit %d:\n%s", name, code, stderr)
		}
	}
	for _, name := range []string{"extract", "ingest", "search", "show", "stats"} {
		if code, _, stderr := chronicleRun(t, "", name, "-h"); code != 0 || !strings.Contains(stderr, "Usage: chronicle "+name) {
			t.Errorf("%s -h: exit %d:\n%s", name, code, stderr)
		}
	}
}
