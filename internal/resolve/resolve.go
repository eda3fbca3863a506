// Package resolve groups the mentions of one article into entities: every
// name, title-led description and pronoun that refers to the same person,
// organisation or place becomes one chronicle.Entity with its type, the
// country it acts for or lies in, the roles the article gives it, and, for
// a place, its coordinates.
//
// It runs after ner and before the stages that refer to entities (quote,
// event): Entities reads Document.Tokens (Token.Tag when the tagger has
// run) and Document.Names, and looks words up in a gazetteer.
//
// The rules, in the order they run:
//
//   - Names are cleaned: titles the recognizer left inside a person's name
//     are moved out ("President Trump" → title "President", name "Trump"),
//     a place the gazetteer spells with a comma is joined ("Washington, DC"),
//     and a hyphenated pair of places is split ("Ukraine-Russia").
//   - Names are grouped: the same name, ignoring case, dots, hyphens and the
//     spacing of initials ("J.D. Vance" = "J D Vance"); a surname alone to
//     the nearest full name it ends ("Trump" → "Donald Trump", "Abu Rajab"
//     → "Tareq Abu Rajab"); full names of one first name and surname
//     unless their middle initials differ ("George H. W. Bush" and "George
//     W. Bush" are two); two places the gazetteer takes for one ("Kiev" =
//     "Kyiv"); an acronym to the name it abbreviates ("NATO").
//   - Titles and appositions give roles and countries: "US President Donald
//     Trump", "White House communications director Steven Cheung",
//     "Zelenskyy's chief of staff, Andriy Yermak", "Andriy Yermak, chief of
//     staff,". A country word is the country and leaves the role; an
//     institution ("White House") stays in the role and gives its country; a
//     possessor ("Zelenskyy's") lends the country of its own entity.
//     A portfolio stays in the title ("Spanish Fisheries Minister" →
//     "Fisheries Minister", ESP); a counterpart ("her Portuguese
//     counterpart") takes the country word and the other's title; a deputy
//     takes the country of the office when all its holders share one.
//   - "the Commission" after "European Commission", and "the ministry",
//     refer back to the organisation whose name they end.
//   - Descriptions link to the person who holds the role in that country
//     and was named before: "the Ukrainian president"; "the minister" to
//     the one minister named in the sentence before.
//   - He, him, his, she and her link to the person named in the same
//     sentence before them, or else in the previous sentence, whose gender
//     (from an honorific, a title or a given name) agrees; of several, to
//     the subject ("Rubio met Iwaya. He …" is Rubio), and to no one when
//     nothing tells them apart; outside a quotation, never to a person
//     named inside one.
//   - Types come from the recognizer's majority, corrected by the
//     gazetteer: a country is LOC, a seat of power ORG, a demonym MISC.
//   - A place named with its state or country is the city there: "Fort
//     Lee, Virginia", "Portland, Maine", "Washington state".
//
// All of it is deterministic and allocates in proportion to the names, not
// to the text.
package resolve

import (
	"cmp"
	"slices"
	"strconv"

	"chronicle"
	"chronicle/internal/gazetteer"
)

// Entities returns the entities of d, found from d.Names and d.Tokens with
// the help of g. Each entity has at least one mention; its mentions are
// sorted by position and their Text is the article text they span. Ids run
// "E1", "E2", … in order of first mention. It never fails: names it cannot
// place simply stay entities of their own.
func Entities(d *chronicle.Document, g *gazetteer.Gazetteer) []chronicle.Entity {
	if len(d.Names) == 0 || d.Article == nil {
		return []chronicle.Entity{}
	}
	r := newResolver(d, g)
	r.prepareNames()
	r.group()
	r.scanRoles()
	r.describe()
	r.settle()
	r.nominals()
	r.orgNominals()
	r.givenGenders()
	r.pronouns()
	return r.result()
}

// A resolver holds the working state for one document.
type resolver struct {
	d     *chronicle.Document
	g     *gazetteer.Gazetteer
	text  string
	toks  []chronicle.Token
	words []string
	first []int // first[i] is the index of the first token of token i's sentence
	last  []int // last[i] is one past the last token of token i's sentence

	names     []name
	nameStart []int32 // token → index of the whole-token name starting there, or -1
	nameEnd   []int32 // token → index of the whole-token name ending just before it, or -1
	inName    []bool  // token lies inside a name
	used      []bool  // token belongs to a title or apposition already read
	roleAt    []int32 // token → one past the role phrase starting there, or 0
	roleEnd   []int32 // token → start+1 of the role phrase ending just before it, or 0

	pronounRead map[int]bool   // pronoun tokens already linked by another rule
	inQuote     []bool         // token lies inside quotation marks; set by pronouns
	named       map[string]int // countries the article names outright → how many names
	pinnedAt    map[int]pin    // name → the reading its state or country fixes; set by settle

	ents []*entity

	pieceBuf [][2]int // pieces' result, reused from name to name
}

func newResolver(d *chronicle.Document, g *gazetteer.Gazetteer) *resolver {
	n := len(d.Tokens)
	r := &resolver{d: d, g: g, text: d.Article.Text, toks: d.Tokens}
	r.words = make([]string, n)
	r.first = make([]int, n)
	r.last = make([]int, n)
	for i, t := range d.Tokens {
		r.words[i] = r.text[t.Start:t.End]
		if i > 0 && t.Sentence == d.Tokens[i-1].Sentence {
			r.first[i] = r.first[i-1]
		} else {
			r.first[i] = i
		}
	}
	for i := n - 1; i >= 0; i-- {
		if i+1 < n && d.Tokens[i+1].Sentence == d.Tokens[i].Sentence {
			r.last[i] = r.last[i+1]
		} else {
			r.last[i] = i + 1
		}
	}
	r.nameStart = fill(make([]int32, n+1), -1)
	r.nameEnd = fill(make([]int32, n+1), -1)
	r.inName = make([]bool, n+1)
	r.used = make([]bool, n+1)
	r.roleAt = make([]int32, n+1)
	r.roleEnd = make([]int32, n+1)
	r.pronounRead = map[int]bool{}
	return r
}

func fill(s []int32, v int32) []int32 {
	for i := range s {
		s[i] = v
	}
	return s
}

// span returns the text of tokens [i, j).
func (r *resolver) span(i, j int) chronicle.Span {
	return chronicle.Span{Start: r.toks[i].Start, End: r.toks[j-1].End}
}

// result turns the entities into their record form: mentions sorted, ids
// in order of first mention.
func (r *resolver) result() []chronicle.Entity {
	var out []*entity
	for _, e := range r.ents {
		if e.merged || len(e.mentions) == 0 {
			continue
		}
		slices.SortFunc(e.mentions, func(a, b chronicle.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		e.mentions = slices.CompactFunc(e.mentions, func(a, b chronicle.Mention) bool { return a.Span == b.Span })
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b *entity) int { return cmp.Compare(a.mentions[0].Start, b.mentions[0].Start) })
	res := make([]chronicle.Entity, len(out))
	for i, e := range out {
		res[i] = chronicle.Entity{
			ID:       chronicle.EntityID("E" + strconv.Itoa(i+1)),
			Name:     e.displayName(),
			Type:     e.typ,
			Country:  e.country,
			Roles:    e.roleList(),
			Mentions: e.mentions,
			Place:    e.place,
		}
	}
	return res
}
