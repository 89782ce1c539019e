package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// Session 33. Sentences written for the test. Each case is checked with the
// round on (the fix) and off (the namesake the gazetteer holds comes back),
// so that the test fails when the rule is gone.
func TestRound33BeliefWordsCampAndGulf(t *testing.T) {
	cases := []struct {
		text, name string
		on         string // the place's gazetteer name with the round on, "" for none
	}{
		{"A bomb exploded in the Christian quarter of the town, and Christian groups in Beirut protested.", "Christian", ""},
		{"The senator, a Democrat from Ohio, criticised the plan.", "Democrat", ""},
		{"A marine died in a blast near Camp Falcon, west of Baghdad.", "Camp", ""},
		{"Iranian forces staged naval drills in the Gulf waters near the Strait of Hormuz, and Iran said more would follow.", "Gulf", "Persian Gulf"},
		{"Latvian fishermen reported a Russian patrol boat in the Gulf of Riga on Monday.", "Gulf", ""},
		{"Storms flooded Gulf coastal towns near Houston, and Saudi Arabia raised its output to calm prices.", "Gulf", ""},
	}
	defer func() { geo.Round33 = true }()
	for _, c := range cases {
		geo.Round33 = true
		p := find(places(t, c.text), c.name)
		switch {
		case c.on == "" && p != nil:
			t.Errorf("on: %q: %s taken for %s (%s)", c.text, c.name, p.Name, p.Country)
		case c.on != "" && (p == nil || p.Name != c.on):
			t.Errorf("on: %q: %s = %+v, want %s", c.text, c.name, p, c.on)
		}
		geo.Round33 = false
		off := find(places(t, c.text), c.name)
		if off == nil || off.Name == c.on {
			t.Errorf("off: %q: %s = %+v, want the gazetteer's namesake", c.text, c.name, off)
		}
	}
}

// A longer name that holds a belief word is matched whole, as before.
func TestRound33CountyKept(t *testing.T) {
	ps := places(t, "Floods closed schools in Christian County, Kentucky, on Monday.")
	if p := find(ps, "Christian County"); p == nil || p.Country != "USA" {
		t.Errorf("Christian County = %+v in %+v", p, ps)
	}
}
