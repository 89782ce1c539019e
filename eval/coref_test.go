package eval

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func TestReadGUMCorefAndScore(t *testing.T) {
	dir := t.TempDir()
	// a document we wrote, in GUM's layout: two people, then pronouns
	rows := [][2]string{
		{"Amina", "(person-1"}, {"Wekesa", "person-1)"}, {"met", "_"}, {"Daniel", "(person-2"},
		{"Otieno", "person-2)"}, {".", "_"}, {"She", "(person-1)"}, {"thanked", "_"},
		{"him", "(person-2)"}, {".", "_"},
	}
	var b strings.Builder
	b.WriteString("# begin document GUM_test_one\n")
	for i, r := range rows {
		b.WriteString(strings.Join([]string{itoa(i), r[0], r[1]}, "\t") + "\n")
	}
	b.WriteString("# end document\n")
	if err := os.WriteFile(filepath.Join(dir, "GUM_test_one.conll"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadGUMCoref(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Tokens) != 10 || len(docs[0].Mentions) != 4 {
		t.Fatalf("read %+v", docs)
	}
	g := &docs[0]
	d := g.Document()
	if len(d.Sentences) != 2 || d.Text[d.Tokens[6].Start:d.Tokens[6].End] != "She" {
		t.Fatalf("document: %q %+v", d.Text, d.Sentences)
	}
	// score a hand-made prediction: She → Amina Wekesa (right), him → Amina Wekesa (wrong)
	var sc CorefScore
	d.Entities = append(d.Entities,
		entityWithAntecedent(d, 6, 0, 1), entityWithAntecedent(d, 8, 0, 1))
	scoreCorefDoc(g, d, &sc)
	if sc.HeShe != (CorefCounts{Eligible: 2, Resolved: 2, Correct: 1}) {
		t.Errorf("counts %+v", sc.HeShe)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// entityWithAntecedent is an entity over token t whose antecedent spans
// tokens [a, b].
func entityWithAntecedent(d *doc.Document, t, a, b int) doc.Entity {
	s, e := d.Tokens[t].Start, d.Tokens[t].End
	as, ae := d.Tokens[a].Start, d.Tokens[b].End
	return doc.Entity{Start: s, End: e, Text: d.Text[s:e], Type: "PER",
		Antecedent: &doc.Span{Start: as, End: ae, Text: d.Text[as:ae]}}
}

// TestCorefGUM measures pronoun resolution on GUM: rules were chosen on
// the documents outside actor.GUMNERHeldOut; the held-out news documents
// are the test. Run with -v to see the figures.
func TestCorefGUM(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "gum-coref", "conll")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GUM coreference not present (%s): the coreference measure needs ../shared/data", dir)
	}
	if testing.Short() {
		t.Skip("slow: runs syntax, NER and coreference over GUM")
	}
	var out strings.Builder
	test, err := RunCorefGUM(dir, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	// A floor well under the dev figures: a broken resolver fails it.
	if test.HeShe.Eligible == 0 || test.HeShe.Accuracy() < 0.3 {
		t.Errorf("he/she accuracy on the test documents %.3f, want ≥ 0.3", test.HeShe.Accuracy())
	}
}
