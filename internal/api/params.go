package api

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"chronicle"
)

// params reads query parameters, remembering the first malformed one.
type params struct {
	v   url.Values
	err error
}

func (p *params) str(name string) string { return strings.TrimSpace(p.v.Get(name)) }

func (p *params) day(name string) chronicle.Day {
	d, err := chronicle.ParseDay(p.str(name))
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("parameter %s: %w", name, err)
	}
	return d
}

func (p *params) int(name string) int {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if (err != nil || n < 0) && p.err == nil {
		p.err = fmt.Errorf("parameter %s: %q is not a count: %w", name, s, chronicle.ErrInvalid)
	}
	return n
}

// entityType reads an entity type, in any case; "" when absent.
func (p *params) entityType(name string) chronicle.EntityType {
	s := strings.ToUpper(p.str(name))
	if s == "" {
		return ""
	}
	for _, t := range chronicle.EntityTypes {
		if string(t) == s {
			return t
		}
	}
	if p.err == nil {
		p.err = fmt.Errorf("parameter %s: %q is not one of PERSON, ORG, LOC, MISC: %w", name, s, chronicle.ErrInvalid)
	}
	return ""
}

// eventType reads a PLOVER event type, in any case; "" when absent.
func (p *params) eventType(name string) chronicle.EventType {
	s := strings.ToUpper(p.str(name))
	if s == "" {
		return ""
	}
	for _, t := range chronicle.EventTypes {
		if string(t) == s {
			return t
		}
	}
	if p.err == nil {
		p.err = fmt.Errorf("parameter %s: %q is not a PLOVER event type: %w", name, s, chronicle.ErrInvalid)
	}
	return ""
}

// query reads the article query parameters q, entity, country, from, to,
// limit and cursor.
func (p *params) query() chronicle.Query {
	return chronicle.Query{
		Text:    p.str("q"),
		Entity:  p.str("entity"),
		Country: p.country("country"),
		From:    p.day("from"),
		To:      p.day("to"),
		Limit:   p.int("limit"),
		Cursor:  p.str("cursor"),
	}
}

// country reads an ISO 3166-1 alpha-3 country code, in any case; "" when
// absent.
func (p *params) country(name string) string {
	s := strings.ToUpper(p.str(name))
	if s == "" {
		return ""
	}
	ok := len(s) == 3
	for _, r := range s {
		ok = ok && 'A' <= r && r <= 'Z'
	}
	if !ok && p.err == nil {
		p.err = fmt.Errorf("parameter %s: %q is not a three-letter country code such as PRT: %w", name, s, chronicle.ErrInvalid)
	}
	return s
}
