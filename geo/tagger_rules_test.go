package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// A possessive inside a name: "People's Republic of China" is China, not
// "Republic of China" (Taiwan).
func TestPossessiveInsideName(t *testing.T) {
	ps := places(t, "Delegates from the People's Republic of China arrived in Nairobi on Monday.")
	p := find(ps, "People's Republic of China")
	if p == nil || p.Country != "CHN" || p.Feature != "country" {
		t.Errorf("People's Republic of China = %+v in %+v", p, ps)
	}
}

// "X, Y, and the Z" is a list: X is not qualified by Y ("China" is not the
// Japanese town of that name).
func TestListWithArticleIsNotNearby(t *testing.T) {
	ps := places(t, "Several governments, among them China, Japan, and the United Kingdom, asked for caution.")
	if p := find(ps, "China"); p == nil || p.Country != "CHN" || p.Feature != "country" {
		t.Errorf("China = %+v in %+v", p, ps)
	}
	if p := find(ps, "Japan"); p == nil || p.Country != "JPN" {
		t.Errorf("Japan = %+v", p)
	}
}

// An abbreviation defined in brackets after a place stands for it in the
// rest of the document.
func TestAbbreviationDefinedInText(t *testing.T) {
	ps := places(t, "Vets tested horses across New South Wales (NSW) on Monday. Officials in NSW said the ban would stay until Friday.")
	n := 0
	for _, p := range ps {
		if p.Text == "NSW" {
			n++
			if p.Country != "AUS" || p.Feature != "admin1" || p.Name != "New South Wales" {
				t.Errorf("NSW = %+v", p)
			}
		}
	}
	if n != 2 {
		t.Errorf("NSW found %d times in %+v, want 2", n, ps)
	}
	// Undefined, the same letters are no place.
	if p := find(places(t, "Officials in NSW said the ban would stay until Friday."), "NSW"); p != nil {
		t.Errorf("undefined NSW tagged %+v", *p)
	}
}

func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		ab, name string
		want     bool
	}{
		{"NSW", "New South Wales", true},
		{"DRC", "Democratic Republic of the Congo", true},
		{"UAE", "United Arab Emirates", true},
		{"WHO", "New South Wales", false},
		{"NS", "New South Wales", true},
		{"N", "New South Wales", false},
		{"Nsw", "New South Wales", false},
	} {
		if got := geo.Abbreviates(c.ab, c.name); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.ab, c.name, got, c.want)
		}
	}
}

// Countries joined by a hyphen are each a place; a compound with a part
// that is no large place ("Agence France-Presse") names none.
func TestHyphenatedCountries(t *testing.T) {
	ps := places(t, "Troops were moved closer to the India-Pakistan border last week.")
	if p := find(ps, "India"); p == nil || p.Country != "IND" {
		t.Errorf("India = %+v in %+v", p, ps)
	}
	if p := find(ps, "Pakistan"); p == nil || p.Country != "PAK" {
		t.Errorf("Pakistan = %+v in %+v", p, ps)
	}
	ps = places(t, "A report seen by Agence France-Presse said the talks had stalled.")
	if p := find(ps, "France"); p != nil {
		t.Errorf("France in Agence France-Presse tagged %+v", *p)
	}
}

// "UK-based", "Australia-wide": the name before a lower-case suffix is a
// place even when the compound is tagged as an adjective or verb.
func TestPlaceBeforeSuffix(t *testing.T) {
	ps := places(t, "The UK-based charity welcomed an Australia-wide ban on the sale of the drug.")
	if p := find(ps, "UK"); p == nil || p.Country != "GBR" {
		t.Errorf("UK = %+v in %+v", p, ps)
	}
	if p := find(ps, "Australia"); p == nil || p.Country != "AUS" {
		t.Errorf("Australia = %+v in %+v", p, ps)
	}
}

// A country opening a person's title stays a place when the recogniser
// takes the whole run for a person; a country-like first name does not.
func TestCountryBeforeTitle(t *testing.T) {
	ps := places(t, "On Friday, Kenya's president Uhuru Kenyatta opened the new hospital.")
	if p := find(ps, "Kenya"); p == nil || p.Country != "KEN" {
		t.Errorf("Kenya = %+v in %+v", p, ps)
	}
	ps = places(t, "United States President Joe Biden signed the bill on Tuesday.")
	if p := find(ps, "United States"); p == nil || p.Country != "USA" {
		t.Errorf("United States = %+v in %+v", p, ps)
	}
	if p := find(places(t, "Jordan Henderson scored twice for the visitors on Saturday."), "Jordan"); p != nil {
		t.Errorf("Jordan Henderson: Jordan tagged %+v", *p)
	}
}

// Places inside the names of newspapers, broadcasters, universities and
// diseases are not places.
func TestNamesThatAreNotPlaces(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The findings were first reported by the Toronto Star and the New York Times on Sunday.", "New York"},
		{"According to China Daily, the farm was closed last week.", "China"},
		{"Radio Pyongyang said measures were under way.", "Pyongyang"},
		{"He told the Voice of America that supplies were short.", "America"},
		{"Researchers at the University of California reported the result.", "California"},
		{"A food scientist at Michigan State University said the risk was low.", "Michigan"},
		{"Tests showed the pigs carried the Reston ebolavirus.", "Reston"},
		{"Cases of Marburg virus were confirmed in the north.", "Marburg"},
		{"The mill was blamed for Minamata disease decades ago.", "Minamata"},
	} {
		if p := find(places(t, c.text), c.name); p != nil {
			t.Errorf("%q: %s tagged %+v", c.text, c.name, *p)
		}
	}
	// The same names as places stay.
	if p := find(places(t, "The flight landed in Pyongyang on Tuesday."), "Pyongyang"); p == nil || p.Country != "PRK" {
		t.Errorf("Pyongyang = %+v", p)
	}
}

// A demonym or person the recogniser finds inside a longer place name does
// not veto it.
func TestEntityFragmentInsideName(t *testing.T) {
	ps := places(t, "British Columbia, Alberta and Manitoba reported new cases on Monday.")
	if p := find(ps, "British Columbia"); p == nil || p.Country != "CAN" || p.Feature != "admin1" {
		t.Errorf("British Columbia = %+v in %+v", p, ps)
	}
	ps = places(t, "The disease is also present in the Indian Ocean, officials said.")
	if p := find(ps, "Indian Ocean"); p == nil || p.Feature != "other" {
		t.Errorf("Indian Ocean = %+v in %+v", p, ps)
	}
	// A demonym alone is still no place.
	if p := find(places(t, "Indian officials said the talks would resume."), "Indian"); p != nil {
		t.Errorf("Indian tagged %+v", *p)
	}
}

// "Town, Division": a name taken for a person on either side of the comma
// stays a place when the division holds the town.
func TestTownCommaDivisionOverPerson(t *testing.T) {
	ps := places(t, "Pigs died on farms in Manaoag, Pangasinan and Pandi, Bulacan this month.")
	if p := find(ps, "Pangasinan"); p == nil || p.Country != "PHL" {
		t.Errorf("Pangasinan = %+v in %+v", p, ps)
	}
	ps = places(t, "In eight villages of Santa Maria, Davao del Sur, at least 50 pigs died.")
	if p := find(ps, "Santa Maria"); p == nil || p.Country != "PHL" {
		t.Errorf("Santa Maria = %+v in %+v", p, ps)
	}
	if p := find(ps, "Davao del Sur"); p == nil || p.Country != "PHL" {
		t.Errorf("Davao del Sur = %+v in %+v", p, ps)
	}
}
