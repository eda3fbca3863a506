package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An interrupt while ingest waits for standard input stops it at once, with
// the summary printed and an exit status that says it was interrupted.
func TestIngestInterruptedWhileReadingStdin(t *testing.T) {
	stdin, w := io.Pipe() // nothing is ever written
	defer w.Close()
	var out, errOut bytes.Buffer
	e := &env{stdin: stdin, stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(300*time.Millisecond, cancel)
	code := make(chan int, 1)
	go func() { code <- run(ctx, e, []string{"ingest", "--db", filepath.Join(t.TempDir(), "c.db"), "-"}) }()
	select {
	case c := <-code:
		if c != 130 {
			t.Errorf("exit %d, want 130", c)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("ingest did not stop when interrupted while reading standard input")
	}
	if !strings.Contains(errOut.String(), "chronicle ingest: interrupted") {
		t.Errorf("stderr %q does not say the run was interrupted", errOut.String())
	}
	if !strings.Contains(out.String(), "0 stored") {
		t.Errorf("stdout %q holds no summary", out.String())
	}
}
