package event_test

// Event places, round 12 (session 24, places-dev12), with the whole
// pipeline on sentences written for these tests.

import "testing"

// TestPlaceArrivalCity: a visit or meeting placed only in the visited
// country takes the city the story tells the visitor flew into, arrived in
// or left for, however far from the event's sentence; a city reached by
// someone no actor names (a ship) or two cities of the country leave the
// country.
func TestPlaceArrivalCity(t *testing.T) {
	checkPlaces(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi arrived here on Monday to back Ghana's drive against corruption. "+
		"He praised the work of the new central bank governor. "+
		"Officials said the talks would cover trade and roads. "+
		"Mudavadi flew into Kumasi from Lagos.",
		[]placeCase{{0, "arrived", "Kumasi"}})
	checkPlaces(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi arrived here on Monday to back Ghana's drive against corruption. "+
		"He praised the work of the new central bank governor. "+
		"Officials said the talks would cover trade and roads. "+
		"A cargo ship arrived in Kumasi from Lagos.",
		[]placeCase{{0, "arrived", "Ghana"}})
	checkPlaces(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi arrived here on Monday to back Ghana's drive against corruption. "+
		"He praised the work of the new central bank governor. "+
		"Officials said the talks would cover trade and roads. "+
		"Mudavadi flew into Kumasi from Lagos and later landed in Tamale.",
		[]placeCase{{0, "arrived", "Ghana"}})
}

// TestPlaceStayFor: "who is in <city> for a summit" tells a visitor's stay,
// which places what the host tells the visitor; a visit recalled with its
// month is no cue of the stay for an act told with it.
func TestPlaceStayFor(t *testing.T) {
	story := "Ghana will encourage more traders to Togo in an effort to lift the neighbouring country's economic growth, President John Mahama told visiting Togolese President Faure Gnassingbe Friday. " +
		"\"We ought to widen links among our peoples,\" Mahama told Gnassingbe who is in Accra for the regional leaders' summit that opens here Saturday. " +
		"Remembering his trip to Togo in April, Mahama said he reached broad agreement with Gnassingbe on trade."
	checkPlaces(t, "2026-11-06", story, []placeCase{{0, "encourage", "Accra"}, {2, "reached", ""}})
}

// TestPlaceClaimAtNotSite: "lashed out at US suggestions" names what the
// official lashed out at, no place of the act; a news conference in
// Nairobi stays its site.
func TestPlaceClaimAtNotSite(t *testing.T) {
	checkPlaces(t, "2026-03-06", "A senior Kenyan official lashed out on Friday at US suggestions of a looming crisis in the north.",
		[]placeCase{{0, "lashed out", ""}})
	checkPlaces(t, "2026-03-06", "A senior Kenyan official lashed out on Friday at US suggestions of a looming crisis during a news conference in Nairobi.",
		[]placeCase{{0, "lashed out", "Nairobi"}})
}
