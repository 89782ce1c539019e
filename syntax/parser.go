package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/model"
)

// Parser is a labelled dependency parser for Universal Dependencies: greedy
// arc-hybrid transitions (see parser_state.go) scored by an averaged
// perceptron over hashed Zhang & Nivre style features (parser_features.go),
// optionally extended with word clusters and sentence neighbours
// (parser_clusters.go), trained with a dynamic oracle and exploration
// (parser_train.go).
//
// A Parser is read-only once built and safe for concurrent use; Parse keeps
// its scratch space in a sync.Pool and allocates nothing per call in the
// steady state.
type Parser struct {
	labels []string // deprel per label index
	root   int      // index of "root" in labels
	tab    *dpTable
	scale  float32 // quantisation step of the weights
	// fast, when set, is a small copy of tab without its small weights,
	// scored first: a move it prefers by at least margin (in quantised
	// units) is taken without scoring tab (see WithCascade). rest holds
	// the weights of tab that fast lacks: fast's scores plus rest's are
	// tab's, so a move fast cannot settle costs rest, not tab.
	fast   *dpTable
	rest   *dpTable
	margin int32
	fs     dpFeatSet
	pool   sync.Pool
	// lazyTab says tab is not built yet: LoadParserCascade leaves it out
	// and table builds it from fast and rest when it is first needed.
	lazyTab bool
	tabOnce sync.Once
}

// table returns the whole weight table, building it from the cascade's two
// tables the first time when the parser was loaded without it.
func (p *Parser) table() *dpTable {
	if p.lazyTab {
		p.tabOnce.Do(func() { p.tab = dpMergeTables(p.fast, p.rest) })
	}
	return p.tab
}

// dpScratch is the per-call working memory of Parse.
type dpScratch struct {
	toks   []dpTok
	st     dpState
	feats  [dpMaxFeats]uint64
	found  [dpMaxFeats]uint64
	scores []int32
	buf    []byte
	// The small cascade table's partial scores of the sentence being
	// parsed (parser_parts.go). The rest table is scored feature by
	// feature: few of the moves that fall through to it find a group
	// scored in it before (11% for the stack top, 22% the buffer front).
	parts dpParts
	sub   [dpMaxFeats]uint64 // the features scoreParts scores, group by group
}

func newParser(labels []string, tab *dpTable, scale float32, fs dpFeatSet) (*Parser, error) {
	p := &Parser{labels: labels, root: -1, tab: tab, scale: scale, fs: fs}
	for i, l := range labels {
		if l == "root" {
			p.root = i
		}
	}
	if p.root < 0 {
		return nil, errors.New("syntax: parser labels lack \"root\"")
	}
	if len(labels) > 256 {
		return nil, fmt.Errorf("syntax: %d parser labels, at most 256", len(labels))
	}
	nc := p.nClasses()
	p.pool.New = func() any { return &dpScratch{scores: make([]int32, nc)} }
	return p, nil
}

func (p *Parser) nClasses() int { return 2*len(p.labels) + 1 }

// Labels returns the dependency relations the parser predicts.
func (p *Parser) Labels() []string { return slices.Clone(p.labels) }

// dpSetToks fills toks with the atoms of a sentence, growing it as needed:
// token 0 is the root, 1..n the words, n+1 the "none" token. Words get
// their clusters from fs.clus when it is set (buf is scratch space).
func dpSetToks(toks []dpTok, words, lemmas, upos, xpos []string, fs *dpFeatSet, buf []byte) ([]dpTok, []byte) {
	n := len(words)
	if cap(toks) < n+2 {
		toks = make([]dpTok, n+2)
	}
	toks = toks[:n+2]
	toks[0] = dpRootTok
	toks[n+1] = dpNoneTok
	for i, w := range words {
		t := &toks[i+1]
		t.w = dpStr(w, true, true)
		t.l = t.w
		if i < len(lemmas) && lemmas[i] != "" && lemmas[i] != "_" {
			t.l = dpStr(lemmas[i], true, true)
		}
		t.u, t.x = 0xD0, 0xD1
		if i < len(upos) {
			t.u = dpStr(upos[i], false, false) ^ 0x11
		}
		if i < len(xpos) {
			t.x = dpStr(xpos[i], false, false) ^ 0x22
		}
		t.suf = dpSuffix(w)
		t.shape = dpShape(w)
		t.c1, t.c2 = 0xE1, 0xE2
		if fs.clus != nil {
			buf = tgNormalize(buf[:0], w)
			if c, ok := fs.cluster(dpClusterKey(buf)); ok {
				t.c1, t.c2 = uint64(c>>16)+0xE100, uint64(c&0xFFFF)+0xE20000
			}
		}
	}
	return toks, buf
}

// dpBest returns the best-scoring valid class in state s.
func dpBest[T int32 | float64](s *dpState, scores []T, L, root int) int {
	best, _, _ := dpBestMargin(s, scores, L, root)
	return best
}

// dpBestMargin returns the best-scoring valid class in state s (the first
// of equal scores, in class order), how far its score is above the next
// valid class's, and whether it is the only valid class (margin 0 then).
func dpBestMargin[T int32 | float64](s *dpState, scores []T, L, root int) (best int, margin T, alone bool) {
	shift, left, right, rightRoot := s.valid()
	best, second := -1, -1
	consider := func(c int) {
		switch {
		case best < 0 || scores[c] > scores[best]:
			best, second = c, best
		case second < 0 || scores[c] > scores[second]:
			second = c
		}
	}
	if shift {
		consider(0)
	}
	if left {
		for l := 0; l < L; l++ {
			if l != root {
				consider(1 + l)
			}
		}
	}
	if right {
		if rightRoot {
			consider(1 + L + root)
		} else {
			for l := 0; l < L; l++ {
				if l != root {
					consider(1 + L + l)
				}
			}
		}
	}
	if second < 0 {
		return best, 0, true
	}
	return best, scores[best] - scores[second], false
}

// Parse fills heads and deprels (each at least len(words) long) with the
// dependency tree of one sentence: heads are 1-based word indices with 0 for
// the root, as in CoNLL-U. upos and xpos are the words' tags (UD and Penn
// Treebank), lemmas their lemmas; lemmas may be nil, and missing tags only
// cost accuracy. Exactly one word gets head 0, with deprel "root".
func (p *Parser) Parse(words, lemmas, upos, xpos []string, heads []int, deprels []string) {
	n := len(words)
	if n == 0 {
		return
	}
	sc := p.pool.Get().(*dpScratch)
	sc.toks, sc.buf = dpSetToks(sc.toks, words, lemmas, upos, xpos, &p.fs, sc.buf)
	p.parse(sc, n)
	st := &sc.st
	for i := 1; i <= n; i++ {
		heads[i-1] = int(st.head[i])
		deprels[i-1] = p.labels[st.lab[i]]
	}
	p.pool.Put(sc)
}

// parse runs the greedy parser over sc.toks, leaving the tree in sc.st.
func (p *Parser) parse(sc *dpScratch, n int) {
	st := &sc.st
	st.reset(n)
	if p.fast != nil {
		sc.parts.reset(n, len(sc.scores))
	}
	L := len(p.labels)
	for !st.terminal() {
		// Moves that are forced need no scoring: SHIFT onto the bare root,
		// and the final attachment to the root.
		shift, left, right, rightRoot := st.valid()
		if !left && !right {
			st.apply(0, L)
			continue
		}
		if !shift && !left && rightRoot {
			st.apply(1+L+p.root, L)
			continue
		}
		k := dpFeatures(st, sc.toks, &sc.feats, p.fs.ext)
		if p.fast != nil {
			g := dpGroupsFor(k)
			sc.scoreParts(p.fast, &sc.parts, g, k)
			if best, margin, alone := dpBestMargin(st, sc.scores, L, p.root); alone || margin >= p.margin {
				st.apply(best, L)
				continue
			}
			if p.rest != nil {
				p.rest.score(sc.feats[:k], sc.scores, &sc.found)
				st.apply(dpBest(st, sc.scores, L, p.root), L)
				continue
			}
		}
		clear(sc.scores)
		p.table().score(sc.feats[:k], sc.scores, &sc.found)
		st.apply(dpBest(st, sc.scores, L, p.root), L)
	}
}

// EvalParser parses the gold sentences with the tags that tags returns (the
// gold UPOS and XPOS when tags is nil) and the gold lemmas, and returns the
// unlabelled and labelled attachment scores in percent over all words,
// punctuation included, as the CoNLL 2018 shared task scores them: LAS
// compares the universal part of the relation (subtypes such as :pass are
// ignored, as in conll18_ud_eval.py). EvalParserScores also gives the LAS
// over full labels.
func EvalParser(p *Parser, gold []conllu.Sentence, tags func(s *conllu.Sentence) (upos, xpos []string)) (uas, las float64) {
	sc := EvalParserScores(p, gold, tags)
	return sc.UAS, sc.LAS
}

// ParserScores are attachment scores in percent over all words.
type ParserScores struct {
	Words   int
	UAS     float64 // correct head
	LAS     float64 // correct head and universal relation (CoNLL 2018)
	LASFull float64 // correct head and full relation, subtype included
}

// EvalParserScores is EvalParser with the full-label LAS as well.
func EvalParserScores(p *Parser, gold []conllu.Sentence, tags func(s *conllu.Sentence) (upos, xpos []string)) ParserScores {
	var total, ua, la, lf int
	var words, lemmas, upos, xpos, deprels []string
	var heads []int
	for si := range gold {
		s := &gold[si]
		n := len(s.Words)
		if n == 0 {
			continue
		}
		words, lemmas = words[:0], lemmas[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
			lemmas = append(lemmas, w.Lemma)
		}
		if tags != nil {
			upos, xpos = tags(s)
		} else {
			upos, xpos = upos[:0], xpos[:0]
			for _, w := range s.Words {
				upos = append(upos, w.UPOS)
				xpos = append(xpos, w.XPOS)
			}
		}
		heads = slices.Grow(heads[:0], n)[:n]
		deprels = slices.Grow(deprels[:0], n)[:n]
		p.Parse(words, lemmas, upos, xpos, heads, deprels)
		for i, w := range s.Words {
			total++
			if heads[i] != w.Head {
				continue
			}
			ua++
			if deprels[i] == w.Deprel {
				lf++
			}
			if dpUniversal(deprels[i]) == dpUniversal(w.Deprel) {
				la++
			}
		}
	}
	if total == 0 {
		return ParserScores{}
	}
	pc := func(x int) float64 { return 100 * float64(x) / float64(total) }
	return ParserScores{Words: total, UAS: pc(ua), LAS: pc(la), LASFull: pc(lf)}
}

func dpUniversal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// The model file is zstd (model.NewWriter) over:
//
//	magic "dyad-parser\x00", uvarint version (1, or 2 with the feature set)
//	uvarint number of labels, each uvarint length + bytes
//	float32 quantisation step (little endian)
//	uvarint number of features F, uvarint number of entries E
//	F uvarint key deltas (keys ascending)
//	F bytes: row lengths
//	E uvarint classes
//	E int16 weights (little endian), in units of the step
//	version 2 only: the feature set (dpFeatSet.appendTo)
//
// Columns compress better than rows.
const dpMagic = "dyad-parser\x00"

// Save writes the model, zstd-compressed (model.NewWriter).
func (p *Parser) Save(w io.Writer) error {
	t := p.table()
	var b []byte
	b = append(b, dpMagic...)
	version := uint64(1)
	if p.fs.ext || p.fs.clus != nil {
		version = 2
	}
	b = binary.AppendUvarint(b, version)
	b = binary.AppendUvarint(b, uint64(len(p.labels)))
	for _, l := range p.labels {
		b = binary.AppendUvarint(b, uint64(len(l)))
		b = append(b, l...)
	}
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(p.scale))
	b = binary.AppendUvarint(b, uint64(len(t.keys)))
	b = binary.AppendUvarint(b, uint64(t.nents()))
	prev := uint64(0)
	for _, k := range t.keys {
		b = binary.AppendUvarint(b, k-prev)
		prev = k
	}
	rows := make([][]dpEntry, len(t.keys))
	ones := make([][1]dpEntry, len(t.keys))
	for i, k := range t.keys {
		rows[i] = t.row(t.find(k), &ones[i])
		b = append(b, byte(len(rows[i])))
	}
	for _, r := range rows {
		for _, e := range r {
			b = binary.AppendUvarint(b, uint64(e.cls))
		}
	}
	for _, r := range rows {
		for _, e := range r {
			b = binary.LittleEndian.AppendUint16(b, uint16(e.w))
		}
	}
	if version == 2 {
		b = p.fs.appendTo(b)
	}
	zw := model.NewWriter(w)
	if _, err := zw.Write(b); err != nil {
		return err
	}
	return zw.Close()
}

// dpReader reads the decompressed model from memory.
type dpReader struct {
	b   []byte
	err error
}

func (r *dpReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errors.New("truncated or bad varint")
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *dpReader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if uint64(len(r.b)) < n {
		r.err = errors.New("truncated")
		return nil
	}
	x := r.b[:n]
	r.b = r.b[n:]
	return x
}

// LoadParser reads a model written by Save. The weights go straight from
// the file's columns into the table (no per-row slices in between): the
// table is what newDPTable builds from the same rows, since a stored weight
// q times the step, divided by it and rounded, is q again.
func LoadParser(r io.Reader) (*Parser, error) {
	c, err := readDPColumns(r)
	if err != nil {
		return nil, err
	}
	defer c.release()
	return c.parser()
}

// parser builds the parser with the whole table from the file's columns.
func (c *dpColumns) parser() (*Parser, error) {
	tab, err := allocDPTable(len(c.keys), c.multi, false)
	if err != nil {
		return nil, err
	}
	if err := c.fill(tab, func(dpEntry) bool { return true }); err != nil {
		return nil, err
	}
	return newParser(c.labels, tab, c.scale, c.fs)
}

// LoadParserCascade reads a model written by Save and returns the parser
// that LoadParser(r) followed by WithCascade(minW, margin) returns, with
// the same tables, but builds the cascade's two tables straight from the
// file's columns: the whole table, which the cascade does not score, is
// only built if Save, Pruned or WithCascade ask for it (Parser.table).
// This is what `dyad code` loads at every start.
func LoadParserCascade(r io.Reader, minW, margin float64) (*Parser, error) {
	c, err := readDPColumns(r)
	if err != nil {
		return nil, err
	}
	defer c.release()
	if !c.sorted {
		// The whole table is rebuilt from the two by merging rows in class
		// order; a file whose rows are not in that order takes the long way.
		p, err := c.parser()
		if err != nil {
			return nil, err
		}
		return p.WithCascade(minW, margin), nil
	}
	p, err := newParser(c.labels, nil, c.scale, c.fs)
	if err != nil {
		return nil, err
	}
	q := p.cascadeQ(minW)
	isFast := func(e dpEntry) bool { return e.w >= q || e.w <= -q }
	isRest := func(e dpEntry) bool { return e.w < q && e.w > -q }
	for _, part := range []struct {
		keep func(dpEntry) bool
		dst  **dpTable
	}{{isFast, &p.fast}, {isRest, &p.rest}} {
		nrows, nents := c.count(part.keep)
		t, err := allocDPTable(nrows, nents, true)
		if err != nil {
			return nil, err
		}
		if err := c.fill(t, part.keep); err != nil {
			return nil, err
		}
		*part.dst = t
	}
	p.margin = cascadeMargin(margin, p.scale)
	p.lazyTab = true
	return p, nil
}

// dpColumns is a parser model file decoded into its columns (see Save).
type dpColumns struct {
	labels []string
	scale  float32
	fs     dpFeatSet
	keys   []uint64 // ascending
	lens   []byte   // row length of each key
	cls    []uint16 // classes of all rows, row after row
	wb     []byte   // their int16 weights, little endian
	multi  int      // entries in rows of more than one entry
	sorted bool     // every row's classes ascend
	// release gives back the decompressed file that lens and wb are
	// windows on (model.DecompressTemp); the columns are not used after.
	release func()
}

// readDPColumns decompresses and checks a model file written by Save.
func readDPColumns(r io.Reader) (_ *dpColumns, err error) {
	data, release, err := model.DecompressTemp(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: parser model: %w", err)
	}
	defer func() {
		if err != nil {
			release()
		}
	}()
	bad := func(what string) (*dpColumns, error) {
		return nil, fmt.Errorf("syntax: parser model: bad %s", what)
	}
	rd := &dpReader{b: data}
	if string(rd.bytes(uint64(len(dpMagic)))) != dpMagic {
		return bad("header")
	}
	version := rd.uvarint()
	if version != 1 && version != 2 {
		return bad("header")
	}
	nl := rd.uvarint()
	if rd.err != nil || nl == 0 || nl > 256 {
		return bad("labels")
	}
	labels := make([]string, nl)
	for i := range labels {
		m := rd.uvarint()
		if m > 64 {
			return bad("label")
		}
		labels[i] = string(rd.bytes(m))
	}
	if rd.err != nil {
		return bad("labels")
	}
	sb := rd.bytes(4)
	nf, ne := rd.uvarint(), rd.uvarint()
	if rd.err != nil {
		return bad("sizes")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb))
	if rd.err != nil || nf > uint64(len(data)) || ne > uint64(len(data)) || !(scale > 0) {
		return bad("sizes")
	}
	keys := make([]uint64, nf)
	key := uint64(0)
	for i := range keys {
		d := rd.uvarint()
		if d == 0 {
			return bad("keys")
		}
		key += d
		keys[i] = key
	}
	lens := rd.bytes(nf)
	if rd.err != nil {
		return bad("rows")
	}
	off, multi := uint64(0), 0
	for _, m := range lens {
		if m == 0 || off+uint64(m) > ne {
			return bad("rows")
		}
		off += uint64(m)
		if m > 1 {
			multi += int(m)
		}
	}
	if off != ne {
		return bad("rows")
	}
	nc := 2*nl + 1
	cls := make([]uint16, ne)
	for i := range cls {
		c := rd.uvarint()
		if c >= nc {
			return bad("classes")
		}
		cls[i] = uint16(c)
	}
	wb := rd.bytes(2 * ne)
	if rd.err != nil {
		return nil, fmt.Errorf("syntax: parser model: %v", rd.err)
	}
	c := &dpColumns{labels: labels, scale: scale, keys: keys, lens: lens, cls: cls, wb: wb, multi: multi, sorted: true, release: release}
	if version == 2 {
		if err := c.fs.read(rd); err != nil {
			return nil, fmt.Errorf("syntax: parser model: %w", err)
		}
	}
	off = 0
	for _, m := range lens {
		for j := off + 1; j < off+uint64(m); j++ {
			if cls[j] <= cls[j-1] {
				c.sorted = false
			}
		}
		off += uint64(m)
	}
	return c, nil
}

// count returns how many keys keep accepts an entry of, and how many
// entries it accepts in rows where it accepts more than one (the sizes
// allocDPTable takes).
func (c *dpColumns) count(keep func(dpEntry) bool) (nrows, nents int) {
	off := 0
	for _, m := range c.lens {
		n := 0
		for j := off; j < off+int(m); j++ {
			if keep(c.entry(j)) {
				n++
			}
		}
		off += int(m)
		if n > 0 {
			nrows++
		}
		if n > 1 {
			nents += n
		}
	}
	return nrows, nents
}

func (c *dpColumns) entry(j int) dpEntry {
	return dpEntry{cls: c.cls[j], w: int16(binary.LittleEndian.Uint16(c.wb[2*j:]))}
}

// fill inserts every key's entries that keep accepts into t, in file order.
func (c *dpColumns) fill(t *dpTable, keep func(dpEntry) bool) error {
	var es []dpEntry
	off := 0
	for i, k := range c.keys {
		es = es[:0]
		for j := off; j < off+int(c.lens[i]); j++ {
			if e := c.entry(j); keep(e) {
				es = append(es, e)
			}
		}
		off += int(c.lens[i])
		if len(es) == 0 {
			continue
		}
		if err := t.insert(k, es); err != nil {
			return err
		}
	}
	t.nfeat = len(t.keys)
	return nil
}
