package ingest

import (
	"fmt"

	"chronicle"
)

// An Error is a problem with one input: a file that cannot be read, or an
// article in it that is malformed. Line is the 1-based line for JSON lines
// and for errors that have a position (invalid UTF-8), else 0.
//
// Errors about malformed input match chronicle.ErrInvalid with errors.Is;
// errors from the file system unwrap to theirs (fs.ErrNotExist,
// fs.ErrPermission).
type Error struct {
	File string
	Line int
	Err  error
}

// Error returns "file:line: message", or "file: message" when Line is 0.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// invalidError is a message about malformed input that matches
// chronicle.ErrInvalid without repeating it in its text.
type invalidError struct{ msg string }

func (e *invalidError) Error() string { return e.msg }

func (e *invalidError) Is(target error) bool { return target == chronicle.ErrInvalid }

// invalidf returns a formatted error that matches chronicle.ErrInvalid.
func invalidf(format string, args ...any) error {
	return &invalidError{fmt.Sprintf(format, args...)}
}

// tooLarge says that an input of size bytes (or more, when size < 0) is over
// the limit.
func tooLarge(what string, size, limit int64) error {
	if size < 0 {
		return invalidf("%s is larger than the %s limit", what, limitSize(limit))
	}
	return invalidf("%s is larger than the %s limit", humanSize(size), limitSize(limit))
}

// humanSize writes n bytes in decimal units with one decimal: "100.0 MB".
func humanSize(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}

// limitSize writes a limit in the binary unit it was most likely set in:
// "16 MiB", "512 KiB", "1000 bytes".
func limitSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
