package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// PETRARCH/TABARI dictionaries.
//
// Actor dictionary (Phoenix.Countries.actors.txt, PETR.Validate.actors.txt):
//
//	LUIZ_INACIO_LULA_DA_SILVA_  # comment
//	+LULA_DA_SILVA_                      synonym of the entry above
//		[BRAELI 630101-000101]             tab-indented: a date-restricted code
//		[BRAGOV >030101]                   from a date on (<date: up to a date)
//		[BRAELI]                           the default when no restriction applies
//	AFGHANISTAN_  [AFG]                  a phrase with its code on one line
//	JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]
//
// Words join with '_' (or a space, where PETRARCH lets other words come
// between; dyad matches both as consecutive words); a final '_' is ignored.
// Dates are YYMMDD (00–30 → 20YY, else 19YY, as KEDS/TABARI/PETRARCH) or
// YYYYMMDD. Comments: lines starting '#' or '<!', text after " #" or ';',
// <!-- … --> (also over several lines). "---STOP---" ends the file. A phrase
// with no code takes the codes of the next entry that has some, as in
// PETRARCH. "[---]" and "[###]" are null codes: the phrase is known but not
// coded.
//
// Agent dictionary (Phoenix.agents.txt):
//
//	!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
//	FOREIGN_!MINIST! [~GOV]              one phrase per substitution
//	POLICE {} [~COP]                     {} = no plural
//	THIEF {THIEVES} [~CRM]               explicit plural
//	AMBASSADOR [~GOV]                    regular plural added (…S, …ES, …IES)

// PetrarchCode is one code of an actor entry with its date restriction.
type PetrarchCode struct {
	Code string // "" for a null code ([---])
	From string // YYYY-MM-DD, "" = no lower bound
	To   string // YYYY-MM-DD, "" = no upper bound
	// Default is true for an unrestricted code: PETRARCH uses it when no
	// date restriction of the entry applies.
	Default bool
}

// PetrarchActor is one entry of an actor dictionary.
type PetrarchActor struct {
	Names   []string // phrases as words separated by spaces; Names[0] is the primary phrase
	Codes   []PetrarchCode
	Line    int    // line of the primary phrase
	Comment string // text of a trailing comment on the primary line
}

// PetrarchActors is a parsed actor dictionary.
type PetrarchActors struct {
	Entries  []PetrarchActor
	Warnings []string // lines skipped, as PETRARCH would, with line numbers
}

// PetrarchAgent is one phrase of an agent dictionary with its code.
type PetrarchAgent struct {
	Phrase string // words separated by spaces
	Code   string // without the '~'
	Line   int
}

// PetrarchAgents is a parsed agent dictionary.
type PetrarchAgents struct {
	Entries  []PetrarchAgent
	Warnings []string
}

// petrLines yields the content lines of a dictionary with comments removed,
// keeping a leading tab (it marks a date-restriction line).
type petrLines struct {
	sc        *bufio.Scanner
	line      int
	inComment bool
	comment   string // the trailing comment of the last line returned
}

func newPetrLines(r io.Reader) *petrLines {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	return &petrLines{sc: sc}
}

func (p *petrLines) next() (string, bool) {
	for p.sc.Scan() {
		p.line++
		s := strings.TrimRight(p.sc.Text(), "\r\n")
		if p.line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if p.inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				continue
			}
			p.inComment = false
			s = s[i+3:]
		}
		for {
			i := strings.Index(s, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], "-->")
			if j < 0 {
				s = s[:i]
				p.inComment = true
				break
			}
			s = s[:i] + s[i+j+3:]
		}
		if strings.HasPrefix(s, "#") || strings.HasPrefix(s, "<!") {
			continue
		}
		p.comment = ""
		for _, sep := range []string{" #", "\t#", ";", "]#"} {
			if i := strings.Index(s, sep); i >= 0 {
				cut := i
				if sep == "]#" {
					cut = i + 1
				}
				p.comment = strings.TrimSpace(s[cut+len(sep)-boolInt(sep == "]#"):]) + " " + p.comment
				s = s[:cut]
			}
		}
		p.comment = strings.TrimSpace(p.comment)
		if strings.TrimSpace(s) == "" {
			continue
		}
		return s, true
	}
	return "", false
}

// phraseWords turns a dictionary phrase into space-separated words.
func phraseWords(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// petrDate converts a PETRARCH date string (YYMMDD or YYYYMMDD) to YYYY-MM-DD
// with PETRARCH's rules: seven characters or fewer is YYMMDD, 00–30 is 20YY.
func petrDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	var y, m, d int
	var err error
	atoi := func(x string) int {
		n, e := strconv.Atoi(x)
		if e != nil && err == nil {
			err = e
		}
		return n
	}
	if len(s) > 7 {
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	} else if len(s) >= 6 {
		y, m, d = atoi(s[:2]), atoi(s[2:4]), atoi(s[4:6])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	} else {
		return "", fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
	}
	if err != nil {
		return "", fmt.Errorf("date %q: not a number", s)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return "", fmt.Errorf("date %q: no such day", s)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), nil
}

// parseCodeGroup reads the inside of one [...] group.
func parseCodeGroup(g string) (PetrarchCode, error) {
	g = strings.TrimSpace(g)
	code, rest, _ := strings.Cut(g, " ")
	if i := strings.IndexAny(code, "<>"); i > 0 { // [HOB<950601]
		code, rest = code[:i], code[i:]+" "+rest
	}
	code = strings.ToUpper(strings.TrimSpace(code))
	if strings.Trim(code, "-#") == "" {
		code = ""
	}
	rest = strings.TrimSpace(rest)
	pc := PetrarchCode{Code: code}
	switch {
	case rest == "":
		pc.Default = true
	case rest[0] == '<' || rest[0] == '>':
		digits := strings.TrimSpace(rest[1:])
		if i := strings.IndexFunc(digits, func(r rune) bool { return !unicode.IsDigit(r) }); i >= 0 {
			digits = digits[:i]
		}
		d, err := petrDate(digits)
		if err != nil {
			return pc, err
		}
		if rest[0] == '<' {
			pc.To = d
		} else {
			pc.From = d
		}
	case strings.Contains(rest, "-"):
		a, b, _ := strings.Cut(rest, "-")
		from, err := petrDate(a)
		if err != nil {
			return pc, err
		}
		to, err := petrDate(b)
		if err != nil {
			return pc, err
		}
		if to < from {
			return pc, fmt.Errorf("end date %s before start %s", to, from)
		}
		pc.From, pc.To = from, to
	default:
		return pc, fmt.Errorf("restriction %q not understood", rest)
	}
	return pc, nil
}

// codeGroups returns the [...] groups of a line and the text before the first.
func codeGroups(s string) (before string, groups []string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, nil
	}
	before = s[:i]
	rest := s[i:]
	for {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ']')
		if j < 0 {
			groups = append(groups, rest[i+1:])
			break
		}
		groups = append(groups, rest[i+1:i+j])
		rest = rest[i+j+1:]
	}
	return before, groups
}

// LoadPetrarchActors parses a PETRARCH/TABARI actor dictionary. Lines that
// PETRARCH would skip (bad dates, a restriction with no code) are skipped and
// listed in Warnings; only a read error is an error.
func LoadPetrarchActors(r io.Reader) (*PetrarchActors, error) {
	out := &PetrarchActors{}
	lines := newPetrLines(r)
	var cur *PetrarchActor
	var pending []string // phrases still waiting for a code
	pendingLine := 0
	warn := func(format string, args ...any) {
		out.Warnings = append(out.Warnings, fmt.Sprintf("line %d: ", lines.line)+fmt.Sprintf(format, args...))
	}
	flush := func() {
		if cur != nil && len(cur.Codes) > 0 {
			out.Entries = append(out.Entries, *cur)
			cur = nil
		}
	}
	addCodes := func(groups []string) {
		for _, g := range groups {
			pc, err := parseCodeGroup(g)
			if err != nil {
				warn("%v; restriction skipped", err)
				continue
			}
			cur.Codes = append(cur.Codes, pc)
		}
	}
	for {
		s, ok := lines.next()
		if !ok {
			break
		}
		if strings.Contains(s, "---STOP---") {
			break
		}
		switch {
		case s[0] == '\t' || s[0] == ' ' && strings.HasPrefix(strings.TrimSpace(s), "["):
			_, groups := codeGroups(s)
			if len(groups) == 0 {
				warn("indented line without [code]; skipped")
				continue
			}
			if cur == nil {
				warn("code with no phrase before it; skipped")
				continue
			}
			addCodes(groups)
		case s[0] == '+':
			name := phraseWords(s[1:])
			if name == "" {
				continue
			}
			if cur == nil {
				warn("synonym with no phrase before it; skipped")
				continue
			}
			cur.Names = append(cur.Names, name)
		default:
			before, groups := codeGroups(s)
			name := phraseWords(before)
			if name == "" {
				warn("no phrase before [code]; skipped")
				continue
			}
			if cur != nil && len(cur.Codes) == 0 {
				// The previous phrase had no code: it waits for this one's.
				pending = append(pending, cur.Names...)
				if pendingLine == 0 {
					pendingLine = cur.Line
				}
			}
			flush()
			cur = &PetrarchActor{Names: []string{name}, Line: lines.line, Comment: lines.comment}
			if len(pending) > 0 {
				cur.Names = append(cur.Names, pending...)
				cur.Line = pendingLine
				pending, pendingLine = nil, 0
			}
			addCodes(groups)
		}
	}
	if cur != nil && len(cur.Codes) == 0 && len(cur.Names) > 0 {
		out.Warnings = append(out.Warnings, fmt.Sprintf("line %d: %q has no code; skipped", cur.Line, cur.Names[0]))
	}
	flush()
	if err := lines.sc.Err(); err != nil {
		return out, err
	}
	return out, nil
}

// LoadPetrarchAgents parses a PETRARCH agent dictionary.
func LoadPetrarchAgents(r io.Reader) (*PetrarchAgents, error) {
	out := &PetrarchAgents{}
	lines := newPetrLines(r)
	subst := map[string][]string{}
	warn := func(format string, args ...any) {
		out.Warnings = append(out.Warnings, fmt.Sprintf("line %d: ", lines.line)+fmt.Sprintf(format, args...))
	}
	add := func(phrase, code string) {
		if p := phraseWords(phrase); p != "" {
			out.Entries = append(out.Entries, PetrarchAgent{Phrase: p, Code: code, Line: lines.line})
		}
	}
	for {
		s, ok := lines.next()
		if !ok {
			break
		}
		if strings.Contains(s, "---STOP---") {
			break
		}
		if strings.Contains(s, "!") && strings.Contains(s, "=") && !strings.Contains(s, "[") {
			a := strings.IndexByte(s, '!')
			b := strings.IndexByte(s[a+1:], '!')
			eq := strings.IndexByte(s, '=')
			if b < 0 || eq < a {
				warn("substitution marker incorrectly defined; skipped")
				continue
			}
			marker := s[a+1 : a+1+b]
			var items []string
			for _, it := range strings.Split(s[eq+1:], ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			subst[marker] = items
			continue
		}
		before, groups := codeGroups(s)
		if len(groups) == 0 {
			warn("codes are required for agents; skipped")
			continue
		}
		code := strings.ToUpper(strings.Trim(strings.TrimSpace(groups[0]), "~ "))
		if i := strings.IndexByte(code, ' '); i > 0 {
			code = code[:i]
		}
		phrase := strings.TrimSpace(before)
		if strings.Contains(phrase, "!") {
			a := strings.IndexByte(phrase, '!')
			b := strings.IndexByte(phrase[a+1:], '!')
			if b < 0 {
				warn("substitution marker syntax incorrect; skipped")
				continue
			}
			marker := phrase[a+1 : a+1+b]
			items, ok := subst[marker]
			if !ok {
				warn("substitution marker !%s! not defined; skipped", marker)
				continue
			}
			for _, it := range items {
				add(phrase[:a]+it+phrase[a+2+b:], code)
			}
			continue
		}
		if i := strings.IndexByte(phrase, '{'); i >= 0 {
			j := strings.IndexByte(phrase, '}')
			if j < i {
				warn("missing '}'; skipped")
				continue
			}
			plural := strings.TrimSpace(phrase[i+1 : j])
			add(phrase[:i], code)
			if plural != "" {
				add(plural, code)
			}
			continue
		}
		add(phrase, code)
		p := strings.TrimRight(strings.TrimSpace(phrase), "_")
		switch {
		case strings.HasSuffix(p, "Y"):
			add(p[:len(p)-1]+"IES", code)
		case strings.HasSuffix(p, "S"):
			add(p+"ES", code)
		default:
			add(p+"S", code)
		}
	}
	if err := lines.sc.Err(); err != nil {
		return out, err
	}
	return out, nil
}

// ErrSharedKB is returned when AddPetrarch is asked to change the shared KB
// from LoadKB.
var ErrSharedKB = errors.New("the KB from LoadKB is shared and read-only: Clone it (or use NewKB) before AddPetrarch")

// AddPetrarch adds PETRARCH actor and agent dictionaries (either may be nil)
// to k, or with replace makes them the whole KB (the codes table is kept so
// composite codes still split into country and sector). Warnings about
// skipped lines are returned in the error only when nothing could be read.
func (k *KB) AddPetrarch(actors, agents io.Reader, replace bool) error {
	var pa *PetrarchActors
	var pg *PetrarchAgents
	var err error
	if actors != nil {
		if pa, err = LoadPetrarchActors(actors); err != nil {
			return fmt.Errorf("actor dictionary: %w", err)
		}
	}
	if agents != nil {
		if pg, err = LoadPetrarchAgents(agents); err != nil {
			return fmt.Errorf("agent dictionary: %w", err)
		}
	}
	return k.AddPetrarchDicts(pa, pg, replace)
}

// AddPetrarchDicts adds parsed dictionaries; see AddPetrarch.
func (k *KB) AddPetrarchDicts(actors *PetrarchActors, agents *PetrarchAgents, replace bool) error {
	if k.shared {
		return ErrSharedKB
	}
	if k.vocab == nil {
		*k = *NewKB()
	}
	if replace {
		codes := k.codes
		*k = *NewKB()
		k.codes = codes
	}
	split := func(code string) (string, string) {
		return splitCode(code, func(c string) bool {
			if _, ok := k.codes[c]; ok {
				return true
			}
			_, ok := specialCodes[c]
			return ok
		}, func(c string) bool { return k.codes[c].kind == KindRegion }, nil)
	}
	if actors != nil {
		for _, a := range actors.Entries {
			k.addPetrarchActor(a, split)
		}
	}
	if agents != nil {
		for _, g := range agents.Entries {
			e := entry{kind: KindSector, name: strings.ToLower(g.Phrase), code: g.Code, sector: g.Code,
				role: strings.ToLower(g.Phrase), source: "petrarch-agents", origin: fmt.Sprintf("agents:%d", g.Line)}
			k.entries = append(k.entries, e)
			k.addPetrarchAlias(int32(len(k.entries)-1), g.Phrase, e.origin)
		}
	}
	k.meta = append(k.meta, metaPair{"petrarch", fmt.Sprintf("replace=%v", replace)})
	return nil
}

func (k *KB) addPetrarchActor(a PetrarchActor, split func(string) (string, string)) {
	origin := fmt.Sprintf("actors:%d", a.Line)
	e := entry{name: titleWords(a.Names[0]), source: "petrarch-actors", origin: origin}
	dated := false
	for _, c := range a.Codes {
		if !c.Default {
			dated = true
		}
	}
	if !dated {
		// One fixed code (the last default wins, as in PETRARCH).
		code := a.Codes[len(a.Codes)-1].Code
		e.code = code
		e.country, e.sector = split(code)
		e.kind = KindActor
		if len(code) == 3 {
			if ci, ok := k.codes[code]; ok && (ci.kind == KindCountry || ci.kind == KindRegion) {
				e.kind = ci.kind
			}
		}
	} else {
		e.kind = KindPerson
		for _, c := range a.Codes {
			country, sector := split(c.Code)
			r := role{code: c.Code, country: country, sector: sector, class: "PETRARCH", source: "petrarch-actors:" + strconv.Itoa(a.Line), fallback: c.Default}
			r.title = c.Code
			if c.From != "" {
				r.start, _ = parseDate(c.From, false)
			}
			if c.To != "" {
				r.end, _ = parseDate(c.To, true)
			}
			e.roles = append(e.roles, r)
			if e.country == "" && country != "" {
				e.country = country
			}
		}
	}
	k.entries = append(k.entries, e)
	ei := int32(len(k.entries) - 1)
	for _, n := range a.Names {
		k.addPetrarchAlias(ei, n, origin)
	}
}

// addPetrarchAlias indexes a dictionary phrase. PETRARCH matches regardless
// of case, so the alias does too, except one-word phrases of up to three
// letters ("US", "UN"), which must be in capitals as in dyad's own KB.
func (k *KB) addPetrarchAlias(e int32, phrase, origin string) {
	toks := normTokens(phrase)
	if len(toks) == 0 {
		return
	}
	mode := caseAny
	if len(toks) == 1 && len([]rune(toks[0])) <= 3 {
		mode = caseExact
	}
	a := alias{text: phrase, entry: e, mode: mode, origin: origin}
	for _, t := range toks {
		a.toks = append(a.toks, k.intern(t))
	}
	k.index(a)
}

// titleWords makes "LUIZ INACIO LULA DA SILVA" readable: "Luiz Inacio Lula Da Silva".
func titleWords(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
