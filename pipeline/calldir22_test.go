package pipeline

import "testing"

// RECEIVE_CALL (data/event/round22b.pat): a call received from another is
// one event from the caller to the one called (the gold guide's meeting
// direction), where the CAMEO dictionary's RECEIVE coded it both ways.
// Sentences written for the test; the "stays" cases are nearby readings
// the pattern must leave alone.
func TestCallDirection22(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{"The Zambian president received a telephone call from the Malawian leader on Sunday.", "041 MWIGOV>ZMBGOV"},
		{"The Zambian president received a phone call from the Malawian leader.", "041 MWIGOV>ZMBGOV"},
		{"Chile's foreign minister took a call from his Peruvian counterpart.", "041 PERGOV>CHLGOV"},
		{"The Zambian president received an urgent telephone call from the US secretary of state.", "041 USAGOV>ZMBGOV"},
		{"The Ghanaian president got a call from the Togolese leader.", "041 TGOGOV>GHAGOV"},
		// stays: two parties named jointly call each other
		{"Zambia and Malawi spoke by telephone on Monday.", "041 MWI>ZMB,041 ZMB>MWI"},
		// stays: a call made to another, and other things taken or received
		{"The Zambian president telephoned the Malawian leader on Sunday.", "041 ZMBGOV>MWIGOV"},
		{"Zambia received the Malawian ambassador on Monday.", "043 ZMB>MWIGOV"},
		{"The Zambian president received a letter from the Malawian leader.", "040 MWIGOV>ZMBGOV"},
		{"Zambian troops took control of a Malawian border post.", "192 ZMBMIL>MWI"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
