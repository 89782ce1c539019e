package pipeline

import "testing"

// Review of session 22's second wave on unseen stories (docs/EVENTS.md):
// withoutPlanIntents (event/review22.go), on sentences written for the
// test. Each case lists every event of one sentence (markedEvents).
func TestReviewTwentyTwoPlans(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		// a plan with no partner is a domestic step: no 030 of no one
		{"Stocks rose on Monday once the Chilean cabinet announced new plans for propping up the peso.", ""},
		{"The Chilean government is planning a new tax on mining firms.", ""},
		// stays: a plan towards another actor, a planned visit
		{"The Chilean cabinet announced fresh plans to deepen cooperation with Peru.", "030 CHLGOV>PER"},
		{"The Chilean president is planning a visit to Peru next month.", "036 CHLGOV>PER"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, 0); g != c.want {
			t.Errorf("%q: events %q, want %q", c.text, g, c.want)
		}
	}
}

// jointDays (event/when_r9.go): a joint act of two doers that takes the
// day of one doer's act before is dated for both.
func TestReviewTwentyTwoJointDays(t *testing.T) {
	text := "Kenya's President Mwai Kibaki met Ugandan President Yoweri Museveni in Nairobi on Tuesday, state radio said.\n\n" +
		"The two presidents also struck a deal on finishing the railway line to Kampala, the radio added."
	d := runStandard(t, text, "2026-03-10")
	n := 0
	for _, e := range d.Events {
		if e.Sentence != 1 {
			continue
		}
		n++
		if e.Date != "2026-03-10" || e.DateType != "exact" {
			t.Errorf("%s %s: date %s %s, want 2026-03-10 exact", e.Cameo, e.Source.Code, e.Date, e.DateType)
		}
	}
	if n != 2 {
		t.Errorf("%d events in the second sentence, want 2", n)
	}
}
