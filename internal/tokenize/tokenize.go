// Package tokenize cuts English news text into sentences and tokens, each a
// byte span of the text. It is the pipeline's first stage: it reads
// Article.Text and writes Document.Sentences and Document.Tokens.
//
// Tokens follow the Penn Treebank and Universal Dependencies English
// conventions that the tagger and the name recogniser are trained on:
// punctuation stands alone, clitics are split ("do" "n't", "Trump" "’s"),
// abbreviations and initials keep their full stop ("U.S.", "Dr.", "J."),
// numbers, dates and times stay whole ("1,425,513", "2025-04-26", "10:30"),
// and so do hyphenated words, URLs and e-mail addresses. Unlike Universal
// Dependencies English, hyphenated compounds are not split ("15-minute").
//
// The scanner is a hand-written state machine over bytes, with no regular
// expressions; it allocates only the slices it returns. The functions never
// fail: any string, including invalid UTF-8, yields spans that cover every
// byte that is not white space, and never cut a UTF-8 sequence.
package tokenize

import (
	"chronicle"
)

// Words returns the token spans of text, in order. The spans do not overlap,
// are never empty, begin and end on rune boundaries, hold no white space at
// either end, and together cover every byte of text that is not white space.
func Words(text string) []chronicle.Span {
	spans := make([]chronicle.Span, 0, estimateTokens(len(text)))
	s := scanner{text: text}
	for {
		start, end, _, ok := s.next()
		if !ok {
			return spans
		}
		spans = append(spans, chronicle.Span{Start: start, End: end})
	}
}

// Sentences returns the sentence spans of text, in order. Each sentence runs
// from the start of its first token to the end of its last, so it is never
// empty and is trimmed of white space; together the sentences hold every token
// of Words(text). Text it cannot segment comes back as fewer, longer sentences.
func Sentences(text string) []chronicle.Span {
	sentences, _ := segment(text, false)
	return sentences
}

// Tokenize returns the sentences and the tokens of text, as Sentences and
// Words do. Each token's Sentence field is the index of the sentence that
// holds it and its Head is -1; every token lies inside its sentence.
func Tokenize(text string) (sentences []chronicle.Span, tokens []chronicle.Token) {
	return segment(text, true)
}

// segment scans text once, splitting it into sentences, and returns the
// tokens too when withTokens is set.
func segment(text string, withTokens bool) (sentences []chronicle.Span, tokens []chronicle.Token) {
	sentences = make([]chronicle.Span, 0, estimateSentences(len(text)))
	if withTokens {
		tokens = make([]chronicle.Token, 0, estimateTokens(len(text)))
	}
	s := scanner{text: text}
	sp := splitter{text: text}
	for {
		start, end, k, ok := s.next()
		if !ok {
			break
		}
		if sp.add(start, end, k) {
			sentences = append(sentences, sp.last)
		}
		if withTokens {
			tokens = append(tokens, chronicle.Token{
				Span:     chronicle.Span{Start: start, End: end},
				Sentence: len(sentences),
				Head:     -1,
			})
		}
	}
	if sp.started {
		sentences = append(sentences, sp.finish())
	}
	return sentences, tokens
}

// English news averages about five bytes a token and a hundred and twenty
// bytes a sentence; the estimates leave a little room so that most texts
// need a single allocation.
func estimateTokens(n int) int    { return n/5 + 8 }
func estimateSentences(n int) int { return n/100 + 2 }
