package quote

import (
	"sort"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/doc"
)

// region is a stretch of text between quotation marks, marks included.
type region struct {
	start, end int // bytes
	t0, t1     int // tokens [t0, t1) inside the region
	used       bool
}

// analysis is the working state of one document.
type analysis struct {
	d        *doc.Document
	kidStart []int // dependents of token t are kidList[kidStart[t]:kidStart[t+1]]
	kidList  []int
	lo, hi   []int // first and last token of each token's subtree
	inRegion []int // region index of each token, -1 outside
	covered  []bool
	cueUsed  []bool // tokens that are the cue of a quote found
	regions  []region
	quotes   []doc.Quote
	cands    []candidate
	fbuf     featBuf   // features of the learned cue detector
	entType  []string  // entity type of each token (built on first use)
	kind     []string  // speakerKind of each token, "" until computed (built with entType)
	inTimex  []bool    // tokens inside a temporal expression (built on first use)
	scores   []float64 // the learned detector's score of each token (NaN until computed)
	// quotedBefore[t] counts the tokens before t inside quotation marks
	// (built on first use by the learned cue detector).
	quotedBefore []int32
	// covSnap is covered as it stood before the indirect quotes were
	// accepted, for the detector's features while they are.
	covSnap []bool
	// trace, when not nil, collects what happened to each token as a cue
	// (Trace; for error analysis).
	trace map[int]string
	// collect, when not nil, receives the candidate filter's training
	// examples (FilterExamples).
	collect *[]FilterExample
	// sc lends the working arrays above (newAnalysis, release).
	sc *scratch
}

func newAnalysis(d *doc.Document) *analysis {
	n := len(d.Tokens)
	sc := scratchPool.Get().(*scratch)
	ints := sc.intSlab(7*n + 1)
	bools := sc.boolSlab(2 * n)
	a := &analysis{
		d:        d,
		kidStart: ints[:n+1],
		kidList:  ints[n+1 : 2*n+1],
		lo:       ints[2*n+1 : 3*n+1],
		hi:       ints[3*n+1 : 4*n+1],
		inRegion: ints[4*n+1 : 5*n+1],
		covered:  bools[:n],
		cueUsed:  bools[n:],
		quotes:   sc.quotes[:0],
		cands:    sc.cands[:0],
		fbuf:     sc.fbuf,
		sc:       sc,
	}
	// Each token's head, -1 when out of range, read once from the tokens.
	heads := ints[5*n+1 : 6*n+1]
	fill := ints[6*n+1:]
	// Dependents in compressed rows: count, prefix sums, fill.
	for i := range d.Tokens {
		h := d.Tokens[i].Head
		if h >= 0 && h < n {
			a.kidStart[h+1]++
		} else {
			h = -1
		}
		heads[i] = h
	}
	for i := 1; i <= n; i++ {
		a.kidStart[i] += a.kidStart[i-1]
	}
	copy(fill, a.kidStart[:n])
	for i, h := range heads {
		if h >= 0 {
			a.kidList[fill[h]] = i
			fill[h]++
		}
	}
	// Subtree bounds: each token widens its ancestors' ranges.
	for i := range heads {
		a.lo[i], a.hi[i] = i, i
		a.inRegion[i] = -1
	}
	for i := range heads {
		for h, hop := heads[i], 0; h >= 0 && hop < maxDepth; h, hop = heads[h], hop+1 {
			if i < a.lo[h] {
				a.lo[h] = i
			}
			if i > a.hi[h] {
				a.hi[h] = i
			}
		}
	}
	a.findRegions()
	for ri, r := range a.regions {
		for t := r.t0; t < r.t1; t++ {
			a.inRegion[t] = ri
		}
	}
	return a
}

// scratch holds an analysis's working arrays for reuse by the next one
// (Attribute hands them back when it is done), so that attributing a
// document allocates and clears less.
type scratch struct {
	ints   []int
	bools  []bool
	floats []float64
	strs   []string
	int32s []int32
	quotes []doc.Quote
	cands  []candidate
	fbuf   featBuf
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// slab returns *buf resized to m values, kept in *buf for the next use:
// grown anew when its capacity is short, else cleared to zero values when
// zeroed (the values are left as they are otherwise).
func slab[T any](buf *[]T, m int, zeroed bool) []T {
	if cap(*buf) < m {
		*buf = make([]T, m)
		return *buf
	}
	*buf = (*buf)[:m]
	if zeroed {
		clear(*buf)
	}
	return *buf
}

// intSlab returns m zero ints.
func (sc *scratch) intSlab(m int) []int { return slab(&sc.ints, m, true) }

// boolSlab returns m false values.
func (sc *scratch) boolSlab(m int) []bool { return slab(&sc.bools, m, true) }

// strSlab returns m empty strings (new ones when sc is nil).
func (sc *scratch) strSlab(m int) []string {
	if sc == nil {
		return make([]string, m)
	}
	return slab(&sc.strs, m, true)
}

// floatSlab returns m floats of any value (new ones when sc is nil).
func (sc *scratch) floatSlab(m int) []float64 {
	if sc == nil {
		return make([]float64, m)
	}
	return slab(&sc.floats, m, false)
}

// int32Slab returns m int32s of any value (new ones when sc is nil).
func (sc *scratch) int32Slab(m int) []int32 {
	if sc == nil {
		return make([]int32, m)
	}
	return slab(&sc.int32s, m, false)
}

// release hands a's working arrays back for the next analysis; a must not
// be used after it.
func (a *analysis) release() {
	sc := a.sc
	if sc == nil {
		return
	}
	a.sc = nil
	// The quotes were copied out (Attribute); drop what they point to.
	clear(a.quotes[:cap(a.quotes)])
	clear(a.cands[:cap(a.cands)])
	sc.quotes, sc.cands = a.quotes[:0], a.cands[:0]
	sc.fbuf = a.fbuf
	sc.fbuf.reset()
	scratchPool.Put(sc)
}

// maxDepth bounds a walk up the tree, so that a malformed parse with a
// cycle costs little.
const maxDepth = 64

// kids returns the dependents of token t.
func (a *analysis) kids(t int) []int { return a.kidList[a.kidStart[t]:a.kidStart[t+1]] }

// quote marks, as the byte sequences that spell them.
const (
	openCurly  = "\u201c"
	closeCurly = "\u201d"
)

// markAt tells whether a quotation mark of the given style starts at byte
// i: +1 an opening mark, -1 a closing one, 2 a mark that opens or closes
// by context, 0 none; and its length. Curly marks have a shape; straight
// ones (" and the two apostrophes ” some papers use) do not.
func markAt(text string, i int, curly bool) (int, int) {
	c := text[i]
	if curly {
		if c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C:
				return 1, 3
			case 0x9D:
				return -1, 3
			}
		}
		return 0, 1
	}
	switch {
	case c == '"':
		return 2, 1
	case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x9D:
		// A closing curly mark after a straight opening one ("…,” he said).
		return -1, 3
	case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
		return 2, 2
	case c == '`' && i+1 < len(text) && text[i+1] == '`':
		return 1, 2
	}
	return 0, 1
}

// findRegions pairs quotation marks paragraph by paragraph, curly marks
// first and then straight ones outside them. A quotation still open at the
// end of its paragraph continues when the next paragraph begins with an
// opening mark (the newswire convention for a quote running over several
// paragraphs); otherwise it ends with its paragraph.
func (a *analysis) findRegions() {
	a.findStyle(true)
	curly := len(a.regions)
	a.findStyle(false)
	if len(a.regions) > curly {
		// Straight quotations that cross a curly one are stray marks.
		kept := a.regions[:curly]
		for _, r := range a.regions[curly:] {
			ok := true
			for _, c := range a.regions[:curly] {
				if r.start < c.end && c.start < r.end {
					ok = false
					break
				}
			}
			if ok {
				kept = append(kept, r)
			}
		}
		a.regions = kept
		sort.Slice(a.regions, func(i, j int) bool { return a.regions[i].start < a.regions[j].start })
	}
}

// findStyle pairs the quotation marks of one style.
func (a *analysis) findStyle(curly bool) {
	text := a.d.Text
	paras := a.d.Paragraphs
	if len(paras) == 0 {
		paras = []doc.Paragraph{{Start: 0, End: len(text)}}
	}
	open := -1 // byte offset of the open quotation's mark
	for pi, p := range paras {
		i := p.Start
		if open >= 0 {
			// A quotation carried over continues only when this paragraph
			// opens with a quotation mark, which is then skipped.
			k := firstNonSpace(text, p.Start, p.End)
			if m, n := markAt(text, k, curly); k < p.End && m > 0 {
				i = k + n
			} else {
				a.addRegion(open, paras[pi-1].End)
				open = -1
			}
		}
		for i < p.End {
			if c := text[i]; c != '"' && c != '\'' && c != '`' && c != 0xE2 {
				// No mark starts here (markAt gives 0, 1 in either style).
				i++
				continue
			}
			m, n := markAt(text, i, curly)
			if m == 1 && open >= 0 && CurlyShape && curly && i > p.Start && !isSpace(text[i-1]) && (i+n >= p.End || isSpace(text[i+n])) {
				// “Not yet,“ he said: an opening mark glued to the word
				// before it and followed by a space closes the quotation.
				m = -1
			}
			if m == 0 && curly && MixedMarks && text[i] == '"' {
				m = a.mixedMark(i, p, open >= 0)
			}
			if m == -1 && open < 0 && CurlyOpen && curly && (i == p.Start || isSpace(text[i-1])) && i+n < p.End && !isSpace(text[i+n]) {
				// ”The port is ours.” with nothing open: a closing mark
				// that opens a word opens the quotation (sixteenth round).
				m = 1
			}
			switch {
			case m == 1 || (m == 2 && open < 0):
				if open < 0 {
					open = i
				}
			case m == -1 || m == 2:
				if open >= 0 {
					a.addRegion(open, i+n)
					open = -1
				}
			}
			i += n
		}
	}
	if open >= 0 {
		a.addRegion(open, paras[len(paras)-1].End)
	}
}

// CurlyShape lets a curly opening mark that ends a word (“Not yet,“ he
// said) close an open quotation: the shape is a typing slip, the place is
// not. Chosen by cross-validation on PolNeAR train (docs/QUOTES.md).
var CurlyShape = true

func firstNonSpace(text string, s, e int) int {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\n' || text[s] == '\r') {
		s++
	}
	return s
}

// tokenRange returns the tokens [t0, t1) that overlap the bytes [start, end)
// (t1 == t0 when none does).
func tokenRange(toks []doc.Token, start, end int) (t0, t1 int) {
	t0 = sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	t1 = t0
	for t1 < len(toks) && toks[t1].Start < end {
		t1++
	}
	return t0, t1
}

// addRegion records the quotation [start, end) with its tokens.
func (a *analysis) addRegion(start, end int) {
	for end > start && isSpace(a.d.Text[end-1]) {
		end--
	}
	t0, t1 := tokenRange(a.d.Tokens, start, end)
	if t1 <= t0 {
		return
	}
	a.regions = append(a.regions, region{start: start, end: end, t0: t0, t1: t1})
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// words counts the tokens of [t0, t1) that are not punctuation.
func (a *analysis) words(t0, t1 int) int {
	n := 0
	for t := t0; t < t1; t++ {
		if a.d.Tokens[t].UPOS != "PUNCT" {
			n++
		}
	}
	return n
}

// subtree returns the token range [lo, hi] covered by t and its dependents.
func (a *analysis) subtree(t int) (lo, hi int) { return a.lo[t], a.hi[t] }

// subtreeExcept is subtree(t) without the dependents in skip.
func (a *analysis) subtreeExcept(t int, skip func(k int) bool) (lo, hi int) {
	lo, hi = t, t
	for _, k := range a.kids(t) {
		if skip(k) {
			continue
		}
		if a.lo[k] < lo {
			lo = a.lo[k]
		}
		if a.hi[k] > hi {
			hi = a.hi[k]
		}
	}
	return lo, hi
}

// span returns the text span of tokens [lo, hi], trimmed of punctuation at
// either end.
func (a *analysis) span(lo, hi int) *doc.Span {
	toks := a.d.Tokens
	for lo < hi && toks[lo].UPOS == "PUNCT" && a.inRegion[lo] < 0 {
		lo++
	}
	for hi > lo && toks[hi].UPOS == "PUNCT" && a.inRegion[hi] < 0 && !a.closesBracket(lo, hi) {
		hi--
	}
	s := a.d.SpanOf(toks[lo].Start, toks[hi].End)
	return &s
}

// closesBracket reports whether token hi is a ")" whose "(" is in [lo, hi).
func (a *analysis) closesBracket(lo, hi int) bool {
	if a.text(hi) != ")" {
		return false
	}
	for t := lo; t < hi; t++ {
		if a.text(t) == "(" {
			return true
		}
	}
	return false
}

// tokenSpan is the span of one token.
func (a *analysis) tokenSpan(t int) *doc.Span {
	s := a.d.SpanOf(a.d.Tokens[t].Start, a.d.Tokens[t].End)
	return &s
}

// child returns the first dependent of t whose relation starts with rel, or -1.
func (a *analysis) child(t int, rels ...string) int {
	for _, k := range a.kids(t) {
		d := a.d.Tokens[k].Deprel
		for _, r := range rels {
			if relIs(d, r) {
				return k
			}
		}
	}
	return -1
}

// relIs reports whether relation d is rel or a subtype of it ("nsubj" or
// "nsubj:pass" for "nsubj"), as d == rel || HasPrefix(d, rel+":") without
// building rel+":".
func relIs(d, rel string) bool {
	return d == rel || len(d) > len(rel) && d[len(rel)] == ':' && d[:len(rel)] == rel
}

// nearest returns the dependent of t nearest to it whose relation is rel
// or a subtype of it, or -1.
func (a *analysis) nearest(t int, rel string) int { return a.nearestWhere(t, rel, nil) }

// nearestWhere is nearest among the dependents skip does not refuse.
func (a *analysis) nearestWhere(t int, rel string, skip func(k int) bool) int {
	best := -1
	for _, k := range a.kids(t) {
		r := a.d.Tokens[k].Deprel
		if !relIs(r, rel) || skip != nil && skip(k) {
			continue
		}
		if best < 0 || abs(k-t) < abs(best-t) {
			best = k
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cueSpan is the cue verb with its particle ("point out").
func (a *analysis) cueSpan(v int) *doc.Span {
	lo, hi := v, v
	if p := a.child(v, "compound"); p > v && p <= v+2 && a.d.Tokens[p].Deprel == "compound:prt" {
		hi = p
	}
	s := a.d.SpanOf(a.d.Tokens[lo].Start, a.d.Tokens[hi].End)
	return &s
}

// source returns the subject of cue v as a span, looking through a
// participle or conjoined verb to its governor's subject ("…, saying …").
// A relative pronoun stands for the noun its clause modifies ("officials
// who said …"); the subject of a passive cue is not its source, the "by"
// agent is ("he was accused by a reporter"). When the parse gives no
// subject, the nearest person or organisation named before the cue in its
// clause is taken ("Khan, the father of a soldier, decried …").
func (a *analysis) source(v int) *doc.Span {
	toks := a.d.Tokens
	cue := v
	if Evidential && evidential[toks[v].Lemma] && !a.seemsSpeech(v) {
		// "Trump appears to have learned …": the writer's inference,
		// nobody's words.
		return nil
	}
	if Experiencer && (psychVerbs[toks[v].Lemma] || a.feelingPassive(v)) {
		// "The ruling alarmed her supporters": the ones alarmed hold
		// the view.
		if o := a.child(v, "obj"); o >= 0 && o > v {
			lo, hi := a.subtreeExcept(o, func(k int) bool { return attachedClause(toks[k].Deprel) })
			return a.span(lo, hi)
		}
		if s := a.child(v, "nsubj:pass"); ExperiencerPassive && s >= 0 && s < v && a.inRegion[s] < 0 {
			// "it was alarmed by the sentence": the one alarmed, not
			// what alarmed it.
			lo, hi := a.subtreeExcept(s, func(k int) bool { return attachedClause(toks[k].Deprel) })
			return a.span(lo, hi)
		}
	}
	if a.hearsayCue(v) {
		return nil // "concerned by reports that ..." (everyday20.go)
	}
	capHi := -1
	for hop := 0; hop < 3 && v >= 0; hop++ {
		s := a.asideSubject(v, a.subject(v)) // "X, who met Y, said" (everyday20.go)
		s = a.conjSubject(v, s)              // "X thanked A's B ... and said" (everyday23.go)
		s = a.whichConjunct(v, s)            // "X rejected Y, which ..., and called" (everyday23.go)
		if s < 0 {
			s = a.placeAdverb(v) // "Moscow | responded" (everyday22.go)
		}
		s = a.whoseAside(v, cue, s) // "X, whose ... Y accused, said" (everyday22.go)
		if s >= 0 && SourceRules && a.inRegion[s] >= 0 && a.inRegion[cue] < 0 {
			// A subject inside a quotation is a misparse of “…,” X said.
			s = -1
		}
		if s >= 0 && SourceRules && toks[s].Deprel == "nsubj:pass" && v == cue {
			if ag := a.agent(v); ag >= 0 {
				s = ag
			} else if PassiveNil {
				return nil
			}
		}
		if s >= 0 && v != cue && RelativeAside && a.relativeSubject(s) {
			// "Wanjiru, who is running again, praised …" with the cue
			// parsed as a conjunct of the relative clause's verb: the
			// noun the clause modifies.
			if h := a.asideHead(v, cue); h >= 0 {
				s = h
				// The noun phrase ends where its clause begins.
				if lo, _ := a.subtree(v); lo > h {
					capHi = lo - 1
				}
			}
		}
		if s >= 0 && v != cue && capHi < 0 {
			// "Pence, who is running again, praised …" with the
			// clause not parsed as a relative clause (eleventh round).
			if sp := a.relativeCommaSpan(s, v, cue); sp != nil {
				return sp
			}
		}
		if s >= 0 && SourceRules && (!RelativeKeep && relativePronoun(toks[s]) || a.thingRelative(s)) {
			// "programs that allow …": the relative clause's noun.
			if h := a.relclHead(v); h >= 0 {
				s = h
			}
		}
		if s >= 0 {
			lo, hi := a.subtreeExcept(s, func(k int) bool {
				switch rel := toks[k].Deprel; {
				case attachedClause(rel):
					return (rel != "appos" || SourceRules) && !a.nameAppos(s, k)
				case rel == "case":
					return SourceNoCase && k < s
				case rel == "cc":
					// "…, and Abiy praised …" with "and" hung on
					// the subject (SourceCC, everyday26.go).
					return SourceCC && a.leadingCC(s, k)
				case rel == "punct" && SourceCCComma && k < s && a.lo[s] == k:
					return true // the comma before that "and"
				}
				return false
			})
			if hi >= cue && s < cue && SourceRules {
				hi = cue - 1
			}
			lo, hi = a.tidySource(s, lo, hi)
			lo = a.sourceAfterQuote(s, lo) // round34.go
			hi = a.relativeCut(s, lo, hi)
			if capHi >= 0 && hi > capHi {
				hi = capHi
			}
			return a.span(lo, hi)
		}
		if v == cue && SourceAround {
			if sp := a.sourceAround(v); sp != nil {
				return sp
			}
		}
		switch rel := a.d.Tokens[v].Deprel; {
		case rel == "acl" && a.aclFinite(v):
			// "a former staffer announced plans …" with the verb hung
			// on the noun (eleventh round).
			return a.span(a.phraseBefore(toks[v].Head, v))
		case SourceAround && AroundAcl && rel == "acl" && toks[v].Head >= 0 && a.speakerNoun(toks[v].Head):
			// "a gunman claiming allegiance to …", "voters hoping to
			// …": the noun the participle modifies holds the view.
			// v is an acl: left out, and with AclCap all after it
			// ("Police found the cash when they froze …" with
			// "froze" hung on "Police").
			if h := toks[v].Head; AclCap && h < v {
				return a.span(a.phraseBefore(h, v))
			}
			return a.nounPhrase(toks[v].Head)
		case SourceAround && AroundClimb && toks[v].Head >= 0 && (rel == "parataxis" || (rel == "ccomp" || rel == "csubj") && toks[v].XPOS == "VBG"):
			// "…, Trump said, adding that …" parsed as parataxis or a
			// complement: the governor's subject.
			v = toks[v].Head
		case rel == "advcl" || rel == "xcomp" || rel == "conj" || strings.HasPrefix(rel, "advcl:") || rel == "acl":
			if rel == "xcomp" && v == cue {
				if o := a.controller(v); o >= 0 {
					// "The debate led Republicans to say …": the
					// object says it (eleventh round).
					return a.nounPhrase(o)
				}
			}
			v = a.d.Tokens[v].Head
			if AroundUp && v >= 0 && toks[cue].XPOS == "VBG" && cue > 0 && a.text(cue-1) == "," && toks[v].Deprel == "ccomp" {
				// "X said that Y was not to blame, noting that …" with
				// the participle hung on the reported clause: the
				// reporting verb's subject.
				if h := toks[v].Head; a.reportingVerb(h) {
					v = h
				}
			} else if UpFar && v >= 0 && toks[cue].XPOS == "VBG" && cue > 0 && a.text(cue-1) == "," && a.subject(v) < 0 {
				// the same, hung deeper in the reported clause
				// (thirteenth round)
				if h := a.upToReporter(v, cue); h >= 0 {
					v = h
				}
			} else if r := a.conjReporter(v, cue, rel); r >= 0 {
				// "He said he would … and called …" (fourteenth round)
				v = r
			}
			if SourceThroughNoun && rel == "acl" && v >= 0 && a.nearest(v, "nsubj") < 0 {
				// "issued a statement describing …", "used the remarks to
				// urge …": the noun's governing verb holds the subject.
				switch r := toks[v].Deprel; r {
				case "obj", "obl", "iobj", "nmod":
					if h := toks[v].Head; h >= 0 && a.isVerb(h) {
						v = h
					}
				}
			}
		default:
			return a.lastSource(cue)
		}
	}
	return a.lastSource(cue)
}

// AncestorSubject lets a cue whose source the rules above did not find
// take the subject of its nearest verb ancestor in the sentence, when that
// subject stands before the cue outside quotation marks and is not a
// relative pronoun or a time ("Otieno spoke at the rally in Kisumu,
// urging …" with the participle hung on a noun: Otieno). Eighth round.
var AncestorSubject = true

// AncestorSpeaker limits AncestorSubject to subjects that name someone (a
// person, organisation, group, title or personal pronoun).
var AncestorSpeaker = true

// lastResort returns leftNamed's source, or with AncestorSubject the
// subject of the nearest verb ancestor of cue that has one before it.
func (a *analysis) lastResort(cue int) *doc.Span {
	if sp := a.leftNamed(cue); sp != nil || !AncestorSubject {
		return sp
	}
	toks := a.d.Tokens
	sent := toks[cue].Sentence
	v := toks[cue].Head
	for hop := 0; hop < 8 && v >= 0 && toks[v].Sentence == sent; hop++ {
		switch toks[v].Deprel {
		case "ccomp", "csubj":
			// Reported or subject clauses hold someone else's words.
			return nil
		}
		if a.isVerb(v) || toks[v].UPOS == "AUX" || toks[v].UPOS == "ADJ" {
			if s := a.subject(v); s >= 0 {
				if s >= cue || a.inRegion[s] >= 0 || a.relativeSubject(s) || toks[s].Deprel == "nsubj:pass" {
					return nil
				}
				if AncestorSpeaker {
					switch a.speakerKind(s) {
					case "PER", "ORG", "NORP", "title", "ppron":
					default:
						return nil
					}
				}
				lo, hi := a.subjectTokens(s)
				if hi >= cue {
					hi = cue - 1
				}
				return a.span(lo, hi)
			}
		}
		if strings.HasPrefix(toks[v].Deprel, "acl") {
			return nil
		}
		v = toks[v].Head
	}
	return nil
}

// SubjectNotTime skips a subject that is a time ("Odinga later Thursday
// told …" with the time parsed as the subject): a time says nothing.
// Eighth round, chosen by cross-validation on PolNeAR train
// (docs/QUOTES.md).
var SubjectNotTime = true

// RelativeAside takes the noun a non-restrictive relative clause modifies
// as the source of a cue the parser hung inside that clause ("Wanjiru, who
// is running again, praised the governor": Wanjiru, not "who"). Eighth
// round.
var RelativeAside = true

// subject returns the subject of v nearest to it, skipping (with
// SubjectNotTime) a time or an adverb parsed as a subject, or -1.
func (a *analysis) subject(v int) int {
	if !SubjectNotTime {
		return a.nearest(v, "nsubj")
	}
	return a.nearestWhere(v, "nsubj", func(k int) bool {
		// a time or adverb parsed as the subject ("Thursday said")
		u := a.d.Tokens[k].UPOS
		return u == "ADV" || u != "PRON" && a.temporal(k) && !a.namesSpeaker(k)
	})
}

// namesSpeaker reports whether token k is part of a person, organisation,
// group or place name, or a title.
func (a *analysis) namesSpeaker(k int) bool {
	switch a.speakerKind(k) {
	case "PER", "ORG", "NORP", "GPE", "title":
		return true
	}
	return false
}

// relativeSubject reports whether subject s is a relative pronoun or a noun
// phrase with "whose" ("whose budget").
func (a *analysis) relativeSubject(s int) bool {
	if relativePronoun(a.d.Tokens[s]) {
		return true
	}
	for _, k := range a.kids(s) {
		if strings.EqualFold(a.text(k), "whose") {
			return true
		}
	}
	return false
}

// asideHead returns the noun that a non-restrictive relative clause
// headed by verb v modifies ("Wanjiru, who …,"), when cue (a dependent of v
// reached by climbing) stands after a comma that closes the clause and
// is not joined to it by a conjunction; otherwise -1.
func (a *analysis) asideHead(v, cue int) int {
	toks := a.d.Tokens
	if !strings.HasPrefix(toks[v].Deprel, "acl") {
		return -1
	}
	h := toks[v].Head
	if h < 0 || !nominal(toks[h].UPOS) {
		return -1
	}
	lo, _ := a.subtree(v)
	if a.text(lo) != "," && (lo < 1 || a.text(lo-1) != ",") {
		// The opening comma of a non-restrictive clause, inside or
		// just before its subtree.
		return -1
	}
	if a.child(cue, "cc") >= 0 {
		return -1
	}
	// The comma that closes the clause: before the cue, after only
	// adverbs.
	c := cue - 1
	for c > lo && toks[c].UPOS == "ADV" {
		c--
	}
	if a.text(c) != "," {
		return -1
	}
	return h
}

// SourceAround finds the source of a cue without a subject where the parse
// does not put it: a "by" agent of a cue without a passive subject ("Asked
// by a reporter whether …"), the noun a participle modifies when it names
// a speaker ("a gunman claiming allegiance"), and the governor's subject
// through parataxis or, for a participle, a complement. Chosen by
// cross-validation on PolNeAR train (docs/QUOTES.md), which also rejected
// two further parts kept switchable but off: the subject of the main
// clause after a fronted participle ("Noting that …, Trump reminded …",
// AroundFront) and the noun phrase after an inverted speech verb that the
// parser made its object (AroundInverted).
var SourceAround = true

// The parts of SourceAround, each switchable for cross-validation.
var (
	AroundAgent, AroundFront, AroundInverted, AroundAcl, AroundClimb = true, false, false, true, true
	// AroundUp: a participle after a comma hung on a reported clause
	// takes the reporting verb's subject.
	AroundUp = true
)

// sourceAround returns the source of subjectless cue v found by
// SourceAround's agent, fronted-participle and inverted-object rules, or
// nil.
func (a *analysis) sourceAround(v int) *doc.Span {
	toks := a.d.Tokens
	np := a.nounPhrase
	if ag := a.agent(v); ag >= 0 && AroundAgent {
		return np(ag)
	}
	s := a.sentenceOf(v)
	// A fronted participle: only prepositions, subordinators or adverbs
	// before it ("After saying …,", "In declaring …,").
	front := AroundFront && (toks[v].XPOS == "VBG" || toks[v].XPOS == "VBN")
	for t := s.TokenStart; t < v && front; t++ {
		switch toks[t].UPOS {
		case "ADP", "SCONJ", "ADV", "AUX", "PART":
		default:
			front = false
		}
	}
	if front && AroundFront && v-s.TokenStart <= 3 {
		comma := -1
		for t := v + 1; t < s.TokenEnd && t < v+60; t++ {
			if a.inRegion[t] < 0 && a.text(t) == "," {
				comma = t
				break
			}
		}
		if comma > 0 {
			for t := comma + 1; t < s.TokenEnd && t < comma+12; t++ {
				if a.inRegion[t] >= 0 {
					break
				}
				if rel := toks[t].Deprel; (rel == "nsubj" || rel == "nsubj:pass") && toks[t].Head > comma {
					return np(t)
				}
			}
		}
	}
	// "…, said the company's chief executive" with the speaker parsed
	// as the cue's object: a speech verb after a comma or quotation.
	if AroundInverted && cues[toks[v].Lemma]&speech != 0 && v > s.TokenStart && v+1 < s.TokenEnd && (a.text(v-1) == "," || a.inRegion[v-1] >= 0) {
		for _, k := range a.kids(v) {
			if k <= v || k > v+3 {
				continue
			}
			switch toks[k].Deprel {
			case "obj", "obl", "iobj", "nsubj:pass":
			default:
				continue
			}
			if a.child(k, "case") >= 0 {
				continue
			}
			switch a.speakerKind(k) {
			case "PER", "ORG", "NORP", "title":
				return np(k)
			}
		}
	}
	return nil
}

// speakerNoun reports whether token h names someone who may hold a view:
// a person, organisation or group, a title, or a noun that is a subject.
func (a *analysis) speakerNoun(h int) bool {
	switch a.speakerKind(h) {
	case "PER", "ORG", "NORP", "title", "ppron":
		return true
	}
	rel := a.d.Tokens[h].Deprel
	return a.d.Tokens[h].UPOS == "NOUN" && (rel == "nsubj" || rel == "nsubj:pass")
}

// Evidential leaves the verbs of seeming without a source: PolNeAR marks
// "seems" and "appeared" as cues of the writer's own inference, with a
// source in 4 of 166 cases in train.
var Evidential = true

var evidential = map[string]bool{"seem": true, "appear": true}

// Experiencer takes the object of a verb of feeling as the source: what
// "alarmed her supporters" reports is the supporters' alarm.
var Experiencer = true

var psychVerbs = map[string]bool{
	"alarm": true, "startle": true, "unsettle": true, "worry": true, "concern": true, "anger": true,
	"frustrate": true, "upset": true, "mystify": true, "please": true, "surprise": true, "disappoint": true,
	"trouble": true, "bother": true, "irritate": true, "annoy": true, "delight": true, "impress": true,
	"shock": true, "stun": true, "offend": true, "outrage": true, "infuriate": true, "amaze": true,
	"scare": true, "frighten": true, "puzzle": true, "baffle": true, "dismay": true, "enrage": true,
	"rattle": true, "spook": true, "thrill": true, "excite": true,
}

// RelativeKeep keeps a relative pronoun as the source, as PolNeAR marks
// it ("officials who said …": "who"; the speaker is still resolved from
// "officials", see speakerSpan); SourceThroughNoun looks through a noun
// that a participle or infinitive cue modifies to the verb governing it
// ("issued a statement describing …"); SourceNoCase leaves a preposition
// the parser hung on the subject out of the source. Chosen by
// cross-validation on PolNeAR train (docs/QUOTES.md).
var (
	RelativeKeep      = true
	SourceThroughNoun = true
	SourceNoCase      = true
)

// SourceRules, PassiveNil and LeftNamed switch the source rules above
// (chosen on PolNeAR train by cross-validation).
var (
	SourceRules = true
	PassiveNil  = true
	LeftNamed   = true
)

// relativePronoun reports whether t is who, that or which used as a
// pronoun.
func relativePronoun(t doc.Token) bool {
	if t.UPOS != "PRON" {
		return false
	}
	switch strings.ToLower(t.Lemma) {
	case "who", "that", "which":
		return true
	}
	return false
}

// speakerSpan is the mention that names the speaker of source src: src
// itself, or for a relative pronoun the noun its clause modifies ("union
// leaders who said …": "union leaders").
func (a *analysis) speakerSpan(src doc.Span) doc.Span {
	toks := a.d.Tokens
	t0, t1 := tokenRange(toks, src.Start, src.End)
	if t1 != t0+1 || !relativePronoun(toks[t0]) || toks[t0].Head < 0 {
		return src
	}
	h := a.relclHead(toks[t0].Head)
	if h < 0 {
		// The parser did not make it a relative clause ("Amina Juma, who
		// said …" as parataxis): the noun phrase just before the pronoun.
		p := t0 - 1
		if p >= 0 && a.text(p) == "," {
			p--
		}
		if p < 0 || (toks[p].UPOS != "PROPN" && toks[p].UPOS != "NOUN") {
			return src
		}
		lo := p
		for lo > 0 && toks[lo-1].Sentence == toks[p].Sentence && (toks[lo-1].UPOS == "PROPN" || toks[lo-1].UPOS == "NOUN") {
			lo--
		}
		return *a.span(lo, p)
	}
	return *a.nounPhrase(h)
}

// nounPhrase is the span of the noun phrase headed by h, without its
// preposition and the clauses and appositions attached to it.
func (a *analysis) nounPhrase(h int) *doc.Span {
	toks := a.d.Tokens
	lo, hi := a.subtreeExcept(h, func(k int) bool {
		rel := toks[k].Deprel
		return attachedClause(rel) || rel == "case"
	})
	return a.span(lo, hi)
}

// attachedClause reports whether a dependent with relation rel is a clause
// or apposition attached to a noun, which a source or speaker span leaves
// out ("officials, who said …", "Juma, the minister").
func attachedClause(rel string) bool {
	switch rel {
	case "acl:relcl", "acl", "parataxis", "appos":
		return true
	}
	return false
}

// relclHead returns the noun modified by the relative clause holding v, or -1.
func (a *analysis) relclHead(v int) int {
	for hop := 0; hop < 3 && v >= 0; hop++ {
		if strings.HasPrefix(a.d.Tokens[v].Deprel, "acl") {
			h := a.d.Tokens[v].Head
			if h >= 0 && nominal(a.d.Tokens[h].UPOS) {
				return h
			}
			return -1
		}
		v = a.d.Tokens[v].Head
	}
	return -1
}

// agent returns the "by" phrase of passive verb v, or -1.
func (a *analysis) agent(v int) int {
	for _, k := range a.kids(v) {
		if rel := a.d.Tokens[k].Deprel; rel == "obl:agent" || rel == "obl" {
			if c := a.child(k, "case"); c >= 0 && strings.EqualFold(a.text(c), "by") {
				return k
			}
		}
	}
	return -1
}

// leftNamed returns the nearest person or organisation entity, or personal
// pronoun, before cue v in its clause (up to a verb, a conjunction
// introducing a clause or a quotation), or nil.
func (a *analysis) leftNamed(v int) *doc.Span {
	if !LeftNamed {
		return nil
	}
	toks := a.d.Tokens
	start := a.sentenceOf(v).TokenStart
	tagged := false
	for t := v - 1; t >= start && t >= v-16; t-- {
		if a.inRegion[t] >= 0 {
			return nil
		}
		switch toks[t].UPOS {
		case "VERB", "SCONJ":
			return nil
		case "AUX":
			if t != v-1 && !(t == v-2 && toks[v-1].UPOS == "ADV") {
				return nil
			}
		case "PUNCT":
			if tx := a.text(t); tx == ")" && PartyTag {
				if p := a.tagOpen(t, start); p >= 0 {
					// "Sen. Amina Juma (D-Ohio) called on …": step over
					// the tag to the name.
					t = p
					tagged = true
					continue
				}
			}
			if tx := a.text(t); tx == ";" || tx == ":" || tx == "(" || tx == ")" {
				return nil
			}
		case "PRON":
			if personPronouns[strings.ToLower(a.text(t))] && (t == v-1 || toks[t].Head == v) {
				return a.tokenSpan(t)
			}
		}
		if k := a.speakerKind(t); k == "PER" || k == "ORG" {
			lo, hi := t, t
			for lo > start && a.entType[lo-1] == k && toks[lo-1].UPOS == "PROPN" {
				lo--
			}
			for hi+1 < v && a.entType[hi+1] == k && toks[hi+1].UPOS == "PROPN" {
				hi++
			}
			if tagged && a.taggedInside(lo, start) {
				return nil
			}
			return a.span(lo, hi)
		}
	}
	return nil
}

// sentenceOf returns the sentence index of token t.
func (a *analysis) sentenceOf(t int) doc.Sentence { return a.d.Sentences[a.d.Tokens[t].Sentence] }

// mark records a quote and marks its content tokens as covered.
func (a *analysis) add(q doc.Quote) {
	t0, t1 := tokenRange(a.d.Tokens, q.Content.Start, q.Content.End)
	for t := t0; t < t1; t++ {
		a.covered[t] = true
	}
	if q.Cue != nil {
		t0, t1 := tokenRange(a.d.Tokens, q.Cue.Start, q.Cue.End)
		for t := t0; t < t1; t++ {
			a.cueUsed[t] = true
		}
	}
	a.quotes = append(a.quotes, q)
}
