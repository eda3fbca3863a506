package gazetteer

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"sync"
)

// New loads a gazetteer from fsys, which holds the generated files under
// data/ and the hand-written tables under curated/, as Files does. Errors
// name the file, line and field at fault.
func New(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		countryCodes: map[string]int32{},
		demonyms:     make(names, 512),
		subCodes:     map[string]int32{},
		regions:      map[string]Region{},
		roleKey:      map[string]int32{},
		given:        make(map[string]struct{}, 10000),
		genders:      map[string]Gender{},
		org:          map[string]struct{}{},
	}
	steps := []struct {
		file string
		load func(*table) error
	}{
		{"data/countries.tsv", g.loadCountries},
		{"data/cities.tsv.gz", g.loadCities},
		{"curated/towns.tsv", g.loadTowns},
		{"curated/countries.tsv", g.loadCountryOverrides},
		{"curated/aliases.tsv", func(t *table) error { return g.loadNameCountry(t, g.countryNames) }},
		{"data/subdivisions.tsv.gz", g.loadSubdivisions},
		{"curated/subdivisions.tsv", g.loadCuratedSubdivisions},
		{"data/demonyms.tsv", func(t *table) error { return g.loadNameCountry(t, g.demonyms) }},
		{"curated/demonyms.tsv", func(t *table) error { return g.loadNameCountry(t, g.demonyms) }},
		{"curated/regions.tsv", g.loadRegions},
		{"curated/capitals.tsv", g.loadCapitals},
		{"curated/seats.tsv", g.loadSeats},
		{"curated/cities.tsv", g.loadCityAliases},
		{"curated/roles.tsv", g.loadRoles},
		{"data/givennames.txt", g.loadGivenNames},
		{"curated/givennames.txt", g.loadGivenNames},
		{"curated/genders.tsv", g.loadGenders},
		{"curated/orgwords.txt", g.loadOrgWords},
	}
	for _, s := range steps {
		t, err := openTable(fsys, s.file)
		if err != nil {
			return nil, err
		}
		if err := s.load(t); err != nil {
			return nil, err
		}
	}
	files := make([]string, len(steps))
	for i, s := range steps {
		files[i] = s.file
	}
	g.fingerprint = sync.OnceValue(func() string { return fingerprint(fsys, files) })
	g.buildKinds = sync.OnceFunc(g.indexKinds)
	g.places = sync.OnceValue(g.indexPlaces)
	g.namesakeCities = sync.OnceValue(g.indexNamesakeCities)
	return g, nil
}

// fingerprint returns a short hash of the given files of fsys, in order;
// "" when one cannot be read (New has read them all already).
func fingerprint(fsys fs.FS, files []string) string {
	h := sha256.New()
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return ""
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}

// A table is a tab-separated file being read row by row. Lines starting
// with "#" and blank lines are skipped.
type table struct {
	file   string
	rest   string // the text after the current row
	line   int    // 1-based number of the current row
	fields []string
	seen   map[string]int // first column → line, to catch duplicates
}

func openTable(fsys fs.FS, file string) (*table, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	if strings.HasSuffix(file, ".gz") {
		text, err := gunzip(b)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %s: %w", file, err)
		}
		return &table{file: file, rest: text, seen: map[string]int{}}, nil
	}
	return &table{file: file, rest: string(b), seen: map[string]int{}}, nil
}

// gunzip decompresses b into a string sized from the gzip trailer.
func gunzip(b []byte) (string, error) {
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	var out strings.Builder
	if n := len(b); n >= 4 {
		out.Grow(int(binary.LittleEndian.Uint32(b[n-4:])) + 1)
	}
	if _, err := io.Copy(&out, z); err != nil {
		return "", err
	}
	return out.String(), z.Close()
}

// rows returns an upper bound on the number of rows left.
func (t *table) rows() int { return strings.Count(t.rest, "\n") + 1 }

// next advances to the next row, which must have between min and max
// fields.
func (t *table) next(min, max int) (bool, error) {
	for t.rest != "" {
		s, rest, _ := strings.Cut(t.rest, "\n")
		s = strings.TrimSuffix(s, "\r")
		t.rest = rest
		t.line++
		if s == "" || s[0] == '#' {
			continue
		}
		t.fields = t.fields[:0]
		for {
			f, rest, more := strings.Cut(s, "\t")
			t.fields = append(t.fields, f)
			if !more {
				break
			}
			s = rest
		}
		if n := len(t.fields); n < min || n > max {
			if min == max {
				return false, t.errorf("have %d fields, want %d", n, min)
			}
			return false, t.errorf("have %d fields, want %d to %d", n, min, max)
		}
		for len(t.fields) < max {
			t.fields = append(t.fields, "")
		}
		return true, nil
	}
	return false, nil
}

func (t *table) errorf(format string, args ...any) error {
	return fmt.Errorf("gazetteer: %s:%d: %s", t.file, t.line, fmt.Sprintf(format, args...))
}

// unique returns an error if key was already the key of an earlier row.
func (t *table) unique(key string) error {
	if l, ok := t.seen[key]; ok {
		return t.errorf("%q repeats line %d", key, l)
	}
	t.seen[key] = t.line
	return nil
}

// key returns field i, which must not be empty, without its dots, and
// checks that no earlier row had the same key.
func (t *table) key(i int, name string) (string, error) {
	s, err := t.text(i, name)
	if err != nil {
		return "", err
	}
	s = stripDots(s)
	return s, t.unique(s)
}

// text returns field i, which must not be empty.
func (t *table) text(i int, name string) (string, error) {
	s := strings.TrimSpace(t.fields[i])
	if s == "" {
		return "", t.errorf("%s: empty", name)
	}
	return s, nil
}

// point returns fields i and i+1 as latitude and longitude; empty fields
// are NaN.
func (t *table) point(i int) (lat, lon float64, err error) {
	if lat, err = t.float(i, "lat", 90); err != nil {
		return 0, 0, err
	}
	lon, err = t.float(i+1, "lon", 180)
	return lat, lon, err
}

// float returns field i as a number; an empty field is NaN.
func (t *table) float(i int, name string, limit float64) (float64, error) {
	if t.fields[i] == "" {
		return math.NaN(), nil
	}
	f, err := strconv.ParseFloat(t.fields[i], 64)
	if err != nil || math.Abs(f) > limit {
		return 0, t.errorf("%s: bad value %q", name, t.fields[i])
	}
	return f, nil
}

// country returns the index of the country whose alpha-3 code is field i.
func (g *Gazetteer) country(t *table, i int) (int32, error) {
	c, ok := g.countryCodes[t.fields[i]]
	if !ok || len(t.fields[i]) != 3 {
		return 0, t.errorf("country: unknown alpha-3 code %q", t.fields[i])
	}
	return c, nil
}

// city returns the index of the most populous city called name in the
// country with alpha-3 code a3. Cities are sorted by falling population, so
// the scan is short for the large cities the curated tables name.
func (g *Gazetteer) city(t *table, name, a3 string) (int32, error) {
	for i, c := range g.cities {
		if c.Name == name && c.Country == a3 {
			return int32(i), nil
		}
	}
	return 0, t.errorf("no city %q in %s", name, a3)
}

func (g *Gazetteer) loadCountries(t *table) error {
	g.countryNames = make(names, 1024)
	for {
		ok, err := t.next(7, 7)
		if !ok || err != nil {
			return err
		}
		f := t.fields
		if len(f[0]) != 2 || len(f[1]) != 3 {
			return t.errorf("codes %q/%q: want alpha-2 and alpha-3", f[0], f[1])
		}
		if err := t.unique(f[1]); err != nil {
			return err
		}
		name, err := t.text(2, "name")
		if err != nil {
			return err
		}
		lat, lon, err := t.point(4)
		if err != nil {
			return err
		}
		i := int32(len(g.countries))
		g.countries = append(g.countries, Country{Alpha2: f[0], Alpha3: f[1], Name: name, Capital: f[3], Lat: zeroNaN(lat), Lon: zeroNaN(lon)})
		g.countryCodes[f[0]] = i
		g.countryCodes[f[1]] = i
		g.countryNames.add(name, i, false)
		for a := range strings.SplitSeq(f[6], "|") {
			g.countryNames.add(a, i, false)
		}
	}
}

func (g *Gazetteer) loadCities(t *table) error {
	g.cityNames = make(names, t.rows()*5/4)
	g.cities = make([]City, 0, t.rows()+64) // room for curated/towns.tsv
	prev := math.MaxInt
	for {
		ok, err := t.next(8, 8)
		if !ok || err != nil {
			return err
		}
		c, err := g.cityRow(t)
		if err != nil {
			return err
		}
		if c.Population > prev {
			return t.errorf("population %d: rows must be sorted by falling population", c.Population)
		}
		prev = c.Population
		if f := t.fields[7]; f != "0" && f != "1" {
			return t.errorf("capital: bad value %q, want 0 or 1", f)
		}
		c.Capital = t.fields[7] == "1"
		g.addCity(c, t.fields[1])
	}
}

// loadTowns adds the curated places the generated cities leave out. A
// generated city of the same name keeps the name; CityIn finds the town.
func (g *Gazetteer) loadTowns(t *table) error {
	for {
		ok, err := t.next(8, 8)
		if !ok || err != nil {
			return err
		}
		c, err := g.cityRow(t)
		if err != nil {
			return err
		}
		if err := t.unique(c.Name + "\t" + c.Country + "\t" + c.Admin); err != nil {
			return err
		}
		if _, err := t.text(7, "source"); err != nil {
			return err
		}
		g.addCity(c, t.fields[1])
	}
}

// cityRow reads the fields a row of cities.tsv.gz and towns.tsv share:
// name, aliases (left to the caller), alpha-3, admin code, population,
// latitude and longitude.
func (g *Gazetteer) cityRow(t *table) (City, error) {
	f := t.fields
	name, err := t.text(0, "name")
	if err != nil {
		return City{}, err
	}
	ci, err := g.country(t, 2)
	if err != nil {
		return City{}, err
	}
	pop, err := strconv.Atoi(f[4])
	if err != nil || pop < 0 {
		return City{}, t.errorf("population: bad value %q", f[4])
	}
	lat, lon, err := t.point(5)
	if err != nil {
		return City{}, err
	}
	if math.IsNaN(lat) || math.IsNaN(lon) {
		return City{}, t.errorf("lat/lon: missing")
	}
	return City{Name: name, Country: g.countries[ci].Alpha3, Admin: f[3], Population: pop, Lat: lat, Lon: lon}, nil
}

// addCity appends c, under its name and aliases ("|"-separated); a city
// added earlier keeps a name they share.
func (g *Gazetteer) addCity(c City, aliases string) {
	i := int32(len(g.cities))
	g.cities = append(g.cities, c)
	g.cityNames.add(c.Name, i, false)
	for a := range strings.SplitSeq(aliases, "|") {
		g.cityNames.add(a, i, false)
	}
}

func (g *Gazetteer) loadCountryOverrides(t *table) error {
	for {
		ok, err := t.next(2, 3)
		if !ok || err != nil {
			return err
		}
		ci, err := g.country(t, 0)
		if err != nil {
			return err
		}
		if err := t.unique(t.fields[0]); err != nil {
			return err
		}
		c := &g.countries[ci]
		if c.Name, err = t.text(1, "name"); err != nil {
			return err
		}
		g.countryNames.add(c.Name, ci, true)
		if capital := strings.TrimSpace(t.fields[2]); capital != "" {
			k, err := g.city(t, capital, c.Alpha3)
			if err != nil {
				return err
			}
			p := g.cities[k]
			c.Capital, c.Lat, c.Lon = p.Name, p.Lat, p.Lon
		}
	}
}

func (g *Gazetteer) loadSubdivisions(t *table) error {
	g.subNames = make(names, t.rows()*3/2)
	g.subs = make([]Subdivision, 0, t.rows()+100)
	type child struct {
		i       int32
		aliases string
	}
	var children []child
	for {
		ok, err := t.next(8, 8)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		f := t.fields
		if _, ok := g.subCodes[f[0]]; ok {
			return t.errorf("code %q repeats", f[0])
		}
		name, err := t.text(1, "name")
		if err != nil {
			return err
		}
		ci, err := g.country(t, 4)
		if err != nil {
			return err
		}
		c := g.countries[ci]
		if !strings.HasPrefix(f[0], c.Alpha2+"-") {
			return t.errorf("code %q: not in %s", f[0], c.Alpha2)
		}
		lat, lon, err := t.point(5)
		if err != nil {
			return err
		}
		point := !math.IsNaN(lat) && !math.IsNaN(lon)
		if !point {
			lat, lon = c.Lat, c.Lon
			if k, ok := g.cityOfName(c.Alpha3, name, f[7]); ok {
				lat, lon, point = g.cities[k].Lat, g.cities[k].Lon, true // "Baghdād" at Baghdad
			}
		}
		i := int32(len(g.subs))
		g.subs = append(g.subs, Subdivision{Code: f[0], Name: name, Type: f[2], Country: c.Alpha3, Lat: lat, Lon: lon, Point: point})
		g.subCodes[f[0]] = i
		if f[3] != "" {
			children = append(children, child{i, f[7]})
			continue
		}
		g.addSubNames(i, f[7])
	}
	// Top-level subdivisions take a name before the lower levels do.
	for _, c := range children {
		g.addSubNames(c.i, c.aliases)
	}
	return nil
}

// addSubNames records the name and aliases of subdivision i, and for a
// county the forms news gives it: "County Kerry", "Nairobi County".
func (g *Gazetteer) addSubNames(i int32, aliases string) {
	s := g.subs[i]
	g.subNames.add(s.Name, i, false)
	for a := range strings.SplitSeq(aliases, "|") {
		g.subNames.add(a, i, false)
	}
	if s.Type == "County" {
		g.subNames.add("County "+s.Name, i, false)
		g.subNames.add(s.Name+" County", i, false)
	}
}

// cityOfName returns the city of country a3 called name or one of
// aliases ("|"-separated): where the data gives a subdivision no point,
// the city it is named after ("Baghdād" province, whose alias "Baghdad"
// is the city's name) stands for it.
func (g *Gazetteer) cityOfName(a3, name, aliases string) (int32, bool) {
	if i, ok := g.cityNames.find(name); ok && g.cities[i].Country == a3 {
		return i, true
	}
	for a := range strings.SplitSeq(aliases, "|") {
		if i, ok := g.cityNames.find(a); ok && a != "" && g.cities[i].Country == a3 {
			return i, true
		}
	}
	return 0, false
}

func (g *Gazetteer) loadCuratedSubdivisions(t *table) error {
	for {
		ok, err := t.next(5, 5)
		if !ok || err != nil {
			return err
		}
		f := t.fields
		alias, err := t.key(0, "alias")
		if err != nil {
			return err
		}
		ci, err := g.country(t, 2)
		if err != nil {
			return err
		}
		c := g.countries[ci]
		var i int32
		if f[1] == "-" {
			name, err := t.text(3, "name")
			if err != nil {
				return err
			}
			if j, ok := g.subNames[stripDots(name)]; ok && g.subs[j].Code == "" && g.subs[j].Country == c.Alpha3 {
				i = j // another alias of a region already added
			} else {
				i = int32(len(g.subs))
				g.subs = append(g.subs, Subdivision{Name: name, Type: "Region", Country: c.Alpha3, Lat: c.Lat, Lon: c.Lon})
				g.subNames.add(name, i, true)
			}
		} else {
			var ok bool
			if i, ok = g.subCodes[f[1]]; !ok {
				return t.errorf("code: unknown subdivision %q", f[1])
			}
			if g.subs[i].Country != c.Alpha3 {
				return t.errorf("code %q: not in %s", f[1], c.Alpha3)
			}
			if f[3] != "" {
				g.subs[i].Name = f[3]
			}
		}
		if f[4] != "" {
			k, err := g.city(t, f[4], c.Alpha3)
			if err != nil {
				return err
			}
			g.subs[i].Lat, g.subs[i].Lon, g.subs[i].Point = g.cities[k].Lat, g.cities[k].Lon, true
		}
		g.subNames.add(alias, i, true)
	}
}

func (g *Gazetteer) loadRegions(t *table) error {
	for {
		ok, err := t.next(4, 4)
		if !ok || err != nil {
			return err
		}
		word, err := t.key(0, "word")
		if err != nil {
			return err
		}
		code, err := t.text(1, "code")
		if err != nil {
			return err
		}
		name, err := t.text(2, "name")
		if err != nil {
			return err
		}
		switch t.fields[3] {
		case "place":
		case "demonym":
			word = "\x00" + word // marks a demonym; see Region
		default:
			return t.errorf("kind: bad value %q, want place or demonym", t.fields[3])
		}
		g.regions[stripDots(word)] = Region{Code: code, Name: name}
	}
}

func (g *Gazetteer) loadCapitals(t *table) error {
	g.capitals = make(names, 256)
	return g.loadNameCountry(t, g.capitals)
}

func (g *Gazetteer) loadSeats(t *table) error {
	g.seats = make(names, 128)
	return g.loadNameCountry(t, g.seats)
}

func (g *Gazetteer) loadNameCountry(t *table, n names) error {
	for {
		ok, err := t.next(2, 2)
		if !ok || err != nil {
			return err
		}
		name, err := t.key(0, "name")
		if err != nil {
			return err
		}
		ci, err := g.country(t, 1)
		if err != nil {
			return err
		}
		n.add(name, ci, true)
	}
}

func (g *Gazetteer) loadCityAliases(t *table) error {
	for {
		ok, err := t.next(3, 3)
		if !ok || err != nil {
			return err
		}
		alias, err := t.key(0, "alias")
		if err != nil {
			return err
		}
		if _, err := g.country(t, 2); err != nil {
			return err
		}
		k, err := g.city(t, t.fields[1], t.fields[2])
		if err != nil {
			return err
		}
		g.cityNames.add(alias, k, true)
	}
}

// sectors are the sector codes a role may carry.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "LEG": true, "JUD": true,
	"COP": true, "SPY": true, "REL": true, "BUS": true, "MED": true, "EDU": true, "NGO": true,
	"IGO": true, "LAB": true, "HLH": true, "CRM": true, "CVL": true,
}

func (g *Gazetteer) loadRoles(t *table) error {
	for {
		ok, err := t.next(2, 3)
		if !ok || err != nil {
			return err
		}
		title, err := t.text(0, "title")
		if err != nil {
			return err
		}
		k := normRole(title)
		if err := t.unique(k); err != nil {
			return err
		}
		if !sectors[t.fields[1]] {
			return t.errorf("sector: unknown code %q", t.fields[1])
		}
		var country string
		if t.fields[2] != "" {
			ci, err := g.country(t, 2)
			if err != nil {
				return err
			}
			country = g.countries[ci].Alpha3
		}
		g.roleKey[k] = int32(len(g.roles))
		g.roles = append(g.roles, Role{Title: k, Sector: t.fields[1], Country: country})
	}
}

// loadGivenNames reads given names with an optional second column, the
// gender (see readGender).
func (g *Gazetteer) loadGivenNames(t *table) error {
	return loadWords(t, g.given, g.readGender(t))
}

// loadGenders reads the genders of given names, which a later table's
// gender replaces, without adding the names to the given names: what is a
// given name is the generated list's word, which the recognizer's
// features read.
func (g *Gazetteer) loadGenders(t *table) error {
	return loadWords(t, map[string]struct{}{}, g.readGender(t))
}

// readGender returns what keeps the gender column of t's rows: f, m, or
// empty for a name borne by both or of unknown gender.
func (g *Gazetteer) readGender(t *table) func(w, gender string) error {
	return func(w, gender string) error {
		switch gender {
		case "":
		case "f", "m":
			g.genders[strings.ToLower(w)] = Gender(gender[0])
		default:
			return t.errorf("gender %q: want f, m or nothing", gender)
		}
		return nil
	}
}

func (g *Gazetteer) loadOrgWords(t *table) error {
	return loadWords(t, g.org, nil)
}

// loadWords reads one word a row into set; when second is not nil, a row
// may have a second column, which second is given with the word.
func loadWords(t *table, set map[string]struct{}, second func(w, field string) error) error {
	generated := strings.HasPrefix(t.file, "data/")
	cols := 1
	if second != nil {
		cols = 2
	}
	for {
		ok, err := t.next(1, cols)
		if !ok || err != nil {
			return err
		}
		w, err := t.text(0, "word")
		if err != nil {
			return err
		}
		if strings.ContainsRune(w, ' ') {
			return t.errorf("word %q: want a single word", w)
		}
		if !generated {
			if err := t.unique(w); err != nil {
				return err
			}
		}
		w = stripDots(w)
		set[w] = struct{}{}
		if second != nil {
			if err := second(w, strings.TrimSpace(t.fields[1])); err != nil {
				return err
			}
		}
	}
}

func zeroNaN(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return f
}
