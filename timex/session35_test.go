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
