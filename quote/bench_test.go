package quote_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// benchNews is the shared corpus of wire stories beside the repository.
var benchNews = filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")

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
	f, err := os.Open(benchNews)
	if err != nil {
		b.Skip("bench corpus absent: ", benchNews)
	}
	defer f.Close()
	var docs []*doc.Document
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(docs) < benchStories {
		var r struct{ Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, annotateDated(b, r.Text, r.Date))
		n += int64(len(r.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	quotes := 0
	for _, d := range docs {
		quotes += len(d.Quotes)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuSeconds(b)
	for range b.N {
		for _, d := range docs {
			quote.Attribute(d)
		}
	}
	if cpu := cpuSeconds(b) - start; cpu > 0 {
		// The per-core rate: MB/s above is wall time, which a busy
		// machine stretches.
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
	b.ReportMetric(float64(quotes)/float64(len(docs)), "quotes/doc")
}

// cpuSeconds is the process's user and system CPU time so far.
func cpuSeconds(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
