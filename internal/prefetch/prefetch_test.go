package prefetch

import (
	"slices"
	"testing"
	"unsafe"
)

// TestPrefetchChangesNothing prefetches real elements, addresses outside
// the process (nil, the top of the address space, indices past the end of
// the base) and empty lists: a prefetch must neither fault nor write, so
// the data read back afterwards are what they were.
func TestPrefetchChangesNothing(t *testing.T) {
	base := make([]uint64, 1024)
	for i := range base {
		base[i] = uint64(i) * 0x9E3779B97F4A7C15
	}
	want := slices.Clone(base)
	keys := []uint64{0, 1 << 54, 1023 << 54, ^uint64(0)}
	keys = append(keys, keys...) // odd and even counts
	for _, shift := range []uint{54, 0, 8} {
		for n := range len(keys) + 1 {
			k := slices.Clone(keys[:n])
			Shifted(base, k, shift)
			if !slices.Equal(k, keys[:n]) {
				t.Fatalf("Shifted changed its keys (shift %d, %d keys)", shift, n)
			}
		}
	}
	Shifted(nil, keys, 0)
	Shifted(base, nil, 0)
	addrs := []uintptr{0, ^uintptr(0), 1 << 47, uintptr(unsafe.Pointer(&base[0])), uintptr(unsafe.Pointer(&base[1023]))}
	for n := range len(addrs) + 1 {
		Addrs(addrs[:n])
	}
	Addrs(nil)
	if !slices.Equal(base, want) {
		t.Fatal("a prefetch changed the memory it was pointed at")
	}
}

// BenchmarkShifted compares scattered reads over a 64 MB table with and
// without prefetching the elements first, batch by batch.
func BenchmarkShifted(b *testing.B) {
	const bits = 23 // 8 M elements
	base := make([]uint64, 1<<bits)
	keys := make([]uint64, 64)
	x := uint64(88172645463325252)
	for _, pf := range []bool{false, true} {
		name := "loads"
		if pf {
			name = "prefetch"
		}
		b.Run(name, func(b *testing.B) {
			var sum uint64
			for i := 0; i < b.N; i++ {
				for j := range keys {
					x ^= x << 13
					x ^= x >> 7
					x ^= x << 17
					keys[j] = x
				}
				if pf {
					Shifted(base, keys, 64-bits)
				}
				for _, k := range keys {
					sum += base[k>>(64-bits)]
				}
			}
			if sum == 1 {
				b.Log(sum)
			}
		})
	}
}
