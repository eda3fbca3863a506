package learn

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
)

// magic starts every encoded model.
const magic = "chronicle-perceptron-1\n"

// Encode writes m compactly: weights whose magnitude is below minWeight are
// dropped, the rest are quantized to 16 bits, and the whole is deflated. The
// same model always encodes to the same bytes.
func (m *Model) Encode(w io.Writer, minWeight float32) error {
	return m.EncodeLevel(w, minWeight, flate.BestCompression)
}

// EncodeLevel is Encode with the given compress/flate level. The weights
// compress little, and flate.NoCompression gives a model a few tenths
// larger that decodes several times faster. Decode reads every level.
func (m *Model) EncodeLevel(w io.Writer, minWeight float32, level int) error {
	maxAbs := m.maxAbs()
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}

	var raw bytes.Buffer
	raw.WriteString(magic)
	putUvarint(&raw, uint64(m.bits))
	putUvarint(&raw, uint64(len(m.Labels)))
	for _, l := range m.Labels {
		putUvarint(&raw, uint64(len(l)))
		raw.WriteString(l)
	}
	binary.Write(&raw, binary.LittleEndian, math.Float32bits(scale))

	buf := make([]float32, len(m.Labels))
	last := -1
	for row := 0; row < 1<<m.bits; row++ {
		w := m.rowWeights(row, buf)
		kept := 0
		for _, v := range w {
			if keep(v, minWeight, scale) {
				kept++
			}
		}
		if kept == 0 {
			continue
		}
		putUvarint(&raw, uint64(row-last))
		last = row
		putUvarint(&raw, uint64(kept))
		for label, v := range w {
			if keep(v, minWeight, scale) {
				raw.WriteByte(byte(label))
				binary.Write(&raw, binary.LittleEndian, int16(math.Round(float64(v/scale))))
			}
		}
	}
	putUvarint(&raw, 0) // end of rows

	zw, err := flate.NewWriter(w, level)
	if err != nil {
		return err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	return zw.Close()
}

func keep(v, minWeight, scale float32) bool {
	return float32(math.Abs(float64(v))) >= minWeight && math.Round(float64(v/scale)) != 0
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}

// maxRows bounds the decompressed size of a model's rows.
const maxRows = 1 << 31

// errCorrupt reports an encoded model that cannot be read.
var errCorrupt = errors.New("corrupt model")

// Decode reads a model written by Encode. The model it returns is sparse
// (see Model). Bytes that are not a whole model give an error.
func Decode(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(flate.NewReader(r), 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("decode model: not a perceptron model: %w", errCorrupt)
	}
	nbits, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", errCorrupt)
	}
	nLabels, err := binary.ReadUvarint(br)
	if err != nil || nLabels == 0 || nLabels > 255 {
		return nil, fmt.Errorf("decode model: label count: %w", errCorrupt)
	}
	labels := make([]string, nLabels)
	for i := range labels {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<10 {
			return nil, fmt.Errorf("decode model: label %d: %w", i, errCorrupt)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("decode model: label %d: %w", i, errCorrupt)
		}
		labels[i] = string(b)
	}
	if nLabels > 255 || nbits < 4 || nbits > 26 {
		return nil, fmt.Errorf("decode model: %d labels, %d bits: %w", nLabels, nbits, errCorrupt)
	}
	m := &Model{Labels: labels, bits: uint(nbits)}
	var scaleBits uint32
	if err := binary.Read(br, binary.LittleEndian, &scaleBits); err != nil {
		return nil, fmt.Errorf("decode model: %w", errCorrupt)
	}
	scale := math.Float32frombits(scaleBits)

	// The rows: read them whole and parse them in memory, which is several
	// times faster than reading cell by cell.
	raw, err := io.ReadAll(io.LimitReader(br, maxRows))
	if err != nil {
		return nil, fmt.Errorf("decode model: %w: %w", errCorrupt, err)
	}
	m.scale = scale
	m.blocks = make([]block, (1<<m.bits+63)/64)
	m.offs = make([]uint32, 0, len(raw)/8)
	m.cells = make([]uint32, 0, len(raw)/3)
	n := len(labels)
	row := -1
	for {
		delta, k := binary.Uvarint(raw)
		if k <= 0 {
			return nil, fmt.Errorf("decode model: truncated: %w", errCorrupt)
		}
		raw = raw[k:]
		if delta == 0 {
			break
		}
		if delta > 1<<m.bits {
			return nil, fmt.Errorf("decode model: row %d: %w", row, errCorrupt)
		}
		row += int(delta)
		kept, k := binary.Uvarint(raw)
		if k <= 0 || row >= 1<<m.bits || kept > uint64(n) || uint64(len(raw)-k) < 3*kept {
			return nil, fmt.Errorf("decode model: row %d: %w", row, errCorrupt)
		}
		raw = raw[k:]
		if kept == 0 {
			continue
		}
		m.blocks[row>>6].bits |= 1 << (row & 63)
		m.offs = append(m.offs, uint32(len(m.cells)))
		prev := -1
		for range kept {
			if int(raw[0]) >= n || int(raw[0]) <= prev {
				return nil, fmt.Errorf("decode model: row %d: %w", row, errCorrupt)
			}
			prev = int(raw[0])
			q := binary.LittleEndian.Uint16(raw[1:3])
			m.cells = append(m.cells, uint32(raw[0])<<16|uint32(q))
			raw = raw[3:]
		}
	}
	m.offs = append(m.offs, uint32(len(m.cells)))
	rank := uint32(0)
	for i := range m.blocks {
		m.blocks[i].rank = rank
		rank += uint32(bits.OnesCount64(m.blocks[i].bits))
	}
	return m, nil
}
