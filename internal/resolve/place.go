package resolve

import (
	"chronicle"
	"chronicle/internal/gazetteer"
)

// A pin is the reading of a place name that the words after it fix.
type pin struct {
	country string
	place   *chronicle.Place // nil: the country is known, the point is not
}

// pins reads the places named with their state or country, "Fort Lee,
// Virginia", "Portland, Maine", "Springfield in Illinois", "Tbilisi,
// Georgia", and returns, by name index, the reading each such name has
// there:
//
//   - the city of that name inside the state or country (the army post in
//     Virginia, not the larger Fort Lee in New Jersey), and the state
//     itself where a subdivision was meant ("Georgia" after "Athens" is the
//     US state, Athens not being in the country);
//   - a region keeps its reading in its own country ("Quebec, Canada" is
//     the province, not the city);
//   - when no city of the name lies in a state or country that the second
//     name surely is, that country and no point rather than a namesake
//     elsewhere: only after a comma, outside a list of places ("Haifa, Acre
//     and Nazareth", "Geneva, Monaco, Nairobi"), and when the second name
//     is read first as a country or subdivision ("Moscow, Kyiv" fixes
//     nothing);
//   - "Washington state" is the US state, not the capital;
//   - a place inside a title of one country's ("Archbishop of
//     Canterbury") lies in that country.
func (r *resolver) pins() map[int]pin {
	var out map[int]pin
	for i := range r.names {
		n := &r.names[i]
		if n.sub {
			continue
		}
		name := r.text[n.Start:n.End]
		if n.in != "" {
			p := pin{country: n.in}
			for _, c := range r.candidates(name) {
				if c.Place.Country == n.in {
					p = candidatePin(c)
					break
				}
			}
			out = setPin(out, i, p)
			continue
		}
		if n.t1 >= len(r.toks) {
			continue
		}
		if r.words[n.t1] == "state" {
			if ws := r.g.Candidates(name + " state"); len(ws) > 0 && ws[0].Kind == gazetteer.SubdivisionWord {
				out = setPin(out, i, candidatePin(ws[0]))
			}
			continue
		}
		if n.t1+1 >= len(r.toks) || (r.words[n.t1] != "," && r.words[n.t1] != "in") {
			continue
		}
		j := int(r.nameStart[n.t1+1])
		if j < 0 || r.names[j].sub {
			continue
		}
		within := r.text[r.names[j].Start:r.names[j].End]
		cs := r.candidates(name)
		if len(cs) == 0 || cs[0].Kind == gazetteer.CountryWord || !hasKind(cs, gazetteer.CityWord) {
			continue
		}
		if c, ok := r.g.CityIn(name, within); ok && (cs[0].Kind != gazetteer.SubdivisionWord || cs[0].Place.Country != c.Country) {
			out = setPin(out, i, pin{c.Country, &chronicle.Place{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon}})
			if co, ok := r.g.Country(within); ok && co.Alpha3 == c.Country {
				continue
			}
			for _, w := range r.g.Candidates(within) {
				if w.Kind == gazetteer.SubdivisionWord && w.Place.Country == c.Country {
					out = setPin(out, j, candidatePin(w))
					break
				}
			}
			continue
		}
		if r.words[n.t1] != "," || r.listed(i, j) {
			continue
		}
		ws := r.candidates(within)
		if len(ws) == 0 || (ws[0].Kind != gazetteer.CountryWord && ws[0].Kind != gazetteer.SubdivisionWord) {
			continue
		}
		p := pin{country: ws[0].Place.Country}
		for _, c := range cs {
			if c.Place.Country == ws[0].Place.Country {
				p = candidatePin(c) // a region of that name there: "Kandahar, Afghanistan"
				break
			}
		}
		out = setPin(out, i, p)
	}
	return out
}

func setPin(m map[int]pin, i int, p pin) map[int]pin {
	if m == nil {
		m = map[int]pin{}
	}
	m[i] = p
	return m
}

func candidatePin(c gazetteer.Candidate) pin {
	if !c.Point {
		return pin{country: c.Place.Country}
	}
	p := c.Place
	return pin{c.Place.Country, &p}
}

func hasKind(cs []gazetteer.Candidate, k gazetteer.Kinds) bool {
	for _, c := range cs {
		if c.Kind == k {
			return true
		}
	}
	return false
}

// pinned places e by the first of its names that pins fixed, and reports
// whether one did.
func (r *resolver) pinned(e *entity) bool {
	for _, i := range e.names {
		p, ok := r.pinnedAt[i]
		if !ok {
			continue
		}
		e.country = p.country
		if p.place != nil {
			pl := *p.place
			pl.Name = e.full
			e.place = &pl
		}
		return true
	}
	return false
}

// listed reports whether the pair of names i, j is part of a list: a name
// comes before i and a comma, or after j and a comma, "and" or "or".
func (r *resolver) listed(i, j int) bool {
	if t := r.names[i].t0; t >= 2 && r.words[t-1] == "," && r.nameEnd[t-1] >= 0 {
		return true
	}
	end := r.names[j].t1
	t := end
	if t < len(r.toks) && r.words[t] == "," {
		t++
	}
	if t < len(r.toks) && (r.words[t] == "and" || r.words[t] == "or") {
		t++
	}
	return t > end && t < len(r.toks) && r.nameStart[t] >= 0
}
