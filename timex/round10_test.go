package timex

import "testing"

// Tenth round: cases written for the round's rules, each with the
// publication date it is read against.
var round10Cases = []struct{ text, date, want string }{
	// A year-back comparison after a whole year already a year back is
	// that year, not one more back.
	{"Last year storm losses totalled 5 million dollars, when net profit was 235 million dollars. The year-earlier results have been restated.", "2024-10-20",
		"Last year|DATE|2023; year-earlier|DATE|2023"},
	{"The mill reported a loss of 9 million dollars in the 2023 period. The year-ago results included a large charge.", "2024-10-20",
		"the 2023 period|DATE|2023; year-ago|DATE|2023"},
	// In the first quarter a year just over is still the one reported on.
	{"Profit rose 8 percent in 2023. The year-earlier results included a charge.", "2024-02-20",
		"2023|DATE|2023; year-earlier|DATE|2022"},
	// A second comparison with "a year ago" names the same period; a step
	// in a narrative still goes back.
	{"The mill lost 3 million dollars a year ago. Sales were 48 million dollars compared with 37 million dollars a year earlier.", "2024-10-20",
		"a year ago|DATE|2023; a year earlier|DATE|2023"},
	{"The party lost power a year ago. A year earlier, it had won a landslide.", "2024-10-20",
		"a year ago|DATE|2023; A year earlier|DATE|2022"},
	// An extended deadline lies ahead, as a postponed one does.
	{"Election officials extended the vote until Monday because of missing ballot papers.", "2024-05-04", "Monday|DATE|2024-05-06"},
	{"Officials extended their deadline until 9 a.m. Tuesday.", "2024-05-06", "9 a.m. Tuesday|TIME|2024-05-07T09:00"},
	{"Officials had extended the vote until Monday.", "2024-05-04", "Monday|DATE|2024-04-29"},
	// The period words after "the quarter ended Sept. 30" take the
	// quarter, not the year.
	{"The bank lost 92 million dollars for the quarter ended Sept. 30. It earned 10 million dollars in the year-ago quarter.", "2024-10-20",
		"the quarter|DATE|2024-Q3; Sept. 30|DATE|2024-09-30; the year-ago quarter|DATE|2023-Q3"},
	{"Profit for the quarter ended Sept. 30 fell to 4 million dollars from 9 million dollars for the corresponding period last year.", "2024-10-20",
		"the quarter|DATE|2024-Q3; Sept. 30|DATE|2024-09-30; the corresponding period last year|DATE|2023-Q3"},
	// "the same period of 2023": the period last mentioned, in the year
	// named; it does not become the anchor.
	{"Profit rose to 5 million dollars in the first quarter from 2 million dollars in the same period of 2023.", "2024-11-15",
		"the first quarter|DATE|2024-Q1; the same period of 2023|DATE|2023-Q1"},
	{"Exports rose 3 percent in October from the same month of last year.", "2024-11-15",
		"October|DATE|2024-10; the same month of last year|DATE|2023-10"},
	{"Births in the first nine months of 2024 fell to 142,000, 4,000 less than the same period of 2023, while 89,000 people left in the same period.", "2024-11-15",
		"the first nine months|DURATION|P9M; 2024|DATE|2024; the same period of 2023|DATE|2023; the same period|DATE|2024"},
	// "from a year earlier to ... in 2023": the period named after it, a
	// year back.
	{"Net foreign investment fell 34.4 percent from a year earlier to 1.05 billion dollars in 2023, the central bank said.", "2024-04-08",
		"a year earlier|DATE|2022; 2023|DATE|2023"},
	{"Sales rose 9 percent from a year earlier, the company said.", "2024-04-08",
		"a year earlier|DATE|2023"},
	// "the same month last year" is one expression; a compared "previous
	// month" does not move the story out of its month.
	{"Retail sales in September rose 0.6 percent from the previous month and 7.8 percent from the same month last year.", "2024-11-15",
		"September|DATE|2024-09; the previous month|DATE|2024-08; the same month last year|DATE|2023-09"},
	{"Sales in October rose from the same month a year earlier.", "2024-11-15",
		"October|DATE|2024-10; the same month a year earlier|DATE|2023-10"},
	// A possessive weekday compared with is not the story's day; a clock
	// time after it in its clause is on it.
	{"At 5 p.m., the dollar was quoted at 117.46 yen against Tuesday's 5 p.m. quotes of 117.87 yen in New York. It moved between 117.38 yen and 117.94 yen during the day.", "2024-05-01",
		"5 p.m.|TIME|2024-05-01T17:00; Tuesday|DATE|2024-04-30; 5 p.m.|TIME|2024-04-30T17:00; the day|DATE|2024-05-01"},
	{"The rand was bid at 6.51 per dollar from Friday's close of 6.49 and Thursday's close of 6.50. At 15:40 (1340 GMT), gold was quoted at 495 dollars an ounce.", "2024-04-29",
		"Friday|DATE|2024-04-26; Thursday|DATE|2024-04-25; 15:40|TIME|2024-04-29T15:40; 1340 GMT|TIME|2024-04-29T13:40"},
	{"After Monday's attack, police reached the village at 10 p.m.", "2024-05-01",
		"Monday|DATE|2024-04-29; 10 p.m.|TIME|2024-04-29T22:00"},
	// "overnight" before a noun is background, not the day the report
	// goes on to.
	{"Oil prices were steady in Asian trade on Friday after sharp overnight gains. At 10:15 am (0215 GMT), the main contract was up 20 cents.", "2024-05-03",
		"Friday|DATE|2024-05-03; overnight|TIME|2024-05-02TNI; 10:15 am|TIME|2024-05-03T10:15; 0215 GMT|TIME|2024-05-03T02:15"},
	{"Rebels attacked the town overnight. At 11 p.m., the army arrived.", "2024-05-03",
		"overnight|TIME|2024-05-02TNI; 11 p.m.|TIME|2024-05-02T23:00"},
	// A quarter of a century is 25 years; half a century ago is a year.
	{"He served in the intelligence community for more than a quarter century.", "2024-05-01",
		"more than a quarter century|DURATION|P25Y"},
	{"It was the worst drought in a quarter of a century.", "2024-05-01",
		"a quarter of a century|DURATION|P25Y"},
	{"Nearly half a century ago, the dam was built.", "2024-05-01",
		"Nearly half a century ago|DATE|1974"},
	// "daily" and "weekly" naming a newspaper are no sets; a recurring
	// thing or an adverb stays.
	{"The liberal daily Hurriyet said the coalition would fall.", "2024-05-01", ""},
	{"The minister told the Sabah daily.", "2024-05-01", ""},
	{"Fernandes told the financial daily on Friday that sales rose.", "2024-05-01", "Friday|DATE|2024-04-26"},
	{"Bombings claim dozens of lives daily.", "2024-05-01", "daily|SET|P1D"},
	{"He spoke in his weekly Saturday radio address.", "2024-05-01", "weekly|SET|P1W; Saturday|DATE|2024-04-27"},
	// A season before "next year" or "last year" is one expression, as a
	// month is ("January next year").
	{"The dispute should be resolved by spring next year.", "2024-11-15", "spring next year|DATE|2025-SP"},
	{"The first kiss was in the spring this year.", "2024-11-15", "the spring this year|DATE|2024-SP"},
	{"Prices will fall next year.", "2024-11-15", "next year|DATE|2025"},
	// A condition in the present looks ahead.
	{"Peres pledged to restart talks if Labour wins parliamentary elections in March.", "2024-11-28", "March|DATE|2025-03"},
	{"He asked if fresh elections were held in March.", "2024-11-28", "March|DATE|2024-03"},
	{"He will be executed unless the governor intervenes before Tuesday.", "2024-12-11", "Tuesday|DATE|2024-12-17"},
	// After "the nine months" in its sentence, "a year earlier" is the
	// year before, not the quarter reported on a year before.
	{"Third-quarter profit rose to 5.8 million dollars from 4 million dollars a year earlier. For the nine months, the airline earned 18.9 million dollars, compared with a loss of 9.7 million dollars a year earlier.", "2024-10-26",
		"Third-quarter|DATE|2024-Q3; a year earlier|DATE|2023-Q3; the nine months|DURATION|P9M; a year earlier|DATE|2023"},
	// "this week" in a future clause on a Sunday is the week to come.
	{"The budget is to be approved by parliament this week.", "2024-05-05", "this week|DATE|2024-W19"},
	{"An airstrike this week killed up to 30 fighters.", "2024-05-05", "this week|DATE|2024-W18"},
	{"The budget is to be approved by parliament this week.", "2024-05-03", "this week|DATE|2024-W18"},
	// A possessive weekday compared with lies back, however far.
	{"Prices rose to 54.55 dollars on Friday from Thursday's 53.96 dollars.", "2024-04-30",
		"Friday|DATE|2024-04-26; Thursday|DATE|2024-04-25"},
	{"Organisers of Thursday's race would not comment.", "2024-04-30", "Thursday|DATE|2024-05-02"},
	// After the day a report came out, a comparison is with the period
	// it reports on.
	{"The airline netted 372 million euros in the third quarter, its report released Tuesday said. The surge against 87.9 million euros (103 million dollars) a year earlier came from asset sales.", "2024-11-12",
		"the third quarter|DATE|2024-Q3; Tuesday|DATE|2024-11-12; a year earlier|DATE|2023-Q3"},
	{"Police said on Tuesday that thefts rose in the third quarter. A year earlier, the force had 200 more officers.", "2024-11-12",
		"Tuesday|DATE|2024-11-12; the third quarter|DATE|2024-Q3; A year earlier|DATE|2023-Q3"},
}

func TestTagRound10(t *testing.T) {
	for _, c := range round10Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
