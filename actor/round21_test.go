package actor

import "testing"

// Session 34, actor round 21. Every sentence is written for the test.

// checkRound21 checks each case with the rule on and that the first one
// comes out otherwise with the rule off.
func checkRound21(t *testing.T, rule, date string, cases []coverCase) {
	t.Helper()
	for _, c := range cases {
		if got := codeCovering(t, c.text, date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	round21Off[rule] = true
	defer delete(round21Off, rule)
	if c := cases[0]; codeCovering(t, c.text, date, c.word, 0) == c.want {
		t.Errorf("%s off: %q in %q still → %q", rule, c.word, c.text, c.want)
	}
}

// A weekday the recogniser ran into the end of a body's name is the date:
// the span ends before it, and the entity covering the weekday is gone.
func TestRound21WeekdaySpans(t *testing.T) {
	const text = "The US Department of Defense Monday said two soldiers were killed near the border."
	d := resolveText(t, "2006-12-18", text)
	for _, e := range d.Entities {
		if e.End > e.Start && text[e.Start:e.End] == "US Department of Defense Monday" {
			t.Errorf("weekday inside %q", text[e.Start:e.End])
		}
	}
	checkRound21(t, "weekdaySpans", "2006-12-18", []coverCase{
		{text, "Monday", "<missing>"},
		{text, "Department", "USAGOV"},
	})
	// a paper's name keeps its weekday
	if _, ok := trimWeekdaySpan([]string{"the", "Mail", "on", "Sunday", "said"}, NERSpan{Start: 1, End: 4, Type: "ORG"}); ok {
		t.Errorf("Mail on Sunday trimmed")
	}
	if _, ok := trimWeekdaySpan([]string{"Sunday", "Mirror"}, NERSpan{Start: 0, End: 2, Type: "ORG"}); ok {
		t.Errorf("Sunday Mirror trimmed")
	}
}

// "The pontiff" repeats the pope the story named.
func TestRound21Pontiff(t *testing.T) {
	const story = "Police foiled a plot against Pope John Paul II on Saturday. The pontiff was due to arrive in the city at noon."
	checkRound21(t, "pontiff", "1997-04-12", []coverCase{
		{story, "pontiff", "VATGOV"},
	})
}

// A capital before a market noun names where shares trade, not the state;
// a country's adjective keeps its code.
func TestRound21MarketPlace(t *testing.T) {
	checkRound21(t, "marketPlace", "2006-11-29", []coverCase{
		{"Tokyo stocks opened higher on Wednesday after the government reported strong output.", "Tokyo", ""},
		{"Tokyo share prices fell on Wednesday.", "Tokyo", ""},
		{"Japanese stocks opened higher on Wednesday.", "Japanese", "JPN"},
		{"Tokyo warned Seoul on Wednesday against new missile tests.", "Tokyo", "JPNGOV"},
	})
}

// A company the KB codes stretches to the suffix after its name.
func TestRound21CompanySuffix(t *testing.T) {
	const text = "South Korea's Daewoo Motors Co. said Monday it would build three new car models. Japan's Hitachi Ltd. said it would cut jobs."
	checkRound21(t, "companySuffix", "1997-04-07", []coverCase{
		{text, "Co.", "MNCKOR"},
		{text, "Ltd.", "MNCJPN"},
	})
}
