// Package vec holds the few vector kernels of the models' scoring loops:
// element-wise additions over a dense row of weights. Each lane of a
// vector addition is the scalar addition of the same two numbers, so the
// results are the scalar loop's to the last bit (there is no fused
// multiply-add or reordering); amd64 uses AVX2 where the processor has it
// and SSE2 (part of every amd64 processor) otherwise, other architectures
// the scalar loop.
package vec

// AddF32 adds src[i] to dst[i] for every i < len(src); dst must be at least
// as long as src.
func AddF32(dst, src []float32) {
	_ = dst[:len(src)]
	addF32(dst, src)
}

// addF32Generic is AddF32's scalar loop.
func addF32Generic(dst, src []float32) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] += v
	}
}
