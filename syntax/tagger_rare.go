package syntax

// A rare-word model (session 13). WordNet lexicon features (TrainOptions.
// Lexicon) help the tagger most on words it has seen rarely or never, but
// a tagger retrained with them also moves the tags of frequent words, to
// which the rules downstream (events, quotes, places) and their tests
// were fitted. So a tagger may carry a second, lexicon-trained model for
// rare words: the main model tags the sentence as it would alone, and the
// rare words (RareWords: those seen fewer than Below times in training,
// by normalised form, unseen words included; with Lower only those
// without a capital letter) take the label the second model gives them
// when it tags the same sentence, or with a Vote the label both models'
// summed scores prefer. Every other word keeps the main model's label,
// and the second model runs only on sentences with a rare word.

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/dyadproject/dyad/conllu"
)

// RareWords says which words a tagger's rare-word model tags, and how.
type RareWords struct {
	// Below: the words seen fewer times in training (by normalised form)
	// are rare; 1 makes the unseen words rare (the default).
	Below int
	// Lower keeps the rare words to those without a capital letter.
	Lower bool
	// Vote, when > 0, gives a rare word the label that maximises the main
	// model's final-pass scores plus Vote times the rare-word model's; 0
	// gives it the rare-word model's label.
	Vote float32
	// Margin, when > 0, keeps the rare words to those where the main
	// model is unsure: the margin of its best final-pass score over the
	// second best is below Margin.
	Margin float32
	// Window, when > 0, has the rare-word model tag only the words within
	// Window of a rare word, each such stretch as a sentence, rather than
	// the whole sentence.
	Window int
}

// ShippedRareWords are the rare words of the shipped tagger
// (model/tagger.txt): the words never seen in EWT train that have no
// capital letter and where the main model's best final-pass score leads
// the second by less than 40, their label chosen by the two models'
// summed final-pass scores with the rare-word model's counted twice, the
// rare-word model tagging 5 words either side of them.
var ShippedRareWords = RareWords{Below: 1, Lower: true, Vote: 2, Margin: 40, Window: 5}

// ShippedTaggerOptions returns the options of the shipped tagger: the
// default model, and a rare-word model for ShippedRareWords trained with
// the word lexicon of the WordNet database in wordnetDir (ReadWordNet;
// Debian's wordnet-base installs it in /usr/share/wordnet) on w0 only, for
// the training words seen fewer than 5 times.
func ShippedTaggerOptions(wordnetDir string) (TrainOptions, error) {
	lx, err := ReadWordNet(wordnetDir)
	if err != nil {
		return TrainOptions{}, err
	}
	rare := &TrainOptions{Lexicon: lx, LexiconRare: 5, LexiconNoCtx: true}
	return TrainOptions{Rare: rare, RareWords: ShippedRareWords}, nil
}

// tgTrainWithRare trains the tagger of opt and then its rare-word model
// (opt.Rare), and joins them (TrainTagger with opt.Rare set).
func tgTrainWithRare(train, dev []conllu.Sentence, opt TrainOptions, log io.Writer) (*Tagger, error) {
	ro := *opt.Rare
	opt.Rare, ro.Rare = nil, nil
	t, err := TrainTagger(train, dev, opt, log)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "tagger: the rare-word model (%+v)\n", opt.RareWords)
	r, err := TrainTagger(train, dev, ro, log)
	if err != nil {
		return nil, err
	}
	h, err := t.WithRareModel(r, train, opt.RareWords)
	if err != nil {
		return nil, err
	}
	if len(dev) > 0 {
		sc := EvalTaggerScores(h, nil, dev)
		fmt.Fprintf(log, "tagger: with the rare-word model: dev joint %.2f UPOS %.2f XPOS %.2f\n", 100*sc.Both, 100*sc.UPOS, 100*sc.XPOS)
	}
	return h, nil
}

// WithRareModel returns a tagger that tags as t except for the rare words
// (rw; counted in train, t's and r's training data), which take their
// labels from r, or from both models with rw.Vote. t and r must have the
// same labels, as two taggers trained on the same data do; t's own
// rare-word model, if any, is replaced.
func (t *Tagger) WithRareModel(r *Tagger, train []conllu.Sentence, rw RareWords) (*Tagger, error) {
	counts := map[uint64]int{}
	var buf []byte
	for _, s := range train {
		for _, w := range s.Words {
			buf = tgNormalize(buf[:0], w.Form)
			counts[HashBytes(HashSeed, buf)]++
		}
	}
	frequent := map[uint64]struct{}{}
	for h, n := range counts {
		if n >= rw.Below {
			frequent[h] = struct{}{}
		}
	}
	return t.withRare(r.withoutRare(), frequent, rw)
}

// withRare returns t with the rare-word model r for rw, the words whose
// normalised-form hash is not in frequent.
func (t *Tagger) withRare(r *Tagger, frequent map[uint64]struct{}, rw RareWords) (*Tagger, error) {
	switch {
	case rw.Below <= 0:
		return nil, errors.New("syntax: rare-word threshold must be positive")
	case !(rw.Vote >= 0) || math.IsInf(float64(rw.Vote), 0) || !(rw.Margin >= 0) || math.IsInf(float64(rw.Margin), 0):
		return nil, errors.New("syntax: bad rare-word vote or margin")
	case !slices.Equal(t.upos, r.upos) || !slices.Equal(t.xpos, r.xpos):
		return nil, errors.New("syntax: the rare-word model's labels differ from the tagger's")
	}
	nt := t.withoutRare()
	nt.rare, nt.frequent, nt.rareWords = r, frequent, rw
	return nt, nil
}

// withoutRare returns a tagger with t's model and no rare-word model
// (sharing t's read-only parts).
func (t *Tagger) withoutRare() *Tagger {
	return &Tagger{upos: t.upos, xpos: t.xpos, feat: t.feat, levels: t.levels, lex: t.lex, wordLex: t.wordLex,
		w: t.w, block: t.block, nBlock: t.nBlock, beam: t.beam, vote: t.vote}
}

// isRare reports whether the prepared token tk is a rare word.
func (t *Tagger) isRare(tk *tgTok) bool {
	if t.rareWords.Lower && tk.flags&tgHasUpper != 0 {
		return false
	}
	_, ok := t.frequent[tk.norm]
	return !ok
}

// weak reports whether word i of the sentence t has tagged using s is
// rare and, with a margin, one the main model is unsure of.
func (t *Tagger) weak(s *tgScratch, i int) bool {
	tk := &s.toks[i+2]
	if !t.isRare(tk) {
		return false
	}
	if t.rareWords.Margin <= 0 || !s.keepFinal || tk.dict >= 0 {
		return true
	}
	L := len(t.upos)
	sc := s.final[i*L : (i+1)*L]
	b, a := tgTop2(sc)
	return sc[b]-sc[a] < t.rareWords.Margin
}

// tagRare relabels the rare words of the sentence words, which t has
// tagged with labels using s: the rare-word model tags the sentence (or
// with a window the stretches of words around the rare ones) too, and a
// rare word takes its label, or with a vote the label of the best summed
// final-pass scores (s.final, kept by tagLabels). The rare-word model's
// passes stop after the last rare word of a stretch (tagLabelsTo).
func (t *Tagger) tagRare(s *tgScratch, words []string, labels []int32) {
	L := len(t.upos)
	rw := t.rareWords
	n := len(labels)
	weak := s.weakWords(t, n)
	var rs *tgScratch
	for i := 0; i < n; i++ {
		if !weak[i] {
			continue
		}
		// The stretch [lo, hi) the rare-word model tags: the sentence, or
		// rw.Window words either side of this rare word and of the rare
		// words within that reach; last is the last rare word in it.
		lo, hi, last := 0, n, i
		if rw.Window > 0 {
			lo, hi = max(0, i-rw.Window), min(n, i+rw.Window+1)
		}
		for j := i + 1; j < hi; j++ {
			if weak[j] {
				last = j
				if rw.Window > 0 {
					hi = min(n, j+rw.Window+1)
				}
			}
		}
		if rs == nil {
			rs = t.rare.getScratch()
			rs.keepFinal = s.keepFinal && rw.Vote > 0
		}
		rl := t.rare.tagLabelsTo(rs, words[lo:hi], last+1-lo)
		for j := i; j <= last; j++ {
			k := j - lo // j in the stretch
			switch {
			case !weak[j]:
			case !rs.keepFinal || s.toks[j+2].dict >= 0 || rs.toks[k+2].dict >= 0:
				// Without scores: no vote, or a dictionary word (never unseen).
				labels[j] = rl[k]
			default:
				sc, rsc := s.final[j*L:(j+1)*L], rs.final[k*L:(k+1)*L]
				best := 0
				for c := range sc {
					if sc[c]+rw.Vote*rsc[c] > sc[best]+rw.Vote*rsc[best] {
						best = c
					}
				}
				labels[j] = int32(best)
			}
		}
		i = hi - 1
	}
	if rs != nil {
		t.rare.pool.Put(rs)
	}
}

// weakWords returns, in s, whether each of the n words t has tagged using
// s is weak (Tagger.weak).
func (s *tgScratch) weakWords(t *Tagger, n int) []bool {
	if cap(s.weak) < n {
		s.weak = make([]bool, n)
	}
	w := s.weak[:n]
	for i := range w {
		w[i] = t.weak(s, i)
	}
	return w
}
