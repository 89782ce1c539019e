package pipeline

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

// Session 23's small misses (event/when_small23.go). A headline's bare
// infinitive ("X to hold talks with Y", no final punctuation, a paragraph
// of its own) is a plan, coded as "X will hold talks" is (036), not as an
// act that happened; the same words as a sentence of the story keep their
// reading.
func TestSmall23HeadlineInfinitive(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Egypt to hold talks with Jordan on water\n\nThe talks were arranged on Monday.", "036 EGY>JOR"},
		{"Lula to host Macron in Brasilia\n\nThe trip was announced on Monday.", "036 BRAGOV>FRAGOV"},
	} {
		if got := eventsOf(t, c.text, "2026-03-03", 0); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	// A story sentence with a finite verb is no headline.
	if got := eventsOf(t, "Egypt held talks with Jordan on water on Monday.", "2026-03-03", 0); got != "040 EGY>JOR" {
		t.Errorf("story sentence: got %q, want 040 EGY>JOR", got)
	}
}

// An act dated only by "recently" has no date of its own (the gold guide,
// data/event/gold/README.md, event dates, convention 8): unresolved, not
// the publication day as an approximate date. A day written beside it
// still dates the act.
func TestSmall23RecentlyUndated(t *testing.T) {
	for _, c := range []struct {
		text, typ string
	}{
		{"The Jordanian foreign minister recently visited Cairo.", event.DateUnresolved},
		{"The Kenyan president met recently with the Ugandan president.", event.DateUnresolved},
		{"The Jordanian foreign minister recently visited Cairo on Monday.", event.DateExact},
	} {
		d := runStandard(t, c.text, "2026-03-04")
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		for _, e := range d.Events {
			if e.DateType != c.typ {
				t.Errorf("%q: %s dated %s %s, want %s", c.text, e.Cameo, e.Date, e.DateType, c.typ)
			}
		}
	}
}
