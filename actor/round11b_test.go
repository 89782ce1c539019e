package actor

import "testing"

// Session 22, actor round 11b: a capital or city named as where a journey
// ends or starts is a place, no actor; as a government dealt with it keeps
// its code. Every sentence is written for the test.
func TestJourneyPlaces(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"The senator flew from Nairobi to the coast on Tuesday.", "Nairobi", ""},
		{"Her trip to Nairobi was put off again by the committee.", "Nairobi", ""},
		{"The two trucks were heading to the border from Nairobi.", "Nairobi", ""},
		{"The envoy was recalled to Nairobi after the remarks.", "Nairobi", ""},
		{"When the admiral visited Nairobi last year, the deal was signed.", "Nairobi", ""},
		{"The prince headed for Nairobi to attend the funeral.", "Nairobi", ""},
		{"The ship's cargo of rice was sent by rail and brought to Nairobi.", "Nairobi", ""},
		// dealing with the state: the capital stands for its government
		{"Uganda bought maize from Nairobi last year.", "Nairobi", "KENGOV"},
		{"The mayor set a deadline for Nairobi to answer the request.", "Nairobi", "KENGOV"},
		{"The minister will carry out his mission to Nairobi next month.", "Nairobi", "KENGOV"},
		{"The bishop came to the White House on Friday.", "White House", "USAGOV"},
		{"Nairobi warned the rebels on Monday.", "Nairobi", "KENGOV"},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
