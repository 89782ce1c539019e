package quote

import (
	"strconv"
	"sync"

	"github.com/dyadproject/dyad/syntax"
)

// Thirty-second round (issue 7): the parser's word clusters as features of
// the learned cue detector. A stance or communication word the detector
// never saw in train ("eviscerated", "lambasted") often shares a cluster
// with words it did see, so the cluster ids let what it learned from
// those carry over (docs/QUOTES.md).

// ClusterFeatures adds the parser's word clusters (ClusterFeatureSet) to
// the detector's features. Off: five-fold cross-validation on PolNeAR
// train did not gain clearly beyond a retrain without them, and dev fell
// against the shipped detector (docs/QUOTES.md, "Thirty-second round").
// The detector must be trained with the same setting (the shipped
// quote/cuemodel.tsv was trained without them).
var ClusterFeatures = false

// ClusterFeatureSet picks the cluster features ClusterFeatures adds, as
// bits: 1 the word's coarse and fine clusters (or that it has none), 2 the
// coarse cluster with its part of speech and the fine one with its
// relation, 4 its head's coarse cluster with its relation, 8 its fine
// cluster with the relation of each clausal, object, oblique, subject or
// marker dependent. 9 scored best in the round's cross-validation.
var ClusterFeatureSet = 9

// clusterParser is the parser whose word clusters the detector reads: the
// embedded one, loaded once (the syntax stage loads the same models).
var clusterParser = sync.OnceValue(func() *syntax.Parser {
	m, err := syntax.Embedded()
	if err != nil {
		return nil
	}
	return m.Parser
})

// wordClusters returns the parser's coarse and fine clusters of word w.
func wordClusters(w string) (coarse, fine uint16, ok bool) {
	return clusterParser().WordClusters(w)
}

// addNum appends one feature: prefix, n in decimal, then rest.
func (f *featBuf) addNum(prefix string, n uint16, rest ...string) {
	f.b = append(f.b, prefix...)
	f.b = strconv.AppendUint(f.b, uint64(n), 10)
	for _, p := range rest {
		f.b = append(f.b, p...)
	}
	f.ends = append(f.ends, len(f.b))
}

// clusterFeatures adds the cluster features of token v to f.
func (a *analysis) clusterFeatures(v int, f *featBuf) {
	t := a.d.Tokens[v]
	c1, c2, ok := wordClusters(a.text(v))
	if ClusterFeatureSet&1 != 0 {
		if !ok {
			f.add("wc=unk|", t.UPOS)
		} else {
			f.addNum("wc1=", c1)
			f.addNum("wc2=", c2)
		}
	}
	if ClusterFeatureSet&2 != 0 && ok {
		f.addNum("wc1u=", c1, "|", t.UPOS)
		f.addNum("wc2d=", c2, "|", t.Deprel)
	}
	if ClusterFeatureSet&4 != 0 {
		if h := t.Head; h >= 0 {
			if hc1, _, ok := wordClusters(a.text(h)); ok {
				f.addNum("hc1=", hc1, "|", t.Deprel)
			}
		}
	}
	if ClusterFeatureSet&8 != 0 && ok {
		for _, k := range a.kids(v) {
			switch rel := a.d.Tokens[k].Deprel; rel {
			case "ccomp", "xcomp", "obj", "obl", "nsubj", "mark", "advcl":
				f.addNum("wc2k=", c2, "|", rel)
			}
		}
	}
}
