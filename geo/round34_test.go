package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// Session 34. A sentence written for the test: a lone name the recogniser
// takes for a person, followed by "refugee camp", is the camp's town with
// the round on and no place with it off.
func TestRound34RefugeeCamp(t *testing.T) {
	text := "Witnesses said an Israeli drone fired one missile at a group of Hamas militants east of Jabalia refugee camp in northern Gaza Strip, killing one militant."
	defer func() { geo.Round34 = true }()
	geo.Round34 = true
	if p := find(places(t, text), "Jabalia"); p == nil || p.Country != "PSE" {
		t.Errorf("on: Jabalia = %+v, want the town in PSE", p)
	}
	geo.Round34 = false
	if p := find(places(t, text), "Jabalia"); p != nil {
		t.Errorf("off: Jabalia = %+v, want none (the recogniser's person)", p)
	}
}
