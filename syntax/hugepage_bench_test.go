package syntax

import (
	"testing"

	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/internal/hugepage"
)

// BenchmarkHugePages tags and parses bench-news stories with two copies of
// the embedded models, one loaded with its tables on huge pages
// (internal/hugepage) and one without, 25 stories at a time in alternation
// (each copy first every other time), and reports tokens per CPU second of
// each: the two share the machine's load. The annotations are the same.
//
//	go test ./syntax -run '^$' -bench HugePages -benchtime 1x -count 4 -cpu 1
func BenchmarkHugePages(b *testing.B) {
	// The small-page copy first: loading frees its decompression buffers,
	// which must not be advised memory that the other copy's tables reuse.
	was := hugepage.SetEnabled(false)
	small, err := loadEmbedded()
	hugepage.SetEnabled(true)
	var huge *Models
	if err == nil {
		huge, err = loadEmbedded()
	}
	hugepage.SetEnabled(was)
	if err != nil {
		b.Fatal(err)
	}
	ms := [2]*Models{small, huge}
	docs := benchDocs(b, 400)
	var cpu [2]float64
	var toks [2]int
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		for lo := 0; lo < len(docs); lo += 25 {
			chunk := docs[lo:min(lo+25, len(docs))]
			for j := range 2 {
				k := (j + lo/25) % 2 // who goes first alternates
				c0 := benchnews.CPUTime()
				for _, d := range chunk {
					ms[k].Annotate(d)
					toks[k] += len(d.Tokens)
				}
				cpu[k] += (benchnews.CPUTime() - c0).Seconds()
			}
		}
	}
	if cpu[0] > 0 && cpu[1] > 0 {
		b.ReportMetric(float64(toks[0])/cpu[0], "tok/cpu-s-small-pages")
		b.ReportMetric(float64(toks[1])/cpu[1], "tok/cpu-s-huge-pages")
	}
}
