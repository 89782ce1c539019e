package pipeline

import "testing"

// Session 24's recall round (event/recall24.go, data/event/recall24.pat),
// on sentences written for the test; each positive case codes nothing or
// a one-actor event on the tree before the round.
func TestRecall24(t *testing.T) {
	cases := []struct{ text, want string }{
		// jointAgreements: a joint agreement to an act no pattern codes
		{"Chile and Peru agreed to open a hotline between their ministries.", "030 CHL>PER,030 PER>CHL"},
		{"Chile and Peru have agreed to build a bridge across the river.", "030 CHL>PER,030 PER>CHL"},
		// stays: a negated agreement
		{"Chile and Peru did not agree to open a hotline.", ""},
		// ARREST_DRUG and crimePeople: criminals arrested at home
		{"The Vietnamese police arrested a drug dealer on Friday.", "173 VNMCOP>VNMCRM"},
		{"Kenyan police arrested four smugglers near the border.", "173 KENCOP>KENCRM"},
		// stays: a dealer of no drug is no criminal
		{"The car dealer met the Kenyan police chief.", ""},
		// repairWhereConjunct: a "where" clause of an earlier happening
		// joined to the main verb stays background
		{"The ambush happened close to Lakeside, where Mexican soldiers killed one smuggler and arrested two last week.", ""},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
