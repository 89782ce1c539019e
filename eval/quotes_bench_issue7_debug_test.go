package eval

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// issue7Switches sets the switches of issue 7, part 1 (NounSpeaker,
// PossessorHead, ActVerbs, ThingEchoes, TrailingAdjunct) to their defaults
// or off.
func issue7Switches(t *testing.T) func(on bool) {
	return boolSwitches(t, &quote.NounSpeaker, &quote.PossessorHead, &quote.ActVerbs, &quote.ThingEchoes,
		&quote.TrailingAdjunct)
}

// TestQuotesBenchIssue7 lists what the switches of issue 7, part 1 change
// on bench-news, speakers included:
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchIssue7 -v
func TestQuotesBenchIssue7(t *testing.T) {
	benchSwitches(t, "issue 7, part 1", "/tmp/quote-bench-issue7.txt", issue7Switches(t), true)
}

// TestQuotesIssue7Before scores a PolNeAR compartment (dev, after the
// choices only) with the switches of issue 7, part 1 off and on:
//
//	DYAD_QUOTES_BEFORE7=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesIssue7Before -v
func TestQuotesIssue7Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE7", "issue 7 part 1", issue7Switches(t))
}
