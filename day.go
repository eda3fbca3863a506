package chronicle

import (
	"encoding/json"
	"fmt"
	"time"
)

// DayLayout is the ISO 8601 layout of a Day.
const DayLayout = "2006-01-02"

// A Day is a calendar date with no time of day, in UTC. The zero Day means
// the date is unknown; it prints and marshals as "".
type Day struct{ t time.Time }

// NewDay returns the Day of year, month and day.
func NewDay(year int, month time.Month, day int) Day {
	return Day{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DayOf returns the calendar day of t in t's location.
func DayOf(t time.Time) Day { return NewDay(t.Date()) }

// ParseDay parses an ISO 8601 date (YYYY-MM-DD). The empty string gives the
// zero Day. Anything else that is not a real date is ErrInvalid.
func ParseDay(s string) (Day, error) {
	if s == "" {
		return Day{}, nil
	}
	t, err := time.Parse(DayLayout, s)
	if err != nil {
		return Day{}, fmt.Errorf("date %q: want YYYY-MM-DD: %w", s, ErrInvalid)
	}
	return Day{t}, nil
}

// IsZero reports whether d is unknown.
func (d Day) IsZero() bool { return d.t.IsZero() }

// Time returns d as midnight UTC; the zero time when d is unknown.
func (d Day) Time() time.Time { return d.t }

// String returns d as YYYY-MM-DD, or "" when d is unknown.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(DayLayout)
}

// Before reports whether d is earlier than o.
func (d Day) Before(o Day) bool { return d.t.Before(o.t) }

// MarshalJSON writes d as a YYYY-MM-DD string, "" when unknown.
func (d Day) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a YYYY-MM-DD string or "".
func (d *Day) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: want a string: %w", ErrInvalid)
	}
	v, err := ParseDay(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
