package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Extended parser features (model file version 2): word clusters and the
// sentence neighbours of s0, s1 and b0.
//
// Word clusters are two flat exchange clusterings (tgExchange) of the raw
// words of the training treebank plus any extra text, one coarse and one
// fine. They give the parser a view of words that does not go through the
// tagger, so that a tagging error costs less. A word's clusters are looked
// up once per sentence by the hash of its normalised spelling
// (tgNormalize: lower case, digits as 0).

// dpFeatSet says which features a model uses. The zero value is the
// original feature set (model file version 1).
type dpFeatSet struct {
	ext  bool              // the extended templates (dpFeaturesExt)
	clus map[uint64]uint32 // normalised word hash → coarse<<16 | fine class
	// lex holds clus in a flat table for lookups while parsing, when the
	// set was read from a model file (read); otherwise clus is looked up.
	lex *dpClusterTable
}

// cluster returns the clusters of the normalised word hash k.
func (fs *dpFeatSet) cluster(k uint64) (uint32, bool) {
	if fs.lex != nil {
		return fs.lex.get(k)
	}
	c, ok := fs.clus[k]
	return c, ok
}

// dpClusterTable is a read-only open-addressing table from word hashes to
// clusters, at a load of at most 1/2, with a key and its value side by
// side: a lookup is about one cache miss, where the Go map, with its
// control words apart from its slots, costs more. Key 0 is kept aside.
type dpClusterTable struct {
	slots   []dpClusterSlot
	mask    uint64
	zero    uint32 // value of key 0
	hasZero bool
	shift   uint
}

type dpClusterSlot struct {
	key uint64
	val uint32
}

func newDPClusterTable(m map[uint64]uint32) *dpClusterTable {
	size, bits := 16, uint(4)
	for size < 2*len(m) {
		size <<= 1
		bits++
	}
	t := &dpClusterTable{slots: make([]dpClusterSlot, size), mask: uint64(size - 1), shift: 64 - bits}
	for k, v := range m {
		if k == 0 {
			t.zero, t.hasZero = v, true
			continue
		}
		i := (k * dpK1) >> t.shift
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = dpClusterSlot{k, v}
	}
	return t
}

func (t *dpClusterTable) get(k uint64) (uint32, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	for i := (k * dpK1) >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == k {
			return s.val, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}

// dpClusterKey hashes a normalised word for the cluster lexicon.
func dpClusterKey(buf []byte) uint64 { return HashBytes(HashSeed, buf) }

// dpBuildClusters clusters the words of train sentences and extra text at
// granularities ks (two of them: coarse and fine) and returns the lexicon.
func dpBuildClusters(words [][]string, ks [2]int, iters int) map[uint64]uint32 {
	cl := tgClusters(words, ks[:], iters, 1)
	keys := make([]string, 0, len(cl))
	for w := range cl {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	lex := make(map[uint64]uint32, len(cl))
	for _, w := range keys {
		c := cl[w]
		lex[HashString(HashSeed, w)] = uint32(c[0])<<16 | uint32(c[1])
	}
	return lex
}

// ReadClusterText reads raw sentences for word clustering from a file of
// one token per line in the first whitespace-separated column and blank
// lines between sentences (CoNLL-style NER files such as WNUT-17 and
// WikiANN). A prefix such as "en:" is stripped from every token.
func ReadClusterText(path, prefix string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("syntax: cluster text: %w", err)
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fs := strings.Fields(line)
		if len(fs) == 0 || strings.HasPrefix(line, "-DOCSTART-") {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, strings.TrimPrefix(fs[0], prefix))
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("syntax: cluster text %s: %w", path, err)
	}
	return out, nil
}

// appendTo encodes the feature set: a flags byte (bit 0: extended
// templates), uvarint number of cluster words C, C uvarint key deltas
// (keys ascending), C uvarint coarse classes, C uvarint fine classes.
func (fs *dpFeatSet) appendTo(b []byte) []byte {
	flags := byte(0)
	if fs.ext {
		flags |= 1
	}
	b = append(b, flags)
	keys := make([]uint64, 0, len(fs.clus))
	for k := range fs.clus {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		b = binary.AppendUvarint(b, k-prev)
		prev = k
	}
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(fs.clus[k]>>16))
	}
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(fs.clus[k]&0xFFFF))
	}
	return b
}

// read decodes what appendTo wrote.
func (fs *dpFeatSet) read(rd *dpReader) error {
	fl := rd.bytes(1)
	if rd.err != nil {
		return rd.err
	}
	fs.ext = fl[0]&1 != 0
	n := rd.uvarint()
	if rd.err != nil || n > uint64(len(rd.b)) {
		return errors.New("bad cluster lexicon")
	}
	if n == 0 {
		return nil
	}
	keys := make([]uint64, n)
	k := uint64(0)
	for i := range keys {
		d := rd.uvarint()
		if d == 0 && i > 0 {
			return errors.New("bad cluster keys")
		}
		k += d
		keys[i] = k
	}
	coarse := make([]uint64, n)
	for i := range coarse {
		coarse[i] = rd.uvarint()
	}
	fs.clus = make(map[uint64]uint32, n)
	for i := range keys {
		f := rd.uvarint()
		if coarse[i] > 0xFFFF || f > 0xFFFF {
			return errors.New("bad cluster classes")
		}
		fs.clus[keys[i]] = uint32(coarse[i])<<16 | uint32(f)
	}
	if rd.err == nil {
		fs.lex = newDPClusterTable(fs.clus)
	}
	return rd.err
}

// ParserClusterFiles are the extra texts the parser's word clusters are
// learnt from besides EWT train, relative to the shared data folder (the
// parent of ud-english-ewt), with the prefix to strip from their tokens:
// the training splits of WNUT-17 (CC BY 4.0) and WikiANN English
// (Wikipedia, CC BY-SA). No dev or test text.
var ParserClusterFiles = []struct{ Path, Prefix string }{
	{"wnut17/wnut17train.conll", ""},
	{"wikiann-en/train", "en:"},
}

// ReadParserClusterText reads ParserClusterFiles under dataDir.
func ReadParserClusterText(dataDir string) ([][]string, error) {
	var out [][]string
	for _, f := range ParserClusterFiles {
		ss, err := ReadClusterText(filepath.Join(dataDir, f.Path), f.Prefix)
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

// WordClusters returns the coarse and fine classes the parser's word
// clustering gives word w (looked up by its normalised spelling, as the
// parser does), and false when the parser has no clusters or the
// clustering never saw w. Other stages read them as a view of a word that
// generalises over its neighbours in running text (the quote detector).
func (p *Parser) WordClusters(w string) (coarse, fine uint16, ok bool) {
	if p == nil || (p.fs.clus == nil && p.fs.lex == nil) {
		return 0, 0, false
	}
	var arr [64]byte
	buf := tgNormalize(arr[:0], w)
	c, ok := p.fs.cluster(dpClusterKey(buf))
	if !ok {
		return 0, 0, false
	}
	return uint16(c >> 16), uint16(c), true
}
