package actor

import (
	"math"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// viterbiAllPairs is Viterbi over every label pair, checking the
// constraint of each (the form before the predecessor lists): the oracle
// for TestViterbiPredecessorLists.
func viterbiAllPairs(score []float32, nw, nl int, trans []float32, ok []bool) []int {
	delta := make([]float32, nw*nl)
	back := make([]int32, nw*nl)
	for b := 0; b < nl; b++ {
		delta[b] = negInf
		if ok[nl*nl+b] {
			delta[b] = score[b] + trans[nl*nl+b]
		}
	}
	for i := 1; i < nw; i++ {
		for b := 0; b < nl; b++ {
			best, arg := negInf, int32(0)
			for a := 0; a < nl; a++ {
				p := delta[(i-1)*nl+a]
				if !ok[a*nl+b] || p == negInf {
					continue
				}
				if v := p + trans[a*nl+b]; v > best {
					best, arg = v, int32(a)
				}
			}
			delta[i*nl+b] = negInf
			if best != negInf {
				delta[i*nl+b] = best + score[i*nl+b]
			}
			back[i*nl+b] = arg
		}
	}
	best, arg := negInf, 0
	for a := 0; a < nl; a++ {
		if v := delta[(nw-1)*nl+a] + trans[nl*nl+nl+a]; ok[nl*nl+nl+a] && delta[(nw-1)*nl+a] != negInf && v > best {
			best, arg = v, a
		}
	}
	path := make([]int, nw)
	path[nw-1] = arg
	for i := nw - 1; i > 0; i-- {
		path[i-1] = int(back[i*nl+path[i]])
	}
	return path
}

// TestViterbiPredecessorLists: Viterbi over the allowed predecessors only
// gives the path of the loop over every pair, on random scores with ties
// (coarse values) and labels ruled out (-Inf emissions), so that the
// shortcut changes no decision.
func TestViterbiPredecessorLists(t *testing.T) {
	n := &NER{}
	n.initLabels(NERTypes)
	nl := n.nl
	if got, want := len(n.allow.prev), nl; got != want {
		t.Fatalf("predecessor lists for %d labels, want %d", got, want)
	}
	pairs := 0
	for b, as := range n.allow.prev {
		if !slices.IsSorted(as) {
			t.Fatalf("label %d: predecessors %v not ascending", b, as)
		}
		for a := 0; a < nl; a++ {
			if n.allow.ok[a*nl+b] != slices.Contains(as, int32(a)) {
				t.Fatalf("label %d: predecessor %d listed %v, allowed %v", b, a, !n.allow.ok[a*nl+b], n.allow.ok[a*nl+b])
			}
		}
		pairs += len(as)
	}
	if pairs == 0 || pairs == nl*nl {
		t.Fatalf("%d allowed pairs of %d: no constraint to skip", pairs, nl*nl)
	}
	rng := rand.New(rand.NewSource(5))
	trans := make([]float32, nl*nl+2*nl)
	sc := &nerScratch{}
	for round := 0; round < 3000; round++ {
		for i := range trans {
			trans[i] = float32(rng.Intn(7) - 3)
		}
		nw := 1 + rng.Intn(30)
		score := make([]float32, nw*nl)
		for i := range score {
			switch r := rng.Intn(20); {
			case r == 0:
				score[i] = negInf
			case r < 10:
				score[i] = float32(rng.Intn(5))
			default:
				score[i] = rng.Float32()*10 - 5
			}
		}
		want := viterbiAllPairs(score, nw, nl, trans, n.allow.ok)
		got := viterbi(score, nw, nl, trans, n.allow, sc)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d (%d words): path %v, want %v", round, nw, got, want)
		}
	}
}

// emissionsOneByOne is the scoring part of emissions probing the table and
// adding each feature's row one feature after another (the form before
// session 12's sweeps): the oracle for TestEmissionSweeps.
func (n *NER) emissionsOneByOne(words []string, sc *nerScratch) []float32 {
	n.prepare(words, sc, nil)
	nl := n.nl
	score := make([]float32, len(words)*nl)
	for i := range words {
		row := score[i*nl : (i+1)*nl]
		for _, f := range sc.fs[sc.fstart[i]:sc.fstart[i+1]] {
			k := foldKey(f)
			for j := mix32(k) & n.mask; ; j = (j + 1) & n.mask {
				e := n.tab[j]
				if uint32(e>>32) == k {
					off, cnt := uint32(e)>>5, uint32(e)&31
					for _, v := range n.pp[off : off+cnt] {
						row[v&0xff] += float32(int16(v >> 16))
					}
					break
				}
				if e == 0 {
					break
				}
			}
		}
	}
	return score
}

// TestEmissionSweeps: the emission scores, computed in sweeps over each
// batch of a word's features, are bit for bit those of probing and adding
// one feature at a time, on the bench-news stories (when present) and a
// short story.
func TestEmissionSweeps(t *testing.T) {
	n, err := DefaultNER()
	if err != nil {
		t.Skipf("no NER model: %v", err)
	}
	docs := [][][]string{{
		strings.Fields("Amara Diallo met the Niger Delta Development Commission ( NDDC ) in Abuja on Tuesday ."),
		strings.Fields("Diallo said the NDDC would publish its accounts ."),
	}}
	if _, err := os.Stat(benchnews.Path); err == nil {
		for _, text := range benchnews.Texts(t)[:300] {
			d := &doc.Document{Text: text}
			segment.Segment(d)
			docs = append(docs, sentenceWords(d))
		}
	}
	sc := n.pool.Get().(*nerScratch)
	defer n.pool.Put(sc)
	checked := 0
	for di, sents := range docs {
		upos := n.fillPOS(sents, nil)
		for si, words := range sents {
			if len(words) == 0 {
				continue
			}
			sc.setPOS(upos, si)
			n.emissions(words, sc, nil)
			got := slices.Clone(sc.score[:len(words)*n.nl])
			want := n.emissionsOneByOne(words, sc)
			for k := range want {
				if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
					t.Fatalf("story %d sentence %d %q: score %d is %v, one by one %v", di, si, words, k, got[k], want[k])
				}
			}
			checked += len(words)
		}
	}
	sc.upos = nil
	if checked == 0 {
		t.Fatal("no words scored")
	}
}
