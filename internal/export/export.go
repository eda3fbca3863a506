// Package export writes stored events in the formats other tools read:
// PLOVER JSON records, a GDELT 2.0-style event table, CSV and JSON lines.
//
// Each format is versioned: the JSON formats carry a "version" field in
// every record; the tabular formats are defined by their column lists
// (GDELTColumns, CSVColumns), whose header row they write first, and by
// the version constants. The JSON formats have JSON Schemas (PLOVERSchema,
// JSONLSchema) that their records satisfy.
package export

import (
	"fmt"
	"io"
	"strings"

	"chronicle"
)

// Format versions. A change to a format's fields raises its version.
const (
	PLOVERVersion = 1
	GDELTVersion  = 1
	CSVVersion    = 1
	JSONLVersion  = 1
)

// Formats lists the format names Writer accepts.
var Formats = []string{"plover", "gdelt", "csv", "jsonl"}

// A Record is one stored event with what the formats need around it: the
// article it was read in, the text of its sentence and its actors, each
// with country and sector.
type Record struct {
	Event    chronicle.Event
	Article  chronicle.Article // Text may be empty: Sentence holds the words the event was read from
	Sentence string
	Actors   []Actor // sources then targets
}

// An Actor is one side of an event: the entity with its country and
// PLOVER sector, and its role ("source" or "target").
type Actor struct {
	ID      chronicle.EntityID   `json:"id"`
	Name    string               `json:"name"`
	Type    chronicle.EntityType `json:"type"`
	Country string               `json:"country"`
	Sector  string               `json:"sector"`
	Role    string               `json:"role"`
}

// sources returns the actors of r in role "source"; targets those in
// "target".
func (r Record) sources() []Actor { return r.role("source") }
func (r Record) targets() []Actor { return r.role("target") }

func (r Record) role(role string) []Actor {
	var out []Actor
	for _, a := range r.Actors {
		if a.Role == role {
			out = append(out, a)
		}
	}
	return out
}

// An Encoder writes records in one format. Close flushes what is
// buffered; it does not close the underlying writer.
type Encoder interface {
	Write(r Record) error
	Close() error
}

// Writer returns an Encoder for format (one of Formats) writing to w. An
// unknown format is chronicle.ErrInvalid.
func Writer(format string, w io.Writer) (Encoder, error) {
	switch strings.ToLower(format) {
	case "plover":
		return newPLOVER(w), nil
	case "gdelt":
		return newTable(w, '\t', GDELTColumns, gdeltRow)
	case "csv":
		return newTable(w, ',', CSVColumns, csvRow)
	case "jsonl":
		return newJSONL(w), nil
	}
	return nil, fmt.Errorf("format %q: want one of %s: %w", format, strings.Join(Formats, ", "), chronicle.ErrInvalid)
}
