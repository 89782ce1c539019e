package syntax

// A shared averaged-perceptron weight store over hashed features, usable by
// the tagger and by any other greedy classifier of the package.
//
// Training side: a Perceptron keeps, for every feature hash, a short sparse
// row of (class, weight, running total, time stamp) cells and averages them
// lazily (Collins 2002; the "lazy update" trick of Daumé). Freeze turns it
// into Weights: the averaged weights in one open-addressing table keyed by
// the feature hash, each slot pointing at a run of (class, weight) cells.
// Weights is read-only and safe for concurrent use; scoring allocates
// nothing and probes the table in batches, so that cache misses overlap.
// AverageWeights mixes tables (parameter mixing); MergeWeights stacks
// tables over disjoint class ranges so that one probe scores several
// models (the tagger keeps all its passes in one table this way).
//
// Feature hashes are built with HashString / HashBytes (FNV-1a, inline, no
// allocation) and HashMix (combine a template id or a previous hash with a
// value; the result is finalised so that its low bits can index a table).
//
// The binary form of Weights (WriteTo / ReadWeights) is a varint stream of
// sorted, delta-coded keys with their cells; weights are quantised to 16 bits
// with one scale for the whole table. Callers compress it (zstd) themselves.

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"unsafe"

	"github.com/dyadproject/dyad/internal/hugepage"
	"github.com/dyadproject/dyad/internal/prefetch"
	"github.com/dyadproject/dyad/internal/vec"
)

// HashSeed is the starting value of a string hash (the FNV-1a offset basis).
const HashSeed uint64 = 14695981039346656037

const pcFNVPrime uint64 = 1099511628211

// HashString continues an FNV-1a hash h over the bytes of s.
func HashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= pcFNVPrime
	}
	return h
}

// HashBytes continues an FNV-1a hash h over b.
func HashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= pcFNVPrime
	}
	return h
}

// HashMix combines a hash (or a template id) a with a value b into a
// well-mixed 64-bit feature hash. It is not symmetric.
func HashMix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// pcCell is one class weight of a training row.
type pcCell struct {
	class int32
	stamp int32   // clock value when total was last brought up to date
	w     float64 // current weight
	total float64 // sum of the weight over time, up to stamp
}

// Perceptron is an averaged multiclass perceptron under training. It is not
// safe for concurrent use.
type Perceptron struct {
	nClass int
	index  map[uint64]int32
	rows   [][]pcCell
	clock  int32
}

// NewPerceptron returns an empty perceptron over nClass classes.
func NewPerceptron(nClass int) *Perceptron {
	return &Perceptron{nClass: nClass, index: make(map[uint64]int32, 1<<16)}
}

// NumClasses returns the number of classes.
func (p *Perceptron) NumClasses() int { return p.nClass }

// NumFeatures returns the number of features with at least one weight.
func (p *Perceptron) NumFeatures() int { return len(p.rows) }

// Score sets scores[c] (len ≥ NumClasses) to the sum of the current, not
// averaged, weights of feats for class c. Training decodes with these.
func (p *Perceptron) Score(feats []uint64, scores []float32) {
	clear(scores[:p.nClass])
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		for _, c := range p.rows[r] {
			scores[c.class] += float32(c.w)
		}
	}
}

// Tick advances the clock by one training instance. Call it once per
// instance, whether or not the instance leads to an update.
func (p *Perceptron) Tick() { p.clock++ }

// Add adds delta to the weight of class for every feature of feats.
func (p *Perceptron) Add(feats []uint64, class int, delta float64) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, make([]pcCell, 0, 2))
		}
		row := p.rows[r]
		j := 0
		for j < len(row) && row[j].class != int32(class) {
			j++
		}
		if j == len(row) {
			row = append(row, pcCell{class: int32(class), stamp: p.clock})
			p.rows[r] = row
		}
		c := &row[j]
		c.total += float64(p.clock-c.stamp) * c.w
		c.stamp = p.clock
		c.w += delta
	}
}

// Update is the perceptron step for one instance: it ticks the clock and,
// when guess differs from truth, moves the weights of feats towards truth.
func (p *Perceptron) Update(feats []uint64, truth, guess int) {
	p.clock++
	if truth == guess {
		return
	}
	p.Add(feats, truth, 1)
	p.Add(feats, guess, -1)
}

// Freeze returns the averaged weights. Cells whose averaged weight is
// smaller than minAbs in magnitude are dropped, and so are features left
// without cells. The perceptron can go on training afterwards.
func (p *Perceptron) Freeze(minAbs float64) *Weights {
	keys := make([]uint64, 0, len(p.index))
	for k := range p.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := newWeightsBuilder(p.nClass, len(keys))
	now := float64(p.clock)
	if now == 0 {
		now = 1
	}
	var cells []WeightCell
	for _, k := range keys {
		cells = cells[:0]
		for _, c := range p.rows[p.index[k]] {
			total := c.total + float64(p.clock-c.stamp)*c.w
			avg := total / now
			if math.Abs(avg) < minAbs || avg == 0 {
				continue
			}
			cells = append(cells, WeightCell{Class: uint16(c.class), W: float32(avg)})
		}
		if len(cells) > 0 {
			b.add(k, cells)
		}
	}
	return b.build()
}

// WeightCell is one class weight of a frozen feature.
type WeightCell struct {
	Class uint16
	W     float32
}

// wSlot is one slot of a Weights table. Most features keep their weights as
// sparse cells: off and n are their place in Weights.cells. A feature with a
// weight for a good part of the classes of a range (the frequent ones:
// suffixes, the word before) keeps them as a dense row as well, added to
// the scores without an index per class, four or eight classes at a time
// (vec.AddF32): its span (bits 16-31 of n) is non-zero, off is where the
// row's values start in Weights.dense, and the two values before them hold,
// as bits, the first class of the row and the offset of its cells.
type wSlot struct {
	key uint64 // 0: empty (key 0 is stored as pcZeroKey)
	off uint32
	n   uint32 // cell count (bits 0-15) | dense span (bits 16-31)
}

// Dense rows: at least wDenseMin cells, spanning at most wDenseSpan times
// their count. A dense value takes 4 bytes against a cell's 8, so the dense
// copy of a row at the limit takes twice its cells' bytes, kept beside the
// cells (the dense values of the tagger's tables: 2 MB each); the vector
// addition of a dense row is several times faster per value than a cell's
// indexed one (session 31: spans up to 3/2 of the count, added one value at
// a time, were the rule before; tagging takes 22-29% less CPU a token with
// both changes, docs/MEASURES.md "dyad code speed history").
const (
	wDenseMin  = 8
	wDenseSpan = 4
)

// cellRange returns the offset and count of s's cells in Weights.cells.
func (w *Weights) cellRange(s wSlot) (off, n uint32) {
	if s.n>>16 != 0 {
		return math.Float32bits(w.dense[s.off-1]), s.n & 0xFFFF
	}
	return s.off, s.n
}

const pcZeroKey = 0x8000000000000001

// Weights is a frozen, averaged weight table: feature hash → sparse class
// weights. It is read-only and safe for concurrent use.
type Weights struct {
	nClass int
	nFeat  int
	mask   uint64
	slots  []wSlot
	cells  []WeightCell
	dense  []float32 // dense rows, see wSlot
}

type weightsBuilder struct {
	nClass int
	keys   []uint64
	offs   []uint32
	cells  []WeightCell
}

func newWeightsBuilder(nClass, hint int) *weightsBuilder {
	return &weightsBuilder{nClass: nClass, keys: make([]uint64, 0, hint), offs: make([]uint32, 0, hint+1)}
}

func (b *weightsBuilder) add(key uint64, cells []WeightCell) {
	b.keys = append(b.keys, key)
	b.offs = append(b.offs, uint32(len(b.cells)))
	b.cells = append(b.cells, cells...)
}

func (b *weightsBuilder) build() *Weights {
	n := len(b.keys)
	size := 16
	for size < 2*n {
		size <<= 1
	}
	w := &Weights{nClass: b.nClass, nFeat: n, mask: uint64(size - 1)}
	w.slots = hugepage.Make[wSlot](size)
	if len(b.cells) == cap(b.cells) {
		// Sized exactly (ReadWeights from memory): the builder's cells
		// become the table's, the builder being done with.
		w.cells = b.cells
	} else {
		w.cells = make([]WeightCell, len(b.cells))
		copy(w.cells, b.cells)
	}
	b.offs = append(b.offs, uint32(len(b.cells)))
	for i, k := range b.keys {
		if k == 0 {
			k = pcZeroKey
		}
		j := k & w.mask
		for w.slots[j].key != 0 {
			if w.slots[j].key == k {
				panic("syntax: duplicate weight key")
			}
			j = (j + 1) & w.mask
		}
		w.slots[j] = w.packRow(k, b.offs[i], b.offs[i+1]-b.offs[i])
	}
	return w
}

// packRow returns the slot of the feature key whose cells are
// w.cells[off:off+n], adding a dense row for it when it qualifies.
func (w *Weights) packRow(key uint64, off, n uint32) wSlot {
	if n < wDenseMin || n > 0xFFFF {
		return wSlot{key: key, off: off, n: n}
	}
	cells := w.cells[off : off+n]
	lo, hi := cells[0].Class, cells[0].Class
	for _, c := range cells {
		lo, hi = min(lo, c.Class), max(hi, c.Class)
	}
	span := uint32(hi-lo) + 1
	if span > wDenseSpan*n || span > 0xFFFF {
		return wSlot{key: key, off: off, n: n}
	}
	w.dense = append(w.dense, math.Float32frombits(uint32(lo)), math.Float32frombits(off))
	start := uint32(len(w.dense))
	w.dense = append(w.dense, make([]float32, span)...)
	row := w.dense[start:]
	for _, c := range cells {
		row[c.Class-lo] += c.W
	}
	return wSlot{key: key, off: start, n: n | span<<16}
}

// NumClasses returns the number of classes.
func (w *Weights) NumClasses() int { return w.nClass }

// NumFeatures returns the number of features in the table.
func (w *Weights) NumFeatures() int { return w.nFeat }

// Lookup returns the cells of feature f, nil when it has none. The slice
// belongs to w and must not be modified.
func (w *Weights) Lookup(f uint64) []WeightCell {
	if f == 0 {
		f = pcZeroKey
	}
	j := f & w.mask
	for {
		s := &w.slots[j]
		if s.key == f {
			off, n := w.cellRange(*s)
			return w.cells[off : off+n]
		}
		if s.key == 0 {
			return nil
		}
		j = (j + 1) & w.mask
	}
}

// Score adds to scores[c] the weights of feats for class c. The caller
// zeroes scores (len ≥ NumClasses) first, or keeps a sum over several
// tables.
func (w *Weights) Score(feats []uint64, scores []float32) {
	scores = scores[:w.nClass]
	// Three sweeps over a batch of features: prefetch each feature's home
	// slot, find its slot and prefetch its first cell, then add the cells.
	// The prefetches do not wait for their data, so the memory system
	// serves the cache misses of a sweep together.
	var found [64]*wSlot
	var addrs [64]uintptr
	db := uintptr(unsafe.Pointer(unsafe.SliceData(w.dense)))
	cb := uintptr(unsafe.Pointer(unsafe.SliceData(w.cells)))
	for len(feats) > 0 {
		fs := feats[:min(len(feats), len(found))]
		feats = feats[len(fs):]
		w.prefetchSlots(fs)
		m := 0
		for _, f := range fs {
			if f == 0 {
				f = pcZeroKey
			}
			j := f & w.mask
			k := w.slots[j].key
			for k != f && k != 0 {
				j = (j + 1) & w.mask
				k = w.slots[j].key
			}
			if k != f {
				continue
			}
			s := &w.slots[j]
			found[m] = s
			if s.n>>16 != 0 {
				addrs[m] = db + uintptr(s.off)*unsafe.Sizeof(float32(0))
			} else {
				addrs[m] = cb + uintptr(s.off)*unsafe.Sizeof(WeightCell{})
			}
			m++
		}
		prefetch.Addrs(addrs[:m])
		for _, s := range found[:m] {
			if span := s.n >> 16; span != 0 {
				// The same additions, class by class and feature by
				// feature, as the cells make (plus zeros), so the scores
				// are identical to the last bit.
				lo := math.Float32bits(w.dense[s.off-2])
				vec.AddF32(scores[lo:lo+span], w.dense[s.off:s.off+span])
				continue
			}
			for _, c := range w.cells[s.off : s.off+s.n] {
				scores[c.Class] += c.W
			}
		}
	}
}

// prefetchSlots prefetches the home slots of feats (at most 64).
func (w *Weights) prefetchSlots(feats []uint64) {
	var addrs [64]uintptr
	base := uintptr(unsafe.Pointer(unsafe.SliceData(w.slots)))
	for i, f := range feats[:min(len(feats), len(addrs))] {
		if f == 0 {
			f = pcZeroKey
		}
		addrs[i] = base + uintptr(f&w.mask)*unsafe.Sizeof(wSlot{})
	}
	prefetch.Addrs(addrs[:min(len(feats), len(addrs))])
}

// Each calls fn for every feature in ascending key order.
func (w *Weights) Each(fn func(key uint64, cells []WeightCell)) {
	idx := make([]int32, 0, w.nFeat)
	for i, s := range w.slots {
		if s.key != 0 {
			idx = append(idx, int32(i))
		}
	}
	real := func(k uint64) uint64 {
		if k == pcZeroKey {
			return 0
		}
		return k
	}
	slices.SortFunc(idx, func(a, b int32) int {
		ka, kb := real(w.slots[a].key), real(w.slots[b].key)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	for _, i := range idx {
		s := w.slots[i]
		off, n := w.cellRange(s)
		fn(real(s.key), w.cells[off:off+n])
	}
}

const pcMagic = "DYADPW1\n"

// WriteTo writes w in its binary form: a magic line, the class and feature
// counts, the quantisation scale, then for each feature in key order the key
// delta, the cell count and each cell's class and 16-bit weight.
func (w *Weights) WriteTo(out io.Writer) (int64, error) {
	bw := bufio.NewWriterSize(out, 1<<16)
	var n int64
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		k := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:k])
		n += int64(k)
	}
	var maxAbs float64
	for _, c := range w.cells {
		maxAbs = max(maxAbs, math.Abs(float64(c.W)))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	bw.WriteString(pcMagic)
	n += int64(len(pcMagic))
	put(uint64(w.nClass))
	// Count the features that keep a cell after quantisation.
	q := func(x float32) int64 { return int64(math.Round(float64(x) / scale)) }
	nf := 0
	w.Each(func(_ uint64, cells []WeightCell) {
		for _, c := range cells {
			if q(c.W) != 0 {
				nf++
				return
			}
		}
	})
	put(uint64(nf))
	put(math.Float64bits(scale))
	var prev uint64
	w.Each(func(k uint64, cells []WeightCell) {
		kept := 0
		for _, c := range cells {
			if q(c.W) != 0 {
				kept++
			}
		}
		if kept == 0 {
			return
		}
		put(k - prev)
		prev = k
		put(uint64(kept))
		for _, c := range cells {
			v := q(c.W)
			if v == 0 {
				continue
			}
			put(uint64(c.Class))
			put(uint64(v<<1) ^ uint64(v>>63))
		}
	})
	return n, bw.Flush()
}

// ReadWeights reads weights written by WriteTo.
func ReadWeights(r io.Reader) (*Weights, error) {
	br, ok := r.(byteReader)
	if !ok {
		br = bufio.NewReaderSize(r, 1<<16)
	}
	mr := &modelReader{r: br}
	magic := make([]byte, len(pcMagic))
	for i := range magic {
		magic[i] = mr.byte()
	}
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: weights: %w", mr.err)
	}
	if string(magic) != pcMagic {
		return nil, errors.New("syntax: weights: bad magic")
	}
	get := mr.uvar
	nClass := int(get())
	nf := int(get())
	scale := math.Float64frombits(get())
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: weights: %w", mr.err)
	}
	if nClass <= 0 || nClass > 1<<16 || nf < 0 || nf > 1<<28 {
		return nil, errors.New("syntax: weights: bad header")
	}
	b := newWeightsBuilder(nClass, nf)
	if mem, ok := br.(*memReader); ok {
		b.cells = hugepage.Make[WeightCell](countCells(mem.b, nf))[:0]
	}
	var key uint64
	for i := 0; i < nf; i++ {
		key += get()
		m := int(get())
		if mr.err != nil {
			break
		}
		if m > nClass {
			return nil, errors.New("syntax: weights: bad cell count")
		}
		// What b.add does, with the cells decoded straight into the
		// builder's instead of copied there.
		b.keys = append(b.keys, key)
		b.offs = append(b.offs, uint32(len(b.cells)))
		for j := 0; j < m; j++ {
			c := get()
			z := get()
			if c >= uint64(nClass) {
				return nil, errors.New("syntax: weights: bad class")
			}
			v := int64(z>>1) ^ -int64(z&1)
			b.cells = append(b.cells, WeightCell{Class: uint16(c), W: float32(float64(v) * scale)})
		}
	}
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: weights: %w", mr.err)
	}
	return b.build(), nil
}

// countCells returns the number of cells of the nf features encoded in b
// (as WriteTo writes them, after the header), so that ReadWeights can
// allocate them at once; a damaged stream just gives a wrong count.
func countCells(b []byte, nf int) int {
	skip := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	total := 0
	for i := 0; i < nf && len(b) > 0; i++ {
		skip()
		m := skip()
		if m > uint64(len(b)) {
			break
		}
		for j := uint64(0); j < 2*m; j++ {
			skip()
		}
		total += int(m)
	}
	return total
}

// AverageWeights returns the mean of tables over the same classes (a
// feature missing from a table counts as zero there): parameter mixing of
// models trained on different orders or folds of the data.
func AverageWeights(ws ...*Weights) *Weights {
	if len(ws) == 0 {
		return nil
	}
	if len(ws) == 1 {
		return ws[0]
	}
	type kc struct {
		key   uint64
		class uint16
	}
	sum := map[kc]float64{}
	var keys []uint64
	seen := map[uint64]bool{}
	for _, w := range ws {
		w.Each(func(k uint64, cells []WeightCell) {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
			for _, c := range cells {
				sum[kc{k, c.Class}] += float64(c.W)
			}
		})
	}
	slices.Sort(keys)
	n := ws[0].nClass
	b := newWeightsBuilder(n, len(keys))
	var cells []WeightCell
	for _, k := range keys {
		cells = cells[:0]
		for c := 0; c < n; c++ {
			if v, ok := sum[kc{k, uint16(c)}]; ok && v != 0 {
				cells = append(cells, WeightCell{Class: uint16(c), W: float32(v / float64(len(ws)))})
			}
		}
		if len(cells) > 0 {
			b.add(k, cells)
		}
	}
	return b.build()
}

// MergeWeights stacks tables into one whose classes are the classes of the
// first table, then those of the second shifted past them, and so on: a
// feature shared by several tables gets all their cells under one key, so
// a single probe scores several models at once.
func MergeWeights(ws ...*Weights) *Weights {
	type src struct {
		w     *Weights
		shift uint16
	}
	var srcs []src
	total := 0
	for _, w := range ws {
		srcs = append(srcs, src{w, uint16(total)})
		total += w.nClass
	}
	if total > 1<<16 {
		panic("syntax: too many classes to merge")
	}
	if len(ws) == 1 {
		return ws[0]
	}
	type kv struct {
		key uint64
		src int
	}
	var all []kv
	for i, s := range srcs {
		for _, sl := range s.w.slots {
			if sl.key != 0 {
				all = append(all, kv{sl.key, i})
			}
		}
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.key != b.key {
			if a.key < b.key {
				return -1
			}
			return 1
		}
		return a.src - b.src
	})
	b := newWeightsBuilder(total, len(all))
	var cells []WeightCell
	for i := 0; i < len(all); {
		k := all[i].key
		cells = cells[:0]
		for ; i < len(all) && all[i].key == k; i++ {
			s := srcs[all[i].src]
			real := k
			if real == pcZeroKey {
				real = 0
			}
			for _, c := range s.w.Lookup(real) {
				cells = append(cells, WeightCell{Class: c.Class + s.shift, W: c.W})
			}
		}
		real := k
		if real == pcZeroKey {
			real = 0
		}
		b.add(real, cells)
	}
	return b.build()
}
