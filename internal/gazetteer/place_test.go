package gazetteer

import (
	"math"
	"slices"
	"testing"
)

// TestPlaceRanking checks which reading of a name Place gives when a
// country, cities and subdivisions share it.
func TestPlaceRanking(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name, country string
		lat, lon      float64 // checked within a degree when not zero
		why           string
	}{
		{"Maryland", "USA", 39.3, -76.6, "a US state before a Liberian county of a far smaller country"},
		{"Montana", "USA", 45.8, -108.5, "a US state before a Bulgarian district and its town"},
		{"Florida", "USA", 30.3, -81.7, "a state before a Cuban town"},
		{"Ontario", "CAN", 43.7, -79.4, "a province before a Californian town"},
		{"Wyoming", "USA", 41.1, -104.8, "the state's own point, not a Michigan town's"},
		{"Oregon", "USA", 45.5, -122.7, "the state's own point, not an Ohio town's"},
		{"Delaware", "USA", 39.7, -75.5, "the state's own point, not an Ohio town's"},
		{"Geneva", "CHE", 46.2, 6.1, "the Swiss city before a town in Illinois"},
		{"Hanover", "DEU", 52.4, 9.7, "a large city of a far larger country before a Jamaican parish"},
		{"Granada", "ESP", 37.2, -3.6, "the Spanish city and province before a Nicaraguan department"},
		{"Jerusalem", "ISR", 31.8, 35.2, "a capital before a governorate of the same name"},
		{"New York", "USA", 40.7, -74.0, "a famous city before its state"},
		{"Kabul", "AFG", 34.5, 69.2, "a capital before its province"},
		{"Georgia", "GEO", 41.7, 44.8, "a country before a US state"},
		{"Kandahar", "AFG", 31.6, 65.7, "a city before the province named after it"},
		{"Punjab", "PAK", 0, 0, "a curated region is kept before namesakes elsewhere"},
		{"Alberta", "CAN", 51.0, -114.1, "a curated point city (Calgary) for a province the data gives no point"},
		{"Helmand", "AFG", 31.6, 64.4, "a curated point city (Lashkar Gah)"},
		{"Anbar", "IRQ", 33.4, 43.3, "a curated short name with a point city (Ramadi)"},
		{"Al Anbar", "IRQ", 33.4, 43.3, "the full name with the same point city"},
		{"Bali", "IDN", -8.65, 115.2, "a province with a curated point before a city of 300,000 in India"},
		{"West Bank", "PSE", 31.9, 35.2, "a curated region whose point city is the capital keeps that point"},
		{"England", "GBR", 51.5, -0.1, "a curated region whose point city is the capital keeps that point"},
		{"Laghman", "AFG", 34.7, 70.2, "a curated point city (Mehtar Lam) for a province named otherwise"},
		{"Kunar", "AFG", 34.9, 71.1, "a curated point city (Asadabad)"},
		{"Maysan", "IRQ", 31.8, 47.1, "a curated point city (Amarah)"},
		{"Nineveh", "IRQ", 36.3, 43.1, "an English name of a governorate, at Mosul"},
		{"Baghdād", "IRQ", 33.3, 44.4, "a governorate the data gives no point, at the city its alias names"},
		{"County Cork", "IRL", 51.9, -8.5, "an Irish county with the 'County' of news, at its GeoNames point"},
		{"Gagra", "GEO", 43.3, 40.3, "a curated town below the generated cities' threshold"},
		{"Azamiyah", "IRQ", 33.4, 44.4, "a curated quarter of Baghdad, by another spelling"},
		{"Sukhumi", "GEO", 43.0, 41.0, "a curated alias of Sokhumi"},
		{"Washington state", "USA", 47.6, -122.3, "the state, not the capital"},
	} {
		got, ok := g.Place(c.name)
		if !ok || got.Country != c.country || (c.lat != 0 && (math.Abs(got.Lat-c.lat) > 1 || math.Abs(got.Lon-c.lon) > 1)) {
			t.Errorf("Place(%q) = %+v, %v; want %s near %v,%v (%s)", c.name, got, ok, c.country, c.lat, c.lon, c.why)
		}
	}
}

// TestPlaceNotPlaces checks names that are no place by themselves, and
// subdivisions that have no point of their own.
func TestPlaceNotPlaces(t *testing.T) {
	g := Default()
	for _, name := range []string{
		"North", "South", "West", "East", "Northern", "Western", "Central", "Gulf", "Coast", "the North",
		"AU", "IT", "UN", "A.U.",
	} {
		if got, ok := g.Place(name); ok {
			t.Errorf("Place(%q) = %+v; want no place", name, got)
		}
	}
	for _, c := range []struct{ name, country string }{
		{"Zabul", "AFG"}, {"Kapisa", "AFG"}, {"Logar", "AFG"}, {"Perak", "MYS"}, {"Zulia", "VEN"},
	} {
		if got, ok := g.Place(c.name); ok {
			t.Errorf("Place(%q) = %+v; want no point rather than the capital's", c.name, got)
		}
		cs := g.Candidates(c.name)
		if len(cs) == 0 || cs[0].Point || cs[0].Place.Country != c.country {
			t.Errorf("Candidates(%q) = %+v; want first a pointless subdivision in %s", c.name, cs, c.country)
		}
	}
	for _, c := range []struct{ name, country string }{{"US", "USA"}, {"UK", "GBR"}, {"UAE", "ARE"}, {"D.C.", "USA"}} {
		if got, ok := g.Place(c.name); !ok || got.Country != c.country {
			t.Errorf("Place(%q) = %+v, %v; want the alias of a country or capital in %s", c.name, got, ok, c.country)
		}
	}
}

// TestCandidatesOrder checks that the other readings follow the first.
func TestCandidatesOrder(t *testing.T) {
	g := Default()
	cs := g.Candidates("Florida")
	var countries []string
	for _, c := range cs {
		countries = append(countries, c.Place.Country)
	}
	if len(countries) < 3 || countries[0] != "USA" || !slices.Contains(countries, "CUB") || !slices.Contains(countries, "URY") {
		t.Errorf("Candidates(Florida) countries = %v; want USA first, then Cuba's town and Uruguay's department", countries)
	}
	if cs := g.Candidates("Nowhere Special"); len(cs) != 0 {
		t.Errorf("Candidates(Nowhere Special) = %+v", cs)
	}
}
