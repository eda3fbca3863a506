package chronicle

// A Document is one Article with everything the pipeline found in it. Its
// JSON form is the extraction record (version RecordVersion).
type Document struct {
	Version   int      `json:"version"`
	Article   *Article `json:"article"`
	Sentences []Span   `json:"sentences"`
	Tokens    []Token  `json:"-"` // an internal stage product, not part of the record
	Names     []Name   `json:"-"` // names the recognizer found, before resolution groups them
	Entities  []Entity `json:"entities"`
	Times     []Timex  `json:"times"`
	Quotes    []Quote  `json:"quotes"`
	Events    []Event  `json:"events"`
	Tone      *Tone    `json:"tone,omitempty"`
}

// NewDocument returns an empty Document for a, with every list non-nil so
// that the record always carries all its fields.
func NewDocument(a *Article) *Document {
	return &Document{
		Version:   RecordVersion,
		Article:   a,
		Sentences: []Span{},
		Entities:  []Entity{},
		Times:     []Timex{},
		Quotes:    []Quote{},
		Events:    []Event{},
	}
}

// Text returns the text s covers.
func (d *Document) Text(s Span) string { return d.Article.Text[s.Start:s.End] }

// Stats returns what storing d adds to a store's counts: one article and
// its sentences, entities, mentions, times, quotes and events.
func (d *Document) Stats() Stats {
	n := Stats{Articles: 1, Sentences: len(d.Sentences), Entities: len(d.Entities),
		Times: len(d.Times), Quotes: len(d.Quotes), Events: len(d.Events)}
	for _, e := range d.Entities {
		n.Mentions += len(e.Mentions)
	}
	return n
}

// Add returns the sum of s and t, field by field.
func (s Stats) Add(t Stats) Stats {
	return Stats{Articles: s.Articles + t.Articles, Sentences: s.Sentences + t.Sentences,
		Entities: s.Entities + t.Entities, Mentions: s.Mentions + t.Mentions, Times: s.Times + t.Times,
		Quotes: s.Quotes + t.Quotes, Events: s.Events + t.Events}
}

// Entity returns the entity with the given id, or nil.
func (d *Document) Entity(id EntityID) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}

// FillLists makes every list of the record empty rather than null where a
// stage left it nil, so that the record always carries all its fields.
func (d *Document) FillLists() {
	if d.Sentences == nil {
		d.Sentences = []Span{}
	}
	if d.Entities == nil {
		d.Entities = []Entity{}
	}
	if d.Times == nil {
		d.Times = []Timex{}
	}
	if d.Quotes == nil {
		d.Quotes = []Quote{}
	}
	if d.Events == nil {
		d.Events = []Event{}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Roles == nil {
			e.Roles = []string{}
		}
		if e.Mentions == nil {
			e.Mentions = []Mention{}
		}
	}
	for i := range d.Events {
		v := &d.Events[i]
		if v.Source == nil {
			v.Source = []EntityID{}
		}
		if v.Target == nil {
			v.Target = []EntityID{}
		}
	}
}
