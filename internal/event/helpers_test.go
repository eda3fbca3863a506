package event

import (
	"fmt"
	"strings"
	"testing"

	"chronicle"
)

// An ent describes an entity of a hand-built document: "E1" is ents[0].
type ent struct {
	name    string
	typ     chronicle.EntityType
	country string
	roles   []string
}

// build returns a Document from tagged text: words separated by spaces,
// each "word/TAG", optionally followed by "@N" (a name mention of entity
// EN; "@Nn" nominal, "@Np" pronoun; consecutive words with the same mark
// make one mention) and "#VALUE" (a DATE time expression; consecutive
// words with the same value make one). "_" inside a word stands for a
// space. A "./." token ends a sentence.
func build(t testing.TB, date string, tagged string, ents ...ent) *chronicle.Document {
	t.Helper()
	day, err := chronicle.ParseDay(date)
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		text, tag, mark, timex string
	}
	var items []item
	for _, f := range strings.Fields(tagged) {
		it := item{}
		if i := strings.Index(f, "#"); i > 0 {
			f, it.timex = f[:i], f[i+1:]
		}
		if i := strings.LastIndex(f, "@"); i > 0 {
			f, it.mark = f[:i], f[i+1:]
		}
		i := strings.LastIndex(f, "/")
		if i <= 0 {
			t.Fatalf("build: token %q has no /TAG", f)
		}
		it.text, it.tag = strings.ReplaceAll(f[:i], "_", " "), f[i+1:]
		items = append(items, it)
	}
	var b strings.Builder
	d := chronicle.NewDocument(&chronicle.Article{Date: day})
	for i := range ents {
		e := ents[i]
		d.Entities = append(d.Entities, chronicle.Entity{ID: chronicle.EntityID(fmt.Sprintf("E%d", i+1)),
			Name: e.name, Type: e.typ, Country: e.country, Roles: e.roles, Mentions: []chronicle.Mention{}})
	}
	sentStart := 0
	sent := 0
	var prevMark, prevTimex string
	for i, it := range items {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(it.text)
		sp := chronicle.Span{Start: start, End: b.Len()}
		d.Tokens = append(d.Tokens, chronicle.Token{Span: sp, Sentence: sent, Tag: it.tag, Head: -1})
		if it.mark != "" {
			n, kind := it.mark, chronicle.NameMention
			switch {
			case strings.HasSuffix(n, "n"):
				n, kind = n[:len(n)-1], chronicle.NominalMention
			case strings.HasSuffix(n, "p"):
				n, kind = n[:len(n)-1], chronicle.PronounMention
			}
			var k int
			fmt.Sscanf(n, "%d", &k)
			if k < 1 || k > len(d.Entities) {
				t.Fatalf("build: mark @%s names no entity", it.mark)
			}
			e := &d.Entities[k-1]
			if prevMark == it.mark && len(e.Mentions) > 0 {
				m := &e.Mentions[len(e.Mentions)-1]
				m.End = sp.End
			} else {
				e.Mentions = append(e.Mentions, chronicle.Mention{Kind: kind, Span: sp})
			}
		}
		if it.timex != "" {
			if prevTimex == it.timex {
				d.Times[len(d.Times)-1].End = sp.End
			} else {
				d.Times = append(d.Times, chronicle.Timex{Type: chronicle.DateTimex, Value: it.timex, Span: sp})
			}
		}
		prevMark, prevTimex = it.mark, it.timex
		if it.text == "." && it.tag == "." {
			d.Sentences = append(d.Sentences, chronicle.Span{Start: sentStart, End: b.Len()})
			sent++
			sentStart = b.Len() + 1
		}
	}
	if sentStart < b.Len() {
		d.Sentences = append(d.Sentences, chronicle.Span{Start: sentStart, End: b.Len()})
	}
	d.Article.Text = b.String()
	for i := range d.Entities {
		for j := range d.Entities[i].Mentions {
			m := &d.Entities[i].Mentions[j]
			m.Text = d.Article.Text[m.Start:m.End]
		}
	}
	for i := range d.Times {
		d.Times[i].Text = d.Article.Text[d.Times[i].Start:d.Times[i].End]
	}
	return d
}

// names returns the entity names of ids in d.
func names(d *chronicle.Document, ids []chronicle.EntityID) []string {
	out := []string{}
	for _, id := range ids {
		if e := d.Entity(id); e != nil {
			out = append(out, e.Name)
		} else {
			out = append(out, "?"+string(id))
		}
	}
	return out
}

// show prints events for a failing test.
func show(d *chronicle.Document, evs []chronicle.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "  %s %s/%s %v -> %v date=%s neg=%v hyp=%v fut=%v trig=%q loc=%v conf=%.2f\n    why: %s\n",
			e.ID, e.Type, e.Mode, names(d, e.Source), names(d, e.Target), e.Date, e.Negated, e.Hypothetical, e.Future,
			e.Trigger.Text, e.Location, e.Confidence, e.Why)
	}
	return b.String()
}
