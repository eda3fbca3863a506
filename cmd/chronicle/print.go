package main

import (
	"fmt"
	"io"
	"strings"

	"chronicle"
)

// printDocument writes d for a reader: the article, then each kind of
// annotation with the text it covers.
func printDocument(w io.Writer, d *chronicle.Document) {
	a := d.Article
	fmt.Fprintf(w, "%s  %s  %s\n", a.ID, orUnknown(a.Date.String()), a.Title)
	if a.Source != "" || a.URL != "" {
		fmt.Fprintf(w, "  source: %s %s\n", a.Source, a.URL)
	}
	fmt.Fprintf(w, "  %d sentences, %d words\n", len(d.Sentences), countWords(d))
	if len(d.Entities) > 0 {
		fmt.Fprintln(w, "  entities:")
		for _, en := range d.Entities {
			fmt.Fprintf(w, "    %-4s %-7s %-28s %-3s %s (%d mentions)\n", en.ID, en.Type, en.Name, en.Country, strings.Join(en.Roles, ", "), len(en.Mentions))
		}
	}
	if len(d.Times) > 0 {
		fmt.Fprintln(w, "  times:")
		for _, t := range d.Times {
			fmt.Fprintf(w, "    %-8s %-12s %q\n", t.Type, t.Value, t.Text)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(w, "  quotes:")
		for _, q := range d.Quotes {
			fmt.Fprintf(w, "    %-8s %s %s: %q\n", q.Kind, q.SpeakerText, q.Cue, clip(q.Text, 100))
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(w, "  events:")
		for _, ev := range d.Events {
			fmt.Fprintf(w, "    %-4s %-9s %v → %v  %s  %q%s  (%s)\n", ev.ID, ev.Type, names(d, ev.Source), names(d, ev.Target), ev.Date, ev.Trigger.Text, flagWords(&ev), ev.Why)
		}
	}
	if d.Tone != nil {
		fmt.Fprintf(w, "  tone: %+.1f (%d positive, %d negative words)\n", d.Tone.Score, d.Tone.Positive, d.Tone.Negative)
	}
	fmt.Fprintln(w)
}

// flagWords is the event's flags in brackets after a space, "" when none
// is set: " [negated future]".
func flagWords(ev *chronicle.Event) string {
	if f := ev.Flags(); len(f) > 0 {
		return " [" + strings.Join(f, " ") + "]"
	}
	return ""
}

func names(d *chronicle.Document, ids []chronicle.EntityID) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if en := d.Entity(id); en != nil {
			out = append(out, en.Name)
		}
	}
	return out
}

func countWords(d *chronicle.Document) int {
	if len(d.Tokens) > 0 {
		return len(d.Tokens)
	}
	return len(strings.Fields(d.Article.Text))
}

func orUnknown(s string) string {
	if s == "" {
		return "(date unknown)"
	}
	return s
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
