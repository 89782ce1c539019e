package syntax

// The lemmatizer: dictionaries learned from a treebank's lemmas, hand
// tables of English irregular forms, and learned suffix-rewrite rules for
// the rest.
//
// Lemma(form, upos, xpos) tries in turn
//
//  1. (XPOS, form) → lemma, the most frequent lemma of that pair in training;
//  2. (XPOS, lower-case form), then (UPOS, lower-case form);
//  3. the hand tables of irregular verbs, nouns and adjectives;
//  4. for VBD, VBN, VBG and VBZ (models trained with LemmaOptions.VerbStep),
//     the verb step (lemma_verbs.go): the lemmas English spelling allows
//     for a regular form, a known verb first;
//  5. the suffix rules of the XPOS: the longest form ending seen in training
//     with that XPOS, and its most frequent rewrite (cut so many letters,
//     add a lemma ending), learned over word types;
//  6. the form itself.
//
// Lemmas are lower case except for proper nouns (XPOS NNP, NNPS), which keep
// the case of the form, as in UD English.

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/model"
)

// LemmaOptions sets up TrainLemmatizer.
type LemmaOptions struct {
	// MaxSuffix is the longest form ending a rule is keyed on, in bytes
	// (default 6).
	MaxSuffix int
	// MinRuleTypes is how many word types must support a rule keyed on an
	// ending of three or more letters (default 2); shorter keys need one.
	MinRuleTypes int
	// VerbStep turns on the verb step for unseen regular verb forms
	// (lemma_verbs.go); the model keeps the kinds of its known lemmas.
	VerbStep bool
	// Verbs lists more verb lemmas (lower case, one word each) that the
	// verb step knows as verbs beside those of the training data
	// (ReadWordNetVerbs). Only with VerbStep.
	Verbs []string
}

type lmRule struct {
	cut int    // bytes to remove from the end of the form
	add string // then append
	n   int    // supporting word types
}

// Lemmatizer maps a word and its tags to a lemma. It is read-only once
// built and safe for concurrent use.
type Lemmatizer struct {
	exact map[string]map[string]string   // XPOS → form → lemma
	lower map[string]map[string]string   // XPOS → lower-case form → lemma
	upos  map[string]map[string]string   // UPOS → lower-case form → lemma
	rules map[string]map[string][]lmRule // XPOS → form ending ("" default) → rules, best first
	known map[string]bool                // lower-case lemmas seen in training
	// kinds: lower-case lemma → lmNoun, lmVerb bits, from the training
	// tags (NN*, VB*), and lmVerbLex for the verbs of LemmaOptions.Verbs;
	// empty without LemmaOptions.VerbStep, which turns the verb step off.
	kinds map[string]uint8
	// keepCase: XPOS → 3- or 2-letter ending → whether a capitalised word
	// of a tag other than NNP keeps its case (nationality adjectives:
	// Kenyan), by majority over training word types.
	keepCase map[string]map[string]bool
	maxSuf   int
}

// lmNormalize maps typographic apostrophes and quotes to ASCII.
func lmNormalize(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(func(r rune) rune {
				switch r {
				case '\u2018', '\u2019', '\u201B', '\u2032':
					return '\''
				case '\u201C', '\u201D', '\u201F', '\u2033':
					return '"'
				}
				return r
			}, s)
		}
	}
	return s
}

// lmLower lower-cases s without allocating when it is already lower case.
func lmLower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func lmProper(xpos string) bool { return xpos == "NNP" || xpos == "NNPS" }

// TrainLemmatizer learns a lemmatizer from the lemmas of train.
func TrainLemmatizer(train []conllu.Sentence, opt LemmaOptions) (*Lemmatizer, error) {
	if opt.MaxSuffix <= 0 {
		opt.MaxSuffix = 6
	}
	if opt.MinRuleTypes <= 0 {
		opt.MinRuleTypes = 2
	}
	type key struct{ tag, form string }
	exact := map[key]map[string]int{}
	lower := map[key]map[string]int{}
	upos := map[key]map[string]int{}
	count := func(m map[key]map[string]int, k key, lemma string) {
		c := m[k]
		if c == nil {
			c = map[string]int{}
			m[k] = c
		}
		c[lemma]++
	}
	n := 0
	for _, s := range train {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" || w.XPOS == "_" {
				continue
			}
			form := lmNormalize(w.Form)
			lemma := lmNormalize(w.Lemma)
			count(exact, key{w.XPOS, form}, lemma)
			count(lower, key{w.XPOS, lmLower(form)}, lemma)
			count(upos, key{w.UPOS, lmLower(form)}, lemma)
			n++
		}
	}
	if n == 0 {
		return nil, errors.New("syntax: no lemmas to learn from")
	}
	best := func(c map[string]int) string {
		var b string
		bn := -1
		for l, k := range c {
			if k > bn || k == bn && l < b {
				b, bn = l, k
			}
		}
		return b
	}
	l := &Lemmatizer{exact: map[string]map[string]string{}, lower: map[string]map[string]string{},
		upos: map[string]map[string]string{}, rules: map[string]map[string][]lmRule{}, known: map[string]bool{}, maxSuf: opt.MaxSuffix}
	fill := func(dst map[string]map[string]string, src map[key]map[string]int) {
		for k, c := range src {
			m := dst[k.tag]
			if m == nil {
				m = map[string]string{}
				dst[k.tag] = m
			}
			m[k.form] = best(c)
		}
	}
	fill(l.exact, exact)
	fill(l.lower, lower)
	fill(l.upos, upos)

	// Case of capitalised words of tags other than NNP(S), by ending, over
	// word types.
	caseVotes := map[[2]string][2]int{}
	for k, c := range exact {
		if lmProper(k.tag) || !lmTitle(k.form) {
			continue
		}
		b := best(c)
		if lmLower(b) != lmLower(k.form) {
			continue
		}
		for n := 2; n <= 3; n++ {
			key := [2]string{k.tag, lmSuffix(lmLower(k.form), n)}
			v := caseVotes[key]
			if b == k.form {
				v[0]++
			} else {
				v[1]++
			}
			caseVotes[key] = v
		}
	}
	l.keepCase = map[string]map[string]bool{}
	for k, v := range caseVotes {
		m := l.keepCase[k[0]]
		if m == nil {
			m = map[string]bool{}
			l.keepCase[k[0]] = m
		}
		m[k[1]] = v[0] > v[1]
	}

	// Rules, over (XPOS, lower-case form) types with their best lemma.
	type rk struct {
		tag, suf, add string
		cut           int
	}
	rc := map[rk]int{}
	for k, c := range lower {
		form := k.form
		lemma := best(c)
		if !lmProper(k.tag) {
			lemma = lmLower(lemma)
		} else {
			lemma = lmLower(lemma) // rules are learned on lower case, applied keeping case
		}
		p := 0
		for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
			p++
		}
		cut, add := len(form)-p, lemma[p:]
		if cut > 0 && !utf8.RuneStart(form[p]) {
			continue // the split falls inside a character
		}
		for s := 0; s <= opt.MaxSuffix && s < len(form); s++ {
			if s > 0 && s <= cut {
				continue // the key holds the part cut and a letter before it
			}
			if s > 0 && !utf8.RuneStart(form[len(form)-s]) {
				continue
			}
			rc[rk{k.tag, form[len(form)-s:], add, cut}]++
		}
	}
	keys := make([]rk, 0, len(rc))
	for k := range rc {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b rk) int {
		return cmp.Or(cmp.Compare(a.tag, b.tag), cmp.Compare(a.suf, b.suf), cmp.Compare(rc[b], rc[a]),
			cmp.Compare(a.cut, b.cut), cmp.Compare(a.add, b.add))
	})
	for _, k := range keys {
		n := rc[k]
		if len(k.suf) >= 3 && n < opt.MinRuleTypes {
			continue
		}
		m := l.rules[k.tag]
		if m == nil {
			m = map[string][]lmRule{}
			l.rules[k.tag] = m
		}
		if len(m[k.suf]) < lmMaxAlt {
			m[k.suf] = append(m[k.suf], lmRule{cut: k.cut, add: k.add, n: n})
		}
	}
	l.kinds = map[string]uint8{}
	for k, c := range lower {
		if !lmProper(k.tag) {
			lemma := lmLower(best(c))
			l.known[lemma] = true
			switch {
			case !opt.VerbStep:
			case strings.HasPrefix(k.tag, "NN"):
				l.kinds[lemma] |= lmNoun
			case strings.HasPrefix(k.tag, "VB"):
				l.kinds[lemma] |= lmVerb
			}
		}
	}
	for _, v := range opt.Verbs {
		if v = lmLower(v); v != "" && opt.VerbStep {
			l.kinds[v] |= lmVerbLex
		}
	}
	return l, nil
}

// Kinds of known lemmas.
const (
	lmNoun    = 1 << iota // a lemma of a word tagged NN or NNS in training
	lmVerb                // a lemma of a word tagged VB* in training
	lmVerbLex             // a verb of LemmaOptions.Verbs
)

// lmMaxAlt is how many rules are kept per ending.
const lmMaxAlt = 3

// Lemma returns the lemma of form with the given tags.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	form = lmNormalize(form)
	if lemma, ok := l.exact[xpos][form]; ok {
		return lemma
	}
	lowerForm := lmLower(form)
	proper := lmProper(xpos)
	if lemma, ok := l.lower[xpos][lowerForm]; ok {
		if proper && lmLower(lemma) == lowerForm {
			return form
		}
		return lemma
	}
	if !proper {
		if lemma, ok := l.upos[upos][lowerForm]; ok {
			return lemma
		}
	}
	if lemma, ok := lmIrregular(lowerForm, xpos); ok {
		if proper {
			return lmTitleLike(form, lemma)
		}
		return lemma
	}
	if xpos == "CD" && strings.IndexByte(form, ',') > 0 && lmDigitsCommas(form) {
		return strings.ReplaceAll(form, ",", "")
	}
	if !proper && len(l.kinds) > 0 && lmVerbal(xpos) {
		if lemma, ok := l.byVerb(lowerForm, xpos); ok {
			return lemma
		}
	}
	if lemma, ok := l.byRules(lowerForm, xpos); ok {
		if proper {
			// Keep the form's case; the ending added is lower case.
			if len(form) == len(lowerForm) {
				p := 0
				for p < len(lemma) && p < len(form) && lemma[p] == lowerForm[p] {
					p++
				}
				return form[:p] + lemma[p:]
			}
			return form
		}
		if lemma == lowerForm && l.keepsCase(form, lowerForm, xpos) {
			return form
		}
		return lemma
	}
	if proper || l.keepsCase(form, lowerForm, xpos) {
		return form
	}
	return lowerForm
}

// keepsCase reports whether a capitalised word of a tag other than NNP(S)
// keeps its case as its own lemma, by its ending.
func (l *Lemmatizer) keepsCase(form, lowerForm, xpos string) bool {
	m := l.keepCase[xpos]
	if m == nil || !lmTitle(form) {
		return false
	}
	keep, ok := m[lmSuffix(lowerForm, 3)]
	if !ok {
		keep = m[lmSuffix(lowerForm, 2)]
	}
	return keep
}

// byRules applies the suffix rules of xpos to the lower-case form. The
// best rule of the longest matching ending gives the first candidate; it is
// taken when it leaves the form alone or is a lemma seen in training.
// Otherwise the other rules, longest ending first, may offer a candidate
// seen in training (also after undoing a doubled final consonant: modell →
// model), and failing that the first candidate stands.
func (l *Lemmatizer) byRules(form, xpos string) (string, bool) {
	m := l.rules[xpos]
	if m == nil {
		return "", false
	}
	first, found := "", false
	for s := min(l.maxSuf, len(form)-1); s >= 0; s-- {
		if s > 0 && !utf8.RuneStart(form[len(form)-s]) {
			continue
		}
		rs := m[form[len(form)-s:]]
		if len(rs) == 0 || rs[0].cut >= len(form) {
			continue
		}
		if !found {
			r := rs[0]
			first, found = form[:len(form)-r.cut]+r.add, true
			if r.cut == 0 && r.add == "" {
				return first, true
			}
		}
		for _, r := range rs {
			if r.n*4 < rs[0].n || r.cut >= len(form) || r.cut == 0 && r.add == "" {
				continue
			}
			c := form[:len(form)-r.cut] + r.add
			if l.known[c] {
				return c, true
			}
			if n := len(c); r.add == "" && n >= 4 && c[n-1] == c[n-2] && strings.IndexByte("bdgklmnprtz", c[n-1]) >= 0 && l.known[c[:n-1]] {
				return c[:n-1], true
			}
		}
	}
	if found && !l.known[first] && l.known[form] {
		return form, true // e.g. an adjective tagged as a participle: random, blessed
	}
	return first, found
}

// lmDigitsCommas reports whether s is made of digits and commas only.
func lmDigitsCommas(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ',' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// lmTitle reports whether s is an ASCII capitalised word: one upper-case
// letter then lower-case letters.
func lmTitle(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// lmTitleLike gives lemma, lower case, the case of form when they have the
// same length and letters (a hand-table lemma of a proper noun).
func lmTitleLike(form, lemma string) string {
	if len(form) > 0 && len(lemma) > 0 && form[0] >= 'A' && form[0] <= 'Z' && lemma[0] >= 'a' && lemma[0] <= 'z' {
		return string(form[0]) + lemma[1:]
	}
	return lemma
}

func lmSuffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

const lmMagic = "DYADLEMMA3\n"

// Save writes the lemmatizer, zstd-compressed (model.NewWriter): a magic line, then the three
// dictionaries, the rules, the known lemmas, the case table and the lemmas' kinds as sorted
// records.
func (l *Lemmatizer) Save(w io.Writer) error {
	zw := model.NewWriter(w)
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	str := func(s string) { put(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(lmMagic)
	put(uint64(l.maxSuf))
	for _, d := range []map[string]map[string]string{l.exact, l.lower, l.upos} {
		tags := lmKeys(d)
		put(uint64(len(tags)))
		for _, tag := range tags {
			m := d[tag]
			str(tag)
			forms := lmKeys(m)
			put(uint64(len(forms)))
			for _, f := range forms {
				str(f)
				str(m[f])
			}
		}
	}
	tags := lmKeys(l.rules)
	put(uint64(len(tags)))
	for _, tag := range tags {
		m := l.rules[tag]
		str(tag)
		sufs := lmKeys(m)
		put(uint64(len(sufs)))
		for _, s := range sufs {
			str(s)
			put(uint64(len(m[s])))
			for _, r := range m[s] {
				put(uint64(r.cut))
				str(r.add)
				put(uint64(r.n))
			}
		}
	}
	known := lmKeys(l.known)
	put(uint64(len(known)))
	for _, k := range known {
		str(k)
	}
	tags = lmKeys(l.keepCase)
	put(uint64(len(tags)))
	for _, tag := range tags {
		str(tag)
		sufs := lmKeys(l.keepCase[tag])
		put(uint64(len(sufs)))
		for _, s := range sufs {
			str(s)
			if l.keepCase[tag][s] {
				bw.WriteByte(1)
			} else {
				bw.WriteByte(0)
			}
		}
	}
	kinds := lmKeys(l.kinds)
	put(uint64(len(kinds)))
	for _, k := range kinds {
		str(k)
		bw.WriteByte(l.kinds[k])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func lmKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// LoadLemmatizer reads a lemmatizer written by Save.
func LoadLemmatizer(r io.Reader) (*Lemmatizer, error) {
	br, release, err := openModel(r, "lemmatizer", lmMagic)
	if err != nil {
		return nil, err
	}
	defer release()
	mr := &modelReader{r: br}
	// Counts are bounded so that a damaged file cannot ask for a huge map.
	get := func() uint64 {
		v := mr.uvar()
		if mr.err == nil && v > 1<<24 {
			mr.err = errors.New("bad count")
		}
		return v
	}
	str := func() string { return mr.str(1 << 12) }
	l := &Lemmatizer{rules: map[string]map[string][]lmRule{}, known: map[string]bool{}}
	l.maxSuf = int(get())
	dicts := make([]map[string]map[string]string, 3)
	for i := range dicts {
		d := map[string]map[string]string{}
		nt := int(get())
		for t := 0; t < nt && mr.err == nil; t++ {
			tag := str()
			nf := int(get())
			m := make(map[string]string, nf)
			for f := 0; f < nf && mr.err == nil; f++ {
				form := str()
				m[form] = str()
			}
			d[tag] = m
		}
		dicts[i] = d
	}
	l.exact, l.lower, l.upos = dicts[0], dicts[1], dicts[2]
	nt := int(get())
	for t := 0; t < nt && mr.err == nil; t++ {
		tag := str()
		ns := int(get())
		m := make(map[string][]lmRule, ns)
		for s := 0; s < ns && mr.err == nil; s++ {
			suf := str()
			nr := int(get())
			if nr > lmMaxAlt {
				mr.err = errors.New("bad rule count")
			}
			for j := 0; j < nr && mr.err == nil; j++ {
				cut := int(get())
				add := str()
				m[suf] = append(m[suf], lmRule{cut: cut, add: add, n: int(get())})
			}
		}
		l.rules[tag] = m
	}
	nk := int(get())
	for k := 0; k < nk && mr.err == nil; k++ {
		l.known[str()] = true
	}
	l.keepCase = map[string]map[string]bool{}
	nt = int(get())
	for t := 0; t < nt && mr.err == nil; t++ {
		tag := str()
		ns := int(get())
		m := make(map[string]bool, ns)
		for s := 0; s < ns && mr.err == nil; s++ {
			suf := str()
			m[suf] = mr.byte() == 1
		}
		l.keepCase[tag] = m
	}
	nk = int(get())
	l.kinds = make(map[string]uint8, nk)
	for k := 0; k < nk && mr.err == nil; k++ {
		w := str()
		l.kinds[w] = mr.byte()
	}
	if mr.err != nil {
		return nil, fmt.Errorf("syntax: lemmatizer: %w", mr.err)
	}
	return l, nil
}
