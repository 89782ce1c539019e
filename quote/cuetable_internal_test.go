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
