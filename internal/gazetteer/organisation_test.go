package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestOrganisation(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, code string }{
		{"UN", "UN"}, {"U.N.", "UN"}, {"United Nations", "UN"}, {"the United Nations", "UN"},
		{"UNITED NATIONS", "UN"}, {"NATO", "NATO"}, {"Nato", "NATO"}, {"WHO", "WHO"},
		{"who", ""}, {"Senate", ""}, {"EU", ""},
	} {
		o, ok := g.Organisation(c.name)
		if o.Code != c.code || ok != (c.code != "") {
			t.Errorf("Organisation(%q) = %+v, %v; want code %q", c.name, o, ok, c.code)
		}
	}
	if r, ok := g.RegionPlace("EU"); !ok || r.Code != "EU" {
		t.Errorf("RegionPlace(EU) = %+v, %v; want the European Union", r, ok)
	}
	if r, ok := g.RegionPlace("European"); ok {
		t.Errorf("RegionPlace(European) = %+v; want none: a demonym is not a place", r)
	}
}

func TestLoadOrganisations_Errors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"UN\tUN\n", "orgs.tsv:1:"},
		{"UN\tUN\tUnited Nations\nUN\tUN\tUnited Nations\n", "orgs.tsv:2:"},
		{"UN\t\tUnited Nations\n", "code"},
	} {
		fsys := fstest.MapFS{"orgs.tsv": {Data: []byte(c.text)}}
		_, err := loadOrganisations(fsys, "orgs.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "orgs.tsv") {
			t.Errorf("%q: error %v; want one naming orgs.tsv and %s", c.text, err, c.want)
		}
	}
}
