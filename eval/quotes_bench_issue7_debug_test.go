package eval

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesBenchIssue7 lists, on the first DYAD_QUOTES_BENCH bench-news
// wire stories (no gold: read by hand), the quotes that the switches of
// issue 7, part 1 (issue7Switches) add, remove or change, speakers
// included, to DYAD_QUOTES_BENCH_OUT (default /tmp/quote-bench-issue7.txt).
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchIssue7 -v
func TestQuotesBenchIssue7(t *testing.T) {
	set := issue7Switches()
	defer set(true)
	docs, out := quotesBenchDocs(t, "/tmp/quote-bench-issue7.txt")
	defer out.Close()
	show := func(q doc.Quote) string {
		s, c, sp := "-", "-", "-"
		if q.Source != nil {
			s = q.Source.Text
		}
		if q.Cue != nil {
			c = q.Cue.Text
		}
		if q.Speaker != nil {
			sp = q.Speaker.Name + "/" + q.Speaker.Code
		}
		return fmt.Sprintf("[%s] cue=%s source=%s speaker=%s | content=%s", q.Kind, c, s, sp, short(q.Content.Text))
	}
	total, added, gone, changed := quotesBenchDiff(docs, out, func() { set(false) }, func() { set(true) }, show)
	t.Logf("%d quotes with the switches of issue 7, part 1; %d added, %d gone, %d with another source, speaker or content (listed in %s)", total, added, gone, changed, out.Name())
}

// issue7Switches returns a function that sets the switches of issue 7,
// part 1 (NounSpeaker, PossessorHead, ActVerbs, ThingEchoes,
// TrailingAdjunct) to their defaults or off.
func issue7Switches() func(on bool) {
	sw := []*bool{&quote.NounSpeaker, &quote.PossessorHead, &quote.ActVerbs, &quote.ThingEchoes, &quote.TrailingAdjunct}
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

// TestQuotesIssue7Before scores a PolNeAR compartment (dev, after the
// choices only) with the switches of issue 7, part 1 off and on, on one
// parse.
//
//	DYAD_QUOTES_BEFORE7=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesIssue7Before -v
func TestQuotesIssue7Before(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_BEFORE7")
	set := issue7Switches()
	defer set(true)
	for _, on := range []bool{false, true} {
		set(on)
		var s QuoteScore
		for i, b := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		}
		c, so, co := s.Cue, s.Source, s.Content
		t.Logf("issue 7 part 1 on=%v: cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", on,
			100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
}
