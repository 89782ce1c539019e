package event_test

// Dates, session 22 (event/when_r8.go), with the whole pipeline on
// sentences written for these tests.

import "testing"

// TestDateAfterClause: an act told in an "after" or "before" clause takes
// no day from the clause it hangs on (the tour came before the arrival,
// the onward journey after the flight); the main clause keeps its day.
func TestDateAfterClause(t *testing.T) {
	d := codeStory(t, "2026-11-27", "The Kenyan foreign minister arrived in Harare on Thursday after visiting Zambia, Malawi and Botswana.\n\n"+
		"The Ethiopian prime minister flew to Nairobi on Wednesday before he travels to Uganda and Rwanda.")
	for _, c := range []struct {
		si   int
		word string
	}{{0, "visiting"}, {1, "travels"}} {
		for _, e := range storyEvents(t, d, c.si, c.word) {
			if e.DateType != "unresolved" {
				t.Errorf("%s %q dated %s (%s), want unresolved", e.Cameo, e.Action.Text, e.Date, e.DateType)
			}
		}
	}
	for _, c := range []struct {
		si         int
		word, want string
	}{{0, "arrived", "2026-11-26"}, {1, "flew", "2026-11-25"}} {
		for _, e := range storyEvents(t, d, c.si, c.word) {
			if e.Date != c.want || e.DateType != "exact" {
				t.Errorf("%s %q dated %s (%s), want %s", e.Cameo, e.Action.Text, e.Date, e.DateType, c.want)
			}
		}
	}
}

// TestDateReportedTailDay: the day written just before ", a spokesman told
// reporters" closes the reported clause and dates its act, however the
// parser hung it; not when a clause with its own subject stands between
// (the day is that clause's attack, not the sending of troops).
func TestDateReportedTailDay(t *testing.T) {
	d := codeStory(t, "2026-11-27", "Al-Shabaab fighters killed three Kenyan soldiers and two Somali drivers of the convoy "+
		"in the ambush Tuesday, a Kenyan army spokesman told reporters.\n\n"+
		"Kenya said it would send more troops to Somalia after Al-Shabaab fighters attacked a Kenyan town Tuesday, "+
		"officials told reporters.")
	for _, e := range storyEvents(t, d, 0, "killed") {
		if e.Date != "2026-11-24" || e.DateType != "exact" {
			t.Errorf("%s %q dated %s (%s), want 2026-11-24", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
	for _, e := range storyEvents(t, d, 1, "send") {
		if e.Date == "2026-11-24" {
			t.Errorf("%s %q dated %s (%s), the attack's day", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestDateDeadlineSubject: "gave the army until Sunday to hand over power"
// (the parser makes Sunday the subject of "hand", "until" its marker) is an
// ultimatum running to Sunday: from publication, or from its own day.
func TestDateDeadlineSubject(t *testing.T) {
	d := codeStory(t, "2026-11-25", "The African Union gave the army until Sunday to hand power to civilians, "+
		"the bloc said on Wednesday.\n\n"+
		"The African Union on Monday gave the army until Sunday to hand power to civilians.")
	for _, c := range []struct {
		si       int
		from, to string
	}{{0, "2026-11-25", "2026-11-29"}, {1, "2026-11-23", "2026-11-29"}} {
		for _, e := range storyEvents(t, d, c.si, "gave") {
			if e.Date != c.from || e.DateEnd != c.to || e.DateType != "range" {
				t.Errorf("%s %q dated %s–%s (%s), want %s–%s", e.Cameo, e.Action.Text, e.Date, e.DateEnd, e.DateType, c.from, c.to)
			}
		}
	}
}

// TestDatePastYearDay: a day written without its year that falls after
// publication in a past clause is last year's; in a future clause, or with
// another year given apart in its sentence, it is not moved there.
func TestDatePastYearDay(t *testing.T) {
	d := codeStory(t, "2026-11-25", "At last year's summit in Accra on Nov. 30, Ghana and Togo signed a border treaty.\n\n"+
		"Ghana and Togo will sign a border treaty in Accra on Nov. 30.")
	for _, c := range []struct {
		si         int
		word, want string
	}{{0, "signed", "2025-11-30"}, {1, "sign", "2026-11-30"}} {
		for _, e := range storyEvents(t, d, c.si, c.word) {
			if e.Date != c.want {
				t.Errorf("%s %q dated %s (%s), want %s", e.Cameo, e.Action.Text, e.Date, e.DateType, c.want)
			}
		}
	}
	// the tagger's year (publication's) is wrong here, but not last year
	d = codeStory(t, "2026-12-20", "Indonesian militants bombed churches in Jakarta on Christmas Eve in 2000, killing 19 people.")
	for _, e := range storyEvents(t, d, 0, "bombed") {
		if e.Date == "2025-12-24" {
			t.Errorf("%s %q dated %s (%s), moved to a year the sentence does not give", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}
