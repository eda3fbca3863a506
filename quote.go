package chronicle

// A QuoteKind says how speech is reported.
type QuoteKind string

// The quote kinds.
const (
	DirectQuote   QuoteKind = "direct"   // a whole quoted sentence
	PartialQuote  QuoteKind = "partial"  // a quoted phrase inside reported speech
	IndirectQuote QuoteKind = "indirect" // reported speech without quotation marks
)

// A Quote is something someone said, with who said it and when.
type Quote struct {
	Text        string    `json:"text"`
	Kind        QuoteKind `json:"kind"`
	Speaker     EntityID  `json:"speaker"`     // "" when the speaker is unnamed
	SpeakerText string    `json:"speakerText"` // the speaker as the article names them
	Cue         string    `json:"cue"`         // "said", "described … as", "according to"
	Date        string    `json:"date"`        // when it was said, as a TIMEX3 value; "" when untold
	Tone        *float64  `json:"tone,omitempty"`
	Span

	// SpeakerSpan is where the text names the speaker ("a White House
	// official", "he"); nil when no speaker was found.
	SpeakerSpan *Span `json:"speakerSpan,omitempty"`
	// CueSpan is the word or words that signal the speech ("said",
	// "according to"); nil when the quote has no cue of its own.
	CueSpan *Span `json:"cueSpan,omitempty"`
	// Clause is, for a partial quote, the whole reported clause that holds
	// the quoted phrase; nil for other kinds.
	Clause *Span `json:"clause,omitempty"`
}
