package event_test

// Event places, round 11 (session 23, places-dev10), with the whole
// pipeline on sentences written for these tests.

import "testing"

// TestPlaceStayMeeting: a meeting between the visitor and a host of the
// story's one visit under way ("opening a three-day stay in Accra", told a
// sentence later) takes the visit's city though its own sentence has no
// word of the visit, and the visitor's call made in the sentence of a
// placed meeting goes with it; a visit of the past, or a meeting of two
// sides neither of which is the host, places nothing.
func TestPlaceStayMeeting(t *testing.T) {
	checkPlaces(t, "2026-03-02", "Togolese Prime Minister Victoire Dogbe met Ghanaian Vice President Kwesi Amissah on Monday, seeking help with a new border pact. "+
		"Opening a three-day stay in Accra, Dogbe also met the Ghanaian trade minister. "+
		"After meeting Amissah, Dogbe urged Burkina Faso to sign the pact.",
		[]placeCase{{0, "met", "Accra"}, {2, "urged", "Accra"}})
	checkPlaces(t, "2026-03-02", "Togolese Prime Minister Victoire Dogbe met Ghanaian Vice President Kwesi Amissah on Monday, seeking help with a new border pact. "+
		"The pact was first drafted during a stay in Accra in 2019.",
		[]placeCase{{0, "met", ""}})
	checkPlaces(t, "2026-03-02", "Togolese Prime Minister Victoire Dogbe met Beninese President Patrice Talon on Monday, seeking help with a new border pact. "+
		"Opening a three-day stay in Accra, Dogbe also met the Ghanaian trade minister.",
		[]placeCase{{0, "met", ""}})
}

// TestPlacePurposeCapital: an act told in a clause of purpose takes the
// capital that the governing verb's locative names by its country's
// adjective, as it takes a city named outright there; an intent voiced in
// the capital is not done there.
func TestPlacePurposeCapital(t *testing.T) {
	checkPlaces(t, "2026-03-03", "On Tuesday thousands of Kenyan students broke through a police cordon in the Kenyan capital to protest against the Ugandan government.",
		[]placeCase{{0, "protest", "Nairobi"}})
	checkPlaces(t, "2026-03-03", "Kenyan President William Ruto vowed in the Kenyan capital on Tuesday to fight the Ugandan rebels.",
		[]placeCase{{0, "fight", ""}})
}
