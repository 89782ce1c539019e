package eval

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// round8Switches sets the eighth round's switches (SubjectNotTime,
// RelativeAside, AncestorSubject, SplitTrailing and TrailingSpeech,
// AfterConj) to their defaults (on) or off.
func round8Switches(t *testing.T) func(on bool) {
	return boolSwitches(t, &quote.SubjectNotTime, &quote.RelativeAside, &quote.AncestorSubject,
		&quote.SplitTrailing, &quote.TrailingSpeech, &quote.AfterConj)
}

// TestQuotesBenchRound8 lists what the eighth round's switches change on
// bench-news:
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRound8 -v
func TestQuotesBenchRound8(t *testing.T) {
	benchSwitches(t, "the eighth round", "/tmp/quote-bench-round8.txt", round8Switches(t), false)
}

// TestQuotesRound8Before scores a PolNeAR compartment (dev, after the
// choices only) with the eighth round's switches off and on:
//
//	DYAD_QUOTES_BEFORE8=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound8Before -v
func TestQuotesRound8Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE8", "round 8", round8Switches(t))
}
