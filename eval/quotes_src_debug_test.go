package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesSourceErrors lists the quotes of a PolNeAR compartment whose cue
// matches a gold cue but whose source is missing or matches no gold source,
// with the parse around the cue and the gold sources of its sentence, and
// tallies them by the cue's relation; for reading train errors.
//
//	DYAD_QUOTES_SRC=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_SRC_OUT=/tmp/src.txt go test ./eval -run TestQuotesSourceErrors -v
func TestQuotesSourceErrors(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_SRC")
	out, err := os.Create(os.Getenv("DYAD_QUOTES_SRC_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	tally := map[string]int{}
	for i, b := range bds {
		d := docs[i]
		quote.Attribute(d)
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			hit := false
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(q.Cue.Start, q.Cue.End) {
					hit = true
				}
			}
			if !hit {
				continue
			}
			kind := "OK"
			if q.Source == nil {
				kind = "NIL"
			} else {
				sh := false
				for _, g := range b.Gold {
					if g.Role == "Source" && g.Overlaps(q.Source.Start, q.Source.End) {
						sh = true
					}
				}
				if !sh {
					kind = "WRONG"
				}
			}
			v := tokenAt(d, q.Cue.Start)
			if v < 0 {
				continue
			}
			tk := d.Tokens[v]
			hd := "ROOT"
			if tk.Head >= 0 {
				hd = d.Tokens[tk.Head].UPOS + "/" + d.Tokens[tk.Head].Deprel
			}
			key := kind + " " + q.Kind + " " + tk.Deprel + " " + hd
			tally[key]++
			if kind == "OK" {
				continue
			}
			s := d.Sentences[tk.Sentence]
			var gs []string
			for _, g := range b.Gold {
				if g.Role == "Source" && g.Frags[0][0] >= s.Start && g.Frags[0][1] <= s.End {
					gs = append(gs, b.Text[g.Frags[0][0]:g.Frags[0][1]])
				}
			}
			src := "-"
			if q.Source != nil {
				src = q.Source.Text
			}
			fmt.Fprintf(out, "%s | cue=%s | src=%s | gold=%s | %s\n", key, q.Cue.Text, src, strings.Join(gs, " ; "), d.Text[s.Start:s.End])
		}
	}
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return tally[keys[i]] > tally[keys[j]] })
	for _, k := range keys {
		fmt.Fprintf(out, "TALLY %6d %s\n", tally[k], k)
	}
}

func tokenAt(d *doc.Document, start int) int {
	for i, tk := range d.Tokens {
		if tk.Start <= start && start < tk.End {
			return i
		}
	}
	return -1
}
