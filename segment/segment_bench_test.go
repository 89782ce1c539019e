package segment

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
)

// BenchmarkSegment segments every story of the corpus once per iteration,
// into a fresh Document each time as a pipeline does; b.SetBytes makes the
// result read in MB/s of text. It also reports MB per CPU-second of the
// whole process (garbage collection included), which stays meaningful when
// other work shares the machine and wall-clock MB/s drops.
func BenchmarkSegment(b *testing.B) {
	texts := benchnews.Texts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := benchnews.CPUTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			d := &doc.Document{Text: t}
			Segment(d)
		}
	}
	b.StopTimer()
	benchnews.ReportMBPerCPUSecond(b, int64(total), cpu0)
}

// BenchmarkSegmentReuse segments into Documents whose slices are reused,
// the cost without allocating the token layer.
func BenchmarkSegmentReuse(b *testing.B) {
	texts := benchnews.Texts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	docs := make([]doc.Document, len(texts))
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := benchnews.CPUTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range docs {
			docs[k].Text = texts[k]
			Segment(&docs[k])
		}
	}
	b.StopTimer()
	benchnews.ReportMBPerCPUSecond(b, int64(total), cpu0)
}
