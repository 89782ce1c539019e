package actor

import (
	"reflect"
	"strings"
	"testing"
)

func TestIsAcronymOf(t *testing.T) {
	cases := []struct {
		a    string
		name string
		want bool
	}{
		{"KSC", "Kennedy Space Center", true},
		{"NASA", "National Aeronautics and Space Administration", true},
		{"KPA", "Korean People 's Army", true},
		{"ECOWAS", "Economic Community of West African States", true},
		{"KSC", "Kennedy Center", false},
		{"ABC", "Kennedy Space Center", false},
		{"Ksc", "Kennedy Space Center", false},
		{"K", "Kennedy", false},
	}
	for _, c := range cases {
		if got := isAcronymOf(c.a, strings.Fields(c.name)); got != c.want {
			t.Errorf("isAcronymOf(%q, %q) = %v, want %v", c.a, c.name, got, c.want)
		}
	}
}

func TestDropHonorific(t *testing.T) {
	n := &NER{}
	n.initLabels(NERTypes)
	lab := map[string]int{}
	for i, l := range n.labels {
		lab[l] = i
	}
	path := func(ls ...string) []int {
		out := make([]int, len(ls))
		for i, l := range ls {
			out[i] = lab[l]
		}
		return out
	}
	cases := []struct {
		words string
		in    []int
		want  []int
	}{
		{"Mr Key spoke", path("B-PER", "L-PER", "O"), path("O", "U-PER", "O")},
		{"Dr. Anna Berg said", path("B-PER", "I-PER", "L-PER", "O"), path("O", "B-PER", "L-PER", "O")},
		{"Mr Key spoke", path("O", "U-PER", "O"), path("O", "U-PER", "O")},
		{"Drake Street closed", path("B-LOC", "L-LOC", "O"), path("B-LOC", "L-LOC", "O")},
	}
	for _, c := range cases {
		got := append([]int(nil), c.in...)
		n.dropHonorific(strings.Fields(c.words), got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %v, want %v", c.words, got, c.want)
		}
	}
}

// The memory of a document's first pass: words of multi-word PER names,
// bracketed acronyms and entity phrases with their types.
func TestDocMemory(t *testing.T) {
	n := &NER{}
	n.initLabels(NERTypes)
	lab := map[string]int{}
	for i, l := range n.labels {
		lab[l] = i
	}
	sents := [][]string{
		strings.Fields("Hanna Okoro visited the Kennedy Space Center ( KSC ) on Monday ."),
		strings.Fields("Okoro said KSC was ready ."),
	}
	paths := [][]int{
		{lab["B-PER"], lab["L-PER"], 0, 0, lab["B-ORG"], lab["I-ORG"], lab["L-ORG"], 0, 0, 0, 0, 0, 0},
		{lab["U-LOC"], 0, 0, 0, 0, 0},
	}
	m := n.docMemory(sents, paths)
	if !m.perPart[exactHash("Okoro")] || !m.perPart[exactHash("Hanna")] || m.perPart[exactHash("Kennedy")] {
		t.Errorf("PER parts %v", m.perPart)
	}
	org := -1
	for i, ty := range n.types {
		if ty == "ORG" {
			org = i
		}
	}
	if ty, ok := m.acro[exactHash("KSC")]; !ok || ty != org {
		t.Errorf("acronym KSC: %d %v, want ORG", ty, ok)
	}
	// The second sentence: "Okoro" leans to PER, "KSC" to ORG.
	var toks []nerTok
	for _, w := range sents[1] {
		var tk nerTok
		hashWord(w, &tk)
		toks = append(toks, tk)
	}
	n.scale = 1
	bonus := make([]float32, len(sents[1])*n.nl)
	if !n.docBonus(sents[1], paths[1], m, toks, bonus) {
		t.Fatal("no bonus where the memory disagrees with the first pass")
	}
	if bonus[0*n.nl+lab["U-PER"]] <= 0 || bonus[2*n.nl+lab["U-ORG"]] <= 0 || bonus[1*n.nl+lab["U-PER"]] != 0 {
		t.Errorf("bonus Okoro U-PER %v, KSC U-ORG %v, said U-PER %v", bonus[lab["U-PER"]], bonus[2*n.nl+lab["U-ORG"]], bonus[n.nl+lab["U-PER"]])
	}
}
