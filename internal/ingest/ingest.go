// Package ingest reads news articles from files and turns them into
// *chronicle.Article values, the input of the pipeline. It reads dated text
// (" date YYYY-MM-DD <lede>", a blank line, the body), plain text, JSON lines
// and saved HTML pages, from files, directories and standard input.
//
// Every article's text goes through Normalize, so the Spans that later
// stages compute index into exactly the Article.Text this package returns,
// and the ArticleID (a hash of that text) is the same however the article
// was read.
//
// Reading never stops at a bad article or file: each becomes a Record with
// an Err, and reading goes on with the next one.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"chronicle"
)

// DefaultMaxBytes is the largest article, and the largest JSON line, read
// when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// Options controls reading. The zero Options is ready to use.
type Options struct {
	// Date is the publication date given to plain text files without a
	// date line; it comes before a date read from the text's header (see
	// docs/ingest.md). Zero means none given.
	Date chronicle.Day
	// MaxBytes is the largest article (whole file) and the largest JSON line
	// accepted; 0 means DefaultMaxBytes. Larger inputs are errors.
	MaxBytes int64
	// Stdin is what the path "-" reads; nil means os.Stdin.
	Stdin io.Reader
}

// A Record is one article read from an input, or why one could not be read.
// Exactly one of Article, Err and Skip is set.
type Record struct {
	Article *chronicle.Article // nil when Err != nil or Skip != ""
	File    string             // the file it came from ("-" for standard input)
	Line    int                // 1-based line for JSON lines; 0 for whole-file inputs
	Err     error              // malformed or unreadable input: an *Error naming file and line
	Skip    string             // why the article was skipped ("empty text"); a warning, not an error
	Warning string             // a warning about a returned article ("no date"), "; "-separated
}

// The warnings and skip reasons a Record may carry.
const (
	SkipEmpty      = "empty text"
	WarnNoDate     = "no date"
	WarnNotEnglish = "text does not look like English"
)

// Read returns the articles under paths, in order: files, directories
// (walked recursively in lexical order, reading .txt, .jsonl, .ndjson,
// .json, .html and .htm files and skipping hidden and other files), "-"
// for standard input, whose format is sniffed from its first bytes, and
// http or https URLs of article pages (see ReadPage). A file
// named on its own with another extension is sniffed the same way.
//
// Problems with one input (a missing file, binary data, invalid UTF-8, a
// file or JSON line over Options.MaxBytes, a malformed line, a bad date) are
// returned as Records with Err set, and reading continues. When ctx is done,
// Read yields one Record whose Err wraps ctx.Err() and stops.
func Read(ctx context.Context, paths []string, opts Options) iter.Seq[Record] {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	return func(yield func(Record) bool) {
		r := &reader{ctx: ctx, opts: opts, yield: yield}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// A format is how an input is read.
type format int

const (
	formatSniff format = iota // look at the content
	formatText                // dated text, or plain text
	formatJSON                // JSON lines, or one JSON array
	formatHTML                // a saved web page
)

// formatOf returns the format of a file by its extension; formatSniff for
// extensions Read does not know.
func formatOf(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt":
		return formatText
	case ".jsonl", ".ndjson", ".json":
		return formatJSON
	case ".html", ".htm":
		return formatHTML
	}
	return formatSniff
}

// reader holds the state of one Read.
type reader struct {
	ctx   context.Context
	opts  Options
	yield func(Record) bool
	line  []byte // scratch space for JSON lines
}

// emit yields rec and reports whether reading should go on.
func (r *reader) emit(rec Record) bool { return r.yield(rec) }

// fail yields an error about file (at line, if not 0) and reports whether
// reading should go on.
func (r *reader) fail(file string, line int, err error) bool {
	return r.yield(Record{File: file, Line: line, Err: &Error{File: file, Line: line, Err: err}})
}

// done reports whether ctx is done, after yielding the Record that says so.
func (r *reader) done(file string, line int) bool {
	if err := r.ctx.Err(); err != nil {
		r.fail(file, line, err)
		return true
	}
	return false
}

// path reads one path given to Read.
func (r *reader) path(p string) bool {
	if r.done(p, 0) {
		return false
	}
	if p == "-" {
		return r.stdin()
	}
	if isURL(p) {
		return r.url(p)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(p, 0, pathErr(err))
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.file(p, formatOf(p))
}

// pathErr drops the operation and path from an *fs.PathError, which Error
// already names.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// walk reads the files under dir in lexical order.
func (r *reader) walk(dir string) bool {
	more := true
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if r.done(path, 0) {
			more = false
			return fs.SkipAll
		}
		if err != nil {
			if !r.fail(path, 0, pathErr(err)) {
				more = false
				return fs.SkipAll
			}
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		f := formatOf(path)
		if f == formatSniff {
			return nil
		}
		if !r.file(path, f) {
			more = false
			return fs.SkipAll
		}
		return nil
	})
	return more
}

// file reads one file in format f.
func (r *reader) file(name string, f format) bool {
	fh, err := os.Open(name)
	if err != nil {
		return r.fail(name, 0, pathErr(err))
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return r.fail(name, 0, pathErr(err))
	}
	if fi.IsDir() {
		return r.fail(name, 0, invalidf("is a directory"))
	}
	if f == formatJSON {
		return r.jsonStream(name, bufio.NewReaderSize(fh, 64<<10))
	}
	if fi.Mode().IsRegular() && fi.Size() > r.opts.MaxBytes {
		return r.fail(name, 0, tooLarge("", fi.Size(), r.opts.MaxBytes))
	}
	data, err := r.readAll(fh)
	if err != nil {
		return r.fail(name, 0, err)
	}
	return r.whole(name, data, f)
}

// readAll reads all of rd, up to Options.MaxBytes.
func (r *reader) readAll(rd io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, r.opts.MaxBytes+1))
	if err != nil {
		return nil, pathErr(err)
	}
	if int64(len(data)) > r.opts.MaxBytes {
		return nil, tooLarge("the input", -1, r.opts.MaxBytes)
	}
	return data, nil
}

// stdin reads standard input: JSON lines are read as they come; anything
// else is read whole and sniffed.
func (r *reader) stdin() bool {
	br := bufio.NewReaderSize(r.opts.Stdin, 64<<10)
	if c := firstByte(br); c == '{' || c == '[' {
		return r.jsonStream("-", br)
	}
	data, err := r.readAll(br)
	if err != nil {
		return r.fail("-", 0, err)
	}
	return r.whole("-", data, formatSniff)
}

// firstByte returns the first byte of br that is not white space or part of
// a byte order mark, without consuming anything; 0 at the end of input.
func firstByte(br *bufio.Reader) byte {
	for n := 1; ; n++ {
		b, _ := br.Peek(n)
		if len(b) < n {
			return 0
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n', 0xEF, 0xBB, 0xBF:
		default:
			return c
		}
	}
}

// sniff returns the format of an input from its content: '<' first means
// HTML, '{' or '[' JSON, anything else text.
func sniff(data []byte) format {
	s := strings.TrimLeft(string(data[:min(len(data), 1024)]), " \t\r\n\uFEFF")
	switch {
	case strings.HasPrefix(s, "<"):
		return formatHTML
	case strings.HasPrefix(s, "{"), strings.HasPrefix(s, "["):
		return formatJSON
	}
	return formatText
}

// whole reads data, the whole content of one input, in format f.
func (r *reader) whole(name string, data []byte, f format) bool {
	if f == formatSniff {
		f = sniff(data)
	}
	if f == formatJSON {
		return r.jsonStream(name, bufio.NewReader(bytes.NewReader(data)))
	}
	if f == formatHTML {
		data = toUTF8(data)
	}
	if line, err := checkText(data); err != nil {
		return r.fail(name, line, err)
	}
	var a *chronicle.Article
	var err error
	if f == formatHTML {
		a = readHTML(string(data))
	} else {
		a, err = readText(string(data), r.opts.Date)
	}
	if err != nil {
		return r.fail(name, 1, err)
	}
	return r.emit(record(name, 0, a))
}

// record returns the Record for an article read from file at line: skipped
// when its text is empty, with warnings when it has no date or does not look
// like English.
func record(file string, line int, a *chronicle.Article) Record {
	rec := Record{File: file, Line: line}
	if a.Text == "" {
		rec.Skip = SkipEmpty
		return rec
	}
	rec.Article = a
	var warn []string
	if a.Date.IsZero() {
		warn = append(warn, WarnNoDate)
	}
	if notEnglish(a.Text) {
		warn = append(warn, WarnNotEnglish)
	}
	rec.Warning = strings.Join(warn, "; ")
	return rec
}
