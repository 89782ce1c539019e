package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesLook prints, for each sentence of a PolNeAR compartment (train)
// that holds the text DYAD_QUOTES_LOOK_FIND, its tokens with their parse,
// the predicted quotes and the gold spans that touch it: for reading one
// train error at a time (shipped model, trained on train itself).
//
//	DYAD_QUOTES_LOOK=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_LOOK_FIND="said on Thursday that" go test ./eval -run TestQuotesLook -v
func TestQuotesLook(t *testing.T) {
	find := os.Getenv("DYAD_QUOTES_LOOK_FIND")
	if find == "" {
		t.Skip("DYAD_QUOTES_LOOK_FIND not set")
	}
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_LOOK")
	var out strings.Builder
	for i, b := range bds {
		at := strings.Index(b.Text, find)
		if at < 0 {
			continue
		}
		d := docs[i]
		tr := quote.Trace(d)
		scores := quote.CueScores(d)
		for _, s := range d.Sentences {
			if s.Start > at || s.End <= at {
				continue
			}
			fmt.Fprintf(&out, "=== %s [%d,%d)\n", b.Name, s.Start, s.End)
			lookSentence(&out, d, s, scores, tr)
			for _, g := range b.Gold {
				if g.Frags[0][0] >= s.End || g.Frags[len(g.Frags)-1][1] <= s.Start {
					continue
				}
				var parts []string
				for _, f := range g.Frags {
					parts = append(parts, b.Text[f[0]:f[1]])
				}
				fmt.Fprintf(&out, "  GOLD %-7s %q\n", g.Role, short(strings.Join(parts, " … ")))
			}
		}
	}
	t.Log("\n" + out.String())
}

// lookSentence writes sentence s of d for reading: each token with its
// parse, the cue detector's score and trace, then the quotes whose content
// touches the sentence.
func lookSentence(out *strings.Builder, d *doc.Document, s doc.Sentence, scores []float64, tr map[int]string) {
	for ti := s.TokenStart; ti < s.TokenEnd; ti++ {
		tk := d.Tokens[ti]
		h := "ROOT"
		if tk.Head >= 0 {
			h = d.Tokens[tk.Head].Lemma
		}
		fmt.Fprintf(out, "  %3d %-14s %-5s %-4s %-10s <- %3d %-12s %6.1f %s\n", ti, d.Text[tk.Start:tk.End], tk.UPOS, tk.XPOS, tk.Deprel, tk.Head, h, scores[ti], tr[ti])
	}
	for _, q := range d.Quotes {
		if q.Content.End < s.Start || q.Content.Start > s.End {
			continue
		}
		src, cue := "-", "-"
		if q.Source != nil {
			src = q.Source.Text
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		fmt.Fprintf(out, "  PRED [%s] src=%q cue=%q content=%q\n", q.Kind, src, cue, short(q.Content.Text))
	}
}
