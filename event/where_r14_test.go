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

// TestPlaceHostOneSided: in a story of a visit to one country, an act of the
// host's side whose other side the coder did not read, told with a word of
// the visit ("his visiting counterpart"), is in the visited country; an act
// of a third country's side with no other side is not.
func TestPlaceHostOneSided(t *testing.T) {
	lead := "Chilean President Tomas Ibarra arrived in Accra on Monday for a three-day state visit to Ghana. "
	checkPlaces(t, "2026-03-03", lead+"Ghanaian President John Mahama and his visiting counterpart witnessed the signing of four agreements on Tuesday.",
		[]placeCase{{1, "witnessed", "Accra"}})
	checkPlaces(t, "2026-03-03", lead+"The visiting president said on Tuesday that Peru had offered to mediate.",
		[]placeCase{{1, "mediate", ""}})
}
