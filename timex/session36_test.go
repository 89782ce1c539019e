package timex

import "testing"

// Session 36 (timex round): sentences of our own for each rule, read
// against Wednesday 2024-05-08 (or the date given), with the rule's switch
// on and off. Each rule's first cases fail with its switch off; the guards
// pass either way.
var session36Cases = []struct {
	sw                  *bool
	date, text, on, off string
}{
	// more present verbs of schedule before a weekday
	{&SchedMoreDay, "", "Campaigning ends on Friday.",
		"Friday|DATE|2024-05-10", "Friday|DATE|2024-05-03"},
	{&SchedMoreDay, "", "The summit takes place on Friday in Vienna.",
		"Friday|DATE|2024-05-10", "Friday|DATE|2024-05-03"},
	{&SchedMoreDay, "", "The new tariff takes effect on Saturday.",
		"Saturday|DATE|2024-05-11", "Saturday|DATE|2024-05-04"},
	{&SchedMoreDay, "", "The law comes into force on Saturday.",
		"Saturday|DATE|2024-05-11", "Saturday|DATE|2024-05-04"},
	{&SchedMoreDay, "", "The ruling party holds its congress on Saturday.",
		"Saturday|DATE|2024-05-11", "Saturday|DATE|2024-05-04"},
	{&SchedMoreDay, "", "Foreign ministers hold talks on Friday in Oslo.",
		"Friday|DATE|2024-05-10", "Friday|DATE|2024-05-03"},
	{&SchedMoreDay, "", "Opposition parties stage a rally on Saturday.",
		"Saturday|DATE|2024-05-11", "Saturday|DATE|2024-05-04"},
	{&SchedMoreDay, "", "The polls close at 8 p.m. on Sunday.",
		"8 p.m. on Sunday|TIME|2024-05-12T20:00", "8 p.m. on Sunday|TIME|2024-05-05T20:00"},
	{&SchedMoreDay, "2024-05-09", "The festival, which ends on Monday, draws crowds.",
		"Monday|DATE|2024-05-13", "Monday|DATE|2024-05-06"},
	{&SchedMoreDay, "", "The booths close at 9 p.m. on Tuesday.",
		"9 p.m. on Tuesday|TIME|2024-05-07T21:00", "9 p.m. on Tuesday|TIME|2024-05-07T21:00"},
	{&SchedMoreDay, "", "Police hold three men arrested on Monday.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-05-06"},
	{&SchedMoreDay, "", "Crowds gather in the square on Friday, witnesses said.",
		"Friday|DATE|2024-05-03", "Friday|DATE|2024-05-03"},
	// a habit keeps Monday the nearer day; the range no longer runs
	// backwards with the rule on
	{&SchedMoreDay, "", "The offices hold hearings from Monday to Friday.",
		"Monday|DATE|2024-05-06; Friday|DATE|2024-05-10", "Monday|DATE|2024-05-06; Friday|DATE|2024-05-03"},
	{&SchedMoreDay, "", "The strike enters its second week on Monday.",
		"Monday|DATE|2024-05-13", "Monday|DATE|2024-05-06"},
	{&SchedMoreDay, "", "The cabinet discusses the plan on Thursday.",
		"Thursday|DATE|2024-05-09", "Thursday|DATE|2024-05-02"},
	// the same verbs before a bare month
	{&SchedMoreMonth, "", "Parliament reconvenes in September.",
		"September|DATE|2024-09", "September|DATE|2023-09"},
	{&SchedMoreMonth, "", "The party holds its congress in October.",
		"October|DATE|2024-10", "October|DATE|2023-10"},
	{&SchedMoreMonth, "", "The new rules come into force in January.",
		"January|DATE|2025-01", "January|DATE|2024-01"},
	{&SchedMoreMonth, "", "The party held its congress in October.",
		"October|DATE|2023-10", "October|DATE|2023-10"},
	{&SchedMoreMonth, "", "The envoys hold talks from March to June.",
		"March|DATE|2024-03; June|DATE|2024-06", "March|DATE|2024-03; June|DATE|2024-06"},
	// "until" before a weekday in a present clause
	{&UntilPresent, "", "The envoy is in Cairo until Tuesday.",
		"Tuesday|DATE|2024-05-14", "Tuesday|DATE|2024-05-07"},
	{&UntilPresent, "", "The talks lasted until Tuesday.",
		"Tuesday|DATE|2024-05-07", "Tuesday|DATE|2024-05-07"},
	// "is on" a weekday
	{&IsOnDay, "", "The vote is on Sunday.",
		"Sunday|DATE|2024-05-12", "Sunday|DATE|2024-05-05"},
	{&IsOnDay, "", "The vote was on Sunday.",
		"Sunday|DATE|2024-05-05", "Sunday|DATE|2024-05-05"},
	// a month that names a happening awaited
	{&AwaitedMonth, "2024-04-08", "Troops were deployed ahead of the June elections.",
		"June|DATE|2024-06", "June|DATE|2023-06"},
	{&AwaitedMonth, "2024-04-08", "Parties were busy with preparations for the June vote.",
		"June|DATE|2024-06", "June|DATE|2023-06"},
	{&AwaitedMonth, "2024-08-20", "Troops were deployed ahead of the June elections.",
		"June|DATE|2024-06", "June|DATE|2024-06"},
	{&AwaitedMonth, "2024-04-08", "He was blamed for the June riots.",
		"June|DATE|2023-06", "June|DATE|2023-06"},
	// a month that ends a period of months
	{&PeriodToMonth, "2024-04-08", "The bank cut rates in its policy for the six months to September.",
		"the six months|DURATION|P6M; September|DATE|2024-09", "the six months|DURATION|P6M; September|DATE|2023-09"},
	{&PeriodToMonth, "2024-04-08", "Profits rose in the year to February.",
		"the year|DURATION|P1Y; February|DATE|2024-02", "the year|DURATION|P1Y; February|DATE|2024-02"},
	// a date a plan since changed was set for
	{&OriginallySet, "2024-11-24", "The elections originally scheduled for October 30 were postponed.",
		"October 30|DATE|2024-10-30", "October 30|DATE|2025-10-30"},
	{&OriginallySet, "", "The vote, originally set for March, was delayed until September.",
		"March|DATE|2024-03; September|DATE|2024-09", "March|DATE|2025-03; September|DATE|2024-09"},
	{&OriginallySet, "2024-12-08", "The vote, originally planned for March, was brought forward to January.",
		"March|DATE|2025-03; January|DATE|2025-01", "March|DATE|2025-03; January|DATE|2025-01"},
	{&OriginallySet, "", "The vote is scheduled for March.",
		"March|DATE|2025-03", "March|DATE|2025-03"},
	// a weekday in a gerund phrase after "before" or "after"
	{&SequenceDay, "", "He is due to hold talks with the premier on Tuesday, before leaving Hanoi on Wednesday.",
		"Tuesday|DATE|2024-05-14; Wednesday|DATE|2024-05-15", "Tuesday|DATE|2024-05-14; Wednesday|DATE|2024-05-08"},
	{&SequenceDay, "2024-05-09", "The suspect can be held until Saturday after being detained on Tuesday.",
		"Saturday|DATE|2024-05-11; Tuesday|DATE|2024-05-07", "Saturday|DATE|2024-05-11; Tuesday|DATE|2024-05-14"},
	{&SequenceDay, "", "He arrived on Monday, before the talks on Tuesday.",
		"Monday|DATE|2024-05-06; Tuesday|DATE|2024-05-07", "Monday|DATE|2024-05-06; Tuesday|DATE|2024-05-07"},
}

func TestTagSession36(t *testing.T) {
	for _, c := range session36Cases {
		date := c.date
		if date == "" {
			date = "2024-05-08"
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
