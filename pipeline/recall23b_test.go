package pipeline

import "testing"

// Session 23's second recall round (event/recall23b.go), on sentences of
// our own: a state body whose country is named in a modifier of its own
// noun is that country's body, not the bare country; a body another word
// makes someone else's stays the bare country.
func TestRecallRoundTwoSession23(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		{"South Africa praised the government of Kenya for its aid plan.", 0, "051 ZAF>KENGOV", ""},
		{"South Africa met the authorities of Kenya on Monday.", 0, "040 ZAF>KENGOV", ""},
		{"South Africa met Kenya's health authorities on Monday.", 0, "040 ZAF>KENGOV", ""},
		{"South Africa met the army of Kenya on Monday.", 0, "040 ZAF>KENMIL", ""},
		// countries coordinated in the "of" phrase each give their body
		{"Officials of Kenya and Uganda signed a trade deal on Monday.", 0, "057 KENGOV>UGAGOV,057 UGAGOV>KENGOV", ""},
		// stays: leaders another word makes the opposition's or business's
		{"South Africa met opposition leaders of Kenya on Monday.", 0, "", "KENGOV"},
		{"South Africa met business leaders from Kenya on Monday.", 0, "", "KENGOV"},
		{"South Africa met the shadow cabinet of Kenya on Monday.", 0, "", "KENGOV"},
	})
}

// A violent act's "at" phrase that the act's pattern did not read, on the
// object or on the verb, is its target; a word inside the phrase that is
// no actor of its head is not.
func TestMissileTargetSession23(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		{"Riots broke out in Kenya. Protesters hurled stones at the police on Sunday.", 1, "182 KENCVL>KENCOP", ""},
		{"Riots broke out in Kenya. The march turned violent in Nairobi on Saturday as protesters hurled stones at the police.", 1,
			"182 KENCVL>KENCOP", ""},
		{"Kenya's president faced new protests. The riot police fired rubber bullets at students near the campus on Tuesday.", 1,
			"175 KENCOP>KENEDU", ""},
		// stays: the "at" phrase is an occasion a modifier names
		{"Kenyan police seized the trophy at the Ugandan games on Friday.", 0, "", "UGA"},
	})
}
