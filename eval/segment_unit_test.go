package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/conllu"
)

// sampleCoNLLU is the conllu package's test sample.
var sampleCoNLLU = func() string {
	b, err := os.ReadFile("../conllu/testdata/sample.conllu")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

func TestSegDocs(t *testing.T) {
	ss, err := conllu.Read(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	docs := SegDocs(ss)
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	d := docs[0]
	if d.Text != "We don't know. Rain fell, then sun.\n\nHello" || d.Paragraphs != 2 {
		t.Fatalf("text %q, %d paragraphs", d.Text, d.Paragraphs)
	}
	var sents, toks []string
	for _, s := range d.Sentences {
		sents = append(sents, d.Text[s.Start:s.End])
	}
	for _, s := range d.Tokens {
		toks = append(toks, d.Text[s.Start:s.End])
	}
	if strings.Join(sents, "|") != "We don't know.|Rain fell, then sun.|Hello" {
		t.Errorf("sentences %q", sents)
	}
	// "don't" counts as do + n't: the words spell the token.
	if strings.Join(toks, " ") != "We do n't know . Rain fell , then sun . Hello" {
		t.Errorf("tokens %q", toks)
	}
	if docs[1].Text != "Wanjiru's car" || len(docs[1].Tokens) != 3 {
		t.Errorf("second document %q %v", docs[1].Text, docs[1].Tokens)
	}
}

func TestSegmentation(t *testing.T) {
	ss, err := conllu.Read(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	sc := Segmentation(ss)
	if sc.Docs != 2 || sc.Paragraphs != 3 {
		t.Errorf("%d documents, %d paragraphs", sc.Docs, sc.Paragraphs)
	}
	if sc.Sentences != (PRF{Gold: 4, Pred: 4, Correct: 4}) {
		t.Errorf("sentences %+v", sc.Sentences)
	}
	if sc.Tokens != (PRF{Gold: 15, Pred: 15, Correct: 15}) || sc.Tokens.F1() != 1 {
		t.Errorf("tokens %+v", sc.Tokens)
	}
	var b strings.Builder
	WriteSegReport(&b, "sample", sc)
	if !strings.Contains(b.String(), "F1 100.00") {
		t.Errorf("report:\n%s", b.String())
	}
}

func TestPRF(t *testing.T) {
	x := PRF{Gold: 10, Pred: 8, Correct: 6}
	if x.P() != 0.75 || x.R() != 0.6 {
		t.Errorf("P %v R %v", x.P(), x.R())
	}
	if f := x.F1(); f < 0.6666 || f > 0.6667 {
		t.Errorf("F1 %v", f)
	}
	if (PRF{}).F1() != 0 || (PRF{}).P() != 0 || (PRF{}).R() != 0 {
		t.Error("empty counts should score 0")
	}
}
