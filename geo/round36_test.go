package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// Session 36. Sentences written for the test: a lone town the recogniser
// tags as an organisation in the company of armed groups ("militants died
// in Rafah") is a place with the round on, after a locative preposition or
// "the town of"; a known body after "in" stays none.
func TestRound36OrgPlace(t *testing.T) {
	defer func() { geo.Round36 = true }()
	geo.Round36 = true
	for _, text := range []string{
		"Two militants died in Rafah on Monday.",
		"Israeli troops killed two militants in the town of Rafah on Monday.",
	} {
		if p := find(places(t, text), "Rafah"); p == nil || p.Country != "PSE" {
			t.Errorf("on: %q: Rafah = %+v, want a place in PSE", text, p)
		}
	}
	if p := find(places(t, "There is a deep split in Hamas over the talks."), "Hamas"); p != nil {
		t.Errorf("on: Hamas = %+v, want none", p)
	}
	geo.Round36 = false
	if p := find(places(t, "Two militants died in Rafah on Monday."), "Rafah"); p != nil {
		t.Errorf("off: Rafah = %+v, want none (the recogniser's ORG tag)", p)
	}
}
