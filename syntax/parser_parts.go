package syntax

import "github.com/dyadproject/dyad/internal/prefetch"

// Partial scores (session 15 speed pass). In the arc-hybrid system a word
// is pushed once and popped once; while it is on the stack the items below
// it do not change, nor do its left children (they arrive while it is b0)
// or the children of the item below it (a RIGHT onto s1 pops s0), and its
// right children arrive left to right. So every template over s0, s1, s2
// and their words, s0's left children and s1's children depends on s0's
// index alone (group S); one over s0's right children too on s0 and its
// rightmost child (SR); one over b0..b3 and the word before b0 on the
// buffer front alone (B); and one over b0's left children too on b0 and
// its leftmost child (BL). A greedy parse scores about two moves a word,
// and the stack top and buffer front of a move are often those of an
// earlier move of the sentence (S and B in 44% of the moves of EWT dev,
// SR in 28%, BL in 16%), so each group's scores are kept per word and key
// for the sentence and added rather than looked up again. The weights are
// integers, so the sums, and every decision, are exactly those of scoring
// every feature. TestParsePartsGroups checks the groups over whole parses,
// TestParsePartsSameScores the scores move by move.

// The groups, by template (position in dpFeatures' output). The bias (0)
// goes with the buffer.
var (
	dpGroupS = []uint8{
		1, 2, 3, 4, 5, 6, 7, // s0
		21, 22, 23, 24, 25, // s1
		26, 27, // s2
		39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, // s1-s0
		57,         // s2 s1 s0
		67, 68, 70, // s1's children, s0's left child
		79, 80, 81, 82, // s0-s1 distance
		85, 86, 89, 90, 91, // valencies of s0 (left) and s1
		92, 93, 94, 101, 102, 103, 104, 105, 106, 109, // first children
		110, 111, 112, 119, 120, 121, 124, 125, // second children
		130, 131, 134, 135, 136, // label sets
		138, 139, 144, // sentence neighbours of s0 and s1
		146, 149, 150, 154, 155, 158, 159, 163, 166, // clusters
	}
	dpGroupSR = []uint8{
		69, 72, // s1 s0 s0r1
		83, 84, // right valency
		95, 96, 97, 107, 113, 114, 115, 122, 126, // right children
		128, 129, // right label set
		165, 167, // clusters
	}
	dpGroupB = []uint8{
		0,                        // bias
		8, 9, 10, 11, 12, 13, 14, // b0
		15, 16, 17, 18, 19, 20, // b1, b2
		50, 51, 54, // b0-b1(-b2)
		143, 145, // the word before b0, b3
		147, 148, 151, // clusters
	}
	dpGroupBL = []uint8{
		87, 88, // left valency
		98, 99, 100, 108, 116, 117, 118, 123, 127, // left children
		132, 133, // left label set
		168, // cluster
	}
)

// dpNGroups is the number of groups: S, SR, B, BL in that order.
const dpNGroups = 4

// dpGroups is the split of k templates into the groups (g) and the others
// (o), each scored at every move.
type dpGroups struct {
	g [dpNGroups][]uint8
	o []uint8
}

// dpGroupsK holds the splits of the two template sets dpFeatures writes
// (without and with the extended templates).
var dpGroupsK = func() map[int]*dpGroups {
	m := map[int]*dpGroups{}
	for _, k := range []int{dpNumBase, dpNumExt} {
		g := &dpGroups{}
		in := make([]bool, k)
		for gi, idx := range [dpNGroups][]uint8{dpGroupS, dpGroupSR, dpGroupB, dpGroupBL} {
			for _, i := range idx {
				if int(i) < k {
					if in[i] {
						panic("syntax: a parser template in two groups")
					}
					g.g[gi] = append(g.g[gi], i)
					in[i] = true
				}
			}
		}
		for i := range k {
			if !in[i] {
				g.o = append(g.o, uint8(i))
			}
		}
		m[k] = g
	}
	return m
}()

// The numbers of templates dpFeatures writes without and with ext.
const (
	dpNumBase = 138
	dpNumExt  = 169
)

// dpGroupsFor returns the split of k templates, nil for a template set
// the groups were not written for (then every feature is scored).
func dpGroupsFor(k int) *dpGroups {
	if k == dpNumBase || k == dpNumExt {
		return dpGroupsK[k]
	}
	return nil
}

// dpParts holds one table's partial scores for a sentence: for each group
// (dpGroups.g) and word (the stack top or the buffer front), the scores of
// C classes (v) and the key they were scored for (key; dpPartEmpty when
// none).
type dpParts struct {
	v   [dpNGroups][]int32
	key [dpNGroups][]int32
}

const dpPartEmpty = -2

// reset empties the partial scores for a sentence of n words and C classes.
func (pc *dpParts) reset(n, C int) {
	for g := range pc.v {
		if m := (n + 2) * C; cap(pc.v[g]) < m {
			pc.v[g] = make([]int32, m)
		}
		if cap(pc.key[g]) < n+2 {
			pc.key[g] = make([]int32, n+2)
		}
		pc.key[g] = pc.key[g][:n+2]
		for i := range pc.key[g] {
			pc.key[g][i] = dpPartEmpty
		}
	}
}

// scoreParts sets sc.scores to table t's scores of the k features in
// sc.feats, each group's from pc (scored into it first if need be).
func (sc *dpScratch) scoreParts(t *dpTable, pc *dpParts, g *dpGroups, k int) {
	scores := sc.scores
	st := &sc.st
	s0, b := st.s(0), st.b
	if g == nil || s0 < 0 {
		clear(scores)
		t.score(sc.feats[:k], scores, &sc.found)
		return
	}
	// The word and key of each group: the stack top; the stack top and its
	// rightmost child; the buffer front; the buffer front and its leftmost
	// child (none once the buffer is empty).
	var r1, l1 int32 = st.r1[s0], dpNone
	if b <= int32(st.n) {
		l1 = st.l1[b]
	}
	at := [dpNGroups][2]int32{{s0, 0}, {s0, r1}, {b, 0}, {b, l1}}
	C := len(scores)
	var vs [dpNGroups][]int32
	// Gather the features of every group to score again and of the others,
	// and prefetch all their slots before scoring any (score prefetches
	// each part's slots again, which costs little).
	var end [dpNGroups + 1]int
	n := 0
	for gi := range dpNGroups {
		w, key := at[gi][0], at[gi][1]
		if pc.key[gi][w] != key {
			for _, i := range g.g[gi] {
				sc.sub[n] = sc.feats[i]
				n++
			}
		}
		end[gi+1] = n
	}
	for _, i := range g.o {
		sc.sub[n] = sc.feats[i]
		n++
	}
	prefetch.Shifted(t.slots, sc.sub[:n], t.shift)
	for gi := range dpNGroups {
		w, key := at[gi][0], at[gi][1]
		v := pc.v[gi][int(w)*C : int(w+1)*C]
		if pc.key[gi][w] != key {
			clear(v)
			t.score(sc.sub[end[gi]:end[gi+1]], v, &sc.found)
			pc.key[gi][w] = key
		}
		vs[gi] = v
	}
	v0, v1, v2, v3 := vs[0][:C], vs[1][:C], vs[2][:C], vs[3][:C]
	for c := range scores {
		scores[c] = v0[c] + v1[c] + v2[c] + v3[c]
	}
	t.score(sc.sub[end[dpNGroups]:n], scores, &sc.found)
}
