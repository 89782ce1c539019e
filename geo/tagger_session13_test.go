package geo_test

import "testing"

// A town before a common noun that names a body there ("a Benghazi
// hospital", "Shanghai police", "a New Delhi court") is still a place when
// the body is of the town's own country; an acronym or another country's
// body is not (session 13). Every sentence is written for the test.
func TestPlaceBeforeBodyNoun(t *testing.T) {
	ps := places(t, "Doctors at a Benghazi hospital treated forty people after the blast.")
	if p := find(ps, "Benghazi"); p == nil || p.Country != "LBY" {
		t.Errorf("Benghazi = %+v in %+v", p, ps)
	}
	ps = places(t, "Shanghai police detained two priests on Sunday, a rights group said.")
	if p := find(ps, "Shanghai"); p == nil || p.Country != "CHN" {
		t.Errorf("Shanghai = %+v in %+v", p, ps)
	}
	ps = places(t, "Investigators asked about CIA flights through the country's airports.")
	if p := find(ps, "CIA"); p != nil {
		t.Errorf("CIA taken for a place: %+v", *p)
	}
}
