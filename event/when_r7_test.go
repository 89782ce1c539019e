package event_test

// Dates of an occasion taken up again (session 21, event/when_r7.go), with
// the whole pipeline on stories written for these tests.

import "testing"

// TestDateBackOccasion: an act at a definite occasion in a sentence with
// no date of its own ("would take part in the meeting", "will co-chair the
// meeting") takes the day an earlier sentence gives the same occasion by
// its own clause, read ahead for an intended act (a weekday after
// publication).
func TestDateBackOccasion(t *testing.T) {
	d := codeStory(t, "2026-11-25", "The foreign ministers of the African Union are to hold an emergency session on Friday "+
		"on the crisis in Sudan, the bloc said on Wednesday.\n\n"+
		"Officials from Kenya, Egypt and Ethiopia would take part in the meeting, an AU spokesman said.")
	for _, e := range storyEvents(t, d, 1, "take part") {
		if e.Date != "2026-11-27" || e.DateType != "exact" {
			t.Errorf("%s %q dated %s (%s), want 2026-11-27", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	d = codeStory(t, "2026-11-20", "Kenyan Foreign Minister Musalia Mudavadi left Nairobi on Friday for Uganda to attend a "+
		"meeting of the joint border commission.\n\nThe meeting will be held in Kampala on Nov. 24.\n\n"+
		"Mudavadi and Ugandan Foreign Minister Jeje Odongo will co-chair the meeting.")
	for _, e := range storyEvents(t, d, 2, "co-chair") {
		if e.Date != "2026-11-24" || e.DateType != "exact" {
			t.Errorf("%s %q dated %s (%s), want 2026-11-24", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestDateBackOccasionNot: an act on the occasion from outside ("criticised
// the meeting") is not dated by the day of the meeting, and a sentence
// with a day of its own keeps it.
func TestDateBackOccasionNot(t *testing.T) {
	d := codeStory(t, "2026-11-25", "Ethiopia and Kenya held a meeting on security on Monday.\n\n"+
		"Somalia criticised the meeting, its foreign ministry said.")
	for _, e := range storyEvents(t, d, 1, "criticised") {
		if e.Date == "2026-11-23" {
			t.Errorf("%s %q dated %s (%s), the meeting's day", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	d = codeStory(t, "2026-11-25", "The foreign ministers of the African Union are to hold an emergency session on Friday "+
		"on the crisis in Sudan, the bloc said on Wednesday.\n\n"+
		"Officials from Kenya and Egypt would take part in the meeting on Saturday, an AU spokesman said.")
	for _, e := range storyEvents(t, d, 1, "take part") {
		if e.Date != "2026-11-28" {
			t.Errorf("%s %q dated %s (%s), want its own 2026-11-28", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestDateTwoDaysRunning: "on Monday and Tuesday" is a range of both days,
// and a present tense on two days to come schedules the act as one day
// does; days further apart ("on Monday and again on Thursday") are no
// span.
func TestDateTwoDaysRunning(t *testing.T) {
	d := codeStory(t, "2026-11-25", "Ethiopia and Eritrea held talks in Djibouti on Monday and Tuesday.\n\n"+
		"Ethiopia and Eritrea held talks in Djibouti on Monday and again on Thursday.")
	for _, e := range storyEvents(t, d, 0, "held") {
		if e.Date != "2026-11-23" || e.DateEnd != "2026-11-24" || e.DateType != "range" {
			t.Errorf("%s %q dated %s..%s (%s), want 2026-11-23..2026-11-24", e.Cameo, e.Action.Text, e.Date, e.DateEnd, e.DateType)
		}
	}
	for _, e := range storyEvents(t, d, 1, "held") {
		if e.DateType == "range" {
			t.Errorf("%s %q dated %s..%s (%s), want no range", e.Cameo, e.Action.Text, e.Date, e.DateEnd, e.DateType)
		}
	}
	d = codeStory(t, "2026-11-25", "Kenyan President William Ruto meets Ugandan President Yoweri Museveni in Kampala on Friday and Saturday.")
	for _, e := range storyEvents(t, d, 0, "meets") {
		if e.Cameo != "036" || e.Date != "2026-11-27" || e.DateEnd != "2026-11-28" {
			t.Errorf("%s %q dated %s..%s (%s), want 036 2026-11-27..2026-11-28", e.Cameo, e.Action.Text, e.Date, e.DateEnd, e.DateType)
		}
	}
}
