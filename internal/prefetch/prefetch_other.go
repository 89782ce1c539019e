//go:build !amd64

package prefetch

func shifted(base *uint64, keys []uint64, shift uint) {}

func addrsAsm(addrs []uintptr) {}
