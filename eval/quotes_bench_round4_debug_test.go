package eval

import (
	"os"
	"strings"
	"testing"

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
	benchSwitches(t, "the fourth round", "/tmp/quote-bench-round4.txt", round4Switches(t), false)
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
	scoreSwitches(t, "DYAD_QUOTES_BEFORE4", "round 4", round4Switches(t))
}
