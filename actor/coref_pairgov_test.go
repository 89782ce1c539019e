package actor

import "testing"

// "The two governments" after two leaders were named are the two
// governments, not the leaders: the pair takes each leader's government
// code without the person's name and identity.
func TestPairGovernmentsNotThePersons(t *testing.T) {
	d := resolveText(t, "2026-05-14",
		"Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Lome. The two governments signed a border accord.")
	n := 0
	for _, e := range d.Entities {
		if e.Text != "The two governments" || e.Actor == nil {
			continue
		}
		n++
		if e.Actor.ID != "" || e.Actor.Code != e.Actor.Country+"GOV" {
			t.Errorf("the two governments → %+v, want a bare government actor%s", *e.Actor, dumpEntities(d))
		}
	}
	if n != 2 {
		t.Errorf("the two governments carry %d actors, want 2%s", n, dumpEntities(d))
	}
}
