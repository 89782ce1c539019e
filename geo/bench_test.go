package geo

import (
	"bytes"
	"runtime"
	"syscall"
	"testing"

	geodata "github.com/dyadproject/dyad/data/geo"
)

// BenchmarkLoad parses the embedded gazetteer; it reports the heap the
// gazetteer keeps (MB) besides the time per load.
func BenchmarkLoad(b *testing.B) {
	var g *Gazetteer
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	n := 0
	for b.Loop() {
		n++
		var err error
		if g, err = Parse(bytes.NewReader(geodata.Gazetteer)); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	cpu := func(r syscall.Rusage) float64 {
		return float64(r.Utime.Sec+r.Stime.Sec) + float64(r.Utime.Usec+r.Stime.Usec)/1e6
	}
	// CPU seconds per load (GC included): wall time on a shared machine overstates it.
	b.ReportMetric((cpu(r1)-cpu(r0))/float64(n), "cpu-s/op")
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heapMB")
	runtime.KeepAlive(g)
}
