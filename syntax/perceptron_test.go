package syntax

import (
	"bytes"
	"math"
	"math/rand"
	"slices"
	"testing"
)

func TestPerceptronLearnsAndFreezes(t *testing.T) {
	// Three classes, each signalled by its own feature, plus noise features.
	const nClass = 3
	p := NewPerceptron(nClass)
	rng := rand.New(rand.NewSource(1))
	scores := make([]float32, nClass)
	mk := func(c int) []uint64 {
		return []uint64{HashMix(1, uint64(c)), HashMix(2, uint64(rng.Intn(50))), HashMix(3, 0)}
	}
	for it := 0; it < 2000; it++ {
		c := rng.Intn(nClass)
		f := mk(c)
		p.Score(f, scores)
		p.Update(f, c, tgArgmax(scores[:nClass]))
	}
	w := p.Freeze(0)
	if w.NumClasses() != nClass || w.NumFeatures() == 0 {
		t.Fatalf("frozen: %d classes, %d features", w.NumClasses(), w.NumFeatures())
	}
	for c := 0; c < nClass; c++ {
		clear(scores)
		w.Score(mk(c), scores)
		if got := tgArgmax(scores); got != c {
			t.Errorf("class %d scored as %d: %v", c, got, scores)
		}
	}
	if w.Lookup(HashMix(99, 99)) != nil {
		t.Error("unknown feature has cells")
	}
	// Round trip through the binary form: weights within quantisation error.
	var b bytes.Buffer
	if _, err := w.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	w2, err := ReadWeights(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var maxAbs float64
	w.Each(func(_ uint64, cells []WeightCell) {
		for _, c := range cells {
			maxAbs = max(maxAbs, math.Abs(float64(c.W)))
		}
	})
	w.Each(func(k uint64, cells []WeightCell) {
		got := w2.Lookup(k)
		for _, c := range cells {
			var v float32
			for _, g := range got {
				if g.Class == c.Class {
					v = g.W
				}
			}
			if math.Abs(float64(v-c.W)) > maxAbs/32767+1e-6 {
				t.Errorf("key %x class %d: %v after reading, %v before", k, c.Class, v, c.W)
			}
		}
	})
	var b2 bytes.Buffer
	w2.WriteTo(&b2)
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Error("WriteTo(ReadWeights(WriteTo(w))) differs")
	}
	if _, err := ReadWeights(bytes.NewReader([]byte("DYADPW1\nxx"))); err == nil {
		t.Error("ReadWeights accepted a truncated table")
	}
}

func TestPerceptronAveraging(t *testing.T) {
	// One feature, two classes: class 1 wins at step 1 and loses at step 3;
	// the averaged weights are the time-weighted means.
	p := NewPerceptron(2)
	f := []uint64{HashMix(5, 5)}
	p.Update(f, 1, 0) // clock 1: w = (-1, +1)
	p.Tick()          // clock 2
	p.Update(f, 0, 1) // clock 3: w = (0, 0)
	p.Tick()          // clock 4
	w := p.Freeze(0)
	cells := w.Lookup(f[0])
	// w1 was +1 over clock 1..3 (2 steps), 0 after: average 2/4.
	for _, c := range cells {
		want := float32(0.5)
		if c.Class == 0 {
			want = -0.5
		}
		if math.Abs(float64(c.W-want)) > 1e-6 {
			t.Errorf("class %d averaged %v, want %v", c.Class, c.W, want)
		}
	}
}

func TestHashZeroKey(t *testing.T) {
	b := newWeightsBuilder(2, 2)
	b.add(0, []WeightCell{{Class: 1, W: 2}})
	b.add(7, []WeightCell{{Class: 0, W: 3}})
	w := b.build()
	if c := w.Lookup(0); len(c) != 1 || c[0].W != 2 {
		t.Errorf("key 0: %v", c)
	}
	s := make([]float32, 2)
	w.Score([]uint64{0, 7, 8}, s)
	if s[0] != 3 || s[1] != 2 {
		t.Errorf("scores %v", s)
	}
}

// TestDenseRowsScoreAsCells builds a table whose features have sparse rows,
// dense rows with gaps and full rows, and checks that Score gives exactly
// (to the last bit) the sums of the cells added in feature order, and that
// Lookup and Each still return each feature's own cells.
func TestDenseRowsScoreAsCells(t *testing.T) {
	const nClass = 40
	rng := rand.New(rand.NewSource(7))
	b := newWeightsBuilder(nClass, 300)
	rows := map[uint64][]WeightCell{}
	for k := uint64(0); k < 300; k++ {
		var cells []WeightCell
		switch k % 3 {
		case 0: // sparse: a few classes
			for c := 0; c < 3; c++ {
				cells = append(cells, WeightCell{Class: uint16(rng.Intn(nClass)), W: rng.Float32() - 0.5})
			}
			cells = uniqueClasses(cells)
		case 1: // dense with gaps: most classes of a range
			lo := rng.Intn(10)
			for c := lo; c < lo+25; c++ {
				if rng.Intn(5) > 0 {
					cells = append(cells, WeightCell{Class: uint16(c), W: rng.Float32()*4 - 2})
				}
			}
		default: // every class, in a shuffled order
			for _, c := range rng.Perm(nClass) {
				cells = append(cells, WeightCell{Class: uint16(c), W: rng.Float32()*10 - 5})
			}
		}
		rows[k] = cells
		b.add(k, cells)
	}
	w := b.build()
	if len(w.dense) == 0 {
		t.Fatal("no feature got a dense row")
	}
	for trial := 0; trial < 200; trial++ {
		feats := make([]uint64, 1+rng.Intn(150))
		for i := range feats {
			feats[i] = uint64(rng.Intn(320)) // some keys are absent
		}
		want := make([]float32, nClass)
		for _, f := range feats {
			for _, c := range rows[f] {
				want[c.Class] += c.W
			}
		}
		got := make([]float32, nClass)
		w.Score(feats, got)
		for c := range want {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) && !(got[c] == 0 && want[c] == 0) {
				t.Fatalf("trial %d class %d: score %v, cells sum %v", trial, c, got[c], want[c])
			}
		}
	}
	seen := 0
	w.Each(func(key uint64, cells []WeightCell) {
		seen++
		if !slices.Equal(cells, rows[key]) {
			t.Fatalf("Each: feature %d cells differ", key)
		}
	})
	if seen != len(rows) {
		t.Fatalf("Each saw %d features, want %d", seen, len(rows))
	}
	for k, cells := range rows {
		if got := w.Lookup(k); !slices.Equal(got, cells) {
			t.Fatalf("Lookup(%d) differs", k)
		}
	}
}

func uniqueClasses(cells []WeightCell) []WeightCell {
	seen := map[uint16]bool{}
	out := cells[:0]
	for _, c := range cells {
		if !seen[c.Class] {
			seen[c.Class] = true
			out = append(out, c)
		}
	}
	return out
}
