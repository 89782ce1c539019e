package actor_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// benchDocs reads and segments the bench-news stories, skipping when absent.
func benchDocs(b *testing.B) []*doc.Document {
	f, err := os.Open(filepath.Join(sharedData, "bench-news", "te3-silver-news.jsonl"))
	if err != nil {
		b.Skipf("bench-news not available: %v", err)
	}
	defer f.Close()
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
			dd := &doc.Document{Text: d.Text}
			segment.Segment(dd)
			docs = append(docs, dd)
		}
	}
	return docs
}

// BenchmarkNER measures Entities over the bench-news stories (segmentation
// done beforehand); tokens/cpu-s is the per-core rate.
func BenchmarkNER(b *testing.B) { benchNER(b, actor.DefaultNERDocPass) }

// BenchmarkNERNoDocPass is BenchmarkNER without the document-level second
// pass (ner_doc.go), for its cost.
func BenchmarkNERNoDocPass(b *testing.B) { benchNER(b, actor.NERDocPass{}) }

func benchNER(b *testing.B, p actor.NERDocPass) {
	docs := benchDocs(b)
	path := filepath.Join("..", actor.NERModelPath)
	if p := os.Getenv("DYAD_NER_MODEL"); p != "" {
		path = p // another model, for before/after comparisons
	}
	n, err := actor.LoadNERFile(path)
	if err != nil {
		b.Skipf("no model: %v", err)
	}
	n.DocPass = p
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := cpuSecondsNER()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			n.Entities(d)
		}
	}
	if cpu := cpuSecondsNER() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu, "tokens/cpu-s")
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// cpuSecondsNER is the user+system CPU time of this process so far.
func cpuSecondsNER() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
