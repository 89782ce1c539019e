package event_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/event"
)

// TestEveryday34PlannedNominalDay: talks named in the clause of a planned
// visit ("will visit ... on Friday for talks with") are held on the
// visit's day (event/everyday34.go, plannedNominal); without the rule they
// were left undated. Sentence written for the test.
func TestEveryday34PlannedNominalDay(t *testing.T) {
	story := "Australia's trade minister Don Farrell will visit Beijing on Friday for talks with Commerce Minister Wang Wentao."
	wantDate(t, "2026-09-14", story, 0, "talks", "2026-09-18", "exact")
	event.NominalPlanDates = false
	defer func() { event.NominalPlanDates = true }()
	d := codeStory(t, "2026-09-14", story)
	for _, e := range storyEvents(t, d, 0, "talks") {
		if e.DateType == "exact" {
			t.Errorf("rule off: %s %q dated %s (%s), want it left unresolved", e.Cameo, e.Action.Text, e.Date, e.DateType)
		}
	}
}

// TestEveryday34EscalateDispute: "escalating a trade dispute" is no
// material cooperation (BOOST's 060); stepping up cooperation still is.
func TestEveryday34EscalateDispute(t *testing.T) {
	d := codeStory(t, "2026-09-14", "China imposed new tariffs on Australian wine on Monday, escalating a trade dispute between the two countries.")
	for _, e := range d.Events {
		if strings.HasPrefix(e.Cameo, "06") {
			t.Errorf("escalating a dispute coded %s on %q", e.Cameo, e.Action.Text)
		}
	}
	d = codeStory(t, "2026-09-14", "Russia stepped up its cooperation with China on Monday.")
	if len(d.Events) == 0 || d.Events[0].Cameo != "050" {
		t.Errorf("stepped up cooperation: got %v", d.Events)
	}
}

// TestEveryday34RejectResults: an election's results rejected is a
// rejection (120, everyday.pat's REJECT_RESULT), not the refusal to
// de-escalate (1246) that "result" in the dictionary's &SOLUTION gave;
// "rejected a political solution" keeps 1246.
func TestEveryday34RejectResults(t *testing.T) {
	d := codeStory(t, "2026-10-27", "Zimbabwe's main opposition party on Monday rejected the results of last week's presidential election.")
	if len(d.Events) != 1 || d.Events[0].Cameo != "120" {
		t.Errorf("rejected the results: got %v", d.Events)
	}
	d = codeStory(t, "2026-10-27", "Ethiopia rejected a political solution to the conflict with Eritrea.")
	if len(d.Events) != 1 || d.Events[0].Cameo != "1246" {
		t.Errorf("rejected a political solution: got %v", d.Events)
	}
}

// TestEveryday34DismissOffer: an offer dismissed or turned down is a
// proposal rejected (120, everyday.pat's DISMISS_OFFER), as "rejected the
// offer" already was; dismissing a minister keeps the dictionary's code.
func TestEveryday34DismissOffer(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kenya dismissed the offer from Uganda.", "120"},
		{"Kenya turned down the offer from Uganda.", "120"},
		{"Kenya dismissed the minister.", "110"},
	} {
		d := codeStory(t, "2026-10-27", c.text)
		if len(d.Events) != 1 || d.Events[0].Cameo != c.want {
			t.Errorf("%q: got %v, want one %s", c.text, d.Events, c.want)
		}
	}
}
