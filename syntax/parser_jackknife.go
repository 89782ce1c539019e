package syntax

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	"github.com/dyadproject/dyad/conllu"
)

// JackknifeOptions controls how ParserJackknife gives the training data
// realistic predicted tags and lemmas. The zero value takes the defaults.
type JackknifeOptions struct {
	Folds  int          // number of folds (default 5)
	Seed   uint64       // seed of the assignment of sentences to folds (default 1)
	Tagger TrainOptions // options of the fold taggers (zero: TrainTagger's defaults)
	Lemma  LemmaOptions // options of the fold lemmatizers
	// WithGold has TrainParserJackknife train on every sentence twice, with
	// its gold and with its predicted tags and lemmas.
	WithGold bool
	// Cache, when set, names a CoNLL-U file holding the jackknifed
	// training data: TrainParserJackknife reads it when it exists (it must
	// have been written with the same data and options) and writes it
	// otherwise. For experiments; the shipped procedure leaves it empty.
	Cache string
}

func (o *JackknifeOptions) defaults() {
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
}

// ParserJackknife returns a copy of train in which every sentence's UPOS,
// XPOS and lemmas are those predicted by a tagger and lemmatizer trained on
// the other folds (sentences are assigned to folds by a shuffle seeded
// with opt.Seed; fold i holds the shuffled positions congruent to i). Words,
// heads and relations are kept. The result is deterministic for the same
// data and options.
func ParserJackknife(train []conllu.Sentence, opt JackknifeOptions, log io.Writer) ([]conllu.Sentence, error) {
	opt.defaults()
	if log == nil {
		log = io.Discard
	}
	if len(train) < opt.Folds {
		return nil, errors.New("syntax: fewer training sentences than jackknife folds")
	}
	perm := make([]int, len(train))
	for i := range perm {
		perm[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x1acc))
	rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
	fold := make([]int, len(train))
	for pos, si := range perm {
		fold[si] = pos % opt.Folds
	}
	out := make([]conllu.Sentence, len(train))
	for k := 0; k < opt.Folds; k++ {
		start := time.Now()
		var rest []conllu.Sentence
		var held []int
		for si := range train {
			if fold[si] == k {
				held = append(held, si)
			} else {
				rest = append(rest, train[si])
			}
		}
		t, err := TrainTagger(rest, nil, opt.Tagger, nil)
		if err != nil {
			return nil, fmt.Errorf("syntax: jackknife fold %d: %w", k+1, err)
		}
		l, err := TrainLemmatizer(rest, opt.Lemma)
		if err != nil {
			return nil, fmt.Errorf("syntax: jackknife fold %d: %w", k+1, err)
		}
		for _, si := range held {
			out[si] = ParserPredicted(t, l, train[si:si+1])[0]
		}
		sc := jkAccuracy(train, out, held)
		fmt.Fprintf(log, "parser jackknife: fold %d/%d: trained on %d sentences, tagged %d: UPOS %.2f XPOS %.2f lemma %.2f, %.1fs\n",
			k+1, opt.Folds, len(rest), len(held), sc[0], sc[1], sc[2], time.Since(start).Seconds())
	}
	all := make([]int, len(train))
	for i := range all {
		all[i] = i
	}
	sc := jkAccuracy(train, out, all)
	fmt.Fprintf(log, "parser jackknife: all folds: UPOS %.2f XPOS %.2f lemma %.2f\n", sc[0], sc[1], sc[2])
	return out, nil
}

// ParserPredicted returns a copy of ss with UPOS, XPOS and lemmas replaced
// by those of t and l, as the product predicts them for given words
// (typographic quotes normalised as in Models.AnnotateWords).
func ParserPredicted(t *Tagger, l *Lemmatizer, ss []conllu.Sentence) []conllu.Sentence {
	out := make([]conllu.Sentence, len(ss))
	var norm, upos, xpos []string
	for si := range ss {
		s := ss[si]
		s.Words = slices.Clone(s.Words)
		n := len(s.Words)
		norm, upos, xpos = norm[:0], slices.Grow(upos[:0], n)[:n], slices.Grow(xpos[:0], n)[:n]
		for _, w := range s.Words {
			norm = append(norm, normalizeWord(w.Form))
		}
		if n > 0 {
			t.Tag(norm, upos, xpos)
		}
		for i := range s.Words {
			w := &s.Words[i]
			w.UPOS, w.XPOS = upos[i], xpos[i]
			w.Lemma = l.Lemma(norm[i], upos[i], xpos[i])
		}
		out[si] = s
	}
	return out
}

// jkAccuracy is UPOS, XPOS and lemma accuracy of pred against gold over
// the sentences idx.
func jkAccuracy(gold, pred []conllu.Sentence, idx []int) [3]float64 {
	var n, u, x, l int
	for _, si := range idx {
		for i, w := range gold[si].Words {
			p := pred[si].Words[i]
			n++
			if p.UPOS == w.UPOS {
				u++
			}
			if p.XPOS == w.XPOS {
				x++
			}
			if p.Lemma == w.Lemma {
				l++
			}
		}
	}
	d := float64(max(n, 1)) / 100
	return [3]float64{float64(u) / d, float64(x) / d, float64(l) / d}
}

// ShippedJackknifeOptions and ShippedParserJackknifeOptions are the options
// of the shipped model (model/parser.txt): 5 folds, seed 1, gold and
// predicted copies of every sentence, 8 parser epochs, extended templates
// with word clusters of 64 and 256 classes (the caller supplies
// ClusterText: ReadParserClusterText), weights pruned at 1.1 when saved.
var (
	ShippedJackknifeOptions       = JackknifeOptions{Folds: 5, Seed: 1, WithGold: true}
	ShippedParserJackknifeOptions = ParserTrainOptions{Epochs: 8, Seed: 1, Clusters: []int{64, 256}, SavePrune: 1.1}
)

// TrainParserJackknife trains the parser on jackknifed predicted tags and
// lemmas (ParserJackknife(train, jopt)) rather than gold ones, so that it
// learns the tagger's errors it will meet in use. When devTagger and
// devLemma are not nil (normally the shipped tagger and lemmatizer), the
// epoch is chosen by dev LAS with their predicted tags and lemmas, and the
// per-epoch "dev" scores in the log are with those; otherwise with gold
// dev tags. The result is deterministic for the same data, models and
// options (the shipped model is TrainParserJackknife(train, dev, shipped
// tagger, shipped lemmatizer, ShippedJackknifeOptions,
// ShippedParserJackknifeOptions)).
func TrainParserJackknife(train, dev []conllu.Sentence, devTagger *Tagger, devLemma *Lemmatizer,
	jopt JackknifeOptions, opt ParserTrainOptions, log io.Writer) (*Parser, error) {
	if log == nil {
		log = io.Discard
	}
	if opt.TrainTags != nil {
		return nil, errors.New("syntax: TrainParserJackknife sets the training tags itself")
	}
	start := time.Now()
	var jtrain []conllu.Sentence
	var err error
	if jopt.Cache != "" {
		if _, serr := os.Stat(jopt.Cache); serr == nil {
			jtrain, err = conllu.ReadFile(jopt.Cache)
			if err == nil && len(jtrain) != len(train) {
				err = fmt.Errorf("%d sentences, train has %d", len(jtrain), len(train))
			}
			if err != nil {
				return nil, fmt.Errorf("syntax: jackknife cache %s: %w", jopt.Cache, err)
			}
			fmt.Fprintf(log, "parser jackknife: read %s\n", jopt.Cache)
		}
	}
	if jtrain == nil {
		jtrain, err = ParserJackknife(train, jopt, log)
		if err != nil {
			return nil, err
		}
		if jopt.Cache != "" {
			if err := jkWrite(jopt.Cache, jtrain); err != nil {
				return nil, err
			}
		}
	}
	fmt.Fprintf(log, "parser jackknife: tagged train in %.0fs\n", time.Since(start).Seconds())
	if jopt.WithGold {
		jtrain = append(slices.Clone(train), jtrain...)
		fmt.Fprintln(log, "parser jackknife: training on gold and predicted copies of every sentence")
	}
	if devTagger != nil && devLemma != nil && len(dev) > 0 {
		dev = ParserPredicted(devTagger, devLemma, dev)
		opt.DevTags, opt.DevTagNoise = nil, 0
		fmt.Fprintln(log, "parser jackknife: dev scores below are with predicted tags and lemmas")
	}
	return TrainParser(jtrain, dev, opt, log)
}

func jkWrite(path string, ss []conllu.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("syntax: jackknife cache: %w", err)
	}
	if err := conllu.Write(f, ss); err != nil {
		f.Close()
		return fmt.Errorf("syntax: jackknife cache %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("syntax: jackknife cache %s: %w", path, err)
	}
	return nil
}
