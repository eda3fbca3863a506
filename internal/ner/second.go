package ner

import "chronicle/internal/learn"

// summarize reads the first-pass labels sc.first of the whole document and
// notes, for each token, the type its word and the name it lies in most
// often got anywhere in the document.
func summarize(sc *scratch) {
	n := len(sc.first)
	sc.keyMajor = grow(sc.keyMajor, n)
	sc.chunkMajor = grow(sc.chunkMajor, n)
	sc.chunkKey = grow(sc.chunkKey, n)
	clear(sc.keyTypes)
	clear(sc.chunkTypes)
	for i := 0; i < n; i++ {
		sc.chunkKey[i] = 0
		l := sc.first[i]
		if l == 0 {
			continue
		}
		typ := labelType(l)
		start := i
		h := uint64(fnvOffset)
		for {
			v := sc.keyTypes[sc.keys[i]]
			v[typ]++
			sc.keyTypes[sc.keys[i]] = v
			h = mix(h ^ sc.keys[i])
			if p := labelPos(sc.first[i]); p == posL || p == posU || i+1 == n || labelType(sc.first[i+1]) != typ {
				break
			}
			i++
		}
		v := sc.chunkTypes[h]
		v[typ]++
		sc.chunkTypes[h] = v
		for j := start; j <= i; j++ {
			sc.chunkKey[j] = h
		}
	}
	for i := range n {
		sc.keyMajor[i] = major(sc.keyTypes[sc.keys[i]])
		sc.chunkMajor[i] = 0
		if sc.chunkKey[i] != 0 {
			sc.chunkMajor[i] = major(sc.chunkTypes[sc.chunkKey[i]])
		}
	}
}

// major returns the most frequent type in counts + 1, with 8 added when
// every count was for it; 0 when counts are all zero.
func major(counts [4]uint16) uint8 {
	best, total := 0, 0
	for t, c := range counts {
		total += int(c)
		if c > counts[best] {
			best = t
		}
	}
	if total == 0 {
		return 0
	}
	m := uint8(best + 1)
	if int(counts[best]) == total {
		m += 8
	}
	return m
}

// Second-pass feature templates, after the first pass's.
const (
	tFirst = 200 + iota
	tFirstCtx
	tKeyMajor
	tKeyMajorShort
	tKeyMajorFirst
	tChunkMajor
	tKeyMajorNext
)

// secondFeatures adds what the first pass made of the document to the
// features of token i of the sentence [s, e).
func secondFeatures(f *learn.Features, sc *scratch, i, s, e int) {
	prev, next := uint64(99), uint64(99)
	nextMajor := uint64(99)
	if i > s {
		prev = uint64(sc.first[i-1])
	}
	if i+1 < e {
		next = uint64(sc.first[i+1])
		nextMajor = uint64(sc.keyMajor[i+1])
	}
	km := uint64(sc.keyMajor[i])
	f.IDs = append(f.IDs,
		fid(tFirst, uint64(sc.first[i])),
		fid3(tFirstCtx, prev, uint64(sc.first[i]), next),
		fid(tKeyMajor, km),
		fid2(tKeyMajorShort, km, sc.toks[i].short),
		fid2(tKeyMajorFirst, km, uint64(sc.first[i])),
		fid2(tChunkMajor, uint64(sc.chunkMajor[i]), uint64(sc.first[i])),
		fid(tKeyMajorNext, nextMajor),
	)
}
