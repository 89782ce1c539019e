//go:build !amd64

package vec

func addF32(dst, src []float32) { addF32Generic(dst, src) }
