package sqlite

import (
	"context"
	"fmt"

	"chronicle"
)

// Stats counts the articles and annotations the store holds.
func (db *DB) Stats(ctx context.Context) (chronicle.Stats, error) {
	var s chronicle.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM sentences),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM times),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM events)`).Scan(
		&s.Articles, &s.Sentences, &s.Entities, &s.Mentions, &s.Times, &s.Quotes, &s.Events)
	if err != nil {
		return chronicle.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
