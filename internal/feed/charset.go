package feed

import (
	"io"

	"golang.org/x/net/html/charset"
)

// charsetReader decodes XML declared in a charset other than UTF-8
// (ISO-8859-1, Windows-1252, …), for encoding/xml.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	return charset.NewReaderLabel(label, r)
}
