package timex

import "testing"

// A date before a trailing participle clause takes its tense from its own
// clause (2025-06-05 is a Thursday). With TrailingParticiple off the past
// tense of the participle clause wins.
func TestTrailingParticiple(t *testing.T) {
	cases := []struct{ text, date, on, off string }{
		{"The minister announced that the country would close its last open border crossing with its western neighbour from Friday, saying rebels blocked the road.",
			"2025-06-05", "Friday|DATE|2025-06-06", "Friday|DATE|2025-05-30"},
		{"The union said the strike will end at the three largest ports of the northern coast on Monday, adding talks failed.",
			"2025-06-05", "Monday|DATE|2025-06-09", "Monday|DATE|2025-06-02"},
		// guard: no cue before the date, the clause after it decides
		{"On Friday, saying the talks had failed, the union walked out.",
			"2025-06-05", "Friday|DATE|2025-05-30", "Friday|DATE|2025-05-30"},
	}
	defer func(on bool) { TrailingParticiple = on }(TrailingParticiple)
	for _, c := range cases {
		for _, on := range []bool{true, false} {
			TrailingParticiple = on
			want := c.off
			if on {
				want = c.on
			}
			if got := show(tag(c.text, c.date)); got != want {
				t.Errorf("%q (on=%v)\n got  %s\n want %s", c.text, on, got, want)
			}
		}
	}
}
