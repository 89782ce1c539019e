package conllu

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// sampleCoNLLU covers comments, paragraphs, a multiword token, an empty
// node and SpaceAfter=No; eval's tests read the same file.
var sampleCoNLLU = mustRead("testdata/sample.conllu")

func mustRead(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return string(b)
}

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
