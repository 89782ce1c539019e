package syntax

// The tagger's file: a zstd stream (model.NewWriter) of a magic line, the
// feature switches, the labels, the word lexicon (delta-coded hash keys
// with their cluster ids, ambiguity class and dictionary label, and with
// tgfLexicon their external-lexicon bits), with tgfLexicon the external
// lexicon (delta-coded 32-bit keys and bits), the passes present and the
// merged weight table in the binary form of Weights. A tagger with a
// rare-word model (tagger_rare.go) goes on with its RareWords (threshold,
// flags, vote, margin, window), the delta-coded hashes of the frequent
// words and the rare-word model in the same form from the feature
// switches on; a file that ends after the weights has none, as every file
// before session 13.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"

	"github.com/dyadproject/dyad/model"
)

const tgMagic = "DYADTAGGER2\n"

// Save writes the tagger, zstd-compressed (model.NewWriter).
func (t *Tagger) Save(w io.Writer) error {
	zw := model.NewWriter(w)
	bw := bufio.NewWriterSize(zw, 1<<16)
	bw.WriteString(tgMagic)
	if err := t.write(bw); err != nil {
		return err
	}
	if t.rare != nil {
		var buf [binary.MaxVarintLen64]byte
		put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
		put(uint64(t.rareWords.Below))
		var flags uint64
		if t.rareWords.Lower {
			flags |= tgRareLower
		}
		put(flags)
		put(uint64(math.Float32bits(t.rareWords.Vote)))
		put(uint64(math.Float32bits(t.rareWords.Margin)))
		put(uint64(t.rareWords.Window))
		keys := slices.Sorted(maps.Keys(t.frequent))
		put(uint64(len(keys)))
		var prev uint64
		for _, k := range keys {
			put(k - prev)
			prev = k
		}
		if err := t.rare.write(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// write writes the tagger's model after the magic line (without its
// rare-word model).
func (t *Tagger) write(bw *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	puti := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	str := func(s string) { put(uint64(len(s))); bw.WriteString(s) }
	put(t.feat)
	put(uint64(t.levels))
	put(uint64(len(t.upos)))
	for i := range t.upos {
		str(t.upos[i])
		str(t.xpos[i])
	}
	keys := make([]uint64, 0, len(t.lex))
	for k, lx := range t.lex {
		if lx.amb != 0 || lx.dict >= 0 || (t.levels > 0 && lx.cl != [tgMaxLevels]uint16{}) || lx.wl != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	put(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		lx := t.lex[k]
		put(k - prev)
		prev = k
		for l := 0; l < t.levels; l++ {
			put(uint64(lx.cl[l]))
		}
		put(uint64(lx.amb))
		puti(int64(lx.dict))
		if t.feat&tgfLexicon != 0 {
			put(uint64(lx.wl))
		}
	}
	if t.feat&tgfLexicon != 0 {
		keys := slices.Sorted(maps.Keys(t.wordLex))
		put(uint64(len(keys)))
		var prev uint32
		for _, k := range keys {
			put(uint64(k - prev))
			put(uint64(t.wordLex[k]))
			prev = k
		}
	}
	var mask byte
	for p, b := range t.block {
		if b >= 0 {
			mask |= 1 << p
		}
	}
	bw.WriteByte(mask)
	_, err := t.w.WriteTo(bw)
	return err
}

// LoadTagger reads a tagger written by Save.
func LoadTagger(r io.Reader) (*Tagger, error) {
	br, release, err := openModel(r, "tagger", tgMagic)
	if err != nil {
		return nil, err
	}
	defer release()
	t, err := readTagger(br)
	if err != nil || len(br.b) == 0 {
		return t, err
	}
	mr := &modelReader{r: br}
	rw := RareWords{Below: int(min(mr.uvar(), 1<<20))}
	flags := mr.uvar()
	rw.Lower = flags&tgRareLower != 0
	rw.Vote = math.Float32frombits(uint32(mr.uvar()))
	rw.Margin = math.Float32frombits(uint32(mr.uvar()))
	rw.Window = int(min(mr.uvar(), 1<<20))
	n := mr.uvar()
	if mr.err == nil && (flags&^tgRareLower != 0 || n > 1<<26) {
		mr.err = errors.New("bad rare-word header")
	}
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: tagger: %w", mr.err)
	}
	frequent := make(map[uint64]struct{}, n)
	var key uint64
	for i := uint64(0); i < n && mr.err == nil; i++ {
		key += mr.uvar()
		frequent[key] = struct{}{}
	}
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: tagger: %w", mr.err)
	}
	rare, err := readTagger(br)
	if err != nil {
		return nil, fmt.Errorf("%w (rare-word model)", err)
	}
	t, err = t.withRare(rare, frequent, rw)
	if err != nil {
		return nil, fmt.Errorf("%w (tagger file)", err)
	}
	return t, nil
}

// Flag bits of a rare-word model in the tagger's file.
const tgRareLower = 1 // RareWords.Lower

// readTagger reads a tagger written by Tagger.write.
func readTagger(br *memReader) (*Tagger, error) {
	mr := &modelReader{r: br}
	get, geti := mr.uvar, mr.svar
	str := func() string { return mr.str(1 << 10) }
	t := &Tagger{}
	t.feat = get()
	t.levels = int(get())
	nl := int(get())
	if mr.err == nil && (t.levels > tgMaxLevels || nl <= 0 || nl > 1<<15) {
		mr.err = errors.New("bad header")
	}
	for i := 0; i < nl && mr.err == nil; i++ {
		t.upos = append(t.upos, str())
		t.xpos = append(t.xpos, str())
	}
	nlex := int(get())
	if mr.err == nil && nlex > 1<<26 {
		mr.err = errors.New("bad lexicon size")
	}
	t.lex = make(map[uint64]tgLex, nlex)
	var key uint64
	for i := 0; i < nlex && mr.err == nil; i++ {
		key += get()
		var lx tgLex
		for l := 0; l < t.levels; l++ {
			lx.cl[l] = uint16(get())
		}
		lx.amb = uint32(get())
		lx.dict = int16(geti())
		if int(lx.dict) >= nl {
			mr.err = errors.New("bad lexicon label")
		}
		if t.feat&tgfLexicon != 0 {
			lx.wl = uint16(get())
		}
		t.lex[key] = lx
	}
	if t.feat&tgfLexicon != 0 && mr.err == nil {
		n := int(get())
		if n > 1<<24 {
			mr.err = errors.New("bad word lexicon size")
		}
		t.wordLex = make(TagLexicon, n)
		var k uint32
		for i := 0; i < n && mr.err == nil; i++ {
			k += uint32(get())
			t.wordLex[k] = uint16(get())
		}
	}
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: tagger: %w", mr.err)
	}
	mask, err := br.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("syntax: tagger: %w", err)
	}
	for p := range t.block {
		t.block[p] = -1
		if mask&(1<<p) != 0 {
			t.block[p] = t.nBlock
			t.nBlock++
		}
	}
	switch {
	case t.nBlock == 0:
		return nil, errors.New("syntax: tagger: no passes")
	case t.block[tgFinal] >= 0 && t.block[tgL2R] < 0,
		t.block[tgFinal] >= 0 && t.feat&tgfR2L != 0 && t.block[tgR2L] < 0:
		return nil, errors.New("syntax: tagger: missing first pass")
	}
	w, err := ReadWeights(br)
	if err != nil {
		return nil, fmt.Errorf("syntax: tagger: %w", err)
	}
	if w.NumClasses() != t.nBlock*nl {
		return nil, errors.New("syntax: tagger: weights do not match the labels")
	}
	t.w = w
	return t, nil
}

// openModel decompresses a model written by one of this package's Save
// methods into memory and checks that it starts with the model's magic.
// The memory is lent (model.DecompressTemp): the caller calls release
// when it is done reading, and keeps nothing of it (modelReader copies
// what it reads).
func openModel(r io.Reader, what, magic string) (mr *memReader, release func(), err error) {
	data, release, err := model.DecompressTemp(r)
	if err != nil {
		return nil, nil, fmt.Errorf("syntax: %s: %w", what, err)
	}
	if !bytes.HasPrefix(data, []byte(magic)) {
		release()
		return nil, nil, fmt.Errorf("syntax: %s: not a %s model", what, what)
	}
	return &memReader{b: data[len(magic):]}, release, nil
}
