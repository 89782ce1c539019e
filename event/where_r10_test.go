package event_test

// Event places, round 10 (session 23, places-dev9), with the whole
// pipeline on sentences written for these tests.

import "testing"

// TestPlaceToldVisit: an act between the visitor's and the host's sides
// told with "here" (no dateline) takes the country the story's visit
// phrase goes to, though that phrase comes sentences later; a visit told
// as one of the past, or a tour of two countries, places nothing; nor does
// a visit still to come place what the visitor says "here" before leaving,
// nor a trip that an act is about.
func TestPlaceToldVisit(t *testing.T) {
	checkPlaces(t, "2026-03-03", "Ghana has pledged to boost its trade with Togo, Ghanaian President John Mahama told reporters here on Tuesday. "+
		"The highway would cut travel times by half. "+
		"Gnassingbe is on a two-day state visit to Ghana, his first since the election.",
		[]placeCase{{0, "boost", "Ghana"}})
	checkPlaces(t, "2026-03-03", "Togo is keen to expand cooperation with Ghana in farming, Togolese President Faure Gnassingbe told reporters here on Tuesday. "+
		"The plan follows a recent visit to Ghana by the Togolese president.",
		[]placeCase{{0, "expand", ""}})
	checkPlaces(t, "2026-03-03", "Togo is keen to expand cooperation with Ghana in farming, Togolese President Faure Gnassingbe told reporters here on Tuesday. "+
		"Gnassingbe is on a week-long tour of Ghana and Nigeria.",
		[]placeCase{{0, "expand", ""}})
	checkPlaces(t, "2026-03-03", "Togo is keen to expand cooperation with Ghana in farming, Togolese President Faure Gnassingbe told reporters here on Tuesday. "+
		"Gnassingbe will begin a two-day state visit to Ghana on Thursday.",
		[]placeCase{{0, "expand", ""}})
	checkPlaces(t, "2026-03-03", "Kenya denounced Uganda's arrest of Kenyan reporters on a trip to Gulu on Monday.",
		[]placeCase{{0, "denounced", ""}})
}

// TestPlacePlannedTalks: a plan with no day of its own between the two
// sides of a planned visit its own clause places ("will pay a state visit
// to Ghana on March 12") is for that visit: Ghana; a plan of the visitor
// with a third side stays unplaced.
func TestPlacePlannedTalks(t *testing.T) {
	checkPlaces(t, "2026-03-03", "Kenyan President William Ruto will pay a state visit to Ghana on March 12, his office announced. "+
		"Ruto also intends to sign an energy accord with Ghana.",
		[]placeCase{{1, "sign", "Ghana"}})
	checkPlaces(t, "2026-03-03", "Kenyan President William Ruto will pay a state visit to Ghana on March 12, his office announced. "+
		"Ruto also intends to sign an energy accord with Nigeria.",
		[]placeCase{{1, "sign", ""}})
}

// TestPlaceAirportCity: a visit placed only in a country is in the city
// whose airport the next sentence has the visitor greeted at; an airport of
// a city in another country changes nothing.
func TestPlaceAirportCity(t *testing.T) {
	checkPlaces(t, "2026-03-03", "Ugandan President Yoweri Museveni arrived on Monday for a three-day state visit to Kenya. "+
		"Museveni was welcomed at the Mombasa International Airport by Kenyan ministers.",
		[]placeCase{{0, "arrived", "Mombasa"}})
	checkPlaces(t, "2026-03-03", "Ugandan President Yoweri Museveni arrived on Monday for a three-day state visit to Kenya. "+
		"Museveni had flown in from the Entebbe International Airport in the morning.",
		[]placeCase{{0, "arrived", "Kenya"}})
}
