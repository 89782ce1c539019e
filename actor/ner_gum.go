package actor

// GUM coreference CoNLL → flat named entities.
//
// GUM (Zeldes 2017) marks every referring noun phrase with an entity type
// (person, place, organization, event, object, abstract, …) and, for named
// things, a Wikipedia link; it has no flat named-entity layer. The rules
// below find the proper name that heads each mention, the way CoNLL-style
// annotation would mark it, and are documented in docs/NER.md:
//
//   - a trailing possessive ('s) is dropped, and a possessor mention inside
//     the phrase ("Saudi Arabia's Civil Defense Authority") is a determiner:
//     the head is looked for after it;
//   - the head region ends at the first post-modifier: a comma or bracket, or
//     a lower-case preposition or relative word, except "of", "on", "for",
//     "and", "de", … between capitalised words when no mention starts after
//     it ("University of Texas" is one name, "Ann Chiang of [DAB]" is not);
//   - the name is the run of capitalised words (with those connectors and
//     hyphens) that ends the head region ("Facebook co-founder Mark
//     Zuckerberg" → Mark Zuckerberg); a run does not grow into a nested
//     mention unless the nested mention is capitalised throughout ("The
//     US State Department" → US State Department);
//   - when the head region ends in a common noun, a capitalised run that
//     ends the whole mention and is not itself inside a nested mention is
//     an appositive name ("Afghan Ambassador to the United States Hamdullah
//     Mohib" → Hamdullah Mohib);
//   - a leading "The" is dropped, and so is a sentence-initial word that the
//     corpus writes in lower case more often than capitalised, unless the
//     mention is linked ("Police said" is no name); titles, and a country or
//     nationality before a title, are dropped from people ("US President
//     Barack Obama" → Barack Obama);
//   - types: person → PER (NORP when the name is a nationality, a religious
//     group or links to a "…_people" page); place → LOC; organization → ORG;
//     a place or organization that the KB knows as a country or capital
//     → GPE (GUM types countries acting as agents as organizations);
//     event, object, abstract, substance, animal, plant → MISC; time and
//     quantity are not names;
//   - overlapping candidates: the longer wins.
//
// Nationality adjectives that are no mention at all ("South Korean troops")
// become NORP from the KB (SilverNORP).

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/internal/gumconll"
)

// GUMNERHeldOut lists the GUM news documents held out from NER training as
// the newswire test: every other news document in alphabetical order
// (the 1st, 3rd, …, 23rd of the 24), chosen before any training.
var GUMNERHeldOut = []string{
	"GUM_news_afghan", "GUM_news_clock", "GUM_news_defector", "GUM_news_expo",
	"GUM_news_hackers", "GUM_news_ie9", "GUM_news_iodine", "GUM_news_lanterns",
	"GUM_news_questionnaire", "GUM_news_soccer", "GUM_news_taxes", "GUM_news_warming",
}

// GUMNERDev lists the other twelve GUM news documents: held out while
// features and epochs were chosen, trained on in the final model.
var GUMNERDev = []string{
	"GUM_news_asylum", "GUM_news_crane", "GUM_news_election", "GUM_news_flag",
	"GUM_news_homeopathic", "GUM_news_imprisoned", "GUM_news_korea", "GUM_news_nasa",
	"GUM_news_sensitive", "GUM_news_stampede", "GUM_news_worship", "GUM_news_warhol",
}

type gumMention struct {
	s, e int // token range
	typ  string
	link string
}

type gumDoc struct {
	name     string
	toks     []string
	ments    []gumMention
	sentEnd  []bool // token i ends a sentence
	sentInit []bool // token i is the first word of its sentence
}

// ReadGUMNER reads the GUM coreference CoNLL files of dir and converts the
// documents that keep accepts (all when nil) to flat named entities (see the
// rules above), one NERSentence per sentence. Sentences end at . ! ? (and
// the quotes or brackets that close them). The word statistics the rules use
// come from every document of dir, so a document converts the same way
// whatever else is read with it.
func ReadGUMNER(dir string, keep func(doc string) bool, kb *KB) ([]NERSentence, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.conll"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no .conll files in %s", dir)
	}
	sort.Strings(paths)
	var docs []*gumDoc
	for _, p := range paths {
		d, err := readGUMDoc(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	st := gumStats(docs)
	var out []NERSentence
	for _, d := range docs {
		if keep != nil && !keep(d.name) {
			continue
		}
		out = append(out, convertGUM(d, st, kb)...)
	}
	return out, nil
}

func readGUMDoc(path string) (*gumDoc, error) {
	d := &gumDoc{name: strings.TrimSuffix(filepath.Base(path), ".conll")}
	type open struct {
		key string
		s   int
	}
	var stack []open
	comment := func(t string) {
		if strings.HasPrefix(t, "# begin document ") {
			d.name = strings.TrimSpace(strings.TrimPrefix(t, "# begin document "))
		}
	}
	err := gumconll.Read(path, comment, func(_ int, cols []string) error {
		i := len(d.toks)
		d.toks = append(d.toks, cols[1])
		if cols[2] == "_" {
			return nil
		}
		return gumconll.Marks(cols[2], func(key string, opening, closing bool) error {
			switch {
			case opening && closing:
				d.ments = append(d.ments, gumMentionOf(key, i, i+1))
			case opening:
				stack = append(stack, open{key, i})
			case closing:
				id := gumID(key)
				for j := len(stack) - 1; j >= 0; j-- {
					if gumID(stack[j].key) == id {
						d.ments = append(d.ments, gumMentionOf(stack[j].key, stack[j].s, i+1))
						stack = append(stack[:j], stack[j+1:]...)
						break
					}
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	d.joinHyphens()
	sort.SliceStable(d.ments, func(a, b int) bool {
		if d.ments[a].s != d.ments[b].s {
			return d.ments[a].s < d.ments[b].s
		}
		return d.ments[a].e > d.ments[b].e
	})
	d.sentEnd = make([]bool, len(d.toks))
	d.sentInit = make([]bool, len(d.toks))
	init := true
	for i, w := range d.toks {
		if init && hasLetterOrDigit(w) {
			d.sentInit[i] = true
			init = false
		}
		if w == "." || w == "!" || w == "?" || w == "..." {
			j := i
			for j+1 < len(d.toks) && isCloser(d.toks[j+1]) {
				j++
			}
			if j+1 < len(d.toks) || j == i {
				d.sentEnd[j] = true
			}
			if j == i {
				init = true
			}
		}
		if d.sentEnd[i] {
			init = true
		}
	}
	if len(d.toks) > 0 {
		d.sentEnd[len(d.toks)-1] = true
	}
	return d, nil
}

// joinHyphens undoes GUM's splitting of hyphenated words ("Kim Jong - un",
// "14 - year - old"): dyad's tokenizer keeps them whole, so "x - y" between
// two words becomes "x-y", unless a mention ends at x or starts at y; mention
// spans move with their tokens.
func (d *gumDoc) joinHyphens() {
	n := len(d.toks)
	newIdx := make([]int, n)
	// A hyphen at a mention's edge stays ("Mets - inspired", "anti - Pyongyang").
	starts, ends := make([]bool, n+1), make([]bool, n+1)
	for _, m := range d.ments {
		starts[m.s] = true
		ends[m.e-1] = true
	}
	var out []string
	for i := 0; i < n; i++ {
		w := d.toks[i]
		if w == "-" && len(out) > 0 && i+1 < n && isWordish(out[len(out)-1]) && isWordish(d.toks[i+1]) &&
			!ends[i-1] && !starts[i+1] {
			newIdx[i] = len(out) - 1
			newIdx[i+1] = len(out) - 1
			out[len(out)-1] += "-" + d.toks[i+1]
			i++
			continue
		}
		newIdx[i] = len(out)
		out = append(out, w)
	}
	if len(out) == n {
		return
	}
	for k := range d.ments {
		m := &d.ments[k]
		m.s, m.e = newIdx[m.s], newIdx[m.e-1]+1
	}
	d.toks = out
}

// isWordish reports whether w ends and starts with a letter or digit.
func isWordish(w string) bool {
	if w == "" {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(w)
	r1, _ := utf8.DecodeLastRuneInString(w)
	return (unicode.IsLetter(r0) || unicode.IsDigit(r0)) && (unicode.IsLetter(r1) || unicode.IsDigit(r1))
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "''":
		return true
	}
	return false
}

// gumID is "type-id" of a key "type-id[-link]".
func gumID(key string) string {
	a := strings.IndexByte(key, '-')
	if a < 0 {
		return key
	}
	b := strings.IndexByte(key[a+1:], '-')
	if b < 0 {
		return key
	}
	return key[:a+1+b]
}

func gumMentionOf(key string, s, e int) gumMention {
	m := gumMention{s: s, e: e}
	a := strings.IndexByte(key, '-')
	if a < 0 {
		m.typ = key
		return m
	}
	m.typ = key[:a]
	rest := key[a+1:]
	if b := strings.IndexByte(rest, '-'); b >= 0 {
		m.link = rest[b+1:]
	}
	return m
}

type gumStat struct{ lower, capMid map[string]int }

// gumStats counts, per lower-cased word, its lower-case uses and its
// capitalised uses away from the start of a sentence.
func gumStats(docs []*gumDoc) gumStat {
	st := gumStat{map[string]int{}, map[string]int{}}
	for _, d := range docs {
		for i, w := range d.toks {
			lw := strings.ToLower(w)
			if isCapWord(w) {
				if !d.sentInit[i] {
					st.capMid[lw]++
				}
			} else {
				st.lower[lw]++
			}
		}
	}
	return st
}

// common reports whether the corpus writes w (or its singular) in lower case
// more often than capitalised away from the start of a sentence.
func (st gumStat) common(w string) bool {
	lw := strings.ToLower(w)
	if st.lower[lw] > st.capMid[lw] {
		return true
	}
	if sg := strings.TrimSuffix(lw, "s"); sg != lw && st.capMid[lw] == 0 && st.lower[sg] > st.capMid[sg] {
		return true
	}
	return false
}

var gumDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"both": true, "all": true, "every": true, "each": true, "some": true, "many": true, "most": true,
	"several": true, "other": true, "another": true,
}

// nameConnectors may join capitalised words inside a name.
var nameConnectors = map[string]bool{
	"of": true, "on": true, "for": true, "and": true, "&": true, "the": true, "de": true, "del": true,
	"della": true, "la": true, "le": true, "du": true, "des": true, "da": true, "di": true, "do": true,
	"dos": true, "das": true, "van": true, "von": true, "der": true, "den": true, "al": true, "el": true,
	"bin": true, "ibn": true, "bint": true, "y": true, "'s": true, "-": true, "st.": true, "upon": true,
}

// postModifiers end a noun phrase's head region.
var postModifiers = map[string]bool{
	"of": true, "from": true, "in": true, "at": true, "for": true, "with": true, "to": true, "on": true,
	"by": true, "who": true, "which": true, "that": true, "whose": true, "whom": true, "where": true,
	"when": true, "under": true, "near": true, "over": true, "after": true, "before": true,
	"during": true, "since": true, "like": true, "as": true, "including": true, "between": true,
	"among": true, "into": true, "about": true, "against": true, "and": true, "or": true, "than": true,
	"outside": true, "inside": true, "across": true, "behind": true, "within": true, "without": true,
	"through": true, "toward": true, "towards": true, "regarding": true, "via": true, "per": true,
	"&": true, "based": true, "located": true, "called": true, "named": true,
}

var boundaryPunct = map[string]bool{
	",": true, "(": true, ")": true, ":": true, ";": true, "--": true, "–": true, "—": true,
	"\"": true, "“": true, "”": true, "/": true, "[": true, "]": true, "''": true, "``": true,
}

// nerTitleWords are dropped from the front of a person's name.
var nerTitleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president vice prime minister ministers secretary secretary-general general
	gen gen. col col. colonel major maj maj. captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral adm adm.
	commander cmdr cmdr. marshal field brigadier corporal cpl cpl. private pvt pvt. trooper ambassador envoy consul
	delegate senator sen sen. rep rep. representative congressman congresswoman assemblyman assemblywoman
	governor gov gov. mayor councillor councilman councilwoman alderman king queen prince princess emperor
	empress tsar shah crown emir sheikh sultan pope patriarch cardinal bishop archbishop rev rev. reverend father
	fr fr. imam rabbi ayatollah mullah dr dr. doctor prof prof. professor emeritus mr mr. mrs mrs. ms ms. miss mx
	sir dame lord lady baron baroness duke duchess earl count countess judge justice magistrate coroner
	registrar chief chairman chairwoman chairperson chair director administrator commissioner superintendent
	supt supt. inspector insp insp. detective det det. constable const const. sheriff officer agent special
	deputy acting interim former ex senior junior assistant undersecretary under foreign defence defense
	interior finance state chancellor vice-chancellor premier speaker spokesman spokeswoman spokesperson coach
	president-elect leader founder co-founder ceo executive attorney solicitor counsel general-secretary
	first lady gentleman pastor saint st st. provost hon hon. honourable honorable excellency majesty highness
	mp mep mk vp md sec sec. commissioner-general director-general attorney-general surgeon
	manager editor editor-in-chief biologist scientist researcher physicist chemist astronomer economist analyst
	author writer novelist poet actor actress singer songwriter musician artist photographer producer journalist
	reporter correspondent columnist lawyer candidate activist campaigner nonpartisan democrat republican
	pan-democrat councilor curator historian`) {
		nerTitleWords[w] = true
	}
}

var religiousNORP = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`muslim muslims christian christians jew jews jewish hindu hindus buddhist
	buddhists sikh sikhs catholic catholics protestant protestants mormon mormons sunni sunnis shiite shiites
	shia shi'ite shi'ites evangelicals evangelical orthodox islamist islamists jihadist jihadists
	democrats republicans democrat republican conservatives liberals socialists communists
	communist socialist`) {
		religiousNORP[w] = true
	}
}

func hasLetterOrDigit(w string) bool {
	for _, r := range w {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 {
			return true
		}
	}
	return false
}

func isDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

var nerPronouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i me my mine we us our ours you your yours he him his she her hers they
	them their theirs it its this that these those who whom whose which what myself ourselves yourself
	yourselves himself herself themselves itself one everyone everybody someone somebody anyone anybody
	nobody none all both each either neither everything something anything nothing here there`) {
		nerPronouns[w] = true
	}
}

// personConnectors join the parts of a person's name.
var personConnectors = map[string]bool{
	"-": true, "al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "del": true,
	"dos": true, "das": true, "di": true, "y": true, "abu": true, "ben": true,
}

func isPossessive(w string) bool { return w == "'s" || w == "'" || w == "’s" || w == "’" }

func convertGUM(d *gumDoc, st gumStat, kb *KB) []NERSentence {
	n := len(d.toks)
	sentOf := make([]int, n)
	si := 0
	for i := range d.toks {
		sentOf[i] = si
		if d.sentEnd[i] {
			si++
		}
	}
	byStart := make([][]int, n+1)
	for mi, m := range d.ments {
		byStart[m.s] = append(byStart[m.s], mi)
	}
	type cand struct {
		s, e int
		typ  string
		ord  int
	}
	var cands []cand
	typeRank := func(t string) int {
		if t == "MISC" {
			return 1
		}
		return 0
	}
	for mi, m := range d.ments {
		typ := m.typ
		if typ == "time" || typ == "quantity" {
			continue
		}
		if sentOf[m.s] != sentOf[m.e-1] {
			continue
		}
		e := m.e
		if e-1 > m.s && isPossessive(d.toks[e-1]) {
			e--
		}
		var nested []gumMention
		for i := m.s; i < m.e; i++ {
			for _, x := range byStart[i] {
				nm := d.ments[x]
				if x != mi && nm.e <= m.e && !(nm.s == m.s && nm.e == m.e) {
					nested = append(nested, nm)
				}
			}
		}
		inNested := func(i int) bool {
			for _, nm := range nested {
				if nm.s <= i && i < nm.e {
					return true
				}
			}
			return false
		}
		// Possessors are determiners: the head comes after them.
		regionStart := m.s
		for changed := true; changed; {
			changed = false
			for _, nm := range nested {
				if nm.s >= regionStart && nm.s <= regionStart+1 && nm.e < e && isPossessive(d.toks[nm.e-1]) {
					if nm.s == regionStart+1 && !gumDeterminers[strings.ToLower(d.toks[regionStart])] {
						continue
					}
					regionStart = nm.e
					changed = true
				}
			}
		}
		var s0, e0 int
		if typ == "person" {
			s0, e0 = personName(d, st, kb, m, regionStart, e, inNested)
		} else {
			s0, e0 = headName(d, m, regionStart, e, nested)
			// Other kinds of mention are names only when the name is all of them.
			if s0 < e0 && typ != "place" && typ != "organization" {
				k := regionStart
				for k < e0 && gumDeterminers[strings.ToLower(d.toks[k])] {
					k++
				}
				if s0 != k || e0 != e {
					continue
				}
			}
			for s0 < e0 && (gumDeterminers[strings.ToLower(d.toks[s0])] || !isCapWord(d.toks[s0])) {
				s0++
			}
			if e0-s0 == 1 && st.common(d.toks[s0]) && (m.link == "" || d.sentInit[s0]) {
				continue
			}
		}
		if s0 >= e0 || nerPronouns[strings.ToLower(d.toks[s0])] && e0-s0 == 1 {
			continue
		}
		words := d.toks[s0:e0]
		var et string
		switch typ {
		case "person":
			et = "PER"
			if norpName(words, kb) || strings.HasSuffix(m.link, "_people") {
				et = "NORP"
			} else if orgName(words, kb) {
				et = "ORG"
			}
		case "place":
			et = "LOC"
			if gpeName(words, kb) {
				et = "GPE"
			}
		case "organization":
			et = "ORG"
			if gpeName(words, kb) {
				et = "GPE"
			}
		default:
			et = "MISC"
		}
		cands = append(cands, cand{s0, e0, et, len(cands)})
	}
	sort.SliceStable(cands, func(a, b int) bool {
		la, lb := cands[a].e-cands[a].s, cands[b].e-cands[b].s
		if la != lb {
			return la > lb
		}
		if ra, rb := typeRank(cands[a].typ), typeRank(cands[b].typ); ra != rb {
			return ra < rb
		}
		return cands[a].ord < cands[b].ord
	})
	taken := make([]bool, n)
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, c := range cands {
		free := true
		for i := c.s; i < c.e; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := c.s; i < c.e; i++ {
			taken[i] = true
			if i == c.s {
				tags[i] = "B-" + c.typ
			} else {
				tags[i] = "I-" + c.typ
			}
		}
	}
	var out []NERSentence
	start := 0
	for i := range d.toks {
		if d.sentEnd[i] {
			s := NERSentence{Words: d.toks[start : i+1], Tags: tags[start : i+1], Doc: d.name}
			SilverNORP(&s, kb)
			out = append(out, s)
			start = i + 1
		}
	}
	return out
}

// personName finds the name in a person mention: the first run of
// capitalised words outside nested mentions that, without its titles, is not
// empty and ends the head (followed by the end, punctuation, a possessive or
// a post-modifier).
func personName(d *gumDoc, st gumStat, kb *KB, m gumMention, lo, e int, inNested func(int) bool) (int, int) {
	for i := lo; i < e; {
		if inNested(i) || !isCapWord(d.toks[i]) {
			i++
			continue
		}
		j := i
		for j < e && !inNested(j) {
			w := d.toks[j]
			if isCapWord(w) || isDigitWord(w) && j > i {
				j++
			} else if w == "-" && j+1 < e && !inNested(j+1) && hasLetterOrDigit(d.toks[j+1]) {
				j += 2
			} else if personConnectors[strings.ToLower(w)] && j+1 < e && (isCapWord(d.toks[j+1]) || d.toks[j+1] == "-") && !inNested(j+1) {
				j++
			} else {
				break
			}
		}
		next := ""
		if j < e {
			next = d.toks[j]
		}
		ends := j >= e || boundaryPunct[next] || isPossessive(next) || postModifiers[strings.ToLower(next)] || inNested(j)
		if ends {
			s0 := i
			for s0 < j && (gumDeterminers[strings.ToLower(d.toks[s0])] || nerPronouns[strings.ToLower(d.toks[s0])]) {
				s0++
			}
			if j-s0 > 1 && d.sentInit[s0] && st.common(d.toks[s0]) {
				s0++
			}
			for {
				s1 := stripTitles(d.toks, s0, j, kb)
				for s1 < j && !isCapWord(d.toks[s1]) {
					s1++
				}
				if s1 == s0 {
					break
				}
				s0 = s1
			}
			if s0 < j && !(j-s0 == 1 && st.common(d.toks[s0]) && (m.link == "" || d.sentInit[s0])) {
				return s0, j
			}
		}
		i = j
	}
	return 0, 0
}

// headName finds the name heading a place, organization or other mention:
// the capitalised run that ends the head region.
func headName(d *gumDoc, m gumMention, lo, e int, nested []gumMention) (int, int) {
	startsNested := func(i int) bool {
		for _, nm := range nested {
			if nm.s == i {
				return true
			}
		}
		return false
	}
	endsNestedFrom := func(i, from int) bool {
		for _, nm := range nested {
			if nm.e == i && (nm.s == from || nm.s == from+1 && gumDeterminers[strings.ToLower(d.toks[from])]) {
				return true
			}
		}
		return false
	}
	b := e
	for i := lo + 1; i < e; i++ {
		w := d.toks[i]
		lw := strings.ToLower(w)
		if boundaryPunct[w] {
			b = i
			break
		}
		if isCapWord(w) || !postModifiers[lw] {
			continue
		}
		nx := i + 1
		for nx < e && strings.EqualFold(d.toks[nx], "the") {
			nx++
		}
		connects := nameConnectors[lw] && nx < e && isCapWord(d.toks[nx]) && isCapWord(d.toks[i-1])
		if connects && (lw == "and" || lw == "&") && startsNested(i+1) && endsNestedFrom(i, lo) {
			connects = false // a co-ordination of two mentions
		}
		if !connects {
			b = i
			break
		}
	}
	k := b
	if k <= lo || !isCapWord(d.toks[k-1]) && !(isDigitWord(d.toks[k-1]) && k-1 > lo) {
		return 0, 0
	}
	j := k - 1
	for j > lo {
		for _, nm := range nested {
			if nm.e == j && nm.s < j && nm.s >= lo {
				for t := nm.s; t < nm.e; t++ {
					tw := d.toks[t]
					if !isCapWord(tw) && !nameConnectors[strings.ToLower(tw)] && !isDigitWord(tw) && !gumDeterminers[strings.ToLower(tw)] {
						return j, k
					}
				}
			}
		}
		p := d.toks[j-1]
		lp := strings.ToLower(p)
		if isCapWord(p) || p == "-" || isDigitWord(p) || nameConnectors[lp] && lp != "and" && lp != "&" {
			j--
			continue
		}
		if (lp == "and" || lp == "&") && !startsNested(j) {
			j--
			continue
		}
		break
	}
	return j, k
}

// stripTitles moves s0 past titles, and past a country or nationality that
// stands before a title ("US President", "Afghan Ambassador").
func stripTitles(toks []string, s0, e0 int, kb *KB) int {
	for s0 < e0 {
		lw := strings.ToLower(toks[s0])
		if nerTitleWords[lw] {
			s0++
			continue
		}
		stripped := false
		for l := 1; l <= 3 && s0+l < e0; l++ {
			if !placeOrNationality(toks[s0:s0+l], kb) {
				continue
			}
			nx := strings.ToLower(toks[s0+l])
			if nerTitleWords[nx] || startsTitle(toks[s0+l:e0], kb) {
				s0 += l
				stripped = true
				break
			}
		}
		if !stripped {
			if kb != nil && startsTitle(toks[s0:e0], kb) {
				sp := kb.MatchTokens(toks[s0:e0])[0]
				s0 += sp.End
				continue
			}
			break
		}
	}
	return s0
}

func startsTitle(words []string, kb *KB) bool {
	if kb == nil {
		return false
	}
	spans := kb.MatchTokens(words)
	return len(spans) > 0 && spans[0].Start == 0 && spans[0].Hits[0].Kind == KindTitle
}

func placeOrNationality(words []string, kb *KB) bool {
	for _, k := range wholeSpanKinds(words, kb) {
		if k == KindCountry || k == KindNationality || k == KindRegion || k == KindCapital {
			return true
		}
	}
	return false
}

func orgName(words []string, kb *KB) bool {
	for _, k := range wholeSpanKinds(words, kb) {
		switch k {
		case KindOrg, KindInstitution, KindParty, KindMedia, KindArmedGroup:
			return true
		}
	}
	return false
}

// wholeSpanKind returns the kinds of a KB name covering all of words, if one does.
func wholeSpanKinds(words []string, kb *KB) []Kind {
	if kb == nil || len(words) == 0 {
		return nil
	}
	spans := kb.MatchTokens(words)
	if len(spans) != 1 || spans[0].Start != 0 || spans[0].End != len(words) {
		// "the US": MatchTokens may take the article in; a leading "the" is fine.
		if len(spans) == 1 && spans[0].End == len(words) && spans[0].Start == 1 && strings.EqualFold(words[0], "the") {
		} else {
			return nil
		}
	}
	var ks []Kind
	for _, h := range spans[0].Hits {
		ks = append(ks, h.Kind)
	}
	return ks
}

func gpeName(words []string, kb *KB) bool {
	for _, k := range wholeSpanKinds(words, kb) {
		if k == KindCountry || k == KindCapital {
			return true
		}
	}
	return false
}

func norpName(words []string, kb *KB) bool {
	if len(words) == 1 && religiousNORP[strings.ToLower(words[0])] {
		return true
	}
	for _, k := range wholeSpanKinds(words, kb) {
		if k == KindNationality {
			return true
		}
	}
	return false
}

// SilverNORP marks as NORP the capitalised nationality adjectives and
// demonyms of the KB ("Kenyan", "South Korean", "Afghans") that stand outside
// every entity of s: most corpora leave them unmarked, which would teach the
// recogniser that they are no names.
func SilverNORP(s *NERSentence, kb *KB) {
	if kb == nil {
		return
	}
	tags := s.Tags
	copied := false
	for _, sp := range kb.MatchTokens(s.Words) {
		if !isCapWord(s.Words[sp.Start]) {
			continue
		}
		nat := false
		for _, h := range sp.Hits {
			if h.Kind == KindNationality {
				nat = true
			}
		}
		if !nat {
			continue
		}
		free := true
		for i := sp.Start; i < sp.End; i++ {
			if tags[i] != "O" {
				free = false
			}
		}
		// An entity must not continue into the span's right edge.
		if sp.End < len(tags) && strings.HasPrefix(tags[sp.End], "I-") {
			free = false
		}
		if !free {
			continue
		}
		if !copied {
			tags = append([]string(nil), tags...)
			copied = true
		}
		for i := sp.Start; i < sp.End; i++ {
			if i == sp.Start {
				tags[i] = "B-NORP"
			} else {
				tags[i] = "I-NORP"
			}
		}
	}
	s.Tags = tags
}

// SilverGPE retypes LOC entities that the KB knows as a whole as a country
// or capital to GPE, for corpora that have no GPE type.
func SilverGPE(s *NERSentence, kb *KB) {
	if kb == nil {
		return
	}
	spans := SpansFromBIO(s.Tags)
	changed := false
	for i, sp := range spans {
		if sp.Type == "LOC" && gpeName(s.Words[sp.Start:sp.End], kb) {
			spans[i].Type = "GPE"
			changed = true
		}
	}
	if changed {
		s.Tags = BIOFromSpans(len(s.Words), spans)
	}
}
