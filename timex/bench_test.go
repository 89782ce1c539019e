package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// benchNews is the shared bench corpus of wire stories beside the
// repository.
var benchNews = filepath.Join("..", "..", "shared", "data", "bench-news", "te3-silver-news.jsonl")

// loadBench reads and segments the bench corpus, or skips.
func loadBench(b testing.TB) ([]doc.Document, int64) {
	f, err := os.Open(benchNews)
	if err != nil {
		b.Skip("bench corpus absent: ", benchNews)
	}
	defer f.Close()
	var docs []doc.Document
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		d := doc.Document{Text: r.Text, Date: r.Date}
		segment.Segment(&d)
		docs = append(docs, d)
		n += int64(len(r.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
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
