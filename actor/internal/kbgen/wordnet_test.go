package main

import "testing"

// WordNet's data lines give their word forms after a hexadecimal count; a
// lower-case form makes a state media name a common word.
func TestWordNetCommon(t *testing.T) {
	got := wordNetLemmas("14638799 27 n 02 gold 0 Au 0 003 @ 14625458 n 0000 | a soft yellow metal")
	if len(got) != 2 || got[0] != "gold" || got[1] != "Au" {
		t.Fatalf("wordNetLemmas = %q", got)
	}
	if got := wordNetLemmas("00001740 00 a 01 able(a) 0 002 | able"); len(got) != 1 || got[0] != "able" {
		t.Fatalf("adjective marker: %q", got)
	}
	if wordNetLemmas("  1 This software and database") != nil {
		t.Fatalf("licence line read as a synset")
	}
	g := &gen{wnCommon: map[string]bool{"gold": true, "index": true}}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Gold", true}, {"Index", true}, {"Index.hu", false}, {"Gold FM", false}, {"GOLD", false}, {"Sabah", false},
	} {
		if g.wordNetCommon(c.name) != c.want {
			t.Errorf("wordNetCommon(%q) = %v, want %v", c.name, !c.want, c.want)
		}
	}
}
