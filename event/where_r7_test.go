package event_test

// Event places, round 7 (session 21, places-dev7), with the whole pipeline
// on sentences written for these tests.

import "testing"

// TestPlaceVisitedGroupNationality: a visit whose object is a group of
// people named with a country ("visit US troops") is not in that country;
// a visit to a place, or to a kind of place, still is.
func TestPlaceVisitedGroupNationality(t *testing.T) {
	checkPlaces(t, "2006-03-07", "Japanese Defence Minister Fumio Kyuma planned to visit US troops at two bases on Tuesday.",
		[]placeCase{{0, "planned", ""}})
	checkPlaces(t, "2006-03-07", "The Kenyan minister visited UK troops on Tuesday.",
		[]placeCase{{0, "visited", ""}})
	checkPlaces(t, "2006-03-07", "The Kenyan minister visited Uganda on Tuesday.",
		[]placeCase{{0, "visited", "Uganda"}})
}

// TestPlaceActAtOccasion: an act done at a definite occasion ("at the
// summit", "address the summit", "on the sidelines of the summit") takes
// the place the sentence before gives that occasion, also through a clause
// "to be held in"; an indefinite occasion ("at a summit next year") does
// not.
func TestPlaceActAtOccasion(t *testing.T) {
	lead := "Kenyan President William Ruto left Nairobi on Friday to attend a summit of East African leaders to be held in Arusha on Saturday. "
	checkPlaces(t, "2005-11-11", lead+"Ruto will meet Tanzanian President Samia Suluhu Hassan at the summit on Saturday.",
		[]placeCase{{1, "meet", "Arusha"}})
	checkPlaces(t, "2005-11-11", lead+"Ruto is scheduled to address the summit on Saturday and meet Tanzanian President Samia Suluhu Hassan on the sidelines of the summit.",
		[]placeCase{{1, "meet", "Arusha"}})
	checkPlaces(t, "2005-11-11", "Kenyan President William Ruto left Nairobi on Friday to take part in the 13th summit of the East African Community (EAC) to be held in Arusha on Saturday. "+
		"Ruto will meet Tanzanian President Samia Suluhu Hassan at the summit.",
		[]placeCase{{1, "meet", "Arusha"}})
	checkPlaces(t, "2005-11-11", lead+"Ruto will meet Tanzanian President Samia Suluhu Hassan at a summit next year.",
		[]placeCase{{1, "meet", ""}})
}

// TestPlaceLaunchedFrom: an act of force told by a verb of firing is where
// it is fired from, not at the country it is fired at.
func TestPlaceLaunchedFrom(t *testing.T) {
	checkPlaces(t, "2005-11-05", "Al-Shabaab militants fired mortar shells from southern Somalia at Kenya on Saturday.",
		[]placeCase{{0, "fired", "Somalia"}})
	checkPlaces(t, "2005-11-05", "Palestinian militants continued on Saturday launching homemade rockets from the northern Gaza Strip at Israel.",
		[]placeCase{{0, "launching", "Gaza Strip"}})
	checkPlaces(t, "2005-11-05", "Kenyan police fired tear gas at protesters in Nairobi on Monday.",
		[]placeCase{{0, "fired", "Nairobi"}})
}
