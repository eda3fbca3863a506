package chronicle

// A Token is one word or punctuation mark of a text. The tagger fills Tag and
// UPOS; a dependency parser fills Head and Dep.
type Token struct {
	Span
	Sentence int    `json:"sentence"`       // index into Document.Sentences
	Tag      string `json:"tag,omitempty"`  // Penn Treebank tag (XPOS), e.g. "NNP"
	UPOS     string `json:"upos,omitempty"` // Universal POS tag, e.g. "PROPN"
	Head     int    `json:"head"`           // index of the head token in Document.Tokens; -1 for the root or when unparsed
	Dep      string `json:"dep,omitempty"`  // Universal Dependencies relation to Head
}
