package quote

import (
	_ "embed"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/doc"
)

// The learned cue detector: an averaged perceptron over features of a verb,
// noun or adjective and its place in the parse (lemma, form, relation,
// head, neighbouring words, the relations of its dependents, what its
// subject or possessor names, its auxiliaries, quotation marks around it,
// its cue rates in cues.tsv) that decides whether the word is an
// attribution cue. It is trained on PolNeAR train (TrainCueModel; `dyad
// train quotes`) and works with the rules: a verb the rule lexicon does not
// take as a cue is treated as one when the model scores it above
// CueThreshold, and the rules then attach its content and source through
// the parse as for any cue; a word left without content that scores above
// CueFallback gets its right dependents as content; a verb of the derived
// cue table scoring below CueVeto is dropped.

//go:embed cuemodel.tsv
var cueModelTSV string

// CueThreshold is the score above which the learned detector takes a verb
// outside the rule lexicon as a cue. The detector is on by default, at
// settings chosen by five-fold cross-validation on PolNeAR train and read
// against wire news (bench-news; docs/QUOTES.md): UseLearnedCues(false)
// leaves the rules alone.
var CueThreshold = ChosenCueThreshold

// The detector's settings, used by default and by UseLearnedCues(true).
// Cross-validation on PolNeAR train (TestQuotesCV in eval) scores cues
// best at 0 / 0; 5 / 5 gives up some of that for fewer non-attributions
// on wire news (with the candidate filter of the twelfth round too: at
// 0 / 0 its additions on wire news are more often wrong than right). The
// veto was chosen by the same cross-validation.
const (
	ChosenCueThreshold = 5.0
	ChosenCueFallback  = 5.0
	ChosenCueVeto      = -12.0
	ChosenCueNested    = 12.0
)

// UseLearnedCues switches the learned cue detector on (at the chosen
// settings, the default) or off (the rules alone). It changes package
// state: call it before attributing, not while Attribute runs.
func UseLearnedCues(on bool) {
	if on {
		CueThreshold, CueFallback, CueVeto, CueNested = ChosenCueThreshold, ChosenCueFallback, ChosenCueVeto, ChosenCueNested
		CandidateFilter, FilterThreshold = true, ChosenFilterThreshold
		return
	}
	CueThreshold, CueFallback, CueVeto, CueNested = CueNever, CueNever, -CueNever, CueNever
	CandidateFilter = false
}

// CueNever disables a threshold: no score reaches it.
const CueNever = 1e9

// CueFallback is the score above which a verb the rules gave no content
// (no clausal complement, object or "that" found, or no cue lemma at all)
// still makes a quote, its content the verb's dependents to its right;
// on by default, like CueThreshold.
var CueFallback = ChosenCueFallback

// CueVeto is the score below which a verb of the rule lexicon outside the
// hand list of speech verbs is not taken as an indirect cue after all
// ("hit 125.86", "defend Taiwan"); -CueNever switches it off.
var CueVeto = ChosenCueVeto

// SetCueModel replaces the learned detector's weights and returns the
// previous model; for cross-validation. Call it before attributing, not
// while Attribute runs.
func SetCueModel(m *CueModel) *CueModel {
	old := cueModel
	cueModel = m
	return old
}

// CueModel is a linear model over string features.
type CueModel struct {
	W map[string]float64

	// h holds W keyed by a 64-bit hash of each feature, built on first
	// use: looking up a hash is faster than a string.
	once sync.Once
	h    *cueTable
}

// cueTable maps feature hashes to weights: open addressing with linear
// probing in one flat array (at most half full), each cell holding its
// hash and weight side by side, so that a lookup costs one or two loads
// rather than a Go map's hashing and group probe. Absent hashes weigh 0.
type cueTable struct {
	cells []cueCell
	mask  uint64
	zero  float64 // the weight of the feature whose hash is 0, if any
}

type cueCell struct {
	h uint64 // 0: empty
	w float64
}

func newCueTable(n int) *cueTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &cueTable{cells: make([]cueCell, size), mask: uint64(size - 1)}
}

// put sets the weight of hash h.
func (t *cueTable) put(h uint64, w float64) {
	if h == 0 {
		t.zero = w
		return
	}
	i := h & t.mask
	for t.cells[i].h != 0 && t.cells[i].h != h {
		i = (i + 1) & t.mask
	}
	t.cells[i] = cueCell{h, w}
}

// get returns the weight of hash h, 0 when absent.
func (t *cueTable) get(h uint64) float64 {
	if h == 0 {
		return t.zero
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		c := &t.cells[i]
		if c.h == h {
			return c.w
		}
		if c.h == 0 {
			return 0
		}
	}
}

// hashSeed seeds the feature hashes of every model in this process.
var hashSeed = maphash.MakeSeed()

// hashed returns the weights keyed by feature hash.
func (m *CueModel) hashed() *cueTable {
	m.once.Do(func() {
		m.h = newCueTable(len(m.W))
		for k, w := range m.W {
			m.h.put(maphash.String(hashSeed, k), w)
		}
	})
	return m.h
}

var cueModel = mustLoadCueModel()

func mustLoadCueModel() *CueModel {
	m, err := ReadCueModel(strings.NewReader(cueModelTSV))
	if err != nil {
		panic("quote: cuemodel.tsv: " + err.Error())
	}
	return m
}

// ReadCueModel reads a model written by WriteTSV.
func ReadCueModel(r io.Reader) (*CueModel, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read cue model: %w", err)
	}
	m := &CueModel{W: map[string]float64{}}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return nil, fmt.Errorf("cue model line %d: no tab", n+1)
		}
		w, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			return nil, fmt.Errorf("cue model line %d: %w", n+1, err)
		}
		m.W[line[:i]] = w
	}
	return m, nil
}

// WriteTSV writes the model's weights, one feature a line, sorted.
func (m *CueModel) WriteTSV(w io.Writer, header string) error {
	keys := make([]string, 0, len(m.W))
	for k := range m.W {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if _, err := io.WriteString(w, header); err != nil {
		return fmt.Errorf("write cue model: %w", err)
	}
	for _, k := range keys {
		if _, err := fmt.Fprintf(w, "%s\t%.4g\n", k, m.W[k]); err != nil {
			return fmt.Errorf("write cue model: %w", err)
		}
	}
	return nil
}

// featBuf holds a token's features end to end in one buffer, so that
// scoring builds no strings.
type featBuf struct {
	b    []byte
	ends []int
	// touch keeps scoreBuf's early loads of the table alive.
	touch uint64
}

func (f *featBuf) reset() { f.b, f.ends = f.b[:0], f.ends[:0] }

// add appends one feature, the concatenation of parts.
func (f *featBuf) add(parts ...string) {
	for _, p := range parts {
		f.b = append(f.b, p...)
	}
	f.ends = append(f.ends, len(f.b))
}

// addLower appends one feature, prefix and then s in lower case, without
// making a string when s is ASCII.
func (f *featBuf) addLower(prefix, s string) {
	f.b = append(f.b, prefix...)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			f.b = append(f.b, strings.ToLower(s)...)
			f.ends = append(f.ends, len(f.b))
			return
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.b = append(f.b, c)
	}
	f.ends = append(f.ends, len(f.b))
}

// strings returns the features as strings.
func (f *featBuf) strings() []string {
	out := make([]string, len(f.ends))
	start := 0
	for i, e := range f.ends {
		out[i] = string(f.b[start:e])
		start = e
	}
	return out
}

// scoreBuf sums the weights of the features in f, in their order. The
// table is larger than the caches, so it works in batches: it hashes a
// batch of features and loads each one's home cell, loads that do not
// depend on each other and so overlap their cache misses, and only then
// looks the hashes up and adds the weights (the same additions in the same
// order as one lookup after another).
func (m *CueModel) scoreBuf(f *featBuf) float64 {
	t := m.hashed()
	var hs [32]uint64
	s, start := 0.0, 0
	ends := f.ends
	for len(ends) > 0 {
		batch := ends[:min(len(ends), len(hs))]
		ends = ends[len(batch):]
		var touch uint64
		for i, e := range batch {
			h := maphash.Bytes(hashSeed, f.b[start:e])
			hs[i] = h
			touch += t.cells[h&t.mask].h
			start = e
		}
		f.touch += touch
		for _, h := range hs[:len(batch)] {
			s += t.get(h)
		}
	}
	return s
}

// cueCandidate tells whether token v is one the learned detector decides:
// a verb, noun or adjective outside quotation marks.
func (a *analysis) cueCandidate(v int) bool {
	if a.inRegion[v] >= 0 {
		return false
	}
	switch a.d.Tokens[v].UPOS {
	case "VERB", "NOUN", "ADJ":
		return true
	}
	return false
}

// learnedCue reports whether the detector takes verb v as a cue.
func (a *analysis) learnedCue(v int) bool {
	if len(cueModel.W) == 0 || a.cueUsed[v] {
		return false
	}
	return a.cueScore(v) > CueThreshold
}

// cueScore is the detector's score of token v, computed once.
func (a *analysis) cueScore(v int) float64 {
	if a.scores == nil {
		a.scores = a.sc.floatSlab(len(a.d.Tokens))
		for i := range a.scores {
			a.scores[i] = math.NaN()
		}
	}
	if s := a.scores[v]; !math.IsNaN(s) {
		return s
	}
	a.fbuf.reset()
	a.cueFeatures(v, &a.fbuf)
	s := cueModel.scoreBuf(&a.fbuf)
	a.scores[v] = s
	return s
}

// rightDeps returns the tokens [lo, hi] of the dependents right of v that
// may be reported content, or -1, -1: not punctuation, conjuncts, subjects,
// auxiliaries, adverbs, a "by" agent or a time ("said Friday"); and not a
// lone addressee ("told AFP").
func (a *analysis) rightDeps(v int) (int, int) {
	toks := a.d.Tokens
	lo, hi := -1, -1
	addressee := true
	for _, k := range a.kids(v) {
		if k < v {
			continue
		}
		rel := toks[k].Deprel
		if TimeClause && (rel == "obl:tmod" || rel == "obl:npmod" || (rel == "obl" || rel == "nmod") && a.temporal(k)) && a.clauseOnAddressee(k) {
			// "said on Friday it was alarmed …" with the clause hung on
			// the time: the clause is the content.
			rel = "ccomp"
		}
		if NounRelative && (rel == "acl:relcl" || rel == "acl") && toks[v].UPOS != "VERB" && a.speaksItself(k) {
			// "talks that officials said lasted two hours": a relative
			// clause tells of the noun, it is not what the noun says.
			continue
		}
		if SpeechParticipleOut && a.speechParticiple(k) {
			// "said as much, arguing that …" (round36.go)
			continue
		}
		switch rel {
		case "punct", "cc", "conj", "parataxis", "nsubj", "nsubj:pass", "aux", "aux:pass", "compound:prt",
			"obl:tmod", "obl:npmod", "obl:unmarked", "obl:agent", "advmod", "discourse", "vocative", "dep":
			continue
		case "acl":
			if NounParticiple && toks[k].XPOS == "VBN" && toks[v].UPOS != "VERB" {
				// "a statement issued in Rome": what was done with
				// the text, not what it says.
				continue
			}
			addressee = false
		case "obl", "nmod":
			if a.temporal(k) {
				continue
			}
			if c := a.child(k, "case"); c >= 0 && strings.EqualFold(a.text(c), "by") && a.isVerb(v) {
				continue
			}
			addressee = false
		case "obj", "iobj":
			if sk := a.speakerKind(k); sk != "PER" && sk != "ORG" && sk != "ppron" || AddresseeClause && a.clauseOnAddressee(k) {
				addressee = false
			}
		default:
			addressee = false
		}
		klo, khi := a.subtree(k)
		if lo < 0 || klo < lo {
			lo = klo
		}
		if khi > hi {
			hi = khi
		}
	}
	if addressee && FallbackFilter {
		return -1, -1
	}
	return lo, hi
}

// NounParticiple keeps a past participle modifying a noun cue out of its
// fallback content ("a statement issued in Rome", "released through the
// official news agency"). Chosen on wire news, checked by cross-validation
// on PolNeAR train (docs/QUOTES.md).
var NounParticiple = true

// FallbackFilter drops a fallback content that names only the addressee.
var FallbackFilter = true

// temporal reports whether token k lies in a temporal expression.
func (a *analysis) temporal(k int) bool {
	if a.inTimex == nil {
		toks := a.d.Tokens
		a.inTimex = make([]bool, len(toks))
		for _, x := range a.d.Timexes {
			t0, t1 := tokenRange(toks, x.Start, x.End)
			for t := t0; t < t1; t++ {
				a.inTimex[t] = true
			}
		}
	}
	return a.inTimex[k]
}

// rightSpan returns the tokens [lo, hi] the subtrees of v's dependents right
// of v cover, counting only dependents whose relation keep accepts, or -1,
// -1 when there are none.
func (a *analysis) rightSpan(v int, keep func(deprel string) bool) (int, int) {
	lo, hi := -1, -1
	for _, k := range a.kids(v) {
		if k < v || !keep(a.d.Tokens[k].Deprel) {
			continue
		}
		klo, khi := a.subtree(k)
		if lo < 0 || klo < lo {
			lo = klo
		}
		if khi > hi {
			hi = khi
		}
	}
	return lo, hi
}

// fallback proposes tokens [lo, hi], right of cue v, as its content.
func (a *analysis) fallback(v, lo, hi int) {
	src := a.source(v)
	if sp, clo, chi, ok := a.holderSwap(v); ok {
		// "won the backing of the union": the union's, of the winner
		// (fourteenth round).
		src, lo, hi = sp, clo, chi
	} else if sp := a.ownerSubject(v, src); sp != nil {
		src = sp
	}
	if p := a.child(v, "nmod:poss"); src == nil && p >= 0 && p < v {
		// "his support for …": the possessor holds the view.
		src = a.tokenSpan(p)
	}
	a.cands = append(a.cands, candidate{v: v, lo: lo, hi: hi, cue: a.cueSpan(v), src: src, fb: true})
}

// CueNested is the score above which a cue inside another quote's content
// (reported speech within reported speech: "he said she opposes …", "…,
// arguing that …") still makes a quote of its own, whether the rules or the
// detector's fallback proposed it. Chosen by cross-validation on PolNeAR
// train (docs/QUOTES.md); UseLearnedCues(false) switches it off.
var CueNested = ChosenCueNested

// bucket turns a rate into a coarse feature value.
func bucket(r float64) string {
	switch {
	case r <= 0:
		return "0"
	case r < 0.1:
		return "1"
	case r < 0.2:
		return "2"
	case r < 0.4:
		return "4"
	case r < 0.6:
		return "6"
	case r < 0.8:
		return "8"
	}
	return "9"
}

// cueFeatures adds the features of token v to f.
func (a *analysis) cueFeatures(v int, f *featBuf) {
	toks := a.d.Tokens
	t := toks[v]
	lemma := t.Lemma
	f.add("b")
	f.add("u=", t.UPOS)
	f.add("ul=", t.UPOS, lemma)
	f.add("l=", lemma)
	f.addLower("w=", a.text(v))
	f.add("d=", t.Deprel)
	f.add("ld=", lemma, "|", t.Deprel)
	if ClusterFeatures {
		a.clusterFeatures(v, f)
	}
	if t.Head >= 0 {
		h := toks[t.Head]
		f.add("hl=", h.Lemma)
		if HeadPairFeatures {
			f.add("hd=", t.Deprel, "|", h.Deprel)
			f.add("uhd=", t.UPOS, "|", h.Lemma, "|", t.Deprel)
		}
		f.add("hu=", h.UPOS, "|", t.Deprel)
		f.add("lhl=", lemma, "|", h.Lemma)
		if h.UPOS == "VERB" && clauseCue(h.Lemma) {
			// under another cue: reported speech within reported speech.
			f.add("hcue|", t.Deprel)
		}
	} else {
		f.add("root")
	}
	// The words on either side.
	s := a.sentenceOf(v)
	if v > s.TokenStart {
		p := toks[v-1]
		f.addLower("p1=", a.text(v-1))
		f.add("lp1=", lemma, "|", p.Lemma)
	} else {
		f.add("p1=<s>")
	}
	if v+1 < s.TokenEnd {
		n := toks[v+1]
		f.addLower("n1=", a.text(v+1))
		f.add("ln1=", lemma, "|", n.Lemma)
		f.add("nu1=", n.UPOS)
	} else {
		f.add("n1=</s>")
	}

	// One look-up of the lemma's rates serves clauseCue, objectCue and
	// directOK (the same tests on the same entry).
	r, known := rates[lemma]
	if known {
		f.add("cr=", bucket(r.clause))
		f.add("or=", bucket(r.object))
	} else {
		f.add("unk")
	}
	if r.clause >= ClauseRate {
		f.add("rc")
	}
	if r.object >= ObjectRate {
		f.add("ro")
	}
	if cues[lemma]&(speech|naming) != 0 || r.clause >= directRate {
		f.add("rd")
	}
	covered := a.covered
	if len(a.covSnap) > 0 {
		covered = a.covSnap
	}
	if covered[v] {
		f.add("cov")
	}
	var hasSubj, hasClause bool
	for _, k := range a.kids(v) {
		kt := toks[k]
		rel := kt.Deprel
		switch rel {
		case "punct", "det", "cc":
			continue
		case "aux", "aux:pass":
			f.add("aux=", kt.Lemma)
			f.add("laux=", lemma, "|", kt.Lemma)
			continue
		case "nsubj", "nsubj:pass":
			hasSubj = true
			f.add("su=", kt.UPOS)
			f.add("lsu=", lemma, "|", rel)
			f.add("sk=", a.speakerKind(k))
			if MoreCueFeatures {
				f.add("lsk=", lemma, "|", a.speakerKind(k))
			}
			if SubjectLemma {
				// "the poll shows", "the report found".
				f.addLower("sul=", kt.Lemma)
			}
		case "nmod:poss":
			f.add("poss=", a.speakerKind(k))
			if NounFeatures {
				f.add("lposs=", lemma, "|", a.speakerKind(k))
			}
		case "mark":
			f.addLower("mk=", a.text(k))
		case "case":
			f.add("case=", kt.Lemma)
			f.add("lcase=", lemma, "|", kt.Lemma)
		case "ccomp", "acl", "acl:relcl", "xcomp", "advcl":
			hasClause = true
			if m := a.child(k, "mark"); m >= 0 {
				f.add("km=", rel, "|", toks[m].Lemma)
				f.add("lkm=", lemma, "|", rel, "|", toks[m].Lemma)
			}
		}
		side := "R"
		if k < v {
			side = "L"
		}
		f.add("k=", rel, side)
		f.add("lk=", lemma, "|", rel)
		if rel == "obl" || rel == "xcomp" || rel == "obj" || rel == "nmod" {
			f.add("kl=", rel, "|", kt.Lemma)
			if MoreCueFeatures {
				// "made the case", "took a position", "has concerns".
				f.add("lkl=", lemma, "|", rel, "|", kt.Lemma)
			}
			if c := a.child(k, "case"); c >= 0 {
				f.add("kc=", rel, "|", toks[c].Lemma)
				f.add("lkc=", lemma, "|", toks[c].Lemma)
			}
		}
	}
	if !hasSubj {
		f.add("nosubj")
		if t.UPOS == "VERB" {
			if sk := a.sourceKind(v); sk != "" {
				f.add("gsk=", sk)
				if NounFeatures {
					f.add("lgsk=", lemma, "|", sk)
				}
			}
		}
	}
	if NounFeatures && len(lemma) > 4 {
		// The ending of an unseen lemma ("-ism", "-tion", "-ive").
		f.add("suf=", t.UPOS, "|", lemma[len(lemma)-3:])
	}
	if hasClause {
		f.add("clause|", t.UPOS)
	}
	if ContextFeatures {
		a.contextFeatures(v, f)
	}
	if a.thatAfter(v) >= 0 {
		f.add("that")
		f.add("lthat=", lemma)
	}
	// Quotation marks in the sentence and next to the verb.
	if a.quotedBefore == nil {
		a.quotedBefore = a.sc.int32Slab(len(toks) + 1)
		a.quotedBefore[0] = 0
		for k := range toks {
			a.quotedBefore[k+1] = a.quotedBefore[k]
			if a.inRegion[k] >= 0 {
				a.quotedBefore[k+1]++
			}
		}
	}
	if a.quotedBefore[v] > a.quotedBefore[s.TokenStart] {
		f.add("qL")
	}
	if a.quotedBefore[s.TokenEnd] > a.quotedBefore[v] {
		f.add("qR")
	}
	if v > 0 && a.inRegion[v-1] >= 0 || v > 1 && a.inRegion[v-2] >= 0 {
		f.add("qadjL")
		f.add("qadjL=", lemma)
	}
	if v+1 < len(toks) && a.inRegion[v+1] >= 0 || v+2 < len(toks) && a.inRegion[v+2] >= 0 {
		f.add("qadjR")
	}
}

// MoreCueFeatures adds conjunctions of the word's lemma with its
// dependents' lemmas and its subject's kind, and of its relation with its
// head's, to the detector's features.
var MoreCueFeatures = true

// HeadPairFeatures adds the word's relation joined with its head's, and
// its part of speech with its head's lemma and its relation.
var HeadPairFeatures = true

// NounFeatures adds the lemma joined with its possessor's kind and with
// the kind of the subject found through a participle or conjunct, and the
// lemma's last three letters (eleventh round).
var NounFeatures = true

// SubjectLemma adds the lemma of the word's subject to its features.
var SubjectLemma = true

// speakerKind tells what token k names, for the detector: a person or
// organisation entity, a personal pronoun, a title noun, another pronoun,
// a proper or common noun.
func (a *analysis) speakerKind(k int) string {
	if a.entType == nil {
		toks := a.d.Tokens
		ek := a.sc.strSlab(2 * len(toks))
		a.entType, a.kind = ek[:len(toks)], ek[len(toks):]
		for _, e := range a.d.Entities {
			t0, t1 := tokenRange(toks, e.Start, e.End)
			for t := t0; t < t1; t++ {
				a.entType[t] = e.Type
			}
		}
	}
	if kind := a.kind[k]; kind != "" {
		return kind
	}
	kind := a.entType[k]
	if kind != "PER" && kind != "ORG" && kind != "NORP" && kind != "GPE" {
		t := a.d.Tokens[k]
		w := strings.ToLower(a.text(k))
		switch {
		case t.UPOS == "PRON" && personPronouns[w]:
			kind = "ppron"
		case t.UPOS == "PRON":
			kind = "pron"
		case titles[w]:
			kind = "title"
		default:
			kind = t.UPOS
		}
	}
	a.kind[k] = kind
	return kind
}

// sourceKind is speakerKind of the subject source(v) would find through a
// participle or conjoined verb, or "".
func (a *analysis) sourceKind(v int) string {
	for hop := 0; hop < 3 && v >= 0; hop++ {
		if s := a.nearest(v, "nsubj"); s >= 0 {
			return a.speakerKind(s)
		}
		switch rel := a.d.Tokens[v].Deprel; {
		case rel == "advcl" || rel == "xcomp" || rel == "conj" || strings.HasPrefix(rel, "advcl:") || rel == "acl":
			v = a.d.Tokens[v].Head
		default:
			return ""
		}
	}
	return ""
}

// CueExample is one verb of a training document with its features and
// whether it lies in a gold cue.
type cueExample struct {
	fs  []string
	cue bool
}

// TrainCueModel trains the learned cue detector on parsed documents and
// their gold cue spans (byte ranges, one list per document): an averaged
// perceptron over the verbs outside quotation marks, epochs passes in an
// order shuffled with seed. Weights whose magnitude stays below prune are
// dropped to keep the model small.
func TrainCueModel(docs []*doc.Document, cues [][][2]int, epochs int, seed int64, prune float64) *CueModel {
	var ex []cueExample
	for i, d := range docs {
		if len(d.Tokens) == 0 {
			continue
		}
		a := newAnalysis(d)
		// Direct quotes first, as Attribute finds them before the detector
		// runs: the detector sees which words they cover.
		a.direct()
		a.headline()
		for v := range d.Tokens {
			if !a.cueCandidate(v) {
				continue
			}
			t := d.Tokens[v]
			gold := false
			for _, c := range cues[i] {
				if t.Start < c[1] && c[0] < t.End {
					gold = true
					break
				}
			}
			var f featBuf
			a.cueFeatures(v, &f)
			ex = append(ex, cueExample{fs: f.strings(), cue: gold})
		}
	}
	return trainBagged(addUnseen(ex, seed), epochs, seed, prune)
}

// CueScores returns the learned detector's score of every token of d that
// it decides (verbs, nouns and adjectives outside quotation marks; NaN for
// the others), as Attribute sees them; for error analysis.
func CueScores(d *doc.Document) []float64 {
	out := make([]float64, len(d.Tokens))
	if len(d.Tokens) == 0 {
		return out
	}
	a := newAnalysis(d)
	a.direct()
	a.headline()
	for v := range d.Tokens {
		out[v] = math.NaN()
		if a.cueCandidate(v) {
			out[v] = a.cueScore(v)
		}
	}
	return out
}
