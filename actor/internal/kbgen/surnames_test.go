package main

import (
	"testing"

	"github.com/dyadproject/dyad/actor"
)

// Session 23, actor round 12b: UCDP identity groups named by a common
// surname are gone from the embedded index; groups named by a word of an
// organised group's name, or by a rarer name, stay.
func TestSurnameGroupsDropped(t *testing.T) {
	kb, err := actor.LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Luo", "Pan", "Bamba"} {
		for _, m := range kb.Lookup(name, "2006-01-01") {
			if m.Actor.Sector == "REB" {
				t.Errorf("%s: still an armed group %s", name, m.Actor.Code)
			}
		}
	}
	for _, c := range []struct{ name, want string }{{"Moro", "PHLREB"}, {"Pashtun", "PAKREB"}} {
		ms := kb.Lookup(c.name, "2006-01-01")
		found := false
		for _, m := range ms {
			found = found || m.Actor.Code == c.want
		}
		if !found {
			t.Errorf("%s: no %s", c.name, c.want)
		}
	}
}
