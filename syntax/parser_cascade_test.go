package syntax

import (
	"math"
	"slices"
	"testing"
)

// TestCascadeTiny checks the cascade's small table and its two limits on a
// toy model: with no margin required and every weight kept the fast table
// decides alone, with an unreachable margin the full table decides every
// move, and both must give the full model's trees.
func TestCascadeTiny(t *testing.T) {
	toy := dpToy(t)
	p, err := TrainParser(toy, toy, ParserTrainOptions{Epochs: 8, Seed: 3, TagNoise: -1, Prune: -1, DevTagNoise: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// prunedQ keeps what Pruned keeps; the threshold is the median weight.
	var mags []int
	var one, one2 [1]dpEntry
	for _, k := range p.tab.keys {
		for _, e := range p.tab.row(p.tab.find(k), &one) {
			mags = append(mags, int(max(e.w, -e.w)))
		}
	}
	slices.Sort(mags)
	q := int16(mags[len(mags)/2])
	minW := float64(q) * float64(p.scale)
	got, want := p.tab.prunedQ(q, false), p.Pruned(minW*(1-1e-6)).tab
	if !slices.Equal(got.keys, want.keys) || got.nents() != want.nents() {
		t.Fatalf("prunedQ(%d): %d keys %d weights; Pruned(%g): %d keys %d weights",
			q, len(got.keys), got.nents(), minW, len(want.keys), want.nents())
	}
	if got.nents() >= p.tab.nents() {
		t.Fatalf("pruning at %d units kept all %d weights: the test proves nothing", q, got.nents())
	}
	for _, k := range got.keys {
		if !slices.Equal(got.row(got.find(k), &one), want.row(want.find(k), &one2)) {
			t.Fatalf("key %#x: rows differ", k)
		}
	}
	parseAll := func(q *Parser) (heads [][]int, deps [][]string) {
		for _, s := range toy {
			var words, lemmas, upos, xpos []string
			for _, w := range s.Words {
				words, lemmas = append(words, w.Form), append(lemmas, w.Lemma)
				upos, xpos = append(upos, w.UPOS), append(xpos, w.XPOS)
			}
			h, d := make([]int, len(words)), make([]string, len(words))
			q.Parse(words, lemmas, upos, xpos, h, d)
			heads, deps = append(heads, h), append(deps, d)
		}
		return heads, deps
	}
	fh, fd := parseAll(p)
	for _, c := range []struct {
		name         string
		minW, margin float64
	}{
		{"fast table only, all weights", float64(p.scale) / 2, 0},
		{"full table always", minW, math.MaxFloat64},
	} {
		h, d := parseAll(p.WithCascade(c.minW, c.margin))
		for i := range h {
			if !slices.Equal(h[i], fh[i]) || !slices.Equal(d[i], fd[i]) {
				t.Errorf("%s: sentence %d parsed %v %v, full model %v %v", c.name, i, h[i], d[i], fh[i], fd[i])
			}
		}
	}
}

// TestCascadeModelDev holds the shipped cascade settings to what
// docs/MEASURES.md reports: on EWT dev with gold tags the cascade's trees
// agree with the full model's on nearly every word and the scores stay put.
func TestCascadeModelDev(t *testing.T) {
	dev := dpLoadEWT(t, "dev")
	p := dpLoadModel(t)
	c := p.WithCascade(CascadeMin, CascadeMargin)
	n, agree := 0, 0
	var fu, cu int
	for i := range dev {
		ws := dev[i].Words
		var words, lemmas, upos, xpos []string
		for _, w := range ws {
			words, lemmas = append(words, w.Form), append(lemmas, w.Lemma)
			upos, xpos = append(upos, w.UPOS), append(xpos, w.XPOS)
		}
		fh, fd := make([]int, len(ws)), make([]string, len(ws))
		ch, cd := make([]int, len(ws)), make([]string, len(ws))
		p.Parse(words, lemmas, upos, xpos, fh, fd)
		c.Parse(words, lemmas, upos, xpos, ch, cd)
		for j, w := range ws {
			n++
			if fh[j] == ch[j] && fd[j] == cd[j] {
				agree++
			}
			if fh[j] == w.Head {
				fu++
			}
			if ch[j] == w.Head {
				cu++
			}
		}
	}
	share := 100 * float64(agree) / float64(n)
	fuas, cuas := 100*float64(fu)/float64(n), 100*float64(cu)/float64(n)
	t.Logf("EWT dev, gold tags: cascade agrees on %.2f%% of %d words; UAS %.2f (full %.2f)", share, n, cuas, fuas)
	if share < 99.5 || cuas < fuas-0.1 {
		t.Errorf("cascade %g:%g: agreement %.2f%% (want ≥ 99.5), UAS %.2f vs full %.2f", CascadeMin, CascadeMargin, share, cuas, fuas)
	}
}

func TestCascadeSetting(t *testing.T) {
	toy := dpToy(t)
	p, err := TrainParser(toy, toy, ParserTrainOptions{Epochs: 2, Seed: 3, TagNoise: -1, Prune: -1, DevTagNoise: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if q, err := cascade(p, "0"); err != nil || q != p || q.fast != nil {
		t.Errorf(`cascade "0": want the parser unchanged, got fast=%v err=%v`, q != nil && q.fast != nil, err)
	}
	for _, env := range []string{"", "2:50"} {
		if q, err := cascade(p, env); err != nil || q.fast == nil {
			t.Errorf("cascade %q: want a fast table, err=%v", env, err)
		}
	}
	for _, env := range []string{"3", "x:1", "3:-1", "0:5", "fast", "NaN:80", "3:NaN", "Inf:80"} {
		if _, err := cascade(p, env); err == nil {
			t.Errorf("cascade %q: want an error", env)
		}
	}
}
