package pipeline

import (
	"strings"
	"testing"
)

// Session 23's rules (event/round23.go, data/event/round23.pat), on
// sentences written for the test. Each case names one sentence of a story
// (index si), an event it must have (want, "" for none) and one it must
// not (not). The rule cases were coded otherwise on the tree before the
// round (cd81361); the "stays" cases are nearby readings the rules must
// leave alone.
func TestRoundTwentyThree(t *testing.T) {
	cases := []struct {
		text string
		si   int
		want string
		not  string
	}{
		// occasionMeetings: a statement made "during", "in" or "after" a
		// meeting "with" another, in sentences the parser breaks
		{"Relations between the two nations keep growing, said Japanese Prime Minister Fumio Kishida during a meeting with Kenyan President William Ruto.",
			0, "040 JPNGOV>KENGOV", ""},
		{"The proposal was made by Japanese Prime Minister Fumio Kishida in his meeting with Kenyan President William Ruto.",
			0, "040 JPNGOV>KENGOV", ""},
		{"Tokyo will fund two new railway lines, Fumio Kishida said, after meeting with outgoing Kenyan President William Ruto on Monday.",
			0, "040 JPNGOV>KENGOV", ""},
		{"Kenyan President William Ruto arrived in Tokyo on Monday. After a meeting with Japanese Prime Minister Fumio Kishida, Ruto said that \"We would like this trip to be a real step in deepening our ties.\"",
			1, "040 KENGOV>JPNGOV", ""},
		// stays: a meeting still to come; a relative clause; negated
		{"Before a meeting with Kenyan President William Ruto, Japanese Prime Minister Fumio Kishida said that the two countries would cooperate.",
			0, "", "040 JPNGOV>KENGOV"},
		{"Japanese Prime Minister Fumio Kishida, who spoke after a meeting with Kenyan President William Ruto, praised the new railway.",
			0, "", "040 JPNGOV>KENGOV"},
		{"Japanese Prime Minister Fumio Kishida did not say anything during a meeting with Kenyan President William Ruto.",
			0, "", "040 JPNGOV>KENGOV"},
		// visitCalledOff: one's own visit put off or cancelled is no
		// reduction of relations
		{"Kenyan President William Ruto cancelled a planned visit to Norway because of illness.", 0, "", "161 KENGOV>NOR"},
		{"Kenyan President William Ruto has indefinitely postponed a visit to Chile.", 0, "", "160 KENGOV>CHL"},
		// stays: a ban on others' visits; visits called off as a measure
		{"The Arab League suspended ministerial visits to Syria.", 0, "161 IGOMEAARL>SYR", ""},
		{"Canada cancelled ministerial visits to Myanmar after the coup.", 0, "160 CAN>MMR", ""},
		// DEMAND_DEPARTURE: a demand that a leader go
		{"Germany demanded the departure of the Iraqi prime minister.", 0, "1041 DEU>IRQGOV", "100 DEU>IRQGOV"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2023-05-10")
		g := markedEvents(d, c.si)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}

// wantNotEvents checks the events g (markedEvents' "code SRC>TGT" list, comma
// separated) of text: want among them and not absent ("" skips either).
// "040 COLGOV>" is a targetless event.
func wantNotEvents(t *testing.T, text, g, want, not string) {
	t.Helper()
	has := func(e string) bool {
		for _, x := range strings.Split(g, ",") {
			if x == e {
				return true
			}
		}
		return false
	}
	if want != "" && !has(want) {
		t.Errorf("%q: events %q, want %q among them", text, g, want)
	}
	if not != "" && has(not) {
		t.Errorf("%q: events %q, want no %q", text, g, not)
	}
}
