// Package prefetch asks the processor to start loading memory that a
// scoring loop will read soon: the first slots of a batch of hash-table
// probes and the rows they lead to. A prefetch is a hint: it changes no
// memory and no result, never faults (an address outside the process is
// ignored), and, unlike a load, does not hold up the instructions after it
// until the data arrive. amd64 issues PREFETCHT0; other architectures do
// nothing.
package prefetch

// Shifted prefetches &base[k>>shift] for every k in keys.
func Shifted(base []uint64, keys []uint64, shift uint) {
	if len(base) == 0 || len(keys) == 0 {
		return
	}
	shifted(&base[0], keys, shift)
}

// Addrs prefetches every address in addrs.
func Addrs(addrs []uintptr) {
	if len(addrs) == 0 {
		return
	}
	addrsAsm(addrs)
}
