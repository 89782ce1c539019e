package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// Rules and data added in issue 6 part 7, generalisation round 3. Every
// sentence is written for the test.

// First-level divisions stand at the middle of their territory (the land
// nearest their places), not among their towns: Ontario's are in the south,
// its territory reaches Hudson Bay; Queensland's line the east coast.
func TestDivisionsAtTheirTerritory(t *testing.T) {
	g := gazetteer(t)
	at := func(name, ctry string) *geo.Entry {
		for _, c := range g.Lookup(name) {
			if e := &g.Entries[c]; e.Kind == geo.Admin1 && e.Country == ctry {
				return e
			}
		}
		t.Fatalf("no division %s in %s", name, ctry)
		return nil
	}
	if e := at("Ontario", "CAN"); e.Lat < 49.5 || e.Lat > 51.5 || e.Lon < -88 || e.Lon > -83 {
		t.Errorf("Ontario at %.2f,%.2f; want about 50.5,-85", e.Lat, e.Lon)
	}
	if e := at("Queensland", "AUS"); e.Lat > -21.8 || e.Lat < -24 || e.Lon > 145 {
		t.Errorf("Queensland at %.2f,%.2f; want about -22.4,144.1", e.Lat, e.Lon)
	}
	// A small division keeps the centroid of its places' hull.
	if e := at("Brussels Capital", "BEL"); geo.Distance(e.Lat, e.Lon, 50.85, 4.35) > 10 {
		t.Errorf("Brussels Capital at %.2f,%.2f; want about 50.85,4.35", e.Lat, e.Lon)
	}
}

// The planet and the seasons are no towns ("Earth", Texas; "Spring", Texas).
func TestPlanetAndSeasons(t *testing.T) {
	ps := places(t, "Astronomers near Moscow said the rock struck the Earth in Spring 2002 and left a crater.")
	for _, w := range []string{"Earth", "Spring"} {
		if p := find(ps, w); p != nil {
			t.Errorf("%s taken for a place: %+v", w, *p)
		}
	}
	if p := find(ps, "Moscow"); p == nil || p.Country != "RUS" {
		t.Errorf("Moscow = %+v in %+v", p, ps)
	}
}

// "$US 1.5 billion" is a currency, as "US$" is.
func TestDollarBeforeCountry(t *testing.T) {
	ps := places(t, "Growers in California lost crops worth $US 1.5 billion last year, the report said.")
	if p := find(ps, "US"); p != nil {
		t.Errorf("US in $US taken for a place: %+v", *p)
	}
	if p := find(ps, "California"); p == nil || p.Feature != "admin1" {
		t.Errorf("California = %+v in %+v", p, ps)
	}
}

// "the Vistula river" names the river, not Toledo, Ohio (GeoNames' old name
// of which is Vistula).
func TestRiverNameIsNoTown(t *testing.T) {
	ps := places(t, "Two dead swans were found on the bank of the Vistula river near Warsaw on Sunday.")
	if p := find(ps, "Vistula"); p != nil {
		t.Errorf("Vistula taken for a town: %+v", *p)
	}
	if p := find(ps, "Warsaw"); p == nil || p.Country != "POL" {
		t.Errorf("Warsaw = %+v in %+v", p, ps)
	}
}

// "University of Southern Indiana" names a university, as "University of
// Indiana" does.
func TestUniversityOfCompassState(t *testing.T) {
	ps := places(t, "The nurse trained at the University of Southern Indiana before moving to Evansville in 2010.")
	if p := find(ps, "Indiana"); p != nil {
		t.Errorf("Indiana inside a university's name taken for a place: %+v", *p)
	}
}

// A town known abroad, named by its own name, is not taken for a namesake
// the gazetteer lacks in a story about another country.
func TestKnownTownAbroad(t *testing.T) {
	ps := places(t, "The Serbian director twice won the top prize at the festival in Cannes, Belgrade newspapers said. "+
		"Officials in Novi Sad and Nis praised the Serbian crew on Monday.")
	if p := find(ps, "Cannes"); p == nil || p.Country != "FRA" {
		t.Errorf("Cannes = %+v in %+v", p, ps)
	}
}

// "Washington" alone is the capital, unless the document speaks of states.
func TestWashingtonCapitalOrState(t *testing.T) {
	ps := places(t, "Officials in Washington said on Monday that aid flights to Haiti would resume next week.")
	if p := find(ps, "Washington"); p == nil || p.Feature != "city" || p.Lat > 40 {
		t.Errorf("Washington in a story about federal aid = %+v in %+v", p, ps)
	}
	ps = places(t, "Health officials in Iowa and Washington reported new cases of the disease among farm workers.")
	if p := find(ps, "Washington"); p == nil || p.Feature != "admin1" {
		t.Errorf("Washington beside Iowa = %+v in %+v", p, ps)
	}
	ps = places(t, "Apple growers in Washington state said the frost had damaged a third of the harvest.")
	if p := find(ps, "Washington"); p == nil || p.Feature != "admin1" {
		t.Errorf("Washington state = %+v in %+v", p, ps)
	}
}

// Seas, islands, mountain ranges and the like are places too: "the Black
// Sea" is no longer missed, "Luzon" no longer a small town in Mindanao,
// and "the South China Sea" no longer China.
func TestPhysicalFeatures(t *testing.T) {
	ps := places(t, "Wild ducks flew from the Ural Mountains to the Black Sea, and farmers on Luzon culled their flocks. "+
		"Navies patrolled the South China Sea on Friday.")
	for _, c := range []struct {
		text     string
		lat, lon float64
	}{{"Ural Mountains", 60, 60}, {"Black Sea", 43.5, 34.5}, {"Luzon", 16, 121}, {"South China Sea", 12, 113}} {
		p := find(ps, c.text)
		if p == nil || geo.Distance(p.Lat, p.Lon, c.lat, c.lon) > 161 {
			t.Errorf("%s = %+v in %+v", c.text, p, ps)
		}
	}
	if p := find(ps, "China"); p != nil {
		t.Errorf("China inside the South China Sea: %+v", *p)
	}
}

// A division or region inside an organisation's name lies in the
// organisation's country: the Somali army is not Ethiopia's Somali region,
// and the U.S. Africa Command names no continent; a country named in an
// organisation's name stays.
func TestPlaceInsideOrganisationName(t *testing.T) {
	ps := places(t, "Fighters attacked a Somali army base on Friday. The U.S. Africa Command said it struck back near Afgoye.")
	for _, p := range ps {
		if p.Text == "Somali" || p.Text == "Africa" {
			t.Errorf("%q is no place here: %+v", p.Text, p)
		}
	}
	if find(ps, "Afgoye") == nil {
		t.Errorf("Afgoye lost: %+v", ps)
	}
}
