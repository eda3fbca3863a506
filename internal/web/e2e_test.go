package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestBrowser builds chronicle, stores our example article, a hostile
// article and (when ../shared is there) a slice of Wikinews, serves them,
// and runs e2e/e2e.mjs in headless chromium. It needs node, the packages
// of package.json (npm ci) and chromium; without them it skips, unless
// CHRONICLE_E2E=1 demands it. CHRONICLE_SCREENSHOTS names where the
// screenshots go (docs/screenshots to refresh the committed ones);
// CHRONICLE_E2E_DB names a store to run against (a copy of it, with our
// articles added) instead of the Wikinews slice.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: not in -short mode")
	}
	if os.Getenv("CI") == "true" && os.Getenv("CHRONICLE_E2E") == "" {
		t.Skip("browser test: .ci/run runs it on its own after go test ./..., with CHRONICLE_E2E=1")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	var missing []string
	if _, err := exec.LookPath("node"); err != nil {
		missing = append(missing, "node")
	}
	if _, err := os.Stat(chromium); err != nil {
		missing = append(missing, chromium+" (apt-get install chromium)")
	}
	if _, err := os.Stat("node_modules/playwright-core"); err != nil {
		missing = append(missing, "internal/web/node_modules (npm ci)")
	}
	if len(missing) > 0 {
		msg := "browser test needs " + strings.Join(missing, ", ")
		if os.Getenv("CHRONICLE_E2E") == "1" {
			t.Fatal(msg + "; CHRONICLE_E2E=1 demands it")
		}
		t.Skip(msg + "; bash .ci/run installs them")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 6*time.Minute)
	defer cancel()
	dir := t.TempDir()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}

	bin := filepath.Join(dir, "chronicle")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/chronicle")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// The hostile article: markup and script in the title and the text.
	hostile := map[string]string{
		"date":  "2024-05-01",
		"title": `Council meets <img src=x onerror="window.__xss='title'">`,
		"text": "The council met on Wednesday. <script>window.__xss='script'; alert('xss')</script>\n\n" +
			`Members said <img src=x onerror="window.__xss='img'"> nothing, and <svg onload="window.__xss='svg'"></svg> left ` +
			`through <a href="javascript:window.__xss='href'">the door</a>. "We are safe," said Mayor Ines Duarte.`,
	}
	line, err := json.Marshal(hostile)
	if err != nil {
		t.Fatal(err)
	}
	hostileFile := filepath.Join(dir, "hostile.jsonl")
	if err := os.WriteFile(hostileFile, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs := []string{filepath.Join(root, "examples"), hostileFile}
	db := filepath.Join(dir, "e2e.db")
	if big := os.Getenv("CHRONICLE_E2E_DB"); big != "" {
		// A copy of a store filled beforehand (the whole of Wikinews, say),
		// for screenshots at scale; the test adds its own articles.
		if err := copyFile(db, big); err != nil {
			t.Fatalf("CHRONICLE_E2E_DB: %v", err)
		}
	} else if slice, err := wikinewsSlice(root, dir, 60); err != nil {
		t.Log(err)
	} else {
		inputs = append(inputs, slice)
	}

	ingest := exec.CommandContext(ctx, bin, append([]string{"ingest", "--quiet", "--db", db}, inputs...)...)
	if out, err := ingest.CombinedOutput(); err != nil {
		t.Fatalf("chronicle ingest: %v\n%s", err, out)
	} else {
		t.Logf("chronicle ingest: %s", lastLine(out))
	}

	base := serve(t, ctx, bin, db)
	empty := serve(t, ctx, bin, filepath.Join(dir, "empty.db"))

	shots := os.Getenv("CHRONICLE_SCREENSHOTS")
	if shots == "" {
		shots = filepath.Join(dir, "screenshots")
	}
	node := exec.CommandContext(ctx, "node", "e2e/e2e.mjs")
	node.Env = append(os.Environ(),
		"CHRONICLE_URL="+base,
		"CHRONICLE_EMPTY_URL="+empty,
		"SCREENSHOTS="+shots,
		"CHROMIUM="+chromium,
	)
	out, err := node.CombinedOutput()
	t.Logf("e2e/e2e.mjs:\n%s", out)
	if err != nil {
		t.Fatalf("browser test failed: %v", err)
	}
}

// copyFile copies the SQLite store src to dst. The store must not be open
// elsewhere: its WAL file is not copied.
func copyFile(dst, src string) error {
	if _, err := os.Stat(src + "-wal"); err == nil {
		return fmt.Errorf("%s has a write-ahead log: close what has it open first", src)
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// serve starts chronicle serve on a free port of the loopback and returns
// its URL; the server stops when the test ends.
func serve(t *testing.T, ctx context.Context, bin, db string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	// No token: storing over HTTP is off. No feeds: the test runs offline.
	cmd.Env = append(os.Environ(), "CHRONICLE_TOKEN=", "CHRONICLE_FEEDS=none")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			first <- sc.Text()
		}
		close(first)
		io.Copy(io.Discard, stdout)
	}()
	select {
	case l := <-first:
		m := regexp.MustCompile(`http://\S+?/`).FindString(l)
		if m == "" {
			t.Fatalf("chronicle serve said %q; want its address", l)
		}
		return strings.TrimSuffix(m, "/")
	case <-time.After(30 * time.Second):
		t.Fatal("chronicle serve did not start in 30s")
	}
	return ""
}

// wikinewsSlice writes the first n Wikinews articles with text to a file
// in dir, when ../shared holds them.
func wikinewsSlice(root, dir string, n int) (string, error) {
	src := filepath.Join(root, "..", "shared", "data", "wikinews", "politics.jsonl")
	f, err := os.Open(src)
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("no ../shared: the browser test runs on our own articles only")
	} else if err != nil {
		return "", err
	}
	defer f.Close()
	out := filepath.Join(dir, "wikinews.jsonl")
	w, err := os.Create(out)
	if err != nil {
		return "", err
	}
	defer w.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for kept := 0; kept < n && sc.Scan(); {
		var a struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &a) != nil || len(strings.Fields(a.Text)) < 80 {
			continue
		}
		w.Write(append(sc.Bytes(), '\n'))
		kept++
	}
	return out, sc.Err()
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}
