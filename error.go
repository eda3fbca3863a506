package chronicle

import "errors"

// The error kinds. Errors anywhere in Chronicle wrap one of these with %w so
// callers can classify them with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
	ErrConflict = errors.New("conflict")
)
