package pipeline

import (
	"strings"
	"testing"
)

// Session 23's left-alone misfires (event/left23.go, data/event/left23.pat,
// quote/left23.go), on sentences of our own; each want fails on the tree
// of cd81361, with a nearby reading that stays.
func TestLeftAloneTwentyThree(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// a warning set between commas after its condition: the threat is
		// the warner's (asserted), aimed at the warned act's target, not
		// at the warner's own army
		{"If the talks fail, Kenya's president warned, the army will act against the rebels.", 0,
			"130 KENGOV>KENREB", "KENGOV>KENMIL"},
		// a warning to one's own side is no threat
		{"If the talks fail, the Kenyan defence minister warned, the army will act.", 0, "", "130"},
		{"Kenya's defence minister warned its own troops against looting.", 0, "", "130"},
		// stays: a warning to another, and one of a state to its citizens
		{"Kenya warned Somalia that its army would respond.", 0, "130 KEN>SOM", ""},
		{"The Kenyan interior minister warned that protesters who loot shops would be prosecuted.", 0, "130 KENGOV>KENCVL", ""},
		// "convene" and "expect" alone are no visit and no intent
		{"Kenyan lawmakers convened in Nairobi for an emergency session.", 0, "", "042"},
		{"Kenya convened the Security Council on Monday.", 0, "", "042"},
		{"Kenyan police said they expected trouble at the rally.", 0, "", "030"},
		{"Analysts did not expect the Ugandan central bank to raise its rates.", 0, "", "03"},
		// stays: an expected visit, expected ties
		{"Kenya is expecting a visit from the Ugandan president.", 0, "036 KEN>UGAGOV", ""},
		{"Kenya expects closer ties with Uganda.", 0, "030 KEN>UGA", ""},
		// two named jointly who spoke by phone called each other
		{"Ruto and Museveni spoke by phone on Tuesday.", 0, "041 KENGOV>UGAGOV,041 UGAGOV>KENGOV", ""},
		{"Ruto and Museveni talked on the phone about the border.", 0, "041 KENGOV>UGAGOV,041 UGAGOV>KENGOV", ""},
		// stays: a call made to someone is one way
		{"Ruto spoke by phone to Museveni.", 0, "041 KENGOV>UGAGOV", "041 UGAGOV>KENGOV"},
		// "they" after a complaint stands for the complainers, not for
		// the countries named before
		{"Kenya and Uganda signed a border deal in March. But the Regional Traders Council complains that they have been left out of the talks.", 1,
			"", "114"},
		{"Kenya and Uganda signed a border deal in March. But the Regional Traders Council, whose members are mostly farmers, complain that they have been left out of the talks.", 1,
			"", "114"},
		// stays: a complaint about another named
		{"Kenya complained that Uganda had closed the border.", 0, "114 KEN>UGA", ""},
	})
}

// Competing for something is no quote.
func TestLeftAloneTwentyThreeQuotes(t *testing.T) {
	for _, text := range []string{
		"Six candidates vied for the post of secretary general.",
		"Kenyan leaders vie for support among veterans.",
	} {
		d := runStandard(t, text, "2026-03-10")
		for _, q := range d.Quotes {
			if q.Cue != nil && strings.HasPrefix(q.Cue.Text, "vie") {
				t.Errorf("%q: quote %q cued by %q", text, q.Content.Text, q.Cue.Text)
			}
		}
	}
}
