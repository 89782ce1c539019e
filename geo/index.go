package geo

// nameIndex maps folded names to entry lists: an open-addressing hash
// table, several times faster to build than a Go map for the gazetteer's
// half a million names (load time is part of every run's start-up).
type nameIndex struct {
	slots  []slot
	hashes []uint64
	keys   []string
	posts  [][]int32
	one    []int32 // backing of single-entry posting lists
	mask   uint64
}

// slot is one hash-table cell: the key's hash and its number plus one (0:
// empty), side by side so that a probe touches one cache line.
type slot struct {
	h uint64
	i int32
}

func newNameIndex(n int) *nameIndex {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	x := &nameIndex{mask: uint64(size - 1),
		keys: make([]string, 0, n), hashes: make([]uint64, 0, n), posts: make([][]int32, 0, n),
		one: make([]int32, 0, n)}
	x.slots = make([]slot, size)
	return x
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h ^ h>>29
}

// find returns the key's slot position and key number (-1 when absent).
func (x *nameIndex) find(k string, h uint64) (uint64, int32) {
	for p := h & x.mask; ; p = (p + 1) & x.mask {
		s := x.slots[p]
		if s.i == 0 {
			return p, -1
		}
		if s.h == h && x.keys[s.i-1] == k {
			return p, s.i - 1
		}
	}
}

func (x *nameIndex) get(k string) []int32 {
	if len(x.keys) == 0 {
		return nil
	}
	_, i := x.find(k, hashString(k))
	if i < 0 {
		return nil
	}
	return x.posts[i]
}

// add files entry idx under key k once.
func (x *nameIndex) add(k string, idx int32) {
	if 2*(len(x.keys)+1) > len(x.slots) {
		x.grow()
	}
	h := hashString(k)
	p, i := x.find(k, h)
	if i < 0 {
		x.keys = append(x.keys, k)
		x.hashes = append(x.hashes, h)
		// A one-entry list is a capacity-1 window on x.one: appending a
		// second entry copies it out.
		n := len(x.one)
		x.one = append(x.one, idx)
		x.posts = append(x.posts, x.one[n:n+1:n+1])
		x.slots[p] = slot{h, int32(len(x.keys))}
		return
	}
	for _, j := range x.posts[i] {
		if j == idx {
			return
		}
	}
	x.posts[i] = append(x.posts[i], idx)
}

func (x *nameIndex) grow() {
	x.slots = make([]slot, 2*len(x.slots))
	x.mask = uint64(len(x.slots) - 1)
	for i, h := range x.hashes {
		p := h & x.mask
		for x.slots[p].i != 0 {
			p = (p + 1) & x.mask
		}
		x.slots[p] = slot{h, int32(i + 1)}
	}
}
