package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

const story = "Snow closed the mountain road on Tuesday, and the buses to the valley towns were cancelled until the ploughs could clear it."

// summary describes a record in a few words, for comparing with a list.
func summary(dir string, rec Record) string {
	file, _ := filepath.Rel(dir, rec.File)
	if dir == "" {
		file = rec.File
	}
	switch {
	case rec.Err != nil:
		return file + " error"
	case rec.Skip != "":
		return file + " skip"
	}
	return file + " " + rec.Article.Title
}

func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":               " date 2021-01-02 Bee\n\n" + story,
		"a.TXT":               "Aye\n\n" + story,
		"c/d.jsonl":           `{"title":"Dee one","text":"` + story + `"}` + "\n" + `{"title":"Dee two","text":"` + story + `"}`,
		"c/e.html":            "<title>Ee</title><p>" + story + "</p>",
		"c/f.ndjson":          `{"title":"Eff","text":"` + story + `"}`,
		"c/g.htm":             "<title>Gee</title><p>" + story + "</p>",
		"c/h.json":            `{"title":"Aitch","text":"` + story + `"}`,
		"c/notes.md":          "# not read",
		"c/image.png":         "\x89PNG",
		".hidden.txt":         "Hidden\n\n" + story,
		".git/x.txt":          "Hidden dir\n\n" + story,
		"c/.cache/y.jsonl":    `{"title":"Hidden","text":"` + story + `"}`,
		"z/empty/placeholder": "",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, rec := range readAll(t, []string{dir}, Options{}) {
		got = append(got, summary(dir, rec))
	}
	want := []string{"a.TXT Aye", "b.txt Bee", "c/d.jsonl Dee one", "c/d.jsonl Dee two", "c/e.html Ee",
		"c/f.ndjson Eff", "c/g.htm Gee", "c/h.json Aitch"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"json lines", "\n  " + `{"title":"One","text":"` + story + `"}` + "\n" + `{"title":"Two","text":"` + story + `"}`, []string{"- One", "- Two"}},
		{"json array", `[{"title":"One","text":"` + story + `"}]`, []string{"- One"}},
		{"dated", " date 2021-01-02 Dated lede\n\n" + story, []string{"- Dated lede"}},
		{"html", "\uFEFF  <!doctype html><title>Page</title><p>" + story + "</p>", []string{"- Page"}},
		{"plain", "Plain words first\n\n" + story, []string{"- Plain words first"}},
		{"empty", "", []string{"- skip"}},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00", []string{"- error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, rec := range readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)}) {
				got = append(got, summary("", rec))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadSniffsUnknownExtension(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"article":   " date 2021-01-02 Dated lede\n\n" + story,
		"page.xhtm": "<p>" + story + "</p>",
		"feed.data": `{"title":"Line","text":"` + story + `"}`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{filepath.Join(dir, "article"), filepath.Join(dir, "page.xhtm"), filepath.Join(dir, "feed.data")}
	var got []string
	for _, rec := range readAll(t, paths, Options{}) {
		got = append(got, summary(dir, rec))
	}
	want := []string{"article Dated lede", "page.xhtm " + story, "feed.data Line"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100e6); err != nil { // sparse: takes no space
		t.Fatal(err)
	}
	f.Close()
	latin1 := write("latin1.txt", "First line\nSecond line\nCaf\xe9 au lait\n")
	tests := []struct {
		name string
		path string
		opts Options
		want string
		is   error
	}{
		{"not found", filepath.Join(dir, "missing.txt"), Options{}, dir + "/missing.txt: no such file or directory", fs.ErrNotExist},
		{"too large", huge, Options{}, huge + ": 100.0 MB is larger than the 16 MiB limit", chronicle.ErrInvalid},
		{"too large for a small limit", write("big.txt", strings.Repeat("a", 2000)), Options{MaxBytes: 1000}, "big.txt: 2.0 kB is larger than the 1000 bytes limit", chronicle.ErrInvalid},
		{"too large from stdin", "-", Options{MaxBytes: 1 << 10, Stdin: strings.NewReader(strings.Repeat("a", 2000))}, "-: the input is larger than the 1 KiB limit", chronicle.ErrInvalid},
		{"nul byte", write("nul.txt", "some text\x00more"), Options{}, "nul.txt: binary data (a NUL byte at byte 9), not text", chronicle.ErrInvalid},
		{"control bytes", write("ctl.txt", "\x01\x02\x03\x04\x05abc"), Options{}, "ctl.txt: binary data (mostly control or invalid bytes), not text", chronicle.ErrInvalid},
		{"invalid utf-8", latin1, Options{}, "latin1.txt:3: invalid UTF-8 at byte 26 (byte 0xe9); is it Latin-1 or Windows-1252? convert it to UTF-8", chronicle.ErrInvalid},
		{"unreadable", write("locked.txt", "text"), Options{}, "locked.txt: permission denied", fs.ErrPermission},
	}
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "unreadable" && os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			recs := readAll(t, []string{tt.path}, tt.opts)
			if len(recs) != 1 || recs[0].Err == nil {
				t.Fatalf("got %+v, want one error", recs)
			}
			if err := recs[0].Err; !strings.HasSuffix(err.Error(), tt.want) || !errors.Is(err, tt.is) {
				t.Errorf("error %q, want one ending %q that is %v", err, tt.want, tt.is)
			}
		})
	}
}

func TestReadGoesOnAfterErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Good\n\n"+story), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, rec := range readAll(t, []string{filepath.Join(dir, "nope.txt"), good, filepath.Join(dir, "nope")}, Options{}) {
		got = append(got, summary(dir, rec))
	}
	if want := "nope.txt error|good.txt Good|nope error"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestReadWarnings(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", story, ""},
		{"german", "Der Bürgermeister der kleinen Stadt kündigte am Montag an, dass die neue Brücke über den Fluss im Frühjahr eröffnet wird, weil die Arbeiten wegen des Winters verzögert wurden.", WarnNotEnglish},
		{"italian", "Il sindaco della piccola città ha annunciato lunedì che il nuovo ponte sul fiume sarà aperto in primavera, perché i lavori sono stati rinviati a causa del lungo inverno.", WarnNotEnglish},
		{"portuguese", "O prefeito da pequena cidade anunciou na segunda-feira que a nova ponte sobre o rio será aberta na primavera, e as obras atrasaram por causa do longo inverno.", WarnNotEnglish},
		{"greek letters", "Ο δήμαρχος ανακοίνωσε ότι η νέα γέφυρα θα ανοίξει την άνοιξη.", WarnNotEnglish},
		{"short foreign text is let be", "Guten Morgen, liebe Leute.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := readString(t, "a.txt", tt.text, Options{Date: chronicle.NewDay(2020, 1, 1)})
			if recs[0].Warning != tt.want {
				t.Errorf("warning %q, want %q", recs[0].Warning, tt.want)
			}
		})
	}
	recs := readString(t, "a.txt", tests[1].text, Options{})
	if want := WarnNoDate + "; " + WarnNotEnglish; recs[0].Warning != want {
		t.Errorf("warning %q, want %q", recs[0].Warning, want)
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for range 10 {
		lines = append(lines, `{"text":"`+story+`"}`)
	}
	path := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("break", func(t *testing.T) {
		n := 0
		for range Read(context.Background(), []string{path, dir}, Options{}) {
			if n++; n == 3 {
				break
			}
		}
	})
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var got []Record
		for rec := range Read(ctx, []string{path, path}, Options{}) {
			got = append(got, rec)
			if len(got) == 2 {
				cancel()
			}
		}
		last := got[len(got)-1]
		if len(got) != 3 || !errors.Is(last.Err, context.Canceled) || last.Line != 3 {
			t.Errorf("got %d records ending %+v, want 2 and a cancellation at line 3", len(got), last)
		}
	})
}
