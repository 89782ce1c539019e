package actor_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// benchDocs reads and segments the bench-news stories, skipping when absent.
func benchDocs(b *testing.B) []*doc.Document {
	var docs []*doc.Document
	for _, text := range benchnews.Texts(b) {
		d := &doc.Document{Text: text}
		segment.Segment(d)
		docs = append(docs, d)
	}
	return docs
}

// posTag fills the tokens' UPOS with the embedded tagger, as the syntax
// stage does before the actor stage (outside the timed loop).
func posTag(b *testing.B, docs []*doc.Document) {
	for _, d := range docs {
		for _, s := range d.Sentences {
			words := make([]string, 0, s.TokenEnd-s.TokenStart)
			for _, t := range d.Tokens[s.TokenStart:s.TokenEnd] {
				words = append(words, d.Text[t.Start:t.End])
			}
			upos, err := actor.TagUPOS(words)
			if err != nil {
				b.Fatal(err)
			}
			for i := range words {
				d.Tokens[s.TokenStart+i].UPOS = upos[i]
			}
		}
	}
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
	posTag(b, docs) // the pipeline's syntax stage has tagged before NER runs
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := benchnews.CPUTime().Seconds()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			n.Entities(d)
		}
	}
	if cpu := benchnews.CPUTime().Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu, "tokens/cpu-s")
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkNERLoad measures loading the shipped model, its KB names' name
// KB built included.
func BenchmarkNERLoad(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", actor.NERModelPath))
	if err != nil {
		b.Skipf("no model: %v", err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := actor.LoadNER(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
