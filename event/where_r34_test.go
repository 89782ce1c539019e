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

// TestPlaceBareDirection: "west of Baghdad" with no distance places the act
// at Baghdad (with a distance, the country: where_r4.go).
func TestPlaceBareDirection(t *testing.T) {
	text := "US soldiers killed four gunmen in an air strike on a house west of Baghdad late Saturday, the US military said."
	round34(t, true)
	checkPlaces(t, "2006-12-03", text, []placeCase{{0, "killed", "Baghdad"}})
	round34(t, false)
	checkPlaces(t, "2006-12-03", text, []placeCase{{0, "killed", ""}})
}

// TestPlaceFinerDescriptor: a city naming a place kind noun whose "of"
// place is coarser ("the Kisumu district of western Kenya": Kisumu County) is the act's
// place; the kind noun's "of" place stays the place of "the Rift Valley town
// of Nakuru".
func TestPlaceFinerDescriptor(t *testing.T) {
	text := "Kenyan police arrested ten opposition supporters in the Kisumu district of western Kenya on Monday."
	town := "Kenyan police arrested ten opposition supporters in the Rift Valley town of Nakuru on Monday."
	round34(t, true)
	checkPlaces(t, "2006-12-05", text, []placeCase{{0, "arrested", "Kisumu County"}})
	checkPlaces(t, "2006-12-05", town, []placeCase{{0, "arrested", "Nakuru"}})
	round34(t, false)
	checkPlaces(t, "2006-12-05", text, []placeCase{{0, "arrested", "Kenya"}})
}

// TestDatePlannedOnObject: a later time the parser hung on a present
// participle of an intended act's object is the planned act's; a past time
// there is the participle's own.
func TestDatePlannedOnObject(t *testing.T) {
	text := "Kenya and Ghana are to sign an agreement liberalising bilateral aviation traffic in June, Kenyan Transport Minister Amos Kimunya said Wednesday."
	event.Round34Dates = true
	defer func() { event.Round34Dates = true }()
	checkDates(t, "1997-04-30", text, 0, "sign", "1997-06")
	checkDates(t, "1997-04-30", "Kenya and Ghana are to sign an accord settling a border dispute begun in 1995, Kenyan officials said Wednesday.", 0, "sign", "1997-04-30")
	event.Round34Dates = false
	checkDates(t, "1997-04-30", text, 0, "sign", "1997-04-30")
}
