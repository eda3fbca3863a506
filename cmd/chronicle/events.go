package main

import (
	"context"
	"fmt"
	"strings"

	"chronicle"
)

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", "[flags]")
	db := dbFlag(fs, e)
	actor := fs.String("actor", "", "only events with a source or target of this `name`")
	actorType := fs.String("actor-type", "", "with --actor, only actors of this `type` (PERSON, ORG, LOC, MISC): Georgia the country, not a person so named")
	typ := fs.String("type", "", "only events of this PLOVER `type`, e.g. CONSULT")
	country := fs.String("country", "", "only events in, or with an actor of, this `country` (alpha-3)")
	place := fs.String("place", "", "only events located at this `place`")
	from := fs.String("from", "", "only events on or after this `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "only events on or before this `date` (YYYY-MM-DD)")
	limit := fs.Int("limit", 20, "at most this many events")
	asJSON := fs.Bool("json", false, "print the events as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	f := chronicle.EventFilter{Actor: *actor, Country: *country, Place: *place, Limit: *limit}
	if *actorType != "" {
		t, err := entityType(*actorType)
		if err != nil {
			return fmt.Errorf("--actor-type: %w", err)
		}
		f.ActorType = t
	}
	if *typ != "" {
		t, err := eventType(*typ)
		if err != nil {
			return fmt.Errorf("--type: %w", err)
		}
		f.Type = t
	}
	var err error
	if f.From, err = chronicle.ParseDay(*from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if f.To, err = chronicle.ParseDay(*to); err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	store, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	list, next, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, struct {
			Events []chronicle.EventHit `json:"events"`
			Next   string               `json:"next"`
		}{list, next})
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no events found")
		return nil
	}
	for _, v := range list {
		var src, tgt []string
		for _, a := range v.Actors {
			if a.Role == "source" {
				src = append(src, a.Name)
			} else {
				tgt = append(tgt, a.Name)
			}
		}
		where := ""
		if v.Location != nil {
			where = " in " + v.Location.Name
		}
		date := v.Date
		if date == "" {
			date = v.Article.Date.String()
		}
		fmt.Fprintf(e.stdout, "%-10s %-9s %s → %s%s  %q%s\n", orUnknown(date), v.Type,
			orNobody(src), orNobody(tgt), where, v.Trigger.Text, flagWords(&v.Event))
		if v.Why != "" {
			fmt.Fprintf(e.stdout, "    why: %s\n", v.Why)
		}
		fmt.Fprintf(e.stdout, "    — %s  %s\n", v.Article.ID, clip(v.Article.Title, 80))
	}
	return nil
}

func orNobody(names []string) string {
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, ", ")
}

// eventType reads a PLOVER event type in any case.
func eventType(s string) (chronicle.EventType, error) {
	for _, t := range chronicle.EventTypes {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", fmt.Errorf("%q: not a PLOVER event type (AGREE, CONSULT, …, ASSAULT): %w", s, chronicle.ErrInvalid)
}
