package tone

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// loadBenchDocs returns the bench-news stories segmented (sentences and
// tokens, no tags), and their total size in bytes.
func loadBenchDocs(tb testing.TB) ([]*doc.Document, int) {
	var docs []*doc.Document
	total := 0
	for _, text := range benchnews.Texts(tb) {
		d := &doc.Document{Text: text}
		segment.Segment(d)
		docs = append(docs, d)
		total += len(text)
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
	cpu0 := benchnews.CPUTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Score(d)
		}
	}
	b.StopTimer()
	benchnews.ReportMBPerCPUSecond(b, int64(total), cpu0)
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
