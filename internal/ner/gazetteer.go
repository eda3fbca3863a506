package ner

import (
	"unicode/utf8"
	"unsafe"

	"chronicle/internal/gazetteer"
)

// gazetteerLists tells which lists of known names a word is on: countries,
// cities, demonyms, given names, titles, organisation words….
type gazetteerLists struct {
	g *gazetteer.Gazetteer
}

func defaultGazetteer() gazetteerLists { return gazetteerLists{gazetteer.Default()} }

// kinds returns the lists the word w is on as a bit set, 0 for none. A word
// in capitals ("UKRAINE") is also looked up capitalized ("Ukraine"); buf is
// scratch space for that.
func (g gazetteerLists) kinds(w string, flags uint32, buf *[]byte) uint16 {
	if g.g == nil {
		return 0
	}
	k := g.g.Kinds(w)
	if flags&fAllCaps != 0 {
		b := (*buf)[:0]
		for i, r := range w {
			if i > 0 && r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = utf8.AppendRune(b, r)
		}
		*buf = b
		// The string lives only for the call, which keeps no reference.
		k |= g.g.Kinds(unsafe.String(unsafe.SliceData(b), len(b)))
	}
	return uint16(k)
}

// phrases marks the tokens of one sentence that lie in a gazetteer entry of
// several words ("United States", "White House"), with the entry's lists
// and the token's place in it.
func (g gazetteerLists) phrases(words []string, toks []tokInfo) {
	for i := range toks {
		toks[i].phrase = 0
	}
	if g.g == nil {
		return
	}
	for i := 0; i < len(words); {
		n, k := g.g.MatchPhrase(words, i)
		if n < 2 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			pos := uint32(posI)
			switch j {
			case i:
				pos = posB
			case i + n - 1:
				pos = posL
			}
			toks[j].phrase = uint32(k)<<2 | pos
		}
		i += n
	}
}
