package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestQuotesTokenDump (session 34) writes one line per word of a PolNeAR
// compartment, held out on train with the fold models of TestQuotesCV
// (DYAD_QUOTES_HOT_MODELS): whether it heads a gold cue (G) and a predicted
// one, lemma, part of speech, relation, head lemma, its dependents'
// relations, detector score, trace, whether it stands inside a quotation
// (Q), a predicted content (C) or a gold content (K), the file and byte
// offset; the sentence for gold and predicted cues. The head of a gold cue
// is M when no predicted cue overlaps the gold one, H when one does; the
// head of a predicted cue T when it overlaps a gold cue, F when not. For counting how often
// a class of words the rules pass by is a gold cue.
//
//	DYAD_QUOTES_R34=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_HOT_MODELS=/tmp/folds DYAD_QUOTES_R34_OUT=/tmp/tokens.txt go test ./eval -run 'TestQuotesTokenDump$' -v
func TestQuotesTokenDump(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R34")
	out, err := os.Create(os.Getenv("DYAD_QUOTES_R34_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	eachHeldOut(t, bds, os.Getenv("DYAD_QUOTES_HOT_MODELS"), func(i int) {
		b, d := bds[i], docs[i]
		scores := quote.CueScores(d)
		tr := quote.Trace(d)
		quote.Attribute(d)
		quoted := quote.Quoted(d)
		gold := make([]byte, len(d.Tokens))
		goldContent := make([]bool, len(d.Tokens))
		for _, g := range b.Gold {
			switch g.Role {
			case "Cue":
				if ti := missedCueHead(d, g.Frags[0][0], g.Frags[0][1]); ti >= 0 {
					gold[ti] = 'M'
					for _, q := range d.Quotes {
						if q.Cue != nil && g.Overlaps(q.Cue.Start, q.Cue.End) {
							gold[ti] = 'H'
						}
					}
				}
			case "Content":
				for ti, tk := range d.Tokens {
					if g.Overlaps(tk.Start, tk.End) {
						goldContent[ti] = true
					}
				}
			}
		}
		pred := make([]byte, len(d.Tokens))
		content := make([]bool, len(d.Tokens))
		for _, q := range d.Quotes {
			if q.Cue != nil {
				if ti := missedCueHead(d, q.Cue.Start, q.Cue.End); ti >= 0 {
					pred[ti] = 'F'
					if goldCueAt(b.Gold, q) {
						pred[ti] = 'T'
					}
				}
			}
			for ti, tk := range d.Tokens {
				if tk.Start >= q.Content.Start && tk.End <= q.Content.End {
					content[ti] = true
				}
			}
		}
		kids := make([][]string, len(d.Tokens))
		for _, tk := range d.Tokens {
			if tk.Head >= 0 {
				kids[tk.Head] = append(kids[tk.Head], tk.Deprel)
			}
		}
		mark := func(c byte) string {
			if c == 0 {
				return "-"
			}
			return string(c)
		}
		flag := func(b bool, c string) string {
			if b {
				return c
			}
			return "-"
		}
		for ti, tk := range d.Tokens {
			if tk.UPOS == "PUNCT" && tk.Lemma != ":" {
				continue
			}
			hl := "-"
			if tk.Head >= 0 {
				hl = strings.ToLower(d.Tokens[tk.Head].Lemma)
			}
			k := append([]string(nil), kids[ti]...)
			sort.Strings(k)
			sent := ""
			if gold[ti] != 0 || pred[ti] != 0 {
				sent = sentenceAround(b.Text, tk.Start)
				if len(sent) > 300 {
					sent = sent[:300]
				}
			}
			fmt.Fprintf(out, "%s%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s%s%s\t%s\t%d\t%s\t%s\n", mark(gold[ti]), mark(pred[ti]),
				strings.ToLower(tk.Lemma), tk.UPOS, tk.Deprel, hl, strings.Join(k, ","), scores[ti], strings.TrimSpace(tr[ti]),
				flag(quoted[ti], "Q"), flag(content[ti], "C"), flag(goldContent[ti], "K"), b.Name, tk.Start, d.Text[tk.Start:tk.End], sent)
		}
	})
}

func init() {
	cvSwitches["audience"] = &quote.AudienceAddress
	cvSwitches["quotedas"] = &quote.QuotedAs
}
