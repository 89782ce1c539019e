package quote

import (
	"hash/maphash"

	"github.com/dyadproject/dyad/doc"
)

// CueFeatureSets returns the learned detector's feature buffers of every
// token of d that the detector could score (BenchmarkScoreBuf).
func CueFeatureSets(d *doc.Document) []any {
	a := newAnalysis(d)
	var out []any
	for v := range d.Tokens {
		if !a.cueCandidate(v) {
			continue
		}
		f := &featBuf{}
		a.cueFeatures(v, f)
		out = append(out, f)
	}
	return out
}

// ScoreCueFeatures scores feature sets from CueFeatureSets with the cue
// model, batched as Attribute does (scoreBuf) or one lookup after another
// as before the batches, and returns the sum of the scores.
func ScoreCueFeatures(sets []any, batched bool) float64 {
	t := cueModel.hashed()
	s := 0.0
	for _, x := range sets {
		f := x.(*featBuf)
		if batched {
			s += cueModel.scoreBuf(f)
			continue
		}
		fs, start := 0.0, 0
		for _, e := range f.ends {
			fs += t.get(maphash.Bytes(hashSeed, f.b[start:e]))
			start = e
		}
		s += fs
	}
	return s
}

// CueFeatureStrings returns the learned detector's features of the first
// token of d whose text is word.
func CueFeatureStrings(d *doc.Document, word string) []string {
	a := newAnalysis(d)
	for v := range d.Tokens {
		if a.text(v) == word {
			f := &featBuf{}
			a.cueFeatures(v, f)
			return f.strings()
		}
	}
	return nil
}
