package ner

import (
	"chronicle/internal/learn"
)

// A tokInfo is what the feature templates read of one token, computed once
// per token: hashes of its forms and its flags.
type tokInfo struct {
	word, lower, shape, short uint64
	pre                       [3]uint64 // lower-case prefixes of 1..3 characters
	suf                       [4]uint64 // lower-case suffixes of 1..4 characters
	clus                      [3]uint64 // word clusters, coarse to fine; 0 when unknown
	flags                     uint32
	capr                      uint8  // how often the word is capitalized in running text; 0 unknown
	gaz                       uint16 // gazetteer kinds
	phrase                    uint32 // gazetteer phrase kinds<<2 | BILOU position; 0 outside
	join                      uint8  // join class bits: whether the word may continue a name
}

// Feature templates. Each feature is a template and one to three values,
// hashed together.
const (
	tBias = iota
	tWord
	tLower
	tShape
	tShort
	tPre // 3 templates
	_
	_
	tSuf // 4 templates
	_
	_
	_
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShapeM1
	tShapeP1
	tShortM2
	tShortP2
	tBigramM1
	tBigramP1
	tShort3
	tPrev
	tPrev2
	tPrevLower
	tPrevShort
	tWordM1
	tWordP1
	tFirstShort
	tCapsLower
	tClus // 3 templates
	_
	_
	tClusM1 // 3 templates
	_
	_
	tClusP1 // 3 templates
	_
	_
	tCapr
	tDoc
	tHist
	tHistShort
	tGaz
	tGazM1
	tGazP1
	tPrevClus
	tCaprLower
	tFlags
	tLowerShortP1
	tHistP1
	tGazBit
	tGazPhrase
	tGazPhraseShort
	_ // retired: runs of capitalized words
	_
	tClusM2
	tClusP2
	tClusBigram
	tTable
	tTopicGaz
	tTopicClus
	tTopicShort
)

// Hashing: FNV-1a over bytes, then a 64-bit finalizer so that templates and
// values combine without structure.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return mix(h)
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return mix(h)
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func fid(t int, v uint64) uint64 { return mix(uint64(t+1)*0x9e3779b97f4a7c15 ^ v) }

func fid2(t int, a, b uint64) uint64 { return mix(fid(t, a) ^ b*0xbf58476d1ce4e5b9) }

func fid3(t int, a, b, c uint64) uint64 { return mix(fid2(t, a, b) ^ c*0x94d049bb133111eb) }

// pad are the tokens before and after a sentence.
var pad = func() [4]tokInfo {
	var p [4]tokInfo
	for i, s := range []string{"<s-2>", "<s-1>", "</s+1>", "</s+2>"} {
		h := hashString(s)
		p[i] = tokInfo{word: h, lower: h, shape: h, short: h}
		for k := range p[i].clus {
			p[i].clus[k] = h
		}
	}
	return p
}()

// at returns token j of the sentence [s, e), or padding outside it.
func at(toks []tokInfo, j, s, e int) *tokInfo {
	switch {
	case j < s-1:
		return &pad[0]
	case j < s:
		return &pad[1]
	case j >= e+1:
		return &pad[3]
	case j >= e:
		return &pad[2]
	}
	return &toks[j]
}

// labelHash returns a feature value for label l, or for the start of the
// sentence when j is before it.
func labelHash(labels []int, j, s int) uint64 {
	if j < s {
		return 99
	}
	return uint64(labels[j]) + 1
}

// Offsets of the groups of features that read one token alone: the token
// being labelled, and the tokens one and two before and after it. They do
// not depend on the labels, so a token's sum over each group is the same
// wherever the word stands (see wordCache).
const (
	gSelf = iota
	gM1
	gP1
	gM2
	gP2
	groups
)

// groupFeatures appends to ids the features of group g that token t gives.
func groupFeatures(ids []uint64, t *tokInfo, g int) []uint64 {
	switch g {
	case gSelf:
		ids = append(ids,
			fid(tBias, 0),
			fid(tWord, t.word),
			fid(tLower, t.lower),
			fid(tShape, t.shape),
			fid(tShort, t.short),
		)
		for k, h := range t.pre {
			if h != 0 {
				ids = append(ids, fid(tPre+k, h))
			}
		}
		for k, h := range t.suf {
			if h != 0 {
				ids = append(ids, fid(tSuf+k, h))
			}
		}
		ids = append(ids, fid2(tCaprLower, uint64(t.capr), t.short))
		for k := range t.clus {
			ids = append(ids, fid(tClus+k, t.clus[k]))
		}
	case gM1:
		ids = append(ids, fid(tLowerM1, t.lower), fid(tShapeM1, t.shape), fid(tWordM1, t.word))
		for k := range t.clus {
			ids = append(ids, fid(tClusM1+k, t.clus[k]))
		}
	case gP1:
		ids = append(ids, fid(tLowerP1, t.lower), fid(tShapeP1, t.shape), fid(tWordP1, t.word))
		for k := range t.clus {
			ids = append(ids, fid(tClusP1+k, t.clus[k]))
		}
	case gM2:
		ids = append(ids, fid(tLowerM2, t.lower), fid(tShortM2, t.short), fid(tClusM2, t.clus[1]))
	case gP2:
		ids = append(ids, fid(tLowerP2, t.lower), fid(tShortP2, t.short), fid(tClusP2, t.clus[1]))
	}
	return ids
}

// neighbours returns the tokens whose group features token i of the
// sentence [s, e) reads, by group.
func neighbours(toks []tokInfo, i, s, e int) [groups]*tokInfo {
	return [groups]*tokInfo{
		gSelf: &toks[i],
		gM1:   at(toks, i-1, s, e),
		gP1:   at(toks, i+1, s, e),
		gM2:   at(toks, i-2, s, e),
		gP2:   at(toks, i+2, s, e),
	}
}

// features adds the features of token i of the sentence [s, e), given the
// labels of the tokens before it and hist, the label the same word got
// earlier in the document (0 none, 1 outside, 2+type).
func features(f *learn.Features, toks []tokInfo, labels []int, i, s, e int, hist, histNext, topic uint64) {
	for g, t := range neighbours(toks, i, s, e) {
		f.IDs = groupFeatures(f.IDs, t, g)
	}
	contextFeatures(f, toks, labels, i, s, e, hist, histNext, topic)
}

// contextFeatures adds the features of token i that read more than one
// token, or the labels, or where the token stands: the features other than
// groupFeatures.
func contextFeatures(f *learn.Features, toks []tokInfo, labels []int, i, s, e int, hist, histNext, topic uint64) {
	t := &toks[i]
	m1, p1 := at(toks, i-1, s, e), at(toks, i+1, s, e)
	y1, y2 := labelHash(labels, i-1, s), labelHash(labels, i-2, s)
	ids := f.IDs
	ids = append(ids,
		fid2(tBigramM1, m1.lower, t.lower),
		fid2(tBigramP1, t.lower, p1.lower),
		fid3(tShort3, m1.short, t.short, p1.short),
		fid(tPrev, y1),
		fid2(tPrev2, y2, y1),
		fid2(tPrevLower, y1, t.lower),
		fid2(tPrevShort, y1, t.short),
		fid2(tFlags, uint64(t.flags&^(fFirst|fCapsLine)), uint64(t.flags&(fFirst|fCapsLine))),
		fid2(tLowerShortP1, t.lower, p1.short),
	)
	if t.flags&(fFirst|fCapsLine) != 0 {
		ids = append(ids,
			fid2(tFirstShort, uint64(t.flags&(fFirst|fCapsLine)), t.short),
			fid2(tCapr, uint64(t.flags&(fFirst|fCapsLine)), uint64(t.capr)),
		)
	}
	if t.flags&fCapsLine != 0 {
		ids = append(ids, fid(tCapsLower, t.lower))
	}
	ids = append(ids,
		fid2(tPrevClus, y1, t.clus[1]),
		fid2(tClusBigram, m1.clus[1], t.clus[1]),
	)
	if topic != 0 && t.flags&(fInitCap|fAllCaps) != 0 {
		ids = append(ids,
			fid2(tTopicGaz, topic, uint64(t.gaz)),
			fid2(tTopicClus, topic, t.clus[0]),
			fid2(tTopicShort, topic, t.short),
		)
	}
	if t.flags&fTable != 0 {
		ids = append(ids, fid2(tTable, t.short, p1.short))
	}
	ids = append(ids,
		fid2(tDoc, uint64(t.flags&(fDocCap|fDocLower|fFirst|fCapsLine)), t.short),
		fid(tHist, hist),
		fid2(tHistShort, hist, t.short),
		fid(tHistP1, histNext),
	)
	if t.gaz != 0 || m1.gaz != 0 || p1.gaz != 0 {
		ids = append(ids,
			fid(tGaz, uint64(t.gaz)),
			fid(tGazM1, uint64(m1.gaz)),
			fid(tGazP1, uint64(p1.gaz)),
		)
		for b := t.gaz; b != 0; b &= b - 1 {
			ids = append(ids, fid2(tGazBit, uint64(b&-b), uint64(t.flags&(fInitCap|fAllCaps))))
		}
	}
	if t.phrase != 0 {
		ids = append(ids,
			fid(tGazPhrase, uint64(t.phrase)),
			fid2(tGazPhraseShort, uint64(t.phrase), t.short),
		)
	}
	f.IDs = ids
}
