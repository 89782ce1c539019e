package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
)

// Rules added in issue 6 part 7 (generalisation round). Every sentence is
// written for the test.

// "Washington, D.C.": D.C. is the District of Columbia, which holds the
// capital, so Washington is the city, not the state.
func TestWashingtonDC(t *testing.T) {
	ps := places(t, "The nurse was flown to a hospital in Washington, D.C. on Tuesday for tests.")
	if p := find(ps, "D.C."); p == nil || p.Country != "USA" || p.Admin1 != "District of Columbia" {
		t.Errorf("D.C. = %+v in %+v", p, ps)
	}
	if p := find(ps, "Washington"); p == nil || p.Feature != "city" || p.Lat > 40 {
		t.Errorf("Washington = %+v in %+v", p, ps)
	}
	// Without "Washington" before it, "DC" is no place.
	if p := find(places(t, "The charger runs on DC power from the truck."), "DC"); p != nil {
		t.Errorf("bare DC tagged %+v", *p)
	}
}

// Initials of a division the document names in full stand for it even
// undefined in brackets.
func TestInitialsOfNamedDivision(t *testing.T) {
	ps := places(t, "Horse movements were banned across New South Wales on Monday. Trainers in NSW said the ban would hurt racing.")
	p := find(ps, "NSW")
	if p == nil || p.Name != "New South Wales" || p.Country != "AUS" {
		t.Errorf("NSW = %+v in %+v", p, ps)
	}
}

func TestGazetteerInitials(t *testing.T) {
	g := gazetteer(t)
	has := func(ab, name string) bool {
		for _, c := range g.Initials(ab) {
			if g.Entries[c].Name == name {
				return true
			}
		}
		return false
	}
	if !has("NSW", "New South Wales") || !has("NY", "New York") {
		t.Errorf("NSW → %v, NY → %v", g.Initials("NSW"), g.Initials("NY"))
	}
	if len(g.Initials("N")) != 0 {
		t.Errorf("a single letter has initials entries: %v", g.Initials("N"))
	}
}

// "Name, age, of Town": where someone is from, even when the recogniser
// takes the town for a person.
func TestOfTownAfterComma(t *testing.T) {
	ps := places(t, "Robert Kellerman, 41, of Fairfield told reporters in Texas that he was worried about the water.")
	if p := find(ps, "Fairfield"); p == nil || p.Country != "USA" {
		t.Errorf("Fairfield = %+v in %+v", p, ps)
	}
}

// A plural division cue names divisions whatever their tag.
func TestPluralDivisionCue(t *testing.T) {
	ps := places(t, "Cases of anthrax were confirmed in the Manicaland and Midlands provinces of Zimbabwe last month.")
	if p := find(ps, "Midlands"); p == nil || p.Country != "ZWE" || p.Feature != "admin1" {
		t.Errorf("Midlands = %+v in %+v", p, ps)
	}
}

// A hyphenated transliteration is the name spelt with spaces.
func TestHyphenSpaced(t *testing.T) {
	ps := places(t, "Poultry died at farms in Kvemo-Kartli, Georgia, and near Al-Minya in Egypt last week.")
	if p := find(ps, "Kvemo-Kartli"); p == nil || p.Country != "GEO" {
		t.Errorf("Kvemo-Kartli = %+v in %+v", p, ps)
	}
	if p := find(ps, "Al-Minya"); p == nil || p.Country != "EGY" {
		t.Errorf("Al-Minya = %+v in %+v", p, ps)
	}
}

// "Central and South America": the first compass word stands for the
// region it shares the name with.
func TestCompassEllipsis(t *testing.T) {
	ps := places(t, "The fungus has killed frogs across Central and South America since the 1990s.")
	if p := find(ps, "Central"); p == nil || p.Name != "Central America" {
		t.Errorf("Central = %+v in %+v", p, ps)
	}
	if p := find(ps, "South America"); p == nil {
		t.Errorf("no South America in %+v", ps)
	}
}

// "X located in Y", "X in Y": Y may hold X, as after a comma.
func TestInLinkHolds(t *testing.T) {
	ps := places(t, "Dead ducks were found in Fulton County located in Illinois on Friday.")
	if p := find(ps, "Fulton County"); p == nil || p.Admin1 != "Illinois" {
		t.Errorf("Fulton County = %+v in %+v", p, ps)
	}
}

// A name that heads an institution's name elsewhere in the document is
// short for the institution, unless the document places it.
func TestInstitutionShortName(t *testing.T) {
	ps := places(t, "Four pupils at Franklin Elementary in Santa Ana fell ill in May. A teacher at Franklin said that the school would stay open.")
	if p := find(ps, "Franklin"); p != nil {
		t.Errorf("Franklin tagged %+v", *p)
	}
	if p := find(ps, "Santa Ana"); p == nil {
		t.Errorf("no Santa Ana in %+v", ps)
	}
	ps = places(t, "A dead swan was found at the Dresden Zoo in Dresden, Germany. Officials closed an area of Dresden.")
	n := 0
	for _, p := range ps {
		if p.Text == "Dresden" && p.Country == "DEU" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("Dresden as a place %d times in %+v, want 2", n, ps)
	}
}

// A division inside a longer capitalised name stays only in a country the
// document names; a country stays.
func TestWeakNameNeedsCountry(t *testing.T) {
	ps := places(t, "Diners fell ill at a Kentucky Fried Chicken outlet in Sydney, Australia, on Saturday.")
	if p := find(ps, "Kentucky"); p != nil {
		t.Errorf("Kentucky tagged %+v", *p)
	}
	ps = places(t, "Samples went to the U.S. Centers for Disease Control and Prevention for testing.")
	if p := find(ps, "U.S."); p == nil || p.Country != "USA" {
		t.Errorf("U.S. = %+v in %+v", p, ps)
	}
}

// A world region the recogniser calls a nationality stays a place.
func TestRegionAsNationality(t *testing.T) {
	d := &doc.Document{Text: "An adviser at the eastern Mediterranean regional office of the agency said the risk was low."}
	annotate(t, d)
	p := find(d.Places, "Mediterranean")
	if p == nil || p.Feature != "other" {
		t.Errorf("Mediterranean = %+v in %+v (entities %+v)", p, d.Places, d.Entities)
	}
}

// A title alone is no place ("Pope" is also a county).
func TestTitleIsNoPlace(t *testing.T) {
	if p := find(places(t, "The Pope's last appearance was from a hospital window in Rome."), "Pope"); p != nil {
		t.Errorf("Pope tagged %+v", *p)
	}
}

// The document's first-level divisions weigh in pass 2: a town in a
// division the document names beats a larger namesake elsewhere, which
// wins with the weight off.
func TestDocumentDivisionContext(t *testing.T) {
	text := "Health officials in Illinois said on Monday that a patient in Aurora was recovering well."
	d := annotate(t, &doc.Document{Text: text})
	if p := find(d.Places, "Aurora"); p == nil || p.Admin1 != "Illinois" {
		t.Errorf("Aurora = %+v in %+v", p, d.Places)
	}
	off := geo.NewTagger(gazetteer(t))
	off.W.DocAdmin1, off.W.DocNear = 0, 0
	off.Tag(d)
	if p := find(d.Places, "Aurora"); p == nil || p.Admin1 == "Illinois" {
		t.Errorf("without the division weight Aurora = %+v: the test does not exercise DocAdmin1", p)
	}
}

// "the state of Georgia": a division cue before the name.
func TestDivisionCueBefore(t *testing.T) {
	ps := places(t, "Health officials in the state of Georgia said on Monday that the patient was recovering.")
	if p := find(ps, "Georgia"); p == nil || p.Country != "USA" || p.Feature != "admin1" {
		t.Errorf("Georgia = %+v in %+v", p, ps)
	}
}

func gazetteer(t *testing.T) *geo.Gazetteer {
	t.Helper()
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}
