package event_test

// Review of the round-6 place and date rules (session 20, review3), with
// the whole pipeline on sentences written for these tests.

import "testing"

// TestDateOccasionVerbReview: an act done to an occasion from outside
// (postponing, criticising it) is not dated by the occasion's own verb, nor
// is an act told after an occasion verb in the past perfect or, for an act
// still to come, in the past; hosting the occasion still is.
func TestDateOccasionVerbReview(t *testing.T) {
	checkDates(t, "2026-03-11", "Uganda postponed talks with Kenya that were to start on Friday.", 0, "postponed", "2026-03-11")
	checkDates(t, "2026-03-11", "Kenya criticised the talks between Uganda and Rwanda that ended on Monday.", 0, "criticised", "2026-03-11")
	checkDates(t, "2026-03-11", "Ethiopia and Eritrea resumed talks that had ended in 2018.", 0, "resumed", "2026-03-11")
	checkDates(t, "2026-03-11", "Sudan and Chad will hold talks that were first held in 2010.", 0, "hold", "2026-03-11")
	checkDates(t, "2026-03-11", "Kenya hosted a meeting with Uganda that ended on Monday.", 0, "hosted", "2026-03-09")
}

// TestPlaceCapitalPossessorReview: the capital's name set off by commas,
// an economic capital, and a trip's destination given as a country's
// capital are the city; a trip told by its traveller goes to the place
// named after the traveller; an "on a trip" phrase after a group of people
// inside the object is their trip, not the act's.
func TestPlaceCapitalPossessorReview(t *testing.T) {
	checkPlaces(t, "2026-03-11", "Ghana and Togo signed a deal in Togo's capital, Lome, on Monday.",
		[]placeCase{{0, "signed", "Lomé"}})
	checkPlaces(t, "2026-03-11", "Ivory Coast and Ghana signed a cocoa pact in Ivory Coast's economic capital Abidjan on Monday.",
		[]placeCase{{0, "signed", "Abidjan"}})
	checkPlaces(t, "2026-03-11", "Kenya signed a deal with Uganda during a visit to Uganda's capital Kampala.",
		[]placeCase{{0, "signed", "Kampala"}})
	checkPlaces(t, "2026-03-11", "Kenya protested to Uganda on Monday during a visit by Ugandan officials to Nairobi.",
		[]placeCase{{0, "protested", "Nairobi"}})
	checkPlaces(t, "2026-03-11", "Kenya condemned Uganda's arrest of Kenyan journalists on a trip to Gulu.",
		[]placeCase{{0, "condemned", ""}})
}

// TestPlaceTripListMirror: of a trip's several places, the one in the
// country of either side places both halves of a two-sided act.
func TestPlaceTripListMirror(t *testing.T) {
	checkPlaces(t, "2026-03-11", "Kenya's president signed a trade deal with Germany during a visit to Paris and Berlin.",
		[]placeCase{{0, "signed", "Berlin"}})
}

// TestPlaceTripOfObject: a trip phrase in the open clause of the act's
// object is the object's trip and does not place the act.
func TestPlaceTripOfObject(t *testing.T) {
	checkPlaces(t, "2026-03-11", "Ghana's president warned Togo's foreign minister on Monday to be discreet during his stay in Brussels.",
		[]placeCase{{0, "warned", ""}})
}
