package event_test

// Places of trips (session 17, event/where_trip.go), with the whole
// pipeline on sentences written for these tests.

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func placeCountry(e doc.Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.Country
}

// TestPlaceTripPurpose: what a trip is for happens where the trip goes,
// told by an infinitive of purpose or by a "for" phrase of any verb of
// going ("whisked to Kumasi ... for a meeting").
func TestPlaceTripPurpose(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi would visit Ghana for three days from March 14 "+
		"to meet with President John Mahama, a newspaper said.")
	for _, e := range storyEvents(t, d, 0, "meet") {
		if got := placeName(e); got != "Ghana" {
			t.Errorf("%s %q placed in %q, want Ghana", e.Cameo, e.Action.Text, got)
		}
	}
	d = codeStory(t, "2026-03-02", "The Kenyan leader was then whisked to Kumasi aboard a military helicopter for a meeting "+
		"with Ghanaian President John Mahama.")
	for _, e := range storyEvents(t, d, 0, "meeting") {
		if got := placeName(e); got != "Kumasi" {
			t.Errorf("%s %q placed in %q, want Kumasi", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestPlaceDeparture: a departure's object is where the trip starts, its
// "for" phrase where it goes.
func TestPlaceDeparture(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Ruto left Nairobi early on Monday for Accra to attend the summit.")
	for _, w := range []string{"left", "attend"} {
		for _, e := range storyEvents(t, d, 0, w) {
			if got := placeName(e); got != "Accra" {
				t.Errorf("%s %q placed in %q, want Accra", e.Cameo, e.Action.Text, got)
			}
		}
	}
}

// TestPlaceTargetDestination: a trip to several countries places each
// visit in its own country, also when a light verb tells it ("pay
// official visits to").
func TestPlaceTargetDestination(t *testing.T) {
	for _, text := range []string{
		"Kenyan President William Ruto will visit Ghana, Togo and Benin next month, his office said on Monday.",
		"Kenyan President William Ruto will pay official visits to Ghana, Togo and Benin from March 4 to 15.",
	} {
		d := codeStory(t, "2026-03-02", text)
		n := 0
		for _, e := range d.Events {
			if e.Cameo != "036" || e.Target == nil {
				continue
			}
			n++
			if got := placeCountry(e); got != e.Target.Country {
				t.Errorf("%q: visit to %s placed in %q (%s)", text, e.Target.Code, placeName(e), got)
			}
		}
		if n != 3 {
			t.Errorf("%q: %d visits coded, want 3", text, n)
		}
	}
}

// TestPlaceLaterClause: the place of an act told as later ("hours before
// Mahama was to meet Abiy in Kumasi") does not place the event.
func TestPlaceLaterClause(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Kenyan President William Ruto said he telephoned Ghanaian President John Mahama "+
		"hours before Mahama was to meet Abiy in Kumasi, Ghana, to seek support for the plan.")
	for _, e := range storyEvents(t, d, 0, "telephoned") {
		if e.Place != nil {
			t.Errorf("%s %q placed in %q", e.Cameo, e.Action.Text, placeName(e))
		}
	}
}

// TestPlaceHostCountry: talks with a "visiting" minister are in the host's
// country when the story places them no closer; without "visiting" they
// are placed nowhere.
func TestPlaceHostCountry(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Ethiopian Foreign Minister Taye Atske Selassie held talks on Monday with visiting Kenyan Foreign Minister " +
			"Musalia Mudavadi. Ethiopia and Kenya share a long border.", "ETH"},
		{"Ethiopian Foreign Minister Taye Atske Selassie held talks on Monday with Kenyan Foreign Minister " +
			"Musalia Mudavadi. Ethiopia and Kenya share a long border.", ""},
	} {
		d := codeStory(t, "2026-03-02", c.text)
		for _, e := range storyEvents(t, d, 0, "held talks") {
			if got := placeCountry(e); got != c.want {
				t.Errorf("%q: %s placed in %q (%s), want %q", c.text, e.Cameo, placeName(e), got, c.want)
			}
		}
	}
	// "arrived here for talks": the traveller's hosts' country, for the
	// arrival coded both ways and the talks.
	text := "Kenyan Foreign Minister Musalia Mudavadi arrived here on Tuesday for cooperation talks with Ethiopian " +
		"leaders, including a meeting with Prime Minister Abiy Ahmed. Kenya and Ethiopia share a long border."
	d := codeStory(t, "2026-03-03", text)
	for _, w := range []string{"arrived", "talks"} {
		for _, e := range storyEvents(t, d, 0, w) {
			if got := placeCountry(e); got != "ETH" {
				t.Errorf("%s %q placed in %q (%s), want ETH", e.Cameo, e.Action.Text, placeName(e), got)
			}
		}
	}
}
