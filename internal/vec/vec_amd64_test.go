package vec

import "testing"

// TestAddF32SSE runs TestAddF32 with the AVX2 loop switched off, where
// the processor has it (the vector loops of both widths are then tested).
func TestAddF32SSE(t *testing.T) {
	if !useAVX2 {
		t.Skip("AVX2 loop not used on this processor")
	}
	useAVX2 = false
	defer func() { useAVX2 = true }()
	TestAddF32(t)
}

// BenchmarkAddF32Widths adds a 306-wide row with the AVX2 and the SSE2
// loop.
func BenchmarkAddF32Widths(b *testing.B) {
	src, dst := make([]float32, 306), make([]float32, 306)
	for i := range src {
		src[i] = float32(i)
	}
	was := useAVX2
	defer func() { useAVX2 = was }()
	for _, avx := range []bool{true, false} {
		name := "sse2"
		if avx {
			name = "avx2"
			if !was {
				continue
			}
		}
		b.Run(name, func(b *testing.B) {
			useAVX2 = avx
			for i := 0; i < b.N; i++ {
				AddF32(dst, src)
			}
		})
	}
}
