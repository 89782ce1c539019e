package timex

import "testing"

// Seventeenth round: sentences written for the round's rules, each with the
// publication date it is read against. Each rule has a case that fails on
// the sixteenth round's rules; the others guard what must not change.
var round17Cases = []struct{ text, date, want string }{
	// (b) "the day before", "the week after": adverbs, a step from the
	// last date mentioned.
	{"The minister resigned on Friday. The day before, she had met the president.", "2024-05-01",
		"Friday|DATE|2024-04-26; The day before|DATE|2024-04-25"},
	{"The accord was signed on April 20. The day after, the rebels withdrew.", "2024-05-01",
		"April 20|DATE|2024-04-20; The day after|DATE|2024-04-21"},
	{"The accord was signed on April 20. The week before, the rebels had shelled the town.", "2024-05-01",
		"April 20|DATE|2024-04-20; The week before|DATE|2024-W15"},
	{"Forty monks were freed in 2019 and twelve the year before.", "2024-05-01",
		"2019|DATE|2019; the year before|DATE|2018"},
	{"She wrote to him on March 3. He had written to her the month before and again in April.", "2024-05-01",
		"March 3|DATE|2024-03-03; the month before|DATE|2024-02; April|DATE|2024-04"},
	{"The day before the vote, the rebels shelled the town.", "2024-05-01", ""},
	// session 24: "the day after" an event is a day from the day in focus
	{"The accord was signed on April 20. The day after the signing, the rebels withdrew.", "2024-05-01",
		"April 20|DATE|2024-04-20; The day|DATE|2024-04-21"},
	{"The envoy was in Cairo the week before last.", "2006-11-15",
		"the week before last|DATE|2006-W44"},
	// (c) a month or month-day something is put off, moved or extended
	// to lies ahead, as a weekday did.
	{"The hearing was postponed until March.", "2024-08-20", "March|DATE|2025-03"},
	{"The court adjourned the case to February.", "2024-08-20", "February|DATE|2025-02"},
	{"The ban was extended until January.", "2024-05-01", "January|DATE|2025-01"},
	{"The deadline was extended to Jan. 31.", "2024-05-01", "Jan. 31|DATE|2025-01-31"},
	{"The summit was rescheduled for February 12.", "2024-08-20", "February 12|DATE|2025-02-12"},
	{"The ban lasted until January.", "2024-05-01", "January|DATE|2024-01"},
	{"The ban had been extended until January.", "2024-05-01", "January|DATE|2024-01"},
	{"An earlier resolution, which gave Iran until August 31 to comply, was ignored.", "2006-12-11",
		"August 31|DATE|2006-08-31"},
	{"The truce was extended for a year in March.", "2024-05-01", "a year|DURATION|P1Y; March|DATE|2024-03"},
	// (c) a possessive weekday that is the subject of a future clause is
	// still to come.
	{"Officials said Sunday's elections will go ahead despite the boycott.", "2005-11-29",
		"Sunday|DATE|2005-12-04"},
	{"Sunday's final is expected to draw a record crowd.", "2005-11-29",
		"Sunday|DATE|2005-12-04"},
	{"Sunday's election was the first in five years.", "2005-11-29",
		"Sunday|DATE|2005-11-27; five years|DURATION|P5Y"},
	{"Sunday's result would give him a majority.", "2005-11-29", "Sunday|DATE|2005-11-27"},
	{"After Sunday's vote, the new parliament will meet.", "2005-11-29", "Sunday|DATE|2005-11-27"},
	// (c) a month or month-day after a present verb of schedule lies
	// ahead, unless it is the current month or a day of the last month.
	{"The contract expires in December.", "2024-02-10", "December|DATE|2024-12"},
	{"The tournament starts on June 9.", "2005-11-22", "June 9|DATE|2006-06-09"},
	{"The contract expired in December.", "2024-02-10", "December|DATE|2023-12"},
	{"The contract expires in February.", "2024-02-10", "February|DATE|2024-02"},
	{"The budget year begins April 1.", "1997-04-13", "April 1|DATE|1997-04-01"},
	{"His visits in December drew crowds.", "2024-02-10", "December|DATE|2023-12"},
	{"The law takes effect on January 1.", "2024-05-01", "January 1|DATE|2025-01-01"},
	{"The law comes into force in January.", "2024-05-01", "January|DATE|2025-01"},
	{"The law took effect on January 1.", "2024-05-01", "January 1|DATE|2024-01-01"},
	// An -ed adjective after "remain" or "stay" is no past verb.
	{"The embassy will remain closed until Monday.", "2024-05-01", "Monday|DATE|2024-05-06"},
	{"The embassy remained closed on Monday.", "2024-05-01", "Monday|DATE|2024-04-29"},
	// An ambiguous month set for a thing: "set for March", "scheduled
	// for May"; not "voted for May".
	{"Elections are set for March.", "2023-11-17", "March|DATE|2024-03"},
	{"A referendum is scheduled for May, officials said.", "2023-11-17", "May|DATE|2024-05"},
	{"Most members voted for May in the leadership contest.", "2023-11-17", ""},
	{"Support for May collapsed after the vote.", "2023-11-17", ""},
	{"Rebel MPs called for May to resign.", "2018-11-17", ""},
	// (f) "the past year and a half" is a length.
	{"The two countries have been at odds for the past year and a half.", "2024-05-01",
		"the past year and a half|DURATION|P1Y6M"},
	{"Prices rose in the past year.", "2024-05-01", "the past year|DATE|2023"},
}

func TestTagRound17(t *testing.T) {
	for _, c := range round17Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
