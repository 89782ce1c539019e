package pipeline

import "testing"

// Review of session 19's coup rule (event/everyday19.go coupActors): bare
// "soldiers" and "the junta" in a sentence set in another country, or
// beside peacekeepers, are not the coup country's military. Stories
// written for the test; each was coded with the coup country before.
func TestReview2CoupOtherSide(t *testing.T) {
	ukraine := "Soldiers seized power in Burkina Faso on Friday. In Ukraine, soldiers repelled a Russian attack near Bakhmut, Kyiv said."
	niger := "Soldiers seized power in Gabon on Wednesday. Meanwhile in Niger, the junta said it would expel the French ambassador."
	blue := "Army officers seized power in Mali last year. On Monday UN peacekeepers came under fire near Gao, and the soldiers returned fire, the mission said."
	checkSentenceEvents(t, []sentenceEvents{
		{ukraine, 0, "180 BFAMIL", ""},
		{ukraine, 1, "", "BFAMIL"},
		{niger, 1, "", "GABMIL"},
		{blue, 1, "", "MLIMIL"},
	})
}
