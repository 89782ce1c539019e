package eval

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// The rounds of issue 7 each compare their switches off and on: on the
// bench-news wire stories (no gold: the differences are read by hand) and
// on one PolNeAR compartment, on a single parse. These helpers are the
// shared part; the rounds' tests name their switches.

// boolSwitches returns a function that sets the flags sw to their defaults
// (on) or off; the test turns them back on when it ends.
func boolSwitches(t *testing.T, sw ...*bool) func(on bool) {
	keep := make([]bool, len(sw))
	for i, p := range sw {
		keep[i] = *p
	}
	set := func(on bool) {
		for i, p := range sw {
			*p = keep[i] && on
		}
	}
	t.Cleanup(func() { set(true) })
	return set
}

// showQuote prints a quote for a bench-news listing; withSpeaker adds the
// resolved speaker.
func showQuote(withSpeaker bool) func(q doc.Quote) string {
	return func(q doc.Quote) string {
		s, c := "-", "-"
		if q.Source != nil {
			s = q.Source.Text
		}
		if q.Cue != nil {
			c = q.Cue.Text
		}
		if !withSpeaker {
			return fmt.Sprintf("[%s] cue=%s source=%s | content=%s", q.Kind, c, s, short(q.Content.Text))
		}
		sp := "-"
		if q.Speaker != nil {
			sp = q.Speaker.Name + "/" + q.Speaker.Code
		}
		return fmt.Sprintf("[%s] cue=%s source=%s speaker=%s | content=%s", q.Kind, c, s, sp, short(q.Content.Text))
	}
}

// benchSwitches lists, on the first DYAD_QUOTES_BENCH bench-news stories,
// the quotes that the switches set add, remove or change, to
// DYAD_QUOTES_BENCH_OUT (default out).
func benchSwitches(t *testing.T, label, out string, set func(on bool), withSpeaker bool) {
	docs, f := quotesBenchDocs(t, out)
	defer f.Close()
	total, added, gone, changed := quotesBenchDiff(docs, f, func() { set(false) }, func() { set(true) }, showQuote(withSpeaker))
	t.Logf("%d quotes with the switches of %s; %d added, %d gone, %d changed (listed in %s)", total, label, added, gone, changed, f.Name())
}

// scoreSwitches scores the PolNeAR compartment named by environment
// variable env with the switches set off and on, on one parse.
func scoreSwitches(t *testing.T, env, label string, set func(on bool)) {
	bds, docs := bratFromEnv(t, env)
	for _, on := range []bool{false, true} {
		set(on)
		var s QuoteScore
		for i, b := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		}
		c, so, co := s.Cue, s.Source, s.Content
		t.Logf("%s on=%v: cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", label, on,
			100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
}
