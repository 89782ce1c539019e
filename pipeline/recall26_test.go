package pipeline

import "testing"

// Session 26's recall round (event/recall26.go, data/event/recall26.pat),
// on sentences written for the test; each positive case coded a one-actor
// event, another code or nothing before the round.
func TestRecall26(t *testing.T) {
	cases := []struct{ text, want string }{
		// envoy nouns in leadersOf: a list of countries after "envoys of"
		{"The envoys of Kenya and Chile met in Geneva on Monday.", "040 CHLGOV>KENGOV,040 KENGOV>CHLGOV"},
		// and HUDDLE: the envoys meet each other
		{"Ambassadors of Kenya, Chile and Peru huddled informally on Monday.",
			"040 CHLGOV>KENGOV,040 CHLGOV>PERGOV,040 KENGOV>CHLGOV,040 KENGOV>PERGOV,040 PERGOV>CHLGOV,040 PERGOV>KENGOV"},
		{"Kenya and Chile huddled in Geneva on Monday.", "040 CHL>KEN,040 KEN>CHL"},
		// stays: one country's envoys
		{"The diplomats of Kenya met in Geneva on Monday.", "040 KENGOV>"},
		// repairHeadlineList: a headline's comma-joined subjects
		{"Chile, Peru sign trade deal in Lima.", "057 CHL>PER,057 PER>CHL"},
		// stays: a city and its country are one party
		{"Paris, France sign deal.", "057 FRA>"},
		// ARREST_MILITARY: soldiers arresting people arrest them
		{"Kenyan soldiers arrested two smugglers near the border.", "173 KENMIL>KENCRM"},
		// stays: troops seizing a town occupy it
		{"Kenyan troops seized the town on Monday.", "192 KENMIL>"},
		// repairCasedVerbNoun: "in clashes" with the day before it
		{"Two Palestinians were killed Tuesday in clashes with Israeli troops in Hebron.", "190 ISRMIL>PSE"},
		// repairWeekdayOnObject: the day between the object and its partner
		{"Kenyan President William Ruto held talks Tuesday with Ethiopian Prime Minister Abiy Ahmed.", "040 KENGOV>ETHGOV"},
		// one way since the extras cut of session 26 (withpartner26.go)
		{"Kenya signed an agreement Monday with Ethiopia on border trade.", "057 KEN>ETH"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}
