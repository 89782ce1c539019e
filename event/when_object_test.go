package event_test

// Dates told on the event's object (session 17, event/when_object.go),
// with the whole pipeline on sentences written for these tests.

import "testing"

// TestDateObjectParticiple: a bare day the parser hangs on a present
// participle of the object dates the event ("seized a boat belonging to
// the Somali navy Friday"), and a schedule participle on an intended act's
// object gives the planned day ("to attend the summit scheduled on
// Friday"), not the day of the arrival that governs it.
func TestDateObjectParticiple(t *testing.T) {
	d := codeStory(t, "2026-03-07", "Kenyan police seized a boat belonging to the Somali navy Friday after it was found "+
		"to be carrying weapons, a Somali military spokesman said Saturday.")
	for _, e := range storyEvents(t, d, 0, "seized") {
		if e.Date != "2026-03-06" || e.DateType != "exact" {
			t.Errorf("%s %q dated %s (%s), want 2026-03-06", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	// (an attendance codes nothing since session 23: a meeting at the
	// summit instead)
	d = codeStory(t, "2026-03-05", "Ruto arrived on Thursday in Accra to meet Ghanaian President John Mahama at the "+
		"African Union summit scheduled on Friday and Saturday.")
	for _, e := range storyEvents(t, d, 0, "meet") {
		if e.Date != "2026-03-06" {
			t.Errorf("%s %q dated %s (%s), want 2026-03-06", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestDateObjectParticipleComment: a comment on a moving object ("condemned
// the warship sailing through the strait Sunday") is not dated by the
// participle's day, which is the movement's.
func TestDateObjectParticipleComment(t *testing.T) {
	d := codeStory(t, "2026-03-10", "Beijing denounced the Japanese destroyer sailing through the strait Sunday, "+
		"the foreign ministry said on Monday.")
	es := storyEvents(t, d, 0, "denounced")
	if len(es) == 0 {
		t.Errorf("no event for denounced")
	}
	for _, e := range es {
		if e.Date == "2026-03-08" {
			t.Errorf("%s %q dated %s (%s), the participle's day", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	d = codeStory(t, "2026-03-10", "Somali troops detained a man smuggling arms Sunday, officials said on Monday.")
	for _, e := range storyEvents(t, d, 0, "detained") {
		if e.Date != "2026-03-08" {
			t.Errorf("%s %q dated %s (%s), want 2026-03-08", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}
