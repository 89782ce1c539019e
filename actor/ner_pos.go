package actor

// Part-of-speech features for NER (feature bit nfPOS). The tags are dyad's
// own tagger's (syntax package, model/tagger.bin.zst): the pipeline's syntax
// stage fills doc.Token.UPOS before the actor stage, and Entities reads
// them from there; where a caller gives no tags (Tag with nil, TagDocument,
// DocumentSpans) the recogniser tags the words itself with the same
// tagger. Training tags its sentences with it too, so that the features
// seen in training are the ones seen when tagging.

import (
	"fmt"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/model"
	"github.com/dyadproject/dyad/syntax"
)

var (
	nerPOSOnce sync.Once
	nerPOS     *syntax.Tagger
	nerPOSErr  error
)

// nerPOSTagger loads the embedded part-of-speech tagger once per process.
func nerPOSTagger() (*syntax.Tagger, error) {
	nerPOSOnce.Do(func() {
		r, err := model.Open("tagger.bin.zst")
		if err != nil {
			nerPOSErr = fmt.Errorf("ner: part-of-speech tagger: %w", err)
			return
		}
		if nerPOS, err = syntax.LoadTagger(r); err != nil {
			nerPOSErr = fmt.Errorf("ner: part-of-speech tagger: %w", err)
		}
	})
	return nerPOS, nerPOSErr
}

// nerQuotes maps curly quotes to straight ones, as the syntax stage does
// before tagging.
var nerQuotes = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)

// TagUPOS returns the universal part-of-speech tag of every word, by the
// embedded tagger as the syntax stage runs it.
func TagUPOS(words []string) ([]string, error) {
	t, err := nerPOSTagger()
	if err != nil {
		return nil, err
	}
	norm := make([]string, len(words))
	for i, w := range words {
		if strings.ContainsAny(w, "‘’“”") {
			w = nerQuotes.Replace(w)
		}
		norm[i] = w
	}
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	if len(words) > 0 {
		t.Tag(norm, upos, xpos)
	}
	return upos, nil
}

// usesPOS reports whether the model has part-of-speech features.
func (n *NER) usesPOS() bool { return n.feats&nfPOS != 0 }

// fillPOS returns upos with every sentence that lacks tags (nil, or not
// one tag a word) tagged by the embedded tagger; nil when the model uses
// no part-of-speech features. A tagger that cannot be loaded leaves the
// sentences without tags (their features then say "no tag").
func (n *NER) fillPOS(sents [][]string, upos [][]string) [][]string {
	if !n.usesPOS() {
		return nil
	}
	out := make([][]string, len(sents))
	for si, words := range sents {
		if si < len(upos) && len(upos[si]) == len(words) && complete(upos[si]) {
			out[si] = upos[si]
			continue
		}
		if t, err := TagUPOS(words); err == nil {
			out[si] = t
		}
	}
	return out
}

func complete(tags []string) bool {
	for _, t := range tags {
		if t == "" {
			return false
		}
	}
	return true
}

// tagTrainingPOS fills the UPOS of training sentences that have none.
func tagTrainingPOS(train []NERSentence) error {
	for i := range train {
		s := &train[i]
		if len(s.UPOS) == len(s.Words) && complete(s.UPOS) {
			continue
		}
		t, err := TagUPOS(s.Words)
		if err != nil {
			return err
		}
		s.UPOS = t
	}
	return nil
}

// NERFeaturePOS is the feature bit of the part-of-speech templates, for
// NERTrainOptions.AddFeatures.
const NERFeaturePOS = nfPOS
