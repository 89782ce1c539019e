package eval

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestQuotesSwitchSweep (session 36) scores a PolNeAR compartment once with
// the default switches, then with each switch of cvSwitches flipped in turn
// (or only those of DYAD_QUOTES_R36_ONLY=a,b), printing the change of cue,
// source and content F1; DYAD_QUOTES_R36_FLOAT=name=v1,v2 tries values of
// one threshold of cvFloats instead. One parse, the shipped detector.
//
//	DYAD_QUOTES_R36=../../shared/data/polnear/data/dev DYAD_QUOTES_CACHE=/tmp/qdev.gob \
//	  go test ./eval -run 'TestQuotesSwitchSweep$' -v
func TestQuotesSwitchSweep(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R36")
	score := func() QuoteScore {
		var s QuoteScore
		for i := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(bds[i].Gold, docs[i].Quotes)
		}
		return s
	}
	base := score()
	t.Logf("base cue %.2f src %.2f con %.2f", 100*base.Cue.F1(), 100*base.Source.F1(), 100*base.Content.F1())
	var names []string
	for n := range cvSwitches {
		names = append(names, n)
	}
	sort.Strings(names)
	if v := os.Getenv("DYAD_QUOTES_R36_ONLY"); v != "" {
		names = strings.Split(v, ",")
	}
	if v := os.Getenv("DYAD_QUOTES_R36_FLOAT"); v != "" {
		f := strings.Split(v, "=")
		p := cvFloats[f[0]]
		keep := *p
		for _, x := range strings.Split(f[1], ",") {
			*p, _ = strconv.ParseFloat(x, 64)
			s := score()
			t.Logf("%s=%s cue %+.2f src %+.2f con %+.2f (cue %.2f/%.2f/%.2f)", f[0], x, 100*(s.Cue.F1()-base.Cue.F1()), 100*(s.Source.F1()-base.Source.F1()), 100*(s.Content.F1()-base.Content.F1()), 100*s.Cue.P(), 100*s.Cue.R(), 100*s.Cue.F1())
		}
		*p = keep
		return
	}
	for _, n := range names {
		p := cvSwitches[n]
		*p = !*p
		s := score()
		*p = !*p
		t.Logf("%-16s %v cue %+.2f src %+.2f con %+.2f", n, !*p, 100*(s.Cue.F1()-base.Cue.F1()), 100*(s.Source.F1()-base.Source.F1()), 100*(s.Content.F1()-base.Content.F1()))
	}
}

func init() { cvFloats["passscore"] = &quote.PassiveScore }
