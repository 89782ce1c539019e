package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/read"
)

// replicatedExamples writes the examples/ articles replicated to n documents
// as one JSON Lines file, each copy with its own id.
func replicatedExamples(b *testing.B, n int) (string, int64) {
	b.Helper()
	var base []*doc.Document
	err := read.Walk(context.Background(), []string{"../../examples"}, read.Options{}, func(it read.Item) error {
		if it.Err != nil {
			return it.Err
		}
		base = append(base, it.Doc)
		return nil
	})
	if err != nil || len(base) == 0 {
		b.Fatalf("reading examples: %v (%d docs)", err, len(base))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range n {
		d := base[i%len(base)]
		enc.Encode(map[string]string{"id": fmt.Sprintf("%s-%d", d.ID, i), "date": d.Date, "title": d.Title, "text": d.Text})
	}
	path := filepath.Join(b.TempDir(), "replicated.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, int64(buf.Len())
}

// BenchmarkIngest measures read → segment (and every later stage in the
// standard pipeline) → store, exactly as `dyad ingest` runs it, on the
// examples replicated to 10,000 documents, into a fresh database each time.
// It reports documents per second and the process's peak resident memory.
func BenchmarkIngest(b *testing.B) {
	const n = 10000
	path, size := replicatedExamples(b, n)
	b.SetBytes(size)
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i))
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"ingest", "--db", db, path}, nil, &out, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
}

// peakRSS is the process's peak resident set size in bytes (Linux reports KiB).
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
