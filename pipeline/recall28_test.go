package pipeline

import "testing"

// Session 28's recall round (event/recall28.go, data/event/recall28.pat),
// on sentences written for the test; each positive case coded nothing, a
// one-actor event or another code before the round.
func TestRecall28(t *testing.T) {
	cases := []struct{ text, want string }{
		// repairPlacedAgent: the agent hung on the place phrase
		{"Nine Somali rebels were arrested overnight in the north by the Kenyan army on Monday.", "173 KENMIL>SOMREB"},
		{"Nine Somali rebels were arrested in the town of Garissa by Kenyan police on Monday.", "173 KENCOP>SOMREB"},
		// sharedAgent: conjoined passives share the agent after the last
		{"The Kenyan minister was kidnapped and killed on Sunday by Somali militants.",
			"180 SOMREB>KENGOV,190 SOMREB>KENGOV"},
		// pastMeetingBetween: a meeting held, told by a noun
		{"The deal came from a meeting last week between Somali officials and the Kenyan foreign minister.",
			"040 KENGOV>SOMGOV,040 SOMGOV>KENGOV"},
		{"It was the first meeting between the Somali government and Somali rebels since the war began.",
			"040 SOMGOV>SOMREB,040 SOMREB>SOMGOV"},
		// repairBeToNoun: "are to hold talks" parsed as a noun phrase
		{"Kenyan and Ugandan foreign ministers are to hold talks on Monday.", "036 KENGOV>UGAGOV,036 UGAGOV>KENGOV"},
		// stays: the idiom "are to blame" is no plan (the one-actor
		// accusation it coded before, unchanged)
		{"The Kenyan ministers are to blame for the crisis.", "112 KENGOV>"},
		// FINALIZE_TALKS, FACILITATE_TALKS, HEAD_INTO_TALKS (recall28.pat)
		{"The Kenyan government and Somali rebels finalized negotiations on a ceasefire on Tuesday.",
			"046 KENGOV>SOMREB,046 SOMREB>KENGOV"},
		{"Norway is facilitating peace talks between the Sri Lankan government and Tamil rebels.",
			"045 NOR>LKAGOV,045 NOR>LKAREB"},
		// stays: facilitating something else is the dictionary's
		{"Norway is facilitating trade with Sri Lanka.", "060 NOR>LKA"},
		{"The Kenyan foreign minister went into talks with the Ugandan president on Monday.", "040 KENGOV>UGAGOV"},
		// repairHerPossessive: "her" before a noun phrase is its possessive
		{"The Kenyan foreign minister told reporters after meeting her Ugandan counterpart that ties were strong.",
			"040 KENGOV>UGAGOV"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
	// itBody: "it" opening a sentence stands for the body the sentence
	// before opened with
	two := []struct{ text, want string }{
		{"The Arab League issued a statement on Sunday. It called on the Kenyan government to release the prisoners.",
			"0253 IGOMEAARL>KENGOV"},
		{"The UN Security Council adopted a resolution on Monday. It also urged Somali rebels to lay down their arms.",
			"020 IGOUNO>SOMREB"},
		// stays: a country or a person before, and an empty "it"
		{"Kenya sent troops to the border on Sunday. It called on Uganda to withdraw.", ""},
		{"The Arab League issued a statement on Sunday. It seems to welcome the Kenyan decision.", ""},
	}
	for _, c := range two {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 1); g != c.want {
			t.Errorf("%q: events of the second sentence %q, want %q", c.text, g, c.want)
		}
	}
}
