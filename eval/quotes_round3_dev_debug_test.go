package eval

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestQuotesRound3Before scores a PolNeAR compartment in the state before
// the third round of changes (the previous model, read from
// DYAD_QUOTES_BENCH_OLDMODEL, with the round's switches off and nested
// cues off) and in the current default, on the same parse, so that a gain
// is the round's and not a change of the stages before quotes. Only for
// scoring after the choices were made on train.
//
//	DYAD_QUOTES_BEFORE=../../shared/data/polnear/data/dev DYAD_QUOTES_BENCH_OLDMODEL=/tmp/cuemodel.old.tsv \
//	  go test ./eval -run TestQuotesRound3Before -v
func TestQuotesRound3Before(t *testing.T) {
	state := round3State(t)
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_BEFORE")
	score := func() QuoteScore {
		var s QuoteScore
		for i, b := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		}
		return s
	}
	now := score()
	state(true)
	before := score()
	state(false)
	for _, r := range []struct {
		name string
		s    QuoteScore
	}{{"before", before}, {"now", now}} {
		c, so, co := r.s.Cue, r.s.Source, r.s.Content
		t.Logf("%-6s cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", r.name,
			100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
}

// round3State reads the previous cue model named by
// DYAD_QUOTES_BENCH_OLDMODEL (the test is skipped when it is unset) and
// returns a function that puts package quote in its state before the third
// round (before: that model, the round's switches off, nested cues off) or
// back in the current default. The default is restored when the test ends.
func round3State(t *testing.T) func(before bool) {
	path := os.Getenv("DYAD_QUOTES_BENCH_OLDMODEL")
	if path == "" {
		t.Skip("DYAD_QUOTES_BENCH_OLDMODEL not set")
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
	sws := []*bool{&quote.MoreCueFeatures, &quote.SubjectLemma, &quote.SplitSiblings, &quote.MistaggedCues, &quote.SourceNotAdjunct}
	keepNested := quote.CueNested
	set := func(before bool) {
		for _, p := range sws {
			*p = !before
		}
		quote.CueNested = keepNested
		quote.SetCueModel(cur)
		if before {
			quote.CueNested = quote.CueNever
			quote.SetCueModel(old)
		}
	}
	t.Cleanup(func() { set(false) })
	return set
}
