package tag

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"chronicle/internal/learn"
)

// magic starts every encoded tagger.
const magic = "chronicle-pos-1\n"

// maxSection bounds the length of one section of an encoded tagger.
const maxSection = 64 << 20

// Encode writes the tagger: a header, then its lexicon (deflated), then its
// models as internal/learn encodes them, each section preceded by its
// length. The same tagger always encodes to the same bytes.
func (tg *Tagger) Encode(w io.Writer) error { return tg.encode(w, 0) }

// encode is Encode dropping the weights smaller than minWeight.
func (tg *Tagger) encode(w io.Writer, minWeight float32) error {
	var lex bytes.Buffer
	zw, err := flate.NewWriter(&lex, flate.BestCompression)
	if err != nil {
		return err
	}
	var raw bytes.Buffer
	putUvarint(&raw, uint64(len(tg.pairs)))
	for _, p := range tg.pairs {
		putString(&raw, p.xpos)
		putString(&raw, p.upos)
	}
	putUvarint(&raw, uint64(len(tg.classes)))
	for _, c := range tg.classes {
		putString(&raw, c)
	}
	putUvarint(&raw, uint64(len(tg.lexicon)))
	for _, w := range slices.Sorted(maps.Keys(tg.lexicon)) {
		e := tg.lexicon[w]
		putString(&raw, w)
		putUvarint(&raw, uint64(e.fixed+1))
		putUvarint(&raw, uint64(e.class))
	}
	putUvarint(&raw, uint64(len(tg.words)))
	for _, k := range slices.Sorted(maps.Keys(tg.words)) {
		info := tg.words[k]
		putString(&raw, k)
		for _, c := range info.Clusters {
			putUvarint(&raw, uint64(c+1))
		}
		putUvarint(&raw, uint64(info.Capitalized))
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}

	sections := [][]byte{lex.Bytes()}
	for _, m := range []*learn.Model{tg.model, tg.stack} {
		if m == nil {
			continue
		}
		var b bytes.Buffer
		// Stored, not compressed: the weights compress little, and the
		// tagger loads several times faster.
		if err := m.EncodeLevel(&b, minWeight, flate.NoCompression); err != nil {
			return err
		}
		sections = append(sections, b.Bytes())
	}
	var out bytes.Buffer
	out.WriteString(magic)
	putUvarint(&out, uint64(len(sections)))
	for _, s := range sections {
		putUvarint(&out, uint64(len(s)))
		out.Write(s)
	}
	_, err = w.Write(out.Bytes())
	return err
}

// errCorrupt reports bytes that are not a whole encoded tagger.
var errCorrupt = errors.New("corrupt tagger model")

// Load reads a tagger written by Encode. Bytes that are not a whole tagger
// give an error that wraps no sentinel of the chronicle package: they are a
// broken build, not bad input.
func Load(r io.Reader) (*Tagger, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("load tagger: not a tagger model: %w", errCorrupt)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n < 2 || n > 3 {
		return nil, fmt.Errorf("load tagger: section count: %w", errCorrupt)
	}
	sections := make([][]byte, n)
	for i := range sections {
		size, err := binary.ReadUvarint(br)
		if err != nil || size > maxSection {
			return nil, fmt.Errorf("load tagger: section %d: %w", i, errCorrupt)
		}
		sections[i] = make([]byte, size)
		if _, err := io.ReadFull(br, sections[i]); err != nil {
			return nil, fmt.Errorf("load tagger: section %d truncated: %w", i, errCorrupt)
		}
	}
	tg, err := decodeLexicon(sections[0])
	if err != nil {
		return nil, fmt.Errorf("load tagger: lexicon: %w", err)
	}
	if tg.model, err = learn.Decode(bytes.NewReader(sections[1])); err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	if len(sections) == 3 {
		if tg.stack, err = learn.Decode(bytes.NewReader(sections[2])); err != nil {
			return nil, fmt.Errorf("load tagger: second pass: %w", err)
		}
	}
	if err := tg.check(); err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	return tg, nil
}

func decodeLexicon(b []byte) (*Tagger, error) {
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(b)), maxSection))
	if err != nil {
		return nil, errCorrupt
	}
	d := decoder{b: raw}
	tg := &Tagger{sure: sure}
	tg.pairs = make([]pair, d.count(255))
	for i := range tg.pairs {
		tg.pairs[i] = pair{d.string(), d.string()}
	}
	tg.classes = make([]string, d.count(1<<16))
	for i := range tg.classes {
		tg.classes[i] = d.string()
	}
	n := d.count(1 << 22)
	tg.lexicon = make(map[string]entry, n)
	for range n {
		w := d.string()
		fixed, class := int(d.uvarint())-1, d.uvarint()
		if fixed >= len(tg.pairs) || class >= uint64(len(tg.classes)) {
			d.err = errCorrupt
		}
		tg.lexicon[w] = entry{fixed: int16(fixed), class: uint16(class)}
	}
	n = d.count(1 << 22)
	tg.words = make(map[string]WordInfo, n)
	for range n {
		k := d.string()
		var info WordInfo
		for i := range info.Clusters {
			c := d.uvarint()
			if c > maxCluster {
				d.err = errCorrupt
			}
			info.Clusters[i] = int16(c) - 1
		}
		c := d.uvarint()
		if c > 255 {
			d.err = errCorrupt
		}
		info.Capitalized = uint8(c)
		tg.words[k] = info
	}
	if d.err != nil || len(d.b) != 0 {
		return nil, errCorrupt
	}
	return tg, nil
}

// check reports whether the models' labels are the tagger's pairs.
func (tg *Tagger) check() error {
	for _, m := range []*learn.Model{tg.model, tg.stack} {
		if m == nil {
			continue
		}
		if len(m.Labels) != len(tg.pairs) {
			return fmt.Errorf("%d labels for %d tag pairs: %w", len(m.Labels), len(tg.pairs), errCorrupt)
		}
		for i, p := range tg.pairs {
			if m.Labels[i] != p.label() {
				return fmt.Errorf("label %d is %q, want %q: %w", i, m.Labels[i], p.label(), errCorrupt)
			}
		}
	}
	return nil
}

// A decoder reads the lexicon's fields, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) count(limit uint64) int {
	n := d.uvarint()
	if n > limit {
		d.err, n = errCorrupt, 0
	}
	return int(n)
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}

func putString(b *bytes.Buffer, s string) {
	putUvarint(b, uint64(len(s)))
	b.WriteString(s)
}
