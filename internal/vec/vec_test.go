package vec

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddF32 compares AddF32 with the scalar loop bit for bit over every
// length up to 330 and offsets that leave the rows unaligned, on values of
// very different magnitudes and signs (zeros of both signs among them).
func TestAddF32(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	val := func() float32 {
		switch r.IntN(6) {
		case 0:
			return 0
		case 1:
			return float32(math.Copysign(0, -1))
		}
		return float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(12)-6)))
	}
	for n := 0; n <= 330; n++ {
		for off := 0; off < 4; off++ {
			src := make([]float32, n+off)
			dst := make([]float32, n+off+3)
			for i := range src {
				src[i] = val()
			}
			for i := range dst {
				dst[i] = val()
			}
			want := append([]float32(nil), dst...)
			addF32Generic(want[off:], src[off:])
			AddF32(dst[off:], src[off:])
			for i := range dst {
				if math.Float32bits(dst[i]) != math.Float32bits(want[i]) {
					t.Fatalf("n %d off %d: element %d is %v (%#x), the scalar loop gives %v (%#x)", n, off, i, dst[i], math.Float32bits(dst[i]), want[i], math.Float32bits(want[i]))
				}
			}
		}
	}
}

// TestAddF32Short: a destination shorter than the source panics rather
// than writing past it.
func TestAddF32Short(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a destination shorter than the source")
		}
	}()
	AddF32(make([]float32, 3), make([]float32, 4))
}

func BenchmarkAddF32(b *testing.B) {
	src, dst := make([]float32, 306), make([]float32, 306)
	for i := range src {
		src[i] = float32(i)
	}
	b.Run("vector", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			AddF32(dst, src)
		}
	})
	b.Run("scalar", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			addF32Generic(dst, src)
		}
	})
}
