package syntax

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/conllu"
)

// dpScorePredicted runs m over the gold words as `dyad eval syntax` does
// (tags, lemmas and parses predicted) and returns UAS and LAS (universal
// relations) in percent, plus every predicted head and relation in order.
func dpScorePredicted(m *Models, gold []conllu.Sentence) (uas, las float64, out []string) {
	var n, ua, la int
	words := make([]string, 0, 64)
	for _, s := range gold {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		p := m.AnnotateWords(words)
		for i, w := range s.Words {
			n++
			out = append(out, fmt.Sprintf("%d:%s", p.Heads[i], p.Deprels[i]))
			if p.Heads[i] != w.Head {
				continue
			}
			ua++
			u, g := p.Deprels[i], w.Deprel
			if j := strings.IndexByte(u, ':'); j >= 0 {
				u = u[:j]
			}
			if j := strings.IndexByte(g, ':'); j >= 0 {
				g = g[:j]
			}
			if u == g {
				la++
			}
		}
	}
	if n == 0 {
		return 0, 0, out
	}
	return 100 * float64(ua) / float64(n), 100 * float64(la) / float64(n), out
}

// TestParserPruneSweepPredicted reports EWT dev scores with predicted tags
// (the figures of `dyad eval syntax`) of the embedded parser pruned at
// several thresholds (DYAD_PARSER_SWEEP_THR, in model units). Only when
// DYAD_PARSER_SWEEP_PRED is set; DYAD_PARSER_SWEEP_OUT=prefix writes each
// pruned model to prefix<thr>.bin.zst.
func TestParserPruneSweepPredicted(t *testing.T) {
	if os.Getenv("DYAD_PARSER_SWEEP_PRED") == "" {
		t.Skip("set DYAD_PARSER_SWEEP_PRED=1 to sweep pruning thresholds with predicted tags")
	}
	dev := dpLoadEWT(t, "dev")
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	uas0, las0, _ := dpScorePredicted(m, dev)
	t.Logf("embedded: %d features %d weights; dev UAS %.2f LAS %.2f", m.Parser.tab.nfeat, m.Parser.tab.nents(), uas0, las0)
	for _, thr := range dpSweepThresholds() {
		q := m.Parser.Pruned(thr)
		mq := &Models{Tagger: m.Tagger, Lemma: m.Lemma, Parser: q}
		uas, las, _ := dpScorePredicted(mq, dev)
		var buf bytes.Buffer
		if err := q.Save(&buf); err != nil {
			t.Fatal(err)
		}
		if pre := os.Getenv("DYAD_PARSER_SWEEP_OUT"); pre != "" {
			if err := os.WriteFile(fmt.Sprintf("%s%.2f.bin.zst", pre, thr), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("prune %.2f: %d features %d weights %.1f MB; dev UAS %.2f LAS %.2f (%+.2f %+.2f)",
			thr, q.tab.nfeat, q.tab.nents(), float64(buf.Len())/1e6, uas, las, uas-uas0, las-las0)
	}
}

// TestParserHitRate reports how many of the looked-up features the table
// holds (only with DYAD_PARSER_HITS set).
func TestParserHitRate(t *testing.T) {
	if os.Getenv("DYAD_PARSER_HITS") == "" {
		t.Skip("set DYAD_PARSER_HITS=1")
	}
	dev := dpLoadEWT(t, "dev")
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	p := m.Parser
	sc := p.pool.Get().(*dpScratch)
	var looked, hits, moves, ents int
	L := len(p.labels)
	for _, s := range dev {
		var words, lemmas, upos, xpos []string
		for _, w := range s.Words {
			words, lemmas, upos, xpos = append(words, w.Form), append(lemmas, w.Lemma), append(upos, w.UPOS), append(xpos, w.XPOS)
		}
		if len(words) == 0 {
			continue
		}
		sc.toks, sc.buf = dpSetToks(sc.toks, words, lemmas, upos, xpos, &p.fs, sc.buf)
		st := &sc.st
		st.reset(len(words))
		for !st.terminal() {
			shift, left, right, rightRoot := st.valid()
			if !left && !right {
				st.apply(0, L)
				continue
			}
			if !shift && !left && rightRoot {
				st.apply(1+L+p.root, L)
				continue
			}
			k := dpFeatures(st, sc.toks, &sc.feats, p.fs.ext)
			moves++
			for _, f := range sc.feats[:k] {
				looked++
				if sl := p.tab.find(f); sl != 0 {
					hits++
					var one [1]dpEntry
					ents += len(p.tab.row(sl, &one))
				}
			}
			clear(sc.scores)
			p.tab.score(sc.feats[:k], sc.scores, &sc.found)
			st.apply(dpBest(st, sc.scores, L, p.root), L)
		}
	}
	t.Logf("%.1f weights added a move, %d classes", float64(ents)/float64(moves), 1+2*L)
	t.Logf("%d scored moves, %d lookups (%.1f a move), %d found (%.1f%%); %d slots, %d ents",
		moves, looked, float64(looked)/float64(moves), hits, 100*float64(hits)/float64(looked), len(p.tab.slots), len(p.tab.ents))
}

// TestTaggerPruneSweepPredicted reports EWT dev UPOS (and the parser's
// scores on the pruned tagger's tags) of the embedded tagger pruned at the
// thresholds of DYAD_TAGGER_SWEEP_THR (only with DYAD_TAGGER_SWEEP set;
// DYAD_TAGGER_SWEEP_OUT=prefix writes each model to prefix<thr>.bin.zst).
func TestTaggerPruneSweepPredicted(t *testing.T) {
	if os.Getenv("DYAD_TAGGER_SWEEP") == "" {
		t.Skip("set DYAD_TAGGER_SWEEP=1 to sweep tagger pruning thresholds")
	}
	dev := dpLoadEWT(t, "dev")
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var ws []float64
	m.Tagger.w.Each(func(_ uint64, cells []WeightCell) {
		for _, c := range cells {
			ws = append(ws, math.Abs(float64(c.W)))
		}
	})
	slices.Sort(ws)
	t.Logf("tagger: %d features %d weights; |w| quantiles 10%% %.3g 25%% %.3g 50%% %.3g 75%% %.3g",
		m.Tagger.w.NumFeatures(), len(ws), ws[len(ws)/10], ws[len(ws)/4], ws[len(ws)/2], ws[len(ws)*3/4])
	upos := func(mm *Models) float64 {
		n, ok := 0, 0
		words := make([]string, 0, 64)
		for _, s := range dev {
			words = words[:0]
			for _, w := range s.Words {
				words = append(words, w.Form)
			}
			p := mm.AnnotateWords(words)
			for i, w := range s.Words {
				n++
				if p.UPOS[i] == w.UPOS {
					ok++
				}
			}
		}
		return 100 * float64(ok) / float64(n)
	}
	u0 := upos(m)
	uas0, las0, _ := dpScorePredicted(m, dev)
	t.Logf("embedded: dev UPOS %.2f UAS %.2f LAS %.2f", u0, uas0, las0)
	for _, f := range strings.Fields(os.Getenv("DYAD_TAGGER_SWEEP_THR")) {
		thr, err := strconv.ParseFloat(f, 64)
		if err != nil {
			t.Fatal(err)
		}
		q := m.Tagger.Pruned(thr)
		mq := &Models{Tagger: q, Lemma: m.Lemma, Parser: m.Parser}
		u := upos(mq)
		uas, las, _ := dpScorePredicted(mq, dev)
		var buf bytes.Buffer
		if err := q.Save(&buf); err != nil {
			t.Fatal(err)
		}
		if pre := os.Getenv("DYAD_TAGGER_SWEEP_OUT"); pre != "" {
			if err := os.WriteFile(fmt.Sprintf("%s%g.bin.zst", pre, thr), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("prune %g: %d features %.1f MB; dev UPOS %.2f (%+.2f) UAS %.2f (%+.2f) LAS %.2f (%+.2f)",
			thr, q.w.NumFeatures(), float64(buf.Len())/1e6, u, u-u0, uas, uas-uas0, las, las-las0)
	}
}

// TestParserSavePrune trains on the toy treebank: Pruned keeps exactly the
// weights at least as large as the threshold, and SavePrune gives the
// same model as pruning the unpruned result.
func TestParserSavePrune(t *testing.T) {
	toy := dpToy(t)
	opt := ParserTrainOptions{Epochs: 3, Prune: -1}
	p, err := TrainParser(toy, nil, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	all := p.tab.rows(p.scale)
	var ws []float64
	for _, r := range all {
		for _, w := range r.w {
			ws = append(ws, math.Abs(float64(w)))
		}
	}
	slices.Sort(ws)
	thr := ws[len(ws)/2] // about half the weights go
	want := 0
	for _, w := range ws {
		if w >= thr {
			want++
		}
	}
	q := p.Pruned(thr)
	if got := q.tab.nents(); got != want || got == len(ws) {
		t.Fatalf("pruned at %g: %d weights, want %d of %d", thr, got, want, len(ws))
	}
	for _, r := range q.tab.rows(q.scale) {
		for _, w := range r.w {
			if math.Abs(float64(w)) < thr {
				t.Fatalf("weight %g kept at threshold %g", w, thr)
			}
		}
	}
	opt.SavePrune = thr
	s, err := TrainParser(toy, nil, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := q.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("SavePrune model differs from the pruned model")
	}
}

// rows returns the table's rows sorted by key, weights in model units.
func (t *dpTable) rows(scale float32) []dpWeightRow {
	out := make([]dpWeightRow, 0, len(t.keys))
	var one [1]dpEntry
	for _, k := range t.keys {
		es := t.row(t.find(k), &one)
		r := dpWeightRow{key: k, cls: make([]uint16, len(es)), w: make([]float32, len(es))}
		for j, e := range es {
			r.cls[j] = e.cls
			r.w[j] = float32(e.w) * scale
		}
		out = append(out, r)
	}
	return out
}
