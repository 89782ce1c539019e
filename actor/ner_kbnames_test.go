package actor

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

var (
	writeNERKBNames = flag.Bool("write-ner-kb-names", false, "write data/ner/gazetteer/kb.txt from the KB (-ner-kb-from, default the embedded one)")
	nerKBFrom       = flag.String("ner-kb-from", "", "a kb.bin.zst to take the NER name list from (default the embedded KB)")
)

func nerKBSource(t *testing.T) *KB {
	if *nerKBFrom == "" {
		kb, err := LoadKB()
		if err != nil {
			t.Fatal(err)
		}
		return kb
	}
	b, err := os.ReadFile(*nerKBFrom)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := DecodeKB(b)
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// TestNERKBNames writes the frozen name list with -write-ner-kb-names.
func TestNERKBNames(t *testing.T) {
	if !*writeNERKBNames {
		t.Skip("run with -write-ner-kb-names to write data/ner/gazetteer/kb.txt")
	}
	lines := nerKBSource(t).NERNameLines()
	p := filepath.Join("..", "data", "ner", "gazetteer", NERKBNamesFile)
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d names", p, len(lines))
}

// spanSig is a span with the kinds of its hits in order (a kind repeated
// by several entries once: the recogniser reads the first kind and the set).
func spanSig(sps []Span) []string {
	var out []string
	for _, sp := range sps {
		s := []string{fmt.Sprint(sp.Start), fmt.Sprint(sp.End)}
		for j, h := range sp.Hits {
			if j == 0 || h.Kind != sp.Hits[j-1].Kind {
				s = append(s, h.Kind.String())
			}
		}
		out = append(out, strings.Join(s, " "))
	}
	return out
}

// TestNameKBMatchesKB: a name KB built from a KB's name lines finds the
// same spans, with the same hit kinds in the same order, as the KB itself.
func TestNameKBMatchesKB(t *testing.T) {
	kb := nerKBSource(t)
	lines := kb.NERNameLines()
	nk, err := NewNameKB(lines)
	if err != nil {
		t.Fatal(err)
	}
	if got := nk.NERNameLines(); !slices.Equal(got, lines) {
		t.Fatalf("name KB lines differ from its input: %d vs %d", len(got), len(lines))
	}
	var sents [][]string
	for _, s := range []string{
		"Kenyan Trade Minister Obadiah Kiprotich Wanjala met the UN Security Council in New York .",
		"The Lord 's Resistance Army attacked villages near Gulu , the Ugandan army said .",
		"US President Barack Obama and Russia 's foreign minister spoke about the European Union and NATO .",
		"the us and the US ; Congo-Brazzaville , Guinea-Bissau and the Taliban",
		"Police in Kabul said Hamas and Hezbollah fighters crossed into the West Bank .",
	} {
		sents = append(sents, strings.Fields(s))
	}
	// dyad's own sentences, when the repository has them.
	paths, _ := filepath.Glob(filepath.Join("..", "data", "ner", "*.txt"))
	sort.Strings(paths)
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := ReadBracketed(f, filepath.Base(p))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ss {
			sents = append(sents, s.Words)
		}
	}
	diff := 0
	for _, w := range sents {
		a, b := spanSig(kb.MatchTokens(w)), spanSig(nk.MatchTokens(w))
		if !slices.Equal(a, b) {
			diff++
			if diff <= 5 {
				t.Errorf("%q:\n KB   %v\n name %v", strings.Join(w, " "), a, b)
			}
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d sentences differ", diff, len(sents))
	}
	t.Logf("%d names, %d sentences compared", len(lines), len(sents))
}

var nerCompare = flag.String("ner-compare", "", "two model files A,B: check that their weights, word statistics and gazetteers are the same")

// TestNERCompareModels compares two saved models part by part (-ner-compare
// A,B): the reproducibility check when the files differ only in what they
// carry beside the weights (the Info text, the KB names).
func TestNERCompareModels(t *testing.T) {
	if *nerCompare == "" {
		t.Skip("run with -ner-compare A,B")
	}
	a, b, _ := strings.Cut(*nerCompare, ",")
	ma, err := LoadNERFile(a)
	if err != nil {
		t.Fatal(err)
	}
	mb, err := LoadNERFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(ma.lcRate, mb.lcRate) || !maps.Equal(ma.clusters, mb.clusters) {
		t.Error("word statistics differ")
	}
	if !maps.Equal(ma.places, mb.places) || !maps.Equal(ma.placeStart, mb.placeStart) || !maps.Equal(ma.names, mb.names) {
		t.Error("place or name gazetteers differ")
	}
	if !slices.Equal(ma.kb.NERNameLines(), mb.kb.NERNameLines()) {
		t.Error("KB names differ")
	}
	for sa, sb := ma, mb; sa != nil || sb != nil; sa, sb = sa.stage1, sb.stage1 {
		if sa == nil || sb == nil {
			t.Fatal("stage counts differ")
		}
		if sa.feats != sb.feats || sa.scale != sb.scale || !slices.Equal(sa.trans, sb.trans) ||
			!slices.Equal(sa.keys, sb.keys) || !slices.Equal(sa.offs, sb.offs) || !slices.Equal(sa.plab, sb.plab) || !slices.Equal(sa.pq, sb.pq) {
			t.Errorf("weights differ: %d vs %d features, %d vs %d weights", len(sa.keys), len(sb.keys), len(sa.pq), len(sb.pq))
		}
	}
	t.Logf("Info A: %s\nInfo B: %s", ma.Info, mb.Info)
}

// TestNERModelCarriesNameList: the shipped model's KB names are those of
// data/ner/gazetteer/kb.txt, the list `dyad train ner` reads.
func TestNERModelCarriesNameList(t *testing.T) {
	list := filepath.Join("..", "data", "ner", "gazetteer", NERKBNamesFile)
	if _, err := os.Stat(list); err != nil {
		t.Skipf("no KB name list: %v", err)
	}
	kb, err := NERGazetteerKB(list)
	if err != nil {
		t.Fatal(err)
	}
	m, err := LoadNERFile(filepath.Join("..", NERModelPath))
	if err != nil {
		t.Skipf("no model: %v", err)
	}
	want, got := kb.NERNameLines(), m.GazetteerKB().NERNameLines()
	if !slices.Equal(got, want) {
		t.Errorf("the model carries %d KB names, %s has %d (or they differ): retrain after writing the list", len(got), list, len(want))
	}
}
