package eval

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// round10Switches sets the switches of the tenth round (issue 7, part 2:
// cues without content on train, and the session-8 findings on the
// team's stories) to their defaults or off.
func round10Switches(t *testing.T) func(on bool) {
	return boolSwitches(t, &quote.ThatAnyTag, &quote.AddresseeClause, &quote.PassiveClause, &quote.PassiveAs,
		&quote.AsFronted, &quote.PollIn, &quote.PassiveTheme, &quote.ColonNext, &quote.NameThenVerb,
		&quote.ExperiencerPassive, &quote.ParataxisComma, &quote.NounRelative, &quote.TrailingObject,
		&quote.ParenConj, &quote.NestedSource, &quote.TimeClause, &quote.PossessedNoun, &quote.ItSpeaker, &quote.PassiveLexicon, &quote.ClauseQuote, &quote.LongSubject, &quote.UsedCueObject)
}

// TestQuotesBenchRound10 lists what the tenth round changes on bench-news,
// speakers included:
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRound10 -v
func TestQuotesBenchRound10(t *testing.T) {
	benchSwitches(t, "the tenth round", "/tmp/quote-bench-round10.txt", round10Switches(t), true)
}

// TestQuotesRound10Before scores a PolNeAR compartment (dev, after the
// choices only) with the tenth round's switches off and on, on one parse:
//
//	DYAD_QUOTES_BEFORE10=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound10Before -v
func TestQuotesRound10Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE10", "round 10", round10Switches(t))
}
