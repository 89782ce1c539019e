package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Session 18's everyday round: acts taken for speech and a source that ran
// into a relative clause, on sentences of our own, each with its rule on
// and off.

// Approving a loan, an aim after a comma, an expected visit and a march's
// demand are no one's words.
func TestEveryday18Acts(t *testing.T) {
	checkAct(t, &quote.ApprovedFunds, "The World Bank approved a loan of $300 million to Ghana on Friday.", "approved")
	checkAct(t, &quote.IntendedAct, "Norway hosted the two delegations in Oslo on Monday, hoping to end the dispute over fishing rights.", "hoping")
	checkAct(t, &quote.IntendedAct, "Kenyan President William Ruto is expected to visit Ghana next week.", "expected")
	checkAct(t, &quote.MarchDemand, "Hundreds of nurses marched through Kampala on Thursday demanding the release of their union leader.", "demanding")
}

// What is agreed, in a "that" clause or as an infinitive (PolNeAR
// attributes an agreement to its subject), and an approval of a
// statement of intent by its maker, stay quotes.
func TestEveryday18ActsKeepSpeech(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"The two ministers agreed that the border should be reopened soon.", "agreed"},
		{"The two governments agreed to reopen their embassies before the end of the year.", "agreed"},
		{"The finance minister said the cabinet had approved the budget.", "said"},
	} {
		d := annotate(t, c.text)
		quote.Attribute(d)
		if cueQuote(d, c.cue) == nil {
			t.Errorf("%q: lost its quote with cue %q: %s", c.text, c.cue, dump(d.Quotes))
		}
	}
}

// "Albania, which borders both countries, urged ...", the relative verb
// read as a noun conjoined to the head: the speaker is the head, not an
// actor the pair phrase inside the clause was given.
func TestEveryday18RelativeCut(t *testing.T) {
	text := "Serbia and Kosovo signed a trade deal on Monday. The United States welcomed the deal, and Secretary of State " +
		"Marco Rubio called it historic. Albania, which borders both countries, urged Belgrade not to close the road."
	d := annotate(t, text)
	quote.Attribute(d)
	q := cueQuote(d, "urged")
	if q == nil || q.Speaker == nil || q.Speaker.Code != "ALB" {
		t.Errorf("want speaker ALB: %s", dump(d.Quotes))
	}
	toggle(&quote.RelativeCut, false, func() {
		quote.Attribute(d)
		if q := cueQuote(d, "urged"); q == nil || q.Speaker == nil || q.Speaker.Code == "ALB" {
			t.Errorf("with the rule off the speaker is already Albania (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// What an unvoiced expectation's infinitive says is not said either: with
// the expectation no cue, its infinitive must not become one.
func TestEveryday18UnderIntended(t *testing.T) {
	text := "The French president is expected to announce the dissolution of parliament on Monday."
	d := annotate(t, text)
	quote.Attribute(d)
	if len(d.Quotes) != 0 {
		t.Errorf("%q: an expectation is quoted: %s", text, dump(d.Quotes))
	}
	toggle(&quote.IntendedAct, false, func() {
		quote.Attribute(d)
		if cueQuote(d, "expected") == nil {
			t.Errorf("%q: with the rule off no quote of the expectation (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
}
