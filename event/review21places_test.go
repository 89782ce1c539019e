package event_test

// Guards on the session-21 occasion and launch rules (event/review21places.go),
// with the whole pipeline on stories written for these tests.

import "testing"

// TestDateAnotherOccasionNotBack: "the next meeting", "the last session"
// are other occasions than the one the sentence before dates.
func TestDateAnotherOccasionNotBack(t *testing.T) {
	d := codeStory(t, "2026-11-25", "Kenyan and Ugandan trade ministers held a meeting on cross-border tariffs in Nairobi on Monday.\n\n"+
		"Tanzania will meet Kenya at the next meeting, its trade ministry said.")
	// (an attendance codes nothing since session 23: a meeting at the
	// occasion instead)
	for _, e := range storyEvents(t, d, 1, "meet") {
		if e.Date == "2026-11-30" || e.Date == "2026-11-23" {
			t.Errorf("%s %q dated %s (%s), the day of the meeting before", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	d = codeStory(t, "2026-11-25", "The UN Security Council will hold an emergency session on Sudan on Thursday.\n\n"+
		"Russia blocked a similar resolution at the last session, diplomats said.")
	for _, e := range storyEvents(t, d, 1, "blocked") {
		if e.Date == "2026-11-26" {
			t.Errorf("%s %q dated %s (%s), the day of the session to come", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestDatePastActNotOnLaterOccasion: an act told in the past is not dated
// by an occasion after publication.
func TestDatePastActNotOnLaterOccasion(t *testing.T) {
	d := codeStory(t, "2026-11-25", "The African Union will hold a summit on Sudan on Friday.\n\n"+
		"The Egyptian president met the Ethiopian prime minister at the summit.")
	for _, e := range storyEvents(t, d, 1, "met") {
		if e.Date == "2026-11-27" {
			t.Errorf("%s %q dated %s (%s), after publication", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	d = codeStory(t, "2026-11-25", "The UN Security Council will hold an emergency session on Sudan on Thursday.\n\n"+
		"Russia blocked a draft resolution at the session, diplomats said.")
	for _, e := range storyEvents(t, d, 1, "blocked") {
		if e.Date == "2026-11-26" {
			t.Errorf("%s %q dated %s (%s), after publication", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestPlaceOccasionNearestAndPast: the nearest sentence naming the
// occasion decides (an African Union summit with no place, not the Arab
// summit in Riyadh before it), last year's summit does not lend its place
// to the one to come, and "the next summit" is not the one told before.
func TestPlaceOccasionNearestAndPast(t *testing.T) {
	checkPlaces(t, "2026-11-25", "Arab leaders will gather on Friday for a summit to be held in Riyadh.\n\n"+
		"Separately, the Egyptian president will attend an African Union summit next month.\n\n"+
		"The Egyptian president will meet Kenyan President William Ruto at the summit.",
		[]placeCase{{2, "meet", ""}})
	checkPlaces(t, "2026-11-25", "At last year's summit in Arusha on Nov. 30, East African leaders agreed a customs deal.\n\n"+
		"Kenyan President William Ruto will meet Tanzanian President Samia Suluhu Hassan at the summit, his office said.",
		[]placeCase{{1, "meet", ""}})
	checkPlaces(t, "2026-11-25", "Kenyan President William Ruto left Nairobi on Friday to attend a summit of East African leaders to be held in Arusha on Saturday. "+
		"Ruto will meet Tanzanian President Samia Suluhu Hassan at the next summit.",
		[]placeCase{{1, "meet", ""}})
}

// TestPlaceLaunchFromOverAt: fired at a place of another country than the
// target's, from a named place, is where it is fired from.
func TestPlaceLaunchFromOverAt(t *testing.T) {
	checkPlaces(t, "2026-11-25", "Hamas fighters fired rockets at Tel Aviv from Gaza on Monday.",
		[]placeCase{{0, "fired", "Gaza Strip"}})
}
