package syntax

// Word clusters for the tagger: the exchange algorithm (Kneser & Ney 1993,
// Martin, Liermann & Ney 1998) maximising the likelihood of a class bigram
// model over raw training text. Each word moves, in turn, to the class that
// most increases
//
//	Σ N(c1,c2) log N(c1,c2) − Σ N(c1·) log N(c1·) − Σ N(·c2) log N(·c2)
//
// until few words move. The sentence boundary is a word of its own, fixed in
// class 0. It is deterministic: words are visited by falling frequency, ties
// by spelling, and a tie between classes keeps the word where it is or takes
// the lowest class.

import (
	"cmp"
	"math"
	"slices"
)

type tgNb struct {
	w int32
	n int32
}

// tgExchange clusters nWords word ids (0 is the boundary) of corpus, whose
// sentences are sequences of ids without the boundary, into k classes (k−1
// for words). It returns the class of every word id (class 0 only for the
// boundary) and the number of moves of the last iteration.
func tgExchange(corpus [][]int32, nWords, k, iters int) []uint16 {
	if k < 2 {
		k = 2
	}
	// Bigram counts.
	type pair struct{ a, b int32 }
	counts := make(map[pair]int32)
	total := 0
	for _, s := range corpus {
		prev := int32(0)
		for _, w := range s {
			counts[pair{prev, w}]++
			prev = w
			total++
		}
		counts[pair{prev, 0}]++
		total++
	}
	pairs := make([]pair, 0, len(counts))
	for p := range counts {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	right := make([][]tgNb, nWords)
	left := make([][]tgNb, nWords)
	nL := make([]int32, nWords) // count as first element
	nR := make([]int32, nWords) // count as second element
	freq := make([]int32, nWords)
	for _, p := range pairs {
		n := counts[p]
		right[p.a] = append(right[p.a], tgNb{p.b, n})
		left[p.b] = append(left[p.b], tgNb{p.a, n})
		nL[p.a] += n
		nR[p.b] += n
	}
	for w := range freq {
		freq[w] = max(nL[w], nR[w])
	}
	// x log x table.
	F := make([]float64, total+2)
	for x := 2; x < len(F); x++ {
		F[x] = float64(x) * math.Log(float64(x))
	}
	// Words by frequency, ties by id (ids are given in a fixed order).
	order := make([]int32, 0, nWords)
	for w := 1; w < nWords; w++ {
		order = append(order, int32(w))
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(freq[b], freq[a]) })
	cls := make([]uint16, nWords)
	for r, w := range order {
		cls[w] = uint16(1 + r%(k-1))
	}
	// Class counts.
	N := make([]int32, k*k)  // N[a*k+b]
	NT := make([]int32, k*k) // transposed: NT[b*k+a]
	NL := make([]int32, k)
	NR := make([]int32, k)
	for _, p := range pairs {
		a, b := int(cls[p.a]), int(cls[p.b])
		N[a*k+b] += counts[p]
		NT[b*k+a] += counts[p]
	}
	for w := 0; w < nWords; w++ {
		NL[cls[w]] += nL[w]
		NR[cls[w]] += nR[w]
	}
	R := make([]int32, k)
	L := make([]int32, k)
	var rt, lt []int
	for it := 0; it < iters; it++ {
		moves := 0
		for _, w := range order {
			// Neighbour class counts, without the self bigram.
			rt, lt = rt[:0], lt[:0]
			var self int32
			for _, nb := range right[w] {
				if nb.w == w {
					self = nb.n
					continue
				}
				c := int(cls[nb.w])
				if R[c] == 0 {
					rt = append(rt, c)
				}
				R[c] += nb.n
			}
			for _, nb := range left[w] {
				if nb.w == w {
					continue
				}
				c := int(cls[nb.w])
				if L[c] == 0 {
					lt = append(lt, c)
				}
				L[c] += nb.n
			}
			a := int(cls[w])
			move := func(k0 int, sign int32) {
				for _, c := range rt {
					N[k0*k+c] += sign * R[c]
					NT[c*k+k0] += sign * R[c]
				}
				for _, c := range lt {
					N[c*k+k0] += sign * L[c]
					NT[k0*k+c] += sign * L[c]
				}
				N[k0*k+k0] += sign * self
				NT[k0*k+k0] += sign * self
				NL[k0] += sign * nL[w]
				NR[k0] += sign * nR[w]
			}
			move(a, -1)
			best, bestGain := a, math.Inf(-1)
			wl, wr := nL[w], nR[w]
			for c := 1; c < k; c++ {
				row := N[c*k : c*k+k]
				col := NT[c*k : c*k+k]
				g := 0.0
				for _, d := range rt {
					if d != c {
						g += F[row[d]+R[d]] - F[row[d]]
					}
				}
				for _, d := range lt {
					if d != c {
						g += F[col[d]+L[d]] - F[col[d]]
					}
				}
				g += F[row[c]+R[c]+L[c]+self] - F[row[c]]
				g -= F[NL[c]+wl] - F[NL[c]]
				g -= F[NR[c]+wr] - F[NR[c]]
				if g > bestGain+1e-9 || (c == a && g >= bestGain-1e-9) {
					best, bestGain = c, g
				}
			}
			move(best, 1)
			if best != a {
				cls[w] = uint16(best)
				moves++
			}
			for _, c := range rt {
				R[c] = 0
			}
			for _, c := range lt {
				L[c] = 0
			}
		}
		if moves*1000 < nWords {
			break
		}
	}
	return cls
}
