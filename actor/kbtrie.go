package actor

import "github.com/dyadproject/dyad/internal/hugepage"

// edgeTable is the phrase trie's edge set: (node, token id) → child node, an
// open-addressing hash table on uint64 keys. It is built in one tight loop
// when the KB loads (no per-edge allocation) and probed on every word that
// MatchTokens walks, where it is faster than a Go map.
type edgeTable struct {
	keys []uint64 // key+1, 0 = empty slot
	vals []int32
	n    int
}

func edgeKey(node, tok int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(tok)) }

func newEdgeTable(n int) edgeTable {
	size := 1024
	for size < n*2 {
		size <<= 1
	}
	return edgeTable{keys: hugepage.Make[uint64](size), vals: hugepage.Make[int32](size)}
}

func (t *edgeTable) slot(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> 20 & uint64(len(t.keys)-1))
}

func (t *edgeTable) get(node, tok int32) (int32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	k := edgeKey(node, tok) + 1
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

func (t *edgeTable) put(node, tok, child int32) {
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
	}
	k := edgeKey(node, tok) + 1
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		if t.keys[i] == 0 {
			t.keys[i], t.vals[i] = k, child
			t.n++
			return
		}
		if t.keys[i] == k {
			t.vals[i] = child
			return
		}
	}
}

func (t *edgeTable) grow() {
	old := *t
	*t = newEdgeTable(len(old.keys))
	if len(old.keys) == 0 {
		return
	}
	for i, k := range old.keys {
		if k != 0 {
			k--
			t.put(int32(k>>32), int32(uint32(k)), old.vals[i])
		}
	}
}
