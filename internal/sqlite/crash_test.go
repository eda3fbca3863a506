package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/storetest"

	"github.com/google/go-cmp/cmp"
)

// crashEnv, when set, makes TestCrash the child that saves documents until
// it is killed. Its value is "path first": the store and the first n to
// pass to storetest.Generate.
const crashEnv = "CHRONICLE_SQLITE_CRASH_CHILD"

// TestCrash kills a process that is saving documents (SIGKILL, no chance to
// clean up) and checks that the store it leaves behind holds every document
// whose commit had returned, complete, and nothing half-written.
func TestCrash(t *testing.T) {
	if v := os.Getenv(crashEnv); v != "" {
		crashChild(v)
		return
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	reported := map[chronicle.ArticleID]int{} // ID → n it was generated from
	var firsts []int
	for round, kill := range []int{40, 7, 120, 1} {
		first := round * 100000
		firsts = append(firsts, first)
		for _, id := range crashRound(t, path, first, kill) {
			reported[id.id] = id.n
		}
		checkCrashed(t, path, reported, firsts)
	}
}

type savedID struct {
	id chronicle.ArticleID
	n  int
}

// crashRound runs a child saving Generate(first), Generate(first+1), … to
// path, kills it once it has reported kill saves, and returns what it
// reported.
func crashRound(t *testing.T, path string, first, kill int) []savedID {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$", "-test.count=1")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s %d", crashEnv, path, first))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var got []savedID
	sc := bufio.NewScanner(out)
	killed := false
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 || f[0] != "saved" {
			continue
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("child said %q", sc.Text())
		}
		got = append(got, savedID{chronicle.ArticleID(f[1]), n})
		if len(got) == kill {
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
		// Lines the child wrote before it died are read on: each one
		// follows a commit that returned.
	}
	cmd.Wait() // reports the kill; nothing to check
	if !killed {
		t.Fatalf("child reported %d saves before it ended; want %d", len(got), kill)
	}
	return got
}

// crashChild saves generated documents until killed, writing
// "saved ID n" after each commit returns.
func crashChild(arg string) {
	path, num, _ := strings.Cut(arg, " ")
	first, err := strconv.Atoi(num)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	for n := first; ; n++ {
		d := storetest.Generate(n)
		if _, err := db.SaveDocument(context.Background(), d); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Fprintf(w, "saved %s %d\n", d.Article.ID, n)
		w.Flush()
	}
}

// checkCrashed opens the store a killed child left and checks it.
func checkCrashed(t *testing.T, path string, reported map[chronicle.ArticleID]int, firsts []int) {
	t.Helper()
	db := open(t, path)
	ctx := t.Context()
	var ok string
	if err := db.read.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	if _, err := db.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("full-text index out of step with articles: %v", err)
	}
	orphans := []string{
		`SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)`,
		`SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)`,
		`SELECT count(*) FROM times WHERE article_id NOT IN (SELECT id FROM articles)`,
		`SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)`,
		`SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)`,
		`SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = m.article_id AND e.entity_id = m.entity_id)`,
		`SELECT count(*) FROM event_actors x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = x.article_id AND e.event_id = x.event_id)`,
	}
	for _, q := range orphans {
		var n int
		if err := db.read.QueryRowContext(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s = %d, %v; want 0", q, n, err)
		}
	}
	for id, n := range reported {
		want := storetest.Generate(n)
		got, err := db.Document(ctx, id)
		if err != nil {
			t.Fatalf("reported %s (n=%d) is gone: %v", id, n, err)
		}
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b chronicle.Day) bool { return a.String() == b.String() })); diff != "" {
			t.Fatalf("reported %s (n=%d) differs (-generated +stored):\n%s", id, n, diff)
		}
	}
	// Each kill may catch the child between a commit's return and its
	// report, leaving one stored document that was never reported; it must
	// be whole too.
	rows, err := db.read.QueryContext(ctx, `SELECT id FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []chronicle.ArticleID
	for rows.Next() {
		var id chronicle.ArticleID
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	extra := 0
	for _, id := range ids {
		if _, ok := reported[id]; ok {
			continue
		}
		extra++
		got, err := db.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		n := generatedFrom(got, firsts)
		if n < 0 {
			t.Fatalf("stored %s was never generated", id)
		}
		st := storetest.Generate(n)
		if len(got.Entities) != len(st.Entities) || len(got.Sentences) != len(st.Sentences) || len(got.Events) != len(st.Events) {
			t.Errorf("unreported %s (n=%d) is incomplete", id, n)
		}
	}
	if extra > len(firsts) {
		t.Errorf("%d stored documents were never reported after %d kills", extra, len(firsts))
	}
	t.Logf("after the kill: %d reported, %d stored, %d stored but not reported", len(reported), len(ids), extra)
}

// generatedFrom finds the n near one of the firsts that Generate turns into
// d, or -1.
func generatedFrom(d *chronicle.Document, firsts []int) int {
	for _, f := range firsts {
		for n := f; n < f+1000; n++ {
			if storetest.Generate(n).Article.ID == d.Article.ID {
				return n
			}
		}
	}
	return -1
}
