package pipeline

import "testing"

// Review of session 23 on unseen stories (event/review23actors.go): a
// speaker named by his surname, which the geo stage also reads as a town
// abroad, is no place's country when "we" in his quote is sent to him.
func TestReviewTwentyThreeActors(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		{"Afghanistan hopes its wrestlers will win medals at the regional games in Tehran this year, team " +
			"manager Ahmad Shah Safi told reporters.\n\n\"Iran is the wrestling giant of the region, and we have " +
			"asked our embassy in Tehran to find some trainers for us,\" Safi said.", 1, "", "MAR"},
	})
}
