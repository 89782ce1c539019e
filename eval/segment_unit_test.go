package eval

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/conllu"
)

const sampleCoNLLU = "# newdoc id = d1\n" +
	"# newpar\n" +
	"# sent_id = s1\n" +
	"# text = We don't know.\n" +
	"1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
	"\n" +
	"# sent_id = s2\n" +
	"# text = Rain fell, then sun.\n" +
	"1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n" +
	"2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n" +
	"4\tthen\tthen\tADV\tRB\t_\t2\tadvmod\t_\t_\n" +
	"4.1\tfell\tfall\tVERB\tVBD\t_\t_\t_\t2:conj\t_\n" +
	"5\tsun\tsun\tNOUN\tNN\t_\t2\tconj\t_\tSpaceAfter=No\n" +
	"6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
	"\n" +
	"# newpar\n" +
	"# sent_id = s3\n" +
	"# text = Hello\n" +
	"1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n" +
	"\n" +
	"# newdoc id = d2\n" +
	"# sent_id = s4\n" +
	"# text = Wanjiru's car\n" +
	"1-2\tWanjiru's\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"1\tWanjiru\tWanjiru\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n" +
	"2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n" +
	"3\tcar\tcar\tNOUN\tNN\t_\t0\troot\t_\t_\n" +
	"\n"

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
