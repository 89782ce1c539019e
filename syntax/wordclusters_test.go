package syntax_test

import (
	"testing"

	"github.com/dyadproject/dyad/syntax"
)

// WordClusters looks a word up by its normalised spelling, as the parser
// does: case and digits do not matter, and a made-up word has none.
func TestWordClusters(t *testing.T) {
	m, err := syntax.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	c1, c2, ok := m.Parser.WordClusters("said")
	if !ok {
		t.Fatal("no clusters for \"said\"")
	}
	if d1, d2, ok := m.Parser.WordClusters("SAID"); !ok || d1 != c1 || d2 != c2 {
		t.Errorf("SAID: %d %d %v, want %d %d true", d1, d2, ok, c1, c2)
	}
	if y1, y2, ok := m.Parser.WordClusters("1997"); ok {
		if z1, z2, _ := m.Parser.WordClusters("2024"); z1 != y1 || z2 != y2 {
			t.Errorf("1997 and 2024 in different clusters")
		}
	}
	if _, _, ok := m.Parser.WordClusters("zqxwvbnmtrk"); ok {
		t.Error("clusters for a made-up word")
	}
	var none *syntax.Parser
	if _, _, ok := none.WordClusters("said"); ok {
		t.Error("clusters from a nil parser")
	}
}
