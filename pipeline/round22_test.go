package pipeline

import (
	"strings"
	"testing"
)

// Session 22's rules (event/round22.go, data/event/round22.pat), on
// sentences written for the test. Each case lists every event of one
// sentence (markedEvents): the rule cases were coded otherwise on the tree
// before the round (389bd23), the "stays" cases are nearby readings the
// rules must leave alone.
func TestRoundTwentyTwo(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		// presentVisits: one who "is in" a place "for"/"on" a visit
		{"Kenyan President William Ruto is in Tokyo for a four-day state visit.", "042 KENGOV>JPN"},
		{"Kenyan President William Ruto was in Tokyo on an official visit last week.", "042 KENGOV>JPN"},
		// stays: negated; no visit
		{"Kenyan President William Ruto is not in Tokyo for a visit.", ""},
		{"Kenyan President William Ruto is in Tokyo.", ""},
		// reasonGerund: the punished one's deed is not the subject's
		{"Washington demanded custody of a US soldier sentenced to six years for assaulting a Japanese guard.", ""},
		// renewedCondemnations: a condemnation renewed, reiterated
		{"The African Union renewed its condemnation of the Sudanese army.", "111 IGOAFRAFU>SDNMIL"},
		{"Germany reiterated its criticism of Hungary's prime minister on Friday.", "111 DEU>HUNGOV"},
		// stays: an offer renewed keeps the decision's intent; negated
		{"Ghana decided to renew its offer of aid to Togo.", "030 GHA>TGO"},
		{"Germany did not renew its criticism of Hungary.", ""},
		// FOSTER_TIES: ties fostered or reinforced by two, each other
		{"Chile and Peru agreed to foster their cooperation.", "030 CHL>PER,030 PER>CHL"},
		{"Chile and Peru agreed to reinforce their ties.", "030 CHL>PER,030 PER>CHL"},
		// stays: troops reinforced are no ties
		{"Chile reinforced its troops on the border.", ""},
		// ARRIVE_FOR_TALKS: arriving "here" for talks with X meets X,
		// one way (and, since session 29's arrivalsHere, visits X's
		// country: event/codes29.go)
		{"The Indian foreign minister arrived here on Monday for talks with Bangladeshi officials.", "040 INDGOV>BGDGOV,042 INDGOV>BGD"},
		// stays: a named place is the host of the visit as well
		{"The Indian foreign minister arrived in Dhaka on Monday for talks with Bangladeshi officials.",
			"040 INDGOV>BGDGOV,042 INDGOV>BGD"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
	// reasonGerund: "wanted for killing" is the wanted man's deed, not
	// the police's
	d := runStandard(t, "Israeli police arrested a Palestinian wanted for killing two Israeli soldiers.", "2026-03-10")
	if g := markedEvents(d, 0); strings.Contains(g, "190") {
		t.Errorf("the wanted man's killing coded as the police's: %q", g)
	}
}
