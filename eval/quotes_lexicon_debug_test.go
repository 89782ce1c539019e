package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestQuotesLexicon rebuilds quote/cues.tsv: for each verb lemma outside
// quotation marks in a PolNeAR compartment (train only), how often it is a
// gold cue when dyad's parser gives it a clausal complement, and when it
// gives it an object or open complement. Lemmas with fewer than 2 cues of
// either kind are left out.
//
//	DYAD_QUOTES_LEX=../shared/data/polnear/data/train DYAD_QUOTES_LEX_OUT=quote/cues.tsv \
//	  go test ./eval -run TestQuotesLexicon -v
func TestQuotesLexicon(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_LEX")
	type c struct{ all, cue, call, ccue, oall, ocue int }
	counts := map[string]*c{}
	for i, b := range bds {
		d := docs[i]
		kids := make([][]int, len(d.Tokens))
		for i, tk := range d.Tokens {
			if tk.Head >= 0 {
				kids[tk.Head] = append(kids[tk.Head], i)
			}
		}
		quoted := quote.Quoted(d)
		for ti, tk := range d.Tokens {
			if tk.UPOS != "VERB" || quoted[ti] {
				continue
			}
			cc, oc := false, false
			for _, k := range kids[ti] {
				switch d.Tokens[k].Deprel {
				case "ccomp":
					cc = true
				case "xcomp", "obj":
					oc = true
				}
			}
			k := counts[tk.Lemma]
			if k == nil {
				k = &c{}
				counts[tk.Lemma] = k
			}
			k.all++
			if cc {
				k.call++
			} else if oc {
				k.oall++
			}
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(tk.Start, tk.End) {
					k.cue++
					if cc {
						k.ccue++
					} else if oc {
						k.ocue++
					}
					break
				}
			}
		}
	}
	var ls []string
	for l := range counts {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	path := os.Getenv("DYAD_QUOTES_LEX_OUT")
	if path == "" {
		path = filepath.Join(os.TempDir(), "cues.tsv")
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	fmt.Fprint(out, cuesHeader)
	for _, l := range ls {
		k := counts[l]
		if k.ccue >= 2 || k.ocue >= 2 {
			fmt.Fprintf(out, "%s\t%d\t%d\t%d\t%d\n", l, k.ccue, k.call, k.ocue, k.oall)
		}
	}
	t.Log("wrote ", path)
}

const cuesHeader = "# lemma\tcue_with_ccomp\tverb_with_ccomp\tcue_with_obj_or_xcomp\tverb_with_obj_or_xcomp\n" +
	"# Counts of verb lemmas outside quotation marks (dyad's own parse) that are annotated attribution\n" +
	"# cues in PolNeAR train (Newell, Margolin and Ruths 2018; research use). See NOTICE. Rebuilt by\n" +
	"# TestQuotesLexicon in eval/quotes_lexicon_debug_test.go.\n"
