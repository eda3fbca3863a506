package chronicle

// A TimexType is a TIMEX3 type.
type TimexType string

// The TIMEX3 types.
const (
	DateTimex     TimexType = "DATE"
	TimeTimex     TimexType = "TIME"
	DurationTimex TimexType = "DURATION"
	SetTimex      TimexType = "SET"
)

// A Timex is a time expression with its TIMEX3 value resolved against the
// article date: "2025-04-26", "2025-02", "2025-W17", "PT15M", "PRESENT_REF".
type Timex struct {
	Text  string    `json:"text"`
	Type  TimexType `json:"type"`
	Value string    `json:"value"`
	Span
}
