package syntax

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
)

// annotateBySentence is Annotate as it was before session 12: each
// sentence tagged, lemmatized and parsed before the next one is tagged.
func (m *Models) annotateBySentence(d *doc.Document) {
	var sc scratch
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		n := len(toks)
		if n == 0 {
			continue
		}
		sc.resize(n)
		for i, t := range toks {
			sc.words[i] = normalizeWord(d.Text[t.Start:t.End])
		}
		m.run(sc.words, sc.upos, sc.xpos, sc.lemmas, sc.heads, sc.deprels)
		for i := range toks {
			t := &toks[i]
			t.UPOS, t.XPOS, t.Lemma, t.Deprel = sc.upos[i], sc.xpos[i], sc.lemmas[i], sc.deprels[i]
			t.Head = -1
			if h := sc.heads[i]; h > 0 && h <= n {
				t.Head = s.TokenStart + h - 1
			}
		}
	}
}

// benchDocs segments the first n bench-news stories with text.
func benchDocs(tb testing.TB, n int) []*doc.Document {
	var docs []*doc.Document
	for _, s := range benchnews.Stories(tb, n) {
		if s.Text == "" {
			continue
		}
		d := &doc.Document{Text: s.Text}
		segment.Segment(d)
		docs = append(docs, d)
	}
	return docs
}

// TestAnnotateTagsBeforeParsing: tagging a document's sentences before
// parsing them gives every token the columns of annotating sentence by
// sentence (bench-news stories, and a story with an empty sentence range).
func TestAnnotateTagsBeforeParsing(t *testing.T) {
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	docs := benchDocs(t, 300)
	short := &doc.Document{Text: "The minister met rebels in Goma on Monday. Talks resume Friday, aides said."}
	segment.Segment(short)
	if len(short.Sentences) < 2 {
		t.Fatalf("short story: %d sentences, want 2", len(short.Sentences))
	}
	short.Sentences = append(short.Sentences[:1], append([]doc.Sentence{{TokenStart: short.Sentences[1].TokenStart, TokenEnd: short.Sentences[1].TokenStart}}, short.Sentences[1:]...)...)
	docs = append(docs, short)
	tokens := 0
	for di, d := range docs {
		m.Annotate(d)
		got := append([]doc.Token(nil), d.Tokens...)
		for i := range d.Tokens {
			d.Tokens[i] = doc.Token{Start: d.Tokens[i].Start, End: d.Tokens[i].End, Sentence: d.Tokens[i].Sentence}
		}
		m.annotateBySentence(d)
		for i := range got {
			if got[i] != d.Tokens[i] {
				t.Fatalf("story %d token %d %q: %+v, sentence by sentence %+v", di, i, d.Text[got[i].Start:got[i].End], got[i], d.Tokens[i])
			}
		}
		tokens += len(got)
	}
	if tokens == 0 {
		t.Fatal("no tokens annotated")
	}
}

// BenchmarkAnnotateOrder annotates bench-news stories in alternation
// sentence by sentence (the order before session 12) and tagging every
// sentence before parsing (Annotate), 25 stories at a time (each order
// first every other time), and reports
// tokens per CPU second of each: the two orders share the machine's load.
//
//	go test ./syntax -run '^$' -bench AnnotateOrder -benchtime 2x
func BenchmarkAnnotateOrder(b *testing.B) {
	m, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocs(b, 400)
	var cpu [2]float64
	var toks [2]int
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		for lo := 0; lo < len(docs); lo += 25 {
			chunk := docs[lo:min(lo+25, len(docs))]
			for j := range 2 {
				k := (j + lo/25) % 2 // who goes first alternates
				c0 := benchnews.CPUTime()
				for _, d := range chunk {
					if k == 0 {
						m.annotateBySentence(d)
					} else {
						m.Annotate(d)
					}
					toks[k] += len(d.Tokens)
				}
				cpu[k] += (benchnews.CPUTime() - c0).Seconds()
			}
		}
	}
	if cpu[0] > 0 && cpu[1] > 0 {
		b.ReportMetric(float64(toks[0])/cpu[0], "tok/cpu-s-sentence")
		b.ReportMetric(float64(toks[1])/cpu[1], "tok/cpu-s-document")
	}
}
