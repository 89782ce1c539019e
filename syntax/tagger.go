package syntax

// The part-of-speech tagger: greedy averaged perceptrons over one joint
// label "UPOS|XPOS" (102 pairs on UD English EWT). A sentence is read three
// times: left to right, right to left, and a final time left to right with
// both first passes' tags in view (stacking; the final pass is trained on
// jackknifed first-pass tags).
//
// Features are 64-bit hashes (HashMix) of templates over per-token hashes
// computed once per sentence: normalised word, prefixes, suffixes, shapes,
// optionally word clusters and ambiguity classes, and the parts of speech
// an external lexicon (WordNet, tagger_lexicon.go) gives the word. The
// "static" features, which do not look at tags, are the same in every
// pass; the weights of all passes live in one table whose classes are pass
// blocks of labels, so one probe per static feature scores a token for all
// passes at once. Only the few tag features are probed per pass. Frequent
// unambiguous words take their tag from a dictionary and are not scored at
// all.
//
// A tagger may carry a second model for rare words, trained with the
// lexicon features (tagger_rare.go), whose tags those words take while
// every other word keeps the first model's.
//
// Off by default, for experiments (each lowered EWT dev accuracy, see
// model/tagger.txt): more context and shape features, more final-pass
// features over the first passes' tags or runner-ups, a beam over the final
// pass, and adding the first passes' scores to the final pass's (vote).

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Feature-group switches (Tagger.feat). They are saved with the model so a
// loaded tagger computes the features it was trained with.
const (
	tgfClusters uint64 = 1 << iota // word clusters of w0, w±1, w±2
	tgfAmb                         // ambiguity classes of w0, w±1
	tgfPass2                       // a final pass over the first passes' tags
	tgfDict                        // tag dictionary for unambiguous words
	tgfSuf5                        // suffix of 5
	tgfR2L                         // a right-to-left first pass
	tgfCtx                         // word bigrams w+1 w+2, w-2 w-1, w-1 w+1
	tgfShape                       // shape trigram, hyphen parts
	tgfFinalX                      // more first-pass tag features in the final pass
	tgfTop2                        // first passes' runner-up labels and margins
	_                              // unused (a first-pass label restriction, tried in session 12)
	tgfLexicon                     // an external word lexicon (TagLexicon) of w0, w±1
	tgfLexNoCtx                    // with tgfLexicon: no lexicon features of w±1
)

// Passes, in the order they run; each has a block of classes in the table.
const (
	tgL2R   = 0 // first pass, left to right
	tgR2L   = 1 // first pass, right to left
	tgFinal = 2 // left to right over both first passes' tags
	tgNPass = 3
)

// Static template ids.
const (
	ttBias uint64 = iota + 1
	ttW0
	ttRaw0
	ttWm1
	ttWp1
	ttWm2
	ttWp2
	ttPre1
	ttPre2
	ttPre3
	ttPre4
	ttSuf1
	ttSuf2
	ttSuf3
	ttSuf4
	ttSuf5
	ttShape0
	ttSShape0
	ttSShapem1
	ttSShapep1
	ttSuf3m1
	ttSuf3p1
	ttWm1W0
	ttW0Wp1
	ttFlags
	ttFirstShape
	ttAmb0
	ttAmbm1
	ttAmbp1
	ttAmb0Ambp1
	ttWp1Wp2
	ttWm2Wm1
	ttWm1Wp1
	ttShape3
	ttHyFirst
	ttHyLast
	ttLx0
	ttLx0Caps
	ttLxm1
	ttLxp1
)

// Cluster templates: base + level.
const (
	ttCl0  uint64 = 200
	ttClm1 uint64 = 210
	ttClp1 uint64 = 220
	ttClm2 uint64 = 230
	ttClp2 uint64 = 240
)

// Tag template ids; the pass is hashed in with them (tgDyn).
const (
	ttT1 uint64 = iota + 300
	ttT2T1
	ttT2
	ttT1W0
	ttT1Suf3
	ttT1Cl0
	ttT1Amb0
	ttR1 // final pass: the left-to-right first pass's tags (R) ...
	ttR2
	ttR1R2
	ttT1R1
	ttR0
	ttR1W0
	ttR0W0
	ttR1Amb0
	ttB1 // ... and the right-to-left one's (B)
	ttB2
	ttB1B2
	ttT1B1
	ttB0
	ttB1W0
	ttB0W0
	ttBm1B0
	ttR0B0
	ttBm1B0B1 // tgfFinalX
	ttRm1R0R1
	ttR0B0W0
	ttB0Suf3
	ttT1B0
	ttB1Wp1
	ttR0Alt // tgfTop2
	ttB0Alt
	ttR0Conf
	ttB0Conf
	ttR0B0Conf
)

// tgLex is what the model knows about a word type (by normalised form).
type tgLex struct {
	cl   [tgMaxLevels]uint16 // cluster id + 1 at each level, 0 unknown
	amb  uint32              // ambiguity class id + 1, 0 none
	dict int16               // label when the word is unambiguous, else -1
	// With tgfLexicon: the word's bits in the external lexicon with
	// tgwKnown set, so that a training word is not looked up again; 0
	// when not computed.
	wl uint16
}

const tgMaxLevels = 4

// tgTok holds one position's per-token hashes.
type tgTok struct {
	norm, raw uint64
	pre       [4]uint64
	suf       [5]uint64
	shape     uint64
	ssh       uint64 // short shape
	flags     uint64
	cl        [tgMaxLevels]uint64
	amb       uint64
	hyf, hyl  uint64 // first and last parts of a hyphenated word, 0 if none
	lx        uint64 // the external lexicon's bits (tgfLexicon), tgLxOff for none
	dict      int32
	drop      bool // training only: leave out the word's identity features
}

// tgScratch is the per-call working memory of tagging.
type tgScratch struct {
	buf    []byte
	buf2   []byte // scratch of the lexicon's stem look-ups
	toks   []tgTok
	feats  []uint64
	static []float32 // per word, the static scores of every pass block
	scores []float32 // one table row: every pass block
	hist   []int32   // labels of the current pass, padded by 2 on each side
	bl, bp []int32   // beam: label and parent hypothesis of each word's hypotheses
	vote   []float32 // with Tagger.vote: the first passes' summed scores, n rows
	hyps   []tgHyp   // beam: the current hypotheses and their successors
	p1     []int32   // left-to-right first-pass labels, the same
	p1b    []int32   // right-to-left first-pass labels, the same
	// With tgfTop2: the runner-up label and margin bucket of each word
	// (tgPackAlt), of the current pass and of the two first passes.
	histx, p1x, p1bx []int32
	// With keepFinal: the scores of each word in the pass that decides
	// (the final pass, or the single pass of a tagger without one), n
	// rows; the rows of dictionary words are left as they were, and a
	// final-pass beam keeps none.
	final     []float32
	keepFinal bool
	weak      []bool // with a rare-word model: which words are weak (tagRare)
}

// Tagger tags words with UPOS and Penn XPOS. It is read-only once built and
// safe for concurrent use.
type Tagger struct {
	upos, xpos []string // by label
	feat       uint64
	levels     int
	lex        map[uint64]tgLex
	wordLex    TagLexicon   // with tgfLexicon
	w          *Weights     // class = block*len(upos) + label
	block      [tgNPass]int // class block of each pass, -1 when absent
	nBlock     int
	beam       int     // final-pass beam width; ≤ 1 is greedy
	vote       float32 // > 0: the final pass adds vote × the first passes' scores
	pool       sync.Pool
	// With a rare-word model (tagger_rare.go): the words whose normalised
	// form is not in frequent, the forms seen at least rareWords.Below
	// times in training, are rare.
	rare      *Tagger
	frequent  map[uint64]struct{}
	rareWords RareWords
}

// NumLabels returns the number of joint UPOS|XPOS labels.
func (t *Tagger) NumLabels() int { return len(t.upos) }

// Tag fills upos[i] and xpos[i] for words[i]. The slices must be at least
// as long as words. Tag is safe for concurrent use.
func (t *Tagger) Tag(words []string, upos, xpos []string) {
	if len(words) == 0 {
		return
	}
	s := t.getScratch()
	s.keepFinal = t.rare != nil && (t.rareWords.Vote > 0 || t.rareWords.Margin > 0) && t.beam <= 1
	labels := t.tagLabels(s, words)
	if t.rare != nil {
		t.tagRare(s, words, labels)
	}
	for i, l := range labels {
		upos[i] = t.upos[l]
		xpos[i] = t.xpos[l]
	}
	t.pool.Put(s)
}

func (t *Tagger) getScratch() *tgScratch {
	if s, ok := t.pool.Get().(*tgScratch); ok {
		return s
	}
	return t.newScratch()
}

func (t *Tagger) newScratch() *tgScratch {
	return &tgScratch{scores: make([]float32, t.nBlock*len(t.upos))}
}

// tgAssemble builds a tagger over t's labels, features and lexicon lex from
// the weights of each pass (nil when absent), merged into one table.
func (t *Tagger) tgAssemble(lex map[uint64]tgLex, ws [tgNPass]*Weights) *Tagger {
	nt := &Tagger{upos: t.upos, xpos: t.xpos, feat: t.feat, levels: t.levels, lex: lex, wordLex: t.wordLex}
	var blocks []*Weights
	for p, w := range ws {
		nt.block[p] = -1
		if w != nil {
			nt.block[p] = len(blocks)
			blocks = append(blocks, w)
		}
	}
	nt.nBlock = len(blocks)
	nt.w = MergeWeights(blocks...)
	return nt
}

// tagLabels runs the passes and returns the label ids (a slice of s).
func (t *Tagger) tagLabels(s *tgScratch, words []string) []int32 {
	return t.tagLabelsTo(s, words, len(words))
}

// tagLabelsTo is tagLabels for a caller that reads the labels (and the
// kept final-pass scores) of the first m words only. With a greedy final
// pass, which reads the left-to-right pass's labels up to two words ahead,
// that pass stops two words after the m-th and the final pass after it
// (the right-to-left pass runs in full, as the final pass reads its labels
// from the first word on); the labels after the m-th are then undefined.
func (t *Tagger) tagLabelsTo(s *tgScratch, words []string, m int) []int32 {
	fz := t.fz()
	fz.prepare(s, words)
	n := len(words)
	t.scoreStatic(&fz, s, n)
	if s.keepFinal {
		L := len(t.upos)
		if cap(s.final) < n*L {
			s.final = make([]float32, n*L)
		}
		s.final = s.final[:n*L]
	}
	if t.block[tgFinal] < 0 {
		if t.block[tgL2R] >= 0 {
			t.pass(&fz, s, tgL2R, n, n)
		} else {
			t.pass(&fz, s, tgR2L, n, n)
		}
		return s.hist[2 : n+2]
	}
	if t.beam > 1 {
		m = n
	}
	m = min(max(m, 0), n)
	if t.vote > 0 {
		L := len(t.upos)
		if cap(s.vote) < n*L {
			s.vote = make([]float32, n*L)
		}
		s.vote = s.vote[:n*L]
		clear(s.vote)
	}
	if t.block[tgL2R] >= 0 {
		t.pass(&fz, s, tgL2R, n, min(n, m+2))
		tgCopyPadded(&s.p1, s.hist)
		tgCopyPadded(&s.p1x, s.histx)
	}
	if t.block[tgR2L] >= 0 {
		t.pass(&fz, s, tgR2L, n, n)
		tgCopyPadded(&s.p1b, s.hist)
		tgCopyPadded(&s.p1bx, s.histx)
	}
	if t.beam > 1 {
		t.beamFinal(&fz, s, n, t.beam)
	} else {
		t.pass(&fz, s, tgFinal, n, m)
	}
	return s.hist[2 : n+2]
}

// tgHyp is a hypothesis of the final-pass beam: its last two labels, its
// summed score, and its index in the previous word's hypotheses.
type tgHyp struct {
	t1, t2 int32
	score  float32
	parent int32
}

// beamFinal runs the final pass with a beam of k hypotheses, summing the
// greedy model's scores, and leaves the best sequence in s.hist[2:n+2].
func (t *Tagger) beamFinal(fz *tgFeaturizer, s *tgScratch, n, k int) {
	tgResetHist(&s.hist, n)
	L := len(t.upos)
	row := t.nBlock * L
	off := t.block[tgFinal] * L
	sc := s.scores[off : off+L]
	tgResize(&s.bl, n*k)
	tgResize(&s.bp, n*k)
	if cap(s.hyps) < 2*k {
		s.hyps = make([]tgHyp, 2*k)
	}
	cur := s.hyps[:1]
	cur[0] = tgHyp{t1: -1, t2: -2, parent: -1}
	next := s.hyps[k:k]
	for i := 0; i < n; i++ {
		next = next[:0]
		if d := s.toks[i+2].dict; d >= 0 {
			for h, hy := range cur {
				next = append(next, tgHyp{t1: d, t2: hy.t1, score: hy.score, parent: int32(h)})
			}
		} else {
			for h, hy := range cur {
				copy(sc, s.static[i*row+off:i*row+off+L])
				s.hist[i+1], s.hist[i] = hy.t1, hy.t2
				s.feats = s.feats[:0]
				fz.dynamic(s, i, tgFinal)
				t.w.Score(s.feats, s.scores)
				for c, v := range sc {
					next = tgBeamInsert(next, k, tgHyp{t1: int32(c), t2: hy.t1, score: hy.score + v, parent: int32(h)})
				}
			}
		}
		for h, hy := range next {
			s.bl[i*k+h], s.bp[i*k+h] = hy.t1, hy.parent
		}
		// The successors become the current hypotheses.
		cur = s.hyps[:len(next)]
		copy(cur, next)
		next = s.hyps[k:k]
	}
	best := 0
	for h := range cur {
		if cur[h].score > cur[best].score {
			best = h
		}
	}
	tgResetHist(&s.hist, n)
	for i := n - 1; i >= 0; i-- {
		s.hist[i+2] = s.bl[i*k+best]
		best = int(s.bp[i*k+best])
	}
}

// tgBeamInsert adds h to the beam b (at most k hypotheses, best first).
func tgBeamInsert(b []tgHyp, k int, h tgHyp) []tgHyp {
	if len(b) == k {
		if h.score <= b[k-1].score {
			return b
		}
		b = b[:k-1]
	}
	j := len(b)
	b = append(b, h)
	for j > 0 && b[j-1].score < h.score {
		b[j] = b[j-1]
		j--
	}
	b[j] = h
	return b
}

// scoreStatic scores the static features of every word not in the
// dictionary, for all passes at once.
func (t *Tagger) scoreStatic(fz *tgFeaturizer, s *tgScratch, n int) {
	row := t.nBlock * len(t.upos)
	if cap(s.static) < n*row {
		s.static = make([]float32, n*row)
	}
	s.static = s.static[:n*row]
	for i := 0; i < n; i++ {
		if s.toks[i+2].dict >= 0 {
			continue
		}
		seg := s.static[i*row : (i+1)*row]
		clear(seg)
		fz.static(s, i)
		t.w.Score(s.feats, seg)
	}
}

// pass tags the prepared sentence of n words greedily with pass p (right to
// left for tgR2L), leaving the labels in s.hist[2:n+2]; it stops after m
// words (m = n for all of them, as tgR2L must).
func (t *Tagger) pass(fz *tgFeaturizer, s *tgScratch, p, n, m int) {
	tgResetHist(&s.hist, n)
	hist := s.hist
	top2 := t.feat&tgfTop2 != 0 && p != tgFinal
	var histx []int32
	if top2 {
		tgResetHist(&s.histx, n)
		histx = s.histx
	}
	L := len(t.upos)
	row := t.nBlock * L
	off := t.block[p] * L
	sc := s.scores[off : off+L]
	vote := t.vote > 0 && t.block[tgFinal] >= 0
	keep := s.keepFinal && (p == tgFinal || t.block[tgFinal] < 0) // the pass that decides
	for k := 0; k < m; k++ {
		i := k
		if p == tgR2L {
			i = n - 1 - k
		}
		if d := s.toks[i+2].dict; d >= 0 {
			hist[i+2] = d
			if top2 {
				histx[i+2] = tgDictAlt
			}
			continue
		}
		copy(sc, s.static[i*row+off:i*row+off+L])
		s.feats = s.feats[:0]
		fz.dynamic(s, i, p)
		t.w.Score(s.feats, s.scores)
		if vote {
			v := s.vote[i*L : (i+1)*L]
			if p == tgFinal {
				for c := range sc {
					sc[c] += t.vote * v[c]
				}
			} else {
				for c := range sc {
					v[c] += sc[c]
				}
			}
		}
		if keep {
			copy(s.final[i*L:(i+1)*L], sc)
		}
		if top2 {
			b, a := tgTop2(sc)
			hist[i+2] = int32(b)
			histx[i+2] = tgPackAlt(a, sc[b]-sc[a])
			continue
		}
		hist[i+2] = int32(tgArgmax(sc))
	}
}

// tgDictAlt is the packed runner-up of a dictionary word: none, certain.
const tgDictAlt = -5&0xffff | 15<<16

// tgPackAlt packs a runner-up label and the margin of the best label over
// it, bucketed on a log scale (0-14).
func tgPackAlt(alt int, margin float32) int32 {
	b := int32(0)
	for m := margin; m >= 1 && b < 14; m /= 2 {
		b++
	}
	return int32(alt)&0xffff | b<<16
}

// tgTop2 returns the best and second-best classes of sc (len ≥ 2).
func tgTop2(sc []float32) (best, second int) {
	best, second = 0, 1
	if sc[1] > sc[0] {
		best, second = 1, 0
	}
	for c := 2; c < len(sc); c++ {
		switch v := sc[c]; {
		case v > sc[best]:
			best, second = c, best
		case v > sc[second]:
			second = c
		}
	}
	return best, second
}

// fz returns the tagger's featurizer.
func (t *Tagger) fz() tgFeaturizer {
	return tgFeaturizer{feat: t.feat, levels: t.levels, lex: t.lex, wordLex: t.wordLex}
}

// tgResetHist sizes *h for n words with two boundary labels on each side.
func tgResetHist(h *[]int32, n int) {
	p := tgResize(h, n+4)
	p[0], p[1], p[n+2], p[n+3] = -2, -1, -3, -4
}

// tgCopyPadded copies a padded label array.
func tgCopyPadded(dst *[]int32, src []int32) {
	p := tgResize(dst, len(src))
	copy(p, src)
}

func tgArgmax(sc []float32) int {
	best := 0
	for c := 1; c < len(sc); c++ {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return best
}

func tgResize(p *[]int32, n int) []int32 {
	if cap(*p) < n {
		*p = make([]int32, n)
	}
	*p = (*p)[:n]
	return *p
}

// tgFeaturizer computes the features of a sentence. It is a small value
// built per call; lex is shared and read-only.
type tgFeaturizer struct {
	feat    uint64
	levels  int
	lex     map[uint64]tgLex
	wordLex TagLexicon
}

var tgPadToks = func() [4]tgTok {
	var p [4]tgTok
	for k := range p {
		h := HashMix(0xBAD0+uint64(k), 1)
		t := &p[k]
		t.norm, t.raw, t.shape, t.ssh, t.flags, t.amb, t.lx = h, h, h, h, h, h, h
		t.hyf, t.hyl = 0, 0
		for j := range t.pre {
			t.pre[j] = h
		}
		for j := range t.suf {
			t.suf[j] = h
		}
		for j := range t.cl {
			t.cl[j] = h
		}
		t.dict = -1
	}
	return p
}()

// prepare fills s.toks (padded by two on each side) for words.
func (fz *tgFeaturizer) prepare(s *tgScratch, words []string) {
	n := len(words)
	if cap(s.toks) < n+4 {
		s.toks = make([]tgTok, n+4)
	}
	s.toks = s.toks[:n+4]
	s.toks[0], s.toks[1] = tgPadToks[0], tgPadToks[1]
	s.toks[n+2], s.toks[n+3] = tgPadToks[2], tgPadToks[3]
	for i, w := range words {
		fz.token(s, &s.toks[i+2], w)
	}
	s.toks[2].flags |= tgFirst
}

// tgNormRune maps typographic quotes and dashes to their ASCII forms.
func tgNormRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return '"'
	case '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	return r
}

// tgNormalize appends the normalised form of w to buf: lower case, ASCII
// quotes and dashes, every digit 0.
func tgNormalize(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			case c == '`':
				c = '\''
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		r = tgNormRune(r)
		if unicode.IsDigit(r) {
			r = '0'
		} else {
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// Flag bits of tgTok.flags.
const (
	tgHasDigit = 1 << iota
	tgHasHyphen
	tgHasUpper
	tgAllUpper
	tgInitUpper
	tgHasLower
	tgHasPeriod
	tgNoAlnum
	tgFirst
)

// tgShapeClass is the shape character of r.
func tgShapeClass(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		switch {
		case 'A' <= c && c <= 'Z':
			return 'X'
		case 'a' <= c && c <= 'z':
			return 'x'
		case '0' <= c && c <= '9':
			return 'd'
		}
		return c
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	r = tgNormRune(r)
	if r < utf8.RuneSelf {
		return byte(r)
	}
	return '*'
}

func (fz *tgFeaturizer) token(s *tgScratch, t *tgTok, w string) {
	s.buf = tgNormalize(s.buf[:0], w)
	b := s.buf
	t.norm = HashBytes(HashSeed, b)
	t.raw = HashString(HashSeed, w)
	// Prefixes and suffixes by rune.
	end := 0
	for k := 0; k < 4; k++ {
		if end < len(b) {
			_, size := utf8.DecodeRune(b[end:])
			end += size
		}
		t.pre[k] = HashBytes(HashSeed, b[:end])
	}
	start := len(b)
	for k := 0; k < 5; k++ {
		if start > 0 {
			_, size := utf8.DecodeLastRune(b[:start])
			start -= size
		}
		t.suf[k] = HashBytes(HashSeed, b[start:])
	}
	// Shapes and flags.
	var flags uint64 = tgAllUpper
	sh, ssh := HashSeed, HashSeed
	var last byte
	run := 0
	nr := 0
	letters := 0
	for _, r := range w {
		c := tgShapeClass(r)
		switch c {
		case 'X':
			flags |= tgHasUpper
			if nr == 0 {
				flags |= tgInitUpper
			}
			letters++
		case 'x':
			flags |= tgHasLower
			flags &^= tgAllUpper
			letters++
		case 'd':
			flags |= tgHasDigit
		case '-':
			flags |= tgHasHyphen
		case '.':
			flags |= tgHasPeriod
		}
		if c == last {
			run++
		} else {
			run = 1
			ssh ^= uint64(c)
			ssh *= pcFNVPrime
		}
		if run <= 4 {
			sh ^= uint64(c)
			sh *= pcFNVPrime
		}
		last = c
		nr++
	}
	if letters == 0 {
		flags &^= tgAllUpper
		if flags&tgHasDigit == 0 {
			flags |= tgNoAlnum
		}
	}
	t.shape, t.ssh, t.flags = sh, ssh, flags
	t.hyf, t.hyl = 0, 0
	t.drop = false
	if flags&tgHasHyphen != 0 && fz.feat&tgfShape != 0 {
		// Parts of a hyphenated word ("well-known": "well", "known").
		first, last := -1, -1
		for k, c := range b {
			if c == '-' {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first > 0 {
			t.hyf = HashBytes(HashSeed, b[:first])
		}
		if last >= 0 && last < len(b)-1 {
			t.hyl = HashBytes(HashSeed, b[last+1:])
		}
	}
	lx, ok := fz.lex[t.norm]
	t.lx = 0
	if fz.feat&tgfLexicon != 0 {
		m := lx.wl &^ tgwKnown
		if lx.wl == 0 {
			m, s.buf2 = fz.wordLex.bits(b, s.buf2)
		}
		t.lx = uint64(m)
		if m&tgwFrequent != 0 {
			t.lx = tgLxOff
		}
	}
	t.dict = -1
	for k := range t.cl {
		t.cl[k] = 0
	}
	t.amb = 0
	if ok {
		for k := 0; k < fz.levels; k++ {
			t.cl[k] = uint64(lx.cl[k])
		}
		t.amb = uint64(lx.amb)
		if fz.feat&tgfDict != 0 {
			t.dict = int32(lx.dict)
		}
	}
}

func (s *tgScratch) add(tid, v uint64) {
	s.feats = append(s.feats, HashMix(tid, v))
}

func (s *tgScratch) add2(tid, v1, v2 uint64) {
	s.feats = append(s.feats, HashMix(HashMix(tid, v1), v2))
}

// tgTagVal is the hash value of a label (or a negative boundary label).
func tgTagVal(l int32) uint64 { return uint64(int64(l) + 16) }

// tgDyn salts a tag template id with the pass.
func tgDyn(tid uint64, pass int) uint64 { return tid | uint64(pass+1)<<32 }

// static sets s.feats to the features of word i (0-based) that do not
// depend on tags.
func (fz *tgFeaturizer) static(s *tgScratch, i int) {
	s.feats = s.feats[:0]
	tk := s.toks
	p := i + 2
	w0, wm1, wp1, wm2, wp2 := &tk[p], &tk[p-1], &tk[p+1], &tk[p-2], &tk[p+2]
	s.add(ttBias, 1)
	if !w0.drop {
		s.add(ttW0, w0.norm)
		s.add(ttRaw0, w0.raw)
	}
	s.add(ttWm1, wm1.norm)
	s.add(ttWp1, wp1.norm)
	s.add(ttWm2, wm2.norm)
	s.add(ttWp2, wp2.norm)
	s.add(ttPre1, w0.pre[0])
	s.add(ttPre2, w0.pre[1])
	s.add(ttPre3, w0.pre[2])
	s.add(ttPre4, w0.pre[3])
	s.add(ttSuf1, w0.suf[0])
	s.add(ttSuf2, w0.suf[1])
	s.add(ttSuf3, w0.suf[2])
	s.add(ttSuf4, w0.suf[3])
	if fz.feat&tgfSuf5 != 0 {
		s.add(ttSuf5, w0.suf[4])
	}
	s.add(ttShape0, w0.shape)
	s.add(ttSShape0, w0.ssh)
	s.add(ttSShapem1, wm1.ssh)
	s.add(ttSShapep1, wp1.ssh)
	s.add(ttSuf3m1, wm1.suf[2])
	s.add(ttSuf3p1, wp1.suf[2])
	if !w0.drop {
		s.add2(ttWm1W0, wm1.norm, w0.norm)
		s.add2(ttW0Wp1, w0.norm, wp1.norm)
	}
	first := (w0.flags & tgFirst) >> 8
	s.add(ttFlags, w0.flags)
	s.add2(ttFirstShape, first, w0.ssh)
	if fz.feat&tgfClusters != 0 {
		for k := 0; k < fz.levels; k++ {
			s.add(ttCl0+uint64(k), w0.cl[k])
			s.add(ttClm1+uint64(k), wm1.cl[k])
			s.add(ttClp1+uint64(k), wp1.cl[k])
		}
		if fz.levels > 0 {
			s.add(ttClm2, wm2.cl[0])
			s.add(ttClp2, wp2.cl[0])
		}
	}
	if fz.feat&tgfAmb != 0 {
		s.add(ttAmb0, w0.amb)
		s.add(ttAmbm1, wm1.amb)
		s.add(ttAmbp1, wp1.amb)
		s.add2(ttAmb0Ambp1, w0.amb, wp1.amb)
	}
	if fz.feat&tgfLexicon != 0 {
		if w0.lx != tgLxOff {
			s.add(ttLx0, w0.lx)
			s.add2(ttLx0Caps, w0.lx, w0.flags&(tgInitUpper|tgAllUpper|tgFirst))
		}
		if fz.feat&tgfLexNoCtx == 0 {
			if wm1.lx != tgLxOff {
				s.add(ttLxm1, wm1.lx)
			}
			if wp1.lx != tgLxOff {
				s.add(ttLxp1, wp1.lx)
			}
		}
	}
	if fz.feat&tgfCtx != 0 {
		s.add2(ttWp1Wp2, wp1.norm, wp2.norm)
		s.add2(ttWm2Wm1, wm2.norm, wm1.norm)
		s.add2(ttWm1Wp1, wm1.norm, wp1.norm)
	}
	if fz.feat&tgfShape != 0 {
		s.add(ttShape3, HashMix(HashMix(wm1.ssh, w0.ssh), wp1.ssh))
		if w0.hyf != 0 {
			s.add(ttHyFirst, w0.hyf)
		}
		if w0.hyl != 0 {
			s.add(ttHyLast, w0.hyl)
		}
	}
}

// dynamic appends to s.feats the tag features of word i in pass p: the
// pass's own previous two labels in s.hist (to the left, or to the right
// for tgR2L) and, in the final pass, the first passes' labels in s.p1 and
// s.p1b.
func (fz *tgFeaturizer) dynamic(s *tgScratch, i, pass int) {
	p := i + 2
	w0 := &s.toks[p]
	var t1, t2 uint64
	if pass == tgR2L {
		t1, t2 = tgTagVal(s.hist[p+1]), tgTagVal(s.hist[p+2])
	} else {
		t1, t2 = tgTagVal(s.hist[p-1]), tgTagVal(s.hist[p-2])
	}
	s.add(tgDyn(ttT1, pass), t1)
	s.add2(tgDyn(ttT2T1, pass), t2, t1)
	s.add(tgDyn(ttT2, pass), t2)
	if !w0.drop {
		s.add2(tgDyn(ttT1W0, pass), t1, w0.norm)
	}
	s.add2(tgDyn(ttT1Suf3, pass), t1, w0.suf[2])
	if fz.feat&tgfClusters != 0 && fz.levels > 0 {
		s.add2(tgDyn(ttT1Cl0, pass), t1, w0.cl[fz.levels-1])
	}
	if fz.feat&tgfAmb != 0 {
		s.add2(tgDyn(ttT1Amb0, pass), t1, w0.amb)
	}
	if pass != tgFinal {
		return
	}
	// The first passes' labels.
	r0 := tgTagVal(s.p1[p])
	r1 := tgTagVal(s.p1[p+1])
	r2 := tgTagVal(s.p1[p+2])
	s.add(ttR1, r1)
	s.add(ttR2, r2)
	s.add2(ttR1R2, r1, r2)
	s.add2(ttT1R1, t1, r1)
	s.add(ttR0, r0)
	if !w0.drop {
		s.add2(ttR1W0, r1, w0.norm)
		s.add2(ttR0W0, r0, w0.norm)
	}
	if fz.feat&tgfAmb != 0 {
		s.add2(ttR1Amb0, r1, w0.amb)
	}
	if fz.feat&tgfR2L != 0 {
		b0 := tgTagVal(s.p1b[p])
		b1 := tgTagVal(s.p1b[p+1])
		b2 := tgTagVal(s.p1b[p+2])
		bm1 := tgTagVal(s.p1b[p-1])
		s.add(ttB1, b1)
		s.add(ttB2, b2)
		s.add2(ttB1B2, b1, b2)
		s.add2(ttT1B1, t1, b1)
		s.add(ttB0, b0)
		if !w0.drop {
			s.add2(ttB1W0, b1, w0.norm)
			s.add2(ttB0W0, b0, w0.norm)
		}
		s.add2(ttBm1B0, bm1, b0)
		s.add2(ttR0B0, r0, b0)
		if fz.feat&tgfFinalX != 0 {
			rm1 := tgTagVal(s.p1[p-1])
			s.add(ttBm1B0B1, HashMix(HashMix(bm1, b0), b1))
			s.add(ttRm1R0R1, HashMix(HashMix(rm1, r0), r1))
			if !w0.drop {
				s.add(ttR0B0W0, HashMix(HashMix(r0, b0), w0.norm))
			}
			s.add2(ttB0Suf3, b0, w0.suf[2])
			s.add2(ttT1B0, t1, b0)
			s.add2(ttB1Wp1, b1, s.toks[p+1].norm)
		}
		if fz.feat&tgfTop2 != 0 {
			rx, bx := s.p1x[p], s.p1bx[p]
			ra, rc := uint64(rx&0xffff), uint64(rx>>16)
			ba, bc := uint64(bx&0xffff), uint64(bx>>16)
			s.add2(ttR0Alt, r0, ra)
			s.add2(ttB0Alt, b0, ba)
			s.add2(ttR0Conf, r0, rc)
			s.add2(ttB0Conf, b0, bc)
			s.add(ttR0B0Conf, HashMix(HashMix(r0, b0), min(rc, bc)))
		}
	}
}
