package pipeline

import "testing"

// The review of session 18's everyday rules (event/review18.go): each
// story, written for the test, was coded wrongly by those rules: want must
// be among the sentence's events, not must not.
func TestEverydayEighteenReview(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// an "at" phrase of "meet" names no party: the coordinated
		// subject meets each way
		{"Ukrainian and Russian officials met at the Vatican on Thursday.", 0, "040 RUSGOV>UKRGOV,040 UKRGOV>RUSGOV", "VAT"},
		{"The leaders of Sudan and South Sudan met at the request of the African Union.", 0,
			"040 SDNGOV>SSDGOV,040 SSDGOV>SDNGOV", "IGOAFRAFU"},
		// a loan approved by its borrower, or a loan agreement, is no
		// aid given by the approver; an agreement with a partner approved
		// is signed (057, session 34's round34.pat; was 0311)
		{"Lawmakers in Kyiv approved a $5 billion loan from the European Union.", 0, "0311 UKRLEG>IGOEUREEC", "071"},
		{"Pakistan's parliament approved a loan agreement with China.", 0, "057 PAKLEG>CHN", "071"},
		// two arrests by different hands: a call for "his" release is
		// not put on the latest arrester
		{"Venezuelan police arrested an opposition activist in Caracas on Monday. On Tuesday, Colombian police arrested " +
			"two Venezuelan smugglers in Cucuta. The European Union called for his release.", 2, "1053 IGOEUREEC>", "COLCOP"},
	})
}
