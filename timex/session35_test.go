package timex

import "testing"

// Session 35 (timex round): sentences of our own for each rule, read
// against Wednesday 2024-05-01 (or the date given), with the rule's switch
// on and off. Each rule's first cases fail with its switch off; the guards
// pass either way.
var session35Cases = []struct {
	sw                  *bool
	date, text, on, off string
}{
	// a possessive weekday that is the subject of a past verb
	{&PastSubjectDay, "", "Friday's attack killed 12 people.",
		"Friday|DATE|2024-04-26", "Friday|DATE|2024-05-03"},
	{&PastSubjectDay, "", "Friday's vote was marred by violence.",
		"Friday|DATE|2024-04-26", "Friday|DATE|2024-05-03"},
	{&PastSubjectDay, "", "Friday's bombing, which killed 12 people, was the worst in years.",
		"Friday|DATE|2024-04-26; years|DURATION|PXY", "Friday|DATE|2024-05-03; years|DURATION|PXY"},
	{&PastSubjectDay, "2024-05-03", "Saturday's runoff drew few voters.",
		"Saturday|DATE|2024-04-27", "Saturday|DATE|2024-05-04"},
	{&PastSubjectDay, "", "Friday's vote will be monitored by observers.",
		"Friday|DATE|2024-05-03", "Friday|DATE|2024-05-03"},
	{&PastSubjectDay, "", "Friday's final was postponed because of rain.",
		"Friday|DATE|2024-05-03", "Friday|DATE|2024-05-03"},
	{&PastSubjectDay, "", "Friday's vote was expected to be close.",
		"Friday|DATE|2024-05-03", "Friday|DATE|2024-05-03"},
	// a hyphenated count with a half
	{&HyphenHalf, "", "After more than three-and-a-half years of fighting, the talks resumed.",
		"more than three-and-a-half years|DURATION|P3Y6M", "years|DURATION|PXY"},
	{&HyphenHalf, "", "The currency stood at two-and-a-half-year highs.",
		"two-and-a-half-year|DURATION|P2Y6M", ""},
	{&HyphenHalf, "", "They held a one-and-a-half-hour meeting.",
		"one-and-a-half-hour|DURATION|PT1H30M", ""},
	{&HyphenHalf, "", "A two-and-a-half-year-old girl was rescued.", "", ""},
	{&HyphenHalf, "", "He scored two-and-a-half points.", "", ""},
	{&HyphenHalf, "", "The two-and-a-half-month-old truce collapsed.",
		"two-and-a-half-month-old|DURATION|P2M15D", ""},
	{&HyphenHalf, "", "The yen hit a two-and-a-half-year-high.", "", ""},
	// "that year" after a month
	{&MonthThatYear, "", "The war began in 1990. In September that year, the army invaded.",
		"1990|DATE|1990; September that year|DATE|1990-09", "1990|DATE|1990; September|DATE|2023-09; that year|DATE|2023"},
	{&MonthThatYear, "", "The war began in 1990. On Sept. 5 of that same year, the army invaded.",
		"1990|DATE|1990; Sept. 5 of that same year|DATE|1990-09-05", "1990|DATE|1990; Sept. 5|DATE|2023-09-05; same year|DATE|2023"},
	{&MonthThatYear, "", "He warned in March that year's harvest would fail.",
		"March|DATE|2024-03; that year|DATE|2024", "March|DATE|2024-03; that year|DATE|2024"},
	// the year that opens a sentence
	{&FrameYear, "", "In 1976, the pound began a slide which led ministers to ask for a loan in September.",
		"1976|DATE|1976; September|DATE|1976-09", "1976|DATE|1976; September|DATE|2023-09"},
	{&FrameYear, "", "In March 1990, the army crossed the border on March 5.",
		"March 1990|DATE|1990-03; March 5|DATE|1990-03-05", "March 1990|DATE|1990-03; March 5|DATE|2024-03-05"},
	{&FrameYear, "", "In 2019, the firm lost money, and it expects to break even in March.",
		"2019|DATE|2019; March|DATE|2025-03", "2019|DATE|2019; March|DATE|2025-03"},
	{&FrameYear, "", "Prices showed their sharpest fall since September 1986 in March.",
		"September 1986|DATE|1986-09; March|DATE|2024-03", "September 1986|DATE|1986-09; March|DATE|2024-03"},
	// a verb of intention before "to" after a pronoun
	{&IntentAfterPronoun, "", "He plans to visit China on Monday.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-04-29"},
	{&IntentAfterPronoun, "", "The company, which plans to list its shares in March, lost money.",
		"March|DATE|2025-03", "March|DATE|2024-03"},
	{&IntentAfterPronoun, "", "He meets the king on Monday.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-05-06"},
	// "likely to", "needs to"
	{&LikelyTo, "", "Talks are likely to resume on Monday.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-04-29"},
	{&LikelyTo, "", "The team needs to win on Saturday.",
		"Saturday|DATE|2024-05-04", "Saturday|DATE|2024-04-27"},
	{&LikelyTo, "", "The team needed to win on Saturday.",
		"Saturday|DATE|2024-04-27", "Saturday|DATE|2024-04-27"},
	{&LikelyTo, "2024-05-14", "The rise in the tax on April 1 unlikely to hurt growth was welcomed.",
		"April 1|DATE|2024-04-01", "April 1|DATE|2024-04-01"},
	// the end of a range after "to"
	{&RangeTo, "", "The season runs from May to September.",
		"May|DATE|2024-05; September|DATE|2024-09", "May|DATE|2023-05; September|DATE|2023-09"},
	{&RangeTo, "", "The exhibition runs from June 3 to August 20.",
		"June 3|DATE|2024-06-03; August 20|DATE|2024-08-20", "June 3|DATE|2024-06-03; August 20|DATE|2023-08-20"},
	{&RangeTo, "", "The season ran from May to September.",
		"May|DATE|2023-05; September|DATE|2023-09", "May|DATE|2023-05; September|DATE|2023-09"},
	{&RangeTo, "2024-11-21", "Figures show that trade from January to September hit a record.",
		"January|DATE|2024-01; September|DATE|2024-09", "January|DATE|2024-01; September|DATE|2024-09"},
	// four digits before "local time" or "hours"
	{&ClockLocal, "", "The blast occurred at 1945 local time.",
		"1945 local time|TIME|2024-05-01T19:45", "1945|DATE|1945"},
	{&ClockLocal, "", "The curfew begins at 2200 hours.",
		"2200 hours|TIME|2024-05-01T22:00", "2200 hours|DURATION|PT2200H"},
	{&ClockLocal, "", "The war ended in 1945.",
		"1945|DATE|1945", "1945|DATE|1945"},
	// the quarter of "the quarter ended <day>"
	{&QuarterEnded, "2024-10-30", "The firm lost money in the quarter ended July 31.",
		"the quarter|DATE|2024-Q2; July 31|DATE|2024-07-31", "the quarter|DATE|2024-Q3; July 31|DATE|2024-07-31"},
	{&QuarterEnded, "", "The firm lost money in the quarter ended June 30.",
		"the quarter|DATE|2023-Q2; June 30|DATE|2023-06-30", "the quarter|DATE|2024-Q1; June 30|DATE|2024-06-30"},
	{&QuarterEnded, "2024-10-30", "The firm lost money in the quarter ended Sept. 30.",
		"the quarter|DATE|2024-Q3; Sept. 30|DATE|2024-09-30", "the quarter|DATE|2024-Q3; Sept. 30|DATE|2024-09-30"},
	// a weekday after a definite deed
	{&PastDeedDay, "", "Police said the man will appear in court on Monday after his arrest on Sunday.",
		"Monday|DATE|2024-05-06; Sunday|DATE|2024-04-28", "Monday|DATE|2024-05-06; Sunday|DATE|2024-05-05"},
	{&PastDeedDay, "", "Patrols will be stepped up after the bombing on Sunday.",
		"Sunday|DATE|2024-04-28", "Sunday|DATE|2024-05-05"},
	{&PastDeedDay, "", "Police will try to prevent an attack on Sunday.",
		"Sunday|DATE|2024-05-05", "Sunday|DATE|2024-05-05"},
	// an amount with its conversion in brackets before "a month"
	{&MoneyParen, "", "The workers earn 3,000 pesos (55 dollars) a month.",
		"", "a month|DURATION|P1M"},
	{&MoneyParen, "", "The fund needs 150 billion (dollars) a year.",
		"", "a year|DURATION|P1Y"},
	{&MoneyParen, "", "He stayed in the capital (for talks) a week.",
		"a week|DURATION|P1W", "a week|DURATION|P1W"},
}

func TestTagSession35(t *testing.T) {
	for _, c := range session35Cases {
		date := c.date
		if date == "" {
			date = "2024-05-01"
		}
		for _, on := range []bool{true, false} {
			*c.sw = on
			got := show(tag(c.text, date))
			*c.sw = true
			want := c.on
			if !on {
				want = c.off
			}
			if got != want {
				t.Errorf("%q (rule on: %v)\n got  %s\n want %s", c.text, on, got, want)
			}
		}
	}
}
