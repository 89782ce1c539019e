package event

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	eventdata "github.com/dyadproject/dyad/data/event"
)

func TestCameoOntology(t *testing.T) {
	if err := OntologyError(); err != nil {
		t.Fatal(err)
	}
	c, ok := Cameo("042")
	if !ok || c.Root != "04" || c.Quad != 1 || c.Goldstein != 1.9 || c.Plover != "CONSULT" || c.PloverMode != "visit" {
		t.Errorf("042 = %+v", c)
	}
	c, _ = Cameo("190")
	if c.Quad != 4 || c.Goldstein != -10 || c.Plover != "ASSAULT" {
		t.Errorf("190 = %+v", c)
	}
	c, _ = Cameo("057")
	if c.Quad != 2 || c.Plover != "SUPPORT" || c.Name != "Sign formal agreement" {
		t.Errorf("057 = %+v", c)
	}
	// 1951 has no weight of its own: it takes 195's.
	if c, ok := Cameo("1951"); !ok || c.Goldstein != -10 || c.Root != "19" {
		t.Errorf("1951 = %+v %v", c, ok)
	}
	// A private sub-code takes its parent's description.
	if c, ok := Cameo("0579"); ok || c.Root != "05" || c.Quad != 2 || c.Goldstein != 8 {
		t.Errorf("0579 = %+v %v", c, ok)
	}
	if n := len(CameoCodes()); n < 300 {
		t.Errorf("%d codes", n)
	}
	for _, c := range CameoCodes() {
		if len(c.Root) != 2 || c.Quad < 1 || c.Quad > 4 || c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("bad row %+v", c)
		}
	}
	pt := PloverTypes()
	if len(pt) != 16 {
		t.Fatalf("%d PLOVER types", len(pt))
	}
	quads := map[int]int{}
	for _, p := range pt {
		quads[p.Quad]++
	}
	if quads[1] != 4 || quads[2] != 3 || quads[3] != 4 || quads[4] != 5 {
		t.Errorf("PLOVER quads %v", quads)
	}
}

func BenchmarkLoadOntology(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := readOntology(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGeneratedPatternsCurrent converts the shared CAMEO 2.0 dictionary
// again and compares it with the committed data/event/cameo-verbs.pat.
func TestGeneratedPatternsCurrent(t *testing.T) {
	src := filepath.Join("..", "..", "shared", "data", "petrarch-dictionaries", "CAMEO.2.0.txt")
	f, err := os.Open(src)
	if err != nil {
		t.Skipf("shared dictionary not present (%s): skipping", src)
	}
	defer f.Close()
	ps, err := LoadPetrarchVerbs(f, "CAMEO.2.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WritePatterns(&b, ps); err != nil {
		t.Fatal(err)
	}
	have, err := eventdata.FS.ReadFile("cameo-verbs.pat")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(have, b.Bytes()) {
		t.Errorf("data/event/cameo-verbs.pat is stale: run go run ./event/internal/ontogen")
	}
}
