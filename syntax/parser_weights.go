package syntax

import (
	"fmt"
	"math"
	"slices"
	"unsafe"

	"github.com/dyadproject/dyad/internal/hugepage"
	"github.com/dyadproject/dyad/internal/prefetch"
)

// The parser's weights. Training keeps an averaged perceptron in a map from
// feature hash to a sparse row of (class, weight) entries: a feature gets a
// row only once an update touches it, and a row holds only the classes that
// were updated with that feature. Inference uses dpTable, an open-addressing
// hash table over the same rows, packed into two flat arrays.

// dpEnt is one class's weight in a training row, with what averaging needs.
type dpEnt struct {
	cls int32
	ts  int32   // step of the last change to w
	w   float64 // current weight
	tot float64 // sum of w over all steps up to ts
}

// dpTrainWeights is the averaged perceptron's store during training.
type dpTrainWeights struct {
	idx  map[uint64]int32
	rows [][]dpEnt
	step int32 // number of training instances seen
}

func newDPTrainWeights() *dpTrainWeights {
	return &dpTrainWeights{idx: make(map[uint64]int32, 1<<20)}
}

// score adds the current weights of feats to scores.
func (t *dpTrainWeights) score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := t.idx[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += e.w
		}
	}
}

// update adds delta to the weight of class cls for every feature.
func (t *dpTrainWeights) update(feats []uint64, cls int, delta float64) {
	for _, f := range feats {
		r, ok := t.idx[f]
		if !ok {
			r = int32(len(t.rows))
			t.idx[f] = r
			t.rows = append(t.rows, make([]dpEnt, 0, 2))
		}
		row := t.rows[r]
		j := -1
		for k := range row {
			if row[k].cls == int32(cls) {
				j = k
				break
			}
		}
		if j < 0 {
			t.rows[r] = append(row, dpEnt{cls: int32(cls), ts: t.step})
			row = t.rows[r]
			j = len(row) - 1
		}
		e := &row[j]
		e.tot += e.w * float64(t.step-e.ts)
		e.ts = t.step
		e.w += delta
	}
}

// dpWeightRow is one feature's averaged row, ready to be packed.
type dpWeightRow struct {
	key uint64
	cls []uint16
	w   []float32
}

// averaged returns the averaged weights, dropping entries whose magnitude is
// below prune, sorted by key so that the output does not depend on map order.
func (t *dpTrainWeights) averaged(prune float64) []dpWeightRow {
	keys := make([]uint64, 0, len(t.idx))
	for k := range t.idx {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]dpWeightRow, 0, len(keys))
	steps := float64(t.step)
	if steps == 0 {
		steps = 1
	}
	for _, k := range keys {
		row := t.rows[t.idx[k]]
		var r dpWeightRow
		for _, e := range row {
			tot := e.tot + e.w*float64(t.step-e.ts)
			avg := tot / steps
			if math.Abs(avg) < prune || avg == 0 {
				continue
			}
			r.cls = append(r.cls, uint16(e.cls))
			r.w = append(r.w, float32(avg))
		}
		if len(r.cls) == 0 {
			continue
		}
		r.key = k
		// Sort the row by class for a deterministic file.
		idx := make([]int, len(r.cls))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return int(r.cls[a]) - int(r.cls[b]) })
		cls := make([]uint16, len(idx))
		w := make([]float32, len(idx))
		for i, j := range idx {
			cls[i], w[i] = r.cls[j], r.w[j]
		}
		r.cls, r.w = cls, w
		out = append(out, r)
	}
	return out
}

// dpTable is the compact, read-only weight table used for parsing: open
// addressing with linear probing over one uint64 per slot. The slot's high
// 32 bits hold the low 32 bits of the feature key, its fingerprint (the
// high bits of the dpKeyBits-bit key choose the slot, so keys in ascending
// order fill the table front to back). The low 32 bits hold the row: a row
// of one entry inline (bit 31 set, class in bits 16-30, weight in bits
// 0-15), otherwise its start in ents (bits 7-30) and length (bits 0-6). A
// zero slot is empty. Weights are int16 in units of the parser's scale.
type dpTable struct {
	mask  uint64
	shift uint // slot of key = key >> shift
	slots []uint64
	ents  []dpEntry
	keys  []uint64 // the keys in the table, ascending (for Save)
	nfeat int
}

// dpEntry is one (class, weight) pair of a packed row.
type dpEntry struct {
	cls uint16
	w   int16
}

const (
	dpInline    = 1 << 31
	dpRowBits   = 7
	dpStartBits = 24
	dpMaxRow    = 1<<dpRowBits - 1
)

// newDPTable packs rows (distinct non-zero keys, ascending; weights already
// multiples of scale) into a table. A key whose fingerprint clashes with an
// earlier key's on its probe path is left out, so every key kept is found.
func newDPTable(rows []dpWeightRow, scale float32) (*dpTable, error) {
	total := 0
	for _, r := range rows {
		if len(r.cls) > 1 {
			total += len(r.cls)
		}
	}
	t, err := allocDPTable(len(rows), total, false)
	if err != nil {
		return nil, err
	}
	inv := 1 / scale
	var es []dpEntry
	for _, r := range rows {
		es = es[:0]
		for j := range r.cls {
			es = append(es, dpEntry{cls: r.cls[j], w: int16(math.Round(float64(r.w[j] * inv)))})
		}
		if err := t.insert(r.key, es); err != nil {
			return nil, err
		}
	}
	t.nfeat = len(t.keys)
	return t, nil
}

// allocDPTable returns an empty table for nrows keys whose rows of more than
// one entry hold nents entries in all. A table has at least 3/2 slots a
// key (a load of at most 2/3: probes stay short, mostly within one cache
// line, and the table small), a sparse one at least 3 (a load of at most
// 1/3: nearly every probe ends at its first slot, on the key or on an
// empty slot; the cascade's tables, probed for every move, are sparse).
func allocDPTable(nrows, nents int, sparse bool) (*dpTable, error) {
	want := nrows * 3 / 2
	if sparse {
		want = nrows * 3
	}
	size, bits := 16, uint(4)
	for size < want {
		size <<= 1
		bits++
	}
	if nents >= 1<<dpStartBits {
		return nil, fmt.Errorf("syntax: %d parser weights, at most %d", nents, 1<<dpStartBits-1)
	}
	t := &dpTable{mask: uint64(size - 1), shift: dpKeyBits - bits, keys: make([]uint64, 0, nrows)}
	t.slots = hugepage.Make[uint64](size)
	t.ents = hugepage.Make[dpEntry](nents)[:0]
	return t, nil
}

// insert adds key's row es (keys come in ascending order). A key whose
// fingerprint clashes with an earlier key's on its probe path is left out.
func (t *dpTable) insert(key uint64, es []dpEntry) error {
	if len(es) == 0 || len(es) > dpMaxRow {
		return fmt.Errorf("syntax: parser weight row of %d classes", len(es))
	}
	if key == 0 || key>>dpKeyBits != 0 {
		return fmt.Errorf("syntax: parser feature key %#x out of range", key)
	}
	fp := key & 0xFFFFFFFF
	i := key >> t.shift
	for t.slots[i] != 0 {
		if t.slots[i]>>32 == fp {
			return nil
		}
		i = (i + 1) & t.mask
	}
	var row uint64
	if len(es) == 1 {
		if es[0].cls >= 1<<15 {
			return fmt.Errorf("syntax: parser class %d out of range", es[0].cls)
		}
		row = dpInline | uint64(es[0].cls)<<16 | uint64(uint16(es[0].w))
	} else {
		if len(t.ents)+len(es) > cap(t.ents) {
			return fmt.Errorf("syntax: parser table sized for %d weights, not more", cap(t.ents))
		}
		row = uint64(len(t.ents))<<dpRowBits | uint64(len(es))
		t.ents = append(t.ents, es...)
	}
	t.slots[i] = fp<<32 | row
	t.keys = append(t.keys, key)
	return nil
}

// rowOf returns key's entries, nil when it has none (one holds an inline
// row).
func (t *dpTable) rowOf(key uint64, one *[1]dpEntry) []dpEntry {
	s := t.find(key)
	if s == 0 {
		return nil
	}
	return t.row(s, one)
}

// find returns the slot of key, or 0.
func (t *dpTable) find(key uint64) uint64 {
	fp := key & 0xFFFFFFFF
	for i := key >> t.shift; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 || s>>32 == fp {
			return s
		}
	}
}

// row returns the entries of slot s (using one, for an inline row).
func (t *dpTable) row(s uint64, one *[1]dpEntry) []dpEntry {
	if s&dpInline != 0 {
		one[0] = dpEntry{cls: uint16(s>>16) & 0x7FFF, w: int16(s)}
		return one[:]
	}
	start, n := uint32(s>>dpRowBits)&(1<<dpStartBits-1), uint32(s&dpMaxRow)
	return t.ents[start : start+n]
}

// nents returns the number of weights in the table.
func (t *dpTable) nents() int {
	n := len(t.ents)
	for _, s := range t.slots {
		if s&dpInline != 0 {
			n++
		}
	}
	return n
}

// score adds the weights of feats to scores. The table is far larger than
// the caches, so it works in passes: first it prefetches the first slot of
// every feature, then probes them and prefetches both ends of every row
// found (a row of 16 entries or fewer, the common case, spans at most two
// cache lines), and only then adds up. The prefetches do not wait for
// their data, so the cache misses of a pass are served together.
func (t *dpTable) score(feats []uint64, scores []int32, found *[dpMaxFeats]uint64) {
	slots, ents, mask, shift := t.slots, t.ents, t.mask, t.shift
	prefetch.Shifted(slots, feats, shift)
	m := 0
	for _, f := range feats {
		fp := f & 0xFFFFFFFF
		for i := f >> shift; ; i = (i + 1) & mask {
			s := slots[i]
			if s == 0 {
				break
			}
			if s>>32 == fp {
				if s&dpInline != 0 {
					scores[(s>>16)&0x7FFF] += int32(int16(s))
				} else {
					found[m] = s
					m++
				}
				break
			}
		}
	}
	var addrs [2 * dpMaxFeats]uintptr
	base := uintptr(unsafe.Pointer(unsafe.SliceData(ents)))
	for j, s := range found[:m] {
		start, n := uintptr(s>>dpRowBits)&(1<<dpStartBits-1), uintptr(s&dpMaxRow)
		addrs[2*j] = base + unsafe.Sizeof(dpEntry{})*start
		addrs[2*j+1] = base + unsafe.Sizeof(dpEntry{})*(start+n-1)
	}
	prefetch.Addrs(addrs[:2*m])
	for _, s := range found[:m] {
		start, n := uint32(s>>dpRowBits)&(1<<dpStartBits-1), uint32(s&dpMaxRow)
		for _, e := range ents[start : start+n] {
			scores[e.cls] += int32(e.w)
		}
	}
}

// dpQuantScale returns the quantisation step that maps the largest weight
// to the int16 maximum.
func dpQuantScale(rows []dpWeightRow) float32 {
	var mx float32
	for _, r := range rows {
		for _, w := range r.w {
			if a := float32(math.Abs(float64(w))); a > mx {
				mx = a
			}
		}
	}
	if mx == 0 {
		return 1
	}
	return mx / 32767
}

// dpQuantize rounds every weight to a multiple of scale, dropping those
// that round to zero, so that a freshly trained parser is exactly what Save
// writes and LoadParser reads back.
func dpQuantize(rows []dpWeightRow, scale float32) []dpWeightRow {
	out := rows[:0]
	for _, r := range rows {
		cls, w := r.cls[:0], r.w[:0]
		for j := range r.cls {
			q := int16(math.Round(float64(r.w[j] / scale)))
			if q == 0 {
				continue
			}
			cls = append(cls, r.cls[j])
			w = append(w, float32(q)*scale)
		}
		if len(cls) > 0 {
			out = append(out, dpWeightRow{key: r.key, cls: cls, w: w})
		}
	}
	return out
}

// Pruned returns a copy of the parser without the weights smaller in
// magnitude than min (model units), for a smaller model.
func (p *Parser) Pruned(min float64) *Parser {
	tab := p.table().pruned(func(e dpEntry) bool { return math.Abs(float64(float32(e.w)*p.scale)) >= min }, false)
	q, err := newParser(slices.Clone(p.labels), tab, p.scale, p.fs)
	if err != nil {
		panic(err) // the labels are p's, which passed the same checks
	}
	return q
}

// prunedQ returns a copy of the table without the weights below min in
// magnitude (min in quantised units).
func (t *dpTable) prunedQ(min int16, sparse bool) *dpTable {
	return t.pruned(func(e dpEntry) bool { return e.w >= min || e.w <= -min }, sparse)
}

// pruned returns a copy of the table with only the weights keep accepts,
// built straight from the packed rows (sparse: see allocDPTable).
func (t *dpTable) pruned(keep func(dpEntry) bool, sparse bool) *dpTable {
	var one [1]dpEntry
	nrows, nents := 0, 0
	for _, k := range t.keys {
		n := 0
		for _, e := range t.row(t.find(k), &one) {
			if keep(e) {
				n++
			}
		}
		if n > 0 {
			nrows++
		}
		if n > 1 {
			nents += n
		}
	}
	q, err := allocDPTable(nrows, nents, sparse)
	if err != nil {
		panic(err) // a subset of a table that was built
	}
	var es []dpEntry
	for _, k := range t.keys {
		es = es[:0]
		for _, e := range t.row(t.find(k), &one) {
			if keep(e) {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			if err := q.insert(k, es); err != nil {
				panic(err) // a subset of a table that was built
			}
		}
	}
	q.nfeat = len(q.keys)
	return q
}

// WithCascade returns a copy of the parser that scores each move first with
// a small table holding only the weights of magnitude at least minW (model
// units), and takes the move that table prefers when it beats every other
// valid move by at least margin; otherwise the move is scored with the
// whole table as before: the small table's scores plus those of a rest
// table holding the other weights, which add up to the same integers. The
// small table fits in the processor's caches where the whole one does not,
// so most moves cost a fraction of a full scoring; minW and margin trade speed against agreement with the full
// model (docs/MEASURES.md gives the figures behind the defaults).
func (p *Parser) WithCascade(minW, margin float64) *Parser {
	tab := p.table()
	c, err := newParser(slices.Clone(p.labels), tab, p.scale, p.fs)
	if err != nil {
		panic(err) // the labels are p's
	}
	q := p.cascadeQ(minW)
	c.fast = tab.prunedQ(q, true)
	c.rest = tab.pruned(func(e dpEntry) bool { return e.w < q && e.w > -q }, true)
	c.margin = cascadeMargin(margin, p.scale)
	return c
}

// cascadeQ is the cascade's threshold minW (model units) in quantised
// units: the small table keeps the weights of at least that magnitude.
func (p *Parser) cascadeQ(minW float64) int16 {
	return int16(min(math.Ceil(minW/float64(p.scale)), math.MaxInt16))
}

// cascadeMargin is margin (model units) in quantised units.
func cascadeMargin(margin float64, scale float32) int32 {
	return int32(min(math.Round(margin/float64(scale)), math.MaxInt32))
}

// dpMergeTables rebuilds the whole table from the cascade's small and rest
// tables (LoadParserCascade builds those two only): each key's entries of
// both, in class order, as the model file holds them, in a table of the
// density LoadParser gives it.
func dpMergeTables(fast, rest *dpTable) *dpTable {
	var one1, one2 [1]dpEntry
	// each calls f with every key of either table, ascending, and its
	// entries merged in class order.
	var es []dpEntry
	each := func(f func(k uint64, es []dpEntry)) {
		a, b := fast.keys, rest.keys
		for len(a) > 0 || len(b) > 0 {
			var k uint64
			switch {
			case len(b) == 0 || (len(a) > 0 && a[0] < b[0]):
				k, a = a[0], a[1:]
			case len(a) == 0 || b[0] < a[0]:
				k, b = b[0], b[1:]
			default:
				k, a, b = a[0], a[1:], b[1:]
			}
			x, y := fast.rowOf(k, &one1), rest.rowOf(k, &one2)
			es = es[:0]
			for len(x) > 0 || len(y) > 0 {
				if len(y) == 0 || (len(x) > 0 && x[0].cls < y[0].cls) {
					es, x = append(es, x[0]), x[1:]
				} else {
					es, y = append(es, y[0]), y[1:]
				}
			}
			f(k, es)
		}
	}
	nrows, nents := 0, 0
	each(func(_ uint64, es []dpEntry) {
		nrows++
		if len(es) > 1 {
			nents += len(es)
		}
	})
	t, err := allocDPTable(nrows, nents, false)
	if err != nil {
		panic(err) // the rows of tables that were built
	}
	each(func(k uint64, es []dpEntry) {
		if err := t.insert(k, es); err != nil {
			panic(err) // the rows of tables that were built
		}
	})
	t.nfeat = len(t.keys)
	return t
}
