package eval

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesBenchRound8 lists, on the first DYAD_QUOTES_BENCH bench-news
// wire stories (no gold: read by hand), the quotes that the eighth round's
// switches (round8Switches) add, remove or change, to DYAD_QUOTES_BENCH_OUT (default
// /tmp/quote-bench-round8.txt).
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRound8 -v
func TestQuotesBenchRound8(t *testing.T) {
	set := round8Switches()
	defer set(true)
	docs, out := quotesBenchDocs(t, "/tmp/quote-bench-round8.txt")
	defer out.Close()
	show := func(q doc.Quote) string {
		s := "-"
		if q.Source != nil {
			s = q.Source.Text
		}
		c := "-"
		if q.Cue != nil {
			c = q.Cue.Text
		}
		return fmt.Sprintf("[%s] cue=%s source=%s | content=%s", q.Kind, c, s, short(q.Content.Text))
	}
	total, added, gone, changed := quotesBenchDiff(docs, out, func() { set(false) }, func() { set(true) }, show)
	t.Logf("%d quotes with the round's switches; %d added, %d gone, %d with another source or content (listed in %s)", total, added, gone, changed, out.Name())
}

// round8Switches returns a function that sets the eighth round's switches
// (SubjectNotTime, RelativeAside, AncestorSubject, SplitTrailing and
// TrailingSpeech, AfterConj) to their defaults (on) or off.
func round8Switches() func(on bool) {
	sw := []*bool{&quote.SubjectNotTime, &quote.RelativeAside, &quote.AncestorSubject, &quote.SplitTrailing, &quote.TrailingSpeech, &quote.AfterConj}
	keep := make([]bool, len(sw))
	for i, p := range sw {
		keep[i] = *p
	}
	return func(on bool) {
		for i, p := range sw {
			*p = keep[i] && on
		}
	}
}

// TestQuotesRound8Before scores a PolNeAR compartment (dev, after the
// choices only) with the eighth round's switches off and on, on one parse.
//
//	DYAD_QUOTES_BEFORE8=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound8Before -v
func TestQuotesRound8Before(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_BEFORE8")
	set := round8Switches()
	defer set(true)
	for _, on := range []bool{false, true} {
		set(on)
		var s QuoteScore
		for i, b := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		}
		c, so, co := s.Cue, s.Source, s.Content
		t.Logf("round 8 on=%v: cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", on,
			100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
}
