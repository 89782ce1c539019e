package eval

import (
	"encoding/gob"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// verbFrame names how a verb token is used in dyad's parse, for counting
// how often PolNeAR marks each use as a cue: its complement (ccomp, xcomp,
// obj with the object's lemma), a passive with or without a "by" agent.
func verbFrame(d *doc.Document, v int) string {
	toks := d.Tokens
	var obj, xcomp, ccomp, pass, agent = -1, -1, -1, false, false
	for k := range toks {
		if toks[k].Head != v {
			continue
		}
		switch toks[k].Deprel {
		case "obj":
			if obj < 0 {
				obj = k
			}
		case "xcomp":
			xcomp = k
		case "ccomp":
			ccomp = k
		case "aux:pass", "nsubj:pass":
			pass = true
		case "obl", "obl:agent":
			for c := range toks {
				if toks[c].Head == k && toks[c].Deprel == "case" && strings.EqualFold(d.Text[toks[c].Start:toks[c].End], "by") {
					agent = true
				}
			}
		}
	}
	if toks[v].Deprel == "acl" && toks[v].XPOS == "VBN" {
		pass = true
	}
	switch {
	case ccomp >= 0:
		return "ccomp"
	case pass && agent:
		return "pass+by"
	case pass && xcomp >= 0:
		return "pass+xcomp"
	case pass:
		return "pass"
	case xcomp >= 0:
		return "xcomp:" + toks[xcomp].Lemma
	case obj >= 0:
		return "obj:" + strings.ToLower(toks[obj].Lemma)
	}
	return "other"
}

// TestQuotesActCounts counts, for the verb lemmas in DYAD_QUOTES_ACTS
// (comma separated), each use in a PolNeAR compartment (train) by its
// frame (verbFrame): uses, uses inside a gold Cue span, and uses that
// dyad makes a cue of (predicted, and predicted inside a gold Cue):
//
//	DYAD_QUOTES_ACTCOUNT=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_ACTS=sign,accept,recall go test ./eval -run 'TestQuotesActCounts$' -v
//
// Counts per annotation file, as the scorer counts. With
// DYAD_QUOTES_ACTS_SHOW=lemma the sentences of that lemma are printed with
// their frame and gold mark.
func TestQuotesActCounts(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_ACTCOUNT")
	want := map[string]bool{}
	for _, l := range strings.Split(os.Getenv("DYAD_QUOTES_ACTS"), ",") {
		want[l] = true
	}
	show := os.Getenv("DYAD_QUOTES_ACTS_SHOW")
	type cnt struct{ n, gold, pred, predGold int }
	tab := map[string]map[string]*cnt{}
	var shown strings.Builder
	for i, b := range bds {
		d := docs[i]
		quote.Attribute(d)
		predCue := map[int]bool{}
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			for k, tk := range d.Tokens {
				if tk.Start < q.Cue.End && q.Cue.Start < tk.End {
					predCue[k] = true
				}
			}
		}
		for v, tk := range d.Tokens {
			if tk.UPOS != "VERB" || !want[tk.Lemma] {
				continue
			}
			gold := false
			for _, g := range b.Gold {
				if g.Role == "Cue" && g.Overlaps(tk.Start, tk.End) {
					gold = true
				}
			}
			f := verbFrame(d, v)
			m := tab[tk.Lemma]
			if m == nil {
				m = map[string]*cnt{}
				tab[tk.Lemma] = m
			}
			for _, key := range []string{"ALL", f, strings.SplitN(f, ":", 2)[0] + ":*"} {
				if key == f && !strings.Contains(f, ":") {
					continue
				}
				c := m[key]
				if c == nil {
					c = &cnt{}
					m[key] = c
				}
				c.n++
				if gold {
					c.gold++
				}
				if predCue[v] {
					c.pred++
					if gold {
						c.predGold++
					}
				}
			}
			if tk.Lemma == show {
				s := d.Sentences[tk.Sentence]
				mark := "-"
				if gold {
					mark = "G"
				}
				if predCue[v] {
					mark += "P"
				}
				fmt.Fprintf(&shown, "%-3s %-18s %s\n", mark, f, short(strings.ReplaceAll(d.Text[s.Start:s.End], "\n", " ")))
			}
		}
	}
	var w strings.Builder
	var lemmas []string
	for l := range tab {
		lemmas = append(lemmas, l)
	}
	sort.Strings(lemmas)
	for _, l := range lemmas {
		var keys []string
		for k := range tab[l] {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			if tab[l][keys[a]].n != tab[l][keys[b]].n {
				return tab[l][keys[a]].n > tab[l][keys[b]].n
			}
			return keys[a] < keys[b]
		})
		for _, k := range keys {
			c := tab[l][k]
			if c.n < 2 && k != "ALL" {
				continue
			}
			fmt.Fprintf(&w, "%-10s %-24s uses %4d gold %4d pred %4d pred&gold %4d\n", l, k, c.n, c.gold, c.pred, c.predGold)
		}
	}
	t.Log("\n" + w.String() + shown.String())
}

// benchCached returns the first DYAD_QUOTES_BENCH bench-news stories run
// through the stages before quotes, read from or written to the gob cache
// DYAD_QUOTES_BENCH_CACHE when it is set, and the report file (default def).
func benchCached(t *testing.T, def string) ([]*doc.Document, *os.File) {
	t.Helper()
	cache := os.Getenv("DYAD_QUOTES_BENCH_CACHE")
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var docs []*doc.Document
			if err := gob.NewDecoder(f).Decode(&docs); err != nil {
				t.Fatal(err)
			}
			path := os.Getenv("DYAD_QUOTES_BENCH_OUT")
			if path == "" {
				path = def
			}
			out, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			return docs, out
		}
	}
	docs, out := quotesBenchDocs(t, def)
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := gob.NewEncoder(f).Encode(docs); err != nil {
			t.Fatal(err)
		}
	}
	return docs, out
}

// TestQuotesBenchActs lists, on the first DYAD_QUOTES_BENCH bench-news
// stories, every quote whose cue is a verb off the hand list of speech
// verbs, by cue lemma and frame (verbFrame), with its sentence: to read
// which of them are acts rather than attributions.
//
//	DYAD_QUOTES_BENCH=600 DYAD_QUOTES_BENCH_CACHE=/tmp/bench600.gob \
//	  go test ./eval -run 'TestQuotesBenchActs$' -v
func TestQuotesBenchActs(t *testing.T) {
	docs, out := benchCached(t, "/tmp/quote-bench-acts.txt")
	defer out.Close()
	count := map[string]int{}
	total := 0
	var lines []string
	for _, d := range docs {
		quote.Attribute(d)
		total += len(d.Quotes)
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			v := -1
			for k, tk := range d.Tokens {
				if tk.Start == q.Cue.Start {
					v = k
					break
				}
			}
			if v < 0 || d.Tokens[v].UPOS != "VERB" {
				continue
			}
			l := d.Tokens[v].Lemma
			if _, _, speech := quote.CueLexicon(l); speech {
				continue
			}
			f := verbFrame(d, v)
			count[l]++
			src := "-"
			if q.Source != nil {
				src = q.Source.Text
			}
			lines = append(lines, fmt.Sprintf("%-12s %-20s %s [%s] src=%q cue=%q content=%q", l, f, d.ID, q.Kind, src, q.Cue.Text, short(q.Content.Text)))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(out, l)
	}
	var ls []string
	for l := range count {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(a, b int) bool {
		return count[ls[a]] > count[ls[b]] || count[ls[a]] == count[ls[b]] && ls[a] < ls[b]
	})
	var w strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&w, "%s %d, ", l, count[l])
	}
	t.Logf("%d quotes, %d with a verb cue off the speech list; by lemma: %s", total, len(lines), w.String())
}

// round18Names are the cvSwitches of the eighteenth round.
var round18Names = []string{"fbacts", "actobj", "pairspk", "sourcecc"}

func init() {
	cvSwitches["fbacts"] = &quote.FallbackActs
	cvSwitches["actobj"] = &quote.ActObjects
	cvSwitches["pairspk"] = &quote.PairSpeaker
	cvSwitches["sourcecc"] = &quote.SourceCC
}

// TestQuotesBenchRound18 lists what the eighteenth round changes on the
// first DYAD_QUOTES_BENCH bench-news stories, speakers included
// (DYAD_QUOTES_BENCH_CACHE keeps their parse):
//
//	DYAD_QUOTES_BENCH=600 go test ./eval -run TestQuotesBenchRound18 -v
func TestQuotesBenchRound18(t *testing.T) {
	var sw []*bool
	for _, n := range round18Names {
		sw = append(sw, cvSwitches[n])
	}
	set := boolSwitches(t, sw...)
	docs, f := benchCached(t, "/tmp/quote-bench-round18.txt")
	defer f.Close()
	total, added, gone, changed := quotesBenchDiff(docs, f, func() { set(false) }, func() { set(true) }, showQuote(true))
	t.Logf("%d quotes with the eighteenth round; %d added, %d gone, %d changed (listed in %s)", total, added, gone, changed, f.Name())
}

// TestQuotesRound18 scores a PolNeAR compartment on one parse with the
// eighteenth round's switches all off, all on and each one off, and counts
// the annotation files whose F1 rises or falls (scores only):
//
//	DYAD_QUOTES_R18=../../shared/data/polnear/data/dev DYAD_QUOTES_CACHE=/tmp/qdev.gob \
//	  go test ./eval -run 'TestQuotesRound18$' -v
func TestQuotesRound18(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R18")
	var sw []*bool
	for _, n := range round18Names {
		sw = append(sw, cvSwitches[n])
	}
	set := boolSwitches(t, sw...)
	score := func() (QuoteScore, []QuoteScore) { return attributeAndScore(bds, docs) }
	line := func(label string, s QuoteScore) { logQuoteScore(t, label, s) }
	set(false)
	off, perOff := score()
	set(true)
	on, perOn := score()
	line("round 18 off", off)
	line("round 18 on", on)
	for _, n := range round18Names {
		p := cvSwitches[n]
		*p = false
		s, _ := score()
		*p = true
		line("without "+n, s)
	}
	var w strings.Builder
	for _, r := range []struct {
		name string
		f    func(QuoteScore) OverlapScore
	}{{"cue", func(s QuoteScore) OverlapScore { return s.Cue }}, {"source", func(s QuoteScore) OverlapScore { return s.Source }}, {"content", func(s QuoteScore) OverlapScore { return s.Content }}} {
		up, down := 0, 0
		for i := range bds {
			a, o := r.f(perOff[i]), r.f(perOn[i])
			switch {
			case o.F1() > a.F1()+1e-9:
				up++
			case o.F1() < a.F1()-1e-9:
				down++
			}
		}
		fmt.Fprintf(&w, "%s F1, off -> on: annotation files %d up, %d down (of %d)\n", r.name, up, down, len(bds))
	}
	t.Log("\n" + w.String())
}

// TestQuotesHeldOutTrace is TestQuotesTrace on held-out folds: each train
// document is attributed with the detector of the fold that did not see it
// (the models TestQuotesCV wrote with DYAD_QUOTES_CV_SAVE=DIR), and the
// missed gold cues are tallied by score band, part of speech, place and
// trace, and by head lemma; the false cues by lemma and kind:
//
//	DYAD_QUOTES_HOT=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_HOT_MODELS=DIR DYAD_QUOTES_HOT_OUT=/tmp/hot.txt go test ./eval -run 'TestQuotesHeldOutTrace$' -v
func TestQuotesHeldOutTrace(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_HOT")
	dir := os.Getenv("DYAD_QUOTES_HOT_MODELS")
	tally := map[string]int{}
	samples := map[string]int{}
	var s QuoteScore
	if dir == "" {
		t.Fatal("DYAD_QUOTES_HOT_MODELS names the fold models")
	}
	eachHeldOut(t, bds, dir, func(i int) {
		b := bds[i]
		d := docs[i]
		tr := quote.Trace(d)
		scores := quote.CueScores(d)
		quoted := quote.Quoted(d)
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
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
				tally["FALSE "+q.Kind+" "+strings.ToLower(q.Cue.Text)]++
			} else {
				tally["TRUE "+q.Kind+" "+strings.ToLower(q.Cue.Text)]++
			}
		}
		for _, g := range missedCues(b.Gold, d.Quotes) {
			start, end := g.Frags[0][0], g.Frags[0][1]
			if ti := missedCueHead(d, start, end); ti >= 0 {
				tk := d.Tokens[ti]
				k := missedCueKey(d, tr, scores, quoted, ti)
				tally["MISS "+k]++
				tally["LEMMA "+tk.UPOS+" "+tk.Lemma]++
				tally["REL "+k+" | "+tk.Deprel]++
				if samples[k] < 30 {
					samples[k]++
					tally["SAMPLE "+k+" | "+tk.Deprel+" | "+b.Text[start:end]+" | "+short(sentenceAround(b.Text, start))]++
				}
			}
		}
	})
	c := s.Cue
	t.Logf("held out: cue %.2f/%.2f/%.2f", 100*c.P(), 100*c.R(), 100*c.F1())
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return tally[keys[i]] > tally[keys[j]] || tally[keys[i]] == tally[keys[j]] && keys[i] < keys[j]
	})
	out, err := os.Create(os.Getenv("DYAD_QUOTES_HOT_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	for _, k := range keys {
		fmt.Fprintf(out, "%6d %s\n", tally[k], k)
	}
}
