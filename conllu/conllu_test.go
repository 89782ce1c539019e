package conllu

import (
	"reflect"
	"strings"
	"testing"
)

// A small treebank written for these tests: two documents, three
// paragraphs, a multiword token, an empty node and SpaceAfter=No.
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

func TestRead(t *testing.T) {
	ss, err := Read(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 4 {
		t.Fatalf("%d sentences, want 4", len(ss))
	}
	s := ss[0]
	if s.ID != "s1" || s.Text != "We don't know." || !s.NewDoc || !s.NewPar || s.DocID != "d1" {
		t.Errorf("first sentence header %+v", s)
	}
	if len(s.Words) != 5 || len(s.MultiTokens) != 1 || s.MultiTokens[0] != (MultiToken{First: 2, Last: 3, Form: "don't", Misc: "_"}) {
		t.Errorf("words %v multiword %v", s.Words, s.MultiTokens)
	}
	if w := s.Words[3]; w.Form != "know" || w.Head != 0 || w.Deprel != "root" || w.SpaceAfter() {
		t.Errorf("word 4 %+v", w)
	}
	toks := s.Tokens()
	var forms []string
	for _, tk := range toks {
		forms = append(forms, tk.Form)
	}
	if strings.Join(forms, " ") != "We don't know ." || toks[1].First != 1 || toks[1].Last != 2 {
		t.Errorf("surface tokens %+v", toks)
	}
	if got := s.SurfaceText(); got != "We don't know." {
		t.Errorf("SurfaceText %q", got)
	}
	if e := ss[1].EmptyNodes; len(e) != 1 || e[0].ID != "4.1" || e[0].Before != 4 || e[0].Deps != "2:conj" {
		t.Errorf("empty nodes %+v", e)
	}
	if ss[1].NewPar || !ss[2].NewPar || ss[2].NewDoc || !ss[3].NewDoc || ss[3].NewPar {
		t.Errorf("paragraph/document flags wrong")
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, bad := range []string{
		"1\tonly\tthree\n",
		"x\tWord\t_\t_\t_\t_\t0\troot\t_\t_\n",
		"1\tWord\t_\t_\t_\t_\tx\troot\t_\t_\n",
		"3-1\tbad\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func TestWriteRoundTrip(t *testing.T) {
	ss, err := Read(strings.NewReader(sampleCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	if err := Write(&buf, ss); err != nil {
		t.Fatal(err)
	}
	again, err := Read(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ss, again) {
		t.Fatalf("round trip changed the sentences:\n%s", buf.String())
	}
	if buf.String() != sampleCoNLLU {
		t.Errorf("written form differs from the input:\n%s\nwant\n%s", buf.String(), sampleCoNLLU)
	}
}
