package pipeline

import "testing"

// Session 29's recall round (event/recall29.go), on sentences written for
// the test; each positive case coded nothing before the round.
func TestRecall29(t *testing.T) {
	cases := []struct{ text, want string }{
		// repairNameCase: "from" hung on the title's first word
		{"The Zambian president received a phone call from Ugandan President Yoweri Museveni.", "041 UGAGOV>ZMBGOV"},
		// repairAirRaidVerb: "raid" tagged as a verb
		{"Two Taliban commanders were killed in a US air raid against their hideout in Helmand.", "195 USA>AFGREB"},
		// quotedSpeaker: the speaker of "was quoted as saying", and of
		// "quoted X as saying", at a meeting
		{"Kenyan President Mwai Kibaki was quoted as saying at a meeting with visiting Ugandan President Yoweri Museveni that trade would grow.",
			"040 KENGOV>UGAGOV"},
		{"State radio quoted Kenyan President Mwai Kibaki as saying at a meeting with Ugandan President Yoweri Museveni that trade would grow.",
			"040 KENGOV>UGAGOV"},
		// signedAside: the signing told in an aside on the agreement
		{"The deal, signed between the Spanish foreign minister and the Moroccan foreign minister, sets up a new fund.",
			"057 ESPGOV>MARGOV,057 MARGOV>ESPGOV"},
		{"The agreement, signed in Washington by Kenyan Trade Minister Mukhisa Kituyi and Ugandan Trade Minister Janat Mukwaya, will require approval by parliament.",
			"057 KENGOV>UGAGOV,057 UGAGOV>KENGOV"},
		// stays: a restrictive modifier, and a signing still to come
		{"The accord signed by Kenya and Uganda last year is in force.", ""},
		{"The accord, which will be signed by Kenya and Uganda on Monday, opens the border.", ""},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
	// stays: an aside that restates the signing the sentence before coded
	restated := "Kenya and Ethiopia signed a border agreement on Wednesday. " +
		"The agreement, signed at a hotel in Nairobi by the two foreign ministers, will take effect in May."
	if g := markedEvents(runStandard(t, restated, "2026-03-10"), 1); g != "" {
		t.Errorf("%q: events of the second sentence %q, want none", restated, g)
	}
}
