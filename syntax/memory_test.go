package syntax

import (
	"runtime"
	"testing"
)

// BenchmarkModelsMemory reports the live heap that loading the embedded
// syntax models (tagger, lemmatizer, parser with its cascade tables) adds,
// measured after a collection: issue 3 asks for at most 300 MB. Each
// iteration loads fresh copies, not the shared Embedded() ones.
func BenchmarkModelsMemory(b *testing.B) {
	var live float64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m, err := loadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		live = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / 1e6
		runtime.KeepAlive(m)
	}
	b.ReportMetric(live, "live-MB")
}
