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

// Twenty-first round: every missed gold cue of a PolNeAR compartment filed
// by what became of it: proposed and then dropped (by the candidate filter,
// because another quote covers it, the passive filter, no content found),
// or never proposed, and then by the brief's classes ("according to",
// "in a statement", a noun cue, "the report found", "X, who said", a cue
// whose content lies in another sentence, a cue inside a quotation or in
// another quote's content, a headline, a verb outside the cue lexicon),
// with what each class is worth in cue F1 if all its cues were found. The
// first class that applies wins.
//
//	DYAD_QUOTES_R21=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  [DYAD_QUOTES_HOT_MODELS=/tmp/folds] DYAD_QUOTES_R21_OUT=/tmp/r21.txt \
//	  go test ./eval -run 'TestQuotesMissClasses$' -v
func TestQuotesMissClasses(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R21")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	miss := map[string]int{}
	samples := map[string][]string{}
	var s QuoteScore
	run := func(i int) {
		b, d := bds[i], docs[i]
		tr := quote.Trace(d)
		scores := quote.CueScores(d)
		quoted := quote.Quoted(d)
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
		for _, g := range missedCues(b.Gold, d.Quotes) {
			start := g.Frags[0][0]
			txt := ""
			for _, f := range g.Frags {
				txt += b.Text[f[0]:f[1]] + " "
			}
			txt = strings.TrimSpace(txt)
			ti := missedCueHead(d, g.Frags[0][0], g.Frags[len(g.Frags)-1][1])
			if ti < 0 {
				miss["no-token"]++
				continue
			}
			k := missClass(b, d, tr, scores, quoted, ti, g, txt)
			miss[k]++
			miss["ALL"]++
			top := k[:strings.IndexByte(k+" ", ' ')]
			if top != k {
				miss[top+" (all)"]++
			}
			if len(samples[k]) < 15 {
				samples[k] = append(samples[k], fmt.Sprintf("%.1f %s %s | %s | %s", scores[ti], d.Tokens[ti].Deprel, strings.TrimSpace(tr[ti]), txt, short(sentenceAround(b.Text, start))))
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
		lines = append(lines, fmt.Sprintf("MISS %-44s %5d  F1 +%.2f (R +%.2f)", k, n,
			f1(c.MatchedPred+n, c.Pred+n, c.MatchedGold+n, c.Gold)-base, 100*float64(n)/float64(c.Gold)))
	}
	sort.Strings(lines)
	writeClassLines(t, lines, samples, "DYAD_QUOTES_R21_OUT")
}

var reportNouns = map[string]bool{"report": true, "poll": true, "survey": true, "study": true, "analysis": true,
	"data": true, "memo": true, "document": true, "review": true, "audit": true, "investigation": true, "research": true}

// missClass files a missed gold cue whose head token is ti: "cand …" when
// a rule or the fallback proposed it, "never …" otherwise.
func missClass(b BratDoc, d *doc.Document, tr map[int]string, scores []float64, quoted []bool, ti int, g BratSpan, txt string) string {
	tk := d.Tokens[ti]
	why := tr[ti]
	band := "neg"
	switch sc := scores[ti]; {
	case sc > quote.CueThreshold:
		band = "high"
	case sc > 0:
		band = "pos"
	}
	switch {
	case strings.Contains(why, "rej-filter"):
		return "cand filter-dropped " + band
	case strings.Contains(why, "rej-cue-covered"), strings.Contains(why, "rej-content-covered"):
		return "cand covered " + band
	case strings.Contains(why, "rej-declined"):
		return "cand declined"
	case strings.Contains(why, "fallback-agentless"):
		return "cand agentless-passive " + band
	case strings.Contains(why, "fallback-no-deps"):
		return "cand no-content " + band + " " + tk.UPOS
	case strings.Contains(why, "cand"):
		return "cand other " + strings.TrimSpace(why)
	}
	low := strings.ToLower(txt)
	lem := strings.ToLower(tk.Lemma)
	sent := tk.Sentence
	// the sentence's first token, and whether a gold content lies in it
	s0 := ti
	for s0 > 0 && d.Tokens[s0-1].Sentence == sent {
		s0--
	}
	s1 := ti
	for s1+1 < len(d.Tokens) && d.Tokens[s1+1].Sentence == sent {
		s1++
	}
	contentHere := false
	for _, c := range b.Gold {
		if c.Role == "Content" && c.Overlaps(d.Tokens[s0].Start, d.Tokens[s1].End) {
			contentHere = true
		}
	}
	relSubj := false
	for _, c := range d.Tokens {
		if c.Head == ti && strings.HasPrefix(c.Deprel, "nsubj") {
			l := strings.ToLower(c.Lemma)
			if l == "who" || l == "which" || l == "that" {
				relSubj = true
			}
		}
	}
	reportSubj := false
	for _, c := range d.Tokens {
		if c.Head == ti && strings.HasPrefix(c.Deprel, "nsubj") && reportNouns[strings.ToLower(c.Lemma)] {
			reportSubj = true
		}
	}
	inContent := false
	for _, q := range d.Quotes {
		if q.Content.Start <= tk.Start && tk.End <= q.Content.End {
			inContent = true
		}
	}
	headline := !strings.Contains(b.Text[:tk.Start], "\n")
	switch {
	case strings.Contains(low, "according"):
		return "never according-to"
	case headline:
		return "never headline"
	case quoted[ti]:
		return "never inside-quotation"
	case inContent:
		return "never inside-content " + band + " " + tk.UPOS
	case tk.UPOS == "ADP" || strings.HasPrefix(low, "in a ") || strings.HasPrefix(low, "in an "):
		return "never preposition " + low
	case !contentHere:
		return "never content-other-sentence " + tk.UPOS
	case relSubj:
		return "never who-said " + band
	case reportSubj:
		return "never report-found " + band
	}
	switch tk.UPOS {
	case "NOUN", "PROPN":
		if _, that := thatChild(d, ti); that {
			return "never noun-that-clause " + band
		}
		for _, c := range d.Tokens {
			if c.Head == ti && c.Deprel == "nmod:poss" {
				return "never noun-possessor " + band
			}
		}
		if speechNouns[lem] {
			return "never noun-of-speech " + band
		}
		return "never noun-other " + band
	case "VERB", "AUX":
		cl, ob, sp := quote.CueLexicon(lem)
		switch {
		case sp:
			return "never speech-verb " + band
		case cl || ob:
			return "never table-verb " + band
		}
		return "never verb-off-table " + band
	}
	return "never other-" + tk.UPOS + " " + band
}

func init() {
	cvSwitches["coveredtrim"] = &quote.CoveredTrim
}

// TestQuotesSwitchAdds lists the quotes whose cue a switch list
// (DYAD_QUOTES_R21_FLIP, cvSwitches names, flipped) adds or removes, with
// whether the cue matches a gold cue, held out with DYAD_QUOTES_HOT_MODELS:
//
//	DYAD_QUOTES_R21A=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_HOT_MODELS=/tmp/folds DYAD_QUOTES_R21_FLIP=coveredtrim go test ./eval -run 'TestQuotesSwitchAdds$' -v
func TestQuotesSwitchAdds(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R21A")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	var flips []*bool
	for _, n := range strings.Split(os.Getenv("DYAD_QUOTES_R21_FLIP"), ",") {
		if cvSwitches[n] == nil {
			t.Fatalf("no switch %q", n)
		}
		flips = append(flips, cvSwitches[n])
	}
	flip := func() {
		for _, p := range flips {
			*p = !*p
		}
	}
	tally := map[string]int{}
	eachHeldOut(t, bds, dir, func(i int) {
		b, d := bds[i], docs[i]
		quote.Attribute(d)
		on := append([]doc.Quote(nil), d.Quotes...)
		flip()
		quote.Attribute(d)
		off := append([]doc.Quote(nil), d.Quotes...)
		flip()
		key := func(q doc.Quote) string {
			if q.Cue == nil {
				return ""
			}
			return fmt.Sprint(q.Cue.Start)
		}
		has := map[string]bool{}
		for _, q := range off {
			has[key(q)] = true
		}
		for _, q := range on {
			if q.Cue == nil || has[key(q)] {
				continue
			}
			right := false
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(q.Cue.Start, q.Cue.End) {
					right = true
				}
			}
			cont := false
			for _, g := range b.Gold {
				if g.Role == "Content" && g.Overlaps(q.Content.Start, q.Content.End) {
					cont = true
				}
			}
			tally[fmt.Sprint("added cue-right=", right, " content-overlaps-gold=", cont)]++
			t.Logf("ADD %v %v | %s | %s | %s", right, cont, q.Cue.Text, short(q.Content.Text), short(sentenceAround(b.Text, q.Cue.Start)))
		}
		hasOn := map[string]bool{}
		for _, q := range on {
			hasOn[key(q)] = true
		}
		for _, q := range off {
			if q.Cue == nil || hasOn[key(q)] {
				continue
			}
			right := false
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(q.Cue.Start, q.Cue.End) {
					right = true
				}
			}
			tally[fmt.Sprint("removed cue-right=", right)]++
			t.Logf("DEL %v | %s | %s", right, q.Cue.Text, short(sentenceAround(b.Text, q.Cue.Start)))
		}
	})
	for k, n := range tally {
		t.Logf("TALLY %s %d", k, n)
	}
}
