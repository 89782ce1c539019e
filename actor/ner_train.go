package actor

// Training the named-entity recogniser: an averaged structured perceptron
// (Collins 2002) with first-order Viterbi decoding under BILOU constraints.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad/segment"
)

// nerDefaultPrune is NERTrainOptions.Prune's default.
const nerDefaultPrune = 0.02

// NERTrainOptions controls TrainNER. The zero value trains with defaults.
type NERTrainOptions struct {
	Seed     uint64 // shuffling seed (default 1)
	Epochs   int    // passes over the data (default 12)
	MinCount int    // features seen fewer times in training are dropped (default 1)
	// Prune drops averaged weights whose magnitude is below it (default 0.02).
	Prune    float32
	Clusters int // word clusters learned from the raw text (0: none)
	// Features overrides the feature templates (0: the default set) and
	// AddFeatures adds to them: bits of the templates in ner.go, for
	// experiments.
	Features    uint32
	AddFeatures uint32
	// Gazetteer is a folder with places.txt and names.txt (data/ner/gazetteer);
	// "" trains without those features.
	Gazetteer string
	// PhraseLists adds typed names to the phrase gazetteer: the entities of
	// these sentences (WikiANN's, say), by type.
	PhraseLists []NERSentence
	Info        string    // stored in the model (NER.Info)
	Log         io.Writer // progress, or nil
	// EpochEnd, when set, is called after every epoch with the averaged
	// model so far (for choosing the number of epochs on development data).
	EpochEnd func(epoch int, m *NER)
	// Runs averages the weights of this many perceptrons trained with
	// seeds Seed, Seed+1, … (different shuffles), which steadies the result
	// (default 1).
	Runs int
	// Stack trains a second, document-level stage (see TrainNER).
	Stack bool
	Folds int // jackknife folds for Stack (default 4)
	// WordStats, when set, lends its capitalisation rates and word
	// clusters instead of learning them from raw (development runs: the
	// clusters take most of the training time). Words it has not seen get
	// no cluster.
	WordStats *NER
	// Silver, when above 0, self-trains (TrainNERFromCorpora): two models
	// with different shuffles tag the raw text, and up to Silver sentences
	// on which they agree join the training data of the final model.
	Silver int
}

// TrainNER trains a recogniser on train (BIO-tagged sentences) with kb for
// gazetteer features. raw is unlabelled text (sentences of tokens) from
// which word statistics (capitalisation rates, clusters) are learned; the
// training words are added to it. With opt.Stack a second, document-level
// stage is trained on first-stage labels predicted by jackknifing (models
// trained on the other folds of documents). Training is deterministic for a
// seed.
func TrainNER(train []NERSentence, raw [][]string, kb *KB, opt NERTrainOptions) (*NER, error) {
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	if opt.Prune == 0 {
		opt.Prune = nerDefaultPrune
	}
	if opt.Folds <= 1 {
		opt.Folds = 4
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	t0 := time.Now()
	all := make([][]string, 0, len(raw)+len(train))
	all = append(all, raw...)
	for _, s := range train {
		all = append(all, s.Words)
	}
	n := &NER{kb: kb, feats: opt.Features}
	if n.feats == 0 {
		n.feats = nfDefault
	}
	n.feats |= opt.AddFeatures
	if opt.Clusters > 0 {
		n.feats |= nfClusters
	}
	n.initLabels(NERTypes)
	if n.usesPOS() {
		// Tag a copy: the caller's sentences stay as they were.
		train = append([]NERSentence(nil), train...)
		if err := tagTrainingPOS(train); err != nil {
			return nil, fmt.Errorf("ner training: %w", err)
		}
		logf("ner: %d training sentences tagged for part of speech (%s)\n", len(train), time.Since(t0).Round(time.Millisecond))
	}
	if opt.Gazetteer != "" {
		if err := n.loadGazetteers(opt.Gazetteer); err != nil {
			return nil, err
		}
	} else {
		n.feats &^= nfPlaces | nfNames
	}
	if len(opt.PhraseLists) > 0 {
		n.addPhraseLists(opt.PhraseLists)
		n.feats |= nfPlaces
	}
	switch {
	case opt.WordStats != nil:
		n.lcRate, n.clusters = opt.WordStats.lcRate, opt.WordStats.clusters
		if n.clusters == nil {
			n.feats &^= nfClusters
		}
	default:
		n.lcRate = learnLcRate(all)
		if opt.Clusters > 0 {
			n.clusters = learnClusters(all, opt.Clusters, logf)
		}
	}
	logf("ner: word statistics %d words, clusters %d (%s)\n", len(n.lcRate), len(n.clusters), time.Since(t0).Round(time.Millisecond))
	if !opt.Stack {
		return n.trainStage(train, nil, opt, opt.EpochEnd, logf)
	}
	quiet := opt
	quiet.EpochEnd = nil
	docs := nerDocGroups(train)
	s1 := make([][]int, len(train))
	for f := 0; f < opt.Folds; f++ {
		var sub []NERSentence
		for di, d := range docs {
			if di%opt.Folds != f {
				for _, si := range d {
					sub = append(sub, train[si])
				}
			}
		}
		m, err := n.trainStage(sub, nil, quiet, nil, nil)
		if err != nil {
			return nil, err
		}
		for di, d := range docs {
			if di%opt.Folds != f {
				continue
			}
			sents := make([][]string, len(d))
			upos := make([][]string, len(d))
			for k, si := range d {
				sents[k], upos[k] = train[si].Words, train[si].UPOS
			}
			for k, p := range m.docPaths(sents, upos) {
				s1[d[k]] = p
			}
		}
		logf("ner: fold %d of %d labelled (%s)\n", f+1, opt.Folds, time.Since(t0).Round(time.Millisecond))
	}
	m1, err := n.trainStage(train, nil, quiet, nil, nil)
	if err != nil {
		return nil, err
	}
	logf("ner: first stage trained (%s)\n", time.Since(t0).Round(time.Millisecond))
	dcs := make([]*nerDocCtx, len(train))
	for _, d := range docs {
		sents := make([][]string, len(d))
		paths := make([][]int, len(d))
		for k, si := range d {
			sents[k] = train[si].Words
			paths[k] = s1[si]
		}
		stats := docStats(sents, paths, n.nl)
		for _, si := range d {
			dcs[si] = &nerDocCtx{s1: s1[si], stats: stats}
		}
	}
	n2 := &NER{kb: n.kb, feats: n.feats, lcRate: n.lcRate, clusters: n.clusters, places: n.places,
		placeStart: n.placeStart, names: n.names, stage1: m1}
	n2.initLabels(n.types)
	return n2.trainStage(train, dcs, opt, opt.EpochEnd, logf)
}

// nerDocGroups groups sentence indices into documents: runs of sentences
// with the same non-empty Doc; a sentence without one is a document alone.
func nerDocGroups(sents []NERSentence) [][]int {
	var out [][]int
	for i, s := range sents {
		if i > 0 && s.Doc != "" && s.Doc == sents[i-1].Doc {
			out[len(out)-1] = append(out[len(out)-1], i)
			continue
		}
		out = append(out, []int{i})
	}
	return out
}

// trainStage runs the perceptron over train (with document contexts dcs
// for a second stage) and returns the averaged model.
func (n *NER) trainStage(train []NERSentence, dcs []*nerDocCtx, opt NERTrainOptions, epochEnd func(int, *NER), logf func(string, ...any)) (*NER, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	t0 := time.Now()
	typeIdx := map[string]int{}
	for i, t := range n.types {
		typeIdx[t] = i
	}
	nl := n.nl
	type sent struct {
		gold  []int
		fidx  []int32 // feature indices, by token
		start []int32
	}
	dcOf := func(i int) *nerDocCtx {
		if dcs == nil {
			return nil
		}
		return dcs[i]
	}
	sents := make([]sent, len(train))
	counts := map[uint64]int32{}
	sc := &nerScratch{}
	for si, s := range train {
		if len(s.Words) == 0 {
			continue
		}
		sc.upos = s.UPOS
		n.prepare(s.Words, sc, dcOf(si))
		for _, f := range sc.fs {
			counts[f]++
		}
	}
	fid := make(map[uint64]int32, len(counts))
	var fhash []uint64
	for f, c := range counts {
		if int(c) >= opt.MinCount {
			fhash = append(fhash, f)
		}
	}
	sort.Slice(fhash, func(a, b int) bool { return fhash[a] < fhash[b] })
	for i, f := range fhash {
		fid[f] = int32(i)
	}
	counts = nil
	for si, s := range train {
		st := sent{gold: bilouLabels(s.Tags, typeIdx), start: make([]int32, len(s.Words)+1)}
		if len(s.Words) > 0 {
			sc.upos = s.UPOS
			n.prepare(s.Words, sc, dcOf(si))
			for i := range s.Words {
				st.start[i] = int32(len(st.fidx))
				for _, f := range sc.fs[sc.fstart[i]:sc.fstart[i+1]] {
					if k, ok := fid[f]; ok {
						st.fidx = append(st.fidx, k)
					}
				}
			}
			st.start[len(s.Words)] = int32(len(st.fidx))
		}
		sents[si] = st
	}
	nf := len(fhash)
	logf("ner: %d sentences, %d features, %d labels (%s)\n", len(sents), nf, nl, time.Since(t0).Round(time.Millisecond))

	runs := max(opt.Runs, 1)
	var accW, accT []float32
	if runs > 1 {
		accW = make([]float32, nf*nl)
		accT = make([]float32, nl*nl+2*nl)
	}
	w := make([]int32, nf*nl)
	u := make([]int64, nf*nl)
	nt := nl*nl + 2*nl
	tw := make([]int32, nt)
	tu := make([]int64, nt)
	ftrans := make([]float32, nt)
	order := make([]int, len(sents))
	for run := 0; run < runs; run++ {
		clear(w)
		clear(u)
		clear(tw)
		clear(tu)
		c := int64(1)
		for i := range order {
			order[i] = i
		}
		upd := func(f int32, l int, d int32) {
			k := int(f)*nl + l
			w[k] += d
			u[k] += c * int64(d)
		}
		updT := func(k int, d int32) {
			tw[k] += d
			tu[k] += c * int64(d)
		}
		for ep := 1; ep <= opt.Epochs; ep++ {
			rng := rand.New(rand.NewPCG(opt.Seed+uint64(run), uint64(ep)))
			rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
			errs, toks := 0, 0
			for _, si := range order {
				st := &sents[si]
				nw := len(st.gold)
				if nw == 0 {
					continue
				}
				for k := range ftrans {
					ftrans[k] = float32(tw[k])
				}
				if cap(sc.score) < nw*nl {
					sc.score = make([]float32, nw*nl)
				}
				score := sc.score[:nw*nl]
				for i := 0; i < nw; i++ {
					row := score[i*nl : (i+1)*nl]
					for l := range row {
						row[l] = 0
					}
					for _, f := range st.fidx[st.start[i]:st.start[i+1]] {
						ws := w[int(f)*nl : int(f)*nl+nl]
						for l, v := range ws {
							row[l] += float32(v)
						}
					}
				}
				pred := viterbi(score, nw, nl, ftrans, n.allow, sc)
				wrong := false
				for i := 0; i < nw; i++ {
					if pred[i] != st.gold[i] {
						wrong = true
						errs++
					}
				}
				toks += nw
				if wrong {
					for i := 0; i < nw; i++ {
						g, p := st.gold[i], pred[i]
						if g != p {
							for _, f := range st.fidx[st.start[i]:st.start[i+1]] {
								upd(f, g, 1)
								upd(f, p, -1)
							}
						}
						gp, pp := nl*nl, nl*nl // start transitions
						if i > 0 {
							gp, pp = st.gold[i-1]*nl, pred[i-1]*nl
						}
						if gp+g != pp+p {
							updT(gp+g, 1)
							updT(pp+p, -1)
						}
					}
					g, p := st.gold[nw-1], pred[nw-1]
					if g != p {
						updT(nl*nl+nl+g, 1)
						updT(nl*nl+nl+p, -1)
					}
				}
				c++
			}
			logf("ner: run %d epoch %d: %.2f%% tokens wrong (%s)\n", run+1, ep, 100*float64(errs)/float64(max(toks, 1)), time.Since(t0).Round(time.Millisecond))
			if runs == 1 && epochEnd != nil && ep < opt.Epochs {
				m := n.buildModel(fhash, averagedWeights(w, u, c), averagedWeights32(tw, tu, c), opt.Prune)
				m.Info = opt.Info
				epochEnd(ep, m)
			}
		}
		aw, at := averagedWeights(w, u, c), averagedWeights32(tw, tu, c)
		if runs == 1 {
			accW, accT = aw, at
			break
		}
		for k, v := range aw {
			accW[k] += v / float32(runs)
		}
		for k, v := range at {
			accT[k] += v / float32(runs)
		}
	}
	m := n.buildModel(fhash, accW, accT, opt.Prune)
	m.Info = opt.Info
	if epochEnd != nil {
		epochEnd(opt.Epochs, m)
	}
	logf("ner: %d features kept, %d weights (%s)\n", len(m.keys), len(m.pq), time.Since(t0).Round(time.Millisecond))
	return m, nil
}

// averagedWeights returns the averaged perceptron weights w − u/c.
func averagedWeights(w []int32, u []int64, c int64) []float32 {
	out := make([]float32, len(w))
	for k := range w {
		if w[k] != 0 || u[k] != 0 {
			out[k] = float32(float64(w[k]) - float64(u[k])/float64(c))
		}
	}
	return out
}

func averagedWeights32(w []int32, u []int64, c int64) []float32 { return averagedWeights(w, u, c) }

// buildModel makes a model from weights (feature-major, nl labels each),
// dropping weights below prune and merging features whose 32-bit keys
// collide.
func (n *NER) buildModel(fhash []uint64, wts []float32, trans []float32, prune float32) *NER {
	nl := n.nl
	m := &NER{kb: n.kb, feats: n.feats, lcRate: n.lcRate, clusters: n.clusters, places: n.places, placeStart: n.placeStart, names: n.names, stage1: n.stage1}
	m.initLabels(n.types)
	type kf struct {
		key uint32
		f   int
	}
	kfs := make([]kf, 0, len(fhash))
	for f, h := range fhash {
		kfs = append(kfs, kf{foldKey(h), f})
	}
	sort.Slice(kfs, func(a, b int) bool {
		if kfs[a].key != kfs[b].key {
			return kfs[a].key < kfs[b].key
		}
		return kfs[a].f < kfs[b].f
	})
	row := make([]float32, nl)
	rows := nerRows{offs: []uint32{0}}
	for i := 0; i < len(kfs); {
		j := i
		clear(row)
		for j < len(kfs) && kfs[j].key == kfs[i].key {
			f := kfs[j].f
			for l := 0; l < nl; l++ {
				row[l] += wts[f*nl+l]
			}
			j++
		}
		rows.add(kfs[i].key, row, prune)
		i = j
	}
	m.quantise(rows.keys, rows.offs, rows.plab, rows.pw, trans)
	return m
}

// nerRows gathers a model's feature rows for quantise: the keys kept, the
// offsets of their weights, and the weights with their labels.
type nerRows struct {
	keys, offs []uint32
	plab       []uint8
	pw         []float32
}

// add keeps the weights of feature key's row (one per label) whose
// magnitude is at least prune, and the key when it keeps any.
func (r *nerRows) add(key uint32, row []float32, prune float32) {
	kept := false
	for l, v := range row {
		if abs32(v) >= prune {
			r.plab = append(r.plab, uint8(l))
			r.pw = append(r.pw, v)
			kept = true
		}
	}
	if kept {
		r.keys = append(r.keys, key)
		r.offs = append(r.offs, uint32(len(r.pw)))
	}
}

// loadGazetteers reads places.txt and names.txt ("name<TAB>kind" lines).
func (n *NER) loadGazetteers(dir string) error {
	n.places, n.placeStart, n.names = map[uint64]uint8{}, map[uint64]uint8{}, map[uint64]uint8{}
	read := func(file string, line func(name, kind string)) error {
		f, err := os.Open(filepath.Join(dir, file))
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			t := sc.Text()
			if t == "" || t[0] == '#' {
				continue
			}
			name, kind, _ := strings.Cut(t, "\t")
			line(name, kind)
		}
		return sc.Err()
	}
	var toks []nerTok
	err := read("places.txt", func(name, kind string) {
		k := uint8(1)
		if kind == "admin1" {
			k = 2
		}
		ws := segment.Tokens(name)
		if len(ws) == 0 || len(ws) > 6 {
			return
		}
		toks = toks[:0]
		for _, w := range ws {
			var t nerTok
			hashWord(name[w.Start:w.End], &t)
			toks = append(toks, t)
		}
		n.places[phraseHash(toks)] |= k
		if l := uint8(len(toks)); n.placeStart[toks[0].hl] < l {
			n.placeStart[toks[0].hl] = l
		}
	})
	if err != nil {
		return err
	}
	return read("names.txt", func(name, kind string) {
		b := uint8(2)
		if kind == "given" {
			b = 1
		}
		n.names[lowerHash(name)] |= b
	})
}

// addPhraseLists adds the entities of sents to the phrase gazetteer with
// kind bits 4 (PER), 8 (ORG), 16 (LOC or GPE).
func (n *NER) addPhraseLists(sents []NERSentence) {
	if n.places == nil {
		n.places, n.placeStart = map[uint64]uint8{}, map[uint64]uint8{}
	}
	var toks []nerTok
	for _, s := range sents {
		for _, sp := range SpansFromBIO(s.Tags) {
			var bit uint8
			switch sp.Type {
			case "PER":
				bit = 4
			case "ORG":
				bit = 8
			case "LOC", "GPE":
				bit = 16
			default:
				continue
			}
			if sp.End-sp.Start > 6 {
				continue
			}
			toks = toks[:0]
			for _, w := range s.Words[sp.Start:sp.End] {
				var t nerTok
				hashWord(w, &t)
				toks = append(toks, t)
			}
			n.places[phraseHash(toks)] |= bit
			if l := uint8(len(toks)); n.placeStart[toks[0].hl] < l {
				n.placeStart[toks[0].hl] = l
			}
		}
	}
}

// bilouLabels turns BIO tags into label indices (types not in typeIdx are O).
func bilouLabels(tags []string, typeIdx map[string]int) []int {
	out := make([]int, len(tags))
	for _, sp := range SpansFromBIO(tags) {
		t, ok := typeIdx[sp.Type]
		if !ok {
			continue
		}
		if sp.End-sp.Start == 1 {
			out[sp.Start] = 4 + 4*t
			continue
		}
		for i := sp.Start; i < sp.End; i++ {
			switch i {
			case sp.Start:
				out[i] = 1 + 4*t
			case sp.End - 1:
				out[i] = 3 + 4*t
			default:
				out[i] = 2 + 4*t
			}
		}
	}
	return out
}

// learnLcRate buckets every word seen at least twice away from the start of
// a sentence by how often it is written in lower case.
func learnLcRate(sents [][]string) map[uint64]uint8 {
	type cnt struct{ low, up int32 }
	counts := map[uint64]*cnt{}
	for _, s := range sents {
		init := true
		for _, w := range s {
			if w == "" {
				continue
			}
			var t nerTok
			hashWord(w, &t)
			if t.punct {
				continue
			}
			if init {
				init = false
				continue
			}
			if t.cap == 3 {
				continue
			}
			c := counts[t.hl]
			if c == nil {
				c = &cnt{}
				counts[t.hl] = c
			}
			if t.cap == 1 || t.cap == 2 {
				c.up++
			} else {
				c.low++
			}
		}
	}
	out := make(map[uint64]uint8, len(counts)/2)
	for h, c := range counts {
		tot := c.low + c.up
		if tot < 2 {
			continue
		}
		r := float64(c.low) / float64(tot)
		var b uint8
		switch {
		case r == 0:
			b = 1
		case r < 0.1:
			b = 2
		case r < 0.5:
			b = 3
		case r < 0.9:
			b = 4
		case r < 1:
			b = 5
		default:
			b = 6
		}
		if tot >= 20 {
			b += 6 // frequent
		}
		out[h] = b
	}
	return out
}

// ---- corpora ----

// NERCorpora names the data of a training run.
type NERCorpora struct {
	Shared string // the shared data folder (../shared/data)
	Own    string // dyad's own annotated sentences (data/ner)
	// Final adds the development material (GUM news documents GUMNERDev and
	// UNER-EWT dev) to training; without it they are left out to measure on.
	Final   bool
	WikiANN bool // add WikiANN (silver) train
	WNUT    bool // add WNUT-17 train, dev and test
	// OwnRepeat counts the own sentences this many times (default 1).
	OwnRepeat int
	// NewsRepeat counts the GUM news and interview (Wikinews) documents this
	// many times (default 1).
	NewsRepeat int
	// ExtraDev, when set, decides which GUMNERDev documents are trained on
	// even without Final (for estimating what in-domain documents bring).
	ExtraDev func(doc string) bool
	// Exclude, when set, leaves out GUM documents it accepts (experiments).
	Exclude func(doc string) bool
	// RawPolNeAR adds the PolNeAR texts (2016 US political news, train and
	// dev) to the raw text for capitalisation rates and word clusters.
	RawPolNeAR bool
	// KBNames is the frozen KB name list (data/ner/gazetteer/kb.txt) that
	// TrainNERFromCorpora builds the gazetteer KB from (NewNameKB) for the
	// features, the GUM conversion and the silver types; "" uses LoadKB,
	// whose edits then change the trained model.
	KBNames string
}

// LoadNERCorpora reads the training sentences of c and the raw text used for
// word statistics (bench-news stories and UD English EWT train), with a
// summary of what was read. The GUM news documents in GUMNERHeldOut are
// never read for training.
func LoadNERCorpora(c NERCorpora, kb *KB) (train []NERSentence, raw [][]string, summary string, err error) {
	var sum []string
	held := map[string]bool{}
	for _, d := range GUMNERHeldOut {
		held[d] = true
	}
	dev := map[string]bool{}
	for _, d := range GUMNERDev {
		dev[d] = true
	}
	gum, err := ReadGUMNER(filepath.Join(c.Shared, "gum-coref", "conll"), func(d string) bool {
		if c.Exclude != nil && c.Exclude(d) {
			return false
		}
		return !held[d] && (c.Final || !dev[d] || c.ExtraDev != nil && c.ExtraDev(d))
	}, kb)
	if err != nil {
		return nil, nil, "", err
	}
	train = append(train, gum...)
	if c.NewsRepeat > 1 {
		var extra []NERSentence
		for _, s := range gum {
			if strings.HasPrefix(s.Doc, "GUM_news_") || strings.HasPrefix(s.Doc, "GUM_interview_") {
				extra = append(extra, s)
			}
		}
		for r := 1; r < c.NewsRepeat; r++ {
			train = append(train, extra...)
		}
		sum = append(sum, fmt.Sprintf("GUM news and interview sentences ×%d", c.NewsRepeat))
	}
	sum = append(sum, fmt.Sprintf("GUM (coreference entities converted, news held-out excluded%s) %d sentences", map[bool]string{true: "", false: ", dev news excluded"}[c.Final], len(gum)))
	readIOBFile := func(name, path string, silver bool) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		ss, err := ReadIOB(f)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		for i := range ss {
			SilverGPE(&ss[i], kb)
			SilverNORP(&ss[i], kb)
		}
		train = append(train, ss...)
		sum = append(sum, fmt.Sprintf("%s %d sentences", name, len(ss)))
		return nil
	}
	if c.Final {
		if err := readIOBFile("UNER-EWT dev", filepath.Join(c.Shared, "uner-english-ewt", "en_ewt-ud-dev.iob2"), false); err != nil {
			return nil, nil, "", err
		}
	}
	if c.WNUT {
		for _, p := range []string{"wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated"} {
			if err := readIOBFile("WNUT-17 "+p, filepath.Join(c.Shared, "wnut17", p), false); err != nil {
				return nil, nil, "", err
			}
		}
	}
	if c.WikiANN {
		if err := readIOBFile("WikiANN train (silver)", filepath.Join(c.Shared, "wikiann-en", "train"), true); err != nil {
			return nil, nil, "", err
		}
	}
	if c.Own != "" {
		paths, _ := filepath.Glob(filepath.Join(c.Own, "*.txt"))
		sort.Strings(paths)
		nOwn := 0
		rep := max(c.OwnRepeat, 1)
		for _, p := range paths {
			f, err := os.Open(p)
			if err != nil {
				return nil, nil, "", err
			}
			ss, err := ReadBracketed(f, filepath.Base(p))
			f.Close()
			if err != nil {
				return nil, nil, "", err
			}
			for r := 0; r < rep; r++ {
				train = append(train, ss...)
			}
			nOwn += len(ss)
		}
		sum = append(sum, fmt.Sprintf("dyad news sentences (data/ner) %d sentences ×%d", nOwn, rep))
	}
	// Raw text.
	if bn, err := readBenchNews(filepath.Join(c.Shared, "bench-news", "te3-silver-news.jsonl")); err == nil {
		raw = append(raw, bn...)
		sum = append(sum, fmt.Sprintf("raw: bench-news %d sentences", len(bn)))
	}
	if ewt, err := readConlluForms(filepath.Join(c.Shared, "ud-english-ewt", "en_ewt-ud-train.conllu")); err == nil {
		raw = append(raw, ewt...)
		sum = append(sum, fmt.Sprintf("raw: UD EWT train %d sentences", len(ewt)))
	}
	if c.RawPolNeAR {
		var pn [][]string
		for _, split := range []string{"train", "dev"} {
			ss, err := readTextDir(filepath.Join(c.Shared, "polnear", "data", split, "text"))
			if err != nil {
				return nil, nil, "", fmt.Errorf("ner: PolNeAR raw text: %w", err)
			}
			pn = append(pn, ss...)
		}
		raw = append(raw, pn...)
		sum = append(sum, fmt.Sprintf("raw: PolNeAR texts %d sentences", len(pn)))
	}
	return train, raw, strings.Join(sum, "; "), nil
}

func readBenchNews(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
			continue
		}
		_, sents, toks := segment.Split(d.Text)
		for _, s := range sents {
			ws := make([]string, 0, s.TokenEnd-s.TokenStart)
			for _, t := range toks[s.TokenStart:s.TokenEnd] {
				ws = append(ws, d.Text[t.Start:t.End])
			}
			out = append(out, ws)
		}
	}
	return out, sc.Err()
}

// readTextDir splits the .txt files of dir (in name order) into sentences
// of tokens.
func readTextDir(dir string) ([][]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no .txt files in %s", dir)
	}
	sort.Strings(paths)
	var out [][]string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		text := string(b)
		_, sents, toks := segment.Split(text)
		for _, s := range sents {
			ws := make([]string, 0, s.TokenEnd-s.TokenStart)
			for _, t := range toks[s.TokenStart:s.TokenEnd] {
				ws = append(ws, text[t.Start:t.End])
			}
			out = append(out, ws)
		}
	}
	return out, nil
}

func readConlluForms(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		if len(cols) < 2 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		cur = append(cur, cols[1])
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// NERDefaultSeed and NERDefaultEpochs are those of the shipped model.
const (
	NERDefaultSeed     = 1
	NERDefaultEpochs   = 6
	NERDefaultClusters = 512
	NERDefaultRuns     = 4
)

// DefaultNERTraining returns the corpora and options of the shipped model
// (model/ner.bin.zst): shared is the shared data folder (../shared/data),
// repo the repository root (for data/ner). With final false the
// development material stays out, as when features and epochs were chosen.
func DefaultNERTraining(shared, repo string, final bool) (NERCorpora, NERTrainOptions) {
	c := NERCorpora{Shared: shared, Own: filepath.Join(repo, "data", "ner"), Final: final, WNUT: true, RawPolNeAR: true,
		KBNames: filepath.Join(repo, "data", "ner", "gazetteer", NERKBNamesFile)}
	opt := NERTrainOptions{
		Seed: NERDefaultSeed, Epochs: NERDefaultEpochs, Clusters: NERDefaultClusters, Runs: NERDefaultRuns,
		Gazetteer: filepath.Join(repo, "data", "ner", "gazetteer"),
		// Part-of-speech features (NERFeaturePOS, ner_pos.go): +0.75 on
		// the development news and +0.36 on UNER-EWT dev over five paired
		// seeds (tenth round); shipped in the eleventh, once decoding kept
		// titled names whole (ner_repair_title.go; docs/NER.md).
		AddFeatures: NERFeaturePOS,
	}
	return c, opt
}

// TrainNERFromCorpora reads the corpora of c and trains a model with opt;
// it returns the model and a summary of the data (also stored in the
// model's Info). This is `dyad train ner`.
func TrainNERFromCorpora(c NERCorpora, opt NERTrainOptions) (*NER, string, error) {
	kb, nNames, err := nerTrainingKB(c.KBNames)
	if err != nil {
		return nil, "", err
	}
	train, raw, summary, err := LoadNERCorpora(c, kb)
	if err != nil {
		return nil, "", err
	}
	if nNames > 0 {
		summary += fmt.Sprintf("; KB names: %s (%d names, frozen)", filepath.Base(c.KBNames), nNames)
	}
	if opt.Info == "" {
		opt.Info = fmt.Sprintf("trained on %s; seed %d, epochs %d, runs %d, clusters %d", summary, opt.Seed, opt.Epochs, max(opt.Runs, 1), opt.Clusters)
	}
	if opt.Silver > 0 {
		// Two first models (seeds Seed… and Seed+Runs…) share the word
		// statistics; their agreed tags on the raw text join training.
		first := opt
		first.EpochEnd, first.Silver = nil, 0
		m1, err := TrainNER(train, raw, kb, first)
		if err != nil {
			return nil, "", err
		}
		first.WordStats = m1
		first.Seed = max(opt.Seed, 1) + uint64(max(opt.Runs, 1))
		m2, err := TrainNER(train, raw, kb, first)
		if err != nil {
			return nil, "", err
		}
		silver := SilverNER(raw, []*NER{m1, m2}, opt.Silver)
		summary += fmt.Sprintf("; silver (self-training): %d raw sentences on which two models agree", len(silver))
		train = append(train[:len(train):len(train)], silver...)
		opt.WordStats = m1
	}
	m, err := TrainNER(train, raw, kb, opt)
	if err != nil {
		return nil, "", err
	}
	return m, summary, nil
}

// nerTrainingKB returns the gazetteer KB of a training run: the name KB of
// the list at path, or LoadKB's when path is "" (then names is 0).
func nerTrainingKB(path string) (kb *KB, names int, err error) {
	if path == "" {
		kb, err = LoadKB()
		return kb, 0, err
	}
	kb, err = NERGazetteerKB(path)
	if err != nil {
		return nil, 0, err
	}
	return kb, len(kb.aliases), nil
}
