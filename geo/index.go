package geo

import "github.com/dyadproject/dyad/internal/hugepage"

// nameIndex maps folded names to entry lists: an open-addressing hash
// table, several times faster to build than a Go map for the gazetteer's
// half a million names (load time is part of every run's start-up).
//
// The built index holds no pointers but its key text: keys are spans of
// one string and the entry lists are windows on one array, so the garbage
// collector does not trace a million small objects on every cycle.
type nameIndex struct {
	slots []slot
	text  string   // every key's text
	keys  []uint32 // key i is text[keys[2i]:keys[2i+1]]
	// Entry lists: key i's entries are post[start[i]:start[i+1]] once the
	// index is finished; while it is built they are linked lists (head,
	// tail and next of nameBuilder).
	start []uint32
	post  []int32
	mask  uint64
}

// slot is one hash-table cell: the top half of the key's hash (the bottom
// bits place the key) and its number plus one (0: empty), side by side so
// that a probe touches one cache line, in 8 bytes (half the table a full
// hash would take: 16 MB less to fault in at every start).
type slot struct {
	tag uint32
	i   int32
}

// tagOf is the part of a hash a slot keeps.
func tagOf(h uint64) uint32 { return uint32(h >> 32) }

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h ^ h>>29
}

// key is the text of key number i.
func (x *nameIndex) key(i int32) string { return x.text[x.keys[2*i]:x.keys[2*i+1]] }

// find returns the key's slot position and key number (-1 when absent).
func (x *nameIndex) find(k string, h uint64) (uint64, int32) {
	t := tagOf(h)
	for p := h & x.mask; ; p = (p + 1) & x.mask {
		s := x.slots[p]
		if s.i == 0 {
			return p, -1
		}
		if s.tag == t && x.key(s.i-1) == k {
			return p, s.i - 1
		}
	}
}

// get returns the entries filed under k (a window the caller must not
// append to), nil when there are none.
func (x *nameIndex) get(k string) []int32 {
	if len(x.slots) == 0 {
		return nil
	}
	_, i := x.find(k, hashString(k))
	if i < 0 {
		return nil
	}
	a, b := x.start[i], x.start[i+1]
	return x.post[a:b:b]
}

// nameSpan is a key to file: text[off:end] names entry idx.
type nameSpan struct{ off, end, idx int32 }

// nameBuilder builds a nameIndex over keys that are spans of one string.
// Entries are filed in the order add is called, each once under a key, as
// a map from key to appended entry lists would file them.
type nameBuilder struct {
	x          nameIndex
	head, tail []int32 // per key: first and last link
	next       []int32 // per link: the next link of its key, -1 at the end
	val        []int32 // per link: the entry
}

// newNameBuilder returns a builder over text for about n distinct keys.
func newNameBuilder(text string, n int) *nameBuilder {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	b := &nameBuilder{}
	b.x = nameIndex{slots: hugepage.Make[slot](size), text: text, mask: uint64(size - 1),
		keys: make([]uint32, 0, 2*n)}
	b.head = make([]int32, 0, n)
	b.tail = make([]int32, 0, n)
	b.next = make([]int32, 0, n)
	b.val = make([]int32, 0, n)
	return b
}

// addAll files the spans in order. Spans of one key must come in
// nondecreasing entry order (an entry filed twice under a key is then its
// last one), which Parse's first pass guarantees. The spans are inserted
// in the order of their home slots (a stable counting sort on the slot's
// top 16 bits, so spans of one key keep their order): the table fills
// front to back and its probes hit the processor's caches, where probing
// in file order misses them at nearly every name.
func (b *nameBuilder) addAll(spans []nameSpan) {
	hs := make([]uint64, len(spans))
	for j, s := range spans {
		hs[j] = hashString(b.x.text[s.off:s.end])
	}
	shift := uint(0)
	for (b.x.mask >> shift) >= 1<<16 {
		shift++
	}
	count := make([]int32, int(b.x.mask>>shift)+2)
	for _, h := range hs {
		count[int((h&b.x.mask)>>shift)+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	order := make([]int32, len(spans))
	for j, h := range hs {
		r := (h & b.x.mask) >> shift
		order[count[r]] = int32(j)
		count[r]++
	}
	for _, j := range order {
		s := spans[j]
		b.add(s.off, s.end, hs[j], s.idx, true)
	}
}

// add files entry idx under the key text[off:end] (hash h) unless it is
// already there; with sorted set, only the key's last entry can be idx.
func (b *nameBuilder) add(off, end int32, h uint64, idx int32, sorted bool) {
	x := &b.x
	if 2*(len(b.head)+1) > len(x.slots) {
		b.grow()
	}
	k := x.text[off:end]
	p, i := x.find(k, h)
	if i < 0 {
		x.keys = append(x.keys, uint32(off), uint32(end))
		b.head = append(b.head, int32(len(b.val)))
		b.tail = append(b.tail, int32(len(b.val)))
		b.next = append(b.next, -1)
		b.val = append(b.val, idx)
		x.slots[p] = slot{tagOf(h), int32(len(b.head))}
		return
	}
	if sorted {
		if b.val[b.tail[i]] == idx {
			return
		}
	} else {
		for l := b.head[i]; l >= 0; l = b.next[l] {
			if b.val[l] == idx {
				return
			}
		}
	}
	l := int32(len(b.val))
	b.next[b.tail[i]] = l
	b.tail[i] = l
	b.next = append(b.next, -1)
	b.val = append(b.val, idx)
}

// each calls f with the entries filed under k so far, in order.
func (b *nameBuilder) each(k string, f func(int32) bool) {
	if _, i := b.x.find(k, hashString(k)); i >= 0 {
		for l := b.head[i]; l >= 0; l = b.next[l] {
			if !f(b.val[l]) {
				return
			}
		}
	}
}

func (b *nameBuilder) grow() {
	x := &b.x
	x.slots = hugepage.Make[slot](2 * len(x.slots))
	x.mask = uint64(len(x.slots) - 1)
	for i := range b.head {
		h := hashString(x.key(int32(i)))
		p := h & x.mask
		for x.slots[p].i != 0 {
			p = (p + 1) & x.mask
		}
		x.slots[p] = slot{tagOf(h), int32(i + 1)}
	}
}

// finish lays the entry lists out key by key and returns the index.
func (b *nameBuilder) finish() *nameIndex {
	x := b.x
	x.start = make([]uint32, len(b.head)+1)
	x.post = make([]int32, 0, len(b.val))
	for i, l := range b.head {
		for ; l >= 0; l = b.next[l] {
			x.post = append(x.post, b.val[l])
		}
		x.start[i+1] = uint32(len(x.post))
	}
	x.keys = x.keys[:len(x.keys):len(x.keys)]
	*b = nameBuilder{}
	return &x
}
