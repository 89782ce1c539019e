package vec

import "golang.org/x/sys/cpu"

// useAVX2 says addF32 may take eight lanes at a time (AVX2, and the
// operating system saves the wide registers).
var useAVX2 = cpu.X86.HasAVX2

// addF32 is AddF32 in AVX2 or SSE2 (vec_amd64.s); len(dst) ≥ len(src).
//
//go:noescape
func addF32(dst, src []float32)
