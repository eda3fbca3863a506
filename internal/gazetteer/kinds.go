package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds is a set of gazetteer lists a word or phrase belongs to, for use as
// features by a tagger.
type Kinds uint16

// The lists. A word may be on several: "Georgia" is a CountryWord and a
// SubdivisionWord, "Washington" a CityWord, a CapitalWord and a
// SubdivisionWord.
const (
	CountryWord     Kinds = 1 << iota // a country's name or alias: "Ukraine", "US"
	CityWord                          // a city's name: "Kyiv", "Rome"
	SubdivisionWord                   // a subdivision's name: "California", "Crimea"
	DemonymWord                       // a demonym: "Ukrainian", "European"
	RegionWord                        // a region or bloc: "EU", "European", "Balkans"
	SeatWord                          // a seat of power: "Kremlin", "White House"
	CapitalWord                       // a capital standing for a government: "Moscow"
	GivenNameWord                     // a common given name: "Emmanuel"
	TitleWord                         // a title or role: "President", "minister"
	OrgWord                           // an organisation suffix or keyword: "Inc", "Ministry"
)

var kindNames = []string{"country", "city", "subdivision", "demonym", "region", "seat", "capital", "given", "title", "org"}

// String returns the names of the lists in k joined by "|", e.g.
// "country|subdivision".
func (k Kinds) String() string {
	var b strings.Builder
	for i, n := range kindNames {
		if k&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// Kinds returns the lists that the single token word belongs to. Case
// matters except for titles, which are found in lower case, capitalised or
// in capitals ("minister", "Minister", "MINISTER"); dots are ignored; a
// demonym's plural in "s" counts as the demonym. It does not allocate for
// tokens shorter than 64 bytes.
func (g *Gazetteer) Kinds(word string) Kinds {
	g.buildKinds()
	k, _ := lookup(g.kinds, word)
	if k&DemonymWord == 0 {
		if n := len(word); n > 3 && word[n-1] == 's' {
			if p, ok := lookup(g.kinds, word[:n-1]); ok {
				k |= p & DemonymWord
			}
		}
	}
	return k
}

// A node is one step of the phrase trie: the phrase's kinds if a phrase
// ends here, and the tokens that can follow.
type node struct {
	kinds Kinds
	next  map[string]*node
}

// Match finds the longest gazetteer entry that starts at tokens[i]: a
// single token (as Kinds) or a phrase of several ("United States", "New
// York City", "White House", "chief of staff", "Washington , DC"). It
// returns the number of tokens matched, zero if none, and their kinds.
// Tokens are matched as Kinds matches them; phrases are split into tokens
// at spaces, with a comma as a token of its own. It does not allocate.
func (g *Gazetteer) Match(tokens []string, i int) (n int, k Kinds) {
	if i < 0 || i >= len(tokens) {
		return 0, 0
	}
	if n, k = g.MatchPhrase(tokens, i); n > 0 {
		return n, k
	}
	if k = g.Kinds(tokens[i]); k != 0 {
		n = 1
	}
	return n, k
}

// MatchPhrase is Match for phrases alone: it finds the longest entry of
// several tokens that starts at tokens[i], and returns zero when there is
// none, whatever tokens[i] is alone. It does not allocate.
func (g *Gazetteer) MatchPhrase(tokens []string, i int) (n int, k Kinds) {
	if i < 0 || i >= len(tokens) {
		return 0, 0
	}
	g.buildKinds()
	nd, _ := lookup(g.phrases, tokens[i])
	for j := i + 1; nd != nil && j < len(tokens); j++ {
		nd, _ = lookup(nd.next, tokens[j])
		if nd != nil && nd.kinds != 0 {
			n, k = j-i+1, nd.kinds
		}
	}
	return n, k
}

// indexKinds fills the token map and the phrase trie from the loaded
// lists. It runs once, on the first call of Kinds or Match, so that
// callers that only look names up do not pay for it.
func (g *Gazetteer) indexKinds() {
	g.kinds = make(map[string]Kinds, 64000)
	g.phrases = make(map[string]*node, 8000)
	add := func(name string, k Kinds) {
		if !strings.ContainsAny(name, " ,.") {
			g.kinds[name] |= k
			return
		}
		toks := phraseTokens(name)
		switch len(toks) {
		case 0:
		case 1:
			g.kinds[toks[0]] |= k
		default:
			m := g.phrases
			var nd *node
			for _, t := range toks {
				if m == nil {
					m = map[string]*node{}
					nd.next = m
				}
				next, ok := m[t]
				if !ok {
					next = &node{}
					m[t] = next
				}
				nd, m = next, next.next
			}
			nd.kinds |= k
		}
	}
	for _, l := range []struct {
		names names
		kind  Kinds
	}{
		{g.countryNames, CountryWord}, {g.cityNames, CityWord}, {g.subNames, SubdivisionWord},
		{g.demonyms, DemonymWord}, {g.seats, SeatWord}, {g.capitals, CapitalWord},
	} {
		for s := range l.names {
			add(s, l.kind)
		}
	}
	for s := range g.regions {
		if w, ok := strings.CutPrefix(s, "\x00"); ok {
			add(w, RegionWord|DemonymWord)
		} else {
			add(s, RegionWord)
		}
	}
	for s := range g.given {
		add(s, GivenNameWord)
	}
	for s := range g.org {
		add(s, OrgWord)
	}
	for _, r := range g.roles {
		for _, v := range titleVariants(r.Title) {
			add(v, TitleWord)
		}
	}
}

// phraseTokens splits a name into the tokens a tokenizer would make of it:
// words at spaces, a trailing comma as a token of its own, dots removed.
func phraseTokens(s string) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		comma := strings.HasSuffix(f, ",")
		f = strings.ReplaceAll(strings.TrimSuffix(f, ","), ".", "")
		if f != "" {
			out = append(out, f)
		}
		if comma {
			out = append(out, ",")
		}
	}
	return out
}

// minorWords stay lower case in a capitalised title: "Chief of Staff".
var minorWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true}

// titleVariants returns the spellings of a lower-case title that text
// uses: as is, capitalised ("Prime minister"), in title case ("Prime
// Minister"), in capitals, and, for titles of several words, hyphenated
// ("commander-in-chief").
func titleVariants(t string) []string {
	words := strings.Fields(t)
	title := make([]string, len(words))
	for i, w := range words {
		if i > 0 && minorWords[w] {
			title[i] = w
		} else {
			title[i] = capitalise(w)
		}
	}
	out := []string{t, capitalise(t), strings.Join(title, " "), strings.ToUpper(t)}
	if len(words) > 1 {
		out = append(out, strings.Join(words, "-"), capitalise(strings.Join(words, "-")), strings.Join(title, "-"))
	}
	return out
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
