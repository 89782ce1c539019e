package quote

import (
	"math/rand"
	"strconv"
	"strings"
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

// LemmaDropout is the share of training examples TrainCueModel copies
// with the features that name the word itself left out (its lemma and form
// alone and in pairs, and its cue-table rates, which become "unk"), as a
// word the detector never saw would look, so that the other features
// (word clusters, the frame, the subject) learn to decide such words. 0
// trains as before (thirty-second round).
var LemmaDropout = 0.0

// ownWordFeatures are the prefixes of the features that name the word
// itself (cueFeatures).
var ownWordFeatures = []string{"ul=", "l=", "w=", "ld=", "lhl=", "lp1=", "ln1=", "cr=", "or=", "laux=", "lsu=", "lsk=",
	"lposs=", "lcase=", "lkm=", "lk=", "lkl=", "lkc=", "lgsk=", "lthat=", "qadjL="}

// unseenCopy returns features fs without those that name the word itself.
func unseenCopy(fs []string) []string {
	out := make([]string, 0, len(fs))
	rates := false
	for _, f := range fs {
		own := f == "rc" || f == "ro" || f == "rd"
		for _, p := range ownWordFeatures {
			if strings.HasPrefix(f, p) {
				own = true
				rates = rates || p == "cr="
				break
			}
		}
		if !own {
			out = append(out, f)
		}
	}
	if rates {
		out = append(out, "unk")
	}
	return out
}

// addUnseen appends LemmaDropout's copies to the training examples,
// chosen with a generator seeded from seed.
func addUnseen(ex []cueExample, seed int64) []cueExample {
	if LemmaDropout <= 0 {
		return ex
	}
	rng := rand.New(rand.NewSource(seed + 7919))
	n := len(ex)
	for i := 0; i < n; i++ {
		if rng.Float64() < LemmaDropout {
			ex = append(ex, cueExample{fs: unseenCopy(ex[i].fs), cue: ex[i].cue})
		}
	}
	return ex
}

// ContinueAspect keeps "continue" with an open complement or an object and
// no clause of its own from quoting: "Sanders continues to trail Clinton",
// "Cruz continued campaigning on Friday", "would continue the policy" tell
// that something goes on, not what anyone said. A complement whose verb is
// a cue of the hand lists or the cue table stays with "continue"
// ("continued to insist that …", which PolNeAR marks as one cue over both
// verbs: a bad parse of the inner verb must not lose it). "He continued,
// “…”" is a direct quote, found before.
var ContinueAspect = true

// continueAspect reports whether v is such a "continue" (ContinueAspect).
func (a *analysis) continueAspect(v int) bool {
	toks := a.d.Tokens
	if !ContinueAspect || toks[v].Lemma != "continue" || toks[v].UPOS != "VERB" {
		return false
	}
	if a.child(v, "ccomp", "parataxis") >= 0 || a.thatAfter(v) >= 0 {
		return false
	}
	if x := a.child(v, "xcomp"); x >= 0 && (cues[toks[x].Lemma] != 0 || clauseCue(toks[x].Lemma)) {
		// "continues to insist …": the pair stays a cue (PolNeAR marks
		// both verbs), whichever of the two the rules take.
		return false
	}
	return a.child(v, "xcomp", "obj") >= 0
}
