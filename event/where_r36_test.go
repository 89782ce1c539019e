package event_test

// Event places, session 36 (places-dev21), with the whole pipeline on
// sentences written for these tests. Each case runs with the round on and off.

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

func round36(t *testing.T, on bool) {
	t.Helper()
	event.Round36Places = on
	t.Cleanup(func() { event.Round36Places = true })
}

// TestPlaceTownCountry: a town the gazetteer lacks ("Ombaketi", a name made
// up for the test), told to lie in a country by its adjective in a
// locative phrase of the act's clause, places the act at that country; a
// town the gazetteer holds is the place itself, and a town in what a
// statement is about places nothing.
func TestPlaceTownCountry(t *testing.T) {
	met := "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni held talks on Friday in the Kenyan border town of Ombaketi."
	known := "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni held talks on Friday in the Kenyan border town of Busia."
	topic := "Uganda praised Kenya's efforts to end the dispute in the Kenyan border town of Ombaketi."
	round36(t, true)
	checkPlaces(t, "2024-05-03", met, []placeCase{{0, "held", "Kenya"}})
	checkPlaces(t, "2024-05-03", known, []placeCase{{0, "held", "Busia"}})
	checkPlaces(t, "2024-05-03", topic, []placeCase{{0, "praised", ""}})
	round36(t, false)
	checkPlaces(t, "2024-05-03", met, []placeCase{{0, "held", ""}})
}

// TestPlaceVisitingFrame: a story that calls a visitor "visiting" beside a
// host of one other country places the day's acts between the two
// countries, which no phrase places, in the host's country; an act of an
// earlier day stays unplaced, and so does everything with the round off.
func TestPlaceVisitingFrame(t *testing.T) {
	text := "Ghana and Kenya on Thursday agreed to expand trade between the two countries. " +
		"Speaking at a joint news conference with Ghanaian Foreign Minister Samuel Ablakwa, visiting Kenyan Foreign Minister Musalia Mudavadi said a joint commission would meet soon. " +
		"Ablakwa said Ghana welcomed Kenya's offer of help. " +
		"Ghana and Kenya signed a trade accord in March last year."
	round36(t, true)
	checkPlaces(t, "2024-05-02", text, []placeCase{{0, "expand", "Ghana"}, {2, "welcomed", "Ghana"}, {3, "signed", ""}})
	round36(t, false)
	checkPlaces(t, "2024-05-02", text, []placeCase{{0, "expand", ""}, {2, "welcomed", ""}})
}
