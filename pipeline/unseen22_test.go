package pipeline

import "testing"

// The review of session 22's rules on unseen stories (docs/EVENTS.md,
// "Review of session 22 (unseen stories)"), on sentences written for the
// test. Each case lists every event of one sentence (markedEvents).
func TestUnseenReviewTwentyTwo(t *testing.T) {
	cases := []markedCase{
		// "each side ... the other" with no two sides set against each
		// other before: not the two countries of a background clause
		{"Zambia won its independence from Britain in 1964. The referendum campaign has grown violent, and each " +
			"side now blames the other for the unrest.", 1, ""},
		// a plea of guilt in court is no appeal
		{"A Canadian senator pleaded guilty on Tuesday to fraud charges.", 0, ""},
		// stays: a plea to another is an appeal
		{"The Afghan president pleaded with Pakistan for help.", 0, "023 AFGGOV>PAK"},
	}
	checkMarkedEvents(t, cases)
}
