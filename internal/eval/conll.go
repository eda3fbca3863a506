package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// A CoNLLToken is one line of a CoNLL-2003 file: a word and its columns. Label
// is the last column, the named-entity tag ("O", "I-PER", "B-LOC", …).
type CoNLLToken struct {
	Word    string
	Columns []string // every column, Word first and Label last
	Label   string
}

// A CoNLLSentence is the tokens between two blank lines.
type CoNLLSentence []CoNLLToken

// A CoNLLDocument is the sentences between two "-DOCSTART-" lines. A file
// without such lines is one document.
type CoNLLDocument struct {
	Sentences []CoNLLSentence
}

// Words returns the words of s.
func (s CoNLLSentence) Words() []string {
	w := make([]string, len(s))
	for i, t := range s {
		w[i] = t.Word
	}
	return w
}

// Labels returns the labels of s.
func (s CoNLLSentence) Labels() []string {
	l := make([]string, len(s))
	for i, t := range s {
		l[i] = t.Label
	}
	return l
}

// ReadCoNLLFile reads the CoNLL-2003 file at path; see ReadCoNLL.
func ReadCoNLLFile(path string) ([]CoNLLDocument, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCoNLL(f, path)
}

// ReadCoNLL reads CoNLL-2003 data from r: one token a line as
// whitespace-separated columns, the named-entity label last, blank lines
// between sentences and "-DOCSTART-" lines between documents. Every token
// line must have the same number of columns (at least two), and every label
// must be "O" or a chunk tag such as "I-PER", "B-ORG", "E-LOC" or "S-MISC".
// A malformed line is an error naming name and the line number.
func ReadCoNLL(r io.Reader, name string) ([]CoNLLDocument, error) {
	var (
		docs    []CoNLLDocument
		doc     CoNLLDocument
		sent    CoNLLSentence
		columns int
	)
	endSentence := func() {
		if len(sent) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = nil
		}
	}
	endDocument := func() {
		endSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
			doc = CoNLLDocument{}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			endSentence()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			endDocument()
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want a word and a label, got %d column", name, line, len(fields))
		}
		if columns == 0 {
			columns = len(fields)
		} else if len(fields) != columns {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d as on the first token line", name, line, len(fields), columns)
		}
		label := fields[len(fields)-1]
		if !validLabel(label) {
			return nil, fmt.Errorf("%s:%d: label %q: want O or a chunk tag such as I-PER", name, line, label)
		}
		sent = append(sent, CoNLLToken{Word: fields[0], Columns: fields, Label: label})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	endDocument()
	return docs, nil
}

func validLabel(l string) bool {
	if l == "O" {
		return true
	}
	if len(l) < 3 || l[1] != '-' {
		return false
	}
	switch l[0] {
	case 'B', 'I', 'E', 'S':
		return true
	}
	return false
}

// Counts are the chunk counts behind precision and recall.
type Counts struct {
	Gold    int `json:"gold"`    // chunks in the gold labels
	Guessed int `json:"guessed"` // chunks in the guessed labels
	Correct int `json:"correct"` // guessed chunks with the gold span and type
}

// Precision returns Correct/Guessed, 0 when nothing was guessed.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Guessed) }

// Recall returns Correct/Gold, 0 when there is no gold chunk.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A ChunkScore is a named-entity evaluation by the rules of the CoNLL
// shared tasks' conlleval script: a guessed chunk is correct when it has
// exactly the span and the type of a gold chunk.
type ChunkScore struct {
	Overall       Counts
	Types         map[string]Counts // by chunk type: "PER", "ORG", …
	Tokens        int               // tokens scored
	TokensCorrect int               // tokens whose guessed label equals the gold label
}

// TypeNames returns the chunk types seen in gold or guessed labels, sorted.
func (s *ChunkScore) TypeNames() []string {
	names := make([]string, 0, len(s.Types))
	for t := range s.Types {
		names = append(names, t)
	}
	sort.Strings(names)
	return names
}

// A ChunkScorer accumulates a ChunkScore sentence by sentence. The zero
// value is ready to use.
type ChunkScorer struct {
	score ChunkScore
}

// Add scores one sentence: the gold and guessed label of each token, in
// IOB1, IOB2 or IOBES. Labels are read as conlleval reads them: a chunk
// starts at B, at S, at I or E after O, and wherever the type changes, so an
// IOB1 "I-PER I-PER B-PER" is two chunks. Add returns an error, and scores
// nothing, when the two lists differ in length.
func (cs *ChunkScorer) Add(gold, guess []string) error {
	if len(gold) != len(guess) {
		return fmt.Errorf("score sentence: %d gold labels, %d guessed", len(gold), len(guess))
	}
	s := &cs.score
	if s.Types == nil {
		s.Types = map[string]Counts{}
	}
	inCorrect := false
	lastGold, lastGuess := "O", "O"
	for i := 0; i <= len(gold); i++ {
		g, p := "O", "O"
		if i < len(gold) {
			g, p = gold[i], guess[i]
		}
		gTag, gType := split(g)
		pTag, pType := split(p)
		lgTag, lgType := split(lastGold)
		lpTag, lpType := split(lastGuess)
		goldEnd := chunkEnds(lgTag, gTag, lgType, gType)
		guessEnd := chunkEnds(lpTag, pTag, lpType, pType)
		if inCorrect {
			if goldEnd && guessEnd && lgType == lpType {
				inCorrect = false
				s.Overall.Correct++
				c := s.Types[lgType]
				c.Correct++
				s.Types[lgType] = c
			} else if goldEnd != guessEnd || gType != pType {
				inCorrect = false
			}
		}
		if i == len(gold) {
			break
		}
		goldStart := chunkStarts(lgTag, gTag, lgType, gType)
		guessStart := chunkStarts(lpTag, pTag, lpType, pType)
		if goldStart && guessStart && gType == pType {
			inCorrect = true
		}
		if goldStart {
			s.Overall.Gold++
			c := s.Types[gType]
			c.Gold++
			s.Types[gType] = c
		}
		if guessStart {
			s.Overall.Guessed++
			c := s.Types[pType]
			c.Guessed++
			s.Types[pType] = c
		}
		s.Tokens++
		if g == p {
			s.TokensCorrect++
		}
		lastGold, lastGuess = g, p
	}
	return nil
}

// Score returns the counts so far.
func (cs *ChunkScorer) Score() ChunkScore {
	s := cs.score
	if s.Types == nil {
		s.Types = map[string]Counts{}
	}
	return s
}

// ScoreChunks scores whole label sequences, sentence by sentence; see
// ChunkScorer.Add.
func ScoreChunks(gold, guess [][]string) (ChunkScore, error) {
	if len(gold) != len(guess) {
		return ChunkScore{}, fmt.Errorf("score: %d gold sentences, %d guessed", len(gold), len(guess))
	}
	var cs ChunkScorer
	for i := range gold {
		if err := cs.Add(gold[i], guess[i]); err != nil {
			return ChunkScore{}, fmt.Errorf("sentence %d: %w", i+1, err)
		}
	}
	return cs.Score(), nil
}

// split splits a label into its tag letter and its type: "I-PER" gives "I"
// and "PER"; "O" gives "O" and "".
func split(label string) (tag, typ string) {
	if label == "O" || len(label) < 2 || label[1] != '-' {
		return "O", ""
	}
	return label[:1], label[2:]
}

// chunkEnds reports whether a chunk ended between the previous token and
// this one, as conlleval's endOfChunk decides it.
func chunkEnds(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && (tag == "B" || tag == "S" || tag == "O"),
		prevTag == "I" && (tag == "B" || tag == "S" || tag == "O"),
		prevTag == "E" && (tag == "E" || tag == "I" || tag == "O" || tag == "B" || tag == "S"),
		prevTag == "S":
		return true
	}
	return prevTag != "O" && prevType != typ
}

// chunkStarts reports whether a chunk starts at this token, as conlleval's
// startOfChunk decides it.
func chunkStarts(prevTag, tag, prevType, typ string) bool {
	switch {
	case tag == "B", tag == "S",
		prevTag == "E" && (tag == "E" || tag == "I"),
		prevTag == "S" && (tag == "E" || tag == "I"),
		prevTag == "O" && (tag == "E" || tag == "I"):
		return true
	}
	return tag != "O" && prevType != typ
}
