package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"chronicle"
)

// MaxPlaces is the most places Places returns.
const MaxPlaces = 1000

// Places counts the located events that f selects (as Events does; its
// Limit and Cursor are ignored) by place, the place with most events
// first, then by name; at most MaxPlaces of them. From after To is
// ErrInvalid.
func (db *DB) Places(ctx context.Context, f chronicle.EventFilter) ([]chronicle.PlaceCount, error) {
	from, conds, args, err := eventSelection("places", f)
	if err != nil {
		return nil, err
	}
	tx, err := db.readTx(ctx, "places")
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	list := []chronicle.PlaceCount{}
	err = each(ctx, tx, `SELECT v.location_name, v.location_country, v.location_lat, v.location_lon, count(*) AS n
		FROM `+from+where(append(conds, "v.location_name IS NOT NULL"))+`
		GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2 LIMIT ?`, func(r *sql.Rows) error {
		var p chronicle.PlaceCount
		if err := r.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events); err != nil {
			return err
		}
		list = append(list, p)
		return nil
	}, append(args, MaxPlaces)...)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	return list, nil
}
