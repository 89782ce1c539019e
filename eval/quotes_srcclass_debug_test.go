package eval

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// srcClasses splits the held-out source loss of one document (eighth
// round): gold sources lost because their cue was missed (A), gold sources
// of found cues that got no source or a wrong one (B, by kind), and
// predicted sources of false cues (C, in linkedErrors). Tallied under
// "SRCA", "SRCB <kind> <NIL|WRONG>" and "SRCBSAMPLE …" when
// DYAD_QUOTES_CV_LINKED is set.
func srcClasses(tally map[string]int, atts []goldAtt, b BratDoc, d *doc.Document) {
	toks := d.Tokens
	tokAt := func(start, end int) (int, int) {
		t0, t1 := -1, -1
		for ti, tk := range toks {
			if tk.End > start && tk.Start < end {
				if t0 < 0 {
					t0 = ti
				}
				t1 = ti + 1
			}
		}
		return t0, t1
	}
	head := func(t0, t1 int) int {
		for t := t0; t < t1; t++ {
			if h := toks[t].Head; h < t0 || h >= t1 {
				return t
			}
		}
		return t0
	}
	for i := range atts {
		g := &atts[i]
		if g.Source == nil {
			continue
		}
		tally["SRC gold total"]++
		var hits []doc.Quote
		for _, q := range d.Quotes {
			if q.Cue != nil && g.Cue.Overlaps(q.Cue.Start, q.Cue.End) {
				hits = append(hits, q)
			}
		}
		if len(hits) == 0 {
			tally["SRCA cue missed"]++
			continue
		}
		status := "NIL"
		var pred *doc.Span
		for _, q := range hits {
			if q.Source == nil {
				continue
			}
			pred = q.Source
			if g.Source.Overlaps(q.Source.Start, q.Source.End) {
				status = "OK"
				break
			}
			status = "WRONG"
		}
		if status == "OK" {
			tally["SRCB ok"]++
			continue
		}
		gs0, gs1 := tokAt(g.Source.Frags[0][0], g.Source.Frags[len(g.Source.Frags)-1][1])
		c0, c1 := tokAt(g.Cue.Frags[0][0], g.Cue.Frags[0][1])
		if gs0 < 0 || c0 < 0 {
			tally["SRCB ? "+status]++
			continue
		}
		gh, ch := head(gs0, gs1), head(c0, c1)
		gtxt := strings.ToLower(b.Text[g.Source.Frags[0][0]:g.Source.Frags[len(g.Source.Frags)-1][1]])
		ctxt := strings.ToLower(b.Text[g.Cue.Frags[0][0]:g.Cue.Frags[len(g.Cue.Frags)-1][1]])
		passive := false
		for _, k := range toks {
			if k.Head == ch && (k.Deprel == "aux:pass" || k.Deprel == "nsubj:pass") {
				passive = true
			}
		}
		kind := ""
		switch {
		case strings.Contains(ctxt, "according"):
			kind = "according-to"
		case strings.Contains(ctxt, "quoted"):
			kind = "quoted-as-saying"
		case toks[gh].Sentence != toks[ch].Sentence && gs0 < c0:
			kind = "prev-sentence"
		case toks[gh].Sentence != toks[ch].Sentence:
			kind = "next-sentence"
		case toks[gh].UPOS == "PRON" && relativePron(gtxt):
			kind = "relative"
		case toks[gh].UPOS == "PRON":
			kind = "pronoun"
		case passive:
			kind = "passive"
		case toks[ch].Deprel == "conj":
			kind = "coordination"
		case strings.HasPrefix(toks[ch].Deprel, "acl"):
			kind = "cue-in-relative/participle"
		case toks[ch].Deprel == "advcl" || toks[ch].Deprel == "xcomp" || toks[ch].Deprel == "parataxis":
			kind = "cue-" + toks[ch].Deprel
		case toks[gh].Head == ch:
			kind = "direct-dep:" + toks[gh].Deprel
		case gh > ch:
			kind = "after-cue"
		case ch-gs1 > 8:
			kind = "before-far"
		default:
			kind = "before-near"
		}
		// Where the prediction stands against the gold span.
		rel := "none"
		if pred != nil {
			p0, p1 := tokAt(pred.Start, pred.End)
			switch {
			case p0 < 0:
				rel = "?"
			case p1 <= gs0 && toks[p0].Sentence == toks[gh].Sentence:
				rel = "left-of-gold"
			case p0 >= gs1 && toks[p0].Sentence == toks[gh].Sentence:
				rel = "right-of-gold"
			default:
				rel = "other-sentence"
			}
		}
		if strings.Contains(gtxt, ",") {
			kind += "+comma"
		}
		tally["SRCB "+kind+" "+status]++
		// By the cue's part of speech (eleventh round), with samples.
		tally["SRCBPOS "+toks[ch].UPOS+" "+status]++
		if pk := "SRCBPOSSAMPLE " + toks[ch].UPOS + " " + status; toks[ch].UPOS != "VERB" && tally[pk+" n"] < 30 {
			tally[pk+" n"]++
			ps := "-"
			if pred != nil {
				ps = pred.Text
			}
			tally[pk+" | gold="+short(gtxt)+" | pred="+ps+" | cue="+ctxt+" "+toks[ch].Deprel+" | "+short(sentenceAround(b.Text, g.Cue.Frags[0][0]))]++
		}
		tally["SRCBREL "+status+" "+rel]++
		key := "SRCBSAMPLE " + kind + " " + status
		if tally[key+" n"] < 25 {
			tally[key+" n"]++
			ps := "-"
			if pred != nil {
				ps = pred.Text
			}
			tally[key+" | gold="+short(gtxt)+" | pred="+ps+" | cue="+ctxt+" "+toks[ch].Deprel+" | "+short(sentenceAround(b.Text, g.Cue.Frags[0][0]))]++
		}
	}
}

func relativePron(s string) bool {
	switch strings.TrimSpace(s) {
	case "who", "that", "which", "whom":
		return true
	}
	return false
}
