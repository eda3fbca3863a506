package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// GDELTColumns are the columns of the "gdelt" format, a tab-separated
// table shaped like a GDELT 2.0 event table: the columns keep GDELT's names
// and order for what Chronicle knows (actor names, countries and types,
// the CAMEO root code of the PLOVER type, the quad class, a Goldstein-like
// score, the action's place and the source URL) and add the PLOVER type,
// mode and Chronicle's ids. EventCode and EventBaseCode hold the root
// code: Chronicle codes PLOVER types, not CAMEO's finer codes.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
	"DATEADDED", "SOURCEURL",
	"PLOVERType", "PLOVERMode", "ArticleID", "EventID",
}

// CSVColumns are the columns of the "csv" format, one event a row; lists
// (actors, their countries and sectors) are joined with ";".
var CSVColumns = []string{
	"article_id", "event_id", "date", "type", "mode", "quad_class", "score",
	"source_ids", "source_names", "source_countries", "source_sectors",
	"target_ids", "target_names", "target_countries", "target_sectors",
	"location_name", "location_country", "location_lat", "location_lon",
	"trigger", "negated", "hypothetical", "future", "confidence",
	"article_date", "article_title", "article_url", "sentence", "why",
}

type tableEncoder struct {
	w   *csv.Writer
	row func(Record) []string
}

func newTable(w io.Writer, comma rune, cols []string, row func(Record) []string) (*tableEncoder, error) {
	t := &tableEncoder{w: csv.NewWriter(w), row: row}
	t.w.Comma = comma
	if err := t.w.Write(cols); err != nil {
		return nil, err
	}
	return t, nil
}

// Write writes r as one row.
func (t *tableEncoder) Write(r Record) error { return t.w.Write(t.row(r)) }

// Close flushes the rows written.
func (t *tableEncoder) Close() error {
	t.w.Flush()
	return t.w.Error()
}

func gdeltRow(r Record) []string {
	e := r.Event
	date := eventDate(r)
	sql, monthYear, year, fraction := gdeltDates(date)
	a1, a2 := first(r.sources()), first(r.targets())
	root := CAMEORoot(e.Type, e.Mode)
	row := []string{
		string(r.Article.ID) + "-" + string(e.ID), sql, monthYear, year, fraction,
		actorCode(a1), a1.Name, a1.Country, a1.Sector,
		actorCode(a2), a2.Name, a2.Country, a2.Sector,
		"1", root, root, root, strconv.Itoa(QuadClass(e.Type)), num(Score(e.Type, e.Mode)),
		"1", "1", "1",
	}
	if l := e.Location; l != nil {
		row = append(row, "4", l.Name, l.Country, num(l.Lat), num(l.Lon))
	} else {
		row = append(row, "0", "", "", "", "")
	}
	added := strings.ReplaceAll(r.Article.Date.String(), "-", "")
	return append(row, added, r.Article.URL, string(e.Type), e.Mode, string(r.Article.ID), string(e.ID))
}

// gdeltDates returns GDELT's date columns for an ISO date of any
// precision: SQLDATE (YYYYMMDD, with 00 for an unknown month or day),
// MonthYear (YYYYMM), Year and FractionDate (year plus the share of it
// gone, to three places).
func gdeltDates(date string) (sql, monthYear, year, fraction string) {
	if len(date) < 4 {
		return "", "", "", ""
	}
	y, m, d := date[:4], "00", "00"
	if len(date) >= 7 && date[4] == '-' && isNum(date[5:7]) {
		m = date[5:7]
	}
	if len(date) >= 10 && date[7] == '-' && isNum(date[8:10]) {
		d = date[8:10]
	}
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	f := float64(yy)
	if mm > 0 {
		days := (mm-1)*30 + max(dd, 1)
		f += float64(days) / 365
	}
	return y + m + d, y + m, y, strconv.FormatFloat(f, 'f', 3, 64)
}

func isNum(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// actorCode is GDELT's CAMEO-style actor code: country then sector.
func actorCode(a Actor) string { return a.Country + a.Sector }

func first(as []Actor) Actor {
	if len(as) == 0 {
		return Actor{}
	}
	return as[0]
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func csvRow(r Record) []string {
	e := r.Event
	join := func(as []Actor, f func(Actor) string) string {
		parts := make([]string, len(as))
		for i, a := range as {
			parts[i] = f(a)
		}
		return strings.Join(parts, ";")
	}
	src, tgt := r.sources(), r.targets()
	id := func(a Actor) string { return string(a.ID) }
	name := func(a Actor) string { return a.Name }
	country := func(a Actor) string { return a.Country }
	sector := func(a Actor) string { return a.Sector }
	row := []string{
		string(r.Article.ID), string(e.ID), eventDate(r), string(e.Type), e.Mode,
		strconv.Itoa(QuadClass(e.Type)), num(Score(e.Type, e.Mode)),
		join(src, id), join(src, name), join(src, country), join(src, sector),
		join(tgt, id), join(tgt, name), join(tgt, country), join(tgt, sector),
	}
	if l := e.Location; l != nil {
		row = append(row, l.Name, l.Country, num(l.Lat), num(l.Lon))
	} else {
		row = append(row, "", "", "", "")
	}
	return append(row, e.Trigger.Text, strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hypothetical),
		strconv.FormatBool(e.Future), num(e.Confidence),
		r.Article.Date.String(), r.Article.Title, r.Article.URL, oneLine(r.Sentence), oneLine(e.Why))
}

// oneLine folds line breaks into spaces, so each row is one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
