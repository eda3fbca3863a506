package parse

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"chronicle/internal/learn"
)

// magic starts every encoded parser. The number changes with the features:
// a model is only good for the features it was trained with.
const magic = "chronicle-parse-1\n"

// maxSection bounds the length of one section of an encoded parser.
const maxSection = 64 << 20

// errCorrupt reports bytes that are not a whole encoded parser.
var errCorrupt = errors.New("corrupt parser model")

// Encode writes the parser: a header, then the move model and the label
// model as internal/learn encodes them, each preceded by its length. The
// same parser always encodes to the same bytes.
func (p *Parser) Encode(w io.Writer) error { return p.encode(w, 0) }

// encode is Encode dropping the weights smaller than minWeight.
func (p *Parser) encode(w io.Writer, minWeight float32) error {
	var out bytes.Buffer
	out.WriteString(magic)
	for _, m := range []*learn.Model{p.moves, p.labels} {
		var b bytes.Buffer
		if err := m.Encode(&b, minWeight); err != nil {
			return err
		}
		var tmp [binary.MaxVarintLen64]byte
		out.Write(tmp[:binary.PutUvarint(tmp[:], uint64(b.Len()))])
		out.Write(b.Bytes())
	}
	_, err := w.Write(out.Bytes())
	return err
}

// Load reads a parser written by Encode. Bytes that are not a whole parser
// give an error: they are a broken build or a wrong file, not bad input.
func Load(r io.Reader) (*Parser, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("load parser: not a parser model: %w", errCorrupt)
	}
	var models [2]*learn.Model
	for i := range models {
		size, err := binary.ReadUvarint(br)
		if err != nil || size > maxSection {
			return nil, fmt.Errorf("load parser: section %d: length: %w", i+1, errCorrupt)
		}
		b := make([]byte, size)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("load parser: section %d: truncated: %w", i+1, errCorrupt)
		}
		if models[i], err = learn.Decode(bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("load parser: section %d: %w: %w", i+1, errCorrupt, err)
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("load parser: bytes after the models: %w", errCorrupt)
	}
	moves, labels := models[0], models[1]
	if !slices.Equal(moves.Labels, moveNames) {
		return nil, fmt.Errorf("load parser: moves %q, want %q: %w", moves.Labels, moveNames, errCorrupt)
	}
	if len(labels.Labels) > maxLabels || labels.Label("root") < 0 {
		return nil, fmt.Errorf("load parser: %d labels without root, or too many: %w", len(labels.Labels), errCorrupt)
	}
	p := newParser(moves, labels)
	p.moveTable, p.labelTable = moves.Table(), labels.Table()
	return p, nil
}
