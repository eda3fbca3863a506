package chronicle

// Tone is how positive or negative a text reads: Score is the difference
// between the shares of positive and negative words, in percent, as GDELT
// reports tone; Positive and Negative count the words.
type Tone struct {
	Score    float64 `json:"score"`
	Positive int     `json:"positive"`
	Negative int     `json:"negative"`
}
