package syntax

import "github.com/dyadproject/dyad/conllu"

// TaggerScores are the accuracies (0–1) of a tagger and lemmatizer over a
// gold treebank, with gold tokenisation (the syntactic words).
type TaggerScores struct {
	Tokens int
	UPOS   float64
	XPOS   float64
	// Both is the share of words with UPOS and XPOS right.
	Both float64
	// Lemma is the lemma accuracy with the predicted tags; LemmaGoldTags
	// with the gold tags.
	Lemma         float64
	LemmaGoldTags float64
}

// EvalTagger tags and lemmatises gold's words and returns the UPOS, XPOS
// and lemma accuracies (0–1). With a nil tagger the gold tags are used (and
// the tag accuracies are 1); with a nil lemmatizer the lemma accuracy is 0.
func EvalTagger(t *Tagger, l *Lemmatizer, gold []conllu.Sentence) (upos, xpos, lemma float64) {
	s := EvalTaggerScores(t, l, gold)
	return s.UPOS, s.XPOS, s.Lemma
}

// EvalTaggerScores is EvalTagger with every score.
func EvalTaggerScores(t *Tagger, l *Lemmatizer, gold []conllu.Sentence) TaggerScores {
	var sc TaggerScores
	var ru, rx, rb, rl, rlg int
	var words, up, xp []string
	for _, s := range gold {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		words, up, xp = words[:0], up[:0], xp[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
			up = append(up, w.UPOS)
			xp = append(xp, w.XPOS)
		}
		if t != nil {
			t.Tag(words, up, xp)
		}
		for i, w := range s.Words {
			sc.Tokens++
			okU, okX := up[i] == w.UPOS, xp[i] == w.XPOS
			if okU {
				ru++
			}
			if okX {
				rx++
			}
			if okU && okX {
				rb++
			}
			if l != nil {
				if l.Lemma(w.Form, up[i], xp[i]) == w.Lemma {
					rl++
				}
				if l.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
					rlg++
				}
			}
		}
	}
	if sc.Tokens == 0 {
		return sc
	}
	d := float64(sc.Tokens)
	sc.UPOS, sc.XPOS, sc.Both = float64(ru)/d, float64(rx)/d, float64(rb)/d
	sc.Lemma, sc.LemmaGoldTags = float64(rl)/d, float64(rlg)/d
	return sc
}
