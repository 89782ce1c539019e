package actor

import (
	"os"
	"slices"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// docSecondPassRecompute is docSecondPass as it was before session 10: it
// computes the emissions of every sentence it decodes again.
func (n *NER) docSecondPassRecompute(sents [][]string, upos [][]string, paths [][]int, sc *nerScratch) {
	mem := n.docMemory(sents, paths)
	if len(mem.perPart) == 0 && len(mem.acro) == 0 && mem.maxLen == 0 {
		return
	}
	var bonus []float32
	var toks []nerTok
	for si, words := range sents {
		nw := len(words)
		if nw == 0 {
			continue
		}
		if cap(bonus) < nw*n.nl {
			bonus = make([]float32, nw*n.nl)
		}
		b := bonus[:nw*n.nl]
		toks = toks[:0]
		for _, w := range words {
			var t nerTok
			hashWord(w, &t)
			toks = append(toks, t)
		}
		if !n.docBonus(words, paths[si], mem, toks, b) {
			continue
		}
		sc.setPOS(upos, si)
		n.emissions(words, sc, nil)
		score := sc.score[:nw*n.nl]
		for k, v := range b {
			score[k] += v
		}
		copy(paths[si], viterbi(score, nw, n.nl, n.trans, n.allow, sc))
	}
}

// BenchmarkNERDocPasses runs the NER's two passes over the bench-news
// stories (segmented and tagged beforehand) the way before session 10
// (the second pass computing emissions again) and the way now (keeping the
// first pass's), alternated in one process, and checks they label alike.
func BenchmarkNERDocPasses(b *testing.B) {
	if _, err := os.Stat(benchnews.Path); err != nil {
		b.Skipf("bench-news absent: %v", err)
	}
	n, err := DefaultNER()
	if err != nil {
		b.Skipf("no NER model: %v", err)
	}
	var docs [][][]string
	var tags [][][]string
	for _, text := range benchnews.Texts(b) {
		d := &doc.Document{Text: text}
		segment.Segment(d)
		sents := sentenceWords(d)
		docs = append(docs, sents)
		tags = append(tags, n.fillPOS(sents, nil))
	}
	sc := n.pool.Get().(*nerScratch)
	var cpu [2]float64
	var paths [2][]int
	toks := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for c := 0; c < len(docs); c += 50 {
			for v := range 2 {
				c0 := benchnews.CPUTime().Seconds()
				for j := c; j < min(c+50, len(docs)); j++ {
					sents, upos := docs[j], tags[j]
					out := make([][]int, len(sents))
					second := len(sents) > 1 && n.DocPass.on()
					n.firstPass(sents, upos, out, sc, second && v == 1)
					if second {
						if v == 0 {
							n.docSecondPassRecompute(sents, upos, out, sc)
						} else {
							n.docSecondPass(sents, out, sc)
						}
					}
					if i == 0 {
						for _, p := range out {
							paths[v] = append(paths[v], p...)
							if v == 0 {
								toks += len(p)
							}
						}
					}
				}
				cpu[v] += benchnews.CPUTime().Seconds() - c0
			}
		}
	}
	sc.upos = nil
	if !slices.Equal(paths[0], paths[1]) {
		b.Fatal("the two ways label differently")
	}
	b.ReportMetric(float64(toks)*float64(b.N)/cpu[0], "recompute-tokens/cpu-s")
	b.ReportMetric(float64(toks)*float64(b.N)/cpu[1], "kept-tokens/cpu-s")
}
