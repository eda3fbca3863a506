// Package web is Chronicle's user interface: a single-page application
// built from src/ by esbuild into static/, embedded in the binary, which
// talks to the JSON API over HTTP. It imports neither the vocabulary nor
// the API.
//
// The bundle in static/ is committed, so building Chronicle never needs
// node; build.sh rebuilds it after a change to src/.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
)

//go:embed static
var static embed.FS

// Static returns the embedded UI files, rooted at static/.
func Static() fs.FS {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the directory is embedded: cannot happen
	}
	return sub
}

// Handler serves the UI from fsys: Static() in production, os.DirFS of
// static/ while working on it. Files are served with an ETag from the hash
// of their content and "Cache-Control: no-cache", so browsers revalidate
// and get 304 until the file changes. A path that names no file and has no
// extension, or is under /entity/ or /article/ (whose names may hold dots),
// gets index.html, where the application routes it itself.
func Handler(fsys fs.FS) http.Handler {
	return &handler{fsys: fsys, etags: map[string]string{}}
}

type handler struct {
	fsys  fs.FS
	mu    sync.Mutex
	etags map[string]string // file name, size and time → quoted content hash
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	st, err := fs.Stat(h.fsys, name)
	if err != nil || st.IsDir() {
		if path.Ext(name) != "" && !dataRoute(name) {
			http.NotFound(w, r)
			return
		}
		name = "index.html" // an application route such as /article/…
		if st, err = fs.Stat(h.fsys, name); err != nil {
			http.Error(w, "ui: no index.html", http.StatusInternalServerError)
			return
		}
	}
	tag, err := h.etag(name, st)
	if err != nil {
		http.Error(w, "ui: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("ETag", tag)
	w.Header().Set("Cache-Control", "no-cache")
	f, err := h.fsys.Open(name)
	if err != nil {
		http.Error(w, "ui: "+err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, "ui: file does not seek", http.StatusInternalServerError)
		return
	}
	// ServeContent answers If-None-Match with 304 and sets the type from
	// the extension.
	http.ServeContent(w, r, name, st.ModTime(), rs)
}

// dataRoute reports whether name is an application route whose last
// segment is data, such as an entity's name ("entity/George W. Bush",
// "entity/Amazon.com"), which may look like a file's extension.
func dataRoute(name string) bool {
	return strings.HasPrefix(name, "entity/") || strings.HasPrefix(name, "article/")
}

// etag returns the quoted hash of name's content, computing it once per
// version of the file (embedded files never change; files on disk may).
func (h *handler) etag(name string, st fs.FileInfo) (string, error) {
	key := fmt.Sprintf("%s\x00%d\x00%d", name, st.Size(), st.ModTime().UnixNano())
	h.mu.Lock()
	defer h.mu.Unlock()
	if t, ok := h.etags[key]; ok {
		return t, nil
	}
	f, err := h.fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", err
	}
	t := `"` + base64.RawURLEncoding.EncodeToString(sum.Sum(nil)[:12]) + `"`
	h.etags[key] = t
	return t, nil
}
