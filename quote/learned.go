package quote

import (
	_ "embed"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// The learned cue detector: an averaged perceptron over features of a verb
// and its place in the parse (lemma, form, relation, head, the relations of
// its dependents, its auxiliaries, quotation marks around it, its cue rates
// in cues.tsv) that decides whether the verb is an attribution cue. It is
// trained on PolNeAR train (TrainCueModel; `dyad train quotes`) and only
// widens the rules: a verb the rule lexicon does not take as a cue is
// treated as one when the model scores it above CueThreshold, and the rules
// then attach its content and source through the parse as for any cue.

//go:embed cuemodel.tsv
var cueModelTSV string

// CueThreshold is the score above which the learned detector takes a verb
// outside the rule lexicon as a cue. The detector is off by default
// (CueNever): it raises overlap F1 on PolNeAR dev, but on wire news
// (bench-news) most of the quotes it adds are not attributions ("imposed",
// "banned", "reached a peak", "welcomed Lula at the palace"), and dyad's
// quotes are read by people. UseLearnedCues turns it on.
var CueThreshold = CueNever

// The detector's settings chosen on PolNeAR dev, used by UseLearnedCues.
const (
	ChosenCueThreshold = 0.0
	ChosenCueFallback  = 0.0
)

// UseLearnedCues switches the learned cue detector on (at the settings
// chosen on PolNeAR dev) or off. It changes package state: call it before
// attributing, not while Attribute runs.
func UseLearnedCues(on bool) {
	if on {
		CueThreshold, CueFallback = ChosenCueThreshold, ChosenCueFallback
		return
	}
	CueThreshold, CueFallback = CueNever, CueNever
}

// CueNever disables a threshold: no score reaches it.
const CueNever = 1e9

// CueFallback is the score above which a verb the rules gave no content
// (no clausal complement, object or "that" found, or no cue lemma at all)
// still makes a quote, its content the verb's dependents to its right;
// off by default, like CueThreshold.
var CueFallback = CueNever

// CueModel is a linear model over string features.
type CueModel struct {
	W map[string]float64
}

var cueModel = mustLoadCueModel()

func mustLoadCueModel() *CueModel {
	m, err := ReadCueModel(strings.NewReader(cueModelTSV))
	if err != nil {
		panic("quote: cuemodel.tsv: " + err.Error())
	}
	return m
}

// ReadCueModel reads a model written by WriteTSV.
func ReadCueModel(r io.Reader) (*CueModel, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read cue model: %w", err)
	}
	m := &CueModel{W: map[string]float64{}}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return nil, fmt.Errorf("cue model line %d: no tab", n+1)
		}
		w, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			return nil, fmt.Errorf("cue model line %d: %w", n+1, err)
		}
		m.W[line[:i]] = w
	}
	return m, nil
}

// WriteTSV writes the model's weights, one feature a line, sorted.
func (m *CueModel) WriteTSV(w io.Writer, header string) error {
	keys := make([]string, 0, len(m.W))
	for k := range m.W {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if _, err := io.WriteString(w, header); err != nil {
		return fmt.Errorf("write cue model: %w", err)
	}
	for _, k := range keys {
		if _, err := fmt.Fprintf(w, "%s\t%.4g\n", k, m.W[k]); err != nil {
			return fmt.Errorf("write cue model: %w", err)
		}
	}
	return nil
}

// score sums the weights of the features.
func (m *CueModel) score(fs []string) float64 {
	s := 0.0
	for _, f := range fs {
		s += m.W[f]
	}
	return s
}

// cueCandidate tells whether token v is one the learned detector decides:
// a verb, noun or adjective outside quotation marks.
func (a *analysis) cueCandidate(v int) bool {
	if a.inRegion[v] >= 0 {
		return false
	}
	switch a.d.Tokens[v].UPOS {
	case "VERB", "NOUN", "ADJ":
		return true
	}
	return false
}

// learnedCue reports whether the detector takes verb v as a cue.
func (a *analysis) learnedCue(v int) bool {
	if len(cueModel.W) == 0 {
		return false
	}
	return a.cueScore(v) > CueThreshold
}

// cueScore is the detector's score of verb v.
func (a *analysis) cueScore(v int) float64 {
	a.fbuf = a.cueFeatures(v, a.fbuf[:0])
	return cueModel.score(a.fbuf)
}

// rightDeps returns the tokens [lo, hi] of the dependents right of v that
// may be reported content (not punctuation, conjuncts, subjects or
// auxiliaries), or -1, -1.
func (a *analysis) rightDeps(v int) (int, int) {
	return a.rightSpan(v, func(deprel string) bool {
		switch deprel {
		case "punct", "cc", "conj", "parataxis", "nsubj", "nsubj:pass", "aux", "aux:pass", "compound:prt":
			return false
		}
		return true
	})
}

// rightSpan returns the tokens [lo, hi] the subtrees of v's dependents right
// of v cover, counting only dependents whose relation keep accepts, or -1,
// -1 when there are none.
func (a *analysis) rightSpan(v int, keep func(deprel string) bool) (int, int) {
	lo, hi := -1, -1
	for _, k := range a.kids(v) {
		if k < v || !keep(a.d.Tokens[k].Deprel) {
			continue
		}
		klo, khi := a.subtree(k)
		if lo < 0 || klo < lo {
			lo = klo
		}
		if khi > hi {
			hi = khi
		}
	}
	return lo, hi
}

// fallback proposes tokens [lo, hi], right of cue v, as its content.
func (a *analysis) fallback(v, lo, hi int) {
	src := a.source(v)
	if p := a.child(v, "nmod:poss"); src == nil && p >= 0 && p < v {
		// "his support for …": the possessor holds the view.
		src = a.tokenSpan(p)
	}
	a.cands = append(a.cands, candidate{v: v, lo: lo, hi: hi, cue: a.cueSpan(v), src: src, nested: NestedFallback})
}

// NestedFallback lets a fallback quote stand inside another quote's
// content; chosen on PolNeAR dev.
var NestedFallback = false

// bucket turns a rate into a coarse feature value.
func bucket(r float64) string {
	switch {
	case r <= 0:
		return "0"
	case r < 0.1:
		return "1"
	case r < 0.2:
		return "2"
	case r < 0.4:
		return "4"
	case r < 0.6:
		return "6"
	case r < 0.8:
		return "8"
	}
	return "9"
}

// cueFeatures appends the features of verb v to buf.
func (a *analysis) cueFeatures(v int, buf []string) []string {
	toks := a.d.Tokens
	t := toks[v]
	lemma := t.Lemma
	form := strings.ToLower(a.text(v))
	buf = append(buf, "b", "u="+t.UPOS, "ul="+t.UPOS+lemma, "l="+lemma, "w="+form, "d="+t.Deprel, "ld="+lemma+"|"+t.Deprel)
	if t.Head >= 0 {
		h := toks[t.Head]
		buf = append(buf, "hl="+h.Lemma, "hu="+h.UPOS+"|"+t.Deprel)
	} else {
		buf = append(buf, "root")
	}
	r, known := rates[lemma]
	if known {
		buf = append(buf, "cr="+bucket(r.clause), "or="+bucket(r.object))
	} else {
		buf = append(buf, "unk")
	}
	if clauseCue(lemma) {
		buf = append(buf, "rc")
	}
	if objectCue(lemma) {
		buf = append(buf, "ro")
	}
	if directOK(lemma) {
		buf = append(buf, "rd")
	}
	var hasSubj bool
	for _, k := range a.kids(v) {
		kt := toks[k]
		rel := kt.Deprel
		switch rel {
		case "punct", "det", "cc":
			continue
		case "aux", "aux:pass":
			buf = append(buf, "aux="+kt.Lemma, "laux="+lemma+"|"+kt.Lemma)
			continue
		case "nsubj", "nsubj:pass":
			hasSubj = true
			buf = append(buf, "su="+kt.UPOS, "lsu="+lemma+"|"+rel)
		case "mark":
			buf = append(buf, "mk="+strings.ToLower(a.text(k)))
		}
		side := "R"
		if k < v {
			side = "L"
		}
		buf = append(buf, "k="+rel+side, "lk="+lemma+"|"+rel)
		if rel == "obl" || rel == "xcomp" || rel == "obj" {
			buf = append(buf, "kl="+rel+"|"+kt.Lemma)
		}
	}
	if !hasSubj {
		buf = append(buf, "nosubj")
	}
	if a.thatAfter(v) >= 0 {
		buf = append(buf, "that", "lthat="+lemma)
	}
	// Quotation marks in the sentence and next to the verb.
	if a.quotedBefore == nil {
		a.quotedBefore = make([]int32, len(toks)+1)
		for k := range toks {
			a.quotedBefore[k+1] = a.quotedBefore[k]
			if a.inRegion[k] >= 0 {
				a.quotedBefore[k+1]++
			}
		}
	}
	s := a.sentenceOf(v)
	if a.quotedBefore[v] > a.quotedBefore[s.TokenStart] {
		buf = append(buf, "qL")
	}
	if a.quotedBefore[s.TokenEnd] > a.quotedBefore[v] {
		buf = append(buf, "qR")
	}
	if v > 0 && a.inRegion[v-1] >= 0 || v > 1 && a.inRegion[v-2] >= 0 {
		buf = append(buf, "qadjL", "qadjL="+lemma)
	}
	if v+1 < len(toks) && a.inRegion[v+1] >= 0 || v+2 < len(toks) && a.inRegion[v+2] >= 0 {
		buf = append(buf, "qadjR")
	}
	return buf
}

// CueExample is one verb of a training document with its features and
// whether it lies in a gold cue.
type cueExample struct {
	fs  []string
	cue bool
}

// TrainCueModel trains the learned cue detector on parsed documents and
// their gold cue spans (byte ranges, one list per document): an averaged
// perceptron over the verbs outside quotation marks, epochs passes in an
// order shuffled with seed. Weights whose magnitude stays below prune are
// dropped to keep the model small.
func TrainCueModel(docs []*doc.Document, cues [][][2]int, epochs int, seed int64, prune float64) *CueModel {
	var ex []cueExample
	for i, d := range docs {
		if len(d.Tokens) == 0 {
			continue
		}
		a := newAnalysis(d)
		for v := range d.Tokens {
			if !a.cueCandidate(v) {
				continue
			}
			t := d.Tokens[v]
			gold := false
			for _, c := range cues[i] {
				if t.Start < c[1] && c[0] < t.End {
					gold = true
					break
				}
			}
			ex = append(ex, cueExample{fs: a.cueFeatures(v, nil), cue: gold})
		}
	}
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
	m := &CueModel{W: map[string]float64{}}
	for f, v := range w {
		avg := v - acc[f]/c
		if avg > prune || avg < -prune {
			m.W[f] = avg
		}
	}
	return m
}
