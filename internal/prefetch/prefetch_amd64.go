package prefetch

//go:noescape
func shifted(base *uint64, keys []uint64, shift uint)

//go:noescape
func addrsAsm(addrs []uintptr)
