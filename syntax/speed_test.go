package syntax

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/dyadproject/dyad/conllu"
)

// The tests of this file hold the speed work to its promise: each fast
// path gives exactly what the slow one gave.

// cascadeRestCheck checks that c's small and rest tables split p's table
// row by row and that, for every scored move of parsing the sentences with
// the full model, the small table's scores plus the rest table's are the
// full table's, integer for integer.
func cascadeRestCheck(t *testing.T, p, c *Parser, sents [][4][]string) {
	t.Helper()
	var one, buf2, buf3 [1]dpEntry
	fastKeys, restKeys := 0, 0
	for _, k := range p.tab.keys {
		full := p.tab.row(p.tab.find(k), &one)
		fast, rest := c.fast.rowOf(k, &buf2), c.rest.rowOf(k, &buf3)
		if fast != nil {
			fastKeys++
		}
		if rest != nil {
			restKeys++
		}
		if len(fast)+len(rest) != len(full) {
			t.Fatalf("key %#x: %d + %d entries, full row %d", k, len(fast), len(rest), len(full))
		}
		for _, e := range full {
			if !slices.Contains(fast, e) && !slices.Contains(rest, e) {
				t.Fatalf("key %#x: entry %v in neither table", k, e)
			}
		}
	}
	// Every key of the split tables was inserted (none lost to a
	// fingerprint clash) and belongs to the full table.
	if fastKeys != len(c.fast.keys) || restKeys != len(c.rest.keys) {
		t.Fatalf("split tables hold %d and %d keys, %d and %d found through the full table's keys",
			len(c.fast.keys), len(c.rest.keys), fastKeys, restKeys)
	}
	sc := p.pool.Get().(*dpScratch)
	defer p.pool.Put(sc)
	full, split := make([]int32, p.nClasses()), make([]int32, p.nClasses())
	moves, fellThrough := 0, 0
	L := len(p.labels)
	for _, s := range sents {
		sc.toks, sc.buf = dpSetToks(sc.toks, s[0], s[1], s[2], s[3], &p.fs, sc.buf)
		st := &sc.st
		st.reset(len(s[0]))
		for !st.terminal() {
			k := dpFeatures(st, sc.toks, &sc.feats, p.fs.ext)
			clear(full)
			clear(split)
			p.tab.score(sc.feats[:k], full, &sc.found)
			c.fast.score(sc.feats[:k], split, &sc.found)
			if _, margin, alone := dpBestMargin(st, split, L, p.root); !alone && margin < c.margin {
				fellThrough++
			}
			c.rest.score(sc.feats[:k], split, &sc.found)
			if !slices.Equal(full, split) {
				t.Fatalf("move %d: small + rest table scores differ from the full table's", moves)
			}
			moves++
			st.apply(dpBest(st, full, L, p.root), L)
		}
	}
	if fellThrough == 0 || fellThrough == moves {
		t.Fatalf("%d of %d moves left to the rest table: the test proves little", fellThrough, moves)
	}
	t.Logf("%d moves, %d left to the rest table: scores identical", moves, fellThrough)
}

func dpSentAtoms(ss []conllu.Sentence) [][4][]string {
	var out [][4][]string
	for _, s := range ss {
		var a [4][]string
		for _, w := range s.Words {
			a[0], a[1] = append(a[0], w.Form), append(a[1], w.Lemma)
			a[2], a[3] = append(a[2], w.UPOS), append(a[3], w.XPOS)
		}
		out = append(out, a)
	}
	return out
}

func TestCascadeRestToy(t *testing.T) {
	toy, p := trainedToy(t)
	// Split at the median weight, with a margin no move reaches unless it
	// is the only valid one: the rest table scores every other move.
	cascadeRestCheck(t, p, p.WithCascade(medianWeight(p), 1e9), dpSentAtoms(toy))
}

func TestCascadeRestModelDev(t *testing.T) {
	dev := dpLoadEWT(t, "dev")
	p := dpLoadModel(t)
	cascadeRestCheck(t, p, p.WithCascade(CascadeMin, CascadeMargin), dpSentAtoms(dev[:400]))
}

// dpRowsOf returns a table's rows as training hands them to newDPTable.
func dpRowsOf(tab *dpTable, scale float32) []dpWeightRow {
	var one [1]dpEntry
	rows := make([]dpWeightRow, 0, len(tab.keys))
	for _, k := range tab.keys {
		r := dpWeightRow{key: k}
		for _, e := range tab.row(tab.find(k), &one) {
			r.cls = append(r.cls, e.cls)
			r.w = append(r.w, float32(e.w)*scale)
		}
		rows = append(rows, r)
	}
	return rows
}

// dpSameTable reports whether two tables are laid out identically.
func dpSameTable(a, b *dpTable) bool {
	return a.mask == b.mask && a.shift == b.shift && a.nfeat == b.nfeat &&
		slices.Equal(a.slots, b.slots) && slices.Equal(a.ents, b.ents) && slices.Equal(a.keys, b.keys)
}

// TestLoadParserTable checks that LoadParser, which packs the file's
// columns straight into the table, builds the table newDPTable builds from
// the same rows with float weights (the path before it, and training's).
func TestLoadParserTable(t *testing.T) {
	check := func(name string, p *Parser) {
		t.Helper()
		want, err := newDPTable(dpRowsOf(p.tab, p.scale), p.scale)
		if err != nil {
			t.Fatal(err)
		}
		if !dpSameTable(p.tab, want) {
			t.Errorf("%s: the loaded table differs from newDPTable's", name)
		}
		// The step survives the round trip for every int16 weight.
		inv := 1 / p.scale
		for q := math.MinInt16; q <= math.MaxInt16; q++ {
			if got := int16(math.Round(float64(float32(q) * p.scale * inv))); got != int16(q) {
				t.Fatalf("%s: weight %d comes back as %d", name, q, got)
			}
		}
	}
	toy := dpToy(t)
	p, err := TrainParser(toy, toy, ParserTrainOptions{Epochs: 4, Seed: 3, TagNoise: -1, Prune: -1, DevTagNoise: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	q, err := LoadParser(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !dpSameTable(p.tab, q.tab) {
		t.Error("toy parser: Save/LoadParser changed the table")
	}
	check("toy", q)
	if _, err := os.Stat(dpModelPath); err == nil {
		check("shipped", dpLoadModel(t))
	}
}

// TestReadWeightsMemory checks that weights decoded from memory (the
// loaders' path since openModel decompresses whole models) equal weights
// decoded from a stream, cell for cell.
func TestReadWeightsMemory(t *testing.T) {
	pc := NewPerceptron(7)
	for i := 0; i < 3000; i++ {
		f := []uint64{uint64(i % 97), HashMix(uint64(i%13), 5), uint64(i % 1001 * 7919)}
		pc.Update(f, i%7, (i*3+1)%7)
	}
	var b bytes.Buffer
	if _, err := pc.Freeze(0).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	stream, err := ReadWeights(io.MultiReader(bytes.NewReader(b.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	mem, err := ReadWeights(&memReader{b: b.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	type cell struct {
		k uint64
		c []WeightCell
	}
	dump := func(w *Weights) (out []cell) {
		w.Each(func(k uint64, cs []WeightCell) { out = append(out, cell{k, slices.Clone(cs)}) })
		return out
	}
	a, m := dump(stream), dump(mem)
	if len(a) < 100 || !slices.EqualFunc(a, m, func(x, y cell) bool { return x.k == y.k && slices.Equal(x.c, y.c) }) {
		t.Fatalf("stream and memory decoding differ (%d vs %d features)", len(a), len(m))
	}
	body := b.Bytes()[len(pcMagic):]
	for range 3 { // classes, features, scale
		_, n := binary.Uvarint(body)
		body = body[n:]
	}
	if n := countCells(body, mem.NumFeatures()); n != len(mem.cells) {
		t.Errorf("countCells: %d cells, the table has %d", n, len(mem.cells))
	}
	if _, err := ReadWeights(&memReader{b: b.Bytes()[:b.Len()/2]}); err == nil {
		t.Error("ReadWeights accepted half a table")
	}
}

// BenchmarkCascadeLayouts parses EWT dev (gold tags) with two layouts of
// the same cascade in alternation, 100 sentences at a time, so that both
// see the same machine load, and reports tokens per CPU second of each:
// "before" is the layout of the first cascade (small table at a load of
// 2/3, the whole table scored again when the small one cannot decide),
// "shipped" the current one (sparse small table, the rest table added to
// its scores). Their trees are the same (TestCascadeRestModelDev).
func BenchmarkCascadeLayouts(b *testing.B) {
	dev := dpSentAtoms(dpLoadEWT(b, "dev"))
	base := dpLoadModel(b)
	before := base.WithCascade(CascadeMin, CascadeMargin)
	before.fast = base.tab.prunedQ(int16(min(math.Ceil(CascadeMin/float64(base.scale)), math.MaxInt16)), false)
	before.rest = nil
	shipped := dpLoadModel(b).WithCascade(CascadeMin, CascadeMargin)
	ps := []*Parser{before, shipped}
	var cpu [2]float64
	var toks [2]int
	heads, deps := make([]int, 1000), make([]string, 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for c := 0; c < len(dev); c += 100 {
			for v, p := range ps {
				c0 := dpCPUTime()
				for _, s := range dev[c:min(c+100, len(dev))] {
					p.Parse(s[0], s[1], s[2], s[3], heads, deps)
					toks[v] += len(s[0])
				}
				cpu[v] += (dpCPUTime() - c0).Seconds()
			}
		}
	}
	b.ReportMetric(float64(toks[0])/cpu[0], "before-tokens/cpu-s")
	b.ReportMetric(float64(toks[1])/cpu[1], "shipped-tokens/cpu-s")
}

// TestLoadParserCascade checks that LoadParserCascade, which builds the
// cascade's two tables straight from the file, gives the tables that
// LoadParser and WithCascade give, and that the whole table it builds when
// asked (from those two) is LoadParser's, so Save writes the same file.
func TestLoadParserCascade(t *testing.T) {
	check := func(name string, file []byte, minW, margin float64, lazy bool) {
		t.Helper()
		p, err := LoadParser(bytes.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		want := p.WithCascade(minW, margin)
		got, err := LoadParserCascade(bytes.NewReader(file), minW, margin)
		if err != nil {
			t.Fatal(err)
		}
		if lazy != (got.tab == nil && got.lazyTab) {
			t.Errorf("%s: LoadParserCascade built the whole table: %v, want %v", name, got.tab != nil, !lazy)
		}
		if !dpSameTable(got.fast, want.fast) || !dpSameTable(got.rest, want.rest) {
			t.Errorf("%s: the cascade's tables differ from WithCascade's", name)
		}
		if got.margin != want.margin || got.root != want.root || !slices.Equal(got.labels, want.labels) || got.scale != want.scale {
			t.Errorf("%s: margin, labels or scale differ", name)
		}
		if got.fast.nfeat == 0 || got.rest.nfeat == 0 {
			t.Errorf("%s: a cascade table is empty (%d, %d keys): the split tests nothing", name, got.fast.nfeat, got.rest.nfeat)
		}
		if !dpSameTable(got.table(), p.tab) {
			t.Errorf("%s: the whole table rebuilt from the cascade's differs from LoadParser's", name)
		}
		var a, b bytes.Buffer
		if err := p.Save(&a); err != nil {
			t.Fatal(err)
		}
		if err := got.Save(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: Save writes another file after LoadParserCascade", name)
		}
	}
	_, p := trainedToy(t)
	med := medianWeight(p)
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	check("toy", b.Bytes(), med, 7, true)
	// A file whose rows are not in class order (Save keeps a table's row
	// order) takes the long way, through the whole table.
	rows := dpRowsOf(p.tab, p.scale)
	for _, r := range rows {
		slices.Reverse(r.cls)
		slices.Reverse(r.w)
	}
	rev, err := newDPTable(rows, p.scale)
	if err != nil {
		t.Fatal(err)
	}
	pr, err := newParser(slices.Clone(p.labels), rev, p.scale, p.fs)
	if err != nil {
		t.Fatal(err)
	}
	var br bytes.Buffer
	if err := pr.Save(&br); err != nil {
		t.Fatal(err)
	}
	if c, err := readDPColumns(bytes.NewReader(br.Bytes())); err != nil || c.sorted {
		t.Fatalf("reversed rows read as sorted (%v)", err)
	}
	check("toy, rows reversed", br.Bytes(), med, 7, false)
	if file, err := os.ReadFile(dpModelPath); err == nil {
		check("shipped", file, CascadeMin, CascadeMargin, true)
	}
	// The embedded loader takes this path for the default setting.
	if _, err := os.Stat(dpModelPath); err == nil {
		m, err := Embedded()
		if err != nil {
			t.Fatal(err)
		}
		if os.Getenv("DYAD_PARSER_CASCADE") == "" && (!m.Parser.lazyTab || m.Parser.fast == nil) {
			t.Error("the embedded parser was not loaded by LoadParserCascade")
		}
	}
}

// TestClusterTable checks that the flat cluster table answers every lookup
// as the map it was built from: each key of the shipped model's lexicon
// (and of a small one holding key 0), the normalised words of EWT dev, and
// keys the map lacks.
func TestClusterTable(t *testing.T) {
	check := func(name string, m map[uint64]uint32, probes []uint64) {
		t.Helper()
		tab := newDPClusterTable(m)
		hit := 0
		for k, v := range m {
			if got, ok := tab.get(k); !ok || got != v {
				t.Fatalf("%s: key %#x: got %d %v, want %d", name, k, got, ok, v)
			}
		}
		for _, k := range probes {
			want, wok := m[k]
			got, ok := tab.get(k)
			if ok != wok || got != want {
				t.Fatalf("%s: key %#x: got %d %v, want %d %v", name, k, got, ok, want, wok)
			}
			if ok {
				hit++
			}
		}
		if len(probes) > 0 && (hit == 0 || hit == len(probes)) {
			t.Errorf("%s: %d of %d probes found: the probes test one side only", name, hit, len(probes))
		}
	}
	var probes []uint64
	for i := range uint64(5000) {
		probes = append(probes, i*0x9E3779B97F4A7C15, i)
	}
	check("small", map[uint64]uint32{0: 7, 1: 3, 5: 9, 0x9E3779B97F4A7C15: 11}, probes)
	if _, err := os.Stat(dpModelPath); err != nil {
		return
	}
	p := dpLoadModel(t)
	if p.fs.lex == nil || len(p.fs.clus) == 0 {
		t.Fatal("the shipped parser has no cluster table")
	}
	var buf []byte
	for _, s := range dpLoadEWT(t, "dev") {
		for _, w := range s.Words {
			buf = tgNormalize(buf[:0], w.Form)
			probes = append(probes, dpClusterKey(buf))
		}
	}
	check("shipped", p.fs.clus, probes)
}

// BenchmarkClusterLookup looks up the clusters of EWT dev's words in the
// Go map and in the flat table in alternation and reports nanoseconds per
// lookup of each.
func BenchmarkClusterLookup(b *testing.B) {
	p := dpLoadModel(b)
	var keys []uint64
	var buf []byte
	for _, s := range dpLoadEWT(b, "dev") {
		for _, w := range s.Words {
			buf = tgNormalize(buf[:0], w.Form)
			keys = append(keys, dpClusterKey(buf))
		}
	}
	mapOnly := dpFeatSet{clus: p.fs.clus}
	sets := []*dpFeatSet{&mapOnly, &p.fs}
	var cpu [2]float64
	var sink uint32
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for v, fs := range sets {
			c0 := dpCPUTime()
			for _, k := range keys {
				c, _ := fs.cluster(k)
				sink += c
			}
			cpu[v] += (dpCPUTime() - c0).Seconds()
		}
	}
	n := float64(b.N * len(keys))
	b.ReportMetric(cpu[0]/n*1e9, "map-ns/lookup")
	b.ReportMetric(cpu[1]/n*1e9, "table-ns/lookup")
	if sink == 1 {
		b.Log(sink)
	}
}

// BenchmarkLoadCascade reads the shipped parser model with the default
// cascade in two ways in alternation, so that both see the same machine
// load, and reports CPU milliseconds per load of each: "whole" is
// LoadParser then WithCascade (the whole table built, then split), "direct"
// LoadParserCascade (the two tables built from the file's columns, what
// syntax.Embedded does).
func BenchmarkLoadCascade(b *testing.B) {
	file, err := os.ReadFile(dpModelPath)
	if err != nil {
		b.Skipf("no parser model: %v", err)
	}
	var cpu [2]float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c0 := dpCPUTime()
		p, err := LoadParser(bytes.NewReader(file))
		if err != nil {
			b.Fatal(err)
		}
		p.WithCascade(CascadeMin, CascadeMargin)
		c1 := dpCPUTime()
		if _, err := LoadParserCascade(bytes.NewReader(file), CascadeMin, CascadeMargin); err != nil {
			b.Fatal(err)
		}
		c2 := dpCPUTime()
		cpu[0] += (c1 - c0).Seconds()
		cpu[1] += (c2 - c1).Seconds()
	}
	b.ReportMetric(cpu[0]/float64(b.N)*1e3, "whole-cpu-ms/load")
	b.ReportMetric(cpu[1]/float64(b.N)*1e3, "direct-cpu-ms/load")
}

// trainedToy trains a parser on the toy treebank, as the cascade tests use.
func trainedToy(t *testing.T) ([]conllu.Sentence, *Parser) {
	t.Helper()
	toy := dpToy(t)
	p, err := TrainParser(toy, toy, ParserTrainOptions{Epochs: 8, Seed: 3, TagNoise: -1, Prune: -1, DevTagNoise: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return toy, p
}

// medianWeight is the median magnitude, in model units, of p's weights.
func medianWeight(p *Parser) float64 {
	var mags []float64
	var one [1]dpEntry
	for _, k := range p.tab.keys {
		for _, e := range p.tab.row(p.tab.find(k), &one) {
			mags = append(mags, math.Abs(float64(e.w))*float64(p.scale))
		}
	}
	slices.Sort(mags)
	return mags[len(mags)/2]
}
