package vec

// addF32 is AddF32 in SSE2 (vec_amd64.s); len(dst) ≥ len(src).
//
//go:noescape
func addF32(dst, src []float32)
