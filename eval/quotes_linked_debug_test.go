package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// goldAtt is one PolNeAR attribution with its linked roles (brat event
// lines), for reading errors by attribution rather than role by role.
type goldAtt struct {
	Source, Cue, Content *BratSpan
}

// readBratLinks reads the attribution events of each annotation file of a
// PolNeAR compartment, in the order ReadBratQuotesDir reads the files. The
// spans are those of bds (same T lines, same order).
func readBratLinks(dir string, bds []BratDoc) ([][]goldAtt, error) {
	annDir := filepath.Join(dir, "attributions")
	if _, err := os.Stat(annDir); err != nil {
		annDir = dir
	}
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	if len(anns) != len(bds) {
		return nil, fmt.Errorf("%d annotation files, %d documents", len(anns), len(bds))
	}
	out := make([][]goldAtt, len(anns))
	for i, ann := range anns {
		f, err := os.Open(ann)
		if err != nil {
			return nil, err
		}
		// T ids of quote roles in file order match bds[i].Gold's order.
		idx := map[string]int{}
		n := 0
		var events [][]string
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) < 2 {
				continue
			}
			if strings.HasPrefix(fields[0], "T") {
				sp := strings.SplitN(fields[1], " ", 2)
				if len(sp) == 2 && isQuoteRole(sp[0]) {
					idx[fields[0]] = n
					n++
				}
			}
			if strings.HasPrefix(fields[0], "E") {
				events = append(events, strings.Fields(fields[1]))
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", ann, err)
		}
		for _, ev := range events {
			var g goldAtt
			for _, arg := range ev {
				rv := strings.SplitN(arg, ":", 2)
				if len(rv) != 2 {
					continue
				}
				j, ok := idx[rv[1]]
				if !ok || j >= len(bds[i].Gold) {
					continue
				}
				sp := &bds[i].Gold[j]
				switch strings.TrimRight(rv[0], "0123456789") {
				case "Source":
					g.Source = sp
				case "Cue":
					g.Cue = sp
				case "Content":
					g.Content = sp
				}
			}
			if g.Cue != nil {
				out[i] = append(out[i], g)
			}
		}
	}
	return out, nil
}

// linkedErrors tallies one held-out document's attributions: gold cues
// found or missed by kind, predicted cues matching no gold cue by kind, and
// for the attributions whose cue was found, whether the predicted source
// matches the linked gold source, by the gold source's kind.
func linkedErrors(tally map[string]int, atts []goldAtt, b BratDoc, d *doc.Document) {
	toks := d.Tokens
	headTok := func(start, end int) int {
		for ti, tk := range toks {
			if tk.End > start && tk.Start < end && (tk.Head < 0 || toks[tk.Head].Start >= end || toks[tk.Head].End <= start) {
				return ti
			}
		}
		return -1
	}
	nWords := func(start, end int) int {
		n := 0
		for _, tk := range toks {
			if tk.End > start && tk.Start < end && tk.UPOS != "PUNCT" {
				n++
			}
		}
		return n
	}
	passive := func(t int) bool {
		for k, tk := range toks {
			if tk.Head == t && (tk.Deprel == "aux:pass" || tk.Deprel == "nsubj:pass") {
				_ = k
				return true
			}
		}
		return false
	}
	cueKind := func(start, end int, nested bool) string {
		txt := strings.ToLower(b.Text[start:end])
		k := "?"
		t := headTok(start, end)
		switch {
		case strings.Contains(txt, "according"):
			k = "according-to"
		case strings.Trim(txt, " :;—–-") == "":
			k = "colon/dash"
		case t < 0:
			k = "?"
		default:
			tk := toks[t]
			switch tk.UPOS {
			case "VERB", "AUX":
				switch tk.Lemma {
				case "say", "tell":
					k = "verb-say/tell"
				default:
					k = "verb-other"
				}
				if passive(t) {
					k += "-passive"
				}
			case "NOUN", "PROPN":
				k = "noun"
			case "ADJ":
				k = "adj"
			case "ADP":
				k = "prep"
			default:
				k = "other-" + tk.UPOS
			}
		}
		if nWords(start, end) > 1 && k != "according-to" {
			k += "+multiword"
		}
		if nested {
			k += "+nested"
		}
		return k
	}
	inGoldContent := func(start, end int, self *goldAtt) bool {
		for i := range atts {
			g := &atts[i]
			if g == self || g.Content == nil {
				continue
			}
			if f := g.Content.Frags; f[0][0] <= start && end <= f[len(f)-1][1] {
				return true
			}
		}
		return false
	}
	cueHit := func(g *BratSpan) []int {
		var out []int
		for qi, q := range d.Quotes {
			if q.Cue != nil && g.Overlaps(q.Cue.Start, q.Cue.End) {
				out = append(out, qi)
			}
		}
		return out
	}
	srcKind := func(g *BratSpan) string {
		st, en := g.Frags[0][0], g.Frags[len(g.Frags)-1][1]
		t := headTok(st, en)
		if t < 0 {
			return "?"
		}
		tk := toks[t]
		n := nWords(st, en)
		var k string
		switch {
		case tk.UPOS == "PRON" && (strings.EqualFold(tk.Lemma, "who") || strings.EqualFold(tk.Lemma, "that") || strings.EqualFold(tk.Lemma, "which")):
			k = "relative"
		case tk.UPOS == "PRON":
			k = "pronoun"
		case tk.UPOS == "PROPN":
			k = "name"
		case tk.UPOS == "NOUN":
			k = "noun"
		default:
			k = "other-" + tk.UPOS
		}
		if strings.Contains(b.Text[st:en], ",") {
			k += "+comma"
		}
		if n > 4 {
			k += "+long"
		}
		return k
	}
	for i := range atts {
		g := &atts[i]
		st, en := g.Cue.Frags[0][0], g.Cue.Frags[0][1]
		kind := cueKind(st, en, inGoldContent(st, en, g))
		hits := cueHit(g.Cue)
		if len(hits) == 0 {
			tally["CUE FN "+kind]++
			tally["CUE FN total"]++
			continue
		}
		tally["CUE TP "+kind]++
		if g.Source == nil {
			hasSrc := false
			for _, qi := range hits {
				if d.Quotes[qi].Source != nil {
					hasSrc = true
				}
			}
			if hasSrc {
				tally["SRC goldnone predsome"]++
			} else {
				tally["SRC goldnone prednone"]++
			}
			continue
		}
		sk := srcKind(g.Source)
		status := "NIL"
		for _, qi := range hits {
			q := d.Quotes[qi]
			if q.Source == nil {
				continue
			}
			if g.Source.Overlaps(q.Source.Start, q.Source.End) {
				status = "OK"
				break
			}
			status = "WRONG"
		}
		// Where the gold source stands from the cue.
		gs := headTok(g.Source.Frags[0][0], g.Source.Frags[len(g.Source.Frags)-1][1])
		ct := headTok(st, en)
		where := "?"
		if gs >= 0 && ct >= 0 {
			switch {
			case toks[gs].Sentence != toks[ct].Sentence:
				where = "othersent"
			case toks[gs].Head == ct:
				where = "dep:" + toks[gs].Deprel
			case gs > ct:
				where = "after"
			default:
				where = "before"
			}
		}
		tally["SRC "+status+" "+sk]++
		tally["SRCWHERE "+status+" "+where]++
		if status != "OK" {
			key := "SRCSAMPLE " + status + " " + sk + " " + where
			if tally[key+" n"] < 60 {
				tally[key+" n"]++
				ps := "-"
				for _, qi := range hits {
					if q := d.Quotes[qi]; q.Source != nil {
						ps = q.Source.Text
					}
				}
				rel := "-"
				if ct >= 0 {
					rel = toks[ct].Deprel
					for _, k := range d.Tokens {
						if k.Head == ct && strings.HasPrefix(k.Deprel, "nsubj") {
							rel += "/subj=" + b.Text[k.Start:k.End]
						}
					}
				}
				tally[key+" | gold="+b.Text[g.Source.Frags[0][0]:g.Source.Frags[0][1]]+" | pred="+ps+" | cue="+b.Text[st:en]+" "+rel+" | "+sentenceAround(b.Text, st)]++
			}
		}
	}
	// Predicted cues that match no gold cue, by kind.
	scores := quote.CueScores(d)
	for _, q := range d.Quotes {
		if q.Cue == nil {
			continue
		}
		hit := false
		for i := range atts {
			if atts[i].Cue.Overlaps(q.Cue.Start, q.Cue.End) {
				hit = true
				break
			}
		}
		res := "FP"
		if hit {
			res = "TP"
		}
		if v := headTok(q.Cue.Start, q.Cue.End); v >= 0 {
			tk := toks[v]
			path := tk.UPOS
			if tk.UPOS == "VERB" {
				c, o, sp := quote.CueLexicon(tk.Lemma)
				switch {
				case sp:
					path = "speech"
				case c && o:
					path = "clause+object"
				case c:
					path = "clause"
				case o:
					path = "object"
				default:
					path = "learned"
				}
			}
			sc := scores[v]
			b := "nan"
			switch {
			case sc < -12:
				b = "a<-12"
			case sc < -5:
				b = "b-12..-5"
			case sc < 0:
				b = "c-5..0"
			case sc < 5:
				b = "d0..5"
			case sc < 12:
				b = "e5..12"
			case sc >= 12:
				b = "f>12"
			}
			tally["PREDB "+q.Kind+" "+path+" "+b+" "+res]++
			tally["PREDL "+tk.Lemma+" "+path+" "+res]++
		}
		if hit {
			continue
		}
		nested := false
		for _, o := range d.Quotes {
			if o.Content.Start <= q.Cue.Start && q.Cue.End <= o.Content.End && o.Cue != q.Cue {
				nested = true
			}
		}
		tally["CUE FP "+q.Kind+" "+cueKind(q.Cue.Start, q.Cue.End, nested)]++
		tally["CUE FP total"]++
		if q.Source != nil {
			sh := false
			for _, gsp := range b.Gold {
				if gsp.Role == "Source" && gsp.Overlaps(q.Source.Start, q.Source.End) {
					sh = true
				}
			}
			if sh {
				tally["SRCFROMFPCUE matched"]++
			} else {
				tally["SRCFROMFPCUE unmatched"]++
			}
		}
	}
}

// writeTally writes a tally to path, keys sorted.
func writeTally(t *testing.T, path string, tally map[string]int) {
	t.Helper()
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, k := range keys {
		fmt.Fprintf(f, "%6d %s\n", tally[k], k)
	}
}
