package syntax

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad/conllu"
)

// TrainOptions sets up TrainTagger. The zero value trains the default
// model; the same options and data give the same model, byte for byte.
type TrainOptions struct {
	Seed    int64 // shuffling seed (default 1)
	Epochs  int   // passes over the data for the first tagger passes (default 8)
	Epochs2 int   // passes for the final tagger pass (default Epochs)

	// The tagger reads a sentence three times: left to right, right to left,
	// then left to right again seeing the first two passes' tags. The final
	// pass is trained on first-pass tags from Folds jackknife folds
	// (default 5). SinglePass trains one left-to-right pass only.
	Folds      int
	SinglePass bool

	// Mix trains each full pass Mix times with different shuffling seeds
	// and averages the weights (parameter mixing; default 1).
	Mix int

	// Clusters lists the numbers of word classes, one feature level each,
	// of an exchange clustering over the raw words of train plus
	// ClusterText (at most 4 levels, e.g. 32, 128, 512, 1024); nil, the
	// default, leaves clusters out: on EWT they cost dev accuracy (clusters
	// from 200,000 words are too noisy). ClusterIters bounds the exchange
	// iterations (default 12).
	Clusters     []int
	ClusterIters int
	// ClusterText holds extra raw sentences (words only) for clustering,
	// such as the dev words. Never put test text here.
	ClusterText [][]string

	// Amb adds ambiguity-class features: the set of labels a word was seen
	// with, for words seen at least AmbMinFreq times (default 3). Off by
	// default: it costs dev accuracy.
	Amb        bool
	AmbMinFreq int

	// A word seen at least DictMinFreq times (default 20) with one label in
	// at least DictMinRatio of them (default 0.995) takes that label without
	// scoring. NoDict turns the dictionary off.
	DictMinFreq  int
	DictMinRatio float64
	NoDict       bool

	// Lexicon, when not empty, adds features of an external word lexicon
	// (ReadWordNet) for the word and its neighbours; it is saved with the
	// model.
	Lexicon TagLexicon
	// LexiconRare, when > 0, keeps the lexicon features to words seen
	// fewer than LexiconRare times in training (and to unseen words), so
	// that frequent words are tagged from their own evidence; LexiconNoCtx
	// leaves out the features of the neighbours' lexicon bits.
	LexiconRare  int
	LexiconNoCtx bool

	// Word dropout: in training, a word seen at most DropMaxFreq times
	// (default 1) in the training sentences loses, with probability Drop
	// (default 0, off), its own word-identity features, so that the
	// spelling features learn what unknown words look like.
	Drop        float64
	DropMaxFreq int

	// Rare, when not nil, has TrainTagger train a second model with these
	// options and attach it as the rare-word model for RareWords
	// (WithRareModel; RareWords.Below defaults to 1). Rare's own Rare is
	// ignored.
	Rare      *TrainOptions
	RareWords RareWords

	// MinWeight drops averaged weights smaller in magnitude (default 0).
	MinWeight float64
	// Workers bounds the parallel trainings (default GOMAXPROCS).
	Workers int
	// EvalEachEpoch scores dev after every epoch (in the log).
	EvalEachEpoch bool

	feat uint64 // feature groups, for experiments (0: default)
}

const tgDefaultFeat = tgfPass2 | tgfR2L | tgfDict | tgfSuf5

func (o *TrainOptions) defaults() {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Epochs2 <= 0 {
		o.Epochs2 = o.Epochs
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if len(o.Clusters) > tgMaxLevels {
		o.Clusters = o.Clusters[:tgMaxLevels]
	}
	if o.ClusterIters <= 0 {
		o.ClusterIters = 12
	}
	if o.AmbMinFreq <= 0 {
		o.AmbMinFreq = 3
	}
	if o.DictMinFreq <= 0 {
		o.DictMinFreq = 20
	}
	if o.DictMinRatio <= 0 {
		o.DictMinRatio = 0.995
	}
	if o.Mix <= 0 {
		o.Mix = 1
	}
	if o.DropMaxFreq <= 0 {
		o.DropMaxFreq = 1
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.RareWords.Below <= 0 {
		o.RareWords.Below = 1
	}
	if o.feat == 0 {
		o.feat = tgDefaultFeat
	}
	if len(o.Clusters) > 0 {
		o.feat |= tgfClusters
	}
	if o.Amb {
		o.feat |= tgfAmb
	}
	if o.NoDict {
		o.feat &^= tgfDict
	}
	if o.SinglePass {
		o.feat &^= tgfPass2 | tgfR2L
	}
	if o.feat&tgfClusters == 0 {
		o.Clusters = nil
	}
	if len(o.Lexicon) > 0 {
		o.feat |= tgfLexicon
		if o.LexiconNoCtx {
			o.feat |= tgfLexNoCtx
		}
	}
}

// tgSent is a training sentence: words and gold label ids.
type tgSent struct {
	words []string
	gold  []int32
}

// TrainTagger trains a tagger on train. dev, when not empty, is only scored
// in the log (after the last epoch, or after each with EvalEachEpoch). log
// may be nil.
func TrainTagger(train, dev []conllu.Sentence, opt TrainOptions, log io.Writer) (*Tagger, error) {
	if log == nil {
		log = io.Discard
	}
	opt.defaults()
	if len(train) == 0 {
		return nil, errors.New("syntax: no training sentences")
	}
	if opt.Rare != nil {
		return tgTrainWithRare(train, dev, opt, log)
	}
	start := time.Now()
	// Labels by falling frequency, ties by name.
	lcount := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			lcount[w.UPOS+"|"+w.XPOS]++
		}
	}
	names := make([]string, 0, len(lcount))
	for l := range lcount {
		names = append(names, l)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(lcount[b], lcount[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(names)*tgNPass > 1<<16 {
		return nil, errors.New("syntax: too many labels")
	}
	base := &Tagger{feat: opt.feat, levels: len(opt.Clusters), wordLex: opt.Lexicon}
	lid := map[string]int32{}
	for i, l := range names {
		u, x, _ := strings.Cut(l, "|")
		base.upos = append(base.upos, u)
		base.xpos = append(base.xpos, x)
		lid[l] = int32(i)
	}
	nl := len(names)
	sents := tgSents(train, lid)
	var devSents []tgSent
	if len(dev) > 0 {
		devSents = tgSents(dev, lid)
	}
	fmt.Fprintf(log, "tagger: %d sentences, %d tokens, %d labels, features %#x\n",
		len(sents), tgCount(sents), nl, opt.feat)

	var clusters map[string][tgMaxLevels]uint16
	if len(opt.Clusters) > 0 {
		raw := make([][]string, 0, len(sents)+len(opt.ClusterText))
		for _, s := range sents {
			raw = append(raw, s.words)
		}
		raw = append(raw, opt.ClusterText...)
		t0 := time.Now()
		clusters = tgClusters(raw, opt.Clusters, opt.ClusterIters, opt.Workers)
		fmt.Fprintf(log, "tagger: clusters %v over %d words in %s\n", opt.Clusters, len(clusters), time.Since(t0).Round(time.Millisecond))
	}
	lex := tgBuildLex(sents, clusters, nl, &opt)
	fz := tgFeaturizer{feat: opt.feat, levels: len(opt.Clusters), lex: lex, wordLex: opt.Lexicon}
	single := func(lex map[uint64]tgLex, w *Weights, pass int) *Tagger {
		var ws [tgNPass]*Weights
		ws[pass] = w
		return base.tgAssemble(lex, ws)
	}

	// The first passes on all of train (opt.Mix times each), and their
	// jackknife folds for the final pass.
	type job struct {
		pass int // tgL2R or tgR2L
		fold int // -1: the full model
		mix  int // which of the opt.Mix full models
	}
	passes := []int{tgL2R}
	if opt.feat&tgfR2L != 0 {
		passes = append(passes, tgR2L)
	}
	folds := 0
	if opt.feat&tgfPass2 != 0 {
		folds = opt.Folds
	}
	var jobs []job
	for _, p := range passes {
		for m := 0; m < opt.Mix; m++ {
			jobs = append(jobs, job{p, -1, m})
		}
		for f := 0; f < folds; f++ {
			jobs = append(jobs, job{p, f, 0})
		}
	}
	var p1tags, p1alts [tgNPass][][]int32
	for _, p := range passes {
		p1tags[p] = make([][]int32, len(sents))
		p1alts[p] = make([][]int32, len(sents))
	}
	var full [tgNPass][]*Weights
	for _, p := range passes {
		full[p] = make([]*Weights, opt.Mix)
	}
	dirName := [tgNPass]string{"left to right", "right to left", "final"}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, opt.Workers)
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func(j job) {
			defer wg.Done()
			defer func() { <-sem }()
			if j.fold < 0 {
				var evalDev func(*Perceptron, int)
				if len(devSents) > 0 && j.mix == 0 {
					evalDev = func(p *Perceptron, ep int) {
						if ep < opt.Epochs && !opt.EvalEachEpoch {
							return
						}
						acc := tgAccLine(single(lex, p.Freeze(opt.MinWeight), j.pass), devSents)
						mu.Lock()
						fmt.Fprintf(log, "tagger: pass %s epoch %d: %s (%d features)\n", dirName[j.pass], ep, acc, p.NumFeatures())
						mu.Unlock()
					}
				}
				seed := opt.Seed + int64(j.pass)*100 + int64(j.mix)*1000
				p := tgTrain(sents, tgFirstPasses{}, fz, nl, opt.Epochs, seed, j.pass, &opt, evalDev)
				full[j.pass][j.mix] = p.Freeze(opt.MinWeight)
				return
			}
			// Fold j.fold: a contiguous block of sentences.
			lo, hi := j.fold*len(sents)/folds, (j.fold+1)*len(sents)/folds
			rest := make([]tgSent, 0, len(sents)-(hi-lo))
			rest = append(rest, sents[:lo]...)
			rest = append(rest, sents[hi:]...)
			flex := tgBuildLex(rest, clusters, nl, &opt)
			ffz := tgFeaturizer{feat: opt.feat, levels: len(opt.Clusters), lex: flex, wordLex: opt.Lexicon}
			seed := opt.Seed + int64(j.pass)*100 + int64(j.fold) + 1
			p := tgTrain(rest, tgFirstPasses{}, ffz, nl, opt.Epochs, seed, j.pass, &opt, nil)
			ft := single(flex, p.Freeze(opt.MinWeight), j.pass)
			s := ft.newScratch()
			right, n := 0, 0
			for i := lo; i < hi; i++ {
				labels := ft.tagLabels(s, sents[i].words)
				p1tags[j.pass][i] = slices.Clone(labels)
				if opt.feat&tgfTop2 != 0 {
					p1alts[j.pass][i] = slices.Clone(s.histx[2 : len(labels)+2])
				}
				for k, l := range labels {
					if l == sents[i].gold[k] {
						right++
					}
					n++
				}
			}
			mu.Lock()
			fmt.Fprintf(log, "tagger: pass %s fold %d/%d: held-out accuracy %.2f\n", dirName[j.pass], j.fold+1, folds, 100*float64(right)/float64(max(n, 1)))
			mu.Unlock()
		}(j)
	}
	wg.Wait()
	var ws [tgNPass]*Weights
	for _, p := range passes {
		ws[p] = AverageWeights(full[p]...)
		if opt.Mix > 1 && len(devSents) > 0 {
			fmt.Fprintf(log, "tagger: pass %s, mix of %d: %s\n", dirName[p], opt.Mix, tgAccLine(single(lex, ws[p], p), devSents))
		}
	}
	fmt.Fprintf(log, "tagger: first passes done in %s\n", time.Since(start).Round(time.Millisecond))

	if folds > 0 {
		var evalDev func(*Perceptron, int)
		if len(devSents) > 0 {
			evalDev = func(p *Perceptron, ep int) {
				if ep < opt.Epochs2 && !opt.EvalEachEpoch {
					return
				}
				w := ws
				w[tgFinal] = p.Freeze(opt.MinWeight)
				fmt.Fprintf(log, "tagger: pass final epoch %d: %s (%d features)\n", ep, tgAccLine(base.tgAssemble(lex, w), devSents), p.NumFeatures())
			}
		}
		w2 := make([]*Weights, opt.Mix)
		for m := range w2 {
			wg.Add(1)
			sem <- struct{}{}
			go func(m int) {
				defer wg.Done()
				defer func() { <-sem }()
				ev := evalDev
				if m > 0 {
					ev = nil
				}
				first := tgFirstPasses{p1tags[tgL2R], p1tags[tgR2L], p1alts[tgL2R], p1alts[tgR2L]}
				p := tgTrain(sents, first, fz, nl, opt.Epochs2, opt.Seed+1000+int64(m)*1000, tgFinal, &opt, ev)
				w2[m] = p.Freeze(opt.MinWeight)
			}(m)
		}
		wg.Wait()
		ws[tgFinal] = AverageWeights(w2...)
	}
	t := base.tgAssemble(lex, ws)
	if len(devSents) > 0 {
		fmt.Fprintf(log, "tagger: %s\n", tgAccLine(t, devSents))
	}
	fmt.Fprintf(log, "tagger: trained in %s, %d features\n", time.Since(start).Round(time.Millisecond), t.w.NumFeatures())
	return t, nil
}

func tgSents(ss []conllu.Sentence, lid map[string]int32) []tgSent {
	out := make([]tgSent, 0, len(ss))
	for _, s := range ss {
		if len(s.Words) == 0 {
			continue
		}
		ts := tgSent{words: make([]string, len(s.Words)), gold: make([]int32, len(s.Words))}
		for i, w := range s.Words {
			ts.words[i] = w.Form
			l, ok := lid[w.UPOS+"|"+w.XPOS]
			if !ok {
				l = -1
			}
			ts.gold[i] = l
		}
		out = append(out, ts)
	}
	return out
}

func tgCount(ss []tgSent) int {
	n := 0
	for _, s := range ss {
		n += len(s.words)
	}
	return n
}

// tgAccuracy3 returns the joint-label, UPOS and XPOS accuracies of t on ss.
func tgAccuracy3(t *Tagger, ss []tgSent) (joint, upos, xpos float64) {
	s := t.newScratch()
	right, ru, rx, n := 0, 0, 0, 0
	for _, st := range ss {
		for k, l := range t.tagLabels(s, st.words) {
			g := st.gold[k]
			switch {
			case l == g:
				right++
				ru++
				rx++
			case g >= 0:
				if t.upos[l] == t.upos[g] {
					ru++
				}
				if t.xpos[l] == t.xpos[g] {
					rx++
				}
			}
			n++
		}
	}
	d := float64(max(n, 1))
	return float64(right) / d, float64(ru) / d, float64(rx) / d
}

func tgAccLine(t *Tagger, ss []tgSent) string {
	j, u, x := tgAccuracy3(t, ss)
	return fmt.Sprintf("dev joint %.2f UPOS %.2f XPOS %.2f", 100*j, 100*u, 100*x)
}

// tgFirstPasses holds each training sentence's jackknifed first-pass labels
// for the final pass: left to right, right to left (nil without that pass),
// and with tgfTop2 their packed runner-ups (tgPackAlt).
type tgFirstPasses struct {
	l2r, r2l, l2rAlt, r2lAlt [][]int32
}

// tgTrain trains pass p (tgL2R, tgR2L or tgFinal) on sents; for the final
// pass first holds each sentence's first-pass labels; opt sets the word
// dropout. evalDev, when not nil, is called after each epoch with the
// 1-based epoch number.
func tgTrain(sents []tgSent, first tgFirstPasses, fz tgFeaturizer, nLabels, epochs int, seed int64, pass int, opt *TrainOptions, evalDev func(*Perceptron, int)) *Perceptron {
	p := NewPerceptron(nLabels)
	rng := rand.New(rand.NewSource(seed))
	// Rare words for the word dropout, from a separate random stream so
	// that Drop 0 trains the same model as before it existed.
	var rare map[uint64]bool
	var drng *rand.Rand
	if opt.Drop > 0 {
		rare = tgRareWords(sents, opt.DropMaxFreq)
		drng = rand.New(rand.NewSource(seed ^ 0x5eed))
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	s := &tgScratch{scores: make([]float32, nLabels)}
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			st := sents[si]
			n := len(st.words)
			fz.prepare(s, st.words)
			if rare != nil {
				for k := range n {
					if tk := &s.toks[k+2]; rare[tk.norm] && drng.Float64() < opt.Drop {
						tk.drop = true
					}
				}
			}
			tgResetHist(&s.hist, n)
			if pass == tgFinal {
				tgPadLabels(&s.p1, first.l2r[si])
				if first.r2l != nil {
					tgPadLabels(&s.p1b, first.r2l[si])
				}
				if fz.feat&tgfTop2 != 0 {
					tgPadLabels(&s.p1x, first.l2rAlt[si])
					tgPadLabels(&s.p1bx, first.r2lAlt[si])
				}
			}
			for k := 0; k < n; k++ {
				i := k
				if pass == tgR2L {
					i = n - 1 - k
				}
				if d := s.toks[i+2].dict; d >= 0 {
					s.hist[i+2] = d
					continue
				}
				fz.static(s, i)
				fz.dynamic(s, i, pass)
				p.Score(s.feats, s.scores)
				guess := int32(tgArgmax(s.scores[:nLabels]))
				if g := st.gold[i]; g >= 0 {
					p.Update(s.feats, int(g), int(guess))
				}
				s.hist[i+2] = guess
			}
		}
		if evalDev != nil {
			evalDev(p, ep)
		}
	}
	return p
}

// tgRareWords returns the normalised-word hashes seen at most maxFreq
// times in sents.
func tgRareWords(sents []tgSent, maxFreq int) map[uint64]bool {
	freq := map[uint64]int{}
	var buf []byte
	for _, s := range sents {
		for _, w := range s.words {
			buf = tgNormalize(buf[:0], w)
			freq[HashBytes(HashSeed, buf)]++
		}
	}
	rare := make(map[uint64]bool)
	for h, n := range freq {
		if n <= maxFreq {
			rare[h] = true
		}
	}
	return rare
}

// tgPadLabels copies labels into *dst with two boundary labels on each
// side.
func tgPadLabels(dst *[]int32, labels []int32) {
	n := len(labels)
	tgResetHist(dst, n)
	copy((*dst)[2:], labels)
}

// tgBuildLex builds the word lexicon: clusters, ambiguity classes and the
// tag dictionary, keyed by the hash of the normalised form.
func tgBuildLex(sents []tgSent, clusters map[string][tgMaxLevels]uint16, nLabels int, opt *TrainOptions) map[uint64]tgLex {
	lex := make(map[uint64]tgLex, len(clusters)+1024)
	var buf []byte
	for w, cl := range clusters {
		buf = tgNormalize(buf[:0], w)
		h := HashBytes(HashSeed, buf)
		lex[h] = tgLex{cl: cl, dict: -1}
	}
	counts := map[uint64][]int32{}
	wl := map[uint64]uint16{} // the external lexicon's bits of each word
	for _, s := range sents {
		for i, w := range s.words {
			g := s.gold[i]
			if g < 0 {
				continue
			}
			buf = tgNormalize(buf[:0], w)
			h := HashBytes(HashSeed, buf)
			c := counts[h]
			if c == nil {
				c = make([]int32, nLabels)
				counts[h] = c
				if opt.feat&tgfLexicon != 0 {
					m, _ := opt.Lexicon.bits(buf, nil)
					wl[h] = m | tgwKnown
				}
			}
			c[g]++
		}
	}
	keys := make([]uint64, 0, len(counts))
	for h := range counts {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	ambIDs := map[string]uint32{}
	var key []byte
	for _, h := range keys {
		c := counts[h]
		total, best := int32(0), 0
		for l, n := range c {
			total += n
			if n > c[best] {
				best = l
			}
		}
		lx, ok := lex[h]
		if !ok {
			lx = tgLex{dict: -1}
		}
		lx.wl = wl[h]
		if lx.wl != 0 && opt.LexiconRare > 0 && int(total) >= opt.LexiconRare {
			lx.wl |= tgwFrequent
		}
		if opt.feat&tgfAmb != 0 && int(total) >= opt.AmbMinFreq {
			key = key[:0]
			for l, n := range c {
				if n > 0 {
					key = append(key, byte(l), byte(l>>8))
				}
			}
			id, ok := ambIDs[string(key)]
			if !ok {
				id = uint32(len(ambIDs) + 1)
				ambIDs[string(key)] = id
			}
			lx.amb = id
		}
		if opt.feat&tgfDict != 0 && int(total) >= opt.DictMinFreq && float64(c[best]) >= opt.DictMinRatio*float64(total) {
			lx.dict = int16(best)
		}
		lex[h] = lx
	}
	return lex
}

// tgClusters clusters the normalised words of raw at each granularity.
func tgClusters(raw [][]string, ks []int, iters, workers int) map[string][tgMaxLevels]uint16 {
	freq := map[string]int{}
	var buf []byte
	norm := make([][]string, len(raw))
	for i, s := range raw {
		norm[i] = make([]string, len(s))
		for j, w := range s {
			buf = tgNormalize(buf[:0], w)
			nw := string(buf)
			norm[i][j] = nw
			freq[nw]++
		}
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i + 1)
	}
	corpus := make([][]int32, len(norm))
	for i, s := range norm {
		corpus[i] = make([]int32, len(s))
		for j, w := range s {
			corpus[i][j] = id[w]
		}
	}
	res := make([][]uint16, len(ks))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(workers, 1))
	// Largest first: it takes longest.
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(ks[b], ks[a]) })
	for _, i := range idx {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			res[i] = tgExchange(corpus, len(words)+1, ks[i]+1, iters)
		}(i)
	}
	wg.Wait()
	out := make(map[string][tgMaxLevels]uint16, len(words))
	for i, w := range words {
		var cl [tgMaxLevels]uint16
		for k := range ks {
			cl[k] = res[k][i+1] // classes 1..k (0 is the boundary), so never 0
		}
		out[w] = cl
	}
	return out
}
