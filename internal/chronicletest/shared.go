// Package chronicletest holds helpers for Chronicle's tests. Only _test.go
// files import it.
package chronicletest

import (
	"os"
	"path/filepath"
	"testing"
)

// Shared returns the path of rel inside the shared folder that sits beside
// the module root (../shared, with the training and evaluation data), and
// skips t when that path is absent, as it is on a fresh clone.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Skipf("shared data not found: %v", err)
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent: this test needs the shared data beside the module", p)
	}
	return p
}

// moduleRoot returns the nearest directory above the working directory
// that holds a go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
