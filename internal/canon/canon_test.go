package canon

import (
	"testing"

	"chronicle"
)

func TestKey(t *testing.T) {
	n := Default()
	for _, c := range []struct {
		name    string
		typ     chronicle.EntityType
		country string
		key     string
		shown   string
	}{
		{"US", chronicle.Location, "USA", "#USA", "United States"},
		{"U.S.", chronicle.Location, "USA", "#USA", "United States"},
		{"the United States", chronicle.Location, "", "#USA", "United States"},
		{"America", chronicle.Location, "USA", "#USA", "United States"},
		{"U.S.", chronicle.Organization, "USA", "#USA", "United States"},
		{"UK", chronicle.Location, "GBR", "#GBR", "United Kingdom"},
		{"Britain", chronicle.Location, "GBR", "#GBR", "United Kingdom"},
		{"England", chronicle.Location, "GBR", "england", "England"},
		{"Georgia", chronicle.Location, "GEO", "#GEO", "Georgia"},
		{"Georgia", chronicle.Location, "USA", "georgia", "Georgia"},
		{"Georgia", chronicle.Person, "", "georgia", "Georgia"},
		{"Moscow", chronicle.Location, "RUS", "moscow", "Moscow"},
		{"Kremlin", chronicle.Organization, "RUS", "kremlin", "Kremlin"},
		{"EU", chronicle.Organization, "", "#EU", "European Union"},
		{"European Union", chronicle.Organization, "", "#EU", "European Union"},
		{"European", chronicle.Misc, "", "european", "European"},
		{"UN", chronicle.Organization, "", "#UN", "United Nations"},
		{"U.N.", chronicle.Organization, "", "#UN", "United Nations"},
		{"United Nations", chronicle.Organization, "", "#UN", "United Nations"},
		{"Mr. Bush", chronicle.Person, "USA", "bush", "Bush"},
		{"George W Bush", chronicle.Person, "USA", "george w bush", "George W Bush"},
		{"George W. Bush", chronicle.Person, "USA", "george w bush", "George W. Bush"},
		{"Senate", chronicle.Organization, "", "senate", "Senate"},
	} {
		key, shown := n.Key(c.name, c.typ, c.country)
		if key != c.key || shown != c.shown {
			t.Errorf("Key(%q, %s, %q) = %q, %q; want %q, %q", c.name, c.typ, c.country, key, shown, c.key, c.shown)
		}
	}
}

// TestVersion checks that the version names the gazetteer too, so that a
// store keyed with another gazetteer rekeys.
func TestVersion(t *testing.T) {
	if v := (Names{}).Version(); v != Version {
		t.Errorf("without a gazetteer: %q", v)
	}
	v := Default().Version()
	if want := Version + "+" + Default().G.Fingerprint(); v != want || len(v) <= len(Version)+1 {
		t.Errorf("Version() = %q, want %q", v, want)
	}
}
