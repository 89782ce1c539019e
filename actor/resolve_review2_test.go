package actor

import "testing"

// Session 18, review of the location rule (resolve_location.go): a place
// name's location uses the rule missed, and a city acting as a subject it
// took. Every sentence is written for the test.
func TestPlacesAsLocationsReview(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		// the later names of a list of locations
		{"Crowds marched in Paris, London and Berlin on Saturday.", "London", ""},
		{"Crowds marched in Paris, London and Berlin on Saturday.", "Berlin", ""},
		// a capital in apposition to "the capital"
		{"Thousands gathered in the capital Kampala on Sunday.", "Kampala", ""},
		// a city the KB also lists under Phoenix's country-as-person row
		{"A car bomb went off outside Baghdad on Monday.", "Baghdad", ""},
		{"Gunmen opened fire near Mosul on Friday.", "Mosul", ""},
		// a lower-case noun the tagger calls a proper noun is still the
		// noun the name modifies
		{"Gunmen fired at a convoy at Kabul airport.", "Kabul", "AFGGOV"},
		// "the city of X" as the subject acts
		{"The city of Nairobi welcomed the delegates.", "Nairobi", "KENGOV"},
		// acting names keep their codes
		{"Baghdad rejected the proposal on Monday.", "Baghdad", "IRQGOV"},
		{"Talks resumed in Geneva, Moscow said.", "Moscow", "RUSGOV"},
	} {
		got := codeOf(t, c.text, "2006-05-14", c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}
