package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesBenchRound4 lists, on the first DYAD_QUOTES_BENCH bench-news
// wire stories (no gold: read by hand), the quotes that the fourth round's
// switches add, remove or change (source or content under the same cue and
// content start), to DYAD_QUOTES_BENCH_OUT (default
// /tmp/quote-bench-round4.txt). DYAD_QUOTES_BENCH_SWITCHES names the
// switches compared (default all of the round's).
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRound4 -v
func TestQuotesBenchRound4(t *testing.T) {
	set := round4Switches(t)
	docs, out := quotesBenchDocs(t, "/tmp/quote-bench-round4.txt")
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

// round4Switches returns a function that sets the fourth round's switches
// (all, or those named in DYAD_QUOTES_BENCH_SWITCHES) on or off; they are
// back on when the test ends.
func round4Switches(t *testing.T) func(on bool) {
	bools := map[string]*bool{"curly": &quote.CurlyShape, "speechveto": &quote.SpeechVeto, "around": &quote.SourceAround}
	names := []string{"curly", "speechveto", "around", "nomshift"}
	if s := os.Getenv("DYAD_QUOTES_BENCH_SWITCHES"); s != "" {
		names = strings.Split(s, ",")
	}
	keepShift := quote.NominalShift
	keep := map[string]bool{}
	for n, p := range bools {
		keep[n] = *p
	}
	set := func(on bool) {
		for _, n := range names {
			if p := bools[n]; p != nil {
				*p = keep[n] && on
			}
			if n == "nomshift" {
				quote.NominalShift = 0
				if on {
					quote.NominalShift = keepShift
				}
			}
		}
	}
	t.Cleanup(func() { set(true) })
	return set
}

// TestQuotesRound4Before scores a PolNeAR compartment with the fourth
// round's switches off and on, on one parse (for dev: after the choices
// only; no errors are listed).
//
//	DYAD_QUOTES_BEFORE4=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound4Before -v
func TestQuotesRound4Before(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_BEFORE4")
	set := round4Switches(t)
	for _, on := range []bool{false, true} {
		set(on)
		var s QuoteScore
		for i, b := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		}
		c, so, co := s.Cue, s.Source, s.Content
		t.Logf("round 4 on=%v: cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", on,
			100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
}
