package timex

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// loadBench reads and segments the bench corpus, or skips.
func loadBench(b testing.TB) ([]doc.Document, int64) {
	var docs []doc.Document
	var n int64
	for _, r := range benchnews.Stories(b, 0) {
		d := doc.Document{Text: r.Text, Date: r.Date}
		segment.Segment(&d)
		docs = append(docs, d)
		n += int64(len(r.Text))
	}
	return docs, n
}

// BenchmarkTag measures tagging throughput on real news, segmentation done
// beforehand:
//
//	go test ./timex -run '^$' -bench Tag -benchtime 5x
func BenchmarkTag(b *testing.B) {
	docs, n := loadBench(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for k := range docs {
			Tag(&docs[k])
		}
	}
}
