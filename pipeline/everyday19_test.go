package pipeline

import "testing"

// Session 19's everyday round (event/everyday19.go, actor/everyday19.go,
// data/event/everyday.pat): each story, written for the test, was coded
// wrongly before the round: want must be among the sentence's events, not
// must not.
func TestEverydayNineteen(t *testing.T) {
	coup := "West African leaders on Sunday suspended Niger from the Economic Community of West African States and " +
		"threatened sanctions against the officers who seized power in the country. Meeting in Accra, the bloc's " +
		"leaders gave the junta until April 30 to release the detained president. The junta rejected the ultimatum " +
		"on Monday. On Friday, soldiers fired on demonstrators in Niamey, killing three people, witnesses said."
	guinea := "Senegal closed its border with Guinea after the coup. Senegalese Foreign Minister Cheikh Niang said Dakar " +
		"would review its ties with Senegal's neighbour. The military leader in Conakry, Colonel Amara Keita, rejected " +
		"the criticism. He expelled Senegal's ambassador."
	sea := "A Chinese coast guard ship fired a water cannon at a Vietnamese fishing boat near the Paracel Islands, injuring " +
		"four fishermen. Beijing said the boat had intruded into Chinese waters. Vietnam's foreign ministry summoned " +
		"China's ambassador and urged it to stop harassing fishermen."
	pair := "Indonesia and Malaysia held talks on the border dispute on Monday. Indonesian President Prabowo Subianto will " +
		"meet Japanese Prime Minister Shigeru Ishiba in Tokyo next week to discuss a maritime pact, his office said. " +
		"The two countries signed a coast guard agreement last year."
	checkSentenceEvents(t, []sentenceEvents{
		// a member suspended from a bloc whatever its name; "and
		// threatened sanctions" read as an adjective
		{coup, 0, "160 WAFGOV>NER", ""}, // "West African leaders": the region's governments (session 21; news-dev5 codes "African leaders" AFRGOV)
		{coup, 0, "1312 WAFGOV>NERMIL", ""},
		// an ultimatum (139, CAMEO "give ultimatum") on the junta (the coup country's
		// military), not a grant
		{coup, 1, "139 IGOWAFWAS>NERMIL", "060"},
		// rejected, it is aimed at its author
		{coup, 2, "120 NERMIL>IGOWAFWAS", ""},
		// soldiers in a coup story, in a clause witnesses report
		{coup, 3, "193 NERMIL>NERCVL", ""},
		// the military leader placed by his city, and "he" after him
		{guinea, 2, "124 GINMIL>", "SENMIL"},
		{guinea, 3, "161 GINMIL>SENGOV", "SENMIL"},
		// a time given to act is an ultimatum (139), not a grant (060)
		{"Uganda's government gave the Kenyan traders a week to leave the country.", 0, "139 UGAGOV>KENBUS", "060"},
		// the casualties of a water cannon are the boat's country's
		{sea, 0, "182 CHNMIL>VNM", ""},
		// an intrusion told is no optimistic comment
		{"China's foreign ministry said the Vietnamese boat had intruded into Chinese waters.", 0, "", "013"},
		// "urged it": the one warned in the first conjunct
		{sea, 2, "020 VNMGOV>CHNGOV", ""},
		// the two countries of the sentence before; the meeting's
		// purpose is no second event
		{pair, 2, "057 IDN>JPN", "MYS"},
		{"Ruto will meet Japanese Prime Minister Shigeru Ishiba in Tokyo later this month to discuss a trade pact, " +
			"his office said.", 0, "036 KENGOV>JPNGOV", "036 JPNGOV"},
		// supplying one's own soldiers is no aid
		{"\"We will keep supplying our soldiers on the islands,\" the Japanese defence minister said.", 0, "", "033"},
		// the ousted president is not the president named last
		{"Nigerian President Bola Tinubu chaired the summit in Abuja on Monday. Guinean soldiers detained the ousted " +
			"president on Sunday.", 1, "173 GINMIL>", "NGAGOV"},
	})
}
