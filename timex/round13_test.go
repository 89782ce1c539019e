package timex

import "testing"

// Thirteenth round: cases written for the round's rules, each with the
// publication date it is read against. Each rule has a case that fails on
// the twelfth round's rules; the others guard what must not change.
var round13Cases = []struct{ text, date, want string }{
	// A span of years anchors every anaphor ahead from its last year, as
	// "two years later" does: "the following spring", "the spring of the
	// following year", "the first quarter of the next year" (were counted
	// from its first year); one behind still counts from its first.
	{"Veterans of the 1980-1988 war met in Basra. By the following spring, most had left the army.", "2024-05-01",
		"1980-1988|DATE|1980; the following spring|DATE|1989-SP"},
	{"The 1980-1988 war ruined the port. In the spring of the following year, trade resumed.", "2024-05-01",
		"1980-1988|DATE|1980; the spring of the following year|DATE|1989-SP"},
	{"The 1980-1988 war ruined the port. In the first quarter of the following year, trade resumed.", "2024-05-01",
		"1980-1988|DATE|1980; the first quarter of the following year|DATE|1989-Q1"},
	{"The 1980-1988 war ruined the port. The previous summer had been calm.", "2024-05-01",
		"1980-1988|DATE|1980; The previous summer|DATE|1979-SU"},
	// A split year ends by its last year's spring.
	{"The 2004-05 season ended badly. The following summer the club was sold.", "2024-05-01",
		"2004-05|DATE|2004; The following summer|DATE|2005-SU"},
	{"The 2004-05 season ended badly. The following spring the club was sold.", "2024-05-01",
		"2004-05|DATE|2004; The following spring|DATE|2006-SP"},
	// A plain year is unchanged.
	{"The rebels took the town in 2003. By the following spring they held the north.", "2024-05-01",
		"2003|DATE|2003; the following spring|DATE|2004-SP"},
	// "a year earlier" after a span of months in its sentence is that
	// span a year back, valued as its year, whatever the last date was.
	{"The brewer reported on Friday a loss of $12 million for the first nine months, against a profit of $5 million a year earlier.", "1989-10-30",
		"Friday|DATE|1989-10-27; the first nine months|DURATION|P9M; a year earlier|DATE|1988"},
	{"The brewer reported a loss of $12 million on Friday. It had a profit of $5 million a year earlier.", "1989-10-30",
		"Friday|DATE|1989-10-27; a year earlier|DATE|1988-10-27"},
	// A day named as a possessive modifier is not the day the story goes
	// on in: a bare part of day or "the day" passes over it; "the same
	// day" still takes it.
	{"Supporters of the mayor marched on Saturday ahead of Sunday's vote. Police counted 3,000 marchers in the afternoon.", "2024-04-27",
		"Saturday|DATE|2024-04-27; Sunday|DATE|2024-04-28; the afternoon|TIME|2024-04-27TAF"},
	{"Bank stocks slid on Wednesday after Tuesday's rally. The pound closed the day at 1.25 dollars.", "2024-05-01",
		"Wednesday|DATE|2024-05-01; Tuesday|DATE|2024-04-30; the day|DATE|2024-05-01"},
	// A past possessive day alone is the day the story goes on in
	// (review: "Monday's bombing killed 12 people. The bomber struck at
	// 9 a.m." was publication day).
	{"Voters rejected Sunday's referendum. Crowds celebrated in the evening.", "2024-05-01",
		"Sunday|DATE|2024-04-28; the evening|TIME|2024-04-28TEV"},
	{"Monday's bombing killed 12 people. The bomber struck at 9 a.m. outside the court.", "2024-05-01",
		"Monday|DATE|2024-04-29; 9 a.m.|TIME|2024-04-29T09:00"},
	{"Thursday's motion will be tabled on the same day as the summit.", "2024-05-01",
		"Thursday|DATE|2024-05-02; the same day|DATE|2024-05-02"},
	{"Police said the blast hit the market on Tuesday. Rescuers searched the ruins during the day.", "2024-05-01",
		"Tuesday|DATE|2024-04-30; the day|DATE|2024-04-30"},
	// A month ending a state after "until" or "through" in a present
	// perfect clause lies ahead: the state holds now.
	{"The charity has halted its work in the camps until January.", "2024-12-18", "January|DATE|2025-01"},
	// ... the nearest such month, which may be past (review).
	{"Gold has gained 12 percent this year through March.", "2024-05-03", "this year|DATE|2024; March|DATE|2024-03"},
	{"The fund has returned 4 percent in the 12 months through June.", "2024-08-01", "the 12 months|DURATION|P12M; June|DATE|2024-06"},
	{"Two banks have extended the carmaker a credit line worth 40 million euros through March.", "2024-10-30", "March|DATE|2025-03"},
	{"The strike lasted until March.", "2024-05-01", "March|DATE|2024-03"},
	{"The charity had halted its work in the camps until January.", "2024-12-18", "January|DATE|2024-01"},
}

func TestTagRound13(t *testing.T) {
	for _, c := range round13Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
