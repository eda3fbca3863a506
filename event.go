package chronicle

// An EventType is one of the 16 PLOVER event types.
type EventType string

// The PLOVER event types.
const (
	Agree     EventType = "AGREE"
	Consult   EventType = "CONSULT"
	Support   EventType = "SUPPORT"
	Concede   EventType = "CONCEDE"
	Cooperate EventType = "COOPERATE"
	Aid       EventType = "AID"
	Retreat   EventType = "RETREAT"
	Request   EventType = "REQUEST"
	Accuse    EventType = "ACCUSE"
	Reject    EventType = "REJECT"
	Threaten  EventType = "THREATEN"
	Protest   EventType = "PROTEST"
	Sanction  EventType = "SANCTION"
	Mobilize  EventType = "MOBILIZE"
	Coerce    EventType = "COERCE"
	Assault   EventType = "ASSAULT"
)

// EventTypes lists the PLOVER event types in the manual's order.
var EventTypes = []EventType{
	Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request,
	Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
}

// An EventID identifies an event within one Document: "V1", "V2", ….
type EventID string

// A Trigger is the word or phrase that signals an event.
type Trigger struct {
	Text string `json:"text"`
	Span
}

// An Event is a PLOVER event: who (Source) did what (Type, Mode) to whom
// (Target), where and when, and why it was coded that way.
type Event struct {
	ID           EventID    `json:"id"`
	Type         EventType  `json:"type"`
	Mode         string     `json:"mode"`
	Source       []EntityID `json:"source"` // PLOVER's actor
	Target       []EntityID `json:"target"` // PLOVER's recipient
	Date         string     `json:"date"`   // when it happened, at the precision the text gives
	Location     *Place     `json:"location,omitempty"`
	Trigger      Trigger    `json:"trigger"`
	Sentence     Span       `json:"sentence"`
	Negated      bool       `json:"negated"`
	Hypothetical bool       `json:"hypothetical"`
	Future       bool       `json:"future"`
	Confidence   float64    `json:"confidence"`
	Why          string     `json:"why"`

	// Context lists PLOVER contexts the trigger implies ("military",
	// "legal", "diplomatic"); empty when it implies none.
	Context []string `json:"context,omitempty"`
}

// Flags returns the words for the event's flags that are set, in the
// order "negated", "hypothetical", "future"; none for an event told as
// fact.
func (e *Event) Flags() []string {
	var out []string
	if e.Negated {
		out = append(out, "negated")
	}
	if e.Hypothetical {
		out = append(out, "hypothetical")
	}
	if e.Future {
		out = append(out, "future")
	}
	return out
}
