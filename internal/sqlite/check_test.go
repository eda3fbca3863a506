package sqlite

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCheck_Faults breaks one derived table at a time, as a write that
// went around the store could, and checks that Check names it.
func TestCheck_Faults(t *testing.T) {
	tests := []struct{ name, break_, says string }{
		{"a day gone", `DELETE FROM day_counts WHERE day = (SELECT min(day) FROM day_counts)`, "day counts"},
		{"a facet gone", `DELETE FROM facet_counts WHERE (facet, value) = (SELECT facet, value FROM facet_counts LIMIT 1)`, "facet counts"},
		{"a name counted twice", `UPDATE entity_names SET articles = articles + 1
			WHERE (entity, name) = (SELECT entity, name FROM entity_names WHERE articles > 0 LIMIT 1)`, "names"},
		{"a name gone", `DELETE FROM entity_names WHERE (entity, name) = (SELECT entity, name FROM entity_names WHERE articles > 0 LIMIT 1)`, "names"},
		{"a country gone", `DELETE FROM entity_countries WHERE (entity, country) = (SELECT entity, country FROM entity_countries LIMIT 1)`, "countries"},
		{"a role counted twice", `UPDATE entity_role_stats SET n = n + 1 WHERE (entity, role) = (SELECT entity, role FROM entity_role_stats LIMIT 1)`, "roles"},
		{"a pair gone", `DELETE FROM event_pairs WHERE (a, b, type) = (SELECT a, b, type FROM event_pairs LIMIT 1)`, "pairs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Open(t.Context(), filepath.Join(t.TempDir(), "check.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			saveAll(t, db, append(corpusDocs(t), guardDoc(t)))
			if err := db.Check(t.Context()); err != nil {
				t.Fatalf("Check before breaking: %v", err)
			}
			res, err := db.write.ExecContext(t.Context(), tt.break_)
			if err != nil {
				t.Fatal(err)
			}
			if n, _ := res.RowsAffected(); n != 1 {
				t.Fatalf("%d rows changed; want 1", n)
			}
			err = db.Check(t.Context())
			if err == nil || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("Check = %v; want an error naming %s", err, tt.says)
			}
		})
	}
}
