package tag

import (
	"strconv"
	"unicode/utf8"
)

// WordInfo is what unannotated news text tells of a word: the clusters of
// words used in similar contexts it belongs to, at three granularities, and
// how often it is capitalized inside sentences. Such text has many words the
// treebank lacks, and it knows, say, that "protesters" is rarely
// capitalized: evidence against a proper noun at the start of a sentence.
type WordInfo struct {
	Clusters    [3]int16 // the fine, middle and coarse cluster; -1 when unknown
	Capitalized uint8    // a bucket of the share of capitalized occurrences; 0 when unknown
}

// maxCluster bounds cluster numbers.
const maxCluster = 4096

// numbers names the numbers below maxCluster for hashing as features.
var numbers = func() []string {
	n := make([]string, maxCluster)
	for i := range n {
		n[i] = strconv.Itoa(i)
	}
	return n
}()

// WordKey returns the key of w in a table of WordInfo: w itself when it is
// an acronym (two or more capital letters and nothing else), else w in
// lower case with each digit written 0.
func WordKey(w string) string {
	var s sentence
	return s.wordKey(w, s.lowerCase(w))
}

// wordKey returns WordKey(w) given lower, w in lower case.
func (s *sentence) wordKey(w, lower string) string {
	if isAcronym(w) {
		return w
	}
	digits := false
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; '1' <= c && c <= '9' {
			digits = true
			break
		}
	}
	if !digits {
		return lower
	}
	from := len(s.arena)
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if '1' <= c && c <= '9' {
			c = '0'
		}
		s.arena = append(s.arena, c)
	}
	return s.str(from)
}

func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return utf8.ValidString(w)
}
