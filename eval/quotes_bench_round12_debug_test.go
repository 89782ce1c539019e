package eval

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// round12Switches sets the switches of the twelfth round (issue 7, part
// 2: the cue) to their defaults (on) or off.
func round12Switches(t *testing.T) func(on bool) {
	return boolSwitches(t, &quote.CandidateFilter, &quote.PartyOpposition, &quote.PlaceInSource, &quote.ItClimb)
}

// TestQuotesBenchRound12 lists what the twelfth round changes on the first
// DYAD_QUOTES_BENCH bench-news stories, speakers included:
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRound12 -v
func TestQuotesBenchRound12(t *testing.T) {
	benchSwitches(t, "the twelfth round", "/tmp/quote-bench-round12.txt", round12Switches(t), true)
}

// TestQuotesRound12Before scores a PolNeAR compartment (dev, after the
// choices only) with the twelfth round off and on, on one parse:
//
//	DYAD_QUOTES_BEFORE12=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound12Before -v
func TestQuotesRound12Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE12", "round 12", round12Switches(t))
}
