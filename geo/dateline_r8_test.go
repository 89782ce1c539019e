package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// TestDatelineWithRegion: a dateline with a region ("CITY, Region") is
// placed at the city, in a country the region names (places round 8).
func TestDatelineWithRegion(t *testing.T) {
	for _, tc := range []struct{ text, city, country string }{
		{"KUMASI, Ghana - Traders protested on Monday.", "KUMASI", "GHA"},
		{"RAFAH, Gaza Strip - Traders protested on Monday.", "RAFAH", "PSE"},
	} {
		dl := tc.text[:len(tc.text)-len(" - Traders protested on Monday.")]
		d := &doc.Document{Text: tc.text, Date: "2024-05-03", Dateline: &doc.Span{Start: 0, End: len(dl), Text: dl}}
		ps := annotate(t, d).Places
		if p := find(ps, tc.city); p == nil || p.Country != tc.country || p.Start != 0 {
			t.Errorf("%q: dateline place = %+v", tc.text, p)
		}
	}
}

// TestNamesWithTheAndEs: "the" and "es" inside a name ("Democratic
// Republic of the Congo", "Republic of the Congo", "Dar es Salaam").
func TestNamesWithTheAndEs(t *testing.T) {
	ps := places(t, "The envoy flew from Dar es Salaam to the Republic of the Congo and then to the Democratic Republic of the Congo.")
	for _, tc := range []struct{ text, country string }{
		{"Dar es Salaam", "TZA"},
		{"Republic of the Congo", "COG"},
		{"Democratic Republic of the Congo", "COD"},
	} {
		if p := find(ps, tc.text); p == nil || p.Country != tc.country {
			t.Errorf("%q = %+v", tc.text, p)
		}
	}
}
