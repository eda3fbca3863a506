package sqlite

import (
	"context"
	"fmt"

	"chronicle"
)

// Stats counts the articles and annotations the store holds. It reads the
// counts that the triggers of migration 0008 keep in row_counts as rows are
// inserted and deleted, so it costs the same however much is stored.
func (db *DB) Stats(ctx context.Context) (chronicle.Stats, error) {
	var s chronicle.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT n FROM row_counts WHERE name = 'articles'),
		(SELECT n FROM row_counts WHERE name = 'sentences'),
		(SELECT n FROM row_counts WHERE name = 'entities'),
		(SELECT n FROM row_counts WHERE name = 'mentions'),
		(SELECT n FROM row_counts WHERE name = 'times'),
		(SELECT n FROM row_counts WHERE name = 'quotes'),
		(SELECT n FROM row_counts WHERE name = 'events')`).Scan(
		&s.Articles, &s.Sentences, &s.Entities, &s.Mentions, &s.Times, &s.Quotes, &s.Events)
	if err != nil {
		return chronicle.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
