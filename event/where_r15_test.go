package event_test

// Event places and dates, round 15 (session 28, places-dev15), with the whole
// pipeline on sentences written for these tests.

import "testing"

// TestPlaceDiscussedTopic: a place in what a meeting's purpose clause
// discusses is no place of the meeting; a place of the meeting's own clause
// still is.
func TestPlaceDiscussedTopic(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Ghanaian President John Mahama on Wednesday held talks with visiting Togolese President Faure Gnassingbe at Jubilee House to discuss trade and the situation in Mali.",
		[]placeCase{{0, "held talks", ""}})
	checkPlaces(t, "2026-03-04", "Ghanaian President John Mahama on Wednesday held talks in Kumasi with visiting Togolese President Faure Gnassingbe to discuss trade and the situation in Mali.",
		[]placeCase{{0, "held talks", "Kumasi"}})
}

// TestPlaceRestatedParticiple: the lead's signing takes the place of the
// next sentence's participle on the signed document ("the agreement,
// signed at a hotel in Nairobi"); a participle on another noun restates
// nothing.
func TestPlaceRestatedParticiple(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Kenya and Ethiopia signed a border agreement on Wednesday. The agreement, signed at a hotel in Nairobi by the two foreign ministers, will take effect in May.",
		[]placeCase{{0, "signed", "Nairobi"}})
	checkPlaces(t, "2026-03-04", "Kenya and Ethiopia signed a border agreement on Wednesday. A separate loan, signed at a hotel in Nairobi by two banks, will take effect in May.",
		[]placeCase{{0, "signed", ""}})
}

// TestPlaceRestatedNamedForce: the lead's killing by one named force takes
// the place and day of the next sentence's killing by the same force told
// with another head noun, also when the coder read no source there; a
// killing by another force restates nothing.
func TestPlaceRestatedNamedForce(t *testing.T) {
	lead := "Troops of the Kenya Defence Forces (KDF) killed two suspected militants in the restive northeast, a military statement said Wednesday. "
	checkPlaces(t, "2026-03-04", lead+"\"Soldiers of the KDF killed two fighters in Mandera on Monday,\" the statement added.",
		[]placeCase{{0, "killed", "Mandera"}})
	checkDates(t, "2026-03-04", lead+"\"Soldiers of the KDF killed two fighters in Mandera on Monday,\" the statement added.", 0, "killed", "2026-03-02")
	checkPlaces(t, "2026-03-04", lead+"\"Gunmen of the Shabaab killed two herders in Mandera on Monday,\" the statement added.",
		[]placeCase{{0, "killed", ""}})
}

// TestPlaceTripCapital: "the <adjective> capital" a trip goes to places the
// trip and the act conjoined to it; a capital left from does not.
func TestPlaceTripCapital(t *testing.T) {
	checkPlaces(t, "2026-03-04", "A week ago, US envoy John Hart came to the Ghanaian capital and met with Ghanaian Foreign Minister Kwame Boateng.",
		[]placeCase{{0, "met", "Accra"}})
	checkPlaces(t, "2026-03-04", "US envoy John Hart left the Ghanaian capital on Monday and met Togolese Foreign Minister Robert Dussey in Lome.",
		[]placeCase{{0, "met", "Lomé"}})
}

// TestPlaceProtestTopic: what a protest objects to is no place of the
// protest; its own locative is.
func TestPlaceProtestTopic(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Kenya's opposition party on Tuesday protested the fact that the state broadcaster did not report its rally in Kisumu.",
		[]placeCase{{0, "protested", ""}})
}
