package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/quote"
)

// benchStories is how many stories are parsed for the benchmark: parsing is
// slow and happens before the timer, so a slice of the corpus keeps the
// set-up short.
const benchStories = 500

// BenchmarkAttribute measures quote attribution alone on real news already
// segmented, parsed and actor-resolved outside the timer; MB/cpu-s is the
// rate per core:
//
//	go test ./quote -run '^$' -bench Attribute -benchtime 20x
func BenchmarkAttribute(b *testing.B) {
	var docs []*doc.Document
	var n int64
	for _, r := range benchnews.Stories(b, benchStories) {
		docs = append(docs, annotateDated(b, r.Text, r.Date))
		n += int64(len(r.Text))
	}
	quotes := 0
	for _, d := range docs {
		quotes += len(d.Quotes)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	start := benchnews.CPUTime()
	for range b.N {
		for _, d := range docs {
			quote.Attribute(d)
		}
	}
	// The per-core rate: MB/s above is wall time, which a busy machine
	// stretches.
	benchnews.ReportMBPerCPUSecond(b, n, start)
	b.ReportMetric(float64(quotes)/float64(len(docs)), "quotes/doc")
}
