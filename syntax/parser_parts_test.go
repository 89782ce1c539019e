package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/conllu"
)

// partsSentences are sentences to parse with the embedded models: a few of
// our own, tagged by the embedded tagger, and EWT dev with its gold tags
// when the treebank is present (at most max of them).
func partsSentences(t testing.TB, max int) (p *Parser, ss [][4][]string) {
	t.Helper()
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	own := []string{
		"The minister said on Tuesday that the talks with the rebels , which began in March , would resume next week in the capital .",
		"Police arrested three men who had thrown stones at the embassy and later released two of them without charge .",
		"After meeting the president , the envoy told reporters that both sides wanted a ceasefire but disagreed over who would monitor it .",
		"Prices fell .",
		"\" We will not accept this , \" she said , adding that the government had been warned repeatedly about the dam 's condition and the floods it could cause downstream .",
	}
	for _, s := range own {
		words := strings.Fields(s)
		upos, xpos := make([]string, len(words)), make([]string, len(words))
		m.Tagger.Tag(words, upos, xpos)
		ss = append(ss, [4][]string{words, nil, upos, xpos})
	}
	if max > 0 {
		var dev []conllu.Sentence
		if _, err := os.Stat(filepath.Join(dpDataDir, "en_ewt-ud-dev.conllu")); err == nil {
			dev = dpLoadEWT(t, "dev")
		}
		for i := range dev {
			if len(ss) >= max {
				break
			}
			var s [4][]string
			for _, w := range dev[i].Words {
				s[0] = append(s[0], w.Form)
				s[1] = append(s[1], w.Lemma)
				s[2] = append(s[2], w.UPOS)
				s[3] = append(s[3], w.XPOS)
			}
			ss = append(ss, s)
		}
	}
	return m.Parser, ss
}

// partsWalk parses each sentence greedily, scoring every feature in the
// whole table, calling visit with the sentence's index and the scratch
// after the features of every scored move are written (sc.feats[:k]) and
// before the move is applied.
func partsWalk(p *Parser, ss [][4][]string, visit func(si int, sc *dpScratch, k int)) {
	sc := p.pool.Get().(*dpScratch)
	defer p.pool.Put(sc)
	for si, s := range ss {
		sc.toks, sc.buf = dpSetToks(sc.toks, s[0], s[1], s[2], s[3], &p.fs, sc.buf)
		st := &sc.st
		st.reset(len(s[0]))
		L := len(p.labels)
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
			visit(si, sc, k)
			clear(sc.scores)
			p.table().score(sc.feats[:k], sc.scores, &sc.found)
			st.apply(dpBest(st, sc.scores, L, p.root), L)
		}
	}
}

// TestParsePartsGroups checks over whole parses that every template of a
// group has the same key whenever the group's word and key (scoreParts)
// are those of an earlier move of the sentence, and that the shipped
// parser writes one of the two template sets the groups are for.
func TestParsePartsGroups(t *testing.T) {
	p, ss := partsSentences(t, 600)
	groups := [dpNGroups][]uint8{dpGroupS, dpGroupSR, dpGroupB, dpGroupBL}
	names := [dpNGroups]string{"S", "SR", "B", "BL"}
	var seen [dpNGroups]map[string][dpMaxFeats]uint64
	var hits [dpNGroups]int
	for gi := range seen {
		seen[gi] = map[string][dpMaxFeats]uint64{}
	}
	moves := 0
	partsWalk(p, ss, func(sent int, sc *dpScratch, k int) {
		if dpGroupsFor(k) == nil {
			t.Fatalf("dpFeatures wrote %d templates; the groups are for %d and %d", k, dpNumBase, dpNumExt)
		}
		moves++
		st := &sc.st
		s0, b := st.s(0), st.b
		l1 := int32(dpNone)
		if b <= int32(st.n) {
			l1 = st.l1[b]
		}
		keys := [dpNGroups]string{
			fmt.Sprint(sent, "/", s0),
			fmt.Sprint(sent, "/", s0, "/", st.r1[s0]),
			fmt.Sprint(sent, "/", b),
			fmt.Sprint(sent, "/", b, "/", l1),
		}
		for gi, key := range keys {
			f, ok := seen[gi][key]
			if !ok {
				seen[gi][key] = sc.feats
				continue
			}
			hits[gi]++
			for _, i := range groups[gi] {
				if int(i) < k && f[i] != sc.feats[i] {
					t.Fatalf("group %s: template %d differs between two moves with the same key %s", names[gi], i, key)
				}
			}
		}
	})
	t.Logf("%d sentences, %d scored moves; moves whose group key was seen before: S %d, SR %d, B %d, BL %d",
		len(ss), moves, hits[0], hits[1], hits[2], hits[3])
	for gi, h := range hits {
		if h == 0 {
			t.Errorf("group %s: no move met a key seen before: the test checks nothing", names[gi])
		}
	}
}

// TestParsePartsSameScores checks move by move that the small table's
// scores from partial scores (scoreParts) are those of scoring every
// feature, and that Parse gives the trees of a parse scoring every
// feature (dpParseFlat).
func TestParsePartsSameScores(t *testing.T) {
	p, ss := partsSentences(t, 400)
	if p.fast == nil || p.rest == nil {
		t.Skip("the embedded parser has no cascade")
	}
	var ps dpParts
	C := p.nClasses()
	want := make([]int32, C)
	moves := 0
	last := -1
	partsWalk(p, ss, func(si int, sc *dpScratch, k int) {
		st := &sc.st
		if si != last {
			last = si
			ps.reset(st.n, C)
		}
		moves++
		clear(want)
		p.fast.score(sc.feats[:k], want, &sc.found)
		sc.scores[0] = 12345 // set, not added to
		sc.scoreParts(p.fast, &ps, dpGroupsFor(k), k)
		if !slices.Equal(sc.scores, want) {
			t.Fatalf("move %d: small-table scores differ", moves)
		}
	})
	// Whole parses: Parse against every feature scored (dpParseFlat).
	sc := p.pool.Get().(*dpScratch)
	defer p.pool.Put(sc)
	for i, s := range ss {
		n := len(s[0])
		heads, deps := make([]int, n), make([]string, n)
		p.Parse(s[0], s[1], s[2], s[3], heads, deps)
		sc.toks, sc.buf = dpSetToks(sc.toks, s[0], s[1], s[2], s[3], &p.fs, sc.buf)
		dpParseFlat(p, sc, n)
		for j := 1; j <= n; j++ {
			if heads[j-1] != int(sc.st.head[j]) || deps[j-1] != p.labels[sc.st.lab[j]] {
				t.Fatalf("sentence %d word %d: parse differs from the flat parse", i, j)
			}
		}
	}
	t.Logf("%d moves of %d sentences", moves, len(ss))
}

// dpParseFlat is parse as it was before the partial scores: every feature
// of every move scored in the cascade's tables.
func dpParseFlat(p *Parser, sc *dpScratch, n int) {
	st := &sc.st
	st.reset(n)
	L := len(p.labels)
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
		clear(sc.scores)
		p.fast.score(sc.feats[:k], sc.scores, &sc.found)
		if best, margin, alone := dpBestMargin(st, sc.scores, L, p.root); alone || margin >= p.margin {
			st.apply(best, L)
			continue
		}
		p.rest.score(sc.feats[:k], sc.scores, &sc.found)
		st.apply(dpBest(st, sc.scores, L, p.root), L)
	}
}

// BenchmarkParseParts parses EWT dev with gold tags with the embedded
// (cascade) parser, with partial scores (Parse) and with every feature
// scored (dpParseFlat), alternating 100 sentences at a time in one
// process, and reports tokens per CPU second of each.
func BenchmarkParseParts(b *testing.B) {
	p, ss := partsSentences(b, 1<<30)
	if p.fast == nil || p.rest == nil {
		b.Skip("the embedded parser has no cascade")
	}
	heads, deps := make([]int, 1000), make([]string, 1000)
	sc := p.pool.Get().(*dpScratch)
	defer p.pool.Put(sc)
	var cpu [2]float64
	var toks [2]int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for lo := 0; lo < len(ss); lo += 100 {
			chunk := ss[lo:min(lo+100, len(ss))]
			for v := range 2 {
				c0 := dpCPUTime()
				for _, s := range chunk {
					if v == 0 {
						sc.toks, sc.buf = dpSetToks(sc.toks, s[0], s[1], s[2], s[3], &p.fs, sc.buf)
						dpParseFlat(p, sc, len(s[0]))
					} else {
						p.Parse(s[0], s[1], s[2], s[3], heads, deps)
					}
					toks[v] += len(s[0])
				}
				cpu[v] += (dpCPUTime() - c0).Seconds()
			}
		}
	}
	if cpu[0] > 0 && cpu[1] > 0 {
		b.ReportMetric(float64(toks[0])/cpu[0], "flat-tokens/cpu-s")
		b.ReportMetric(float64(toks[1])/cpu[1], "parts-tokens/cpu-s")
	}
}
