package syntax

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad/conllu"
)

// ParserTrainOptions controls TrainParser. Zero fields take the defaults,
// and the zero value reproduces the shipped model (model/parser.txt).
type ParserTrainOptions struct {
	Epochs int    // passes over the training data (default 20)
	Seed   uint64 // seed of the shuffles, exploration and tag noise (default 1)
	// ExploreFrom is the first epoch (1-based) in which the parser follows
	// its own predictions rather than the oracle's with probability
	// ExploreProb (defaults 2 and 0.9; a negative ExploreProb turns
	// exploration off).
	ExploreFrom int
	ExploreProb float64
	// TagNoise is the rate at which training tokens get their tags swapped,
	// afresh each epoch, for another tag pair the word has in the training
	// data (or, for open-class words seen with one pair, another open-class
	// pair). At 0.05 about 3.7% of UPOS and 4.3% of XPOS tags change. It
	// makes the parser robust to such swaps (ParserNoisyTags) but did not
	// help with a real tagger's output, whose errors are harder, and it
	// costs accuracy with gold tags, so it is off by default (0); see
	// TrainTags for training on real predicted tags.
	TagNoise float64
	// Prune drops averaged weights smaller in magnitude than this. The
	// averaged weight of a feature updated once is below 1, so pruning
	// near 1 keeps the model small and fast (default 0.9; negative for
	// none).
	Prune float64
	// SavePrune, when positive, prunes the chosen model once more after
	// training (Parser.Pruned(SavePrune)): weights this small cost little
	// accuracy and their removal makes parsing faster (model/parser.txt).
	// The epochs are still chosen with Prune alone.
	SavePrune float64
	// DevTagNoise, when positive, chooses the epoch by dev LAS with tags
	// from ParserNoisyTags(train, DevTagNoise, 7) rather than gold tags
	// (default 0: gold tags). DevTags, when set, gives the dev tags instead.
	DevTagNoise float64
	DevTags     func(s *conllu.Sentence) (upos, xpos []string)
	// TrainTags, when set, gives the tags to train on in place of the gold
	// ones: typically a real tagger's output, jackknifed (each fold tagged
	// by a tagger trained on the other folds), so that the parser learns
	// the errors it will meet. Called once per training sentence.
	TrainTags func(s *conllu.Sentence) (upos, xpos []string)
	// Ext adds the extended templates (sentence neighbours of s0, s1 and
	// b0; word clusters when Clusters is set) and writes a version 2 model.
	Ext bool
	// Clusters, when set, gives the coarse and fine numbers of word
	// classes of an exchange clustering (ClusterIters iterations at most,
	// default 12) over the words of train plus ClusterText, used by the
	// extended templates (it implies Ext). Never put test text here.
	Clusters     []int
	ClusterIters int
	ClusterText  [][]string
	// OnBest, when set, is called with every model that becomes the best
	// so far and its epoch, e.g. to checkpoint a long training.
	OnBest func(epoch int, p *Parser)
}

func (o *ParserTrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 20
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.ExploreFrom <= 0 {
		o.ExploreFrom = 2
	}
	if o.ExploreProb == 0 {
		o.ExploreProb = 0.9
	}
	if o.Prune == 0 {
		o.Prune = 0.9
	}
	if o.ClusterIters <= 0 {
		o.ClusterIters = 12
	}
	if len(o.Clusters) > 0 {
		o.Ext = true
	}
}

// dpSent is a training sentence.
type dpSent struct {
	words, lemmas, upos, xpos []string
	gold                      *dpGold
	toks                      []dpTok
}

// dpTagPair is a (UPOS, XPOS) pair with its count.
type dpTagPair struct {
	u, x string
	n    int
}

// dpNoise swaps tags the way a tagger errs: within a word's ambiguity class.
type dpNoise struct {
	classes map[string][]dpTagPair // lowercased form → pairs seen
	open    []dpTagPair            // open-class pairs for unambiguous words
}

func newDPNoise(train []conllu.Sentence) *dpNoise {
	nz := &dpNoise{classes: map[string][]dpTagPair{}}
	openCount := map[[2]string]int{}
	for si := range train {
		for _, w := range train[si].Words {
			k := dpLower(w.Form)
			ps := nz.classes[k]
			found := false
			for i := range ps {
				if ps[i].u == w.UPOS && ps[i].x == w.XPOS {
					ps[i].n++
					found = true
				}
			}
			if !found {
				ps = append(ps, dpTagPair{w.UPOS, w.XPOS, 1})
			}
			nz.classes[k] = ps
			switch w.UPOS {
			case "NOUN", "PROPN", "ADJ", "VERB", "ADV":
				openCount[[2]string{w.UPOS, w.XPOS}]++
			}
		}
	}
	for k, n := range openCount {
		nz.open = append(nz.open, dpTagPair{k[0], k[1], n})
	}
	slices.SortFunc(nz.open, func(a, b dpTagPair) int {
		return strings.Compare(a.u+" "+a.x, b.u+" "+b.x)
	})
	return nz
}

func dpLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func dpPick(ps []dpTagPair, u, x string, rng *rand.Rand) (string, string, bool) {
	tot := 0
	for _, p := range ps {
		if p.u != u || p.x != x {
			tot += p.n
		}
	}
	if tot == 0 {
		return u, x, false
	}
	r := rng.IntN(tot)
	for _, p := range ps {
		if p.u == u && p.x == x {
			continue
		}
		if r < p.n {
			return p.u, p.x, true
		}
		r -= p.n
	}
	return u, x, false
}

// corrupt returns the tags with about rate of them swapped.
func (nz *dpNoise) corrupt(words, upos, xpos []string, rate float64, rng *rand.Rand, outU, outX []string) ([]string, []string) {
	outU = append(outU[:0], upos...)
	outX = append(outX[:0], xpos...)
	for i, w := range words {
		if rng.Float64() >= rate {
			continue
		}
		ps := nz.classes[dpLower(w)]
		if len(ps) > 1 {
			outU[i], outX[i], _ = dpPick(ps, upos[i], xpos[i], rng)
			continue
		}
		switch upos[i] {
		case "NOUN", "PROPN", "ADJ", "VERB", "ADV":
			outU[i], outX[i], _ = dpPick(nz.open, upos[i], xpos[i], rng)
		}
	}
	return outU, outX
}

// ParserNoisyTags returns a tag function for EvalParser that replaces about rate of
// the gold tags the way a tagger errs (another tag the word has in train, or
// another open-class tag), deterministically for a given seed and sentence. It measures
// how the parser copes with predicted rather than gold tags.
func ParserNoisyTags(train []conllu.Sentence, rate float64, seed uint64) func(s *conllu.Sentence) (upos, xpos []string) {
	nz := newDPNoise(train)
	return func(s *conllu.Sentence) ([]string, []string) {
		words, u, x := dpCols(s)
		rng := rand.New(rand.NewPCG(seed, dpSentHash(words)))
		return nz.corrupt(words, u, x, rate, rng, nil, nil)
	}
}

// ParserRandomTags returns a tag function for EvalParser that replaces about
// rate of the gold tag pairs by a pair drawn uniformly from those seen in
// train, deterministically for a given seed and sentence.
func ParserRandomTags(train []conllu.Sentence, rate float64, seed uint64) func(s *conllu.Sentence) (upos, xpos []string) {
	seen := map[[2]string]bool{}
	var pairs [][2]string
	for si := range train {
		for _, w := range train[si].Words {
			k := [2]string{w.UPOS, w.XPOS}
			if !seen[k] {
				seen[k] = true
				pairs = append(pairs, k)
			}
		}
	}
	slices.SortFunc(pairs, func(a, b [2]string) int {
		return strings.Compare(a[0]+" "+a[1], b[0]+" "+b[1])
	})
	return func(s *conllu.Sentence) ([]string, []string) {
		words, u, x := dpCols(s)
		rng := rand.New(rand.NewPCG(seed, dpSentHash(words)^0x7a7))
		for i := range u {
			if rng.Float64() < rate {
				p := pairs[rng.IntN(len(pairs))]
				u[i], x[i] = p[0], p[1]
			}
		}
		return u, x
	}
}

// dpSentHash hashes a sentence's words, so that noise depends on the
// sentence and the seed only, not on the order sentences are seen in.
func dpSentHash(words []string) uint64 {
	h := uint64(0)
	for _, w := range words {
		h = dpMix(h, dpStr(w, false, false))
	}
	return dpFin(h)
}

func dpCols(s *conllu.Sentence) (words, upos, xpos []string) {
	for _, w := range s.Words {
		words = append(words, w.Form)
		upos = append(upos, w.UPOS)
		xpos = append(xpos, w.XPOS)
	}
	return
}

// dpTrainer holds the state of one training run.
type dpTrainer struct {
	opt     ParserTrainOptions
	labels  []string
	root    int
	fs      dpFeatSet
	w       *dpTrainWeights
	rng     *rand.Rand
	st      dpState
	onStack []bool
	feats   [dpMaxFeats]uint64
	scores  []float64
	// Statistics of the current epoch.
	steps, errs int
}

// TrainParser trains a parser on train, evaluating on dev (gold tags, or
// opt.DevTags) after every epoch and returning the model of the best dev LAS
// over full labels (the last epoch's when dev is empty). Training is single-threaded and deterministic: the
// same data, options and seed give the same model. Progress goes to log
// when it is not nil.
func TrainParser(train, dev []conllu.Sentence, opt ParserTrainOptions, log io.Writer) (*Parser, error) {
	opt.defaults()
	if log == nil {
		log = io.Discard
	}
	labelSet := map[string]bool{"root": true}
	for si := range train {
		for _, w := range train[si].Words {
			if w.Deprel != "" && w.Deprel != "_" {
				labelSet[w.Deprel] = true
			}
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > 256 {
		return nil, fmt.Errorf("syntax: %d labels in the training data, at most 256", len(labels))
	}
	labelIdx := map[string]int16{}
	for i, l := range labels {
		labelIdx[l] = int16(i)
	}
	fs := dpFeatSet{ext: opt.Ext}
	if len(opt.Clusters) > 0 {
		if len(opt.Clusters) != 2 || opt.Clusters[0] < 2 || opt.Clusters[1] < 2 || opt.Clusters[0] > 0xFFF0 || opt.Clusters[1] > 0xFFF0 {
			return nil, fmt.Errorf("syntax: parser clusters %v: want a coarse and a fine number of classes", opt.Clusters)
		}
		start := time.Now()
		raw := make([][]string, 0, len(train)+len(opt.ClusterText))
		for si := range train {
			var ws []string
			for _, w := range train[si].Words {
				ws = append(ws, w.Form)
			}
			raw = append(raw, ws)
		}
		raw = append(raw, opt.ClusterText...)
		fs.clus = dpBuildClusters(raw, [2]int{opt.Clusters[0], opt.Clusters[1]}, opt.ClusterIters)
		fmt.Fprintf(log, "parser: clusters %v over %d sentences, %d words, %.1fs\n", opt.Clusters, len(raw), len(fs.clus), time.Since(start).Seconds())
	}
	var sents []*dpSent
	skipped := 0
	for si := range train {
		s := &train[si]
		n := len(s.Words)
		if n == 0 {
			continue
		}
		heads := make([]int32, n+1)
		labs := make([]int16, n+1)
		ok := true
		for i, w := range s.Words {
			if w.ID != i+1 || w.Head < 0 || w.Head > n {
				ok = false
				break
			}
			heads[i+1] = int32(w.Head)
			l, found := labelIdx[w.Deprel]
			if !found {
				l = -1
			}
			labs[i+1] = l
		}
		if !ok {
			skipped++
			continue
		}
		ds := &dpSent{gold: newDPGold(heads, labs)}
		for _, w := range s.Words {
			ds.words = append(ds.words, w.Form)
			ds.lemmas = append(ds.lemmas, w.Lemma)
			ds.upos = append(ds.upos, w.UPOS)
			ds.xpos = append(ds.xpos, w.XPOS)
		}
		if opt.TrainTags != nil {
			u, x := opt.TrainTags(s)
			if len(u) != n || len(x) != n {
				return nil, fmt.Errorf("syntax: TrainTags gave %d and %d tags for the %d words of sentence %q", len(u), len(x), n, s.ID)
			}
			ds.upos, ds.xpos = u, x
		}
		ds.toks, _ = dpSetToks(nil, ds.words, ds.lemmas, ds.upos, ds.xpos, &fs, nil)
		sents = append(sents, ds)
	}
	if len(sents) == 0 {
		return nil, errors.New("syntax: no usable training sentences")
	}
	tr := &dpTrainer{
		opt: opt, labels: labels, root: int(labelIdx["root"]), fs: fs,
		w:      newDPTrainWeights(),
		rng:    rand.New(rand.NewPCG(opt.Seed, 0xd7a)),
		scores: make([]float64, 2*len(labels)+1),
	}
	var noise *dpNoise
	if opt.TagNoise > 0 {
		noise = newDPNoise(train)
	}
	if opt.DevTags == nil && opt.DevTagNoise > 0 {
		opt.DevTags = ParserNoisyTags(train, opt.DevTagNoise, 7)
	}
	fmt.Fprintf(log, "parser: %d training sentences (%d skipped), %d labels, %d epochs, seed %d, tag noise %g, prune %g, dev tag noise %g\n",
		len(sents), skipped, len(labels), opt.Epochs, opt.Seed, opt.TagNoise, opt.Prune, opt.DevTagNoise)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var best *Parser
	bestLAS := -1.0
	var nu, nx []string
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		tr.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep >= opt.ExploreFrom && opt.ExploreProb > 0
		tr.steps, tr.errs = 0, 0
		for _, i := range order {
			s := sents[i]
			toks := s.toks
			if noise != nil {
				nu, nx = noise.corrupt(s.words, s.upos, s.xpos, opt.TagNoise, tr.rng, nu, nx)
				toks, _ = dpSetToks(nil, s.words, s.lemmas, nu, nx, &fs, nil)
			}
			tr.sentence(s, toks, explore)
		}
		p, err := tr.parser()
		if err != nil {
			return nil, err
		}
		msg := fmt.Sprintf("parser: epoch %d: train err %.2f%% over %d steps, %d features, %d weights, %.1fs",
			ep, 100*float64(tr.errs)/float64(max(tr.steps, 1)), tr.steps, p.tab.nfeat, p.tab.nents(), time.Since(start).Seconds())
		if len(dev) > 0 {
			sc := EvalParserScores(p, dev, nil)
			msg += fmt.Sprintf("; dev UAS %.2f LAS %.2f (full labels %.2f)", sc.UAS, sc.LAS, sc.LASFull)
			las := sc.LASFull
			if opt.DevTags != nil {
				sc = EvalParserScores(p, dev, opt.DevTags)
				msg += fmt.Sprintf("; with DevTags UAS %.2f LAS %.2f (full labels %.2f)", sc.UAS, sc.LAS, sc.LASFull)
				las = sc.LASFull
			}
			if las > bestLAS {
				best, bestLAS = p, las
				msg += " *"
				if opt.OnBest != nil {
					opt.OnBest(ep, p)
				}
			}
		} else {
			best = p
		}
		fmt.Fprintln(log, msg)
	}
	if opt.SavePrune > 0 && best != nil {
		best = best.Pruned(opt.SavePrune)
		fmt.Fprintf(log, "parser: pruned at %g: %d features, %d weights\n", opt.SavePrune, best.tab.nfeat, best.tab.nents())
	}
	return best, nil
}

// parser builds a Parser from the current averaged, quantised weights.
func (tr *dpTrainer) parser() (*Parser, error) {
	rows := tr.w.averaged(max(tr.opt.Prune, 0))
	scale := dpQuantScale(rows)
	rows = dpQuantize(rows, scale)
	tab, err := newDPTable(rows, scale)
	if err != nil {
		return nil, err
	}
	return newParser(slices.Clone(tr.labels), tab, scale, tr.fs)
}

// sentence runs one training pass over a sentence.
func (tr *dpTrainer) sentence(s *dpSent, toks []dpTok, explore bool) {
	n := len(s.words)
	st := &tr.st
	st.reset(n)
	if cap(tr.onStack) < n+2 {
		tr.onStack = make([]bool, n+2)
	}
	onStack := tr.onStack[:n+2]
	clear(onStack)
	onStack[0] = true
	g := s.gold
	L := len(tr.labels)
	root := tr.root
	for !st.terminal() {
		k := dpFeatures(st, toks, &tr.feats, tr.fs.ext)
		feats := tr.feats[:k]
		clear(tr.scores)
		tr.w.score(feats, tr.scores)
		pred := dpBest(st, tr.scores, L, root)

		cs, cl, cr := g.costs(st, onStack)
		_, _, _, rightRoot := st.valid()
		s0 := st.s(0)
		s1 := st.s(1)
		b := st.b
		// Cost of each valid class; find the cheapest and, among those,
		// the best-scoring.
		cost := func(c int) int {
			switch {
			case c == 0:
				return cs
			case c <= L:
				x := cl
				if g.head[s0] == b && int(g.lab[s0]) != c-1 {
					x++
				}
				return x
			default:
				x := cr
				if g.head[s0] == s1 && int(g.lab[s0]) != c-L-1 {
					x++
				}
				return x
			}
		}
		minC, gold := -1, -1
		consider := func(c int) {
			x := cost(c)
			if minC < 0 || x < minC || (x == minC && tr.scores[c] > tr.scores[gold]) {
				minC, gold = x, c
			}
		}
		if cs >= 0 {
			consider(0)
		}
		if cl >= 0 {
			for l := 0; l < L; l++ {
				if l != root {
					consider(1 + l)
				}
			}
		}
		if cr >= 0 {
			if rightRoot {
				consider(1 + L + root)
			} else {
				for l := 0; l < L; l++ {
					if l != root {
						consider(1 + L + l)
					}
				}
			}
		}
		tr.steps++
		tr.w.step++
		if cost(pred) > minC {
			tr.errs++
			tr.w.update(feats, gold, 1)
			tr.w.update(feats, pred, -1)
		}
		next := gold
		if explore && tr.rng.Float64() < tr.opt.ExploreProb {
			next = pred
		}
		switch {
		case next == 0:
			onStack[st.b] = true
		default:
			onStack[s0] = false
		}
		st.apply(next, L)
	}
}
