package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"unicode/utf8"

	"chronicle"
)

// jsonArticle is one article in JSON: the fields Read knows. Other fields
// (license, and any others) are ignored; a null field is an empty one.
type jsonArticle struct {
	ID     string `json:"id"` // the source's own id; the ArticleID is computed from the text
	Date   string `json:"date"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Source string `json:"source"`
	URL    string `json:"url"`
}

// jsonStream reads JSON from br: one object a line (JSON lines); or, when
// the input starts with '[', an array of objects; or, when the first line
// is an incomplete value, objects spread over many lines. The last two are
// read whole, so they are limited to MaxBytes.
func (r *reader) jsonStream(name string, br *bufio.Reader) bool {
	head, _ := br.Peek(8 << 10)
	if i := bytes.IndexByte(head, 0); i >= 0 || looksBinary(head) {
		return r.fail(name, 0, invalidf("binary data, not JSON"))
	}
	if firstByte(br) == '[' {
		data, err := r.readAll(br)
		if err != nil {
			return r.fail(name, 0, err)
		}
		return r.jsonValues(name, data)
	}
	for n := 1; ; n++ {
		if r.done(name, n) {
			return false
		}
		line, size, err := r.readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return r.fail(name, n, pathErr(err))
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			// A line cut at MaxBytes looks incomplete too; it is only too long.
			if err == nil && size <= r.opts.MaxBytes && incomplete(line) {
				rest, err := r.readAll(br)
				if err != nil {
					return r.fail(name, 0, err)
				}
				return r.jsonValues(name, slices.Concat(line, []byte{'\n'}, rest))
			}
		}
		if size > r.opts.MaxBytes {
			if !r.fail(name, n, tooLarge("line", size, r.opts.MaxBytes)) {
				return false
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if !r.emit(jsonRecord(name, n, line)) {
				return false
			}
		}
		if err != nil {
			return true
		}
	}
}

// readLine reads one line of br without its "\n", keeping at most
// MaxBytes of it, and returns its full size. The error is io.EOF after the
// last line.
func (r *reader) readLine(br *bufio.Reader) (line []byte, size int64, err error) {
	r.line = r.line[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if int64(len(r.line)+len(chunk)) <= r.opts.MaxBytes+1 {
			r.line = append(r.line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == nil {
			size--
			r.line = bytes.TrimSuffix(r.line, []byte{'\n'})
		} else if errors.Is(err, io.EOF) && size == 0 {
			return nil, 0, err
		}
		return r.line, size, err
	}
}

// jsonRecord decodes one JSON line into a Record.
func jsonRecord(name string, n int, line []byte) Record {
	a, err := decodeArticle(line)
	if err != nil {
		return Record{File: name, Line: n, Err: &Error{File: name, Line: n, Err: err}}
	}
	return record(name, n, a)
}

// decodeArticle decodes one JSON object into an Article.
func decodeArticle(b []byte) (*chronicle.Article, error) {
	if !utf8.Valid(b) {
		return nil, invalidf("invalid UTF-8 at byte %d of the line", invalidAt(b))
	}
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, jsonError(err)
	}
	date, err := parseDate(j.Date)
	if err != nil {
		return nil, err
	}
	return NewArticle(date, j.Title, j.Text, j.Source, j.URL), nil
}

// jsonError rewrites an error from encoding/json in the words of Read.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return invalidf("bad JSON at byte %d: %v", syn.Offset, syn)
	case errors.As(err, &typ) && typ.Field == "":
		return invalidf("want a JSON object, got %s", typ.Value)
	case errors.As(err, &typ):
		return invalidf("field %q: want a %s, got %s", typ.Field, typ.Type, typ.Value)
	}
	return invalidf("bad JSON: %v", err)
}

// incomplete reports whether line is the start of a JSON value that goes on
// over the next lines.
func incomplete(line []byte) bool {
	var raw json.RawMessage
	err := json.NewDecoder(bytes.NewReader(line)).Decode(&raw)
	return errors.Is(err, io.ErrUnexpectedEOF)
}

// jsonValues reads data, a JSON array of article objects or a sequence of
// them. A value of the wrong shape is an error for that value only; a
// syntax error ends the input. Records carry the line each value starts on.
func (r *reader) jsonValues(name string, data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		line, err := checkText(data)
		return r.fail(name, line, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	lineAt := func(off int64) int { return 1 + bytes.Count(data[:off], []byte{'\n'}) }
	array := firstByte(bufio.NewReader(bytes.NewReader(data))) == '['
	if array {
		if _, err := dec.Token(); err != nil {
			return r.fail(name, 1, jsonError(err))
		}
	}
	for dec.More() {
		// The element starts after the separating comma and white space.
		start := dec.InputOffset()
		for int(start) < len(data) && bytes.IndexByte([]byte(" \t\r\n,"), data[start]) >= 0 {
			start++
		}
		n := lineAt(start)
		if r.done(name, n) {
			return false
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return r.fail(name, n, jsonError(err))
		}
		if !r.emit(jsonRecord(name, n, raw)) {
			return false
		}
	}
	if !array {
		return true
	}
	if _, err := dec.Token(); err != nil {
		return r.fail(name, lineAt(dec.InputOffset()), jsonError(err))
	}
	return true
}
