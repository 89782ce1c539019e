package geo_test

import "testing"

// Session 28. A capital named after "capital" is that place even when the
// parser reads it as the subject of the sentence's speech verb; a capital
// alone as that subject still names its government. Every sentence is
// written for the test.
func TestCapitalAfterPlaceNoun(t *testing.T) {
	ps := places(t, "\"We find Peru's membership of the bloc very useful,\" Ortega, who arrived in the Turkish capital Ankara on Monday for a state visit, told a joint news conference with the Peruvian president after their meeting.")
	if p := find(ps, "Ankara"); p == nil || p.Country != "TUR" {
		t.Errorf("Ankara = %+v in %+v", p, ps)
	}
	ps = places(t, "Ankara told the European Union on Monday that it would not open its ports.")
	if p := find(ps, "Ankara"); p != nil {
		t.Errorf("Ankara as a speaking government taken for a place: %+v", *p)
	}
}
