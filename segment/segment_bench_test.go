package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// benchNews is the shared corpus of wire stories the benchmark segments. It
// is read at run time and never copied into the repository.
var benchNews = filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")

// loadBenchNews returns the "text" field of each line of the corpus.
func loadBenchNews(tb testing.TB) []string {
	f, err := os.Open(benchNews)
	if err != nil {
		tb.Skipf("bench-news corpus absent (%v); put te3-silver-news.jsonl under shared/data/bench-news", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", benchNews, err)
		}
		if rec.Text != "" {
			texts = append(texts, rec.Text)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(texts) == 0 {
		tb.Skip("bench-news corpus is empty")
	}
	return texts
}

// BenchmarkSegment segments every story of the corpus once per iteration,
// into a fresh Document each time as a pipeline does; b.SetBytes makes the
// result read in MB/s of text. It also reports MB per CPU-second of the
// whole process (garbage collection included), which stays meaningful when
// other work shares the machine and wall-clock MB/s drops.
func BenchmarkSegment(b *testing.B) {
	texts := loadBenchNews(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			d := &doc.Document{Text: t}
			Segment(d)
		}
	}
	b.StopTimer()
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkSegmentReuse segments into Documents whose slices are reused,
// the cost without allocating the token layer.
func BenchmarkSegmentReuse(b *testing.B) {
	texts := loadBenchNews(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	docs := make([]doc.Document, len(texts))
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range docs {
			docs[k].Text = texts[k]
			Segment(&docs[k])
		}
	}
	b.StopTimer()
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
