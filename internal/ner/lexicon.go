package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// A Lexicon holds what unannotated news text tells about words: for each
// lower-case word form (digits written as 0) or acronym ("US"), its word clusters at three
// granularities and how often it is capitalized inside sentences. Words in
// the same cluster occur in similar contexts, so a name the annotated data
// never showed ("Zelenskyy") can share a cluster with names it did.
type Lexicon struct {
	words map[string]lexEntry
}

type lexEntry struct {
	clus [3]uint16 // cluster number + 1 at each granularity; 0 when unknown
	capr uint8     // capitalization bucket + 1; 0 when unknown
}

// capBuckets are the upper bounds of the capitalization buckets, as the
// share of a word's sentence-inner occurrences that are capitalized.
var capBuckets = [...]float64{0.02, 0.2, 0.5, 0.8, 0.98, 1.01}

func capBucket(share float64) uint8 {
	for i, b := range capBuckets {
		if share < b {
			return uint8(i + 1)
		}
	}
	return uint8(len(capBuckets))
}

// Len returns the number of words in l.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.words)
}

// ReadLexicon reads a lexicon written by WriteTo: gzip-compressed lines of
// word, three cluster numbers and a capitalization bucket, separated by
// tabs. A malformed line is an error naming its number.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	// One string holds every word; the map's keys are slices of it.
	text := string(b)
	l := &Lexicon{words: make(map[string]lexEntry, strings.Count(text, "\n"))}
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		word, rest, _ := strings.Cut(line, "\t")
		var nums [4]uint64
		k := 0
		for ; k < len(nums) && rest != ""; k++ {
			var f string
			f, rest, _ = strings.Cut(rest, "\t")
			v, err := strconv.ParseUint(f, 10, 16)
			if err != nil {
				return nil, fmt.Errorf("lexicon line %d: field %d %q: want a number", n, k+2, f)
			}
			nums[k] = v
		}
		if word == "" || k != len(nums) || rest != "" {
			return nil, fmt.Errorf("lexicon line %d: want a word and 4 numbers separated by tabs", n)
		}
		var e lexEntry
		for k := range e.clus {
			if nums[k] >= 1<<16-1 {
				return nil, fmt.Errorf("lexicon line %d: cluster %d: want a number below 65535", n, nums[k])
			}
			e.clus[k] = uint16(nums[k]) + 1
		}
		if nums[3] > uint64(len(capBuckets)) {
			return nil, fmt.Errorf("lexicon line %d: capitalization %d: want 0 to %d", n, nums[3], len(capBuckets))
		}
		e.capr = uint8(nums[3])
		l.words[word] = e
	}
	return l, nil
}

// WriteTo writes l in the form ReadLexicon reads, words sorted, so the same
// lexicon always gives the same bytes.
func (l *Lexicon) WriteTo(w io.Writer) (int64, error) {
	words := make([]string, 0, len(l.words))
	for word := range l.words {
		words = append(words, word)
	}
	sort.Strings(words)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, word := range words {
		e := l.words[word]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d\n", word, e.clus[0]-1, e.clus[1]-1, e.clus[2]-1, e.capr)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}
