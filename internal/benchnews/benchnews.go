// Package benchnews reads the bench-news corpus for benchmarks and
// robustness tests: wire stories, one JSON object a line with "text" and
// "date", kept in the shared data beside the repository and never copied
// into it. A test that asks for the corpus is skipped when it is absent, as
// it is in a fresh clone.
package benchnews

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Path is the corpus file as a test in a package folder directly below the
// repository root sees it.
var Path = filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")

// Story is one line of the corpus.
type Story struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Date string `json:"date"`
}

// Stories returns the corpus's stories in order, the first limit of them
// when limit > 0, stories without text included. It skips tb when the corpus
// is absent or holds no text, and fails it on a malformed line.
func Stories(tb testing.TB, limit int) []Story {
	tb.Helper()
	f, err := os.Open(Path)
	if err != nil {
		tb.Skipf("bench-news corpus absent (%v); put te3-silver-news.jsonl under shared/data/bench-news", err)
	}
	defer f.Close()
	var out []Story
	texts := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for (limit <= 0 || len(out) < limit) && sc.Scan() {
		var s Story
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			tb.Fatalf("%s: %v", Path, err)
		}
		if s.Text != "" {
			texts++
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", Path, err)
	}
	if texts == 0 {
		tb.Skip("bench-news corpus is empty")
	}
	return out
}

// Texts returns the text of every story that has one, as Stories reads
// them.
func Texts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, s := range Stories(tb, 0) {
		if s.Text != "" {
			out = append(out, s.Text)
		}
	}
	return out
}

// CPUTime is the user and system CPU time the process has used so far, or
// 0 when the system does not tell: benchmarks report work per CPU second,
// which other jobs on a busy machine do not stretch as they do wall time.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// ReportMBPerCPUSecond adds the metric "MB/cpu-s" to b: bytes of text per
// op times b.N, in MB, over the CPU time the process used since cpu0 (a
// CPUTime reading taken before the loop). It adds nothing when no CPU time
// was measured.
func ReportMBPerCPUSecond(b *testing.B, bytes int64, cpu0 time.Duration) {
	if cpu := CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
