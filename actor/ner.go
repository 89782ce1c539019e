package actor

// Named-entity recognition: a first-order structured perceptron (averaged,
// Viterbi-decoded, BILOU labels) over hashed lexical, shape, context, word
// cluster and knowledge-base gazetteer features. The model is trained by
// TrainNER (ner_train.go) and stored zstd-compressed (model/ner.bin.zst).

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"slices"
	"sync"
	"unsafe"

	"github.com/dyadproject/dyad/internal/hugepage"
	"github.com/dyadproject/dyad/internal/prefetch"
	"github.com/dyadproject/dyad/internal/vec"
	"github.com/dyadproject/dyad/model"

	"github.com/dyadproject/dyad/doc"
)

// NERModelPath is where the trained model lives, relative to the repository root.
const NERModelPath = "model/ner.bin.zst"

// NER is a trained named-entity recogniser. It is safe for concurrent use.
type NER struct {
	labels []string // internal labels: "O", then B-, I-, L-, U- for each type
	types  []string
	nl     int

	// Feature weights, quantised to 16 bits (weight = q × scale). Canonical
	// form: features sorted by 32-bit key, each with a run of (label, q)
	// pairs. For tagging: an open-addressing table of key<<32 | off<<5 | count
	// and the pairs packed as q<<16 | label, so a feature costs one probe and
	// one contiguous read.
	keys  []uint32
	offs  []uint32
	plab  []uint8
	pq    []int16
	scale float32
	tab   []uint64
	pp    []uint32
	mask  uint32
	trans []float32 // nl*nl, then start[nl], then end[nl], in units of scale
	allow nerAllow  // BILOU constraints

	lcRate   map[uint64]uint8  // lower-case word hash → capitalisation bucket
	clusters map[uint64]uint16 // word hash → cluster+1
	feats    uint32            // feature templates in use

	// gazetteers beside the KB: place names (phrase hash → kind; first
	// word hash → longest phrase in words) and personal names (word hash →
	// bits: 1 given name, 2 other personal name).
	places     map[uint64]uint8
	placeStart map[uint64]uint8
	names      map[uint64]uint8

	kb   *KB
	pool sync.Pool

	// stage1, when set, makes this a document-level second stage: stage1
	// tags the whole document first, and this model sees its labels and
	// what it found elsewhere in the document.
	stage1 *NER

	Info string // what the model was trained on (free text, from the file)

	// DocPass weighs the document-level second pass (ner_doc.go); models
	// start with DefaultNERDocPass.
	DocPass NERDocPass

	// SpanFix turns on the span repairs after decoding (ner_doc.go
	// fixSpans: names joined over "of"/"for the" after a head word,
	// facility names typed as places, a trailing title cut off; ships,
	// spacecraft and beliefs MISC; ner_repair.go: nationalities, storms,
	// particle names, places in lists and after "in"; ner_repair_final.go:
	// bracketed acronyms typed as their names, a leading "The" left out,
	// "State of X" GPE; ner_repair_title.go: the name words after a title
	// one person, places ending in "Party"/"Alliance"… ORG); models start
	// with it on.
	SpanFix bool
}

// Feature template switches (NER.feats).
const (
	nfLex      uint32 = 1 << iota // word, lower-case, shape, affixes
	nfContext                     // neighbouring words and shapes
	nfGazette                     // KB spans
	nfLcRate                      // corpus capitalisation rate
	nfClusters                    // word clusters
	nfBigram                      // word bigrams
	nfHeadline                    // title-case sentence
	nfPlaces                      // place-name gazetteer
	nfNames                       // personal-name gazetteer
	nfRun                         // the word's position in its run of capitalised words (ner_run.go)
	nfKwCtx                       // with nfRun: the neighbours' keyword classes (tried, off)
	nfRunJoin                     // with nfRun: runs go on over "of", "for the", "&" … (tried, off)
	nfRunKw                       // with nfRun: keyword classes of the run's first and last words (tried, off)
	nfWide                        // words at ±3 and the bigrams on either side (tried, off)
	nfPOS                         // universal part-of-speech tags of the word and its neighbours (ner_pos.go)
)

const nfDefault = nfLex | nfContext | nfGazette | nfLcRate | nfBigram | nfHeadline | nfPlaces | nfNames | nfRun

func nerLabelSet(types []string) []string {
	labels := []string{"O"}
	for _, t := range types {
		labels = append(labels, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
	}
	return labels
}

// label index helpers: label 0 is O; type k has B=1+4k, I=2+4k, L=3+4k, U=4+4k.
func labelPart(l int) (prefix byte, typ int) {
	if l == 0 {
		return 'O', -1
	}
	return "BILU"[(l-1)%4], (l - 1) / 4
}

// bilouAllow reports whether label b may follow label a (a = -1: start; b = -1: end).
func bilouAllow(a, b int) bool {
	pa, ta := byte('O'), -1
	if a >= 0 {
		pa, ta = labelPart(a)
	}
	pb, tb := byte('O'), -1
	if b >= 0 {
		pb, tb = labelPart(b)
	}
	inside := pa == 'B' || pa == 'I' // a needs a continuation
	if inside {
		return (pb == 'I' || pb == 'L') && tb == ta
	}
	return pb == 'O' || pb == 'B' || pb == 'U'
}

func (n *NER) initLabels(types []string) {
	n.types = append([]string(nil), types...)
	n.labels = nerLabelSet(types)
	n.nl = len(n.labels)
	nl := n.nl
	ok := make([]bool, nl*nl+2*nl)
	prev := make([][]int32, nl)
	for a := 0; a < nl; a++ {
		for b := 0; b < nl; b++ {
			ok[a*nl+b] = bilouAllow(a, b)
			if ok[a*nl+b] {
				prev[b] = append(prev[b], int32(a))
			}
		}
		ok[nl*nl+a] = bilouAllow(-1, a)
		ok[nl*nl+nl+a] = bilouAllow(a, -1)
	}
	n.allow = nerAllow{ok: ok, prev: prev}
	n.pool.New = func() any { return &nerScratch{} }
	n.DocPass = DefaultNERDocPass
	n.SpanFix = true
}

// Types returns the entity types the model predicts.
func (n *NER) Types() []string { return append([]string(nil), n.types...) }

// maxKeptEmissions bounds the document emission buffer a pooled scratch
// keeps between documents (1 M floats, 4 MB: a long wire story's).
const maxKeptEmissions = 1 << 20

// nerScratch holds per-call buffers.
type nerScratch struct {
	tok    []nerTok
	fs     []uint64
	fstart []int32
	score  []float32
	back   []int32
	delta  []float32
	path   []int
	upos   []string // the sentence's part-of-speech tags for prepare, or nil
	// em holds the first pass's emission scores of a document's sentences,
	// sentence si's at em[emAt[si]:emAt[si+1]], for docSecondPass.
	em   []float32
	emAt []int
}

// Tag returns a BIO tag for every word (O, B-PER, I-PER, …), taking the
// sentence as a document of its own. upos holds the syntax stage's
// universal part-of-speech tags; when nil (or incomplete) a model with
// part-of-speech features tags the words itself.
func (n *NER) Tag(words []string, upos []string) []string {
	return n.TagDocumentPOS([][]string{words}, [][]string{upos})[0]
}

// TagDocument tags the sentences of one document together: a name is
// labelled knowing how it was labelled elsewhere in the document.
func (n *NER) TagDocument(sents [][]string) [][]string {
	return n.TagDocumentPOS(sents, nil)
}

// TagDocumentPOS is TagDocument with the sentences' part-of-speech tags
// (upos[i] for sents[i]; missing ones are tagged when the model needs them).
func (n *NER) TagDocumentPOS(sents [][]string, upos [][]string) [][]string {
	paths := n.docPaths(sents, upos)
	out := make([][]string, len(sents))
	for si, path := range paths {
		tags := make([]string, len(path))
		for i, l := range path {
			p, t := labelPart(l)
			switch p {
			case 'O':
				tags[i] = "O"
			case 'B', 'U':
				tags[i] = "B-" + n.types[t]
			default:
				tags[i] = "I-" + n.types[t]
			}
		}
		out[si] = tags
	}
	return out
}

// Spans returns the entities of a sentence (a document of its own) as
// token ranges with types.
func (n *NER) Spans(words []string) []NERSpan {
	return n.DocumentSpans([][]string{words})[0]
}

// DocumentSpans returns the entities of every sentence of a document.
func (n *NER) DocumentSpans(sents [][]string) [][]NERSpan {
	return n.DocumentSpansPOS(sents, nil)
}

// DocumentSpansPOS is DocumentSpans with the sentences' universal
// part-of-speech tags (upos[i] for sents[i], as the syntax stage gives them);
// a model with part-of-speech features tags the sentences that lack them.
func (n *NER) DocumentSpansPOS(sents [][]string, upos [][]string) [][]NERSpan {
	paths := n.docPaths(sents, upos)
	out := make([][]NERSpan, len(sents))
	for si, path := range paths {
		out[si] = n.pathSpans(path)
	}
	return out
}

func (n *NER) pathSpans(path []int) []NERSpan {
	var out []NERSpan
	for _, sp := range n.pathSpansTyped(path) {
		out = append(out, NERSpan{Start: sp.start, End: sp.end, Type: n.types[sp.typ]})
	}
	return out
}

// setPOS gives the scratch sentence si's part-of-speech tags, none when
// upos has no row for it.
func (sc *nerScratch) setPOS(upos [][]string, si int) {
	sc.upos = nil
	if si < len(upos) {
		sc.upos = upos[si]
	}
}

// docPaths returns the label sequence of every sentence of a document.
// upos, when not nil, holds the sentences' part-of-speech tags.
func (n *NER) docPaths(sents [][]string, upos [][]string) [][]int {
	sc := n.pool.Get().(*nerScratch)
	defer n.pool.Put(sc)
	defer func() {
		sc.upos = nil
		if cap(sc.em) > maxKeptEmissions {
			sc.em = nil // a long document's scores do not stay in the pool
		}
	}()
	out := make([][]int, len(sents))
	upos = n.fillPOS(sents, upos)
	if n.stage1 != nil {
		s1 := n.stage1.docPaths(sents, upos)
		dc := &nerDocCtx{stats: docStats(sents, s1, n.nl)}
		for si, words := range sents {
			dc.s1 = s1[si]
			sc.setPOS(upos, si)
			out[si] = append([]int(nil), n.decode(words, sc, dc)...)
		}
		return out
	}
	second := len(sents) > 1 && n.DocPass.on()
	n.firstPass(sents, upos, out, sc, second)
	if second {
		n.docSecondPass(sents, out, sc)
	}
	for si, words := range sents {
		n.dropHonorific(words, out[si])
		if n.SpanFix {
			n.fixSpans(words, out[si])
			n.fixBeliefs(words, out[si])
			n.repairSentence(words, out[si])
		}
	}
	if n.SpanFix {
		n.repairDocument(sents, out)
		// ships and spacecraft (fixVessels), then their names alone
		var vessels []uint64
		for si, words := range sents {
			vessels = n.fixVessels(words, out[si], vessels)
		}
		if len(vessels) > 0 {
			for si, words := range sents {
				n.retypeNames(words, out[si], vessels)
			}
		}
		n.repairFinal(sents, out)
		n.repairConsistency(sents, out)
	}
	return out
}

// firstPass decodes every sentence on its own into out. With keep, it
// keeps the sentences' emission scores in sc.em for docSecondPass, which
// decodes some sentences again with the same emissions plus a bonus.
func (n *NER) firstPass(sents, upos [][]string, out [][]int, sc *nerScratch, keep bool) {
	if keep {
		sc.em = sc.em[:0]
		sc.emAt = append(sc.emAt[:0], 0)
	}
	for si, words := range sents {
		if len(words) == 0 {
			out[si] = []int{}
		} else {
			sc.setPOS(upos, si)
			out[si] = append([]int(nil), n.decode(words, sc, nil)...)
		}
		if keep {
			sc.em = append(sc.em, sc.score[:len(words)*n.nl]...)
			sc.emAt = append(sc.emAt, len(sc.em))
		}
	}
}

// docSecondPass decodes again, with the document memory's extra scores,
// the sentences where the memory disagrees with the first pass. The extra
// scores are added to the first pass's emission scores, which docPaths
// kept in sc.em: a sentence's emissions are the same in both passes.
func (n *NER) docSecondPass(sents [][]string, paths [][]int, sc *nerScratch) {
	mem := n.docMemory(sents, paths)
	if len(mem.perPart) == 0 && len(mem.acro) == 0 && mem.maxLen == 0 {
		return
	}
	var bonus []float32
	var toks []nerTok
	for si, words := range sents {
		nw := len(words)
		if nw == 0 {
			continue
		}
		if cap(bonus) < nw*n.nl {
			bonus = make([]float32, nw*n.nl)
		}
		b := bonus[:nw*n.nl]
		toks = toks[:0]
		for _, w := range words {
			var t nerTok
			hashWord(w, &t)
			toks = append(toks, t)
		}
		if !n.docBonus(words, paths[si], mem, toks, b) {
			continue
		}
		if cap(sc.score) < nw*n.nl {
			sc.score = make([]float32, nw*n.nl)
		}
		score := sc.score[:nw*n.nl]
		copy(score, sc.em[sc.emAt[si]:sc.emAt[si+1]])
		vec.AddF32(score, b)
		copy(paths[si], viterbi(score, nw, n.nl, n.trans, n.allow, sc))
	}
}

// Entities fills d.Entities with the named entities of the document's
// sentences (d.Tokens and d.Sentences must be filled, as segment.Segment
// does), replacing what was there; the document is tagged as a whole.
// Actors are left for resolution.
func (n *NER) Entities(d *doc.Document) {
	d.Entities = d.Entities[:0]
	sents := make([][]string, len(d.Sentences))
	var upos [][]string
	if n.usesPOS() {
		upos = make([][]string, len(d.Sentences))
	}
	for si, s := range d.Sentences {
		if s.TokenEnd <= s.TokenStart {
			continue
		}
		words := make([]string, 0, s.TokenEnd-s.TokenStart)
		for _, t := range d.Tokens[s.TokenStart:s.TokenEnd] {
			words = append(words, d.Text[t.Start:t.End])
		}
		sents[si] = words
		if upos != nil {
			// The syntax stage's tags where it ran; fillPOS tags the rest.
			tags := make([]string, 0, len(words))
			for _, t := range d.Tokens[s.TokenStart:s.TokenEnd] {
				tags = append(tags, t.UPOS)
			}
			upos[si] = tags
		}
	}
	for si, spans := range n.DocumentSpansPOS(sents, upos) {
		s := d.Sentences[si]
		for _, sp := range spans {
			start := d.Tokens[s.TokenStart+sp.Start].Start
			end := d.Tokens[s.TokenStart+sp.End-1].End
			d.Entities = append(d.Entities, doc.Entity{Start: start, End: end, Text: d.Text[start:end], Type: sp.Type})
		}
	}
}

// decode runs Viterbi over the emission and transition scores and returns
// the best label sequence (in sc.path).
func (n *NER) decode(words []string, sc *nerScratch, dc *nerDocCtx) []int {
	nw := len(words)
	if nw == 0 {
		return nil
	}
	n.emissions(words, sc, dc)
	return viterbi(sc.score[:nw*n.nl], nw, n.nl, n.trans, n.allow, sc)
}

// emissions fills sc.score (len(words)×nl) with the label scores of every
// token (and sc.tok with the tokens' word data).
func (n *NER) emissions(words []string, sc *nerScratch, dc *nerDocCtx) {
	nw := len(words)
	n.prepare(words, sc, dc)
	nl := n.nl
	if cap(sc.score) < nw*nl {
		sc.score = make([]float32, nw*nl)
	}
	score := sc.score[:nw*nl]
	for i := range score {
		score[i] = 0
	}
	// Four sweeps over each batch of a word's features: prefetch every
	// feature's home slot, probe, prefetch the first and last pair of every
	// row found, then add; before adding the last batch of a word, prefetch
	// the next word's home slots. The prefetches do not wait for their data,
	// so the memory system serves the cache misses of a sweep together, and
	// the next word's with this word's additions. The additions are the
	// same, in the same order, as probing one by one.
	var keys, home, rows [64]uint32
	var addrs [128]uintptr
	tab, pp, mask := n.tab, n.pp, n.mask
	tb := uintptr(unsafe.Pointer(unsafe.SliceData(tab)))
	pb := uintptr(unsafe.Pointer(unsafe.SliceData(pp)))
	for i := 0; i < nw; i++ {
		row := score[i*nl : (i+1)*nl]
		fs := sc.fs[sc.fstart[i]:sc.fstart[i+1]]
		for len(fs) > 0 {
			batch := fs[:min(len(fs), len(home))]
			fs = fs[len(batch):]
			for x, f := range batch {
				k := foldKey(f)
				j := mix32(k) & mask
				keys[x], home[x] = k, j
				addrs[x] = tb + 8*uintptr(j)
			}
			prefetch.Addrs(addrs[:len(batch)])
			m := 0
			for x := range batch {
				k := keys[x]
				for j := home[x]; ; j = (j + 1) & mask {
					e := tab[j]
					if uint32(e>>32) == k {
						rows[m] = uint32(e) // row offset<<5 | length
						m++
						break
					}
					if e == 0 {
						break
					}
				}
			}
			na := 0
			for _, r := range rows[:m] {
				if off, cnt := r>>5, r&31; cnt != 0 {
					addrs[na], addrs[na+1] = pb+4*uintptr(off), pb+4*uintptr(off+cnt-1)
					na += 2
				}
			}
			prefetch.Addrs(addrs[:na])
			if len(fs) == 0 && i+1 < nw {
				next := sc.fs[sc.fstart[i+1]:sc.fstart[i+2]]
				next = next[:min(len(next), len(home))]
				for x, f := range next {
					addrs[x] = tb + 8*uintptr(mix32(foldKey(f))&mask)
				}
				prefetch.Addrs(addrs[:len(next)])
			}
			for _, r := range rows[:m] {
				off, cnt := r>>5, r&31
				for _, v := range pp[off : off+cnt] {
					row[v&0xff] += float32(int16(v >> 16))
				}
			}
		}
	}
}

var negInf = float32(math.Inf(-1))

// nerAllow holds the label constraints: ok is nl*nl (a before b at
// a*nl+b), then start[nl], then end[nl]; prev[b] lists, ascending, every
// label a that ok allows before b, so that Viterbi visits only those
// (about a third of the pairs under BILOU).
type nerAllow struct {
	ok   []bool
	prev [][]int32
}

func viterbi(score []float32, nw, nl int, trans []float32, allow nerAllow, sc *nerScratch) []int {
	if cap(sc.delta) < nw*nl {
		sc.delta = make([]float32, nw*nl)
		sc.back = make([]int32, nw*nl)
	}
	delta, back := sc.delta[:nw*nl], sc.back[:nw*nl]
	start := nl * nl
	end := nl*nl + nl
	for b := 0; b < nl; b++ {
		if allow.ok[start+b] {
			delta[b] = score[b] + trans[start+b]
		} else {
			delta[b] = negInf
		}
	}
	for i := 1; i < nw; i++ {
		prev := delta[(i-1)*nl : i*nl]
		cur := delta[i*nl : (i+1)*nl]
		bk := back[i*nl : (i+1)*nl]
		em := score[i*nl : (i+1)*nl]
		for b := 0; b < nl; b++ {
			best, arg := negInf, int32(0)
			for _, a := range allow.prev[b] {
				if prev[a] == negInf {
					continue
				}
				if v := prev[a] + trans[int(a)*nl+b]; v > best {
					best, arg = v, a
				}
			}
			if best == negInf {
				cur[b] = negInf
			} else {
				cur[b] = best + em[b]
			}
			bk[b] = arg
		}
	}
	last := delta[(nw-1)*nl : nw*nl]
	best, arg := negInf, 0
	for a := 0; a < nl; a++ {
		if !allow.ok[end+a] || last[a] == negInf {
			continue
		}
		if v := last[a] + trans[end+a]; v > best {
			best, arg = v, a
		}
	}
	if cap(sc.path) < nw {
		sc.path = make([]int, nw)
	}
	path := sc.path[:nw]
	path[nw-1] = arg
	for i := nw - 1; i > 0; i-- {
		path[i-1] = int(back[i*nl+path[i]])
	}
	return path
}

// foldKey makes the 32-bit key of a 64-bit feature hash (0 is reserved).
func foldKey(f uint64) uint32 {
	k := uint32(f>>32) ^ uint32(f)
	if k == 0 {
		k = 1
	}
	return k
}

func mix32(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x7feb352d
	k ^= k >> 15
	k *= 0x846ca68b
	k ^= k >> 16
	return k
}

// setWeights stores quantised weights (keys sorted, offs[i]..offs[i+1] the
// pairs of feature i) and builds the tagging table.
func (n *NER) setWeights(keys, offs []uint32, plab []uint8, pq []int16, scale float32) {
	n.keys, n.offs, n.plab, n.pq, n.scale = keys, offs, plab, pq, scale
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	n.tab = hugepage.Make[uint64](size)
	n.mask = uint32(size - 1)
	n.pp = hugepage.Make[uint32](len(pq))
	for p := range pq {
		n.pp[p] = uint32(uint16(pq[p]))<<16 | uint32(plab[p])
	}
	for idx, k := range keys {
		i := mix32(k) & n.mask
		for n.tab[i] != 0 {
			i = (i + 1) & n.mask
		}
		n.tab[i] = uint64(k)<<32 | uint64(offs[idx])<<5 | uint64(offs[idx+1]-offs[idx])
	}
}

// quantise stores float weights and transitions at 16 bits.
func (n *NER) quantise(keys, offs []uint32, plab []uint8, pw []float32, trans []float32) {
	maxAbs := float32(0)
	for _, v := range pw {
		maxAbs = max(maxAbs, abs32(v))
	}
	for _, v := range trans {
		maxAbs = max(maxAbs, abs32(v))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	pq := make([]int16, len(pw))
	for i, v := range pw {
		pq[i] = int16(math.Round(float64(v / scale)))
	}
	n.trans = make([]float32, len(trans))
	for i, v := range trans {
		n.trans[i] = float32(math.Round(float64(v / scale)))
	}
	n.setWeights(keys, offs, plab, pq, scale)
}

// ---- model file ----

// nerMagic starts and ends a model file; nerMagicV1 is that of models
// written before models carried their KB name list (they use LoadKB's).
const (
	nerMagic   = "DYADNER2"
	nerMagicV1 = "DYADNER1"
)

// Save writes the model, zstd-compressed (model.NewWriter).
func (n *NER) Save(w io.Writer) error {
	zw := model.NewWriter(w)
	bw := bufio.NewWriter(zw)
	e := &nerEnc{w: bw}
	e.bytes([]byte(nerMagic))
	e.str(n.Info)
	e.uvar(uint64(len(n.types)))
	for _, t := range n.types {
		e.str(t)
	}
	e.hashMap8(n.lcRate)
	e.hashMap16(n.clusters)
	e.hashMap8(n.places)
	e.hashMap8(n.placeStart)
	e.hashMap8(n.names)
	// The gazetteer KB's names (ner_kbnames.go), so that tagging reads the
	// names the model was trained with.
	var kbNames []string
	if n.kb != nil {
		kbNames = n.kb.NERNameLines()
	}
	e.uvar(uint64(len(kbNames)))
	for _, l := range kbNames {
		e.str(l)
	}
	var stages []*NER
	for m := n; m != nil; m = m.stage1 {
		stages = append([]*NER{m}, stages...)
	}
	e.uvar(uint64(len(stages)))
	for _, m := range stages {
		m.saveWeights(e)
	}
	e.bytes([]byte(nerMagic))
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func (n *NER) saveWeights(e *nerEnc) {
	e.uvar(uint64(n.feats))
	e.f32(n.scale)
	for _, v := range n.trans {
		e.svar(int64(v))
	}
	// Features sorted by key: delta-coded keys, then counts, labels, weights.
	e.uvar(uint64(len(n.keys)))
	prev := uint32(0)
	for _, k := range n.keys {
		e.uvar(uint64(k - prev))
		prev = k
	}
	for i := range n.keys {
		e.uvar(uint64(n.offs[i+1] - n.offs[i]))
	}
	e.bytes(n.plab)
	for _, q := range n.pq {
		e.svar(int64(q))
	}
}

// LoadNER reads a model written by Save. The recogniser takes its
// gazetteer features from the KB names stored in the model (a model written
// before models carried them uses LoadKB's KB).
func LoadNER(r io.Reader) (*NER, error) {
	return LoadNERWithKB(r, nil)
}

// LoadNERFile reads the model at path (usually NERModelPath).
func LoadNERFile(path string) (*NER, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return LoadNER(f)
}

var (
	defaultNEROnce sync.Once
	defaultNER     *NER
	defaultNERErr  error
)

// DefaultNER loads the trained model once and shares it: the file named by
// $DYAD_NER_MODEL when set (to try a retrained model without rebuilding),
// else the model embedded in the binary.
func DefaultNER() (*NER, error) {
	defaultNEROnce.Do(func() {
		if p := os.Getenv("DYAD_NER_MODEL"); p != "" {
			defaultNER, defaultNERErr = LoadNERFile(p)
			return
		}
		r, err := model.Open("ner.bin.zst")
		if err != nil {
			defaultNERErr = err
			return
		}
		defaultNER, defaultNERErr = LoadNER(r)
	})
	return defaultNER, defaultNERErr
}

// LoadNERWithKB reads a model and uses kb for its gazetteer features
// instead of the KB names stored in the model (nil: the stored ones).
func LoadNERWithKB(r io.Reader, kb *KB) (*NER, error) {
	// The decompressed model is lent (model.DecompressTemp): nerDec
	// copies what it reads.
	data, release, err := model.DecompressTemp(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %v", err)
	}
	defer release()
	d := &nerDec{r: bufio.NewReaderSize(bytes.NewReader(data), 1<<16)}
	magic := string(d.bytes(len(nerMagic)))
	if magic != nerMagic && magic != nerMagicV1 {
		return nil, errors.New("ner model: not a dyad NER model")
	}
	info := d.str()
	nt := int(d.uvar())
	if d.err != nil || nt <= 0 || nt > 64 {
		return nil, errors.New("ner model: bad header")
	}
	types := make([]string, nt)
	for i := range types {
		types[i] = d.str()
	}
	base := &NER{kb: kb}
	base.lcRate = d.hashMap8()
	base.clusters = d.hashMap16()
	base.places = d.hashMap8()
	base.placeStart = d.hashMap8()
	base.names = d.hashMap8()
	if magic == nerMagic {
		nn := d.uvar()
		if d.err != nil || nn > 1<<24 {
			return nil, errors.New("ner model: bad KB name count")
		}
		lines := make([]string, nn)
		for i := range lines {
			lines[i] = d.str()
		}
		if d.err != nil {
			return nil, fmt.Errorf("ner model: KB names: %v", d.err)
		}
		if kb == nil && nn > 0 {
			if kb, err = NewNameKB(lines); err != nil {
				return nil, fmt.Errorf("ner model: %w", err)
			}
		}
	}
	if kb == nil {
		if kb, err = LoadKB(); err != nil {
			return nil, err
		}
	}
	ns := int(d.uvar())
	if d.err != nil || ns < 1 || ns > 4 {
		return nil, errors.New("ner model: bad stage count")
	}
	var prev *NER
	for i := 0; i < ns; i++ {
		m := &NER{kb: kb, lcRate: base.lcRate, clusters: base.clusters, places: base.places,
			placeStart: base.placeStart, names: base.names, stage1: prev, Info: info}
		m.initLabels(types)
		if err := m.loadWeights(d); err != nil {
			return nil, err
		}
		prev = m
	}
	if string(d.bytes(len(nerMagic))) != magic || d.err != nil {
		return nil, fmt.Errorf("ner model: truncated or corrupt (%v)", d.err)
	}
	return prev, nil
}

func (n *NER) loadWeights(d *nerDec) error {
	n.feats = uint32(d.uvar())
	scale := d.f32()
	nl := n.nl
	n.trans = make([]float32, nl*nl+2*nl)
	for i := range n.trans {
		n.trans[i] = float32(d.svar())
	}
	nf := int(d.uvar())
	if d.err != nil || nf < 0 || nf > 1<<26 {
		return errors.New("ner model: bad feature count")
	}
	keys := make([]uint32, nf)
	prev := uint32(0)
	for i := range keys {
		prev += uint32(d.uvar())
		keys[i] = prev
	}
	offs := make([]uint32, nf+1)
	for i := 0; i < nf; i++ {
		c := d.uvar()
		if c > uint64(nl) {
			return errors.New("ner model: bad label count")
		}
		offs[i+1] = offs[i] + uint32(c)
	}
	np := int(offs[nf])
	plab := d.bytes(np)
	for _, l := range plab {
		if int(l) >= nl {
			return errors.New("ner model: bad label")
		}
	}
	pq := make([]int16, np)
	for i := range pq {
		v := d.svar()
		if v < math.MinInt16 || v > math.MaxInt16 {
			return errors.New("ner model: bad weight")
		}
		pq[i] = int16(v)
	}
	if d.err != nil {
		return fmt.Errorf("ner model: %v", d.err)
	}
	if np > 1<<27 {
		return errors.New("ner model: too many weights")
	}
	n.setWeights(keys, offs, plab, pq, scale)
	return nil
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

type nerEnc struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

func (e *nerEnc) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *nerEnc) byte(b byte) {
	if e.err == nil {
		e.err = e.w.WriteByte(b)
	}
}
func (e *nerEnc) uvar(v uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *nerEnc) svar(v int64)  { e.bytes(e.buf[:binary.PutVarint(e.buf[:], v)]) }
func (e *nerEnc) str(s string) {
	e.uvar(uint64(len(s)))
	e.bytes([]byte(s))
}
func (e *nerEnc) f32(v float32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
	e.bytes(b[:])
}

// writeHashKeys writes m's keys in increasing order as deltas, and returns
// them in that order for the caller to write the values.
func writeHashKeys[V any](e *nerEnc, m map[uint64]V) []uint64 {
	ks := slices.Sorted(maps.Keys(m))
	e.uvar(uint64(len(ks)))
	prev := uint64(0)
	for _, k := range ks {
		e.uvar(k - prev)
		prev = k
	}
	return ks
}
func (e *nerEnc) hashMap8(m map[uint64]uint8) {
	for _, k := range writeHashKeys(e, m) {
		e.byte(m[k])
	}
}
func (e *nerEnc) hashMap16(m map[uint64]uint16) {
	for _, k := range writeHashKeys(e, m) {
		e.uvar(uint64(m[k]))
	}
}

type nerDec struct {
	r   *bufio.Reader
	err error
}

func (d *nerDec) bytes(n int) []byte {
	if d.err != nil || n < 0 || n > 1<<28 {
		if d.err == nil {
			d.err = errors.New("bad length")
		}
		return nil
	}
	b := make([]byte, n)
	_, d.err = io.ReadFull(d.r, b)
	return b
}
func (d *nerDec) uvar() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.err = err
	return v
}
func (d *nerDec) svar() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	d.err = err
	return v
}
func (d *nerDec) str() string {
	n := d.uvar()
	if n > 1<<20 {
		d.err = errors.New("bad string")
		return ""
	}
	return string(d.bytes(int(n)))
}
func (d *nerDec) f32() float32 {
	b := d.bytes(4)
	if len(b) < 4 {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}
func (d *nerDec) hashMap8() map[uint64]uint8 {
	n := int(d.uvar())
	if d.err != nil || n > 1<<24 {
		d.err = errors.New("bad map")
		return nil
	}
	ks := make([]uint64, n)
	prev := uint64(0)
	for i := range ks {
		prev += d.uvar()
		ks[i] = prev
	}
	vs := d.bytes(n)
	m := make(map[uint64]uint8, n)
	for i, k := range ks {
		if i < len(vs) {
			m[k] = vs[i]
		}
	}
	return m
}
func (d *nerDec) hashMap16() map[uint64]uint16 {
	n := int(d.uvar())
	if d.err != nil || n > 1<<24 {
		d.err = errors.New("bad map")
		return nil
	}
	ks := make([]uint64, n)
	prev := uint64(0)
	for i := range ks {
		prev += d.uvar()
		ks[i] = prev
	}
	m := make(map[uint64]uint16, n)
	for _, k := range ks {
		m[k] = uint16(d.uvar())
	}
	return m
}
