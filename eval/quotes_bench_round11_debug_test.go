package eval

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// round11Switches sets the switches of the eleventh round (issue 7, part
// 2: sources lost on train, and the session-9 findings on the team's
// stories) to their defaults (on) or off; off also puts back the tenth
// round's cue model from DYAD_QUOTES_BENCH_OLDMODEL (the previous
// quote/cuemodel.tsv, trained without NounFeatures) when it is set.
func round11Switches(t *testing.T) func(on bool) {
	set := boolSwitches(t, &quote.RelativeComma, &quote.AclFinite, &quote.SeemSpeech, &quote.ColonQuote,
		&quote.SpeakerLine, &quote.InView, &quote.Reportedly, &quote.AccordingComma, &quote.TrailingGerund,
		&quote.SayingRest, &quote.CommonModifier, &quote.ObjectControl, &quote.PurposeMeeting, &quote.AclCap, &quote.SplitClause, &quote.NounFeatures)
	path := os.Getenv("DYAD_QUOTES_BENCH_OLDMODEL")
	if path == "" {
		return set
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	old, err := quote.ReadCueModel(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	cur := quote.SetCueModel(old)
	quote.SetCueModel(cur)
	t.Cleanup(func() { quote.SetCueModel(cur) })
	return func(on bool) {
		set(on)
		if on {
			quote.SetCueModel(cur)
		} else {
			quote.SetCueModel(old)
		}
	}
}

// TestQuotesBenchRound11 lists what the eleventh round changes on
// bench-news, speakers included:
//
//	DYAD_QUOTES_BENCH=300 DYAD_QUOTES_BENCH_OLDMODEL=/tmp/cuemodel.r10.tsv \
//	  go test ./eval -run TestQuotesBenchRound11 -v
func TestQuotesBenchRound11(t *testing.T) {
	benchSwitches(t, "the eleventh round", "/tmp/quote-bench-round11.txt", round11Switches(t), true)
}

// TestQuotesRound11Before scores a PolNeAR compartment (dev, after the
// choices only) with the eleventh round off and on, on one parse:
//
//	DYAD_QUOTES_BEFORE11=../../shared/data/polnear/data/dev DYAD_QUOTES_BENCH_OLDMODEL=/tmp/cuemodel.r10.tsv \
//	  go test ./eval -run TestQuotesRound11Before -v
func TestQuotesRound11Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE11", "round 11", round11Switches(t))
}
