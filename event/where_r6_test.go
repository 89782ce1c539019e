package event_test

// Event places and dates, round 6 (session 20, places-dev6), with the
// whole pipeline on sentences written for these tests.

import "testing"

// checkDates checks the date of every event of sentence si whose action
// begins with word.
func checkDates(t *testing.T, date, text string, si int, word, want string) {
	t.Helper()
	d := codeStory(t, date, text)
	for _, e := range storyEvents(t, d, si, word) {
		if e.Date != want {
			t.Errorf("%q: %s %q dated %q (%s), want %q", text, e.Cameo, e.Action.Text, e.Date, e.DateType, want)
		}
	}
}

// TestDateOccasionVerb: an occasion noun dates its event by the verb that
// tells when the occasion opens, ends or is held, when that verb has it as
// subject or is a relative clause on it; another verb on it does not.
func TestDateOccasionVerb(t *testing.T) {
	checkDates(t, "2006-03-07", "Negotiations between Kenya and Uganda on the disputed island are due to open on Thursday.", 0, "Negotiations", "2006-03-09")
	checkDates(t, "2006-03-08", "Kenya and Uganda held border talks that ended in Nairobi on Monday.", 0, "held", "2006-03-06")
	checkDates(t, "2006-03-08", "Talks between Kenya and Uganda, which began in Nairobi on Monday, focused on trade.", 0, "Talks", "2006-03-06")
	checkDates(t, "2006-03-08", "Talks between Kenya and Uganda, which Kenya proposed on Monday, focused on trade.", 0, "Talks", "2006-03-08")
}

// TestPlaceCapitalPossessor: a country named as the possessor of its
// capital or city places nothing when the city's name follows; the city
// does. A possessor with no city after it still places the act.
func TestPlaceCapitalPossessor(t *testing.T) {
	checkPlaces(t, "2006-03-07", "Kenya and Uganda on Friday signed a border accord in Uganda's capital Kampala, officials said.",
		[]placeCase{{0, "signed", "Kampala"}})
	checkPlaces(t, "2006-03-07", "Ghana and Togo signed a deal on Monday in Togo's capital city of Lome.",
		[]placeCase{{0, "signed", "Lomé"}})
	checkPlaces(t, "2006-03-07", "Kenya and Uganda signed a border accord in Uganda's north on Friday.",
		[]placeCase{{0, "signed", "Uganda"}})
}

// TestPlaceDuringTrip: an act done during a trip its clause names is where
// the trip goes (of several places, the one in the act's target's
// country), or, for a trip told by its traveller alone, in the country of
// the side that is not the traveller's.
func TestPlaceDuringTrip(t *testing.T) {
	checkPlaces(t, "2006-03-07", "Kenya's foreign minister Mudavadi voiced support for the plan during a visit to neighbouring Uganda last week.",
		[]placeCase{{0, "voiced", "Uganda"}})
	checkPlaces(t, "2006-03-07", "Ghana and Togo agreed on Monday to expand trade during a visit by Ghana's foreign minister Samuel Ablakwa.",
		[]placeCase{{0, "expand", "Togo"}})
	d := codeStory(t, "2006-03-07", "Kenyan President William Ruto will seek support for a regional force during a trip to Addis Ababa and Kampala next week.")
	for _, e := range storyEvents(t, d, 0, "seek") {
		want := map[string]string{"ETH": "Addis Ababa", "UGA": "Kampala"}[e.Target.Country]
		if got := placeName(e); got != want {
			t.Errorf("%s %s -> %s placed in %q, want %q", e.Cameo, e.Source.Code, e.Target.Code, got, want)
		}
	}
}
