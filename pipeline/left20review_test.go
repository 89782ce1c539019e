package pipeline

import "testing"

// Review of session 20's left-alone rules: misfires found on sentences
// written for the review (each failed on the tree of b378359), and nearby
// readings that stay. Same listing as TestLeftAloneTwenty, of
// the last sentence.
func TestLeftAloneTwentyReview(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		// a demand backed by a threat ("or face") is an ultimatum even
		// when what is asked is to repay
		{"The Malian junta gave the rebels until Friday to repay the stolen funds or face military action.",
			"139 MLIGOV>MLIREB"},
		// stays: a loan's term
		{"The IMF gave Zambia until 2027 to repay the loan.", "070 IGOBUSIMF>ZMB"},
		// breaking up a gathering is dispersing it (175); breaking up an
		// alliance is no force; other "break up" stays 190
		{"Kenyan police broke up a protest by opposition supporters in Nairobi on Tuesday.", "175 KENCOP>KENOPP"},
		{"Israeli troops broke up a sit-in by Palestinian farmers near Hebron.", "175 ISRMIL>PSEAGR"},
		{"Russia is trying to break up the alliance between Turkey and NATO.", ""},
		{"Washington wants to break up the coalition between Russia and Iran.", ""},
		{"Nigerian troops broke up a Boko Haram camp near Maiduguri.", "190 NGAMIL>NGAREB"},
		// "the two countries" after a summit of three where two of them
		// signed a deal of their own: those two
		{"The presidents of Kenya, Uganda and Tanzania held a summit in Arusha, where Kenya and Uganda signed a " +
			"bilateral deal on an oil pipeline. The two countries will hold talks on its financing next month.",
			"036 KEN>UGA,036 UGA>KEN"},
		// fighting of others broken up: no act of the soldiers, whether
		// the parser makes "fighting" a noun or a verb
		{"Somali soldiers intervened to break up fighting between two clans near Baidoa.", ""},
		// stays: the fighters' own fighting
		{"Al-Shabaab militants resumed fighting with Somali soldiers near Baidoa.", "180 SOMREB>SOMMIL"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, len(d.Sentences)-1); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
