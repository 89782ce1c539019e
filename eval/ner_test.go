package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
)

func TestScoreNER(t *testing.T) {
	gold := [][]string{
		{"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"},
		{"B-LOC", "O", "B-MISC"},
	}
	pred := [][]string{
		{"B-PER", "I-PER", "O", "B-GPE", "O", "B-ORG", "O"}, // GPE counts as LOC; ORG cut short
		{"B-PER", "O", "B-NORP"},                            // wrong type; NORP is not scored
	}
	sc := ScoreNER(gold, pred, nil)
	check := func(name string, x PRF, g, p, c int) {
		if x.Gold != g || x.Pred != p || x.Correct != c {
			t.Errorf("%s: %+v, want gold %d pred %d correct %d", name, x, g, p, c)
		}
	}
	check("PER", sc.ByType["PER"], 1, 2, 1)
	check("LOC", sc.ByType["LOC"], 2, 1, 1)
	check("ORG", sc.ByType["ORG"], 1, 1, 0)
	check("all", sc.All, 4, 4, 2)
	if sc.Sentences != 2 || sc.Tokens != 10 {
		t.Errorf("sentences %d tokens %d", sc.Sentences, sc.Tokens)
	}
	if f := sc.All.F1(); f != 0.5 {
		t.Errorf("F1 %v", f)
	}
}

func nerModel(t *testing.T) *actor.NER {
	n, err := actor.DefaultNER()
	if err != nil {
		t.Skipf("no NER model: %v", err)
	}
	return n
}

func TestWriteCoNLL(t *testing.T) {
	n := nerModel(t)
	in := "# a comment\nKenyan\tx\tO\nPresident\nWilliam\nRuto\nspoke\n.\n\n-DOCSTART-\nRuto\nthanked\nUganda\n.\n"
	var out bytes.Buffer
	if err := WriteCoNLL(strings.NewReader(in), &out, n); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	want := []string{"Kenyan\tB-NORP", "President\tO", "William\tB-PER", "Ruto\tI-PER", "spoke\tO", ".\tO", "",
		"Ruto\tB-PER", "thanked\tO", "Uganda\tB-GPE", ".\tO"}
	if len(lines) != len(want) {
		t.Fatalf("got %q", out.String())
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d: %q, want %q", i, lines[i], want[i])
		}
	}
}

func TestRunNER(t *testing.T) {
	nerModel(t)
	p := filepath.Join(t.TempDir(), "gold.iob")
	gold := "1\tKenyan\tO\n2\tPresident\tO\n3\tWilliam\tB-PER\n4\tRuto\tI-PER\n5\tvisited\tO\n6\tKampala\tB-LOC\n7\t.\tO\n"
	if err := os.WriteFile(p, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := RunNER(p, &out); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"PER", "ORG", "LOC", "all", "1 sentences, 7 tokens"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, out.String())
		}
	}
	if err := RunNER(filepath.Join(t.TempDir(), "missing"), &out); err == nil {
		t.Error("RunNER on a missing file succeeded")
	}
}

// The scorer on the held-out newswire slice: GUM news documents that no
// training saw (actor.GUMNERHeldOut).
func TestNERHeldOutGUM(t *testing.T) {
	nerModel(t)
	dir := filepath.Join("..", "..", "shared", "data", "gum-coref", "conll")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GUM not available at %s: the held-out measure needs ../shared/data", dir)
	}
	var out bytes.Buffer
	if err := RunNERGUM(dir, &out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	n, _ := actor.DefaultNER()
	kb := n.GazetteerKB()
	held := map[string]bool{}
	for _, d := range actor.GUMNERHeldOut {
		held[d] = true
	}
	gold, err := actor.ReadGUMNER(dir, func(d string) bool { return held[d] }, kb)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreNERModel(n, gold)
	if f := 100 * sc.All.F1(); f < nerHeldOutFloor {
		t.Errorf("held-out GUM news F1 %.2f below the floor %.1f", f, nerHeldOutFloor)
	}
}

// nerHeldOutFloor is just under what the shipped model reaches (model/ner.txt).
const nerHeldOutFloor = 79.0
