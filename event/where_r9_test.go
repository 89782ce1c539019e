package event_test

// Event places, round 9 (session 22), with the whole pipeline on sentences
// written for these tests.

import "testing"

// TestPlaceVisitFrame: once a visitor is told to arrive in a place (or to
// be due to arrive there), the visitor's later meetings with the host side
// that nothing else places take that place; another actor's meeting, a
// meeting with a third side and a meeting told after the visitor left stay
// unplaced.
func TestPlaceVisitFrame(t *testing.T) {
	checkPlaces(t, "2005-11-25", "Chilean Foreign Minister Ana Reyes is due to arrive in Peru on Tuesday for a three-day visit. During her stay, Reyes will meet Peruvian President Alan Garcia.",
		[]placeCase{{1, "meet", "Peru"}})
	checkPlaces(t, "2005-11-25", "Kenyan Prime Minister Raila Odinga is expected to arrive in Uganda on Sunday, officials said. He will hold talks with Ugandan President Yoweri Museveni on the border dispute.",
		[]placeCase{{1, "hold", "Uganda"}})
	checkPlaces(t, "2005-11-25", "Chilean Foreign Minister Ana Reyes is due to arrive in Peru on Tuesday for a three-day visit. Brazilian Foreign Minister Celso Amorim will meet Peruvian President Alan Garcia next month.",
		[]placeCase{{1, "meet", ""}})
	checkPlaces(t, "2005-11-25", "Kenyan Prime Minister Raila Odinga arrived in Kampala on Monday and left for Nairobi on Wednesday. Odinga will meet Ugandan President Yoweri Museveni again in January.",
		[]placeCase{{1, "meet", ""}})
}
