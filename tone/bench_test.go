package tone

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// benchNews is the shared corpus of wire stories, read at run time and never
// copied into the repository.
var benchNews = filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")

// loadBenchDocs returns the corpus's stories segmented (sentences and
// tokens, no tags), and their total size in bytes.
func loadBenchDocs(tb testing.TB) ([]*doc.Document, int) {
	f, err := os.Open(benchNews)
	if err != nil {
		tb.Skipf("bench-news corpus absent (%v); put te3-silver-news.jsonl under shared/data/bench-news", err)
	}
	defer f.Close()
	var docs []*doc.Document
	total := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", benchNews, err)
		}
		if rec.Text == "" {
			continue
		}
		d := &doc.Document{Text: rec.Text}
		segment.Segment(d)
		docs = append(docs, d)
		total += len(rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(docs) == 0 {
		tb.Skip("bench-news corpus is empty")
	}
	return docs, total
}

// BenchmarkScore scores every story of bench-news once per iteration; the
// stories are segmented before the timer starts, so the figure (MB/s of
// text, one goroutine) is the tone stage alone. MB/cpu-s divides by the
// process's CPU time instead of wall-clock time, which stays meaningful
// when other work shares the machine.
func BenchmarkScore(b *testing.B) {
	docs, total := loadBenchDocs(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Score(d)
		}
	}
	b.StopTimer()
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// cpuTime is the CPU time (user and system) the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestBenchNewsTone is a robustness run over real news: every story gets a
// tone whose figures agree with each other. The bounds are GDELT's, not
// tuned: percentages within 0..100 and Tone = Positive − Negative.
func TestBenchNewsTone(t *testing.T) {
	docs, _ := loadBenchDocs(t)
	var sum float64
	for _, d := range docs {
		Score(d)
		tn := d.Tone
		if tn == nil || tn.Words == 0 {
			t.Fatalf("story %.40q: no tone or no words: %v", d.Text, tn)
		}
		if tn.Positive < 0 || tn.Negative < 0 || tn.Polarity > 100 || !near(tn.Tone, tn.Positive-tn.Negative) {
			t.Fatalf("story %.40q: inconsistent tone %+v", d.Text, *tn)
		}
		sum += tn.Tone
	}
	t.Logf("%d stories, mean tone %.2f", len(docs), sum/float64(len(docs)))
}
