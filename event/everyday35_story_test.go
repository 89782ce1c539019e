package event_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/event"
)

// Stories of session 35's everyday round (event/everyday35.go,
// actor/everyday35.go, everyday.pat). Sentences written for the tests.

// TestEveryday35SinceTail: a day that closes a "since" phrase ("the first
// contact since a summit between the two in June") is the earlier
// happening's, not the meeting's, when the parser hangs it on a noun of
// the main clause.
func TestEveryday35SinceTail(t *testing.T) {
	story := "The meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni was the highest-level contact between the two sides since a summit between Ruto and Museveni in June."
	dated := func() []string {
		var out []string
		for _, e := range codeStory(t, "2026-11-16", story).Events {
			if strings.HasPrefix(e.Action.Text, "meeting") {
				out = append(out, e.Date)
			}
		}
		return out
	}
	got := dated()
	if len(got) == 0 {
		t.Fatal("no meeting coded")
	}
	for _, d := range got {
		if strings.HasPrefix(d, "2026-06") {
			t.Errorf("meeting dated %s, the June summit's month", d)
		}
	}
	event.SinceTailDates = false
	defer func() { event.SinceTailDates = true }()
	june := false
	for _, d := range dated() {
		june = june || strings.HasPrefix(d, "2026-06")
	}
	if !june {
		t.Errorf("rule off: want the meeting dated June as before, got %v", dated())
	}
}

// TestEveryday35CompoundSurname: "Abu Hadid" repeats "Karim Abu Hadid" as
// a one-word surname does, so the repeat is the coded minister.
func TestEveryday35CompoundSurname(t *testing.T) {
	story := "Karim Abu Hadid, the Palestinian health minister, criticized Israel on Monday. Abu Hadid demanded that the Israeli government end the raids."
	src := func() string {
		for _, e := range codeStory(t, "2026-11-16", story).Events {
			if e.Sentence == 1 {
				return e.Source.Code
			}
		}
		return "none"
	}
	if got := src(); !strings.HasPrefix(got, "PSE") {
		t.Errorf("Abu Hadid's demand: source %q, want the minister's PSE code", got)
	}
	actor.CompoundSurnames = false
	defer func() { actor.CompoundSurnames = true }()
	if got := src(); strings.HasPrefix(got, "PSE") {
		t.Errorf("rule off: source %q, want no code as before", got)
	}
}

// TestEveryday35ComeToTerms: coming to an agreement is reaching one
// (everyday.pat's COME_TO_TERMS), not ARRIVE's 040; "unable to" negates it;
// an accusation that "came in response to" remarks is no event.
func TestEveryday35ComeToTerms(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kenya and Uganda came to an agreement on the border on Monday.", "030 KEN>UGA; 030 UGA>KEN"},
		{"Kenya and Uganda had been unable to come to an agreement on the border.", "030 KEN>UGA neg; 030 UGA>KEN neg"},
		{"Kenya's protest came in response to remarks by Ugandan President Yoweri Museveni.", ""},
		{"The Ugandan president came to Nairobi on Monday.", "040 UGAGOV>KEN"},
	} {
		var got []string
		for _, e := range codeStory(t, "2026-11-16", c.text).Events {
			s := e.Cameo + " " + code(&e.Source) + ">" + code(e.Target)
			if e.Negated {
				s += " neg"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestEveryday35TakeBack: a party that takes a person back readmits him,
// no seizure (171); an army taking back a town keeps its code.
func TestEveryday35TakeBack(t *testing.T) {
	d := codeStory(t, "2026-11-16", "The ruling party said it would not take Raila Odinga back.")
	for _, e := range d.Events {
		if e.Cameo == "171" {
			t.Errorf("take back a person coded 171 on %q", e.Action.Text)
		}
	}
}

// code is an actor's code, "-" for none.
func code(a *doc.Actor) string {
	if a == nil || a.Code == "" {
		return "-"
	}
	return a.Code
}
