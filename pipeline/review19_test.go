package pipeline

import "testing"

// Session 19 review (event/round19.go, event/everyday19.go): sentences
// written for the test that the session's rules coded wrongly; each case
// fails on the tree before the review's guards.
func TestReviewNineteen(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// an agreement "between" named sides that was not reached, or
		// whose signing is denied, is no signing (057)
		{"No trade agreement was reached between Kenya and Uganda on Monday.", 0, "", "057"},
		{"Nairobi denied that a trade agreement had been signed between Kenya and Uganda.", 0, "", "057"},
		// one's own troops sent to another country are a deployment to
		// it, not a supply of one's own men (no event)
		{"Ghana will send its troops to Mali next month.", 0, "0312 GHA>MLI", ""},
		// "to" read as a preposition before the bare verb still makes the
		// time given an ultimatum (139), not a grant
		{"The African Union gave Sudan's army until March 1 to hand over power.", 0, "139 IGOAFRAFU>SDNMIL", "072"},
		// a verb's complement is no meeting's purpose: agreeing to
		// negotiate is a plan of its own (036), kept beside the meeting
		{"Ruto met Museveni on Monday and agreed to negotiate a new trade deal.", 0, "036 KENGOV>", ""},
	})
}
