package hugepage

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// Make gives n zeroed elements; from Min bytes on (where the system takes
// the advice) the array starts on a huge-page boundary, inside one
// allocation padded to whole huge pages.
func TestMakeAligned(t *testing.T) {
	check := func(name string, base uintptr, l, c, n int, big bool) {
		t.Helper()
		if l != n || c != n {
			t.Errorf("%s: len %d cap %d, want %d", name, l, c, n)
		}
		if big && on && base%Size != 0 {
			t.Errorf("%s: array at %#x, not on a %d-byte boundary", name, base, Size)
		}
	}
	for _, n := range []int{0, 1, 1000, Min/8 - 1, Min / 8, Min/8 + 1, 3*Min/8 + 12345} {
		s := Make[uint64](n)
		base := uintptr(0)
		if n > 0 {
			base = uintptr(unsafe.Pointer(&s[0]))
		}
		check(fmt.Sprintf("uint64 × %d", n), base, len(s), cap(s), n, n*8 >= Min)
		for i, v := range s {
			if v != 0 {
				t.Fatalf("uint64 × %d: element %d is %d", n, i, v)
			}
		}
	}
	type cell struct {
		a uint16
		w float32
	}
	c := Make[cell](Min)
	check("cell × Min", uintptr(unsafe.Pointer(&c[0])), len(c), cap(c), Min, true)
	b := Make[byte](5*Min + 7)[:0]
	if cap(b) != 5*Min+7 {
		t.Errorf("byte buffer: cap %d, want %d", cap(b), 5*Min+7)
	}
	// Appending past the capacity must not write into the padding.
	b = append(b[:cap(b)], 1)
	if len(b) != 5*Min+8 {
		t.Errorf("append: len %d", len(b))
	}
	// An element size that is not a power of two: a plain allocation.
	odd := Make[[3]byte](Min)
	check("[3]byte × Min", 0, len(odd), cap(odd), Min, false)
}

// Where the kernel grants huge pages on request, a table made by Make lies
// in memory advised for them (/proc/self/smaps).
func TestMakeGranted(t *testing.T) {
	if !on {
		t.Skip("huge-page advice off on this system")
	}
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !(strings.Contains(string(mode), "[madvise]") || strings.Contains(string(mode), "[always]")) {
		t.Skipf("transparent huge pages not available on request (%q, %v)", mode, err)
	}
	s := Make[uint64](4 * Size / 8)
	for i := 0; i < len(s); i += 512 {
		s[i] = uint64(i) + 1
	}
	checkAdvised(t, fmt.Sprintf("table of %d MB", 4*Size>>20), uintptr(unsafe.Pointer(&s[0])))
	if s[512] != 513 {
		t.Fatal("table lost its contents")
	}
}

// mappingOf returns the AnonHugePages (kB) and the VmFlags of the mapping
// holding address p (/proc/self/smaps).
func mappingOf(t *testing.T, p uintptr) (hugeKB int, flags []string) {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in, found := false, false
	for sc.Scan() {
		line := sc.Text()
		first, _, _ := strings.Cut(line, " ")
		if lo, hi, ok := strings.Cut(first, "-"); ok && !strings.Contains(first, ":") {
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			if err1 == nil && err2 == nil {
				if in {
					break
				}
				in = uintptr(a) <= p && p < uintptr(b)
				found = found || in
				continue
			}
		}
		if !in {
			continue
		}
		if strings.HasPrefix(line, "AnonHugePages:") {
			hugeKB, _ = strconv.Atoi(strings.Fields(line)[1])
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok {
			flags = strings.Fields(rest)
		}
	}
	if !found {
		t.Fatalf("no mapping holds %#x", p)
	}
	return hugeKB, flags
}

// checkAdvised fails unless the mapping holding p carries the huge-page
// advice (VmFlags "hg"), which is what this package controls. Whether the
// kernel then backs it with huge pages depends on free contiguous memory at
// the moment of the fault (a loaded machine may have none), so a mapping
// without them is logged, not failed.
func checkAdvised(t *testing.T, what string, p uintptr) {
	t.Helper()
	kb, flags := mappingOf(t, p)
	if flags == nil {
		t.Skip("this kernel's smaps has no VmFlags line")
	}
	if !slices.Contains(flags, "hg") {
		t.Errorf("%s: mapping not advised for huge pages (VmFlags %v)", what, flags)
	}
	if kb < Size>>10 {
		t.Logf("%s: advised, but the kernel granted %d kB of huge pages (memory fragmented or short)", what, kb)
	}
}

// After ReserveHeap, memory the heap hands out later, in plain make calls,
// lies in huge-page-advised memory.
func TestReserveHeap(t *testing.T) {
	if !on {
		t.Skip("huge-page advice off on this system")
	}
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !(strings.Contains(string(mode), "[madvise]") || strings.Contains(string(mode), "[always]")) {
		t.Skipf("transparent huge pages not available on request (%q, %v)", mode, err)
	}
	ReserveHeap()
	ReserveHeap() // once per process
	s := make([]uint64, 8*Size/8)
	for i := 0; i < len(s); i += 512 {
		s[i] = uint64(i) + 1
	}
	checkAdvised(t, fmt.Sprintf("after ReserveHeap a %d MB make", 8*Size>>20), uintptr(unsafe.Pointer(&s[len(s)/2])))
}

// junk holds memory that TestReserveNotWritten uses and frees.
var junk [][]byte

// rssKB is the process's resident memory (/proc/self/status VmRSS).
func rssKB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.Fields(rest)[0])
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Skip("no VmRSS in /proc/self/status")
	return 0
}

// A reserve made just after the heap's top pages were used and freed is
// still not written: it adds next to nothing resident (one allocation of
// it all was zeroed by the runtime, all of it then resident).
func TestReserveNotWritten(t *testing.T) {
	for range 200 {
		b := make([]byte, 64<<10)
		b[0] = 1
		junk = append(junk, b)
	}
	junk = nil
	runtime.GC()
	before := rssKB(t)
	reserve(256 << 20)
	if grew := rssKB(t) - before; grew > 64<<10 {
		t.Errorf("reserving 256 MB made %d kB more resident", grew)
	}
}
