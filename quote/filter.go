package quote

import (
	_ "embed"
	"math/rand"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// The candidate filter (twelfth round): a second averaged perceptron that
// decides, for each indirect or mixed quote the rules or the detector's
// fallback propose with a verb, noun or adjective as cue, whether to keep
// it. The cue detector (learned.go) is trained on every verb, noun and
// adjective of the training text, most of them plainly no cue; the filter
// is trained only on the quotes attribution proposes, so its weights
// separate the hard cases: a cue verb used for an act ("launched an
// investigation"), a noun cue without a view ("the opposition"). Its
// features are the cue detector's features of the cue word, the detector's
// score, and the candidate's shape: where its content stands, what its
// content's head is to the cue, its length, whether it has a source and
// what the source names, and which path proposed it.
//
// It is trained on the quotes attribution proposes for PolNeAR train
// documents the cue detector was not trained on (five-fold jackknife), so
// that the detector's scores it sees are those of unseen text; its
// threshold was chosen by five-fold cross-validation on train with the
// filter itself trained inside each fold (docs/QUOTES.md).

//go:embed filtermodel.tsv
var filterModelTSV string

var filterModel = mustLoadFilterModel()

func mustLoadFilterModel() *CueModel {
	m, err := ReadCueModel(strings.NewReader(filterModelTSV))
	if err != nil {
		panic("quote: filtermodel.tsv: " + err.Error())
	}
	return m
}

// CandidateFilter switches the candidate filter on (the default) or off.
var CandidateFilter = true

// FilterSpeech lets the filter decide the rules' candidates whose cue is
// a speech verb of the hand list too (say, tell, warn, …); off, it
// decides the other cues and the detector's fallback candidates.
var FilterSpeech = false

// FilterThreshold is the filter score below which a candidate quote is
// dropped.
var FilterThreshold = ChosenFilterThreshold

// ChosenFilterThreshold is FilterThreshold's default, chosen by
// cross-validation on PolNeAR train.
const ChosenFilterThreshold = -12.0

// SetFilterModel replaces the candidate filter's weights and returns the
// previous model; for cross-validation. Call it before attributing, not
// while Attribute runs.
func SetFilterModel(m *CueModel) *CueModel {
	old := filterModel
	filterModel = m
	return old
}

// FilterExample is one proposed quote of a training document: its
// filter features and its cue's byte span.
type FilterExample struct {
	Features   []string
	Start, End int
	// Speech marks a rule's candidate whose cue is a speech verb of the
	// hand list, which the filter decides only with FilterSpeech.
	Speech bool
}

// FilterExamples attributes d as Attribute does, with the filter off,
// and returns the features of every candidate the filter would decide
// (with FilterSpeech on); for training the filter.
func FilterExamples(d *doc.Document) []FilterExample {
	d.Quotes = d.Quotes[:0]
	if len(d.Tokens) == 0 {
		return nil
	}
	a := newAnalysis(d)
	a.collect = &[]FilterExample{}
	a.stages()
	d.Quotes = append(d.Quotes, a.quotes...)
	return *a.collect
}

// TrainFilterModel trains the candidate filter on examples labelled cue
// (true) or not: an averaged perceptron, epochs passes shuffled with seed,
// weights of magnitude below prune dropped.
func TrainFilterModel(ex []FilterExample, labels []bool, epochs int, seed int64, prune float64) *CueModel {
	xs := make([]cueExample, len(ex))
	for i, e := range ex {
		xs[i] = cueExample{fs: e.Features, cue: labels[i]}
	}
	return trainPerceptron(xs, epochs, seed, prune)
}

// filtered reports whether the candidate filter drops candidate c (or,
// when collecting training examples, records it and keeps it).
func (a *analysis) filtered(c *candidate, mixed bool) bool {
	if c.force || !a.cueCandidate(c.v) {
		return false
	}
	if a.collect == nil && (!CandidateFilter || len(filterModel.W) == 0) {
		return false
	}
	speechCue := !c.fb && cues[a.d.Tokens[c.v].Lemma]&speech != 0
	if !FilterSpeech && speechCue && a.collect == nil {
		return false
	}
	if a.collect != nil {
		var f featBuf
		a.cueFeatures(c.v, &f)
		score := 0.0
		if len(cueModel.W) > 0 {
			score = a.cueScore(c.v)
		}
		a.candFeatures(c, mixed, score, &f)
		*a.collect = append(*a.collect, FilterExample{Features: f.strings(), Start: c.cue.Start, End: c.cue.End, Speech: speechCue})
		return false
	}
	score := 0.0
	if len(cueModel.W) > 0 {
		score = a.cueScore(c.v)
	}
	a.fbuf.reset()
	a.cueFeatures(c.v, &a.fbuf)
	a.candFeatures(c, mixed, score, &a.fbuf)
	fs := filterModel.scoreBuf(&a.fbuf)
	drop := fs < FilterThreshold
	if drop && a.trace != nil {
		a.trace[c.v] += "rej-filter "
	}
	return drop
}

// candFeatures adds the candidate's own features to f: the detector's
// score, the path that proposed it, where its content stands and what its
// head is to the cue, its length, and its source.
func (a *analysis) candFeatures(c *candidate, mixed bool, score float64, f *featBuf) {
	toks := a.d.Tokens
	lemma := toks[c.v].Lemma
	f.add("Fs=", scoreBucket(score))
	f.add("Fls=", lemma, "|", scoreBucket(score))
	path := "rule"
	if c.fb {
		path = "fb"
	}
	f.add("Fp=", path)
	f.add("Flp=", lemma, "|", path)
	if c.nested {
		f.add("Fnest")
	}
	if mixed {
		f.add("Fmixed")
	}
	side := "R"
	if c.hi < c.v {
		side = "L"
	} else if c.lo < c.v {
		side = "A"
	}
	f.add("Fside=", side)
	// The content's head: its first token whose head lies outside it.
	head := -1
	for t := c.lo; t <= c.hi; t++ {
		if h := toks[t].Head; h < c.lo || h > c.hi {
			head = t
			break
		}
	}
	if head >= 0 {
		rel := toks[head].Deprel
		if toks[head].Head != c.v {
			rel = "far:" + rel
		}
		f.add("Fch=", rel, "|", toks[head].UPOS)
		f.add("Flch=", lemma, "|", rel)
	}
	f.add("Flen=", lenBucket(a.words(c.lo, c.hi+1)))
	if c.src == nil {
		f.add("Fnosrc")
		f.add("Flnosrc=", lemma)
	} else {
		s0, s1 := tokenRange(toks, c.src.Start, c.src.End)
		sh := -1
		for t := s0; t < s1; t++ {
			if h := toks[t].Head; h < s0 || h >= s1 {
				sh = t
				break
			}
		}
		if sh >= 0 {
			f.add("Fsk=", a.speakerKind(sh))
			f.add("Flsk=", lemma, "|", a.speakerKind(sh))
		}
		if s0 > c.v {
			f.add("Fsrcafter")
		}
	}
}

// scoreBucket turns a detector score into a coarse feature value.
func scoreBucket(s float64) string {
	switch {
	case s < -12:
		return "a"
	case s < -5:
		return "b"
	case s < 0:
		return "c"
	case s < 5:
		return "d"
	case s < 12:
		return "e"
	}
	return "f"
}

// lenBucket turns a content length in words into a coarse feature value.
func lenBucket(n int) string {
	switch {
	case n <= 1:
		return "1"
	case n <= 3:
		return "3"
	case n <= 7:
		return "7"
	case n <= 15:
		return "15"
	}
	return "more"
}

// averagedWeights trains an averaged perceptron on xs, epochs passes in
// an order shuffled with seed, and returns its averaged weights.
func averagedWeights(ex []cueExample, epochs int, seed int64) map[string]float64 {
	w := map[string]float64{}
	acc := map[string]float64{} // sum of c*update, for averaging
	rng := rand.New(rand.NewSource(seed))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	c := 1.0
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := ex[i]
			s := 0.0
			for _, f := range x.fs {
				s += w[f]
			}
			y := -1.0
			if x.cue {
				y = 1
			}
			if s*y <= 0 {
				for _, f := range x.fs {
					w[f] += y
					acc[f] += c * y
				}
			}
			c++
		}
	}
	for f, v := range w {
		w[f] = v - acc[f]/c
	}
	return w
}

// trainPerceptron trains an averaged perceptron on xs; weights whose
// magnitude stays below prune are dropped.
func trainPerceptron(ex []cueExample, epochs int, seed int64, prune float64) *CueModel {
	return pruned(averagedWeights(ex, epochs, seed), prune)
}

// pruned keeps the weights of w whose magnitude is above prune.
func pruned(w map[string]float64, prune float64) *CueModel {
	m := &CueModel{W: map[string]float64{}}
	for f, v := range w {
		if v > prune || v < -prune {
			m.W[f] = v
		}
	}
	return m
}
