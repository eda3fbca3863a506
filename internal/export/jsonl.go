package export

import (
	"encoding/json"
	"io"

	"chronicle"
)

// A jsonlRecord is an event as Chronicle records it, with its article,
// the text of its sentence and its actors named.
type jsonlRecord struct {
	Version  int             `json:"version"`
	Article  articleRef      `json:"article"`
	Event    chronicle.Event `json:"event"`
	Sentence string          `json:"sentence"`
	Actors   []Actor         `json:"actors"`
	Quad     int             `json:"quadClass"`
	Score    float64         `json:"score"`
}

type articleRef struct {
	ID     chronicle.ArticleID `json:"id"`
	Date   chronicle.Day       `json:"date"`
	Title  string              `json:"title"`
	Source string              `json:"source"`
	URL    string              `json:"url"`
}

type jsonlEncoder struct{ enc *json.Encoder }

func newJSONL(w io.Writer) *jsonlEncoder { return &jsonlEncoder{json.NewEncoder(w)} }

// Write writes r as one line of JSON.
func (j *jsonlEncoder) Write(r Record) error {
	a := r.Article
	rec := jsonlRecord{Version: JSONLVersion, Event: r.Event, Sentence: r.Sentence, Actors: r.Actors,
		Article: articleRef{a.ID, a.Date, a.Title, a.Source, a.URL},
		Quad:    QuadClass(r.Event.Type), Score: Score(r.Event.Type, r.Event.Mode)}
	if rec.Actors == nil {
		rec.Actors = []Actor{}
	}
	if rec.Event.Source == nil {
		rec.Event.Source = []chronicle.EntityID{}
	}
	if rec.Event.Target == nil {
		rec.Event.Target = []chronicle.EntityID{}
	}
	return j.enc.Encode(rec)
}

// Close does nothing: every record is written whole.
func (j *jsonlEncoder) Close() error { return nil }

// JSONLSchema is the JSON Schema of the records the "jsonl" format writes,
// one a line.
var JSONLSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Chronicle event record, JSON lines, version 1",
  "type": "object",
  "required": ["version", "article", "event", "sentence", "actors", "quadClass", "score"],
  "properties": {
    "version": {"type": "integer", "enum": [1]},
    "article": {"type": "object", "required": ["id", "date", "title", "source", "url"],
      "properties": {"id": {"type": "string", "minLength": 1}, "date": {"type": "string"},
        "title": {"type": "string"}, "source": {"type": "string"}, "url": {"type": "string"}}},
    "event": {"type": "object",
      "required": ["id", "type", "mode", "source", "target", "date", "trigger", "sentence", "negated",
                   "hypothetical", "future", "confidence", "why"],
      "properties": {
        "id": {"type": "string", "minLength": 1},
        "type": {"type": "string", "enum": ` + eventTypesJSON + `},
        "mode": {"type": "string"},
        "source": {"type": "array", "items": {"type": "string"}},
        "target": {"type": "array", "items": {"type": "string"}},
        "date": {"type": "string"},
        "location": {"type": "object", "required": ["name", "country", "lat", "lon"],
          "properties": {"name": {"type": "string"}, "country": {"type": "string"},
            "lat": {"type": "number"}, "lon": {"type": "number"}}},
        "trigger": {"type": "object", "required": ["text", "start", "end"],
          "properties": {"text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}},
        "sentence": {"type": "object", "required": ["start", "end"],
          "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}}},
        "negated": {"type": "boolean"},
        "hypothetical": {"type": "boolean"},
        "future": {"type": "boolean"},
        "confidence": {"type": "number"},
        "why": {"type": "string"},
        "context": {"type": "array", "items": {"type": "string"}}
      }},
    "sentence": {"type": "string"},
    "actors": {"type": "array", "items": {"type": "object",
      "required": ["id", "name", "type", "country", "sector", "role"],
      "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"},
        "country": {"type": "string"}, "sector": {"type": "string"},
        "role": {"type": "string", "enum": ["source", "target"]}}}},
    "quadClass": {"type": "integer", "enum": [1, 2, 3, 4]},
    "score": {"type": "number"}
  }
}`
