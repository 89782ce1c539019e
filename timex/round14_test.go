package timex

import "testing"

// Fourteenth round: a date before a coordinated predicate ("... before the
// end of June and invited ...") takes the tense of its own clause, not
// that of the verb after "and".
var round14Cases = []struct{ text, date, want string }{
	{"Okonkwo said Ghana would open a consulate in Lyon before the end of June and invited the mayor to Accra.", "2025-03-14",
		"the end of June|DATE|2025-06"},
	{"The ministry said the ferry would resume service in May and thanked the port workers.", "2025-03-14",
		"May|DATE|2025-05"},
	{"The crew said it would bring the capsule back in the autumn and thanked the engineers.", "2025-03-14",
		"the autumn|DATE|2025-FA"},
	// unchanged: with no cue before the date, the verb after "and" is still the nearest
	{"In June and July the rebels attacked the convoys.", "2025-03-14",
		"June|DATE|2024-06; July|DATE|2024-07"},
	// unchanged: a noun after "and" is no predicate
	{"The talks will end in June and talks on trade were postponed.", "2025-03-14",
		"June|DATE|2025-06"},
}

func TestTagRound14(t *testing.T) {
	for _, c := range round14Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
