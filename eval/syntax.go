package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/syntax"
)

// SyntaxScore is the accuracy of the whole syntax stage on given tokens:
// tags, lemmas and parses all predicted, as dyad runs them.
type SyntaxScore struct {
	Sentences, Words                     int
	UPOS, XPOS, Lemma, UAS, LAS, LASFull int // correct counts
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// ScoreSyntax runs the models over the gold sentences' words and counts
// what they get right. LAS compares universal relations (subtypes ignored),
// as the CoNLL 2018 shared task does; LASFull compares full labels.
// Punctuation counts like any word.
func ScoreSyntax(m *syntax.Models, gold []conllu.Sentence) SyntaxScore {
	var sc SyntaxScore
	words := make([]string, 0, 64)
	for _, s := range gold {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		p := m.AnnotateWords(words)
		sc.Sentences++
		for i, w := range s.Words {
			sc.Words++
			if p.UPOS[i] == w.UPOS {
				sc.UPOS++
			}
			if p.XPOS[i] == w.XPOS {
				sc.XPOS++
			}
			if p.Lemmas[i] == w.Lemma {
				sc.Lemma++
			}
			if p.Heads[i] == w.Head {
				sc.UAS++
				if universal(p.Deprels[i]) == universal(w.Deprel) {
					sc.LAS++
				}
				if p.Deprels[i] == w.Deprel {
					sc.LASFull++
				}
			}
		}
	}
	return sc
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// RunSyntax scores the models on a CoNLL-U file and prints a report.
func RunSyntax(path string, m *syntax.Models, w io.Writer) error {
	gold, err := conllu.ReadFile(path)
	if err != nil {
		return err
	}
	sc := ScoreSyntax(m, gold)
	fmt.Fprintf(w, "syntax: %s (given tokens; tags, lemmas and parses predicted)\n", path)
	fmt.Fprintf(w, "  %d sentences, %d words\n", sc.Sentences, sc.Words)
	fmt.Fprintf(w, "  UPOS %6.2f  XPOS %6.2f  lemma %6.2f\n", pct(sc.UPOS, sc.Words), pct(sc.XPOS, sc.Words), pct(sc.Lemma, sc.Words))
	fmt.Fprintf(w, "  UAS  %6.2f  LAS  %6.2f  (full labels %6.2f)\n", pct(sc.UAS, sc.Words), pct(sc.LAS, sc.Words), pct(sc.LASFull, sc.Words))
	return nil
}
