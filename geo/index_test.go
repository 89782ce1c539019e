package geo

import (
	"bytes"
	"slices"
	"testing"

	geodata "github.com/dyadproject/dyad/data/geo"
)

// mapIndex files the keys as the index did before it was a flat table: a
// map from key to entry list, an entry appended to its key's list unless
// already there, the plain spellings after all names, skipped when the key
// already names a capital or division seat.
func mapIndex(g *Gazetteer, all string, keys, plain []nameSpan) map[string][]int32 {
	m := map[string][]int32{}
	add := func(k nameSpan) {
		key := all[k.off:k.end]
		if !slices.Contains(m[key], k.idx) {
			m[key] = append(m[key], k.idx)
		}
	}
	for _, k := range keys {
		add(k)
	}
	for _, k := range plain {
		seat := false
		for _, c := range m[all[k.off:k.end]] {
			if e := &g.Entries[c]; e.FCode == "PPLA" || e.FCode == "PPLC" {
				seat = true
			}
		}
		if !seat {
			add(k)
		}
	}
	return m
}

// checkIndex compares the flat index with the map, key by key and both
// ways.
func checkIndex(t *testing.T, x *nameIndex, m map[string][]int32) {
	t.Helper()
	if got := len(x.start) - 1; got != len(m) {
		t.Errorf("%d keys, want %d", got, len(m))
	}
	for k, want := range m {
		if got := x.get(k); !slices.Equal(got, want) {
			t.Fatalf("get(%q) = %v, want %v", k, got, want)
		}
	}
	for i := range int32(len(x.start) - 1) {
		if _, ok := m[x.key(i)]; !ok {
			t.Fatalf("key %q not in the map", x.key(i))
		}
	}
	for _, k := range []string{"", "no such place name", "zz"} {
		if got := x.get(k); !slices.Equal(got, m[k]) {
			t.Errorf("get(%q) = %v, want %v", k, got, m[k])
		}
	}
}

// TestNameIndexEmbedded checks that the index of the embedded gazetteer
// files every key's entries exactly as the map does, in the same order.
func TestNameIndexEmbedded(t *testing.T) {
	g, all, keys, plain, err := parseEntries(bytes.NewReader(geodata.Gazetteer))
	if err != nil {
		t.Fatal(err)
	}
	x := g.indexNames(all, keys, plain)
	checkIndex(t, x, mapIndex(g, all, keys, plain))
}

// TestNameIndexSmall covers duplicates, a key filed twice for one entry,
// plain spellings that meet a seat, and a table that has to grow.
func TestNameIndexSmall(t *testing.T) {
	g := &Gazetteer{Entries: []Entry{{Name: "a"}, {Name: "b", FCode: "PPLA"}, {Name: "c"}, {Name: "d"}}}
	all := "aaabbbabcab"
	span := func(off, end, idx int32) nameSpan { return nameSpan{off, end, idx} }
	keys := []nameSpan{span(0, 3, 0), span(0, 1, 0), span(0, 1, 0), span(3, 6, 1), span(1, 2, 1),
		span(6, 7, 2), span(6, 7, 3), span(6, 7, 3), span(7, 8, 3)}
	plain := []nameSpan{span(3, 6, 2), span(0, 3, 3), span(8, 9, 0), span(9, 11, 2), span(9, 11, 2), span(7, 8, 0)}
	b := newNameBuilder(all, 1) // two slots: it has to grow
	b.addAll(keys)
	for _, k := range plain {
		key := all[k.off:k.end]
		if g.seatNamed(b, key) {
			continue
		}
		b.add(k.off, k.end, hashString(key), k.idx, false)
	}
	checkIndex(t, b.finish(), mapIndex(g, all, keys, plain))
}
