package timex

import "testing"

// Session 24: sentences written for the session's rules, each with the
// publication date it is read against. The first cases of each group fail
// on the rules before the session; the guards pass on both.
var session24Cases = []struct{ text, date, want string }{
	// "the following <weekday>" and "the next <weekday>" count from the
	// day in focus, not from publication
	{"The deadline passed on Thursday and was extended to the following Tuesday.", "2000-04-03",
		"Thursday|DATE|2000-03-30; the following Tuesday|DATE|2000-04-04"},
	{"The boat reached the harbour on Nov. 25. The following Sunday, the crew held a party.", "2000-04-03",
		"Nov. 25|DATE|1999-11-25; The following Sunday|DATE|1999-11-28"},
	{"The vote was held on March 2. The next Friday, the results were published.", "2000-04-03",
		"March 2|DATE|2000-03-02; The next Friday|DATE|2000-03-03"},
	// guards: "following" as a preposition; a deictic "next Friday"
	{"Fans cheered in the streets following Tuesday's win.", "2000-04-05",
		"Tuesday|DATE|2000-04-04"},
	{"The vote was held on March 2. The board will meet next Friday.", "2000-04-03",
		"March 2|DATE|2000-03-02; next Friday|DATE|2000-04-07"},
	{"The envoy arrived on Monday. The previous Friday, he had met the king.", "2000-04-05",
		"Monday|DATE|2000-04-03; The previous Friday|DATE|2000-03-31"},
	// a deadline set in a past clause may lie months back
	{"The agency first ordered the files returned by Jan. 14.", "2000-04-03",
		"Jan. 14|DATE|2000-01-14"},
	{"The regulator demanded that the banks comply by December.", "2000-02-03",
		"December|DATE|1999-12"},
	// guards: a deadline in a future clause, or far back, lies ahead; a
	// directive's ("urged ... to sign by") is left to the directive rule
	{"The company said it expects to finish the work by Jan. 15.", "2000-04-03",
		"Jan. 15|DATE|2001-01-15"},
	{"The two sides agreed to pull out their troops by March.", "2000-11-03",
		"March|DATE|2001-03"},
	{"The envoy urged the parties to sign the accord by Dec. 15.", "2000-11-03",
		"Dec. 15|DATE|2000-12-15"},
	{"The leaders invited the king to visit by the end of June.", "2000-11-03",
		"the end of June|DATE|2001-06"},
	// "the day before/after" an event: a date, from the day in focus, or
	// that day itself in apposition
	{"The ship sank on Oct. 23. Two divers reached the wreck the day after the sinking.", "1998-11-20",
		"Oct. 23|DATE|1998-10-23; the day|DATE|1998-10-24"},
	{"The market was closed on Thursday, the day after the storm hit the coast.", "1998-08-12",
		"Thursday|DATE|1998-08-06; the day|DATE|1998-08-06"},
	{"Polls will open on Sunday. Campaigning must stop the day before the vote.", "1998-08-12",
		"Sunday|DATE|1998-08-16; the day|DATE|1998-08-15"},
	// guards: no day mentioned, a length of time, the adverbs
	{"Prices fell the day after the announcement.", "1998-08-12",
		""},
	{"Voters went to the polls on Sunday. Officials slept through the day after counting the ballots.", "1998-08-12",
		"Sunday|DATE|1998-08-09"},
	{"Officials spoke on Thursday. Their appeal was issued the day after the council turned down the proposal.", "1998-08-13",
		"Thursday|DATE|1998-08-13"},
	{"Aides said on Wednesday that the two ministers first met the day after the treaty was signed on Sept. 26.", "2006-11-02",
		"Wednesday|DATE|2006-11-01; Sept. 26|DATE|2006-09-26"},
	{"The raid took place the day before yesterday.", "1998-08-12",
		"the day before yesterday|DATE|1998-08-10"},
	{"The envoy left on Monday. The day before, she had met the president.", "1998-08-12",
		"Monday|DATE|1998-08-10; The day before|DATE|1998-08-09"},
}

func TestTagSession24(t *testing.T) {
	for _, c := range session24Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
