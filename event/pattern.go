package event

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// Yield is what a block or pattern codes: Main for the event from source to
// target, Pair for the paired event from target to source ("042:043": a visit
// and the hosting of it). Either may be empty ("[:173]" codes only the paired
// event); Main "---" is the null code: the verb is known but codes nothing.
type Yield struct {
	Main, Pair string
}

// IsNull reports whether the yield codes nothing.
func (y Yield) IsNull() bool { return (y.Main == "" || y.Main == Null) && y.Pair == "" }

func (y Yield) String() string {
	if y.Pair != "" {
		return y.Main + ":" + y.Pair
	}
	if y.Main == "" {
		return Null
	}
	return y.Main
}

// Null is the code of a verb or pattern that yields no event.
const Null = "---"

var codeRe = regexp.MustCompile(`^\d{2,4}[A-Z]?$`)

// parseYield reads "042", "042:043", ":173" or "---". ok is false for a code
// that is not a CAMEO-shaped number, possibly with a capital letter of
// variant ("174L" in test dictionaries); codes such as "+++" or "102b"
// are not, and such a yield is null.
func parseYield(s string) (Yield, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, "-") == "" {
		return Yield{Main: Null}, true
	}
	a, b, pair := strings.Cut(s, ":")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	y := Yield{}
	ok := true
	if a != "" && strings.Trim(a, "-") != "" {
		if codeRe.MatchString(a) {
			y.Main = a
		} else {
			ok = false
		}
	}
	if pair && b != "" && strings.Trim(b, "-") != "" {
		if codeRe.MatchString(b) {
			y.Pair = b
		} else {
			ok = false
		}
	}
	if !ok {
		return Yield{Main: Null}, false
	}
	if y.Main == "" && y.Pair == "" {
		y.Main = Null
	}
	return y, true
}

// Elem is one word of a term: a literal word (lower case) or a synonym set.
type Elem struct {
	Word string
	Set  string // set name without '&'
}

// Term is a phrase matched against a head word and its dependents: the last
// element is the head, the others must be dependents of it, in order. A term
// of one set element matches any of the set's phrases.
type Term []Elem

// SlotKind says where in the tree a slot is matched.
type SlotKind uint8

// Slot kinds.
const (
	SlotObj  SlotKind = iota + 1 // the verb's complements outside prepositional phrases: object, particle, adverb, xcomp
	SlotPP                       // a prepositional phrase of the verb or of its complements
	SlotSubj                     // the subject noun phrase
	SlotNext                     // the next actor after what the pattern matched so far (PETRARCH's bare $ or +)
)

// Slot is one constraint of a pattern.
type Slot struct {
	Kind  SlotKind
	Prep  string // SlotPP: the preposition, lower case ("with", "out of")
	Terms []Term // matched in order within the slot's region
	Role  byte   // '$': the actors found in this slot are the source; '+': the target
	// Infinitive (written "~inf"): a SlotPP "to" matches only an
	// infinitive ("ordered the police to release him"), not a phrase of
	// place ("ordered troops to the border").
	Infinitive bool
}

// Pattern is one line of a block: slots that must all match, and the yield.
type Pattern struct {
	Slots  []Slot
	Yield  Yield
	Recip  bool   // '%': a coordinated subject acts on each other (both directions)
	Intent string // code to use when the event is only intended ("will visit" → 036)
	Origin string // file:line
	weight int
}

// VerbWord is a verb (or noun) of a block: the lemma and any particles or
// preceding words that must come with it ("break down", "wire tap").
type VerbWord struct {
	Words []string // lower case
	Head  int      // index in Words of the inflected word
	Forms []string // surface forms of the head word; with Block.FormsOnly they are all that match
	Yield *Yield   // the word's own default code, overriding the block's
}

// Block is a group of synonymous verbs (or nouns) sharing a default code and
// patterns.
type Block struct {
	Name   string
	Noun   bool // a noun-headed event ("visit", "talks", "sanctions")
	Yield  Yield
	Intent string
	Words  []VerbWord
	Pats   []*Pattern
	Origin string
	// FormsOnly makes the words match surface forms only, as PETRARCH does
	// (its dictionaries list the inflected forms and rely on their absence
	// for misspellings); otherwise lemmas match too.
	FormsOnly bool
}

// Patterns is a set of pattern blocks and synonym sets, indexed for the coder.
type Patterns struct {
	Sets     map[string][]Term
	Blocks   []*Block
	Warnings []string

	byWord map[string][]wordRef // head word or form → entries
	nouns  bool
}

type wordRef struct {
	b *Block
	w int
}

// NewPatterns returns an empty set.
func NewPatterns() *Patterns { return &Patterns{Sets: map[string][]Term{}} }

// Merge adds the blocks and sets of o to p. A set defined in both takes o's
// members in addition.
func (p *Patterns) Merge(o *Patterns) {
	for k, v := range o.Sets {
		p.Sets[k] = append(p.Sets[k], v...)
	}
	p.Blocks = append(p.Blocks, o.Blocks...)
	p.Warnings = append(p.Warnings, o.Warnings...)
	p.byWord = nil
}

// index builds the word index and pattern weights; called once before coding.
func (p *Patterns) index() {
	p.byWord = map[string][]wordRef{}
	add := func(k string, r wordRef) {
		for _, x := range p.byWord[k] {
			if x == r {
				return
			}
		}
		p.byWord[k] = append(p.byWord[k], r)
	}
	for _, b := range p.Blocks {
		if b.Noun {
			p.nouns = true
		}
		for wi, w := range b.Words {
			r := wordRef{b, wi}
			if !b.FormsOnly {
				add(w.Words[w.Head], r)
			}
			for _, f := range w.Forms {
				add(f, r)
			}
		}
		for i, pt := range b.Pats {
			pt.weight = p.weightOf(pt)
			_ = i
		}
		// Longer, more specific patterns are tried first; the sort is
		// stable so equal ones keep the file's order.
		sort.SliceStable(b.Pats, func(i, j int) bool { return b.Pats[i].weight > b.Pats[j].weight })
	}
}

// weightOf counts the literal words and prepositions a pattern requires: the
// coder prefers the match that explains most of the sentence.
func (p *Patterns) weightOf(pt *Pattern) int {
	w := 0
	for _, s := range pt.Slots {
		if s.Prep != "" {
			w += 2
		}
		if s.Role != 0 {
			w++
		}
		for _, t := range s.Terms {
			w += 2 * len(t)
		}
	}
	return w
}

// ParsePatterns reads patterns in dyad's own format (docs/EVENTS.md). name
// labels warnings and origins.
func ParsePatterns(r io.Reader, name string) (*Patterns, error) {
	p := NewPatterns()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	var cur *Block
	warn := func(f string, a ...any) {
		p.Warnings = append(p.Warnings, fmt.Sprintf("%s:%d: ", name, line)+fmt.Sprintf(f, a...))
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "&"):
			nm, rest, ok := strings.Cut(t[1:], "=")
			if !ok {
				warn("set without '='")
				continue
			}
			nm = strings.ToUpper(strings.TrimSpace(nm))
			for _, alt := range strings.Split(rest, "|") {
				if tm := parseTerm(strings.TrimSpace(alt)); len(tm) > 0 {
					p.Sets[nm] = append(p.Sets[nm], tm)
				}
			}
		case strings.HasPrefix(t, "verbs ") || strings.HasPrefix(t, "nouns "):
			cur = &Block{Noun: t[0] == 'n', Origin: fmt.Sprintf("%s:%d", name, line)}
			head, y, _ := strings.Cut(t[6:], "=>")
			cur.Name = strings.TrimSpace(head)
			cur.Yield, cur.Intent = parseYieldIntent(y, warn)
			p.Blocks = append(p.Blocks, cur)
		case cur == nil:
			warn("line outside a block")
		case strings.HasPrefix(t, "verb ") || strings.HasPrefix(t, "noun "):
			w, err := parseWordLine(t[5:])
			if err != nil {
				warn("%v", err)
				continue
			}
			cur.Words = append(cur.Words, w)
		case strings.HasPrefix(t, "-"):
			pt, err := parsePatternLine(strings.TrimSpace(t[1:]))
			if err != nil {
				warn("%v", err)
				continue
			}
			pt.Origin = fmt.Sprintf("%s:%d", name, line)
			cur.Pats = append(cur.Pats, pt)
		default:
			warn("not understood: %q", t)
		}
	}
	return p, sc.Err()
}

func parseYieldIntent(s string, warn func(string, ...any)) (Yield, string) {
	s = strings.TrimSpace(s)
	intent := ""
	if i := strings.Index(s, "intent="); i >= 0 {
		intent = strings.TrimSpace(s[i+7:])
		s = strings.TrimSpace(s[:i])
	}
	y, ok := parseYield(s)
	if !ok {
		warn("bad code %q", s)
	}
	return y, intent
}

// parseWordLine reads "break down", "wire *tap", "leave | left leaves => 042:043".
func parseWordLine(s string) (VerbWord, error) {
	var w VerbWord
	s, ys, hasY := strings.Cut(s, "=>")
	if hasY {
		y, ok := parseYield(ys)
		if !ok {
			return w, fmt.Errorf("bad code %q", ys)
		}
		w.Yield = &y
	}
	words, forms, _ := strings.Cut(s, "|")
	for i, x := range strings.Fields(strings.ToLower(words)) {
		if strings.HasPrefix(x, "*") {
			w.Head = i
			x = x[1:]
		}
		w.Words = append(w.Words, x)
	}
	if len(w.Words) == 0 {
		return w, fmt.Errorf("no word")
	}
	w.Forms = strings.Fields(strings.ToLower(forms))
	return w, nil
}

// parsePatternLine reads "obj memos; pp:from $ => 091 recip intent=036".
func parsePatternLine(s string) (*Pattern, error) {
	body, y, ok := strings.Cut(s, "=>")
	if !ok {
		return nil, fmt.Errorf("pattern without '=>'")
	}
	pt := &Pattern{}
	fs := strings.Fields(y)
	if len(fs) == 0 {
		return nil, fmt.Errorf("pattern without a code")
	}
	yy, okc := parseYield(fs[0])
	if !okc {
		return nil, fmt.Errorf("bad code %q", fs[0])
	}
	pt.Yield = yy
	for _, f := range fs[1:] {
		switch {
		case f == "recip":
			pt.Recip = true
		case strings.HasPrefix(f, "intent="):
			pt.Intent = f[7:]
		default:
			return nil, fmt.Errorf("unknown flag %q", f)
		}
	}
	for _, part := range strings.Split(body, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		kw, rest, _ := strings.Cut(part, " ")
		var sl Slot
		switch {
		case kw == "obj":
			sl.Kind = SlotObj
		case kw == "subj":
			sl.Kind = SlotSubj
		case kw == "next":
			sl.Kind = SlotNext
		case strings.HasPrefix(kw, "pp:"):
			sl.Kind = SlotPP
			sl.Prep = strings.ReplaceAll(kw[3:], "_", " ")
		default:
			return nil, fmt.Errorf("unknown slot %q", kw)
		}
		for _, tok := range splitTerms(rest) {
			switch tok {
			case "$", "+":
				sl.Role = tok[0]
			case "~inf":
				sl.Infinitive = true
			default:
				if tm := parseTerm(tok); len(tm) > 0 {
					sl.Terms = append(sl.Terms, tm)
				}
			}
		}
		pt.Slots = append(pt.Slots, sl)
	}
	return pt, nil
}

// splitTerms splits on spaces, keeping "quoted phrases" whole.
func splitTerms(s string) []string {
	var out []string
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return out
		}
		if s[0] == '"' {
			j := strings.IndexByte(s[1:], '"')
			if j < 0 {
				out = append(out, s[1:])
				return out
			}
			out = append(out, s[1:1+j])
			s = s[j+2:]
			continue
		}
		j := strings.IndexByte(s, ' ')
		if j < 0 {
			return append(out, s)
		}
		out = append(out, s[:j])
		s = s[j:]
	}
}

// parseTerm reads a word, a phrase or a set reference.
func parseTerm(s string) Term {
	s = strings.Trim(s, `"`)
	var t Term
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "&") {
			t = append(t, Elem{Set: strings.ToUpper(w[1:])})
		} else {
			t = append(t, Elem{Word: strings.ToLower(w)})
		}
	}
	return t
}

// WritePatterns writes p in dyad's format; ParsePatterns reads it back.
func WritePatterns(w io.Writer, p *Patterns) error {
	bw := bufio.NewWriter(w)
	names := make([]string, 0, len(p.Sets))
	for k := range p.Sets {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(names) > 0 {
		bw.WriteString("# synonym sets\n")
	}
	for _, k := range names {
		var alts []string
		for _, t := range p.Sets[k] {
			alts = append(alts, termString(t))
		}
		fmt.Fprintf(bw, "&%s = %s\n", k, strings.Join(alts, " | "))
	}
	for _, b := range p.Blocks {
		kind := "verbs"
		if b.Noun {
			kind = "nouns"
		}
		fmt.Fprintf(bw, "\n%s %s => %s", kind, b.Name, b.Yield)
		if b.Intent != "" {
			fmt.Fprintf(bw, " intent=%s", b.Intent)
		}
		bw.WriteString("\n")
		for _, vw := range b.Words {
			word := "verb"
			if b.Noun {
				word = "noun"
			}
			ws := append([]string(nil), vw.Words...)
			if vw.Head != 0 {
				ws[vw.Head] = "*" + ws[vw.Head]
			}
			fmt.Fprintf(bw, "  %s %s", word, strings.Join(ws, " "))
			if extra := extraForms(vw); len(extra) > 0 {
				fmt.Fprintf(bw, " | %s", strings.Join(extra, " "))
			}
			if vw.Yield != nil {
				fmt.Fprintf(bw, " => %s", vw.Yield)
			}
			bw.WriteString("\n")
		}
		for _, pt := range b.Pats {
			var parts []string
			for _, s := range pt.Slots {
				parts = append(parts, slotString(s))
			}
			fmt.Fprintf(bw, "  - %s => %s", strings.Join(parts, "; "), pt.Yield)
			if pt.Recip {
				bw.WriteString(" recip")
			}
			if pt.Intent != "" {
				fmt.Fprintf(bw, " intent=%s", pt.Intent)
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

// extraForms lists the surface forms a lemma-matching coder could not
// derive: irregular ones. Regular -s, -ed, -ing forms are left out.
func extraForms(vw VerbWord) []string {
	base := vw.Words[vw.Head]
	reg := map[string]bool{}
	for _, f := range regularForms(base) {
		reg[f] = true
	}
	var out []string
	for _, f := range vw.Forms {
		if !reg[f] && f != base {
			out = append(out, f)
		}
	}
	return out
}

func slotString(s Slot) string {
	var b strings.Builder
	switch s.Kind {
	case SlotObj:
		b.WriteString("obj")
	case SlotSubj:
		b.WriteString("subj")
	case SlotNext:
		b.WriteString("next")
	case SlotPP:
		b.WriteString("pp:" + strings.ReplaceAll(s.Prep, " ", "_"))
	}
	for _, t := range s.Terms {
		b.WriteString(" ")
		if len(t) > 1 {
			b.WriteString(`"` + termString(t) + `"`)
		} else {
			b.WriteString(termString(t))
		}
	}
	if s.Infinitive {
		b.WriteString(" ~inf")
	}
	if s.Role != 0 {
		b.WriteString(" " + string(s.Role))
	}
	return b.String()
}

func termString(t Term) string {
	var ws []string
	for _, e := range t {
		if e.Set != "" {
			ws = append(ws, "&"+e.Set)
		} else {
			ws = append(ws, e.Word)
		}
	}
	s := strings.Join(ws, " ")
	return s
}

// regularForms derives a verb's regular inflections the way PETRARCH's
// dictionary reader does: -s/-es, -ed/-d/-ied, -ing with a final e dropped.
func regularForms(v string) []string {
	if v == "" {
		return nil
	}
	last := v[len(v)-1]
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s = v + "es"
	case last == 'y' && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		s = v[:len(v)-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
		ing = v[:len(v)-1] + "ing"
		if strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe") {
			ing = v + "ing"
		}
	case last == 'y' && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		ed = v[:len(v)-1] + "ied"
		ing = v + "ing"
	default:
		ed = v + "ed"
		ing = v + "ing"
	}
	return []string{v, s, ed, ing}
}
