package chronicle

import (
	"slices"
	"testing"
)

func TestEventFlags(t *testing.T) {
	tests := []struct {
		event Event
		want  []string
	}{
		{Event{}, nil},
		{Event{Negated: true}, []string{"negated"}},
		{Event{Future: true, Hypothetical: true}, []string{"hypothetical", "future"}},
		{Event{Negated: true, Hypothetical: true, Future: true}, []string{"negated", "hypothetical", "future"}},
	}
	for _, tt := range tests {
		if got := tt.event.Flags(); !slices.Equal(got, tt.want) {
			t.Errorf("Flags of %+v = %q, want %q", tt.event, got, tt.want)
		}
	}
}
