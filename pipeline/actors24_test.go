package pipeline

import (
	"strings"
	"testing"
)

// Session 24 (actor round 13): an event noun in what a speaker declined
// to confirm is not reported as having happened. Sentences written for
// the test.
func TestDeclinedToConfirm(t *testing.T) {
	for _, c := range []struct {
		text     string
		asserted bool
	}{
		{"The minister declined to comment on the rumours or to confirm there had been a first official meeting this month between the LRA and representatives of Uganda's national government.", false},
		{"The envoy refused to discuss the report or to confirm there had been a first official meeting this month between the LRA and representatives of Uganda's national government.", false},
		// confirmed: the meeting stands
		{"The minister confirmed there had been a first official meeting this month between the LRA and representatives of Uganda's national government.", true},
	} {
		d := runStandard(t, c.text, "2006-03-01")
		got := false
		for _, e := range d.Events {
			if strings.HasPrefix(e.Cameo, "04") && !e.Negated {
				got = true
			}
		}
		if got != c.asserted {
			t.Errorf("%q: an asserted meeting %v, want %v", c.text, got, c.asserted)
		}
	}
}
