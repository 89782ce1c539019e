package actor

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dyadproject/dyad/model"
)

// The compiled KB is a zstd stream (model.NewWriter) of one compact record:
//
//	magic "DYADKB3\n"
//	string table: count, then per string its byte length; then all bytes
//	meta:    count × (key, value)
//	codes:   count × (code, kind, name)
//	vocab:   count × token
//	entries: count × (kind, id, name, country, code, sector, role, source,
//	                  origin, gender, nroles × role)
//	role:    code, country, sector, title, class, start, end, source, fallback
//	aliases: count × (entry, mode, ambig, shape, ntoks × token id, text, origin)
//
// Numbers are unsigned varints; strings are indexes into the string table, so
// the thousands of repeated codes, classes and source tags are stored once.
// Decoding slices every string out of one big string (one allocation) and
// rebuilds the phrase trie from the aliases' token ids.

const kbMagic = "DYADKB3\n"

type strTable struct {
	idx  map[string]uint64
	list []string
}

func (t *strTable) id(s string) uint64 {
	if i, ok := t.idx[s]; ok {
		return i
	}
	i := uint64(len(t.list))
	t.idx[s] = i
	t.list = append(t.list, s)
	return i
}

// EncodeKB serialises a KB into the zstd-compressed binary form LoadKB embeds.
func EncodeKB(k *KB) ([]byte, error) {
	st := &strTable{idx: map[string]uint64{}}
	var body bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	u := func(v uint64) { body.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	s := func(x string) { u(st.id(x)) }
	b := func(x bool) {
		if x {
			u(1)
		} else {
			u(0)
		}
	}

	u(uint64(len(k.meta)))
	for _, m := range k.meta {
		s(m.key)
		s(m.value)
	}
	codes := sortedKeys(k.codes)
	u(uint64(len(codes)))
	for _, c := range codes {
		ci := k.codes[c]
		s(c)
		u(uint64(ci.kind))
		s(ci.name)
	}
	vocab := k.vocabList()
	u(uint64(len(vocab)))
	for _, t := range vocab {
		s(t)
	}
	u(uint64(len(k.entries)))
	for i := range k.entries {
		e := &k.entries[i]
		u(uint64(e.kind))
		for _, x := range []string{e.id, e.name, e.country, e.code, e.sector, e.role, e.source, e.origin} {
			s(x)
		}
		u(uint64(e.gender))
		u(uint64(len(e.roles)))
		for _, r := range e.roles {
			for _, x := range []string{r.code, r.country, r.sector, r.title, r.class} {
				s(x)
			}
			u(uint64(r.start))
			u(uint64(r.end))
			s(r.source)
			b(r.fallback)
		}
	}
	u(uint64(len(k.aliases)))
	for i := range k.aliases {
		a := &k.aliases[i]
		u(uint64(a.entry))
		u(uint64(a.mode))
		b(a.ambig)
		u(a.shape)
		u(uint64(len(a.toks)))
		for _, t := range a.toks {
			u(uint64(t))
		}
		s(a.text)
		s(a.origin)
	}

	var out bytes.Buffer
	zw := model.NewWriter(&out)
	w := bufio.NewWriter(zw)
	w.WriteString(kbMagic)
	var hdr [binary.MaxVarintLen64]byte
	w.Write(hdr[:binary.PutUvarint(hdr[:], uint64(len(st.list)))])
	for _, x := range st.list {
		w.Write(hdr[:binary.PutUvarint(hdr[:], uint64(len(x)))])
	}
	for _, x := range st.list {
		w.WriteString(x)
	}
	w.Write(body.Bytes())
	if err := w.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// decoder reads varints from a byte slice, remembering the first error.
type decoder struct {
	b   []byte
	err error
	str []string
}

func (d *decoder) u() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated KB index")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) s() string {
	i := d.u()
	if d.err != nil {
		return ""
	}
	if i >= uint64(len(d.str)) {
		d.err = fmt.Errorf("KB index: string %d out of range", i)
		return ""
	}
	return d.str[i]
}

// count reads a length and checks it against what is left, so a corrupt
// index fails instead of allocating wildly.
func (d *decoder) count() int {
	n := d.u()
	if n > uint64(len(d.b))+1 {
		d.err = fmt.Errorf("KB index: count %d exceeds data", n)
		return 0
	}
	return int(n)
}

// DecodeKB reads a KB from its compressed binary form (EncodeKB, CompileKB;
// zstd, or gzip as written before session 10).
func DecodeKB(data []byte) (*KB, error) {
	// The decompressed index is lent (model.DecompressTemp): everything
	// kept is decoded or copied out of it (the strings into one blob).
	raw, release, err := model.DecompressTemp(model.BytesReader(data))
	if err != nil {
		return nil, fmt.Errorf("KB index: %w", err)
	}
	defer release()
	if !bytes.HasPrefix(raw, []byte(kbMagic)) {
		return nil, errors.New("KB index: bad magic (rebuild with `dyad kb build`)")
	}
	d := &decoder{b: raw[len(kbMagic):]}
	ns := d.count()
	lens := make([]int, ns)
	total := 0
	for i := range lens {
		lens[i] = int(d.u())
		total += lens[i]
	}
	if d.err != nil || total > len(d.b) {
		return nil, errors.New("KB index: truncated string table")
	}
	blob := string(d.b[:total])
	d.b = d.b[total:]
	d.str = make([]string, ns)
	off := 0
	for i, n := range lens {
		d.str[i] = blob[off : off+n]
		off += n
	}

	k := &KB{codes: map[string]codeInfo{}}
	nm := d.count()
	for i := 0; i < nm; i++ {
		key := d.s()
		k.meta = append(k.meta, metaPair{key, d.s()})
	}
	nc := d.count()
	for i := 0; i < nc; i++ {
		c := d.s()
		kd := Kind(d.u())
		k.codes[c] = codeInfo{kind: kd, name: d.s()}
	}
	nv := d.count()
	k.vocab = make(map[string]int32, nv)
	for i := 0; i < nv; i++ {
		k.vocab[d.s()] = int32(i)
	}
	ne := d.count()
	k.entries = make([]entry, ne)
	for i := range k.entries {
		e := &k.entries[i]
		e.kind = Kind(d.u())
		e.id, e.name, e.country, e.code = d.s(), d.s(), d.s(), d.s()
		e.sector, e.role, e.source, e.origin = d.s(), d.s(), d.s(), d.s()
		e.gender = byte(d.u())
		nr := d.count()
		if nr > 0 {
			e.roles = make([]role, nr)
		}
		for j := range e.roles {
			r := &e.roles[j]
			r.code, r.country, r.sector, r.title, r.class = d.s(), d.s(), d.s(), d.s(), d.s()
			r.start, r.end = int32(d.u()), int32(d.u())
			r.source = d.s()
			r.fallback = d.u() == 1
		}
		if d.err != nil {
			return nil, d.err
		}
	}
	na := d.count()
	k.aliases = make([]alias, na)
	// All token ids in one backing array: one allocation instead of one per alias.
	toks := make([]int32, 0, na*2)
	spans := make([][2]int, na)
	for i := range k.aliases {
		a := &k.aliases[i]
		a.entry = int32(d.u())
		a.mode = uint8(d.u())
		a.ambig = d.u() == 1
		a.shape = d.u()
		nt := d.count()
		start := len(toks)
		for j := 0; j < nt; j++ {
			toks = append(toks, int32(d.u()))
		}
		spans[i] = [2]int{start, len(toks)}
		a.text, a.origin = d.s(), d.s()
		if d.err != nil {
			return nil, d.err
		}
		if a.entry < 0 || int(a.entry) >= ne {
			return nil, fmt.Errorf("KB index: alias %d names entry %d of %d", i, a.entry, ne)
		}
	}
	for i := range k.aliases {
		k.aliases[i].toks = toks[spans[i][0]:spans[i][1]:spans[i][1]]
	}
	if d.err != nil {
		return nil, d.err
	}
	k.buildTrie(len(toks))
	return k, nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}
