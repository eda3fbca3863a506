package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/chronicletest"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/storetest"

	"github.com/google/go-cmp/cmp"
)

// TestDeleteDocument_AsIfNeverStored stores articles, deletes some, and
// checks that every aggregate table then holds what it holds in a store
// that never had them, and that storing them again gives back what the
// store held with all of them.
func TestDeleteDocument_AsIfNeverStored(t *testing.T) {
	trump := mention{"Trump", chronicle.Person, "USA", "Trump"}
	donald := mention{"Donald Trump", chronicle.Person, "USA", "Donald Trump"}
	ivanka := mention{"Ivanka Trump", chronicle.Person, "USA", "Ivanka Trump"}
	var generated []*chronicle.Document
	for n := range 10 {
		generated = append(generated, storetest.Generate(n))
	}
	tests := []struct {
		name   string
		docs   []*chronicle.Document
		delete []int // indexes into docs
	}{
		{"quotes and events", append(corpusDocs(t), guardDoc(t)), []int{0}},
		{"two of four", append(corpusDocs(t), guardDoc(t)), []int{1, 3}},
		{"surname loses its person", mentionDocs(t, trump, donald, trump, donald), []int{1, 3}},
		{"surname links back", mentionDocs(t, trump, donald, donald, ivanka, ivanka), []int{3, 4}},
		{"the surname itself", mentionDocs(t, trump, donald, donald, ivanka, ivanka), []int{0}},
		{"the person of a linked surname", mentionDocs(t, donald, trump, donald, trump), []int{0}},
		{"canonical name", mentionDocs(t,
			mention{"US", chronicle.Location, "USA", "US"},
			mention{"United States", chronicle.Location, "USA", "the United States"},
			mention{"U.S.", chronicle.Location, "USA", "U.S."}), []int{0}},
		{"generated", generated, []int{2, 5, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openNamed(t)
			saveAll(t, db, tt.docs)
			for _, i := range tt.delete {
				if _, err := db.DeleteDocument(t.Context(), tt.docs[i].Article.ID); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.Check(t.Context()); err != nil {
				t.Error(err)
			}
			never := openNamed(t)
			for i, d := range tt.docs {
				if !slices.Contains(tt.delete, i) {
					saveAll(t, never, []*chronicle.Document{d})
				}
			}
			if diff := cmp.Diff(dumpDeleted(t, never), dumpDeleted(t, db)); diff != "" {
				t.Errorf("aggregates after deleting differ from those of a store that never had the articles (-never +deleted):\n%s", diff)
			}

			for _, i := range tt.delete {
				saveAll(t, db, []*chronicle.Document{tt.docs[i]})
			}
			all := openNamed(t)
			saveAll(t, all, tt.docs)
			if diff := cmp.Diff(dumpDeleted(t, all), dumpDeleted(t, db)); diff != "" {
				t.Errorf("aggregates after storing again differ from those of a store that had them all along (-all along +again):\n%s", diff)
			}
			sameAsRekeyed(t, db)
		})
	}
}

// guardDoc is an article with an entity the text never names, an event
// with three actors and an actor on both sides.
func guardDoc(t *testing.T) *chronicle.Document {
	b := newDoc(t, "2024-05-02", "Coast guard joins the patrols",
		`Rui Moreira met Elena Vidal and the coast guard in Porto. The guard thanked both ministers.`)
	moreira := b.entity("Rui Moreira", chronicle.Person, "PRT", []string{"minister"}, "Rui Moreira")
	vidal := b.entity("Elena Vidal", chronicle.Person, "ESP", []string{"Minister"}, "Elena Vidal")
	guard := b.entity("coast guard", chronicle.Organization, "PRT", nil, "the coast guard", "The guard")
	for i := range b.d.Entities[2].Mentions {
		b.d.Entities[2].Mentions[i].Kind = chronicle.NominalMention
	}
	b.entity("the ministers", chronicle.Person, "", nil, "both ministers")
	b.d.Entities[3].Mentions[0].Kind = chronicle.NominalMention
	b.entity("Porto", chronicle.Location, "PRT", nil, "Porto")
	b.quote("both ministers", guard, "The guard")
	b.event(chronicle.Consult, "", "met", nil, []chronicle.EntityID{moreira}, []chronicle.EntityID{vidal, guard, moreira})
	b.event(chronicle.Support, "2024-05-01", "thanked", nil, []chronicle.EntityID{guard}, []chronicle.EntityID{moreira, vidal})
	return b.d
}

// dumpDeleted is dumpAggregates with the names shown for the entities, as
// they are spelled.
func dumpDeleted(t *testing.T, db *DB) []string {
	t.Helper()
	out := dumpAggregates(t, db)
	rows, err := db.read.QueryContext(t.Context(), `SELECT type, name FROM entity_stats ORDER BY key`)
	err = scanEach(rows, err, func(r *sql.Rows) error {
		var typ, name string
		if err := r.Scan(&typ, &name); err != nil {
			return err
		}
		out = append(out, "shown: "+typ+" "+name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func saveAll(t *testing.T, db *DB, docs []*chronicle.Document) {
	t.Helper()
	for _, d := range docs {
		if stored, err := db.SaveDocument(t.Context(), d); err != nil || !stored {
			t.Fatalf("SaveDocument(%s) = %v, %v", d.Article.ID, stored, err)
		}
	}
}

// TestDeleteDocument_Graph checks that the graph of the whole store, which
// Graph keeps until the store changes, changes when an article goes, even
// when the next article stored takes the row number it freed.
func TestDeleteDocument_Graph(t *testing.T) {
	docs := append(corpusDocs(t), guardDoc(t))
	db := openNamed(t)
	saveAll(t, db, docs)
	if _, err := db.Graph(t.Context(), chronicle.GraphFilter{}); err != nil {
		t.Fatal(err)
	}
	last := docs[len(docs)-1]
	if _, err := db.DeleteDocument(t.Context(), last.Article.ID); err != nil {
		t.Fatal(err)
	}
	other := storetest.Generate(1)
	saveAll(t, db, []*chronicle.Document{other})
	got, err := db.Graph(t.Context(), chronicle.GraphFilter{})
	if err != nil {
		t.Fatal(err)
	}
	never := openNamed(t)
	saveAll(t, never, append(docs[:len(docs)-1:len(docs)-1], other))
	want, err := never.Graph(t.Context(), chronicle.GraphFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("graph after a delete and a save (-never stored +deleted):\n%s", diff)
	}
}

// TestDeleteDocument_Wikinews does the same as AsIfNeverStored with
// articles as the pipeline reads them: Wikinews articles from the shared
// data, every fourth one deleted.
func TestDeleteDocument_Wikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the pipeline over Wikinews articles in short mode")
	}
	path := chronicletest.Shared(t, "data/wikinews/politics.jsonl")
	p := pipeline.New()
	var docs []*chronicle.Document
	seen := map[chronicle.ArticleID]bool{}
	for r := range ingest.Read(t.Context(), []string{path}, ingest.Options{}) {
		if r.Article == nil || seen[r.Article.ID] {
			continue
		}
		seen[r.Article.ID] = true
		docs = append(docs, p.Analyze(r.Article))
		if len(docs) == 120 {
			break
		}
	}
	db := openNamed(t)
	saveAll(t, db, docs)
	var deleted []int
	for i := 1; i < len(docs); i += 4 {
		if _, err := db.DeleteDocument(t.Context(), docs[i].Article.ID); err != nil {
			t.Fatal(err)
		}
		deleted = append(deleted, i)
	}
	if err := db.Check(t.Context()); err != nil {
		t.Error(err)
	}
	never := openNamed(t)
	for i, d := range docs {
		if !slices.Contains(deleted, i) {
			saveAll(t, never, []*chronicle.Document{d})
		}
	}
	if diff := cmp.Diff(dumpDeleted(t, never), dumpDeleted(t, db)); diff != "" {
		t.Errorf("aggregates after deleting %d of %d articles differ from those of a store that never had them (-never +deleted):\n%s",
			len(deleted), len(docs), diff)
	}
}

// TestDeleteDocument_Unknown checks that a failed delete names the ID and
// leaves the store as it was.
func TestDeleteDocument_Unknown(t *testing.T) {
	db := openNamed(t)
	saveAll(t, db, corpusDocs(t))
	before := dumpAggregates(t, db)
	_, err := db.DeleteDocument(t.Context(), "0123456789abcdef")
	if !errors.Is(err, chronicle.ErrNotFound) || err.Error() != fmt.Sprintf("delete article 0123456789abcdef: %v", chronicle.ErrNotFound) {
		t.Errorf("error = %v; want ErrNotFound naming the id", err)
	}
	if diff := cmp.Diff(before, dumpAggregates(t, db)); diff != "" {
		t.Errorf("a failed delete changed the aggregates:\n%s", diff)
	}
}

// movedKeys is a Namer that keys every name otherwise than plainNames
// under the same version, as a Namer whose data changed without a new
// version would: to keys no stored row has.
type movedKeys struct{ plainNames }

func (movedKeys) Key(name string, typ chronicle.EntityType, country string) (string, string) {
	key, canonical := plainNames{}.Key(name, typ, country)
	return "moved " + key, canonical
}

// surnameKeys keys a person by the last word of the name alone: to rows
// that other entities were stored with.
type surnameKeys struct{ plainNames }

func (surnameKeys) Key(name string, typ chronicle.EntityType, country string) (string, string) {
	key, canonical := plainNames{}.Key(name, typ, country)
	if words := strings.Fields(key); typ == chronicle.Person && len(words) > 1 {
		return words[len(words)-1], canonical
	}
	return key, canonical
}

// TestDeleteDocument_OtherKeys stores articles with one Namer and deletes
// some with another of the same version whose keys differ: the delete
// takes out the rows the articles were stored with, so the store checks
// out and holds what a store that never had them holds.
func TestDeleteDocument_OtherKeys(t *testing.T) {
	trump := mention{"Trump", chronicle.Person, "USA", "Trump"}
	donald := mention{"Donald Trump", chronicle.Person, "USA", "Donald Trump"}
	docs := append(mentionDocs(t, trump, donald, donald, mention{"WASHINGTON", chronicle.Location, "USA", "WASHINGTON"},
		mention{"Washington", chronicle.Location, "USA", "Washington"}), guardDoc(t))
	deleted := []int{1, 3, 5}
	for _, later := range []Namer{movedKeys{}, surnameKeys{}} {
		t.Run(fmt.Sprintf("%T", later), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "keys.db")
			open := func(n Namer) *DB {
				db, err := OpenWith(t.Context(), path, Options{Names: n})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				return db
			}
			before := open(plainNames{})
			saveAll(t, before, docs)
			before.Close()
			db := open(later)
			for _, i := range deleted {
				if _, err := db.DeleteDocument(t.Context(), docs[i].Article.ID); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.Check(t.Context()); err != nil {
				t.Error(err)
			}
			never, err := Open(t.Context(), ":memory:")
			if err != nil {
				t.Fatal(err)
			}
			defer never.Close()
			for i, d := range docs {
				if !slices.Contains(deleted, i) {
					saveAll(t, never, []*chronicle.Document{d})
				}
			}
			if diff := cmp.Diff(dumpDeleted(t, never), dumpDeleted(t, db)); diff != "" {
				t.Errorf("aggregates after deleting with other keys differ from those of a store that never had the articles (-never +deleted):\n%s", diff)
			}
		})
	}
}
