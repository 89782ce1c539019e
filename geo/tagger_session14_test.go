package geo_test

import "testing"

// Session 14. A town whose name ends in "City" stays a place when the
// recogniser calls it a body ("Gaza City" is also a KB actor); a name the
// recogniser took for a person is a place when "and" joins it to a place
// the text places ("in Gaza City and Khan Younis"); the regions that lie
// in one country or territory carry it ("the Gaza Strip" PSE, "Mindanao"
// PHL). Every sentence is written for the test.
func TestSession14Places(t *testing.T) {
	ps := places(t, "Rescue teams searched collapsed homes in Gaza City and Khan Younis on Thursday.")
	if p := find(ps, "Gaza City"); p == nil || p.Country != "PSE" {
		t.Errorf("Gaza City = %+v in %+v", p, ps)
	}
	if p := find(ps, "Khan Younis"); p == nil || p.Country != "PSE" {
		t.Errorf("Khan Younis = %+v in %+v", p, ps)
	}
	ps = places(t, "Shelling hit two schools in the Gaza Strip overnight, medics said.")
	if p := find(ps, "Gaza Strip"); p == nil || p.Country != "PSE" {
		t.Errorf("Gaza Strip = %+v in %+v", p, ps)
	}
	ps = places(t, "Floods displaced 3,000 families across Mindanao this week.")
	if p := find(ps, "Mindanao"); p == nil || p.Country != "PHL" {
		t.Errorf("Mindanao = %+v in %+v", p, ps)
	}
	// a comma alone joins no list: the person after a placed town stays a person
	ps = places(t, "Asked about the storm damage in Ohio, Kittredge said the roads were closed.")
	if p := find(ps, "Kittredge"); p != nil {
		t.Errorf("Kittredge taken for a place: %+v", *p)
	}
}

// Review of session 14: a possessed name after "and" is a person's, and a
// club named after its town is no place unless the text places it.
func TestSession14PlacesReview(t *testing.T) {
	ps := places(t, "A bomb in Belfast and Adams's statement raised tension.")
	if p := find(ps, "Adams"); p != nil {
		t.Errorf("Adams taken for a place: %+v", *p)
	}
	ps = places(t, "Lincoln City beat Notts County 2-0 on Saturday.")
	if p := find(ps, "Lincoln City"); p != nil {
		t.Errorf("Lincoln City taken for a place: %+v", *p)
	}
	ps = places(t, "Two ferries docked in Zamboanga City on Friday.")
	if p := find(ps, "Zamboanga City"); p == nil || p.Country != "PHL" {
		t.Errorf("Zamboanga City = %+v in %+v", p, ps)
	}
}
