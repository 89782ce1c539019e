package pipeline

import "testing"

// The rules of session 23's second events round (event/round23b.go,
// data/event/round23b.pat), on sentences written for the test. Each case
// names an event the sentence must have (want, "" for none) and one it
// must not (not). The rule cases were coded otherwise on the tree before
// the round (5dc92d5); the "stays" cases are nearby readings the rules must
// leave alone.
func TestRoundTwentyThreeB(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		// meetingsBetween: a meeting after, during or following which
		// something happened, its parties named by "between"
		{"Bogota's foreign ministry said the two countries were closer to a deal after talks between Colombian President Alvaro Uribe and Venezuelan President Hugo Chavez.",
			"040 VENGOV>COLGOV", ""},
		{"The issue came up during a meeting on Friday between Colombian President Alvaro Uribe and Venezuelan President Hugo Chavez.",
			"040 COLGOV>VENGOV", ""},
		// ... and a meeting coded from its first party alone
		{"The meeting between Colombia's government, the United Nations and the FARC rebels on Friday agreed to set up a joint commission.",
			"040 IGOUNO>COLREB", "040 COLGOV>"}, // its one-actor event gone
		// stays: talks that collapsed
		{"Bogota recalled its envoy after talks between Colombian President Alvaro Uribe and Venezuelan President Hugo Chavez collapsed.",
			"", "040 COLGOV>VENGOV"},
		// refusedPairs: a joint refusal to meet is a refusal of each other
		{"Colombia and Venezuela refused to meet face-to-face.", "125 VEN>COL", "125 COL>"},
		// stays: a refusal with its own object
		{"Colombia refused to meet Venezuela.", "125 COL>VEN", "125 VEN>COL"},
		// CALL_RESTRAINT: an appeal for restraint is one to de-escalate
		{"The UN chief called on Colombia and Venezuela to exercise restraint.", "0256 IGOUNO>VEN", "020 IGOUNO>VEN"},
		// repairCallOnInfinitive: "to release" read as the appeal's
		// complement, not a modifier of the one appealed to
		{"A Colombian party leader called on the Colombian government to release the jailed senator.",
			"0253 COLPTY>COLGOV", "020 COLPTY>COLGOV"},
		// stays: other complements ("call" is no phone call)
		{"The European Union called on Colombia's rebels to respect human rights.", "020 IGOEUREEC>COLREB", "041 IGOEUREEC>COLREB"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2007-05-10")
		g := markedEvents(d, 0)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}
