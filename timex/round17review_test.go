package timex

import "testing"

// Review of the seventeenth round: sentences written for the guards on its
// rules, each with the publication date it is read against. The first case
// of each group fails on the round's rules; the others guard what must not
// change.
var round17ReviewCases = []struct{ text, date, want string }{
	// A possessive weekday before a future verb is ahead only when it
	// names a scheduled event.
	{"Tuesday's landslide will be studied by engineers.", "2024-05-01", "Tuesday|DATE|2024-04-30"},
	{"Monday's verdict will be challenged, the defence said.", "2024-05-01", "Monday|DATE|2024-04-29"},
	{"Sunday's referendum is expected to pass easily.", "2024-05-01", "Sunday|DATE|2024-05-05"},
	{"Thursday's summit will focus on trade.", "2024-05-01", "Thursday|DATE|2024-05-02"},
	// A month or month-day put off to in the simple past, at most three
	// months back, is a recap.
	{"The inquiry was adjourned to March 15 and then closed.", "2024-05-01", "March 15|DATE|2024-03-15"},
	{"The curfew was extended until March and was lifted last week.", "2024-05-01",
		"March|DATE|2024-03; last week|DATE|2024-W17"},
	{"The talks have been postponed until March.", "2024-05-01", "March|DATE|2025-03"},
	{"The talks will be postponed until March.", "2024-05-01", "March|DATE|2025-03"},
	{"The vote was postponed until January.", "2024-05-01", "January|DATE|2025-01"},
	{"The inquiry was adjourned to March 15.", "2024-11-20", "March 15|DATE|2025-03-15"},
	// A month set for: the coming one, or in the simple past the nearer
	// one; "May" the name is no month.
	{"No date has yet been set for March talks, diplomats said.", "2023-11-17", "March|DATE|2024-03"},
	{"The summit was scheduled for March but never took place.", "2024-06-10", "March|DATE|2024-03"},
	{"The summit was scheduled for March.", "2023-11-17", "March|DATE|2024-03"},
	{"The scene is set for May to meet the party.", "2019-03-20", ""},
	{"Crowds planned for May's speech in Leeds never came.", "2019-03-20", ""},
	{"A ballot is scheduled for May, officials said.", "2019-03-20", "May|DATE|2019-05"},
	// "The day before" and "the day after" step from a date of their own
	// or the previous sentence, not from an event-named step.
	{"Talks are due in 2027. The day before, the border will close.", "2024-05-01", "2027|DATE|2027"},
	// session 24: "the day before the vote" in apposition is Tuesday
	{"She landed on Tuesday, the day before the vote, and flew home the day after.", "2024-05-01",
		"Tuesday|DATE|2024-04-30; the day|DATE|2024-04-30"},
	{"Flooding was worse than the year before, farmers said.", "2024-05-01", "the year before|DATE|2023"},
	{"The talks opened on Friday. The day before, the host had arrived.", "2024-05-01",
		"Friday|DATE|2024-04-26; The day before|DATE|2024-04-25"},
}

func TestTagRound17Review(t *testing.T) {
	for _, c := range round17ReviewCases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
