package export

import (
	"encoding/json"
	"io"
	"strings"

	"chronicle"
)

// A ploverRecord is an event in the PLOVER data format (the manual's
// chapter 6): named fields, lists of actor and recipient objects, the
// event and its modes and contexts as lists, the location, the text it was
// coded from and where that text came from.
type ploverRecord struct {
	Version    int             `json:"version"`
	ID         string          `json:"id"`
	Date       string          `json:"date"`
	Actor      []ploverEntity  `json:"actor"`
	Recipient  []ploverEntity  `json:"recipient"`
	Event      []string        `json:"event"`
	Mode       []string        `json:"mode"`
	Context    []string        `json:"context"`
	EventLoc   *ploverLocation `json:"event_loc"`
	EventText  []string        `json:"event_text"`
	QuadCode   int             `json:"quad_code"`
	EventScale float64         `json:"event_scale"`
	Text       string          `json:"text"`
	TextInfo   ploverTextInfo  `json:"text_info"`
	CiteInfo   ploverCiteInfo  `json:"cite_info"`
	Negated    bool            `json:"negated"`
	Future     bool            `json:"future"`
	Hypothetic bool            `json:"hypothetical"`
	Confidence float64         `json:"confidence"`
	Coder      string          `json:"coder"`
	Comment    string          `json:"comment"`
}

type ploverEntity struct {
	Code           string `json:"code"`   // country, alpha-3; "" when unknown
	Sector         string `json:"sector"` // GOV, MIL, …; "" when unknown
	EntityText     string `json:"entity_text"`
	IdentifierText string `json:"identifier_text"` // the entity's name
	Type           string `json:"entity_type"`     // PERSON, ORG, LOC, MISC
}

type ploverLocation struct {
	ExtractedPlace string  `json:"extracted_place"`
	ResolvedPlace  string  `json:"resolved_place"`
	Lat            float64 `json:"lat"`
	Lon            float64 `json:"lon"`
	CountryCode    string  `json:"country_code"`
}

type ploverTextInfo struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type ploverCiteInfo struct {
	Citation    string `json:"citation"` // the article id
	URL         string `json:"url"`
	Title       string `json:"title"`
	Publication string `json:"publication"`
	Codebook    string `json:"codebook"`
}

type ploverEncoder struct{ enc *json.Encoder }

func newPLOVER(w io.Writer) *ploverEncoder { return &ploverEncoder{json.NewEncoder(w)} }

// Write writes r as one line of JSON.
func (p *ploverEncoder) Write(r Record) error {
	e := r.Event
	rec := ploverRecord{
		Version:    PLOVERVersion,
		ID:         string(r.Article.ID) + "-" + string(e.ID),
		Date:       eventDate(r),
		Actor:      []ploverEntity{},
		Recipient:  []ploverEntity{},
		Event:      []string{string(e.Type)},
		Mode:       nonNil(e.Mode),
		Context:    append([]string{}, e.Context...),
		EventText:  []string{e.Trigger.Text},
		QuadCode:   QuadClass(e.Type),
		EventScale: Score(e.Type, e.Mode),
		Text:       r.Sentence,
		TextInfo:   ploverTextInfo{e.Sentence.Start, e.Sentence.End},
		CiteInfo: ploverCiteInfo{Citation: string(r.Article.ID), URL: r.Article.URL, Title: r.Article.Title,
			Publication: r.Article.Source, Codebook: "PLOVER"},
		Negated: e.Negated, Future: e.Future, Hypothetic: e.Hypothetical,
		Confidence: e.Confidence,
		Coder:      "chronicle",
		Comment:    e.Why,
	}
	for _, a := range r.sources() {
		rec.Actor = append(rec.Actor, ploverEntityOf(a))
	}
	for _, a := range r.targets() {
		rec.Recipient = append(rec.Recipient, ploverEntityOf(a))
	}
	if l := e.Location; l != nil {
		rec.EventLoc = &ploverLocation{ExtractedPlace: l.Name, ResolvedPlace: l.Name, Lat: l.Lat, Lon: l.Lon, CountryCode: l.Country}
	}
	return p.enc.Encode(rec)
}

// Close does nothing: every record is written whole.
func (p *ploverEncoder) Close() error { return nil }

func ploverEntityOf(a Actor) ploverEntity {
	return ploverEntity{Code: a.Country, Sector: a.Sector, EntityText: a.Name, IdentifierText: a.Name, Type: string(a.Type)}
}

func nonNil(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}

// eventDate is the event's date, else its article's.
func eventDate(r Record) string {
	if r.Event.Date != "" {
		return r.Event.Date
	}
	return r.Article.Date.String()
}

// PLOVERSchema is the JSON Schema of the PLOVER records the "plover"
// format writes, one a line.
var PLOVERSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Chronicle PLOVER event record, version 1",
  "type": "object",
  "required": ["version", "id", "date", "actor", "recipient", "event", "mode", "context", "event_text",
               "quad_code", "event_scale", "text", "text_info", "cite_info", "negated", "future",
               "hypothetical", "confidence", "coder", "comment"],
  "properties": {
    "version": {"type": "integer", "enum": [1]},
    "id": {"type": "string", "minLength": 1},
    "date": {"type": "string"},
    "actor": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
    "recipient": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
    "event": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": ` + eventTypesJSON + `}},
    "mode": {"type": "array", "items": {"type": "string"}},
    "context": {"type": "array", "items": {"type": "string"}},
    "event_loc": {"type": ["object", "null"],
      "required": ["extracted_place", "resolved_place", "lat", "lon", "country_code"],
      "properties": {"extracted_place": {"type": "string"}, "resolved_place": {"type": "string"},
        "lat": {"type": "number"}, "lon": {"type": "number"}, "country_code": {"type": "string"}}},
    "event_text": {"type": "array", "items": {"type": "string"}},
    "quad_code": {"type": "integer", "enum": [1, 2, 3, 4]},
    "event_scale": {"type": "number"},
    "text": {"type": "string"},
    "text_info": {"type": "object", "required": ["start", "end"],
      "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}}},
    "cite_info": {"type": "object", "required": ["citation", "url", "title", "publication", "codebook"],
      "properties": {"citation": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"},
        "publication": {"type": "string"}, "codebook": {"type": "string"}}},
    "negated": {"type": "boolean"},
    "future": {"type": "boolean"},
    "hypothetical": {"type": "boolean"},
    "confidence": {"type": "number"},
    "coder": {"type": "string"},
    "comment": {"type": "string"}
  },
  "$defs": {
    "entity": {"type": "object", "required": ["code", "sector", "entity_text", "identifier_text", "entity_type"],
      "properties": {"code": {"type": "string"}, "sector": {"type": "string"}, "entity_text": {"type": "string"},
        "identifier_text": {"type": "string"}, "entity_type": {"type": "string"}}}
  }
}`

// eventTypesJSON is the JSON array of the PLOVER type names.
var eventTypesJSON = func() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, t := range chronicle.EventTypes {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"` + string(t) + `"`)
	}
	b.WriteByte(']')
	return b.String()
}()
