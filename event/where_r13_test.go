package event_test

// Event places, round 13 (session 26, places-dev13), with the whole
// pipeline on sentences written for these tests.

import "testing"

// TestPlaceSeatOfGovernment: a meeting at a seat of government is in that
// country's capital; the seat as an actor places nothing, nor a
// lower-case "white house".
func TestPlaceSeatOfGovernment(t *testing.T) {
	checkPlaces(t, "2026-03-02", "US President Joe Biden met Kenyan President William Ruto at the White House on Monday.",
		[]placeCase{{0, "met", "Washington"}})
	checkPlaces(t, "2026-03-03", "Ghanaian President John Mahama held talks with Russian President Vladimir Putin in the Kremlin on Tuesday.",
		[]placeCase{{0, "held talks", "Moscow"}})
	checkPlaces(t, "2026-03-06", "Chinese Premier Li Qiang met Kenyan Foreign Minister Musalia Mudavadi at the Great Hall of the People on Friday.",
		[]placeCase{{0, "met", "Beijing"}})
	checkPlaces(t, "2026-03-02", "French President Emmanuel Macron met Ghanaian President John Mahama at the Elysee Palace on Monday.",
		[]placeCase{{0, "met", "Paris"}})
	checkPlaces(t, "2026-03-02", "Prime Minister Keir Starmer met Kenyan President William Ruto at 10 Downing Street on Monday.",
		[]placeCase{{0, "met", "London"}})
	checkPlaces(t, "2026-03-02", "The Kremlin criticised Kenya on Monday.",
		[]placeCase{{0, "criticised", ""}})
	checkPlaces(t, "2026-03-02", "Ruto met Mahama on Monday at a white house near the lake.",
		[]placeCase{{0, "met", ""}})
}

// TestPlaceContainerOfAnotherCountry: a name read as a town of another
// country than the place the text puts it in ("Westminster in central
// Nairobi") is placed in that container; a town in a container of its own
// country stays the finer place.
func TestPlaceContainerOfAnotherCountry(t *testing.T) {
	checkPlaces(t, "2026-03-02", "Kenyan President William Ruto met Ugandan President Yoweri Museveni at Westminster in central Nairobi on Monday.",
		[]placeCase{{0, "met", "Nairobi"}})
	checkPlaces(t, "2026-03-02", "Kenyan President William Ruto met Ugandan President Yoweri Museveni at Thika in central Kenya on Monday.",
		[]placeCase{{0, "met", "Thika"}})
}

// TestPlaceLaterMeeting: "the meeting in Accra" told after a meeting
// placed nowhere is its place; "the next meeting in Lome" or a meeting of
// last year is another occasion.
func TestPlaceLaterMeeting(t *testing.T) {
	lead := "Ghanaian President John Mahama met his Togolese counterpart Faure Gnassingbe here on Monday. "
	checkPlaces(t, "2026-03-02", lead+"Gnassingbe said the meeting in Accra opened a new chapter.",
		[]placeCase{{0, "met", "Accra"}})
	checkPlaces(t, "2026-03-02", lead+"Gnassingbe said the next meeting in Lome would deal with trade.",
		[]placeCase{{0, "met", ""}})
	checkPlaces(t, "2026-03-02", lead+"Gnassingbe said the meeting in Paris last year had failed.",
		[]placeCase{{0, "met", ""}})
}
