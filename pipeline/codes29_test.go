package pipeline

import "testing"

// Session 29's codes round (event/codes29.go, data/event/codes29.pat), on
// sentences written for the test, whole pipeline; each positive case coded
// another code, or fewer events, before the round (the event package's
// tests switch each rule off).
func TestCodes29(t *testing.T) {
	cases := []struct{ text, want string }{
		// visitsAhead: a visit in a "before" phrase is a plan (was 042)
		{"\"Brazil is of great importance to our trade,\" Dutch trade minister Jan Smit said in the weekend before his visit to Brazil.",
			"036 NLDGOV>BRA"},
		// stays: a visit in an "after" phrase took place
		{"Dutch trade minister Jan Smit said after his visit to Brazil that trade would grow.", "042 NLDGOV>BRA"},
		// arrivalsHere: the journey "here" for talks (was the 040 alone)
		{"Peruvian Foreign Minister Juan Perez arrived here Tuesday for talks with Chilean leaders.",
			"040 PERGOV>CHLGOV,042 PERGOV>CHL"},
		// sharedNationality (was ISRCVL alone)
		{"Two Palestinians were killed Tuesday in clashes with Israeli settlers and soldiers in Hebron.",
			"190 ISRCVL>PSE,190 ISRMIL>PSE"},
		// COOPERATE_INQUIRY (was 064)
		{"Kenya has fully cooperated with a UN probe into the murder of a Ugandan minister, a Kenyan official said.",
			"063 KEN>IGOUNO"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
