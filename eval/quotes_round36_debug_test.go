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
		f := strings.SplitN(v, "=", 2)
		p := cvFloats[f[0]]
		if len(f) < 2 || p == nil {
			t.Fatalf("DYAD_QUOTES_R36_FLOAT=%q: want name=v1,v2 with a name of cvFloats", v)
		}
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

func init() {
	for n, p := range map[string]*float64{"passscore": &quote.PassiveScore, "fallback": &quote.CueFallback, "veto": &quote.CueVeto,
		"nested": &quote.CueNested, "threshold": &quote.CueThreshold, "linscore": &quote.LinearScore, "leftscore": &quote.LeftScore,
		"headobl": &quote.HeadOblScore, "nestsp": &quote.NestedSpeechScore, "traillex": &quote.TrailingLexScore,
		"nounclause": &quote.NounClauseScore, "copnoun": &quote.CopulaNounScore, "thatnear": &quote.NounThatNearScore} {
		if cvFloats[n] == nil {
			cvFloats[n] = p
		}
	}
}

// TestQuotesAgreement (session 36) measures how far PolNeAR's annotators
// agree with each other, the ceiling of any system scored against one of
// them: on every article annotated more than once, each annotation file is
// scored as if it were a prediction against each other file of the same
// article (overlap matching, as ScoreQuoteDoc), and dyad's quotes are scored
// against the same files.
//
//	DYAD_QUOTES_R36_AGREE=../../shared/data/polnear/data/dev DYAD_QUOTES_CACHE=/tmp/qdev.gob \
//	  go test ./eval -run 'TestQuotesAgreement$' -v
func TestQuotesAgreement(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R36_AGREE")
	byName := map[string][]int{}
	for i, b := range bds {
		byName[b.Name] = append(byName[b.Name], i)
	}
	overlaps := func(a, b BratSpan) bool {
		for _, f := range a.Frags {
			if b.Overlaps(f[0], f[1]) {
				return true
			}
		}
		return false
	}
	var human, dyad QuoteScore
	files, arts := 0, 0
	for _, idx := range byName {
		if len(idx) < 2 {
			continue
		}
		arts++
		for _, i := range idx {
			files++
			quote.Attribute(docs[i])
			dyad.ScoreQuoteDoc(bds[i].Gold, docs[i].Quotes)
			for _, j := range idx {
				if i == j {
					continue
				}
				for _, role := range quoteRoles {
					s := human.role(role)
					var ps, gs []BratSpan
					for _, g := range bds[i].Gold {
						if g.Role == role {
							ps = append(ps, g)
						}
					}
					for _, g := range bds[j].Gold {
						if g.Role == role {
							gs = append(gs, g)
						}
					}
					s.Pred += len(ps)
					s.Gold += len(gs)
					for _, g := range gs {
						for _, p := range ps {
							if overlaps(p, g) {
								s.MatchedGold++
								break
							}
						}
					}
					for _, p := range ps {
						for _, g := range gs {
							if overlaps(p, g) {
								s.MatchedPred++
								break
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d articles annotated more than once, %d annotation files", arts, files)
	for _, r := range quoteRoles {
		h, d := human.role(r), dyad.role(r)
		t.Logf("%-8s annotator vs annotator %.2f / %.2f / %.2f   dyad vs the same files %.2f / %.2f / %.2f", r,
			100*h.P(), 100*h.R(), 100*h.F1(), 100*d.P(), 100*d.R(), 100*d.F1())
	}
}
