// Package hugepage allocates large, long-lived tables so that the kernel
// can back them with transparent huge pages (2 MB), where it grants them
// on request (Linux's "madvise" setting, the common default; the Go
// runtime asks for none for the heap).
//
// The models' weight tables (tagger, parser, NER, the KB's phrase trie,
// the gazetteer's name index) are probed at random for every word. On
// 4 KB pages nearly every probe of a table of tens of megabytes also
// misses the TLB, and filling a table takes one page fault per 4 KB, which
// is dear in a virtual machine. The advice changes no contents: it is a
// hint the kernel may ignore, and on other systems it is not given.
// DYAD_HUGEPAGES=0 in the environment leaves it out, to compare.
package hugepage

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Size is the huge page size tables are aligned to.
const Size = 2 << 20

// Min is the size in bytes from which Make aligns and advises a table.
const Min = 2 << 20

// on reports whether tables are advised: on a system that takes the
// advice, unless DYAD_HUGEPAGES=0.
var on = supported && os.Getenv("DYAD_HUGEPAGES") != "0"

// SetEnabled turns the advice on or off for the tables made from now on
// (where the system takes it) and returns whether it was on: benchmarks
// load one copy of the models each way and compare them in one process.
func SetEnabled(enable bool) (was bool) {
	was, on = on, enable && supported
	return was
}

// Make returns a zeroed slice of n elements (length and capacity n) for a
// large table that lives as long as the program. From Min bytes on, its
// array starts on a huge-page boundary of an allocation padded to whole
// huge pages (less than two huge pages more), and the kernel is asked to
// back those pages with huge pages when they are first written: Make is
// for a table not yet written, whose pages are still to be faulted in.
// The padding is never written; part of it is resident when the kernel
// grants the last huge page. Smaller tables, elements whose size is not
// a power of two, and systems without the advice get make([]T, n).
func Make[T any](n int) []T {
	var zero T
	es := unsafe.Sizeof(zero)
	bytes := uintptr(n) * es
	if !on || bytes < Min || es == 0 || es&(es-1) != 0 || es > 4096 {
		return make([]T, n)
	}
	span := (bytes + Size - 1) &^ (Size - 1)
	all := make([]T, (span+Size)/es)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(all)))
	// Large allocations start on a page boundary (8 KB), so the distance
	// to the next huge-page boundary is a whole number of elements.
	d := (p+Size-1)&^(Size-1) - p
	if d%es != 0 {
		return all[:n:n]
	}
	k := int(d / es)
	s := all[k : k+n : k+n]
	advise(p+uintptr(k)*es, span)
	runtime.KeepAlive(all)
	return s
}

// HeapReserve is the size of the heap that ReserveHeap prepares: more than
// `dyad code -j 1` reaches on bench-news (about 700 MB), models included.
const HeapReserve = 1 << 30

var reserveOnce sync.Once

// ReserveHeap lets the Go heap grow into huge pages, once per process: it
// allocates HeapReserve bytes (advised, never written: see reserve),
// drops them and collects them at once, so that the heap's next
// allocations (the models' maps and strings, every document's layers)
// take that advised, still untouched memory, which the kernel backs with
// huge pages as it is written. It changes no contents and, the memory
// being untouched, adds nothing resident; nor does it change when the
// collector runs (the dropped bytes are collected before anything else
// is allocated). It does nothing where the advice is off or is not
// granted on request (/sys/kernel/mm/transparent_hugepage/enabled
// "never"), and on 32-bit systems. Call it before loading the models.
func ReserveHeap() {
	reserveOnce.Do(func() {
		if !on || strconv.IntSize < 64 || !grantable() {
			return
		}
		reserve(HeapReserve)
	})
}

// reserve allocates n bytes (a multiple of Size) in pieces of Size bytes,
// advises each piece and drops them all, collected at once. Pieces, not
// one allocation: the runtime zeroes an allocation that begins in pages
// the heap used and freed before (free pages at the heap's top, left by
// the collections of start-up), and zeroing one 1 GB allocation writes
// all of it, which then stays resident (dyad code peaked at 1.09 GB and
// spent seconds more in about one run in three). A piece that begins in
// such pages zeroes only those pages, resident already, and the rest of
// its Size bytes.
func reserve(n int) {
	pieces := make([][]byte, 0, n/Size)
	for len(pieces) < cap(pieces) {
		p := make([]byte, Size)
		advise(uintptr(unsafe.Pointer(unsafe.SliceData(p))), Size)
		pieces = append(pieces, p)
	}
	runtime.KeepAlive(pieces)
	pieces = nil
	runtime.GC()
}

// grantable reports whether the system's transparent huge pages are
// granted on request ("always" or "madvise"); true when it cannot tell.
func grantable() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err != nil || !strings.Contains(string(b), "[never]")
}
