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

// Nineteenth round: missed and false cues on train filed by the classes of
// the round's brief (noun cues, verbs the cue table lacks, phrasal cues, span
// boundaries, cues inside quotations or contents, clauses without "that",
// nouns with a "that" clause), with what each class costs in cue F1:
// recall (the class's missed gold cues found) and precision (the class's
// false cues dropped), one class at a time.
//
//	DYAD_QUOTES_R19=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  [DYAD_QUOTES_HOT_MODELS=/tmp/folds] DYAD_QUOTES_R19_OUT=/tmp/r19.txt \
//	  go test ./eval -run 'TestQuotesCueClasses$' -v
//
// With DYAD_QUOTES_HOT_MODELS each document is attributed by the detector of
// the fold that did not see it (held out); without it by the shipped model
// (in-sample).

// speechNouns are nouns of saying that PolNeAR marks as cues ("in a
// statement", "his remarks"); for filing errors only.
var speechNouns = map[string]bool{"statement": true, "remark": true, "comment": true, "interview": true,
	"speech": true, "tweet": true, "post": true, "letter": true, "release": true, "announcement": true,
	"testimony": true, "address": true, "op-ed": true, "email": true, "message": true, "report": true}

// thatChild reports whether token ti has a clausal dependent (ccomp, acl)
// marked by "that".
func thatChild(d *doc.Document, ti int) (clause, that bool) {
	for c, tk := range d.Tokens {
		if tk.Head != ti || (tk.Deprel != "ccomp" && tk.Deprel != "acl" && tk.Deprel != "acl:relcl" && tk.Deprel != "xcomp") {
			continue
		}
		if tk.Deprel == "acl:relcl" {
			continue
		}
		clause = true
		for _, m := range d.Tokens {
			if m.Head == c && m.Deprel == "mark" && strings.EqualFold(d.Text[m.Start:m.End], "that") {
				that = true
			}
		}
	}
	return clause, that
}

func hasPrt(d *doc.Document, ti int) bool {
	for _, tk := range d.Tokens {
		if tk.Head == ti && tk.Deprel == "compound:prt" {
			return true
		}
	}
	return false
}

// cueClass files token ti (the head of a missed gold cue or of a false
// predicted cue) by the brief's classes; the first that applies wins.
func cueClass(d *doc.Document, quoted []bool, ti int, spanText string, multi bool) string {
	tk := d.Tokens[ti]
	low := strings.ToLower(spanText)
	lem := strings.ToLower(tk.Lemma)
	switch {
	case strings.Contains(low, "according"):
		return "according-to"
	case quoted[ti]:
		return "inside-quotation"
	}
	for _, q := range d.Quotes {
		if q.Content.Start <= tk.Start && tk.End <= q.Content.End && (q.Cue == nil || q.Cue.End <= tk.Start || q.Cue.Start >= tk.End) {
			return "inside-content"
		}
	}
	switch tk.UPOS {
	case "NOUN", "PROPN":
		if _, that := thatChild(d, ti); that {
			return "noun-that-clause"
		}
		if speechNouns[lem] {
			return "noun-of-speech"
		}
		return "noun-other"
	case "ADJ":
		return "adjective"
	case "VERB", "AUX":
		if hasPrt(d, ti) {
			return "verb-phrasal"
		}
		cl, ob, sp := quote.CueLexicon(lem)
		clause, that := thatChild(d, ti)
		switch {
		case sp && clause && !that:
			return "speech-verb-clause-no-that"
		case sp:
			return "speech-verb"
		case !cl && !ob:
			return "verb-not-in-table"
		case clause && !that:
			return "table-verb-clause-no-that"
		}
		if multi {
			return "table-verb-multiword"
		}
		return "table-verb"
	case "PUNCT":
		return "punct"
	case "ADP":
		return "preposition"
	}
	return "other-" + tk.UPOS
}

// nearSpan reports whether [a0, a1) and [b0, b1) are in the same sentence
// of d with at most one token between them (a cue span boundary error).
func nearSpan(d *doc.Document, a0, a1, b0, b1 int) bool {
	ta0, ta1 := tokenSpan(d, a0, a1)
	tb0, tb1 := tokenSpan(d, b0, b1)
	if ta0 < 0 || tb0 < 0 || d.Tokens[ta0].Sentence != d.Tokens[tb0].Sentence {
		return false
	}
	return tb0-ta1 <= 1 && ta0-tb1 <= 1
}

func tokenSpan(d *doc.Document, s, e int) (int, int) {
	t0, t1 := -1, -1
	for i, tk := range d.Tokens {
		if tk.End > s && tk.Start < e {
			if t0 < 0 {
				t0 = i
			}
			t1 = i + 1
		}
	}
	return t0, t1
}

func TestQuotesCueClasses(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R19")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	miss := map[string]int{}
	fals := map[string]int{}
	samples := map[string][]string{}
	var s QuoteScore
	boundaryPairs := 0
	run := func(i int) {
		b, d := bds[i], docs[i]
		tr := quote.Trace(d)
		scores := quote.CueScores(d)
		quoted := quote.Quoted(d)
		for ti, why := range tr {
			if !strings.Contains(why, "fallback-no-deps") && !strings.Contains(why, "fallback-agentless") {
				continue
			}
			w := "no-deps"
			if strings.Contains(why, "agentless") {
				w = "agentless"
			}
			gold := false
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(d.Tokens[ti].Start, d.Tokens[ti].End) {
					gold = true
				}
			}
			for _, th := range []float64{5, 10, 15, 20, 30} {
				if scores[ti] > th {
					k := fmt.Sprintf("NODEPS %s %s >%g", w, d.Tokens[ti].UPOS, th)
					if gold {
						miss[k]++
					} else {
						fals[k]++
					}
					if th == 10 && w == "no-deps" && len(samples[k]) < 40 {
						samples[k] = append(samples[k], fmt.Sprintf("%v %.1f %s | %s | %s", gold, scores[ti], d.Tokens[ti].Deprel, d.Text[d.Tokens[ti].Start:d.Tokens[ti].End], short(sentenceAround(b.Text, d.Tokens[ti].Start))))
					}
				}
			}
		}
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
		var gcues []BratSpan
		for _, g := range b.Gold {
			if g.Role == "Cue" {
				gcues = append(gcues, g)
			}
		}
		missed := missedCues(b.Gold, d.Quotes)
		var falseCues []doc.Span
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			hit := false
			for _, g := range gcues {
				if g.Overlaps(q.Cue.Start, q.Cue.End) {
					hit = true
				}
			}
			if hit {
				continue
			}
			falseCues = append(falseCues, *q.Cue)
			ti := missedCueHead(d, q.Cue.Start, q.Cue.End)
			if ti < 0 {
				continue
			}
			k := cueClass(d, quoted, ti, q.Cue.Text, strings.Contains(q.Cue.Text, " "))
			for _, g := range gcues {
				if nearSpan(d, q.Cue.Start, q.Cue.End, g.Frags[0][0], g.Frags[len(g.Frags)-1][1]) {
					k = "boundary"
					boundaryPairs++
					break
				}
			}
			// a false cue inside a gold content: a nested cue PolNeAR leaves unmarked
			if k != "boundary" {
				for _, g := range b.Gold {
					if g.Role == "Content" && g.Overlaps(q.Cue.Start, q.Cue.End) {
						k += "/in-gold-content"
						break
					}
				}
			}
			fals[k]++
			fals["ALL"]++
			if len(samples["F "+k]) < 12 {
				samples["F "+k] = append(samples["F "+k], q.Kind+" | "+q.Cue.Text+" | "+short(sentenceAround(b.Text, q.Cue.Start)))
			}
		}
		for _, g := range missed {
			start, end := g.Frags[0][0], g.Frags[len(g.Frags)-1][1]
			ti := missedCueHead(d, g.Frags[0][0], g.Frags[0][1])
			if ti < 0 {
				miss["no-token"]++
				continue
			}
			txt := ""
			for _, f := range g.Frags {
				txt += b.Text[f[0]:f[1]] + " "
			}
			txt = strings.TrimSpace(txt)
			k := cueClass(d, quoted, ti, txt, strings.Contains(txt, " "))
			for _, fc := range falseCues {
				if nearSpan(d, fc.Start, fc.End, start, end) {
					k = "boundary"
					break
				}
			}
			miss[k]++
			miss["ALL"]++
			if k == "inside-content" {
				sc := scores[ti]
				band := "neg"
				if sc > 12 {
					band = ">12"
				} else if sc > 5 {
					band = ">5"
				} else if sc > 0 {
					band = ">0"
				}
				kk := "INCONTENT " + d.Tokens[ti].UPOS + " " + d.Tokens[ti].Deprel + " " + band
				miss[kk]++
				if len(samples["M "+kk]) < 6 {
					samples["M "+kk] = append(samples["M "+kk], fmt.Sprintf("%.1f %s | %s", sc, txt, short(sentenceAround(b.Text, start))))
				}
			}
			if len(samples["M "+k]) < 12 {
				samples["M "+k] = append(samples["M "+k], d.Tokens[ti].Deprel+" | "+txt+" | "+short(sentenceAround(b.Text, start)))
			}
		}
	}
	eachHeldOut(t, bds, dir, run)
	c := s.Cue
	t.Logf("cue %.2f/%.2f/%.2f (pred %d matched %d, gold %d matched %d)", 100*c.P(), 100*c.R(), 100*c.F1(), c.Pred, c.MatchedPred, c.Gold, c.MatchedGold)
	f1 := func(mp, p, mg, g int) float64 {
		pp, rr := float64(mp)/float64(p), float64(mg)/float64(g)
		return 200 * pp * rr / (pp + rr)
	}
	base := f1(c.MatchedPred, c.Pred, c.MatchedGold, c.Gold)
	var lines []string
	for k, n := range miss {
		// recall: the class's missed cues found (one right predicted cue each)
		lines = append(lines, fmt.Sprintf("MISS %-40s %5d  F1 +%.2f (R +%.2f)", k, n,
			f1(c.MatchedPred+n, c.Pred+n, c.MatchedGold+n, c.Gold)-base, 100*float64(n)/float64(c.Gold)))
	}
	for k, n := range fals {
		lines = append(lines, fmt.Sprintf("FALSE %-39s %5d  F1 +%.2f (P +%.2f)", k, n,
			f1(c.MatchedPred, c.Pred-n, c.MatchedGold, c.Gold)-base, 100*(float64(c.MatchedPred)/float64(c.Pred-n)-c.P())))
	}
	sort.Strings(lines)
	lines = append(lines, fmt.Sprintf("boundary pairs (false cue next to a gold cue): %d", boundaryPairs))
	writeClassLines(t, lines, samples, "DYAD_QUOTES_R19_OUT")
}

func init() {
	cvSwitches["leftrest"] = &quote.LeftRest
	cvFloats["leftsc"] = &quote.LeftScore
}

// heldOutScore attributes every document with the detector of the fold
// that did not see it (models in dir, as TestQuotesCV writes them with
// DYAD_QUOTES_CV_SAVE), or with the shipped model when dir is empty, and
// scores them; per-document scores too.
func heldOutScore(t *testing.T, bds []BratDoc, docs []*doc.Document, dir string) (QuoteScore, []QuoteScore) {
	t.Helper()
	if dir == "" {
		return attributeAndScore(bds, docs)
	}
	var s QuoteScore
	per := make([]QuoteScore, len(bds))
	eachHeldOut(t, bds, dir, func(i int) {
		quote.Attribute(docs[i])
		s.ScoreQuoteDoc(bds[i].Gold, docs[i].Quotes)
		per[i].ScoreQuoteDoc(bds[i].Gold, docs[i].Quotes)
	})
	return s, per
}

// TestQuotesRound19 scores a PolNeAR compartment with each variant of
// DYAD_QUOTES_R19_VARIANTS (";"-separated, each the cvSwitches it flips or
// cvFloats it sets, "-" for none), held out with DYAD_QUOTES_HOT_MODELS,
// and counts the annotation files each variant moves against the first:
//
//	DYAD_QUOTES_R19S=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_HOT_MODELS=/tmp/folds DYAD_QUOTES_R19_VARIANTS="leftrest;-;leftsc=5" \
//	  go test ./eval -run 'TestQuotesRound19$' -v
func TestQuotesRound19(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R19S")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	var base []QuoteScore
	for vi, v := range strings.Split(os.Getenv("DYAD_QUOTES_R19_VARIANTS"), ";") {
		var undo []func()
		for _, n := range strings.Split(v, ",") {
			if n == "-" || n == "" {
				continue
			}
			if name, val, ok := strings.Cut(n, "="); ok {
				f := cvFloats[name]
				keep := *f
				fmt.Sscan(val, f)
				undo = append(undo, func() { *f = keep })
				continue
			}
			p := cvSwitches[n]
			if p == nil {
				t.Fatalf("no switch %q", n)
			}
			keep := *p
			*p = !keep
			undo = append(undo, func() { *p = keep })
		}
		s, per := heldOutScore(t, bds, docs, dir)
		for _, u := range undo {
			u()
		}
		logQuoteScore(t, v, s)
		if vi == 0 {
			base = per
			continue
		}
		var w strings.Builder
		for _, r := range []struct {
			name string
			f    func(QuoteScore) OverlapScore
		}{{"cue", func(s QuoteScore) OverlapScore { return s.Cue }}, {"source", func(s QuoteScore) OverlapScore { return s.Source }}, {"content", func(s QuoteScore) OverlapScore { return s.Content }}} {
			up, down := 0, 0
			for i := range bds {
				a, o := r.f(base[i]), r.f(per[i])
				switch {
				case o.F1() > a.F1()+1e-9:
					up++
				case o.F1() < a.F1()-1e-9:
					down++
				}
			}
			fmt.Fprintf(&w, "%s %d up %d down; ", r.name, up, down)
		}
		t.Logf("   files against the first: %s(of %d)", w.String(), len(bds))
	}
}

// TestQuotesBenchRound19 lists what the nineteenth round changes on the
// first DYAD_QUOTES_BENCH bench-news stories, speakers included
// (DYAD_QUOTES_BENCH_CACHE keeps their parse; DYAD_QUOTES_R19_LEFTSC tries
// another LeftScore):
//
//	DYAD_QUOTES_BENCH=600 DYAD_QUOTES_BENCH_CACHE=/tmp/bench600.gob go test ./eval -run TestQuotesBenchRound19 -v
func TestQuotesBenchRound19(t *testing.T) {
	if v := os.Getenv("DYAD_QUOTES_R19_LEFTSC"); v != "" {
		keep := quote.LeftScore
		fmt.Sscan(v, &quote.LeftScore)
		defer func() { quote.LeftScore = keep }()
	}
	set := boolSwitches(t, &quote.LeftRest)
	docs, f := benchCached(t, "/tmp/quote-bench-round19.txt")
	defer f.Close()
	total, added, gone, changed := quotesBenchDiff(docs, f, func() { set(false) }, func() { set(true) }, showQuote(true))
	t.Logf("%d quotes with the nineteenth round; %d added, %d gone, %d changed (listed in %s)", total, added, gone, changed, f.Name())
}

func init() {
	cvFloats["nested"] = &quote.CueNested
	cvFloats["fb"] = &quote.CueFallback
	cvFloats["th"] = &quote.CueThreshold
}

// writeClassLines adds each class's sample lines, in class order, to
// lines and writes them to the file the environment variable env names,
// or logs them when it is unset (the missed- and false-cue tables of
// rounds 19 and 21).
func writeClassLines(t *testing.T, lines []string, samples map[string][]string, env string) {
	t.Helper()
	var sk []string
	for k := range samples {
		sk = append(sk, k)
	}
	sort.Strings(sk)
	for _, k := range sk {
		for _, x := range samples[k] {
			lines = append(lines, "SAMPLE "+k+" | "+x)
		}
	}
	out := os.Getenv(env)
	if out == "" {
		for _, l := range lines {
			t.Log(l)
		}
		return
	}
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
