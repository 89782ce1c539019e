package actor

import "testing"

// CountryInfo writes some leaders as "{A_}{B_}", two spellings of one
// name; kbgen read the braces as a name of its own, which then matched
// the leader's wife by surname and gave her his terms (session 14).
func TestCountryInfoSpellings(t *testing.T) {
	checkResolved(t, "1990-06-01",
		"Grace Mugabe opened a children's clinic in Harare.",
		[]want{{"Grace Mugabe", 0, "ZWEELI", ""}})
	checkResolved(t, "1995-06-01",
		"Janet Museveni visited a school in Kampala.",
		[]want{{"Janet Museveni", 0, "UGAELI", ""}})
	// the leader keeps his terms
	checkResolved(t, "1990-06-01",
		"Robert Mugabe opened a children's clinic in Harare.",
		[]want{{"Robert Mugabe", 0, "ZWEGOV", ""}})
}
