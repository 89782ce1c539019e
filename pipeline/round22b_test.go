package pipeline

import "testing"

// Session 22b's patterns (data/event/round22b.pat) and rule
// (event/round22b.go), on sentences written
// for the test. Each case lists every event of one sentence (markedEvents):
// the rule cases were coded otherwise before the round (b5a773b), the
// "stays" cases are nearby readings the patterns must leave alone.
func TestRoundTwentyTwoB(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		// EXPRESS_THANKS: thanks expressed to another are praise
		{"The Kenyan government expressed its deep appreciation for the support of Norway.", "051 KENGOV>NOR"},
		// stays: gratitude conveyed "to" another (already praise); hope
		// expressed is still an optimistic comment
		{"The Kenyan government conveyed its gratitude to Norway.", "051 KENGOV>NOR"},
		{"The Kenyan government expressed hope for better ties with Norway.", "013 KENGOV>NOR"},
		// WITHDRAW_SUPPORT: backing taken back reduces relations
		{"The Kenyan opposition party will withdraw its support for the government.", "160 KENOPP>KENGOV"},
		// HAVE_DISCUSSION: one discussion with another is a meeting
		{"The Kenyan president had a telephone discussion with the Ugandan president on Monday.", "040 KENGOV>UGAGOV"},
		// GRANT_ASYLUM: refuge granted, also when it is only decided
		{"Norway will grant refuge to a Kenyan opposition leader, its cabinet decided.", "075 NOR>KENOPP"},
		// stays: asylum granted (already 075); aid granted is still aid
		{"Norway granted asylum to a Kenyan opposition leader.", "075 NOR>KENOPP"},
		{"Norway granted aid to Kenya.", "070 NOR>KEN"},
		// agreedTalks (event/round22b.go): talks agreed to, or agreed to
		// attend, are a planned meeting
		{"Ugandan rebels have agreed to new talks with the Ugandan government.", "036 UGAREB>UGAGOV"},
		{"The Ugandan rebel leader has agreed to talks with President Museveni.", "036 UGAREB>UGAGOV"},
		{"The rebels have agreed to attend talks with the government in Kampala.", "036 UGAREB>UGAGOV"},
		// stays: an agreement to work together is still 030
		{"The Ugandan rebels agreed to work with the Ugandan government.", "030 UGAREB>UGAGOV"},
		// DEMAND_EXPLANATION: an explanation demanded of another
		{"The Kenyan government demanded explanations from Norway over the arrests.", "100 KENGOV>NOR"},
		// SIGN_TRADE: a trade accord or a contract signed is an agreement
		{"Kenya and Uganda signed a free trade agreement in March.", "057 KEN>UGA,057 UGA>KEN"},
		// (one way to a "with" partner since session 26,
		// event/withpartner26.go)
		{"Kenya signed a contract with Uganda.", "057 KEN>UGA"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
