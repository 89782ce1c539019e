package pipeline

import "testing"

// Session 27's events round (event/round27.go, data/event/round27.pat), on
// sentences written for the test; each positive case coded a one-actor
// event, another code, a protest or nothing before the round.
func TestRound27(t *testing.T) {
	cases := []struct{ text, want string }{
		// othersTargets: "others"/"another" after a conjoined verb's object
		{"Kenyan troops killed two suspected militants and arrested five others near the border on Monday.",
			"173 KENMIL>KENREB,190 KENMIL>KENREB"},
		{"Ugandan police killed one rebel and detained another in the north on Tuesday.",
			"173 UGACOP>UGAREB,190 UGACOP>UGAREB"},
		// stays: "others" as a subject of its own verb names no one
		{"Ugandan police arrested one rebel on Tuesday while others fled into the forest.", "173 UGACOP>UGAREB"},
		// withoutShownDemonstrations: "demonstrate" with an object shows something
		{"The Ghanaian government demonstrated that it trusts the Togolese president.", ""},
		{"The Ghanaian president demonstrated his respect for the Togolese leader on Monday.", ""},
		{"The Peruvian president demonstrated his commitment to Chile during the meeting.", ""},
		// stays: the intransitive verb is a protest
		{"Kenyan students demonstrated against the Ugandan government on Monday.", "141 KENEDU>UGAGOV"},
		// praisedParties: the parties of a joint act praised
		{"The Kenyan president welcomed the resumption of peace talks in Ghana between the Sudanese government and Darfur rebels.",
			"051 KENGOV>SDNGOV,051 KENGOV>SDNREB"},
		{"The Kenyan president welcomed the truce agreement reached by the Ugandan government and the Lord's Resistance Army.",
			"051 KENGOV>UGAGOV,051 KENGOV>UGAREB"},
		{"The Kenyan president welcomed the efforts of Albania, Croatia and Macedonia to join the alliance.",
			"051 KENGOV>ALB,051 KENGOV>HRV,051 KENGOV>MKD"},
		// stays: one party of an "of" phrase, and praise of a person
		{"The Kenyan president welcomed the efforts of Uganda to end the war.", "051 KENGOV>UGA"},
		{"The Kenyan president praised the Ugandan president for his role in the talks.", "051 KENGOV>UGAGOV"},
		// issuedRelative: a relative clause on an issued document is the issuer's act
		{"The Arab League issued a statement on Monday that condemned the Israeli raid on Gaza.", "111 IGOMEAARL>ISR"},
		{"The Kenyan parliament passed a resolution Tuesday which urged the Ugandan government to release the prisoners.",
			"0253 KENLEG>UGAGOV"},
		// stays: a document one rejects does not speak for one
		{"The Kenyan minister rejected a resolution that condemned Uganda.", "1246 KENGOV>"},
		// TALK_ABOUT_WITH: a topic between "talked" and its "with" partner
		{"The Italian prime minister said he talked about trade with the Kenyan president.", "040 ITAGOV>KENGOV"},
		// stays: a planned talk is 036 as before
		{"The Italian prime minister will talk about trade with the Kenyan president.", "036 ITAGOV>KENGOV"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
