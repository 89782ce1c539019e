package actor

import "testing"

// A bare state body in a story of several countries takes the country of
// the body or official named just before it (bodyAnte), unless another
// country is named in between or in its own sentence; "a government" is
// none in particular.
func TestSession22BodyAnte(t *testing.T) {
	checkResolved(t, "2026-03-02",
		"Norwegian diplomats arrived in Nairobi on Sunday. Kenyan Finance Minister Amina Wekesa said on Monday "+
			"that fuel taxes would be cut. The government also promised to pay teachers.",
		[]want{{"government", 0, "KENGOV", ""}})
	checkResolved(t, "2026-03-02",
		"Norwegian diplomats arrived in Nairobi on Sunday. Kenyan Finance Minister Amina Wekesa met them on Monday. "+
			"The talks were held in Oslo last year. The government also promised to pay teachers.",
		[]want{{"government", 0, "-", ""}})
	checkResolved(t, "2026-03-02",
		"Norwegian diplomats arrived in Nairobi on Sunday. Kenyan Finance Minister Amina Wekesa said on Monday "+
			"that fuel taxes would be cut. The government also thanked Norwegian donors.",
		[]want{{"government", 0, "-", ""}})
	checkResolved(t, "2026-03-02",
		"Norwegian diplomats arrived in Nairobi on Sunday. Kenyan Finance Minister Amina Wekesa said on Monday "+
			"that fuel taxes would be cut. A government needs money to pay teachers.",
		[]want{{"government", 0, "-", ""}})
}
