package actor

import (
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
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

// The span repairs: names joined over "of"/"for the" after a head word,
// facility names typed as places, a title after a capitalised word cut off
// an organisation or place.
func TestFixSpans(t *testing.T) {
	n := &NER{}
	n.initLabels(NERTypes)
	useFrozenNames(t, n)
	cases := []struct{ words, in, want string }{
		// joined: head word, connector, a following organisation or place
		{"the Okafor Foundation for the Performing Arts paid", "O B-ORG L-ORG O O B-ORG L-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG L-ORG O"},
		{"the Museum of Flight opened", "O U-LOC O U-LOC O", "O B-LOC I-LOC L-LOC O"},
		{"the National Bank of Kenya said", "O B-ORG L-ORG O U-GPE O", "O B-ORG I-ORG I-ORG L-ORG O"},
		// not joined: no head word, a list, a person, a nationality
		{"the Ministry of Culture of Greece said", "O B-ORG I-ORG L-ORG O U-GPE O", "O B-ORG I-ORG L-ORG O U-GPE O"},
		{"the Labour Party and the Green Party met", "O B-ORG L-ORG O O B-ORG L-ORG O", "O B-ORG L-ORG O O B-ORG L-ORG O"},
		{"a Foundation for Amina Diallo", "O U-ORG O B-PER L-PER", "O U-ORG O B-PER L-PER"},
		// facilities are places
		{"the Kelso Aviation Museum said", "O B-ORG I-ORG L-ORG O", "O B-LOC I-LOC L-LOC O"},
		{"the Museum of Flight opened", "O U-ORG O U-LOC O", "O B-LOC I-LOC L-LOC O"},
		{"Brandt Airport closed", "B-ORG L-ORG O", "B-LOC L-LOC O"},
		{"Park said", "U-ORG O", "U-ORG O"}, // one word: a surname as often as a facility
		{"the Kelso Museum Trust said", "O B-ORG I-ORG L-ORG O", "O B-ORG I-ORG L-ORG O"},
		{"the Museum of Flight Trust said", "O B-ORG I-ORG I-ORG L-ORG O", "O B-ORG I-ORG I-ORG L-ORG O"},
		{"the University of Kelso Museum said", "O B-ORG I-ORG I-ORG L-ORG O", "O B-LOC I-LOC I-LOC L-LOC O"},
		{"the Salvation Army Hospital said", "O B-ORG I-ORG L-ORG O", "O B-ORG I-ORG L-ORG O"},
		// a trailing title
		{"State Department Spokesperson Mira Lund said", "B-ORG I-ORG L-ORG B-PER L-PER O", "B-ORG L-ORG O B-PER L-PER O"},
		{"the Harbour Authority CEO resigned", "O B-ORG I-ORG L-ORG O", "O B-ORG L-ORG O O"},
		{"Acme CEO Ruth Obi", "B-ORG L-ORG B-PER L-PER", "U-ORG O B-PER L-PER"},
		// titles that end names, or follow a connector, stay
		{"a Burger King outlet", "O B-ORG L-ORG O", "O B-ORG L-ORG O"},
		{"the Office of the Mayor said", "O B-ORG I-ORG I-ORG L-ORG O", "O B-ORG I-ORG I-ORG L-ORG O"},
		{"Senator Dana Cole spoke", "O B-PER L-PER O", "O B-PER L-PER O"},
	}
	lab := map[string]int{}
	for i, l := range n.labels {
		lab[l] = i
	}
	path := func(s string) []int {
		var out []int
		for _, l := range strings.Fields(s) {
			out = append(out, lab[l])
		}
		return out
	}
	for _, c := range cases {
		got := path(c.in)
		n.fixSpans(strings.Fields(c.words), got)
		if want := path(c.want); !reflect.DeepEqual(got, want) {
			var names []string
			for _, l := range got {
				names = append(names, n.labels[l])
			}
			t.Errorf("%q: %v, want %s", c.words, names, c.want)
		}
	}
}

// Ships, spacecraft and beliefs are MISC: fixVessels (and the vessel's own
// name alone elsewhere in the document, retypeNames) and fixBeliefs.
func TestFixVesselsAndBeliefs(t *testing.T) {
	n := &NER{}
	n.initLabels(NERTypes)
	lab := map[string]int{}
	for i, l := range n.labels {
		lab[l] = i
	}
	path := func(s string) []int {
		var out []int
		for _, l := range strings.Fields(s) {
			out = append(out, lab[l])
		}
		return out
	}
	names := func(p []int) string {
		var out []string
		for _, l := range p {
			out = append(out, n.labels[l])
		}
		return strings.Join(out, " ")
	}
	cases := []struct{ words, in, want string }{
		{"the USS Harmon docked in Mombasa", "O B-PER L-PER O O U-GPE", "O B-MISC L-MISC O O U-GPE"},
		{"Space Shuttle Meridian landed", "B-ORG I-ORG L-ORG O", "B-MISC I-MISC L-MISC O"},
		{"the space shuttle Meridian landed", "O O O U-LOC O", "O O O U-MISC O"},
		{"the HMS Kestrel crew", "O B-ORG L-ORG O", "O B-MISC L-MISC O"},
		// no prefix: left alone
		{"the Harmon family sailed", "O U-PER O O", "O U-PER O O"},
		{"Space Agency officials", "B-ORG L-ORG O", "B-ORG L-ORG O"},
		{"USS said", "U-ORG O", "U-ORG O"},
	}
	for _, c := range cases {
		got := path(c.in)
		n.fixVessels(strings.Fields(c.words), got, nil)
		if names(got) != c.want {
			t.Errorf("fixVessels %q: %s, want %s", c.words, names(got), c.want)
		}
	}
	// the vessel's name alone, later in the document
	vessels := n.fixVessels(strings.Fields("the space shuttle Meridian landed"), path("O O O U-LOC O"), nil)
	later := path("Meridian flew 30 missions from Florida")
	later[0], later[5] = lab["U-LOC"], lab["U-GPE"]
	n.retypeNames(strings.Fields("Meridian flew 30 missions from Florida"), later, vessels)
	if got := names(later); got != "U-MISC O O O O U-GPE" {
		t.Errorf("retypeNames: %s", got)
	}
	beliefs := []struct{ words, in, want string }{
		{"converts to Islam said", "O O U-PER O", "O O U-MISC O"},
		{"Buddhism and Marxism spread", "U-ORG O U-ORG O", "U-MISC O U-MISC O"},
		{"the Baptism Trust", "O B-ORG L-ORG", "O B-ORG L-ORG"}, // inside a name
		{"Prism said", "U-ORG O", "U-ORG O"},                    // too short
		{"ISM said", "U-ORG O", "U-ORG O"},                      // an acronym
	}
	for _, c := range beliefs {
		got := path(c.in)
		n.fixBeliefs(strings.Fields(c.words), got)
		if names(got) != c.want {
			t.Errorf("fixBeliefs %q: %s, want %s", c.words, names(got), c.want)
		}
	}
}

// TestDocSecondPassKeptEmissions checks what docSecondPass relies on: the
// emission scores the first pass keeps for a sentence (firstPass, sc.em)
// are, bit for bit, those that computing them again after the whole first
// pass gives, on the bench-news stories (when present) and a short story.
func TestDocSecondPassKeptEmissions(t *testing.T) {
	n, err := DefaultNER()
	if err != nil {
		t.Skipf("no NER model: %v", err)
	}
	docs := [][][]string{{
		strings.Fields("Hanna Okoro visited the Kennedy Space Center ( KSC ) on Monday ."),
		strings.Fields("Okoro said KSC was ready ."),
	}}
	var texts []string
	if _, err := os.Stat(benchnews.Path); err == nil {
		texts = benchnews.Texts(t)[:300]
	}
	for _, text := range texts {
		d := &doc.Document{Text: text}
		segment.Segment(d)
		sents := sentenceWords(d)
		docs = append(docs, sents)
	}
	sc := n.pool.Get().(*nerScratch)
	defer n.pool.Put(sc)
	checked := 0
	for _, sents := range docs {
		upos := n.fillPOS(sents, nil)
		out := make([][]int, len(sents))
		n.firstPass(sents, upos, out, sc, true)
		kept := slices.Clone(sc.em)
		for si, words := range sents {
			if len(words) == 0 {
				continue
			}
			sc.setPOS(upos, si)
			n.emissions(words, sc, nil)
			got, want := kept[sc.emAt[si]:sc.emAt[si+1]], sc.score[:len(words)*n.nl]
			if len(got) != len(want) {
				t.Fatalf("sentence %d: %d kept scores, %d computed", si, len(got), len(want))
			}
			for k := range got {
				if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
					t.Fatalf("sentence %d %q: kept emission %d is %v, computed again %v", si, words, k, got[k], want[k])
				}
			}
			checked++
		}
	}
	sc.upos = nil
	t.Logf("%d documents, %d sentences: kept emissions identical", len(docs), checked)
}
