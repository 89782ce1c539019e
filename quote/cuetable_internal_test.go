package quote

import (
	"hash/maphash"
	"math/rand/v2"
	"testing"
)

// TestCueTable checks the flat table against the map it replaces: every
// feature of the shipped cue model weighs what the map gives it, and
// hashes of no feature (0 included) weigh 0 as the map's missing keys do.
func TestCueTable(t *testing.T) {
	m, tab := map[uint64]float64{}, cueModel.hashed()
	for k, w := range cueModel.W {
		m[maphash.String(hashSeed, k)] = w
	}
	if len(m) < 1000 {
		t.Fatalf("the shipped cue model has %d features", len(m))
	}
	for h, w := range m {
		if got := tab.get(h); got != w {
			t.Fatalf("get(%#x) = %v, want %v", h, got, w)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 100000; i++ {
		h := r.Uint64()
		if i == 0 {
			h = 0
		}
		if got := tab.get(h); got != m[h] {
			t.Fatalf("get(%#x) = %v, want %v", h, got, m[h])
		}
	}
	// A small table that wraps round its end, with a zero hash.
	small := newCueTable(3)
	want := map[uint64]float64{0: 1.5, 15: 2, 31: 3, 47: -4}
	for h, w := range want {
		small.put(h, w)
	}
	for h := uint64(0); h < 64; h++ {
		if got := small.get(h); got != want[h] {
			t.Errorf("small get(%d) = %v, want %v", h, got, want[h])
		}
	}
}

// TestScoreBufBatches checks that scoreBuf, which hashes and looks up its
// features in batches, sums the same weights in the same order as one
// lookup after another: the same float64 bit for bit, for buffers shorter
// than a batch, exactly a batch and spanning several, with features the
// model has and has not.
func TestScoreBufBatches(t *testing.T) {
	var known []string
	for k := range cueModel.W {
		known = append(known, k)
	}
	if len(known) < 100 {
		t.Fatalf("the shipped cue model has %d features", len(known))
	}
	r := rand.New(rand.NewPCG(3, 4))
	tab := cueModel.hashed()
	for _, n := range []int{0, 1, 31, 32, 33, 64, 65, 100} {
		var f featBuf
		want := 0.0
		for i := 0; i < n; i++ {
			feat := known[r.IntN(len(known))]
			if i%5 == 4 {
				feat = "nosuchfeature=" + feat
			}
			f.add(feat)
			want += tab.get(maphash.String(hashSeed, feat))
		}
		if got := cueModel.scoreBuf(&f); got != want {
			t.Errorf("%d features: scoreBuf %v, one by one %v", n, got, want)
		}
	}
}
