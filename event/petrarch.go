package event

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// LoadPetrarchVerbs reads a PETRARCH (or TABARI) verb dictionary as it is:
// synonym sets (&NAME with +member lines), then blocks
//
//	--- NAME [code] ---
//	VERB {irregular forms} [own code]
//	+GO_BY {+WENT_BY ...}        a multi-word verb, '+' marking the inflected word
//	- words * words [code]       a pattern, '*' standing for the verb
//
// In patterns '$' marks the source, '+' the target, '%' a compound
// (reciprocal) subject, '^' a skipped phrase, {A B} a noun phrase,
// (P words) a prepositional phrase and &SET a synonym set. Each pattern
// becomes dyad slots: words before the verb constrain the subject, bare
// words after it the verb's complements, parenthesised groups its
// prepositional phrases (see docs/EVENTS.md). The blocks match surface
// forms, as PETRARCH does: the base form, the regular inflections derived
// from it and the listed irregular ones.
func LoadPetrarchVerbs(r io.Reader, name string) (*Patterns, error) {
	p := NewPatterns()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	warn := func(f string, a ...any) {
		p.Warnings = append(p.Warnings, fmt.Sprintf("%s:%d: ", name, line)+fmt.Sprintf(f, a...))
	}
	var cur *Block
	curSet := ""
	inComment := false
	for sc.Scan() {
		line++
		l := sc.Text()
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		// <!-- ... --> comments, possibly over several lines.
		if inComment {
			i := strings.Index(l, "-->")
			if i < 0 {
				continue
			}
			inComment = false
			l = l[i+3:]
		}
		for {
			i := strings.Index(l, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(l[i:], "-->")
			if j < 0 {
				l = l[:i]
				inComment = true
				break
			}
			l = l[:i] + l[i+j+3:]
		}
		blank := strings.TrimSpace(l) == ""
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		t := strings.TrimSpace(l)
		if t == "" {
			if blank {
				curSet = "" // a blank line ends a set; a comment line does not
			}
			continue
		}
		if strings.Contains(t, "---STOP---") {
			break
		}
		switch {
		case strings.HasPrefix(t, "&"):
			curSet = strings.ToUpper(strings.TrimSpace(strings.Fields(t[1:] + " ")[0]))
			if _, ok := p.Sets[curSet]; !ok {
				p.Sets[curSet] = nil
			}
			cur = nil
		case curSet != "" && strings.HasPrefix(t, "+"):
			m := strings.TrimSpace(t[1:])
			m = strings.Trim(m, "()")
			if tm := petrTerm(m); len(tm) > 0 {
				p.Sets[curSet] = append(p.Sets[curSet], tm)
			}
		case strings.HasPrefix(t, "---"):
			curSet = ""
			m := blockRe.FindStringSubmatch(t)
			if m == nil {
				warn("block header not understood: %q", t)
				cur = nil
				continue
			}
			y, ok := parseYield(m[2])
			if !ok {
				warn("block %s: code %q is not a CAMEO code; treated as null", m[1], m[2])
			}
			cur = &Block{Name: m[1], Yield: y, FormsOnly: true, Origin: fmt.Sprintf("%s:%d", name, line)}
			p.Blocks = append(p.Blocks, cur)
		case cur == nil:
			// Text between sections (headings, stray lines): PETRARCH skips it.
		case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "*"):
			if strings.HasPrefix(t, "-") {
				t = strings.TrimSpace(t[1:])
			}
			pt, err := petrPattern(t, warn)
			if err != nil {
				warn("%v", err)
				continue
			}
			pt.Origin = fmt.Sprintf("%s:%d", name, line)
			cur.Pats = append(cur.Pats, pt)
		default:
			vw, err := petrVerbLine(t)
			if err != nil {
				warn("%v", err)
				continue
			}
			cur.Words = append(cur.Words, vw)
		}
	}
	if err := sc.Err(); err != nil {
		return p, err
	}
	for k, v := range p.Sets {
		if len(v) == 0 {
			p.Warnings = append(p.Warnings, fmt.Sprintf("%s: set &%s is empty", name, k))
		}
	}
	return p, nil
}

var blockRe = regexp.MustCompile(`^---\s*([^\[\s]+)\s*\[([^\]]*)\]`)

// petrVerbLine reads "PERMIT {PERMITS PERMITTED}", "+GO_BY {+WENT_BY}",
// "WIRE_+TAP", "COMMUNICATE [040]".
func petrVerbLine(t string) (VerbWord, error) {
	var vw VerbWord
	if i := strings.IndexByte(t, '['); i >= 0 {
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			return vw, fmt.Errorf("verb line %q: missing ']'", t)
		}
		y, ok := parseYield(t[i+1 : i+j])
		if ok {
			vw.Yield = &y
		} else {
			null := Yield{Main: Null}
			vw.Yield = &null
		}
		t = t[:i] + t[i+j+1:]
	}
	var forms []string
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t, '}')
		if j < i {
			return vw, fmt.Errorf("verb line %q: missing '}'", t)
		}
		forms = strings.Fields(t[i+1 : j])
		t = t[:i] + t[j+1:]
	}
	main := strings.TrimSpace(t)
	if main == "" {
		return vw, fmt.Errorf("empty verb line")
	}
	main = strings.Fields(main)[0]
	words, head := splitCompound(main)
	if len(words) == 0 {
		return vw, fmt.Errorf("verb line %q: no word", t)
	}
	vw.Words, vw.Head = words, head
	// "+WIRE_TAP {+WIRE_TAPPED}": a '+' before the whole phrase only says it
	// is a multi-word verb; the inflected word is the one its forms change.
	if head == 0 && len(words) > 1 && len(forms) > 0 {
		if fw, _ := splitCompound(forms[0]); len(fw) == len(words) {
			for k := range words {
				if fw[k] != words[k] {
					head = k
					break
				}
			}
		}
	}
	vw.Head = head
	seen := map[string]bool{}
	for _, f := range regularForms(words[head]) {
		if !seen[f] {
			seen[f] = true
			vw.Forms = append(vw.Forms, f)
		}
	}
	for _, f := range forms {
		ws, h := splitCompound(f)
		if len(ws) == 0 {
			continue
		}
		if len(ws) == len(words) {
			h = head
		}
		if h >= len(ws) {
			h = 0
		}
		if x := ws[h]; !seen[x] {
			seen[x] = true
			vw.Forms = append(vw.Forms, x)
		}
	}
	return vw, nil
}

// splitCompound splits "WIRE_+TAP" into [wire tap] with the head at 1.
func splitCompound(s string) ([]string, int) {
	head := 0
	var out []string
	for _, w := range strings.Split(s, "_") {
		if w == "" {
			continue
		}
		if strings.HasPrefix(w, "+") {
			head = len(out)
			w = w[1:]
		}
		if w == "" {
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	if head >= len(out) {
		head = 0
	}
	return out, head
}

// petrTerm reads a synonym-set member or a {phrase}: words joined by spaces
// or underscores, possibly with &SET elements.
func petrTerm(s string) Term {
	s = strings.ReplaceAll(s, "_", " ")
	s = strings.NewReplacer("{", " ", "}", " ", "(", " ", ")", " ").Replace(s)
	var t Term
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "&") {
			t = append(t, Elem{Set: strings.ToUpper(w[1:])})
		} else if w != "^" && w != "$" && w != "+" && w != "%" {
			t = append(t, Elem{Word: strings.ToLower(w)})
		}
	}
	return t
}

// twoWordPreps are prepositions written as two words in patterns.
var twoWordPreps = map[string]bool{"out of": true, "close to": true, "according to": true, "because of": true,
	"instead of": true, "ahead of": true, "up to": true, "away from": true, "apart from": true, "along with": true}

// petrPattern converts one PETRARCH pattern ("* (ON RESOLUTION) [057]").
func petrPattern(t string, warn func(string, ...any)) (*Pattern, error) {
	i := strings.LastIndexByte(t, '[')
	j := strings.LastIndexByte(t, ']')
	if i < 0 || j < i {
		return nil, fmt.Errorf("pattern %q has no [code]", t)
	}
	y, ok := parseYield(strings.TrimRight(t[i+1:j], "!"))
	if !ok {
		// PETRARCH skips a pattern whose code it cannot read ("[+++]",
		// "[xxy]"): the verb's other patterns still apply.
		return nil, fmt.Errorf("pattern %q: code %q is not a CAMEO code; pattern skipped", strings.TrimSpace(t[:i]), t[i+1:j])
	}
	body := t[:i] // "_" joins the words of one phrase (petrTerm)
	body = strings.ReplaceAll(body, "*", " * ")
	pt := &Pattern{Yield: y}
	toks := groupTokens(body)
	star := -1
	for k, tk := range toks {
		if tk == "*" {
			star = k
			break
		}
	}
	if star < 0 {
		return nil, fmt.Errorf("pattern %q has no '*'", strings.TrimSpace(body))
	}
	// Before the verb: the subject.
	var subj Slot
	subj.Kind = SlotSubj
	for _, tk := range toks[:star] {
		switch {
		case tk == "%":
			pt.Recip = true
		case tk == "$" || tk == "+":
			subj.Role = tk[0]
		case tk == "^":
		case strings.HasPrefix(tk, "("):
			if sl, ok := petrPP(tk); ok {
				pt.Slots = append(pt.Slots, sl)
			}
		default:
			if tm := petrTerm(tk); len(tm) > 0 {
				subj.Terms = append(subj.Terms, tm)
			}
		}
	}
	if len(subj.Terms) > 0 || subj.Role != 0 {
		pt.Slots = append(pt.Slots, subj)
	}
	// After the verb: complements, prepositional phrases, actors. A bare
	// preposition followed by words ("* OVER EFFORTS") is a prepositional
	// phrase written without its parentheses, as older dictionaries do.
	objAt := -1
	after := toks[star+1:]
	for k := 0; k < len(after); k++ {
		tk := after[k]
		if lw := strings.ToLower(tk); barePreps[lw] && k+1 < len(after) && isBareWord(after[k+1]) {
			sl := Slot{Kind: SlotPP, Prep: lw}
			for k+1 < len(after) && isBareWord(after[k+1]) && !barePreps[strings.ToLower(after[k+1])] {
				k++
				if tm := petrTerm(after[k]); len(tm) > 0 {
					sl.Terms = append(sl.Terms, tm)
				}
			}
			if len(sl.Terms) > 0 {
				pt.Slots = append(pt.Slots, sl)
				continue
			}
		}
		switch {
		case tk == "%":
			pt.Recip = true
		case tk == "^" || tk == "*":
		case tk == "$" || tk == "+":
			pt.Slots = append(pt.Slots, Slot{Kind: SlotNext, Role: tk[0]})
		case strings.HasPrefix(tk, "("):
			if sl, ok := petrPP(tk); ok {
				pt.Slots = append(pt.Slots, sl)
			}
		default:
			tm := petrTerm(tk)
			if len(tm) == 0 {
				continue
			}
			if objAt < 0 {
				objAt = len(pt.Slots)
				pt.Slots = append(pt.Slots, Slot{Kind: SlotObj})
			}
			pt.Slots[objAt].Terms = append(pt.Slots[objAt].Terms, tm)
		}
	}
	return pt, nil
}

// barePreps are the prepositions that open a phrase written without
// parentheses after the verb.
var barePreps = map[string]bool{"of": true, "in": true, "on": true, "over": true, "with": true, "for": true,
	"from": true, "against": true, "about": true, "at": true, "by": true, "into": true, "between": true,
	"among": true, "toward": true, "towards": true, "under": true, "through": true, "across": true,
	"during": true, "upon": true, "onto": true, "without": true, "within": true}

// isBareWord reports whether a pattern token is a plain word or synonym set
// (not a role, a skip, a group or the verb).
func isBareWord(tk string) bool {
	switch tk {
	case "$", "+", "%", "^", "*":
		return false
	}
	return !strings.HasPrefix(tk, "(") && !strings.HasPrefix(tk, "{")
}

// petrPP converts "(ON RESOLUTION)", "(FROM $)", "(WITH)".
func petrPP(g string) (Slot, bool) {
	inner := strings.TrimSpace(strings.Trim(g, "()"))
	toks := groupTokens(inner)
	if len(toks) == 0 {
		return Slot{}, false
	}
	sl := Slot{Kind: SlotPP, Prep: strings.ToLower(toks[0])}
	rest := toks[1:]
	if len(rest) > 0 && twoWordPreps[sl.Prep+" "+strings.ToLower(rest[0])] {
		sl.Prep += " " + strings.ToLower(rest[0])
		rest = rest[1:]
	}
	for _, tk := range rest {
		switch tk {
		case "$", "+":
			sl.Role = tk[0]
		case "^", "%", "*":
		default:
			if tm := petrTerm(tk); len(tm) > 0 {
				sl.Terms = append(sl.Terms, tm)
			}
		}
	}
	return sl, true
}

// groupTokens splits a pattern into words, keeping {...} and (...) groups whole.
func groupTokens(s string) []string {
	var out []string
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '{' || c == '(':
			close := byte('}')
			if c == '(' {
				close = ')'
			}
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == c {
					depth++
				} else if s[j] == close {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			out = append(out, s[i:j+1])
			i = j + 1
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '{' && s[j] != '(' {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

// LoadPatternFile reads a pattern file in either format: a PETRARCH verb
// dictionary (it has "--- NAME [code] ---" block headers) as it is, or
// dyad's own format. This is what `--patterns FILE` loads.
func LoadPatternFile(path string) (*Patterns, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(path)
	if petrHeaderRe.Match(b) {
		return LoadPetrarchVerbs(bytes.NewReader(b), name)
	}
	return ParsePatterns(bytes.NewReader(b), name)
}

var petrHeaderRe = regexp.MustCompile(`(?m)^---\s*[^\[\s]+\s*\[[^\]]*\]\s*---`)
