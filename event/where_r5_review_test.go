package event_test

// Review of the round-5 place and date rules (session 19, review3): the
// misfires found on probe stories written for this review.

import "testing"

// TestPlaceSpeakerOtherOccasion: a speaking told in a past perfect, a
// future, in a week or month apart from the act, or long before an
// undated act, is another occasion and places nothing.
func TestPlaceSpeakerOtherOccasion(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Kenya urged Uganda on Monday to reopen the border. Last week, Foreign Minister Musalia Mudavadi told reporters in Geneva that Kenya would not accept delays.",
		[]placeCase{{0, "urged", ""}})
	checkPlaces(t, "2026-03-04", "Kenya has urged Uganda to reopen the border. Foreign Minister Musalia Mudavadi told reporters in Geneva on February 10 that the closure was hurting traders.",
		[]placeCase{{0, "urged", ""}})
	checkPlaces(t, "2026-03-04", "Kenya has urged Uganda to reopen the border. Foreign Minister Musalia Mudavadi will address parliament in Nairobi on the matter next week.",
		[]placeCase{{0, "urged", ""}})
	checkPlaces(t, "2026-03-04", "Kenya urged Uganda on Monday to reopen the border. Foreign Minister Musalia Mudavadi had said in Geneva that Kenya would take the matter to the East African Community.",
		[]placeCase{{0, "urged", ""}})
}

// TestPlaceVisitAheadOtherTrip: a visit dated by last month, a visit told
// in a perfect, or an arrival after the act is not the trip the act was
// made on.
func TestPlaceVisitAheadOtherTrip(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Ghana on Tuesday criticised Togo over the shooting of two Ghanaian traders. Last month, Ghanaian Foreign Minister Samuel Ablakwa arrived in Lome for talks on border security.",
		[]placeCase{{0, "criticised", ""}})
	checkPlaces(t, "2026-03-04", "Ghanaian Foreign Minister Samuel Ablakwa on Tuesday praised the Togolese government for its support. Ablakwa has visited Lome twice since taking office.",
		[]placeCase{{0, "praised", ""}})
	checkPlaces(t, "2026-03-04", "Ghanaian Foreign Minister Samuel Ablakwa on Friday criticised Togo over the shooting of two Ghanaian traders. He arrived in Lome on Monday for talks with President Faure Gnassingbe.",
		[]placeCase{{0, "criticised", ""}})
}

// TestDateSameOccasionOther: an act told in a past perfect, with "later",
// "earlier" or "long", in a "since" clause, or an answer to a hostile act
// of the other side, is not dated by the act the sentence before tells.
func TestDateSameOccasionOther(t *testing.T) {
	for _, c := range []struct{ text, word string }{
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. Uganda had accused Kenya of arming rebels in 2019.", "accused"},
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. Kenya has long accused Uganda of harbouring rebels.", "accused"},
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. Uganda later accused Kenya of breaking promises made at the meeting.", "accused"},
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. Relations have been strained since Uganda accused Kenya of backing rebels.", "accused"},
		{"Kenya expelled a Ugandan diplomat on Saturday. Uganda retaliated by expelling two Kenyan diplomats.", "expelling"},
		{"Kenyan police arrested two Ugandan soldiers on Monday. Uganda protested the arrests and demanded their release.", "demanded"},
	} {
		d := codeStory(t, "2026-03-04", c.text)
		es := storyEvents(t, d, 1, c.word)
		if len(es) == 0 {
			t.Errorf("%q: no event on %q", c.text, c.word)
		}
		for _, e := range es {
			if e.Date != "2026-03-04" || e.DateType != "unresolved" {
				t.Errorf("%q: %s %q dated %s (%s), want unresolved", c.text, e.Cameo, e.Action.Text, e.Date, e.DateType)
			}
		}
	}
}

// TestPlaceSpeakerAway: a statement its sentence makes on a visit abroad
// is not made where a spokesman at home later spoke; since session 20 it is
// made where the visit is (where_r6.go, `duringTrip`).
func TestPlaceSpeakerAway(t *testing.T) {
	checkPlaces(t, "2026-03-04", "Kenyan President William Ruto praised Ethiopia on Monday for its peace efforts during a state visit to Addis Ababa. His spokesman told reporters in Nairobi that the visit had been a success.",
		[]placeCase{{0, "praised", "Addis Ababa"}})
}

// TestUltimatumDeadlineAhead: a deadline month and day with no year, given
// in a past clause ("gave the army until March 1 to ..."), lies ahead of the
// giving: the next March 1, not the one before publication.
func TestUltimatumDeadlineAhead(t *testing.T) {
	d := codeStory(t, "2026-11-19", "The African Union gave the Sudanese army until March 1 to hand over power.")
	for _, e := range storyEvents(t, d, 0, "gave") {
		if e.Date != "2026-11-19" || e.DateEnd != "2027-03-01" {
			t.Errorf("%s %q dated %s to %s (%s), want 2026-11-19 to 2027-03-01", e.Cameo, e.Action.Text, e.Date, e.DateEnd, e.DateType)
		}
	}
	// A year written keeps its date.
	d = codeStory(t, "2026-11-19", "The African Union gave the Sudanese army until March 1, 2026, to hand over power, and the army ignored it.")
	for _, e := range storyEvents(t, d, 0, "gave") {
		if e.DateEnd == "2027-03-01" {
			t.Errorf("%s %q dated %s to %s: the written year was moved", e.Cameo, e.Action.Text, e.Date, e.DateEnd)
		}
	}
}
