package storetest

import (
	"fmt"
	"strings"
	"time"

	"chronicle"
)

// Full returns a document with every field of every annotation set to a
// value other than its zero value, including the optional ones (tone, quote
// tone, an entity's place, an event's location), so that a store which
// drops or mixes up any column fails to give it back unchanged.
func Full() *chronicle.Document {
	text := "Talks in Genève\n\n" +
		"President Ana Ruiz met Prime Minister Tomas Berg in Genève on Monday. " +
		"\"We agreed on the water treaty,\" Ruiz said. " +
		"Berg said his government would not send troops for three weeks."
	at := func(s string, nth int) chronicle.Span {
		from := 0
		for ; nth > 0; nth-- {
			from += strings.Index(text[from:], s) + len(s)
		}
		i := from + strings.Index(text[from:], s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	a := &chronicle.Article{
		ID:     chronicle.IDOf(text),
		Date:   chronicle.NewDay(2025, 3, 10),
		Title:  "Talks in Genève",
		Source: "example.org",
		URL:    "https://example.org/talks",
		Text:   text,
	}
	quoteTone := -0.25
	d := chronicle.NewDocument(a)
	s1 := at("President Ana Ruiz met Prime Minister Tomas Berg in Genève on Monday.", 0)
	s2 := at("\"We agreed on the water treaty,\" Ruiz said.", 0)
	s3 := at("Berg said his government would not send troops for three weeks.", 0)
	d.Sentences = []chronicle.Span{at("Talks in Genève", 0), s1, s2, s3}
	d.Entities = []chronicle.Entity{
		{
			ID: "E1", Name: "Ana Ruiz", Type: chronicle.Person, Country: "ESP",
			Roles: []string{"President", "host"},
			Mentions: []chronicle.Mention{
				{Text: "Ana Ruiz", Kind: chronicle.NameMention, Span: at("Ana Ruiz", 0)},
				{Text: "Ruiz", Kind: chronicle.NameMention, Span: at("Ruiz", 1)},
			},
		},
		{
			ID: "E2", Name: "Tomas Berg", Type: chronicle.Person, Country: "SWE",
			Roles: []string{"Prime Minister"},
			Mentions: []chronicle.Mention{
				{Text: "Tomas Berg", Kind: chronicle.NameMention, Span: at("Tomas Berg", 0)},
				{Text: "his", Kind: chronicle.PronounMention, Span: at("his", 0)},
			},
		},
		{
			ID: "E3", Name: "Genève", Type: chronicle.Location, Country: "CHE",
			Roles: []string{},
			Mentions: []chronicle.Mention{
				{Text: "Genève", Kind: chronicle.NameMention, Span: at("Genève", 1)},
			},
			Place: &chronicle.Place{Name: "Geneva", Country: "CHE", Lat: 46.2044, Lon: 6.1432},
		},
	}
	d.Times = []chronicle.Timex{
		{Text: "on Monday", Type: chronicle.DateTimex, Value: "2025-03-10", Span: at("on Monday", 0)},
		{Text: "for three weeks", Type: chronicle.DurationTimex, Value: "P3W", Span: at("for three weeks", 0)},
	}
	d.Quotes = []chronicle.Quote{
		{
			Text: "We agreed on the water treaty", Kind: chronicle.DirectQuote, Speaker: "E1",
			SpeakerText: "Ruiz", Cue: "said", Date: "2025-03-10", Tone: &quoteTone,
			Span: at("We agreed on the water treaty", 0),
		},
		{
			Text: "his government would not send troops", Kind: chronicle.IndirectQuote, Speaker: "E2",
			SpeakerText: "Berg", Cue: "said", Span: at("his government would not send troops", 0),
		},
	}
	d.Events = []chronicle.Event{
		{
			ID: "V1", Type: chronicle.Consult, Mode: "visit",
			Source: []chronicle.EntityID{"E1", "E2"}, Target: []chronicle.EntityID{},
			Date:     "2025-03-10",
			Location: &chronicle.Place{Name: "Geneva", Country: "CHE", Lat: 46.2044, Lon: 6.1432},
			Trigger:  chronicle.Trigger{Text: "met", Span: at("met", 0)},
			Sentence: s1, Confidence: 0.9, Why: "verb 'met' with two leaders; place from 'in Genève'",
		},
		{
			ID: "V2", Type: chronicle.Mobilize, Mode: "military",
			Source: []chronicle.EntityID{"E2"}, Target: []chronicle.EntityID{"E3"},
			Date:     "FUTURE_REF",
			Trigger:  chronicle.Trigger{Text: "send troops", Span: at("send troops", 0)},
			Sentence: s3, Negated: true, Hypothetical: true, Future: true, Confidence: 0.375,
			Why: "negated 'send troops'",
		},
	}
	d.Tone = &chronicle.Tone{Score: 1.0 / 3, Positive: 2, Negative: 1}
	return d
}

// names, places and words Generate builds texts from.
var (
	people = []string{"Nadia Roy", "Pablo Vidal", "Leila Haddad", "Kwame Mensah", "Mei Lin", "Ivan Petrov", "Sara Cohen"}
	places = []string{"Lisbon", "Nairobi", "Hanoi", "Quito", "Oslo", "Tunis"}
	verbs  = []string{"met", "criticised", "thanked", "warned", "visited", "praised"}
	topics = []string{"the budget", "the harbour", "fishing quotas", "the election", "a trade pact", "river dams", "grain prices"}
	events = []chronicle.EventType{chronicle.Consult, chronicle.Accuse, chronicle.Support, chronicle.Threaten, chronicle.Consult, chronicle.Support}
)

// Generate returns a document made from n alone: the same n always gives the
// same document, and its ID is the ID of its text. Documents differ in size
// with n: 2 to 8 sentences, one entity per named person and place, a time
// and a quote in some, an event in each sentence.
func Generate(n int) *chronicle.Document {
	var b strings.Builder
	title := fmt.Sprintf("Report %d on %s", n, topics[n%len(topics)])
	b.WriteString(title)
	b.WriteString("\n\n")
	type sent struct {
		span      chronicle.Span
		who, whom string
		verb      chronicle.Span
		whoAt     chronicle.Span
		whomAt    chronicle.Span
		placeAt   chronicle.Span
		place     string
		kind      int
	}
	sentences := []chronicle.Span{{Start: 0, End: len(title)}}
	var ss []sent
	write := func(s string) chronicle.Span {
		start := b.Len()
		b.WriteString(s)
		return chronicle.Span{Start: start, End: b.Len()}
	}
	count := 2 + n%7
	for i := range count {
		k := n*7 + i*3
		s := sent{who: people[k%len(people)], whom: people[(k+1+i)%len(people)], place: places[(k+i)%len(places)], kind: k % len(verbs)}
		start := b.Len()
		s.whoAt = write(s.who)
		write(" ")
		s.verb = write(verbs[s.kind])
		write(" ")
		s.whomAt = write(s.whom)
		write(" over " + topics[(k+i)%len(topics)] + " in ")
		s.placeAt = write(s.place)
		write(".")
		s.span = chronicle.Span{Start: start, End: b.Len()}
		sentences = append(sentences, s.span)
		ss = append(ss, s)
		b.WriteString(" ")
	}
	var timeAt, quoteAt chronicle.Span
	if n%2 == 0 {
		timeAt = write("On Friday")
		b.WriteString(" she said ")
		b.WriteString("\"")
		quoteAt = write(fmt.Sprintf("talks will go on until number %d is settled", n))
		b.WriteString(".\"")
		sentences = append(sentences, chronicle.Span{Start: timeAt.Start, End: b.Len()})
	}
	text := b.String()
	a := &chronicle.Article{
		ID:     chronicle.IDOf(text),
		Date:   chronicle.NewDay(2020+n%5, time.Month(1+n%12), 1+n%28),
		Title:  title,
		Source: "generated.test",
		URL:    fmt.Sprintf("https://generated.test/%d", n),
		Text:   text,
	}
	if n%11 == 0 {
		a.Date = chronicle.Day{}
	}
	d := chronicle.NewDocument(a)
	d.Sentences = sentences
	ids := map[string]chronicle.EntityID{}
	entity := func(name string, t chronicle.EntityType, at chronicle.Span) chronicle.EntityID {
		id, ok := ids[name]
		if !ok {
			id = chronicle.EntityID(fmt.Sprintf("E%d", len(ids)+1))
			ids[name] = id
			e := chronicle.Entity{ID: id, Name: name, Type: t, Roles: []string{}, Mentions: []chronicle.Mention{}}
			if t == chronicle.Location {
				e.Place = &chronicle.Place{Name: name, Lat: float64(len(name)), Lon: -float64(len(name))}
			}
			d.Entities = append(d.Entities, e)
		}
		e := d.Entity(id)
		e.Mentions = append(e.Mentions, chronicle.Mention{Text: text[at.Start:at.End], Kind: chronicle.NameMention, Span: at})
		return id
	}
	for i, s := range ss {
		src := entity(s.who, chronicle.Person, s.whoAt)
		dst := entity(s.whom, chronicle.Person, s.whomAt)
		loc := entity(s.place, chronicle.Location, s.placeAt)
		d.Events = append(d.Events, chronicle.Event{
			ID: chronicle.EventID(fmt.Sprintf("V%d", i+1)), Type: events[s.kind], Mode: "",
			Source: []chronicle.EntityID{src}, Target: []chronicle.EntityID{dst},
			Date: a.Date.String(), Location: d.Entity(loc).Place,
			Trigger:  chronicle.Trigger{Text: text[s.verb.Start:s.verb.End], Span: s.verb},
			Sentence: s.span, Confidence: 0.5, Why: "generated",
		})
	}
	if n%2 == 0 {
		d.Times = append(d.Times, chronicle.Timex{Text: "On Friday", Type: chronicle.DateTimex, Value: "XXXX-WXX-5", Span: timeAt})
		d.Quotes = append(d.Quotes, chronicle.Quote{
			Text: text[quoteAt.Start:quoteAt.End], Kind: chronicle.DirectQuote, SpeakerText: "she", Cue: "said", Span: quoteAt,
		})
	}
	if n%3 == 0 {
		d.Tone = &chronicle.Tone{Score: float64(n%7) - 3, Positive: n % 5, Negative: n % 4}
	}
	return d
}
