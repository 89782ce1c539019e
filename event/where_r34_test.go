package event_test

// Event places, session 34 (places-dev19), with the whole pipeline on
// sentences written for these tests. Each case runs with the round on and off.

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

func round34(t *testing.T, on bool) {
	t.Helper()
	event.Round34Places = on
	t.Cleanup(func() { event.Round34Places = true })
}

// TestPlaceHereFrame: a visitor who "arrived here" for talks with a named
// country, in a story with no dateline, meets the hosts later in that
// country; his invitation to visit his own country is not placed there.
func TestPlaceHereFrame(t *testing.T) {
	text := "A Kenyan military chief arrived here Wednesday for talks on military cooperation with Ghana.\n\n" +
		"Joseph Mwangi Kamau, chairman of Kenya's joint chiefs of staff committee, went straight into talks with President John Mahama and said he invited him to visit Kenya.\n\n" +
		"Kamau also told reporters he would meet later with his Ghanaian counterpart Kofi Mensah to discuss military cooperation between the two countries."
	round34(t, true)
	checkPlaces(t, "2001-05-02", text, []placeCase{{2, "meet", "Ghana"}, {1, "invited", ""}})
	round34(t, false)
	checkPlaces(t, "2001-05-02", text, []placeCase{{2, "meet", ""}})
}
