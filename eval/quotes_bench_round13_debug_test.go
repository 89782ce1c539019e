package eval

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// round13Switches sets the switches of the thirteenth round (issue 7,
// part 2: the source when the cue is right) to their defaults or off.
func round13Switches(t *testing.T) func(on bool) {
	return boolSwitches(t, &quote.UpFar, &quote.DeclineSay, &quote.PassiveFeeling, &quote.SourceTidy)
}

// TestQuotesBenchRound13 lists what the thirteenth round changes on the
// first DYAD_QUOTES_BENCH bench-news stories, speakers included:
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRound13 -v
func TestQuotesBenchRound13(t *testing.T) {
	benchSwitches(t, "the thirteenth round", "/tmp/quote-bench-round13.txt", round13Switches(t), true)
}

// TestQuotesRound13Before scores a PolNeAR compartment (dev, after the
// choices only) with the thirteenth round off and on, on one parse:
//
//	DYAD_QUOTES_BEFORE13=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound13Before -v
func TestQuotesRound13Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE13", "round 13", round13Switches(t))
}
