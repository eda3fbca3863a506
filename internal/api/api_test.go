package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"chronicle"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/sqlite"
)

// testAnalyzer is the analyzer chronicle serve wires in: ingest's
// normalization and the pipeline with its embedded models.
type testAnalyzer struct{ *pipeline.Pipeline }

func (testAnalyzer) NewArticle(date chronicle.Day, title, text, source, url string) *chronicle.Article {
	return ingest.NewArticle(date, title, text, source, url)
}

var sharedPipeline = sync.OnceValue(pipeline.New)

const token = "s3cret-token"

// newServer returns an API over a fresh store on disk holding the
// documents of fixture, and the store.
func newServer(t *testing.T, tok string) (*Server, *sqlite.DB) {
	t.Helper()
	db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, d := range fixture(t) {
		if _, err := db.SaveDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "the ui") })
	return New(Config{Store: db, Analyzer: testAnalyzer{sharedPipeline()}, Token: tok, UI: ui}), db
}

// fixture returns three documents over texts of our own, annotated by
// hand so that every listing has something to list.
func fixture(t *testing.T) []*chronicle.Document {
	type ent struct {
		name    string
		typ     chronicle.EntityType
		country string
		words   []string
	}
	type ev struct {
		typ            chronicle.EventType
		date, trigger  string
		source, target []int // indexes into the entities
		place          *chronicle.Place
	}
	type art struct {
		date, title, text string
		ents              []ent
		quote, speaker    string
		events            []ev
	}
	arts := []art{
		{"2023-06-01", "Harbour deal signed", "Mayor Ana Costa signed a harbour deal with Nordline in Porto. \"It is a good day,\" Costa said.",
			[]ent{{"Ana Costa", chronicle.Person, "PRT", []string{"Ana Costa", "Costa"}}, {"Nordline", chronicle.Organization, "NOR", []string{"Nordline"}}, {"Porto", chronicle.Location, "PRT", []string{"Porto"}}},
			"It is a good day,", "Costa",
			[]ev{{chronicle.Agree, "2023-06-01", "signed", []int{0, 1}, nil, &chronicle.Place{Name: "Porto", Country: "PRT", Lat: 41.15, Lon: -8.61}}}},
		{"2023-06-10", "Dockers protest the deal", "Dockers marched against the Nordline deal. Ana Costa met their union leaders.",
			[]ent{{"Ana Costa", chronicle.Person, "PRT", []string{"Ana Costa"}}, {"Nordline", chronicle.Organization, "NOR", []string{"Nordline"}}},
			"", "",
			[]ev{{chronicle.Protest, "", "marched", nil, []int{1}, nil}, {chronicle.Consult, "2023-06-10", "met", []int{0}, nil, nil}}},
		{"2023-07-02", "Nordline opens an office", "<b>Nordline</b> opened an office in Oslo, its chief said.",
			[]ent{{"Nordline", chronicle.Organization, "NOR", []string{"Nordline"}}, {"Oslo", chronicle.Location, "NOR", []string{"Oslo"}}},
			"", "", nil},
	}
	var docs []*chronicle.Document
	for _, a := range arts {
		day, err := chronicle.ParseDay(a.date)
		if err != nil {
			t.Fatal(err)
		}
		d := chronicle.NewDocument(ingest.NewArticle(day, a.title, a.text, "example.org", ""))
		text := d.Article.Text
		at := func(s string) chronicle.Span {
			i := strings.Index(text, s)
			if i < 0 {
				t.Fatalf("%q not in %q", s, text)
			}
			return chronicle.Span{Start: i, End: i + len(s)}
		}
		d.Sentences = []chronicle.Span{{Start: 0, End: len(text)}}
		for i, e := range a.ents {
			en := chronicle.Entity{ID: chronicle.EntityID(fmt.Sprintf("E%d", i+1)), Name: e.name, Type: e.typ, Country: e.country, Roles: []string{}}
			for _, w := range e.words {
				en.Mentions = append(en.Mentions, chronicle.Mention{Text: w, Kind: chronicle.NameMention, Span: at(w)})
			}
			d.Entities = append(d.Entities, en)
		}
		if a.quote != "" {
			d.Quotes = append(d.Quotes, chronicle.Quote{Text: a.quote, Kind: chronicle.DirectQuote, Speaker: "E1", SpeakerText: a.speaker, Cue: "said", Span: at(a.quote)})
		}
		ids := func(ix []int) []chronicle.EntityID {
			out := []chronicle.EntityID{}
			for _, i := range ix {
				out = append(out, d.Entities[i].ID)
			}
			return out
		}
		for i, e := range a.events {
			d.Events = append(d.Events, chronicle.Event{ID: chronicle.EventID(fmt.Sprintf("V%d", i+1)), Type: e.typ, Date: e.date,
				Source: ids(e.source), Target: ids(e.target), Location: e.place, Trigger: chronicle.Trigger{Text: e.trigger, Span: at(e.trigger)},
				Sentence: d.Sentences[0], Confidence: 0.7, Why: "the verb '" + e.trigger + "'"})
		}
		docs = append(docs, d)
	}
	return docs
}

// do sends a request to s and returns the response.
func do(t *testing.T, s http.Handler, method, target, body string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	r := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// decode reads the JSON body of w into a generic value.
func decode(t *testing.T, w *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type = %q; want JSON (body %s)", ct, w.Body)
	}
	var v map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, w.Body)
	}
	return v
}

// list returns the strings at key of each object in v[field].
func list(v map[string]any, field, key string) []string {
	var out []string
	items, _ := v[field].([]any)
	for _, it := range items {
		m, _ := it.(map[string]any)
		switch x := m[key].(type) {
		case string:
			out = append(out, x)
		case map[string]any: // e.g. article → title
			out = append(out, fmt.Sprint(x["title"]))
		default:
			out = append(out, fmt.Sprint(x))
		}
	}
	return out
}

func TestEndpoints(t *testing.T) {
	s, _ := newServer(t, token)
	tests := []struct {
		name   string
		target string
		status int
		field  string
		key    string
		want   []string
	}{
		{"articles newest first", "/api/v1/articles", 200, "hits", "article", []string{"Nordline opens an office", "Dockers protest the deal", "Harbour deal signed"}},
		{"articles by text", "/api/v1/articles?q=dockers", 200, "hits", "article", []string{"Dockers protest the deal"}},
		{"articles by entity", "/api/v1/articles?entity=ana%20costa", 200, "hits", "article", []string{"Dockers protest the deal", "Harbour deal signed"}},
		{"articles from", "/api/v1/articles?from=2023-06-05&to=2023-06-30", 200, "hits", "article", []string{"Dockers protest the deal"}},
		{"articles by country", "/api/v1/articles?country=prt", 200, "hits", "article", []string{"Dockers protest the deal", "Harbour deal signed"}},
		{"articles by text and country", "/api/v1/articles?q=office&country=PRT", 200, "hits", "article", nil},
		{"articles bad country", "/api/v1/articles?country=Portugal", 400, "", "", nil},
		{"articles bad date", "/api/v1/articles?from=June", 400, "", "", nil},
		{"articles bad query", "/api/v1/articles?q=%22open", 400, "", "", nil},
		{"articles bad limit", "/api/v1/articles?limit=ten", 400, "", "", nil},
		{"articles bad cursor", "/api/v1/articles?cursor=nonsense", 400, "", "", nil},
		{"entities", "/api/v1/entities", 200, "entities", "name", []string{"Nordline", "Ana Costa", "Oslo", "Porto"}},
		{"entities by type", "/api/v1/entities?type=loc", 200, "entities", "name", []string{"Oslo", "Porto"}},
		{"entities by country", "/api/v1/entities?country=PRT", 200, "entities", "name", []string{"Ana Costa", "Porto"}},
		{"entities by name", "/api/v1/entities?q=cost", 200, "entities", "name", []string{"Ana Costa"}},
		{"entities bad type", "/api/v1/entities?type=ANIMAL", 400, "", "", nil},
		{"quotes", "/api/v1/quotes", 200, "quotes", "text", []string{"It is a good day,"}},
		{"quotes by speaker", "/api/v1/quotes?speaker=Ana%20Costa", 200, "quotes", "speakerName", []string{"Ana Costa"}},
		{"quotes by nobody", "/api/v1/quotes?speaker=Nobody", 200, "quotes", "text", nil},
		{"events", "/api/v1/events", 200, "events", "type", []string{"PROTEST", "CONSULT", "AGREE"}},
		{"events by actor", "/api/v1/events?actor=nordline", 200, "events", "type", []string{"PROTEST", "AGREE"}},
		{"events by actor of its type", "/api/v1/events?actor=nordline&actorType=org", 200, "events", "type", []string{"PROTEST", "AGREE"}},
		{"events by actor of another type", "/api/v1/events?actor=nordline&actorType=PERSON", 200, "events", "type", []string{}},
		{"events bad actor type", "/api/v1/events?actor=nordline&actorType=CITY", 400, "", "", nil},
		{"events by type", "/api/v1/events?type=agree", 200, "events", "why", []string{"the verb 'signed'"}},
		{"events by country", "/api/v1/events?country=NOR", 200, "events", "type", []string{"PROTEST", "AGREE"}},
		{"events by place", "/api/v1/events?place=porto", 200, "events", "type", []string{"AGREE"}},
		{"events in range", "/api/v1/events?from=2023-06-02&to=2023-06-30", 200, "events", "type", []string{"PROTEST", "CONSULT"}},
		{"events bad type", "/api/v1/events?type=PARTY", 400, "", "", nil},
		{"events bad range", "/api/v1/events?from=2023-07-01&to=2023-06-01", 400, "", "", nil},
		{"places", "/api/v1/places", 200, "places", "name", []string{"Porto"}},
		{"places of a type", "/api/v1/places?type=protest", 200, "places", "name", nil},
		{"places bad range", "/api/v1/places?from=2023-07-01&to=2023-06-01", 400, "", "", nil},
		{"timeline", "/api/v1/timeline", 200, "days", "day", []string{"2023-06-01", "2023-06-10", "2023-07-02"}},
		{"timeline of entity", "/api/v1/timeline?entity=Ana%20Costa", 200, "days", "events", []string{"1", "1"}},
		{"timeline by text", "/api/v1/timeline?q=office", 200, "days", "day", []string{"2023-07-02"}},
		{"graph", "/api/v1/graph?entity=Ana%20Costa", 200, "nodes", "id", []string{"PERSON:ana costa", "ORG:nordline", "LOC:porto"}},
		{"graph of everyone", "/api/v1/graph?limit=2", 200, "nodes", "name", []string{"Nordline", "Ana Costa"}},
		{"graph of nobody", "/api/v1/graph?entity=Nobody", 404, "", "", nil},
		{"entity", "/api/v1/entities/ana%20costa", 200, "recent", "title", []string{"Dockers protest the deal", "Harbour deal signed"}},
		{"entity events", "/api/v1/entities/Nordline?type=ORG", 200, "events", "type", []string{"PROTEST", "AGREE"}},
		{"entity of wrong type", "/api/v1/entities/Nordline?type=PERSON", 404, "", "", nil},
		{"entity unknown", "/api/v1/entities/Nobody", 404, "", "", nil},
		{"article unknown", "/api/v1/articles/0123456789abcdef", 404, "", "", nil},
		{"article short prefix", "/api/v1/articles/0123", 400, "", "", nil},
		{"no such endpoint", "/api/v1/nothing", 404, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "GET", tt.target, "")
			if w.Code != tt.status {
				t.Fatalf("GET %s = %d; want %d\n%s", tt.target, w.Code, tt.status, w.Body)
			}
			v := decode(t, w)
			if tt.status != 200 {
				if v["status"] != float64(tt.status) || v["error"] == "" {
					t.Errorf("error body = %v", v)
				}
				return
			}
			if got := list(v, tt.field, tt.key); !equal(got, tt.want) {
				t.Errorf("GET %s: %s.%s = %q; want %q", tt.target, tt.field, tt.key, got, tt.want)
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFacetsAndStats(t *testing.T) {
	s, _ := newServer(t, token)
	v := decode(t, do(t, s, "GET", "/api/v1/facets?q=deal", ""))
	if v["total"] != float64(2) || !equal(list(v, "months", "value"), []string{"2023-06"}) {
		t.Errorf("facets = %v", v)
	}
	if got := list(v, "countries", "value"); !equal(got, []string{"NOR", "PRT"}) {
		t.Errorf("countries = %q", got)
	}
	v = decode(t, do(t, s, "GET", "/api/v1/facets?country=prt", ""))
	if v["total"] != float64(2) || !equal(list(v, "countries", "value"), []string{"NOR", "PRT"}) {
		t.Errorf("facets of country=prt = %v", v)
	}
	st := decode(t, do(t, s, "GET", "/api/v1/stats", ""))
	if st["articles"] != float64(3) || st["events"] != float64(3) || st["quotes"] != float64(1) {
		t.Errorf("stats = %v", st)
	}
}

func TestArticleRecord(t *testing.T) {
	s, db := newServer(t, token)
	hits := decode(t, do(t, s, "GET", "/api/v1/articles?q=office", ""))
	id := hits["hits"].([]any)[0].(map[string]any)["article"].(map[string]any)["id"].(string)
	w := do(t, s, "GET", "/api/v1/articles/"+id, "")
	if w.Code != 200 {
		t.Fatalf("GET article = %d\n%s", w.Code, w.Body)
	}
	// The body is the record exactly as `chronicle extract --json` prints it.
	d, err := db.Document(t.Context(), chronicle.ArticleID(id))
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		t.Fatal(err)
	}
	if w.Body.String() != want.String() {
		t.Errorf("record differs:\n got %s\nwant %s", w.Body, want.String())
	}
	if !strings.Contains(w.Body.String(), `"text":"<b>Nordline</b> opened`) {
		t.Errorf("text is not kept as written: %s", w.Body)
	}
	if w := do(t, s, "GET", "/api/v1/articles/"+id[:8], ""); w.Code != 200 {
		t.Errorf("GET by prefix = %d", w.Code)
	}
}

func TestPagination(t *testing.T) {
	s, _ := newServer(t, token)
	for _, tt := range []struct{ path, field, key string }{
		{"/api/v1/articles?limit=1", "hits", "article"},
		{"/api/v1/entities?limit=1", "entities", "name"},
		{"/api/v1/events?limit=1", "events", "type"},
		{"/api/v1/quotes?limit=1", "quotes", "text"},
	} {
		t.Run(tt.field, func(t *testing.T) {
			all := list(decode(t, do(t, s, "GET", strings.Replace(tt.path, "limit=1", "limit=100", 1), "")), tt.field, tt.key)
			var paged []string
			cursor := ""
			for i := 0; i < 10; i++ {
				target := tt.path
				if cursor != "" {
					target += "&cursor=" + cursor
				}
				v := decode(t, do(t, s, "GET", target, ""))
				page := list(v, tt.field, tt.key)
				if len(page) > 1 {
					t.Fatalf("page of %d with limit=1", len(page))
				}
				paged = append(paged, page...)
				if cursor, _ = v["next"].(string); cursor == "" {
					break
				}
			}
			if len(all) == 0 || !equal(paged, all) {
				t.Errorf("pages %q; want %q", paged, all)
			}
		})
	}
}

func TestStore(t *testing.T) {
	body := `{"date": "2023-08-01", "title": "Ferry line", "text": "Ana Costa opened a ferry line to Vigo on Tuesday.", "source": "example.org", "url": "https://example.org/ferry"}`
	t.Run("off without a token", func(t *testing.T) {
		s, _ := newServer(t, "")
		w := do(t, s, "POST", "/api/v1/articles", body, "Authorization", "Bearer "+token)
		if w.Code != 403 || !strings.Contains(decode(t, w)["error"].(string), "CHRONICLE_TOKEN") {
			t.Errorf("POST = %d %s; want 403 naming CHRONICLE_TOKEN", w.Code, w.Body)
		}
	})
	s, db := newServer(t, token)
	for _, tt := range []struct {
		name, auth string
	}{
		{"no header", ""},
		{"wrong token", "Bearer not-the-token"},
		{"token prefix", "Bearer " + token[:5]},
		{"other scheme", "Basic " + token},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "POST", "/api/v1/articles", body, "Authorization", tt.auth)
			if w.Code != 401 || w.Header().Get("WWW-Authenticate") == "" {
				t.Errorf("POST = %d (WWW-Authenticate %q); want 401", w.Code, w.Header().Get("WWW-Authenticate"))
			}
		})
	}
	w := do(t, s, "POST", "/api/v1/articles", body, "Authorization", "Bearer "+token, "Content-Type", "application/json")
	if w.Code != 201 {
		t.Fatalf("POST = %d; want 201\n%s", w.Code, w.Body)
	}
	rec := decode(t, w)
	art := rec["article"].(map[string]any)
	id := art["id"].(string)
	if art["title"] != "Ferry line" || art["date"] != "2023-08-01" || art["url"] != "https://example.org/ferry" {
		t.Errorf("article = %v", art)
	}
	if w.Header().Get("Location") != "/api/v1/articles/"+id {
		t.Errorf("Location = %q", w.Header().Get("Location"))
	}
	if has, err := db.Has(t.Context(), chronicle.ArticleID(id)); err != nil || !has {
		t.Errorf("stored = %v, %v", has, err)
	}
	again := do(t, s, "POST", "/api/v1/articles", body, "Authorization", "Bearer "+token)
	if again.Code != 200 || decode(t, again)["article"].(map[string]any)["id"] != id {
		t.Errorf("POST again = %d; want 200 with the same id\n%s", again.Code, again.Body)
	}
}

func TestDelete(t *testing.T) {
	t.Run("off without a token", func(t *testing.T) {
		s, db := newServer(t, "")
		id := fixture(t)[0].Article.ID
		w := do(t, s, "DELETE", "/api/v1/articles/"+string(id), "", "Authorization", "Bearer "+token)
		if w.Code != 403 || !strings.Contains(decode(t, w)["error"].(string), "CHRONICLE_TOKEN") {
			t.Errorf("DELETE = %d %s; want 403 naming CHRONICLE_TOKEN", w.Code, w.Body)
		}
		if has, err := db.Has(t.Context(), id); err != nil || !has {
			t.Errorf("stored after a refused delete = %v, %v; want true", has, err)
		}
	})
	s, db := newServer(t, token)
	harbour := fixture(t)[0].Article.ID // the article with the one quote and the one place
	target := "/api/v1/articles/" + string(harbour)
	for _, auth := range []string{"", "Bearer not-the-token", "Basic " + token} {
		if w := do(t, s, "DELETE", target, "", "Authorization", auth); w.Code != 401 {
			t.Errorf("DELETE with Authorization %q = %d; want 401", auth, w.Code)
		}
	}
	// Only the whole ID: a prefix that names one article today may name
	// another tomorrow.
	for _, id := range []string{string(harbour[:8]), string(harbour[:15]), string(harbour) + "0", "not-an-id", string(harbour[:15]) + "g"} {
		w := do(t, s, "DELETE", "/api/v1/articles/"+id, "", "Authorization", "Bearer "+token)
		if v := decode(t, w); w.Code != 400 || !strings.Contains(v["error"].(string), "whole id") {
			t.Errorf("DELETE %s = %d %v; want 400 asking for the whole id", id, w.Code, v)
		}
	}
	if has, err := db.Has(t.Context(), harbour); err != nil || !has {
		t.Fatalf("stored after deletes of a prefix = %v, %v; want true", has, err)
	}
	w := do(t, s, "DELETE", target, "", "Authorization", "Bearer "+token)
	if w.Code != 204 || w.Body.Len() != 0 {
		t.Fatalf("DELETE = %d %q; want 204 with no body", w.Code, w.Body)
	}
	if has, err := db.Has(t.Context(), harbour); err != nil || has {
		t.Errorf("stored after delete = %v, %v; want false", has, err)
	}
	for _, tt := range []struct {
		target, field, key string
		want               []string
	}{
		{"/api/v1/articles", "hits", "article", []string{"Nordline opens an office", "Dockers protest the deal"}},
		{"/api/v1/quotes", "quotes", "text", nil},
		{"/api/v1/places", "places", "name", nil},
		{"/api/v1/events", "events", "type", []string{"PROTEST", "CONSULT"}},
		{"/api/v1/entities?type=LOC", "entities", "name", []string{"Oslo"}},
		{"/api/v1/timeline", "days", "day", []string{"2023-06-10", "2023-07-02"}},
	} {
		if got := list(decode(t, do(t, s, "GET", tt.target, "")), tt.field, tt.key); !equal(got, tt.want) {
			t.Errorf("GET %s after delete: %s.%s = %q; want %q", tt.target, tt.field, tt.key, got, tt.want)
		}
	}
	if v := decode(t, do(t, s, "GET", "/api/v1/stats", "")); v["articles"] != float64(2) || v["quotes"] != float64(0) {
		t.Errorf("stats after delete = %v", v)
	}
	for _, id := range []string{string(harbour), "0123456789abcdef"} {
		w := do(t, s, "DELETE", "/api/v1/articles/"+id, "", "Authorization", "Bearer "+token)
		if v := decode(t, w); w.Code != 404 || v["status"] != float64(404) || !strings.Contains(v["error"].(string), id) {
			t.Errorf("DELETE %s = %d %v; want 404 naming the id", id, w.Code, v)
		}
	}
	if w := do(t, s, "DELETE", "/api/v1/articles/0123", "", "Authorization", "Bearer "+token); w.Code != 400 {
		t.Errorf("DELETE of a short prefix = %d; want 400", w.Code)
	}

	// Stored again after a delete, it is new: 201, not 200.
	body := `{"date": "2023-08-01", "title": "Ferry line", "text": "Ana Costa opened a ferry line to Vigo on Tuesday."}`
	post := func() *httptest.ResponseRecorder {
		return do(t, s, "POST", "/api/v1/articles", body, "Authorization", "Bearer "+token)
	}
	w = post()
	if w.Code != 201 {
		t.Fatalf("POST = %d; want 201\n%s", w.Code, w.Body)
	}
	id := decode(t, w)["article"].(map[string]any)["id"].(string)
	if w := do(t, s, "DELETE", "/api/v1/articles/"+id, "", "Authorization", "Bearer "+token); w.Code != 204 {
		t.Fatalf("DELETE %s = %d; want 204", id, w.Code)
	}
	if w := post(); w.Code != 201 {
		t.Errorf("POST after delete = %d; want 201\n%s", w.Code, w.Body)
	}
}

func TestBadBodies(t *testing.T) {
	s, _ := newServer(t, token)
	big := `{"text": "` + strings.Repeat("word ", MaxBody/5+10) + `"}`
	medium := `{"text": "` + strings.Repeat("word ", MaxAnalyze/5+10) + `"}`
	auth := []string{"Authorization", "Bearer " + token}
	tests := []struct {
		name, path, body string
		status           int
		says             string
	}{
		{"too large", "/api/v1/articles", big, 413, "larger than"},
		{"too large to analyse", "/api/v1/analyze", medium, 413, "larger than"},
		{"empty", "/api/v1/articles", "", 400, "empty"},
		{"malformed", "/api/v1/articles", `{"text": `, 400, "JSON"},
		{"unknown field", "/api/v1/analyze", `{"text": "x", "author": "me"}`, 400, `"author"`},
		{"wrong type", "/api/v1/analyze", `{"text": 42}`, 400, "field text"},
		{"not an object", "/api/v1/analyze", `["text"]`, 400, "a JSON array; want an object"},
		{"bad date", "/api/v1/analyze", `{"text": "Words.", "date": "yesterday"}`, 400, "YYYY-MM-DD"},
		{"no text", "/api/v1/analyze", `{"title": "Only a title"}`, 400, "field text"},
		{"two objects", "/api/v1/analyze", `{"text": "a"} {"text": "b"}`, 400, "one JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "POST", tt.path, tt.body, auth...)
			if w.Code != tt.status {
				t.Fatalf("POST %s = %d; want %d\n%.300s", tt.path, w.Code, tt.status, w.Body)
			}
			if msg := decode(t, w)["error"].(string); !strings.Contains(msg, tt.says) {
				t.Errorf("error %q does not say %q", msg, tt.says)
			}
		})
	}
	t.Run("wrong content type", func(t *testing.T) {
		w := do(t, s, "POST", "/api/v1/analyze", `{"text": "a"}`, "Content-Type", "text/plain")
		if w.Code != 400 {
			t.Errorf("POST = %d; want 400", w.Code)
		}
	})
}

func TestAnalyze(t *testing.T) {
	s, db := newServer(t, "")
	text := "Ana Costa said on Monday that the ferry would run until June."
	w := do(t, s, "POST", "/api/v1/analyze", `{"date": "2023-08-01", "text": "`+text+`"}`)
	if w.Code != 200 {
		t.Fatalf("POST analyze = %d\n%s", w.Code, w.Body)
	}
	var d chronicle.Document
	if err := json.Unmarshal(w.Body.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Article.Text != text || d.Version != chronicle.RecordVersion || len(d.Sentences) != 1 {
		t.Errorf("record = %+v", d)
	}
	if has, _ := db.Has(t.Context(), d.Article.ID); has {
		t.Error("analyze stored the article")
	}
	// Every list of the record is a list, never null.
	for _, field := range []string{"sentences", "entities", "times", "quotes", "events"} {
		if _, ok := decode(t, w)[field].([]any); !ok {
			t.Errorf("%s is %v; want a list", field, decode(t, w)[field])
		}
	}
}

func TestMethods(t *testing.T) {
	s, _ := newServer(t, token)
	w := do(t, s, "PATCH", "/api/v1/articles/abc", "")
	if w.Code != 405 || w.Header().Get("Allow") != "GET, HEAD, DELETE" {
		t.Errorf("PATCH = %d, Allow %q; want 405 with GET, HEAD, DELETE", w.Code, w.Header().Get("Allow"))
	}
	if v := decode(t, w); v["status"] != float64(405) {
		t.Errorf("body = %v", v)
	}
	w = do(t, s, "PUT", "/api/v1/articles", "")
	if w.Code != 405 || w.Header().Get("Allow") != "GET, HEAD, POST" {
		t.Errorf("PUT = %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
	if w := do(t, s, "GET", "/api/v1/analyze", ""); w.Code != 405 {
		t.Errorf("GET analyze = %d; want 405", w.Code)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newServer(t, token)
	for _, target := range []string{"/api/v1/stats", "/api/v1/nothing", "/", "/article/abc"} {
		h := do(t, s, "GET", target, "").Header()
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", target, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: CSP allows %q", target, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: headers %v", target, h)
		}
	}
	if body := do(t, s, "GET", "/article/abc", "").Body.String(); body != "the ui" {
		t.Errorf("UI path served %q", body)
	}
}

func TestStatusTable(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("article x: %w", chronicle.ErrNotFound), 404},
		{fmt.Errorf("date: %w", chronicle.ErrInvalid), 400},
		{fmt.Errorf("twice: %w", chronicle.ErrConflict), 409},
		{errorf(errUnauthorized, "no"), 401},
		{errorf(errForbidden, "off"), 403},
		{errorf(errTooLarge, "big"), 413},
		{errorf(errBusy, "later"), 503},
		{errors.New("disk on fire"), 500},
	}
	for _, tt := range tests {
		if got := status(tt.err); got != tt.want {
			t.Errorf("status(%v) = %d; want %d", tt.err, got, tt.want)
		}
	}
	s, _ := newServer(t, token)
	w := httptest.NewRecorder()
	s.writeError(w, httptest.NewRequest("GET", "/x", nil), errors.New("secret path /var/db"))
	if v := decode(t, w); w.Code != 500 || v["error"] != "internal error" {
		t.Errorf("500 body = %v; want only 'internal error'", v)
	}
}

func TestOpenAPI(t *testing.T) {
	s, _ := newServer(t, token)
	w := do(t, s, "GET", "/api/v1/openapi.json", "")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi = %q; want 3.1.x", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	routed := map[string]bool{}
	for _, rt := range s.table() {
		routed[rt.method+" "+rt.path] = true
		if !documented[rt.method+" "+rt.path] {
			t.Errorf("route %s %s is not in openapi.json", rt.method, rt.path)
		}
	}
	for op := range documented {
		if !routed[op] {
			t.Errorf("openapi.json documents %s, which has no route", op)
		}
	}
}
