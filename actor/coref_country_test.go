package actor

import "testing"

func TestStoryCountryForBareSectorNouns(t *testing.T) {
	// One country named: "Police" and "the rebels" are that country's.
	checkResolved(t, "2005-12-10",
		"BUJUMBURA, Dec 10 (AFP) - Burundian villagers fled their homes on Saturday. "+
			"Police said the rebels had burned a school near the capital overnight.",
		[]want{{"Police", 0, "BDICOP", ""}, {"rebels", 0, "BDIREB", ""}, {"school", 0, "-", ""}})
	// A title without a country before an unknown person.
	checkResolved(t, "2006-11-02",
		"BEIJING, Nov. 2 (Xinhua) -- China will host the summit next week, Foreign Ministry spokesman Zhou Wenming said here Thursday.",
		[]want{{"Foreign Ministry spokesman Zhou Wenming", 0, "CHNGOV", "Zhou Wenming"}})
	// Two countries: nothing says whose police they are.
	checkResolved(t, "2005-12-10",
		"Kenyan and Ugandan ministers met on Saturday. Police said the talks went well.",
		[]want{{"Police", 0, "-", ""}})
	// A country and an international force: "the troops" may be the force's.
	checkResolved(t, "2006-12-17",
		"NATO troops and Afghan soldiers patrolled the valley on Sunday. The troops later fought insurgents.",
		[]want{{"The troops", 0, "-", ""}})
	// India's "the Congress" is the party, not parliament.
	checkResolved(t, "1997-04-03",
		"NEW DELHI, April 3 (AFP) - Indian Prime Minister H.D. Deve Gowda met party leaders on Thursday. "+
			"The Congress said it would vote against the government.",
		[]want{{"The Congress", 0, "-", ""}, {"government", 0, "INDGOV", ""}})
	// A bare "party" is not the country's political party.
	checkResolved(t, "2005-12-10",
		"French police closed a road on Saturday after a rave party drew thousands of young people.",
		[]want{{"party", 0, "-", ""}})
}

func TestOppositionPartyTakesOPP(t *testing.T) {
	// the story calls the party the opposition once: its acronym is the
	// opposition too (session 16, oppositionParties)
	checkResolved(t, "1997-04-29",
		"India's main opposition Bharatiya Janata Party called a strike on Saturday. The BJP criticised the Congress (I).",
		[]want{{"India's main opposition Bharatiya Janata Party", 0, "INDOPP", ""}, {"BJP", 0, "INDOPP", ""},
			{"Congress (I)", 0, "INDPTY", ""}})
}
