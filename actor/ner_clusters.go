package actor

// Word clusters for the recogniser: the exchange algorithm (Kneser & Ney
// 1993; Martin, Liermann & Ney 1998), which moves each word to the class
// that most increases the likelihood of a class bigram model,
//
//	F = Σ N(c1,c2) log N(c1,c2) − Σ N(c1·) log N(c1·) − Σ N(·c2) log N(·c2),
//
// over raw text. Words are case-sensitive; words seen fewer than three
// times share one fixed class, and so does the sentence boundary. It is
// deterministic: words are visited by falling frequency (ties by spelling)
// and a tie between classes keeps the word where it is.

import (
	"math"
	"sort"
	"time"
)

type clNb struct {
	w int32
	n int32
}

// learnClusters groups the words of sents into k classes and returns each
// word's class + 1 keyed by its exact-form hash (nerTok.hw).
func learnClusters(sents [][]string, k int, logf func(string, ...any)) map[uint64]uint16 {
	if k < 4 {
		return nil
	}
	t0 := time.Now()
	const minCount = 3
	counts := map[string]int32{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
		}
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(a, b int) bool {
		ca, cb := counts[words[a]], counts[words[b]]
		if ca != cb {
			return ca > cb
		}
		return words[a] < words[b]
	})
	// ids: 0 boundary, 1 rare words, 2.. words by frequency.
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i + 2)
	}
	nw := len(words) + 2
	type pair struct{ a, b int32 }
	big := map[pair]int32{}
	for _, s := range sents {
		prev := int32(0)
		for _, w := range s {
			cur := id[w]
			if cur == 0 {
				cur = 1
			}
			if cur != prev || cur < 2 {
				big[pair{prev, cur}]++
			}
			prev = cur
		}
		big[pair{prev, 0}]++
	}
	right := make([][]clNb, nw)
	left := make([][]clNb, nw)
	pairs := make([]pair, 0, len(big))
	for p := range big {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].a != pairs[y].a {
			return pairs[x].a < pairs[y].a
		}
		return pairs[x].b < pairs[y].b
	})
	total := int64(0)
	for _, p := range pairs {
		c := big[p]
		right[p.a] = append(right[p.a], clNb{p.b, c})
		left[p.b] = append(left[p.b], clNb{p.a, c})
		total += int64(c)
	}
	big = nil
	// Classes: 0 boundary, 1 rare; words start round-robin over 2..k-1.
	cls := make([]int32, nw)
	cls[1] = 1
	for w := 2; w < nw; w++ {
		cls[w] = int32(2 + (w-2)%(k-2))
	}
	N := make([]int64, k*k)
	NL := make([]int64, k)
	NR := make([]int64, k)
	for a := 0; a < nw; a++ {
		for _, nb := range right[a] {
			N[int(cls[a])*k+int(cls[nb.w])] += int64(nb.n)
			NL[cls[a]] += int64(nb.n)
			NR[cls[nb.w]] += int64(nb.n)
		}
	}
	f := func(x int64) float64 {
		if x <= 0 {
			return 0
		}
		v := float64(x)
		return v * math.Log(v)
	}
	L := make([]int64, k)
	R := make([]int64, k)
	var touchedL, touchedR []int32
	for it := 0; it < 6; it++ {
		moves := 0
		for w := 2; w < nw; w++ {
			a := cls[w]
			touchedL, touchedR = touchedL[:0], touchedR[:0]
			nFirst, nSecond := int64(0), int64(0)
			for _, nb := range right[w] {
				c := cls[nb.w]
				if R[c] == 0 {
					touchedR = append(touchedR, c)
				}
				R[c] += int64(nb.n)
				nFirst += int64(nb.n)
			}
			for _, nb := range left[w] {
				c := cls[nb.w]
				if L[c] == 0 {
					touchedL = append(touchedL, c)
				}
				L[c] += int64(nb.n)
				nSecond += int64(nb.n)
			}
			// Take w out of a.
			for _, c := range touchedR {
				N[int(a)*k+int(c)] -= R[c]
			}
			for _, c := range touchedL {
				N[int(c)*k+int(a)] -= L[c]
			}
			NL[a] -= nFirst
			NR[a] -= nSecond
			best, bestGain := a, math.Inf(-1)
			for b := int32(2); b < int32(k); b++ {
				g := 0.0
				row := N[int(b)*k : int(b)*k+k]
				for _, c := range touchedR {
					x := row[c]
					g += f(x+R[c]) - f(x)
				}
				for _, c := range touchedL {
					x := N[int(c)*k+int(b)]
					g += f(x+L[c]) - f(x)
				}
				g -= f(NL[b]+nFirst) - f(NL[b])
				g -= f(NR[b]+nSecond) - f(NR[b])
				if g > bestGain+1e-9 || (b == a && g >= bestGain-1e-9) {
					best, bestGain = b, g
				}
			}
			for _, c := range touchedR {
				N[int(best)*k+int(c)] += R[c]
				R[c] = 0
			}
			for _, c := range touchedL {
				N[int(c)*k+int(best)] += L[c]
				L[c] = 0
			}
			NL[best] += nFirst
			NR[best] += nSecond
			if best != a {
				cls[w] = best
				moves++
			}
		}
		if logf != nil {
			logf("ner: clusters iteration %d: %d moves (%s)\n", it+1, moves, time.Since(t0).Round(time.Millisecond))
		}
		if moves < nw/200 {
			break
		}
	}
	out := make(map[uint64]uint16, len(words))
	for i, w := range words {
		var t nerTok
		hashWord(w, &t)
		out[t.hw] = uint16(cls[i+2]) + 1
	}
	_ = total
	return out
}
