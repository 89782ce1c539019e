package event_test

// Event places and dates, session 33 (places-dev18), with the whole pipeline on
// sentences written for these tests. Each case runs with the round on and off.

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

func round33(t *testing.T, on bool) {
	t.Helper()
	event.Round33Places = on
	t.Cleanup(func() { event.Round33Places = true })
}

// TestPlaceLandedVisit: "landed in" opens a visit frame as "arrived in" does,
// so the visitor's later meeting with the hosts takes the city.
func TestPlaceLandedVisit(t *testing.T) {
	text := "Indian Prime Minister Manmohan Singh landed in Santiago for a visit. Singh met Chilean leaders on Tuesday."
	round33(t, true)
	checkPlaces(t, "2006-12-05", text, []placeCase{{1, "met", "Santiago"}})
	round33(t, false)
	checkPlaces(t, "2006-12-05", text, []placeCase{{1, "met", ""}})
}

// TestPlaceItemHeading: in a digest of items each headed by its own
// dateline, an item's acts take its heading's city, not the story's
// dateline.
func TestPlaceItemHeading(t *testing.T) {
	text := "NAIROBI - Kenya accused Uganda on Tuesday of backing rebels in the north.\n\n" +
		"TEHRAN, Nov. 8 (Xinhua) -- Iran on Tuesday criticised Britain over its plan for new sanctions.\n\n" +
		"Iranian Foreign Minister Manouchehr Mottaki also condemned the European Union on Tuesday for meddling in the region."
	round33(t, true)
	checkPlaces(t, "2005-11-08", text, []placeCase{{0, "accused", "Nairobi"}, {3, "condemned", "Tehran"}})
	round33(t, false)
	checkPlaces(t, "2005-11-08", text, []placeCase{{3, "condemned", "Nairobi"}})
}

// TestDateVoicedIntent: an intent whose own clause gives no day is dated by
// the day of the clause that voices it (the places gold's rule 7); the day of
// an "after" phrase on the saying and a neighbouring clause's reporter with a
// clause of its own do not date it.
func TestDateVoicedIntent(t *testing.T) {
	text := "Kenyan Foreign Minister Musalia Mudavadi said Tuesday that President William Ruto had agreed to meet Ugandan President Yoweri Museveni."
	trailing := "Kenya will send troops to Somalia, President William Ruto said on Tuesday."
	round33(t, true)
	checkDates(t, "2026-03-05", text, 0, "meet", "2026-03-03")
	checkDates(t, "2026-03-05", trailing, 0, "send", "2026-03-03")
	checkDates(t, "2026-03-05", "Portugal is expected to send 300 police officers to Mozambique; Spain said Tuesday it was sending 200.", 0, "send", "2026-03-05")
	checkDates(t, "2026-03-05", "Kenyan officials said last week that Kenya would send troops to Somalia.", 0, "send", "2026-W09")
	round33(t, false)
	checkDates(t, "2026-03-05", text, 0, "meet", "2026-03-05")
	checkDates(t, "2026-03-05", trailing, 0, "send", "2026-03-05")
}
