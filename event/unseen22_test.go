package event_test

import "testing"

// TestPlaceDatelineVisitElsewhere: a visit to another country than the
// dateline's is not placed by the dateline (review of session 22 on unseen
// stories, docs/EVENTS.md); a visit to the dateline's country keeps it.
func TestPlaceDatelineVisitElsewhere(t *testing.T) {
	checkPlaces(t, "2005-11-25", "NAIROBI - Kenyan President William Ruto will tour Ghana, the Czech Republic and Slovakia next month, the foreign ministry said on Friday. Ruto's state visit to Slovak is meant to open new markets.",
		[]placeCase{{1, "visit", "Slovakia"}})
	checkPlaces(t, "2005-11-25", "NAIROBI - Ugandan President Yoweri Museveni paid a surprise visit to Kenya on Saturday.",
		[]placeCase{{0, "paid", "Nairobi"}})
}
