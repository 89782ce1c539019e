package event_test

// Event places, round 14 (session 27, places-dev14), with the whole
// pipeline on sentences written for these tests.

import "testing"

// TestPlacePresence: a person the story says "is in" a city "for" a visit
// or summit has his unplaced talks there, with a leader of a third country
// too; a stay told in the past, a person the story does not name as a side,
// and an act dated weeks before place nothing.
func TestPlacePresence(t *testing.T) {
	lead := "Brazilian President Lucas Moreira and Indonesian President Adi Santoso met on Monday and pledged to deepen ties. "
	checkPlaces(t, "2026-03-03", lead+"Moreira is in Osaka for a state visit to Japan.",
		[]placeCase{{0, "met", "Osaka"}, {0, "deepen", "Osaka"}})
	checkPlaces(t, "2026-03-03", lead+"Moreira was in Osaka for a state visit to Japan last year.",
		[]placeCase{{0, "met", ""}})
	checkPlaces(t, "2026-03-03", lead+"Nadia Farouk is in Osaka for a state visit to Japan.",
		[]placeCase{{0, "met", ""}})
	checkPlaces(t, "2026-03-03", "Brazilian President Lucas Moreira met Indonesian President Adi Santoso on January 5. Moreira is in Osaka for a state visit to Japan.",
		[]placeCase{{0, "met", ""}})
}
