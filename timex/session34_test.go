package timex

import "testing"

// Session 34 (timex round): sentences of our own for each rule, read
// against Wednesday 2024-05-01, with the rule's switch on and off. Each
// rule's first cases fail with its switch off; the guards pass either way.
var session34Cases = []struct {
	sw            *bool
	text, on, off string
}{
	// a past verb a few words before "for" and a planned happening
	{&PastBeforeFor, "Shares closed higher for a fifth straight session on Tuesday.",
		"Tuesday|DATE|2024-04-30", "Tuesday|DATE|2024-05-07"},
	{&PastBeforeFor, "Lawmakers gathered in the capital for a special session on Monday.",
		"Monday|DATE|2024-04-29", "Monday|DATE|2024-05-06"},
	{&PastBeforeFor, "Opposition parties are mobilising for a general strike on Monday.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-05-06"},
	// a verb of schedule in the present before a weekday
	{&SchedPresentDay, "The trial resumes on Monday.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-04-29"},
	{&SchedPresentDay, "The president leaves for Paris on Thursday.",
		"Thursday|DATE|2024-05-02", "Thursday|DATE|2024-04-25"},
	{&SchedPresentDay, "The two foreign ministers meet separately Monday with the envoy.",
		"Monday|DATE|2024-05-06", "Monday|DATE|2024-04-29"},
	{&SchedPresentDay, "Voters go to the polls on Sunday.",
		"Sunday|DATE|2024-05-05", "Sunday|DATE|2024-04-28"},
	{&SchedPresentDay, "His visits on Monday drew crowds.",
		"Monday|DATE|2024-04-29", "Monday|DATE|2024-04-29"},
	{&SchedPresentDay, "He says he met the envoy on Monday.",
		"Monday|DATE|2024-04-29", "Monday|DATE|2024-04-29"},
	{&SchedPresentDay, "The clinics open from Monday to Friday.",
		"Monday|DATE|2024-04-29; Friday|DATE|2024-05-03", "Monday|DATE|2024-04-29; Friday|DATE|2024-04-26"},
	// a step finer than the last date, which is a month, quarter, half
	// or year
	{&StepInCoarser, "He was arrested in March and charged three weeks later.",
		"March|DATE|2024-03; three weeks later|DATE|2024-04", "March|DATE|2024-03; three weeks later|DATE|2024-W21"},
	{&StepInCoarser, "The plant closed in 2019 and reopened two months later.",
		"2019|DATE|2019; two months later|DATE|2019", "2019|DATE|2019; two months later|DATE|2024-07"},
	{&StepInCoarser, "The bomb exploded on April 12. Two days later, police arrested a suspect.",
		"April 12|DATE|2024-04-12; Two days later|DATE|2024-04-14", "April 12|DATE|2024-04-12; Two days later|DATE|2024-04-14"},
	{&StepInCoarser, "The treaty was signed in June 2022. Six months later, it collapsed.",
		"June 2022|DATE|2022-06; Six months later|DATE|2022-12", "June 2022|DATE|2022-06; Six months later|DATE|2022-12"},
	// a relative clause set off by commas keeps its verb's tense
	{&RelClauseComma, "Thailand, which opened its largest shopping mall near the river on Monday, hopes to draw tourists.",
		"Monday|DATE|2024-04-29", "Monday|DATE|2024-05-06"},
	{&RelClauseComma, "The envoy, who is to take up the post in the capital in January, said he would travel widely.",
		"January|DATE|2025-01", "January|DATE|2024-01"},
	{&RelClauseComma, "The minister, who arrived on Monday, says the talks are going well.",
		"Monday|DATE|2024-04-29", "Monday|DATE|2024-04-29"},
	// a month in a forecast reported in a month named after the verb of
	// telling
	{&ReportedMonth, "The airline said in March that flights would resume in April.",
		"March|DATE|2024-03; April|DATE|2024-04", "March|DATE|2024-03; April|DATE|2025-04"},
	{&ReportedMonth, "The firm announced last month that it would close the plant in April.",
		"last month|DATE|2024-04; April|DATE|2024-04", "last month|DATE|2024-04; April|DATE|2025-04"},
	{&ReportedMonth, "The airline said in March that flights would resume in June.",
		"March|DATE|2024-03; June|DATE|2024-06", "March|DATE|2024-03; June|DATE|2024-06"},
	{&ReportedMonth, "The airline said in March that flights would resume in February.",
		"March|DATE|2024-03; February|DATE|2025-02", "March|DATE|2024-03; February|DATE|2025-02"},
	{&SchedPresentDay, "The committee votes on the bill Thursday.",
		"Thursday|DATE|2024-05-02", "Thursday|DATE|2024-04-25"},
}

func TestTagSession34(t *testing.T) {
	for _, c := range session34Cases {
		for _, on := range []bool{true, false} {
			*c.sw = on
			got := show(tag(c.text, "2024-05-01"))
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
