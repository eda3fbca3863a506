package gazetteer

import (
	"math"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultCounts(t *testing.T) {
	g := Default()
	if g != Default() {
		t.Fatal("Default returned two gazetteers")
	}
	for _, c := range []struct {
		what     string
		got, min int
	}{
		{"countries", len(g.Countries()), 240},
		{"cities", g.Cities(), 20000},
		{"subdivisions", g.Subdivisions(), 4000},
		{"given names", g.GivenNames(), 1000},
		{"roles", len(g.Roles()), 200},
		{"demonyms", len(g.demonyms), 200},
		{"seats of power", len(g.seats), 50},
		{"capitals", len(g.capitals), 100},
	} {
		if c.got < c.min {
			t.Errorf("%d %s, want at least %d", c.got, c.what, c.min)
		}
	}
	for _, c := range g.Countries() {
		if len(c.Alpha2) != 2 || len(c.Alpha3) != 3 || c.Name == "" {
			t.Errorf("country %+v: incomplete", c)
		}
		if strings.ContainsAny(c.Name, ",()") {
			t.Errorf("country %s: name %q is not a display name", c.Alpha3, c.Name)
		}
	}
}

func TestCountry(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, want string }{
		{"US", "USA"}, {"U.S.", "USA"}, {"USA", "USA"}, {"U.S.A.", "USA"}, {"America", "USA"},
		{"United States", "USA"}, {"the United States", "USA"}, {"United States of America", "USA"},
		{"UK", "GBR"}, {"U.K.", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"}, {"United Kingdom", "GBR"},
		{"Russia", "RUS"}, {"Russian Federation", "RUS"}, {"South Korea", "KOR"}, {"North Korea", "PRK"},
		{"Iran", "IRN"}, {"Syria", "SYR"}, {"Vatican", "VAT"}, {"Holy See", "VAT"}, {"Palestine", "PSE"},
		{"Taiwan", "TWN"}, {"Kosovo", "XKX"}, {"Czechia", "CZE"}, {"Czech Republic", "CZE"},
		{"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"Burma", "MMR"}, {"Myanmar", "MMR"},
		{"Ukraine", "UKR"}, {"UKRAINE", "UKR"}, {"BOSNIA AND HERZEGOVINA", "BIH"}, {"Georgia", "GEO"},
		{"Turkey", "TUR"}, {"Türkiye", "TUR"}, {"China", "CHN"}, {"DRC", "COD"}, {"UAE", "ARE"},
	} {
		got, ok := g.Country(c.name)
		if !ok || got.Alpha3 != c.want {
			t.Errorf("Country(%q) = %s, %v; want %s", c.name, got.Alpha3, ok, c.want)
		}
	}
	for _, name := range []string{"us", "china", "turkey", "chad", "Texas", "", "Paris"} {
		if got, ok := g.Country(name); ok {
			t.Errorf("Country(%q) = %s, want none", name, got.Alpha3)
		}
	}
}

func TestCountryDetails(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, a2, a3, display, capital string }{
		{"US", "US", "USA", "United States", "Washington, D.C."},
		{"Russia", "RU", "RUS", "Russia", "Moscow"},
		{"China", "CN", "CHN", "China", "Beijing"},
		{"Ukraine", "UA", "UKR", "Ukraine", "Kyiv"},
		{"Israel", "IL", "ISR", "Israel", "Jerusalem"},
		{"Kosovo", "XK", "XKX", "Kosovo", "Pristina"},
	} {
		got, ok := g.Country(c.name)
		if !ok || got.Alpha2 != c.a2 || got.Alpha3 != c.a3 || got.Name != c.display || got.Capital != c.capital {
			t.Errorf("Country(%q) = %+v, want %s/%s %q capital %q", c.name, got, c.a2, c.a3, c.display, c.capital)
		}
	}
	fr, _ := g.Country("France")
	if math.Abs(fr.Lat-48.85) > 0.1 || math.Abs(fr.Lon-2.35) > 0.1 {
		t.Errorf("France at %v,%v, want Paris's coordinates", fr.Lat, fr.Lon)
	}
}

func TestCountryByCode(t *testing.T) {
	g := Default()
	for _, c := range []struct{ code, want string }{
		{"US", "USA"}, {"USA", "USA"}, {"gb", "GBR"}, {"GBR", "GBR"}, {"UA", "UKR"}, {"XK", "XKX"}, {"XKX", "XKX"},
	} {
		got, ok := g.CountryByCode(c.code)
		if !ok || got.Alpha3 != c.want {
			t.Errorf("CountryByCode(%q) = %s, %v; want %s", c.code, got.Alpha3, ok, c.want)
		}
	}
	for _, code := range []string{"UK", "ZZ", "ZZZ", "", "America"} {
		if got, ok := g.CountryByCode(code); ok {
			t.Errorf("CountryByCode(%q) = %s, want none", code, got.Alpha3)
		}
	}
}

func TestDemonym(t *testing.T) {
	g := Default()
	for _, c := range []struct{ word, want string }{
		{"Ukrainian", "UKR"}, {"Ukrainians", "UKR"}, {"American", "USA"}, {"Americans", "USA"},
		{"British", "GBR"}, {"Welsh", "GBR"}, {"French", "FRA"}, {"Russian", "RUS"}, {"Israeli", "ISR"},
		{"Palestinian", "PSE"}, {"Iranian", "IRN"}, {"Chinese", "CHN"}, {"South Korean", "KOR"},
		{"Congolese", "COD"}, {"Swiss", "CHE"}, {"Dutch", "NLD"}, {"Kosovar", "XKX"}, {"Afghan", "AFG"},
	} {
		got, ok := g.Demonym(c.word)
		if !ok || got.Alpha3 != c.want {
			t.Errorf("Demonym(%q) = %s, %v; want %s", c.word, got.Alpha3, ok, c.want)
		}
	}
	for _, w := range []string{"European", "Arab", "ukrainian", "Ukraine", "Bermuda"} {
		if got, ok := g.Demonym(w); ok {
			t.Errorf("Demonym(%q) = %s, want none", w, got.Alpha3)
		}
	}
}

func TestRegion(t *testing.T) {
	g := Default()
	for _, c := range []struct{ word, want string }{
		{"European", "EUR"}, {"Europeans", "EUR"}, {"EU", "EU"}, {"E.U.", "EU"}, {"European Union", "EU"},
		{"Middle East", "MEA"}, {"the Middle East", "MEA"}, {"Arab", "MEA"}, {"the West", "WST"}, {"Balkans", "BLK"},
	} {
		got, ok := g.Region(c.word)
		if !ok || got.Code != c.want {
			t.Errorf("Region(%q) = %+v, %v; want %s", c.word, got, ok, c.want)
		}
	}
	if got, ok := g.Region("France"); ok {
		t.Errorf("Region(France) = %+v, want none", got)
	}
}

func TestCity(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name, want, country string
		capital             bool
	}{
		{"Rome", "Rome", "ITA", true},
		{"Paris", "Paris", "FRA", true},
		{"Beijing", "Beijing", "CHN", true},
		{"Kyiv", "Kyiv", "UKR", true},
		{"Kiev", "Kyiv", "UKR", true},
		{"Washington", "Washington, D.C.", "USA", true},
		{"Washington, DC", "Washington, D.C.", "USA", true},
		{"Washington, D.C.", "Washington, D.C.", "USA", true},
		{"Moscow", "Moscow", "RUS", true},
		{"London", "London", "GBR", true},
		{"Tehran", "Tehran", "IRN", true},
		{"Jerusalem", "Jerusalem", "ISR", false},
		{"New York", "New York City", "USA", false},
		{"Sao Paulo", "São Paulo", "BRA", false},
		{"Zurich", "Zürich", "CHE", false},
		{"Odesa", "Odessa", "UKR", false},
		{"Mariupol", "Mariupol", "UKR", false},
		{"Tripoli", "Tripoli", "LBY", true},
		{"St. Petersburg", "Saint Petersburg", "RUS", false},
		{"Sukhumi", "Sokhumi", "GEO", false},
		{"Gagra", "Gagra", "GEO", false},
		{"Azamiyah", "Adhamiyah", "IRQ", false},
		{"Adhamiya", "Adhamiyah", "IRQ", false},
		{"Fort Lee", "Fort Lee", "USA", false}, // New Jersey's, the larger; see TestCityIn
	} {
		got, ok := g.City(c.name)
		if !ok || got.Name != c.want || got.Country != c.country || got.Capital != c.capital {
			t.Errorf("City(%q) = %+v, %v; want %s in %s (capital %v)", c.name, got, ok, c.want, c.country, c.capital)
		}
	}
	if got, ok := g.City("Xyzzyville"); ok {
		t.Errorf("City(Xyzzyville) = %+v", got)
	}
}

func TestCityIn(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name, within, admin string
		lat                 float64
	}{
		{"Fort Lee", "Virginia", "VA", 37.25},
		{"Fort Lee", "New Jersey", "NJ", 40.85},
		{"Fort Lee", "US-VA", "VA", 37.25},
		{"Portland", "Maine", "ME", 43.66},
		{"Portland", "Oregon", "OR", 45.52},
		{"Atlanta", "Georgia", "GA", 33.75}, // not in the country Georgia, so the US state
		{"Paris", "Texas", "TX", 33.66},
		{"Paris", "France", "11", 48.85},
		{"Gagra", "Abkhazia", "02", 43.28}, // Abkhazia's point is Sokhumi's, which gives GeoNames' code
		{"Birmingham", "Alabama", "AL", 33.52},
		{"Birmingham", "England", "ENG", 52.48},
	} {
		got, ok := g.CityIn(c.name, c.within)
		if !ok || got.Admin != c.admin || math.Abs(got.Lat-c.lat) > 0.01 {
			t.Errorf("CityIn(%q, %q) = %+v, %v; want admin %s at lat %.2f", c.name, c.within, got, ok, c.admin, c.lat)
		}
	}
	for _, c := range [][2]string{{"Fort Lee", "Texas"}, {"Paris", "Germany"}, {"Xyzzyville", "Ohio"}, {"Paris", "Nowhere"}} {
		if got, ok := g.CityIn(c[0], c[1]); ok {
			t.Errorf("CityIn(%q, %q) = %+v, want none", c[0], c[1], got)
		}
	}
}

func TestSubdivision(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, code, country string }{
		{"Crimea", "UA-43", "UKR"},
		{"California", "US-CA", "USA"},
		{"Texas", "US-TX", "USA"},
		{"Georgia", "US-GA", "USA"}, // the state; Country("Georgia") is the country
		{"Bavaria", "DE-BY", "DEU"},
		{"Bayern", "DE-BY", "DEU"},
		{"Catalonia", "ES-CT", "ESP"},
		{"Catalunya", "ES-CT", "ESP"},
		{"Donbas", "", "UKR"},
		{"West Bank", "", "PSE"},
		{"Gaza Strip", "", "PSE"},
		{"US-NY", "US-NY", "USA"},
		{"Scotland", "GB-SCT", "GBR"},
		{"Washington state", "US-WA", "USA"}, // Washington alone is the capital (City, Place)
		{"Washington State", "US-WA", "USA"},
		{"County Kerry", "IE-KY", "IRL"},
		{"Kerry County", "IE-KY", "IRL"},
		{"Mombasa County", "KE-28", "KEN"},
	} {
		got, ok := g.Subdivision(c.name)
		if !ok || got.Code != c.code || got.Country != c.country {
			t.Errorf("Subdivision(%q) = %+v, %v; want %q in %s", c.name, got, ok, c.code, c.country)
		}
	}
	ca, _ := g.Subdivision("California")
	if ca.Lat < 32 || ca.Lat > 42 || ca.Lon > -114 || ca.Lon < -125 {
		t.Errorf("California at %v,%v: outside the state", ca.Lat, ca.Lon)
	}
	cr, _ := g.Subdivision("Crimea")
	if cr.Name != "Crimea" || cr.Lat < 44 || cr.Lat > 46 {
		t.Errorf("Crimea = %+v", cr)
	}
}

func TestPlace(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name, want, country string
		lat, lon            float64
	}{
		{"Georgia", "Georgia", "GEO", 41.7, 44.8},
		{"Paris", "Paris", "FRA", 48.85, 2.35},
		{"Rome", "Rome", "ITA", 41.9, 12.5},
		{"Washington", "Washington, D.C.", "USA", 38.9, -77.0},
		{"Crimea", "Crimea", "UKR", 44.96, 34.1},
		{"U.S.", "United States", "USA", 38.9, -77.0},
		{"Kiev", "Kyiv", "UKR", 50.45, 30.5},
		{"California", "California", "USA", 34.05, -118.2},
	} {
		got, ok := g.Place(c.name)
		if !ok || got.Name != c.want || got.Country != c.country || math.Abs(got.Lat-c.lat) > 0.2 || math.Abs(got.Lon-c.lon) > 0.2 {
			t.Errorf("Place(%q) = %+v, %v; want %s in %s at %v,%v", c.name, got, ok, c.want, c.country, c.lat, c.lon)
		}
	}
	if got, ok := g.Place("Nowhere Special"); ok {
		t.Errorf("Place(Nowhere Special) = %+v", got)
	}
}

func TestSeatOfPower(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, want string }{
		{"White House", "USA"}, {"the White House", "USA"}, {"Pentagon", "USA"}, {"Kremlin", "RUS"},
		{"Downing Street", "GBR"}, {"No. 10", "GBR"}, {"Élysée", "FRA"}, {"Elysee Palace", "FRA"},
		{"Zhongnanhai", "CHN"}, {"Blue House", "KOR"}, {"Bankova", "UKR"},
		{"Stormont", "GBR"}, {"Holyrood", "GBR"}, {"Leinster House", "IRL"},
	} {
		got, ok := g.SeatOfPower(c.name)
		if !ok || got.Alpha3 != c.want {
			t.Errorf("SeatOfPower(%q) = %s, %v; want %s", c.name, got.Alpha3, ok, c.want)
		}
	}
	if got, ok := g.SeatOfPower("Big Ben"); ok {
		t.Errorf("SeatOfPower(Big Ben) = %s", got.Alpha3)
	}
}

func TestCapital(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, want string }{
		{"Moscow", "RUS"}, {"Kyiv", "UKR"}, {"Kiev", "UKR"}, {"Washington", "USA"}, {"Beijing", "CHN"},
		{"London", "GBR"}, {"Paris", "FRA"}, {"Tehran", "IRN"}, {"Jerusalem", "ISR"}, {"Washington, D.C.", "USA"},
	} {
		got, ok := g.Capital(c.name)
		if !ok || got.Alpha3 != c.want {
			t.Errorf("Capital(%q) = %s, %v; want %s", c.name, got.Alpha3, ok, c.want)
		}
	}
	if got, ok := g.Capital("Chicago"); ok {
		t.Errorf("Capital(Chicago) = %s", got.Alpha3)
	}
}

func TestRole(t *testing.T) {
	g := Default()
	for _, c := range []struct{ title, want, sector string }{
		{"President", "president", "GOV"},
		{"Taoiseach", "taoiseach", "GOV"},
		{"Tánaiste", "tánaiste", "GOV"},
		{"presidential candidate", "presidential candidate", "PTY"},
		{"military attaché", "military attaché", "MIL"},
		{"Military Attache", "military attache", "MIL"},
		{"chief executive", "chief executive", "BUS"},
		{"Chief Executive Officer", "chief executive officer", "BUS"},
		{"chairman and chief executive", "chairman and chief executive", "BUS"},
		{"Chairman and CEO", "chairman and ceo", "BUS"},
		{"chief financial officer", "chief financial officer", "BUS"},
		{"broadcasting minister", "broadcasting minister", "GOV"},
		{"First Minister", "first minister", "GOV"},
		{"Deputy First Minister", "deputy first minister", "GOV"},
		{"Lord Mayor", "lord mayor", "GOV"},
		{"Chancellor of the Exchequer", "chancellor of the exchequer", "GOV"},
		{"Archbishop", "archbishop", "REL"},
		{"Premier", "premier", "GOV"},
		{"Deputy Premier", "deputy premier", "GOV"},
		{"prime minister", "prime minister", "GOV"},
		{"Prime Minister", "prime minister", "GOV"},
		{"Vice-President", "vice president", "GOV"},
		{"Foreign Minister", "foreign minister", "GOV"},
		{"Secretary of State", "secretary of state", "GOV"},
		{"chief of staff", "chief of staff", "GOV"},
		{"communications director", "communications director", "GOV"},
		{"Ambassador", "ambassador", "GOV"},
		{"spokesperson", "spokesperson", "GOV"},
		{"General", "general", "MIL"},
		{"Gen.", "gen", "MIL"},
		{"Cpl.", "cpl", "MIL"},
		{"Pvt.", "pvt", "MIL"},
		{"Deputy Leader", "deputy leader", "PTY"},
		{"commander-in-chief", "commander in chief", "MIL"},
		{"Pope", "pope", "REL"},
		{"King", "king", "GOV"},
		{"Queen", "queen", "GOV"},
		{"Senator", "senator", "LEG"},
		{"congressman", "congressman", "LEG"},
		{"judge", "judge", "JUD"},
		{"CEO", "ceo", "BUS"},
		{"rebel leader", "rebel leader", "REB"},
		{"chargé d'affaires", "chargé d'affaires", "GOV"},
		{"CHARGÉ D'AFFAIRES", "chargé d'affaires", "GOV"},
	} {
		got, ok := g.Role(c.title)
		if !ok || got.Title != c.want || got.Sector != c.sector {
			t.Errorf("Role(%q) = %+v, %v; want %s %s", c.title, got, ok, c.want, c.sector)
		}
	}
	for _, c := range []struct{ title, country string }{
		{"Taoiseach", "IRL"},
		{"Chancellor of the Exchequer", "GBR"},
		{"Pope", "VAT"},
		{"Archbishop of Canterbury", "GBR"},
		{"Archbishop", ""},
		{"Prime Minister", ""},
		{"Lord Mayor", ""},
	} {
		if got, _ := g.Role(c.title); got.Country != c.country {
			t.Errorf("Role(%q).Country = %q, want %q", c.title, got.Country, c.country)
		}
	}
	if got, ok := g.Role("banana"); ok {
		t.Errorf("Role(banana) = %+v", got)
	}
	roles := g.Roles()
	for i := 1; i < len(roles); i++ {
		if strings.Count(roles[i].Title, " ") > strings.Count(roles[i-1].Title, " ") {
			t.Fatalf("Roles: %q after %q, want longer titles first", roles[i].Title, roles[i-1].Title)
		}
	}
}

func TestGivenNameAndOrgWord(t *testing.T) {
	g := Default()
	for _, w := range []string{"Emmanuel", "Volodymyr", "Joe", "Mary", "Keir", "Olaf"} {
		if !g.GivenName(w) {
			t.Errorf("GivenName(%q) = false", w)
		}
	}
	for _, w := range []string{"emmanuel", "Ukraine", "Ministry", ""} {
		if g.GivenName(w) {
			t.Errorf("GivenName(%q) = true", w)
		}
	}
	for _, c := range []struct {
		name string
		want Gender
		ok   bool
	}{
		{"Olena", Female, true},
		{"MARGARET", Female, true},
		{"Friedrich", Male, true},
		{"Ségolène", Female, true},
		{"Jean", 0, false},   // a man in French, a woman in English
		{"Jordan", 0, false}, // borne by both
		{"Ukraine", 0, false},
	} {
		if got, ok := g.GivenNameGender(c.name); got != c.want || ok != c.ok {
			t.Errorf("GivenNameGender(%q) = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
	for _, w := range []string{"Inc", "Inc.", "Corp.", "Ltd", "GmbH", "Party", "Ministry", "Council", "Union", "Committee", "Agency", "Bank", "University"} {
		if !g.OrgWord(w) {
			t.Errorf("OrgWord(%q) = false", w)
		}
	}
	for _, w := range []string{"inc", "Paris", "the"} {
		if g.OrgWord(w) {
			t.Errorf("OrgWord(%q) = true", w)
		}
	}
}

func TestKinds(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		word      string
		has, lack Kinds
	}{
		{"Ukraine", CountryWord, CityWord | GivenNameWord},
		{"U.S.", CountryWord, CityWord},
		{"Kyiv", CityWord | CapitalWord, CountryWord},
		{"Kiev", CityWord | CapitalWord, 0},
		{"Georgia", CountryWord | SubdivisionWord, 0},
		{"Ukrainian", DemonymWord, CountryWord},
		{"Ukrainians", DemonymWord, 0},
		{"European", DemonymWord | RegionWord, CountryWord},
		{"Kremlin", SeatWord, 0},
		{"Emmanuel", GivenNameWord, 0},
		{"President", TitleWord, 0},
		{"president", TitleWord, 0},
		{"PRESIDENT", TitleWord, 0},
		{"Inc.", OrgWord, 0},
		{"Ministry", OrgWord, 0},
		{"the", 0, ^Kinds(0)},
		{"us", 0, CountryWord},
	} {
		got := g.Kinds(c.word)
		if got&c.has != c.has || got&c.lack != 0 {
			t.Errorf("Kinds(%q) = %v, want %v and not %v", c.word, got, c.has, c.lack)
		}
	}
	if s := (CountryWord | SubdivisionWord).String(); s != "country|subdivision" {
		t.Errorf("String = %q", s)
	}
}

func TestMatch(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		text string
		i, n int
		has  Kinds
	}{
		{"the White House said", 1, 2, SeatWord},
		{"in the United States today", 2, 2, CountryWord},
		{"in the U.S. today", 2, 1, CountryWord},
		{"New York City police", 0, 3, CityWord},
		{"Chief of Staff Jeff Zients", 0, 3, TitleWord},
		{"the prime minister said", 1, 2, TitleWord},
		{"Deputy Prime Minister Ivan", 0, 3, TitleWord},
		{"Washington , D.C. officials", 0, 3, CityWord},
		{"10 Downing Street said", 0, 3, SeatWord},
		{"Downing Street said", 0, 2, SeatWord},
		{"South Korean troops", 0, 2, DemonymWord},
		{"the European Union said", 1, 2, RegionWord},
		{"Rio de Janeiro beaches", 0, 3, CityWord},
		{"Paris is", 0, 1, CityWord | CapitalWord},
		{"the cat", 1, 0, 0},
	} {
		toks := strings.Fields(c.text)
		n, k := g.Match(toks, c.i)
		if n != c.n || k&c.has != c.has {
			t.Errorf("Match(%q, %d) = %d, %v; want %d, %v", c.text, c.i, n, k, c.n, c.has)
		}
		// MatchPhrase finds the same phrases, and nothing for one token.
		wantN, wantK := c.n, c.has
		if wantN < 2 {
			wantN, wantK = 0, 0
		}
		if n, k := g.MatchPhrase(toks, c.i); n != wantN || k&wantK != wantK || n == 0 && k != 0 {
			t.Errorf("MatchPhrase(%q, %d) = %d, %v; want %d, %v", c.text, c.i, n, k, wantN, wantK)
		}
	}
	if n, k := g.Match(nil, 0); n != 0 || k != 0 {
		t.Errorf("Match(nil) = %d, %v", n, k)
	}
	if n, _ := g.Match([]string{"x"}, 5); n != 0 {
		t.Errorf("Match out of range = %d", n)
	}
}

func TestLookupsDoNotAllocate(t *testing.T) {
	g := Default()
	toks := strings.Fields("Deputy Prime Minister U.S. White House Ukrainians said")
	allocs := testing.AllocsPerRun(100, func() {
		for i := range toks {
			g.Kinds(toks[i])
			g.Match(toks, i)
		}
		g.Role("Prime Minister")
		g.OrgWord("Inc.")
		g.GivenName("Emmanuel")
	})
	if allocs != 0 {
		t.Errorf("%v allocations per run, want 0", allocs)
	}
}

// TestNewErrors checks that broken tables are reported with their file,
// line and field.
func TestNewErrors(t *testing.T) {
	base := fstest.MapFS{}
	err := fsWalk(base)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file, text, want string
	}{
		{"curated/aliases.tsv", "#alias\talpha3\nUS\tUSA\nFooland\tFOO\n", "curated/aliases.tsv:3: country: unknown alpha-3 code \"FOO\""},
		{"curated/aliases.tsv", "US\tUSA\nU.S.\tUSA\n", "curated/aliases.tsv:2: \"US\" repeats line 1"},
		{"curated/roles.tsv", "president\tGOV\nwizard\tMAGIC\n", "curated/roles.tsv:2: sector: unknown code \"MAGIC\""},
		{"curated/roles.tsv", "president\n", "curated/roles.tsv:1: have 1 fields, want 2 to 3"},
		{"curated/roles.tsv", "taoiseach\tGOV\tIE\n", "curated/roles.tsv:1: country: unknown alpha-3 code \"IE\""},
		{"curated/towns.tsv", "Gagra\t\tGEO\t02\t8266\t43.3\t\tGeoNames\n", "curated/towns.tsv:1: lat/lon: missing"},
		{"curated/towns.tsv", "Gagra\t\tGEO\t02\t8266\t43.3\t40.3\t\n", "curated/towns.tsv:1: source: empty"},
		{"curated/towns.tsv", "Gagra\t\tGEO\t02\tmany\t43.3\t40.3\tGeoNames\n", "curated/towns.tsv:1: population: bad value \"many\""},
		{"curated/cities.tsv", "Kiev\tKyyiv\tUKR\n", "curated/cities.tsv:1: no city \"Kyyiv\" in UKR"},
		{"curated/regions.tsv", "Europe\tEUR\tEurope\tcontinent\n", "curated/regions.tsv:1: kind: bad value \"continent\""},
		{"curated/orgwords.txt", "Inc\nBig Co\n", "curated/orgwords.txt:2: word \"Big Co\": want a single word"},
		{"curated/genders.tsv", "Olena\tf\nPetro\tboy\n", "curated/genders.tsv:2: gender \"boy\": want f, m or nothing"},
		{"curated/genders.tsv", "Olena\tf\nOlena\tm\n", "curated/genders.tsv:2: \"Olena\" repeats line 1"},
		{"curated/orgwords.txt", "Inc\tx\n", "curated/orgwords.txt:1: have 2 fields, want 1"},
		{"data/countries.tsv", "US\tUSA\tUnited States\t\tnorth\t0\t\n", "data/countries.tsv:1: lat: bad value \"north\""},
	} {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[c.file] = &fstest.MapFile{Data: []byte(c.text)}
		_, err := New(fsys)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s with %q: error %v, want %q", c.file, c.text, err, c.want)
		}
	}
	delete(base, "curated/seats.tsv")
	if _, err := New(base); err == nil || !strings.Contains(err.Error(), "curated/seats.tsv") {
		t.Errorf("missing seats.tsv: error %v", err)
	}
}

// fsWalk copies the embedded files into m.
func fsWalk(m fstest.MapFS) error {
	for _, dir := range []string{"data", "curated"} {
		entries, err := embedded.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, e := range entries {
			b, err := embedded.ReadFile(dir + "/" + e.Name())
			if err != nil {
				return err
			}
			m[dir+"/"+e.Name()] = &fstest.MapFile{Data: b}
		}
	}
	return nil
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	toks := strings.Fields("Deputy Prime Minister Volodymyr of Ukraine told the White House in Washington , D.C. that Russian troops near New York City Inc. said")
	for b.Loop() {
		for i := range toks {
			g.Match(toks, i)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
}

// TestFingerprint checks that the fingerprint is stable for the same files
// and changes with any table.
func TestFingerprint(t *testing.T) {
	base := fstest.MapFS{}
	if err := fsWalk(base); err != nil {
		t.Fatal(err)
	}
	a, err := New(base)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fingerprint() == "" || a.Fingerprint() != Default().Fingerprint() {
		t.Fatalf("fingerprint %q of the embedded files, %q of Default", a.Fingerprint(), Default().Fingerprint())
	}
	changed := fstest.MapFS{}
	for k, v := range base {
		changed[k] = v
	}
	aliases := append(append([]byte{}, base["curated/aliases.tsv"].Data...), []byte("Yankeeland\tUSA\n")...)
	changed["curated/aliases.tsv"] = &fstest.MapFile{Data: aliases}
	b, err := New(changed)
	if err != nil {
		t.Fatal(err)
	}
	if b.Fingerprint() == a.Fingerprint() {
		t.Errorf("an added alias left the fingerprint %q", a.Fingerprint())
	}
}
