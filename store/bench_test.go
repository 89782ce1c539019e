package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// BenchmarkPut stores 10,000 short documents (two sentences, three
// entities, a timex, two events) in batches of 500, as ingest would, into a
// fresh database each iteration, and reports documents per second.
func BenchmarkPut(b *testing.B) {
	const n, batch = 10000, 500
	docs := make([]*doc.Document, n)
	for i := range docs {
		docs[i] = smallDoc(fmt.Sprintf("doc%05d", i), i)
	}
	ctx := context.Background()
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for lo := 0; lo < n; lo += batch {
			if err := s.Put(ctx, docs[lo:lo+batch]); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "docs/s")
}
