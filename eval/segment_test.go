package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/conllu"
)

// ewtPath is the UD English EWT file of a split in the shared data, which
// sits beside the repository.
func ewtPath(split string) string {
	return filepath.Join("..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
}

// minDevSentenceF1 is the sentence-boundary F1 the segmenter must keep on
// EWT dev (jdkato/prose, the anchor, scores 87.8).
const minDevSentenceF1 = 92.0

// TestSegmentationEWTDev holds the segmenter to its target on UD English
// EWT dev.
func TestSegmentationEWTDev(t *testing.T) {
	path := ewtPath("dev")
	if _, err := os.Stat(path); err != nil {
		t.Skip("UD English EWT dev absent: ", path)
	}
	ss, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := Segmentation(ss)
	var b strings.Builder
	WriteSegReport(&b, path, sc)
	t.Log("\n" + b.String())
	if f := 100 * sc.Sentences.F1(); f < minDevSentenceF1 {
		t.Errorf("sentence F1 on EWT dev = %.2f, want >= %.1f", f, minDevSentenceF1)
	}
	if f := 100 * sc.Tokens.F1(); f < 97 {
		t.Errorf("token F1 on EWT dev = %.2f, want >= 97", f)
	}
}

// TestRunSegmentation checks the report the CLI prints.
func TestRunSegmentation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tiny.conllu")
	if err := os.WriteFile(path, []byte(sampleCoNLLU), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := RunSegmentation(path, &b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 documents, 3 paragraphs", "sentences", "tokens", "P 100.00"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	if err := RunSegmentation(filepath.Join(dir, "missing.conllu"), &b); err == nil {
		t.Error("no error for a missing file")
	}
}

// TestSegmentationReport prints the scorer's report for the EWT splits named
// in DYAD_SEG_EVAL (comma-separated: train, dev, test), the same report as
// `dyad eval segment`:
//
//	DYAD_SEG_EVAL=dev,test go test ./eval -run SegmentationReport -v
func TestSegmentationReport(t *testing.T) {
	splits := os.Getenv("DYAD_SEG_EVAL")
	if splits == "" {
		t.Skip("set DYAD_SEG_EVAL=dev,test to print segmentation reports")
	}
	for _, split := range strings.Split(splits, ",") {
		path := ewtPath(strings.TrimSpace(split))
		if _, err := os.Stat(path); err != nil {
			t.Skip("UD English EWT absent: ", path)
		}
		var b strings.Builder
		if err := RunSegmentation(path, &b); err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + b.String())
	}
}

// TestSegErrors checks the error listing of `dyad eval segment --errors`: a
// gold end the segmenter misses and an end it invents, each with its class.
func TestSegErrors(t *testing.T) {
	text := "The vote is over It rained. It was fine! Really fine"
	docs := []SegDoc{{ID: "d1", Text: text, Sentences: []Span{{0, 16}, {17, 27}, {28, 52}}}}
	got := SegErrors(docs)
	if len(got) != 2 {
		t.Fatalf("got %d errors, want 2: %+v", len(got), got)
	}
	miss, extra := got[0], got[1]
	if !miss.Miss || miss.At != 16 || miss.Class != "no-punct-word/upper" || miss.Left != "The vote is over" {
		t.Errorf("missed end: got %+v", miss)
	}
	if extra.Miss || extra.At != 40 || extra.Class != "?!/upper" || extra.Right != " Really fine" {
		t.Errorf("invented end: got %+v", extra)
	}
	if c := segErrorClass("Sent. Bye", 5); c != "period/upper" {
		t.Errorf("class of a period before a capital = %q", c)
	}
	if c := segErrorClass("Done\n\nNext", 4); c != "paragraph-end" {
		t.Errorf("class at a paragraph end = %q", c)
	}
}
