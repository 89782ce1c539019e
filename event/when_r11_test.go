package event_test

// Dates, session 23, round 11 (event/when_r11.go), with the whole pipeline
// on sentences written for these tests.

import "testing"

// TestPossessiveDayIsTheNouns: "Thursday's shelling" is the shelling's
// day; the appeal made on Friday in the same sentence keeps Friday.
func TestPossessiveDayIsTheNouns(t *testing.T) {
	wantDate(t, "2026-11-27", "Kenyan President William Ruto on Friday deplored Thursday's shelling of the border town and called on Somalia and Ethiopia to show restraint.",
		0, "called", "2026-11-27", "exact")
}

// TestFuturePeriodNotAPastAct: money allocated "for 2028" was not
// allocated in 2028.
func TestFuturePeriodNotAPastAct(t *testing.T) {
	wantDate(t, "2026-11-23", "Norway has allocated 50 million dollars to the Somali government for 2028, the Norwegian minister said on Monday.",
		0, "allocated", "2026-11-23", "unresolved")
}

// TestSinceClauseRange: a perfect timed by a "since" clause with a month
// of its own runs from that month to publication.
func TestSinceClauseRange(t *testing.T) {
	d := codeStory(t, "2026-11-27", "Ghana and Togo have closed their shared border ever since rebels seized the town of Aflao in March.")
	for _, e := range storyEvents(t, d, 0, "closed") {
		if e.Date != "2026-03" || e.DateEnd != "2026-11-27" || e.DateType != "range" {
			t.Errorf("%s %q dated %s..%s (%s), want 2026-03..2026-11-27 (range)", e.Cameo, e.Action.Text, e.Date, e.DateEnd, e.DateType)
		}
	}
}

// TestCountedBeforeMainDay: an act told as two days, or a week, before the
// main clause's day is dated that far back: the day for days, the week for
// a week (also on the second conjunct).
func TestCountedBeforeMainDay(t *testing.T) {
	wantDate(t, "2026-11-27", "Kenyan President William Ruto spoke to reporters on Thursday in Nairobi, two days after Somalia expelled the Kenyan ambassador.",
		0, "expelled", "2026-11-24", "exact")
	wantDate(t, "2026-11-27", "Kenyan President William Ruto made the remarks on Tuesday in Nairobi, a week after Somalia expelled the Kenyan ambassador and recalled its own envoy.",
		0, "expelled", "2026-W47", "approximate")
}

// TestTimeBeforeInvertedSay: a month closing the quoted words before ",
// said <speaker>" is the quoted plan's, not the time of the meeting the
// speaker had.
func TestTimeBeforeInvertedSay(t *testing.T) {
	wantDate(t, "2026-04-02", "\"Kenya will keep its troops in Somalia until the army is ready\" through the period of May polls, said African Union envoy Amina Ali, following a meeting with Ruto, Abiy and UN envoy James Swan.",
		0, "meeting", "2026-04-02", "unresolved")
}
