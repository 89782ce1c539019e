package event_test

// Event places, round 8 (session 22, places-dev8), with the whole pipeline
// on sentences written for these tests.

import "testing"

// TestPlaceVisitCity: a visit placed only in a country is in the city of
// that country its own sentence names as where the trip leaves from or
// goes, the dateline's city, or the city the next sentence places the
// trip in by a locative of a verb; not a city on a noun ("the embassy in
// Nairobi").
func TestPlaceVisitCity(t *testing.T) {
	checkPlaces(t, "2005-11-25", "Ghanaian President John Mahama left Lome on Friday, ending a two-day official visit to Togo.",
		[]placeCase{{0, "ending", "Lomé"}})
	checkPlaces(t, "2005-11-25", "NAIROBI - Ugandan President Yoweri Museveni paid a surprise visit to Kenya on Saturday.",
		[]placeCase{{0, "paid", "Nairobi"}})
	checkPlaces(t, "2005-11-25", "Ugandan President Yoweri Museveni arrived on Saturday for a three-day visit to Kenya. His plane landed at Nairobi's main airport in the evening.",
		[]placeCase{{0, "arrived", "Nairobi"}})
	checkPlaces(t, "2005-11-25", "Swedish trade minister Anna Berg is due in Ghana on Friday for a three-day visit. A note from the Swedish embassy in Accra said nothing of her schedule.",
		[]placeCase{{0, "due", "Ghana"}})
}

// TestPlaceDatelineOldAct: the dateline does not place an act dated more
// than three days before publication (an accord signed weeks earlier, told
// in a story filed from where it took effect); an act of the day keeps it.
func TestPlaceDatelineOldAct(t *testing.T) {
	checkPlaces(t, "2005-11-25", "GOMA - Rwandan and Congolese officials reopened the border crossing on Friday. Rwanda and Congo signed the agreement on the crossing on November 2.",
		[]placeCase{{0, "reopened", "Goma"}, {1, "signed", ""}})
}

// TestPlaceRepublicOfTheCongo: "the Republic of the Congo" is a place (the
// geo stage now reads "the" inside a name; it used to read "Congo" alone, the
// DRC, and the event kept no place of another country than its target's).
func TestPlaceRepublicOfTheCongo(t *testing.T) {
	checkPlaces(t, "2005-11-25", "The Kenyan envoy will visit the Republic of the Congo next week.",
		[]placeCase{{0, "visit", "Republic of the Congo"}})
}

// TestPlaceSubjectOnTrip: an act whose subject is told to be on a trip ("X,
// on a three-day visit to Kenya, criticised ...") is where the trip goes; a
// trip phrase on the act's object is the object's trip and places nothing.
func TestPlaceSubjectOnTrip(t *testing.T) {
	checkPlaces(t, "2005-11-25", "Ugandan President Yoweri Museveni, on a three-day visit to Kenya, criticised Rwanda on Tuesday.",
		[]placeCase{{0, "criticised", "Kenya"}})
	checkPlaces(t, "2005-11-25", "Kenya criticised Ugandan President Yoweri Museveni, now on a visit to Rwanda, on Tuesday.",
		[]placeCase{{0, "criticised", ""}})
}
