package event_test

// Event places and dates, round 5 (session 19, places-dev5), with the
// whole pipeline on sentences written for these tests.

import "testing"

// TestPlaceSpeakerNearby: a statement its sentence does not place is made
// where a speaker of its source's side spoke, told in a neighbouring
// sentence; a speaker of another side, a speaking on another day, or a
// place in what the speaker talked about, places nothing.
func TestPlaceSpeakerNearby(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Kenya urged Uganda on Monday to reopen the border. \"We want the Ugandan side to act quickly,\" Foreign Minister Musalia Mudavadi told a news conference in Nairobi.",
		[]placeCase{{0, "urged", "Nairobi"}})
	checkPlaces(t, "2026-03-04", "Kenya urged Uganda on Monday to reopen the border. \"We will study the request,\" Ugandan Foreign Minister Jeje Odongo told a news conference in Kampala.",
		[]placeCase{{0, "urged", ""}})
	checkPlaces(t, "2026-03-04", "Kenya urged Uganda on Monday to reopen the border. Kenyan Foreign Minister Musalia Mudavadi told reporters in Geneva on February 10 that the talks had stalled.",
		[]placeCase{{0, "urged", ""}})
	checkPlaces(t, "2026-03-04", "Kenyan Foreign Minister Musalia Mudavadi urged Uganda on Monday to reopen the border. On the problem in Somalia, Mudavadi said he had stressed to Museveni the importance of the talks.",
		[]placeCase{{0, "urged", ""}})
}

// TestPlaceVisitAhead: a visitor's act towards the host, or a visit with
// no host coded, that nothing places takes the city a later sentence puts
// the visitor in; the host's own acts do not, nor a visit still to come.
func TestPlaceVisitAhead(t *testing.T) {
	checkPlaces(t, "2026-03-03", "Ghanaian Foreign Minister Samuel Ablakwa on Tuesday praised the Togolese government during a visit to the neighbouring country. "+
		"The minister, who arrived in Lome on Monday for a two-day visit, was also to meet President Faure Gnassingbe.",
		[]placeCase{{0, "praised", "Lomé"}})
	checkPlaces(t, "2026-03-04", "Togo on Tuesday praised Ghana's support for its government. "+
		"The Ghanaian minister, who arrived in Lome on Monday for a two-day visit, was also to meet President Faure Gnassingbe.",
		[]placeCase{{0, "praised", ""}})
	checkPlaces(t, "2026-03-04", "China has urged Malaysia to punish the attackers of Chinese tourists, a spokesman said. "+
		"The foreign ministry said Chinese Premier Li Qiang will pay an official visit to Malaysia in mid-December.",
		[]placeCase{{0, "urged", ""}})
}

// TestPlacePlannedTrip: a planned meeting or visit told by a verb of going
// is where the trip goes (a departure's "for" phrase), and one told with a
// visit as its purpose is where that visit goes.
func TestPlacePlannedTrip(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Prime Minister Kishida hoped to pass the bill on April 18 before he leaves for Australia on April 24 for key talks with Albanese, the agency said.",
		[]placeCase{{0, "leaves", "Australia"}})
	checkPlaces(t, "2026-03-04", "Kenyan President William Ruto will lead a delegation of officials and business leaders to visit western Ethiopia on March 21, a government spokesman said Wednesday.",
		[]placeCase{{0, "lead", "Ethiopia"}})
}

// TestDateSameOccasion: an act its sentence does not date takes the day of
// the act between the same two sides told in the sentence before it.
func TestDateSameOccasion(t *testing.T) {
	d := codeStory(t, "2026-03-04", "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Friday. Ruto also praised Ethiopia's economic reforms, his office said.")
	for _, e := range storyEvents(t, d, 1, "praised") {
		if e.Date != "2026-02-27" {
			t.Errorf("%s %q dated %s (%s), want 2026-02-27", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	d = codeStory(t, "2026-03-04", "Kenyan President William Ruto held talks with Somali President Hassan Sheikh Mohamud on Friday. Ruto also praised Ethiopia's economic reforms, his office said.")
	for _, e := range storyEvents(t, d, 1, "praised") {
		if e.Date != "2026-03-04" {
			t.Errorf("%s %q dated %s (%s), want the publication day", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	// Two acts of the pair the sentence before, told on two days: the last
	// told is the occasion carried on.
	d = codeStory(t, "2026-03-04", "Ethiopian Prime Minister Abiy Ahmed welcomed Kenyan President William Ruto on Monday and the two leaders held talks on Tuesday. The two governments signed three agreements on energy and trade.")
	for _, e := range storyEvents(t, d, 1, "signed") {
		if e.Date != "2026-03-03" {
			t.Errorf("%s %q dated %s (%s), want 2026-03-03", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}
