package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Historic heads of state and government from the <Leaders> sections of
// PETRARCH's CountryInfo.120116.txt (CAMEO/Parus Analytics, CC BY-SA 3.0):
// per country, sections such as <Presidents>, <Prime ministers>, <Kings>,
// <Chancellors> or <Junta> list people with dated spells
// ("AUGUSTO_PINOCHET_UGARTE_ [19740627 - 19900311]"). Phoenix codes the same
// spells as plain CHLGOV roles without saying which office they are; a spell
// tells that they were the head of state or government, which ranks them
// above other offices and lets the surname rule name them ("Pinochet").

// countryInfoRelease is the date of CountryInfo.120116: a spell still open
// ("[>20060311]") is known to last to here.
const countryInfoRelease = "2012-01-16"

type leaderSpell struct {
	country, name    string   // block's country code, name as written ("Augusto Pinochet Ugarte")
	alts             []string // the other spellings of "{A_}{B_}" lines ("Benjamin William Mkapa")
	section          string   // "Presidents"
	class, title     string   // HOS/HOG and the office ("President")
	start, end, open string   // dates; open: the end is the file's release
	line             int
	used             bool
}

// countryInfo is what kbgen reads from CountryInfo beyond codes.
type countryInfo struct {
	spells []*leaderSpell
	byName map[string][]*leaderSpell // country|key(name) → spells
	places map[string]bool           // key of capitals and major cities
}

// readCountryInfo parses the leaders' spells and the place names of
// CountryInfo. codeOK maps a block's country code to a KB country code ("" to
// skip the block: sub-national entities, unknown codes).
func readCountryInfo(r io.Reader, codeOK func(string) string) (*countryInfo, error) {
	ci := &countryInfo{byName: map[string][]*leaderSpell{}, places: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	country, section, block := "", "", ""
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if !utf8.ValidString(line) {
			line = latin1(line)
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, "<CountryCode>") {
			c, _, _ := strings.Cut(strings.TrimPrefix(t, "<CountryCode>"), "</CountryCode>") // "#from …" may follow
			country, block, section = codeOK(strings.TrimSpace(c)), "", ""
			continue
		}
		if strings.HasPrefix(t, "<") {
			tag := strings.Trim(t, "<>/ ")
			if i := strings.IndexByte(tag, '>'); i >= 0 {
				// <CountryName>X</CountryName> on one line: not a section.
				continue
			}
			closing := strings.HasPrefix(t, "</")
			switch tag {
			case "Leaders", "Capital", "MajorCities", "Government", "Nationality", "Regions", "GeogFeatures", "Country", "Comment":
				if closing || tag == "Country" {
					block, section = "", ""
				} else {
					block, section = tag, ""
				}
				continue
			}
			if block != "Leaders" {
				continue
			}
			// Some sections are closed by repeating the opening tag ("<President>").
			if closing || tag == section {
				section = ""
			} else {
				section = tag
			}
			continue
		}
		switch block {
		case "Capital", "MajorCities":
			if k := key(strings.ReplaceAll(strings.Fields(t)[0], "_", " ")); k != "" {
				ci.places[k] = true
			}
		case "Leaders":
			if country == "" || section == "" {
				continue
			}
			class, title := leaderClass(section)
			if class == "" {
				continue
			}
			names, spells := leaderLine(t)
			for _, s := range spells {
				s.country, s.name, s.alts, s.section, s.class, s.title, s.line = country, names[0], names[1:], section, class, title, n
				ci.spells = append(ci.spells, s)
				for _, name := range names {
					k := country + "|" + key(name)
					ci.byName[k] = append(ci.byName[k], s)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading CountryInfo: %w", err)
	}
	return ci, nil
}

func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

// leaderLine reads "NEBOJSA_COVIC (ACTING_ [20030312 - 20030316] [B:19580101]":
// the name and its undated-code spells. Spells with a code of their own
// ("[YUGGOV 19810515 - 19820516]") are Phoenix's business and skipped.
func leaderLine(t string) ([]string, []*leaderSpell) {
	i := strings.IndexByte(t, '[')
	if i < 0 {
		return nil, nil
	}
	raw := t[:i]
	if j := strings.IndexByte(raw, '('); j >= 0 {
		raw = raw[:j]
	}
	// "{BENJAMIN_MKAPA_}{BENJAMIN_WILLIAM_MKAPA_}": spellings of one
	// leader, the first the name
	var names []string
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '{' || r == '}' }) {
		if name := strings.Join(strings.Fields(strings.ReplaceAll(part, "_", " ")), " "); name != "" {
			names = append(names, titleCaps(name))
		}
	}
	if len(names) == 0 {
		return nil, nil
	}
	var out []*leaderSpell
	for rest := t[i:]; ; {
		a := strings.IndexByte(rest, '[')
		if a < 0 {
			break
		}
		b := strings.IndexByte(rest[a:], ']')
		if b < 0 {
			break
		}
		in := strings.TrimSpace(rest[a+1 : a+b])
		rest = rest[a+b+1:]
		if s := parseSpell(in); s != nil {
			out = append(out, s)
		}
	}
	return names, out
}

// parseSpell reads "19740627 - 19900311", ">20060311" or "<19900311".
func parseSpell(in string) *leaderSpell {
	switch {
	case strings.HasPrefix(in, ">"):
		d, ok := ciDate(in[1:])
		if !ok {
			return nil
		}
		return &leaderSpell{start: d, end: countryInfoRelease, open: countryInfoRelease}
	case strings.HasPrefix(in, "<"):
		d, ok := ciDate(in[1:])
		if !ok {
			return nil
		}
		return &leaderSpell{end: d}
	}
	a, b, ok := strings.Cut(in, "-")
	if !ok {
		return nil
	}
	s, ok1 := ciDate(a)
	e, ok2 := ciDate(b)
	if !ok1 || !ok2 || e < s {
		return nil
	}
	return &leaderSpell{start: s, end: e}
}

// ciDate reads YYYYMMDD; an impossible day ("19990231") is the month's last.
func ciDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 8 {
		return "", false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	ym := s[:4] + "-" + s[4:6]
	t, err := time.Parse("2006-01", ym)
	if err != nil {
		return "", false
	}
	d := s[6:]
	last := t.AddDate(0, 1, -1).Format("02")
	if d == "00" {
		d = "01"
	}
	if d > last {
		d = last
	}
	return ym + "-" + d, true
}

// leaderClass says which sections list heads of state (HOS) and of
// government (HOG), with the office as a title. Governors, administrators,
// commissioners and representatives of another state, and legislature
// speakers, are not the country's leaders: "".
func leaderClass(section string) (string, string) {
	s := strings.ToLower(strings.ReplaceAll(section, "_", " "))
	for _, w := range []string{"governor", "administrator", "commissioner", "representative", "national assembly",
		"council of deputies", "supreme commander", "occupation", "vice", "deputy"} {
		if strings.Contains(s, w) {
			return "", ""
		}
	}
	title := singularTitle(section)
	for _, w := range []string{"prime minister", "premier", "chancellor", "head of government", "heads of government",
		"chief of government", "chiefs of government", "council of ministers", "executive council", "government council",
		"governing council", "chief minister", "government business", "cabinet chief", "government leader", "ministers of state",
		"operative management", "people's committee", "people's commissars"} {
		if strings.Contains(s, w) {
			return "HOG", title
		}
	}
	for _, w := range []string{"president", "king", "queen", "emir", "sultan", "emperor", "shah", "head of state", "heads of state",
		"junta", "council", "ruler", "prince", "leader", "presidium", "chairm", "regency", "committee", "commission",
		"secretar", "political bureau", "head of", "rada", "soviet"} {
		if strings.Contains(s, w) {
			return "HOS", title
		}
	}
	return "", ""
}

// singularTitle: "Prime ministers" → "Prime minister", "Chairmen of the
// council of state" → "Chairman of the council of state".
func singularTitle(section string) string {
	// "Prime ministers (PRESIDENTS_OF_THE_COUNCIL_OF_MINISTER", "Princes/PRINCESSE":
	// the first name of the office only.
	if i := strings.IndexAny(section, "(,/"); i > 0 {
		section = section[:i]
	}
	section = strings.ToLower(strings.ReplaceAll(section, "_", " "))
	words := strings.Fields(section)
	// The head noun is the last word before "of" (or the last word).
	h := len(words) - 1
	for i, w := range words {
		if strings.ToLower(w) == "of" {
			h = i - 1
			break
		}
	}
	if h >= 0 {
		w := words[h]
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lw, "men"):
			w = w[:len(w)-3] + "man"
		case strings.HasSuffix(lw, "ies"):
			w = w[:len(w)-3] + "y"
		case strings.HasSuffix(lw, "ss"):
		case strings.HasSuffix(lw, "s"):
			w = w[:len(w)-1]
		}
		words[h] = w
	}
	t := strings.Join(words, " ")
	if t != "" {
		r, n := utf8.DecodeRuneInString(t)
		t = strings.ToUpper(string(r)) + t[n:]
	}
	return t
}

// ciCode maps a CountryInfo block code to a KB country code: three letters
// the KB knows; a six-letter territory code ("GBRVGB", "USAASM") only when
// its last three letters are a KB country; sub-national blocks ("BIHSPR",
// "CHNTIB") are left out.
func (g *gen) ciCode(c string) string {
	switch {
	case len(c) == 3 && g.codes[c] && g.isCountryCode(c):
		return c
	case len(c) == 6 && g.codes[c[3:]] && g.isCountryCode(c[3:]):
		return c[3:]
	}
	return ""
}

func (g *gen) isCountryCode(c string) bool {
	return !g.regions[c] && (g.iso2to3Has(c) || c == "KSV" || c == "TMP")
}

func (g *gen) readLeaders() {
	f, err := os.Open(g.shared("petrarch-dictionaries/CountryInfo.120116.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	ci, err := readCountryInfo(f, g.ciCode)
	if err != nil {
		log.Fatal(err)
	}
	g.ci = ci
	hos, hog := 0, 0
	for _, s := range ci.spells {
		if s.class == "HOS" {
			hos++
		} else {
			hog++
		}
	}
	g.note("CountryInfo leaders: %d dated spells (%d heads of state, %d of government), %d place names", len(ci.spells), hos, hog, len(ci.places))
}

// leaderSpellFor finds the CountryInfo spell that a Phoenix government role
// of a person with these names codes: the same country and name, and dates
// that agree (starts within 31 days, or overlapping for at least half of
// the shorter of the two).
func (g *gen) leaderSpellFor(names []string, r roleRec) *leaderSpell {
	if g.ci == nil || len(r.code) < 6 || r.code[3:] != "GOV" {
		return nil
	}
	c := g.roleCountry(r.code)
	var best *leaderSpell
	bestOv := 0
	for _, n := range names {
		for _, s := range g.ci.byName[c+"|"+key(n)] {
			if ov := spellAgree(s.start, s.end, r.start, r.end); ov > bestOv {
				best, bestOv = s, ov
			}
		}
	}
	return best
}

// spellAgree scores how well two date ranges agree: 0 when they do not.
func spellAgree(s1, e1, s2, e2 string) int {
	if s1 == "" || s2 == "" {
		return 0
	}
	a1, b1 := dayNum(lo(s1)), dayNum(hi(orDefault(e1, countryInfoRelease)))
	a2, b2 := dayNum(lo(s2)), dayNum(hi(orDefault(e2, phoenixHorizon)))
	ov := min(b1, b2) - max(a1, a2)
	short := min(b1-a1, b2-a2)
	d := a1 - a2
	if d < 0 {
		d = -d
	}
	if d <= 31 && ov > 0 {
		return ov + 1
	}
	if ov > 0 && 2*ov >= short {
		return ov + 1
	}
	return 0
}

func dayNum(s string) int {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0
	}
	return int(t.Unix() / 86400)
}

// classifyPhoenixRoles gives Phoenix government roles that are a CountryInfo
// leader's spell the spell's class and office.
// It returns the leader's name as CountryInfo writes it ("" when no role is
// a spell): Phoenix's first phrase is sometimes a title ("Russian President
// Yeltsin").
func (g *gen) classifyPhoenixRoles(names []string, roles []roleRec) string {
	name := ""
	for i := range roles {
		if s := g.leaderSpellFor(names, roles[i]); s != nil {
			if name == "" {
				name = s.name
			}
			roles[i].class = s.class
			roles[i].title = s.title + " (CountryInfo)"
			roles[i].source += ";class=countryinfo:" + fmt.Sprint(s.line)
			s.used = true
			g.ciClassified++
		}
	}
	return name
}

// countryInfoLeaders adds the spells no Phoenix role coded (leaders Phoenix
// leaves out, such as Slobodan Milosevic) as roles of the person of that
// name and country, or of a new person. As for Phoenix, a person the modern
// sources know keeps these roles only before 2000 and their first modern role.
func (g *gen) countryInfoLeaders() {
	if g.ci == nil {
		return
	}
	idx := g.nameIndex()
	type group struct {
		country, name string
		alts          []string
		spells        []*leaderSpell
	}
	groups := map[string]*group{}
	var order []string
	for _, s := range g.ci.spells {
		if s.used || s.start == "" {
			continue
		}
		k := s.country + "|" + key(s.name)
		if groups[k] == nil {
			groups[k] = &group{country: s.country, name: s.name, alts: s.alts}
			order = append(order, k)
		}
		groups[k].spells = append(groups[k].spells, s)
	}
	sort.Strings(order)
	added, newP, merged, clipped := 0, 0, 0, 0
	for _, k := range order {
		gr := groups[k]
		var p *person
		for _, name := range append([]string{gr.name}, gr.alts...) {
			if p = g.persons["phx:"+strings.ToLower(gr.country)+":"+slug(name)]; p != nil {
				break
			}
		}
		for _, name := range append([]string{gr.name}, gr.alts...) {
			if p != nil {
				break
			}
			p = g.matchByName(idx, gr.country, name, "")
		}
		if p == nil {
			p = g.getPerson("ci:"+strings.ToLower(gr.country)+":"+slug(gr.name), gr.name)
			newP++
		} else {
			merged++
		}
		cut := ""
		for _, r := range p.roles {
			if r.file != "phoenix" && r.file != "countryinfo" && r.start != "" {
				if cut == "" || lo(r.start) < cut {
					cut = lo(r.start)
				}
				if cut > "2000-01-01" {
					cut = "2000-01-01"
				}
			}
		}
		p.sources["countryinfo"] = true
		p.addName(gr.name)
		for _, a := range gr.alts {
			p.addName(a)
		}
		for _, s := range gr.spells {
			start, end := s.start, s.end
			src := fmt.Sprintf("countryinfo:%d", s.line)
			if s.open != "" {
				src += ";open-end=" + s.open
			}
			if cut != "" {
				last := dayBefore(cut)
				if lo(start) > last {
					clipped++
					continue
				}
				if hi(end) > last {
					end = last
					src += ";clipped-before-modern"
				}
			}
			p.roles = append(p.roles, roleRec{code: gr.country + "GOV", title: s.title + " (CountryInfo)", class: s.class,
				start: start, end: end, source: src, file: "countryinfo"})
			added++
		}
	}
	g.note("CountryInfo leaders: %d Phoenix roles classified as head of state/government; %d further spells added as roles (%d people already known, %d new), %d left out (after the person's modern record starts)",
		g.ciClassified, added, merged, newP, clipped)
}

// Naming conventions ------------------------------------------------------

// spanishNaming lists countries whose people carry two surnames, paternal
// then maternal ("Augusto Pinochet Ugarte"): the paternal one is the name
// used alone. Portuguese names put the paternal surname last, so the last
// word rule already holds for them.
var spanishNaming = map[string]bool{"ESP": true, "MEX": true, "GTM": true, "HND": true, "SLV": true, "NIC": true, "CRI": true,
	"PAN": true, "CUB": true, "DOM": true, "PRI": true, "COL": true, "VEN": true, "ECU": true, "PER": true, "BOL": true,
	"CHL": true, "ARG": true, "URY": true, "PRY": true}

// firstWordName: countries whose historic leaders go by the first word of
// their names: Chinese names written family name first ("Yeoh Ghim Seng"),
// Malay given names ("Mahathir Mohamad"). For heads in the modern sources
// the factbook's capitals say it.
var firstWordName = map[string]bool{"SGP": true, "MYS": true}

// noSurnames: Burmese names have no surname ("Than Shwe" is not "Shwe").
var noSurnames = map[string]bool{"MMR": true}

// nameParticles are words inside compound surnames ("Sánchez de Lozada"):
// such names are left alone.
var nameParticles = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "y": true, "e": true,
	"da": true, "do": true, "dos": true, "van": true, "von": true, "san": true, "santa": true, "santo": true,
	"saint": true, "st": true}

// spanishShort splits a Spanish-style full name into the short form and the
// paternal surname: the first word after the given names (words other people
// use as first names) that is followed by at least one more word. "Augusto
// Pinochet Ugarte" → "Augusto Pinochet", "Pinochet"; "Carlos Andrés Pérez
// Rodríguez" → "Carlos Andrés Pérez", "Pérez"; "Carlos Saúl Menem" (one
// surname) → "", "Menem"; "Eduardo Frei Ruiz-Tagle" → "Eduardo Frei", "Frei".
// Names with particles ("Sánchez de Lozada"), initials or a hyphen before the
// last word give "", "".
func spanishShort(name string, given map[string]bool) (string, string) {
	toks := strings.Fields(name)
	if len(toks) < 2 {
		return "", ""
	}
	for i, t := range toks {
		// A hyphen may join the maternal surname ("Ruiz-Tagle"), nothing else.
		if nameParticles[strings.ToLower(t)] || strings.ContainsAny(t, "'.") || (i < len(toks)-1 && strings.Contains(t, "-")) {
			return "", ""
		}
	}
	for i := 1; i < len(toks); i++ {
		if given[key(toks[i])] && i < len(toks)-1 {
			continue
		}
		if i == len(toks)-1 {
			return "", toks[i]
		}
		return strings.Join(toks[:i+1], " "), toks[i]
	}
	return "", ""
}

// givenNames are words that begin at least three people's names in the KB
// (names of countries that write the family name first do not count).
func (g *gen) givenNames() map[string]bool {
	n := map[string]int{}
	for _, id := range g.order {
		p := g.persons[id]
		if familyFirst[p.home] {
			continue
		}
		if f := strings.Fields(key(p.name)); len(f) >= 2 {
			n[f[0]]++
		}
	}
	out := map[string]bool{}
	for w, c := range n {
		if c >= 3 {
			out[w] = true
		}
	}
	return out
}

// historic says a person is known only from PETRARCH's files (Phoenix,
// CountryInfo): no English Wikipedia title or factbook spelling to go by.
func historic(p *person) bool {
	return !p.sources["wikidata"] && !p.sources["factbook"]
}

// applyNaming adds the short Spanish form to historic people of countries
// with two surnames, and remembers the surname for the surname rule.
func (g *gen) applyNaming() map[*person]string {
	given := g.givenNames()
	g.given = given
	sur := map[*person]string{}
	short, commonN := 0, 0
	// How many people's names have each word.
	common := map[string]int{}
	for _, id := range g.order {
		seen := map[string]bool{}
		for _, t := range strings.Fields(key(g.persons[id].name)) {
			if !seen[t] {
				seen[t] = true
				common[t]++
			}
		}
	}
	g.nameWords = common
	for _, id := range g.order {
		p := g.persons[id]
		if !historic(p) || !spanishNaming[p.home] {
			continue
		}
		s, surname := spanishShort(p.name, given)
		if s != "" {
			// A paternal surname many people share ("Rodríguez") is not
			// how news names one of them: the person often goes by the
			// maternal one too ("Rodríguez Zapatero" is "Zapatero"), and
			// a first name with it ("Luis García") is many people.
			tooCommon := common[key(surname)] >= commonNameWord
			if !tooCommon || len(strings.Fields(s)) >= 3 {
				p.addName(s)
				g.claim(s, p.home)
				short++
			}
			if tooCommon {
				surname, commonN = "", commonN+1
			}
			sur[p] = surname // "" for none: not the maternal surname either
		} else if surname != "" {
			sur[p] = surname
		}
	}
	g.note("naming: %d short forms of Spanish double-surname names added (\"Augusto Pinochet\"); %d of their paternal surnames too common to name one person", short, commonN)
	return sur
}

// modernHead says a person heads a state or government in the modern
// sources (Wikidata, the factbook), whose surname rule is unchanged.
func modernHead(p *person) bool {
	for _, r := range p.roles {
		if (r.class == "HOS" || r.class == "HOG") && (r.file == "wikidata" || r.file == "factbook") {
			return true
		}
	}
	return false
}

// historicSurnameCheck says why the surname of a head known only from
// PETRARCH's files is left out ("" to keep it). Their names come without an
// English Wikipedia title or a factbook's capitals to say which word is the
// surname, and old news is full of words they could collide with: the
// surname must be a plain capitalised word ("III", "Mori}" are not), not a
// word written in lower case in English text ("Major", "Banana", "Pot") or a
// faith ("Islam"), not a word of ten or more people's names ("Wang",
// "García"), not a first name of several people ("Walter", "Ali") and not a
// city ("Lagos").
func (g *gen) historicSurnameCheck(s, home string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || isAllCaps(s) || utf8.RuneCountInString(s) < 3 {
		return "malformed"
	}
	for _, c := range s {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return "malformed"
		}
	}
	k := key(s)
	switch {
	case g.commonWords[strings.ToLower(s)]:
		return "word"
	case g.nameWords[k] >= commonNameWord:
		return "common"
	case g.given[k] && !familyFirst[home]:
		return "given"
	case g.ci != nil && g.ci.places[k]:
		return "city"
	}
	return ""
}

// commonNameWord: a word in this many people's names ("Wang", "García",
// "Khan") is too common to name one of them alone.
const commonNameWord = 10

// honorificWords are titles of address that some heads of government carry
// as a surname ("Bernard Lord"): alone in the news they are the title of
// someone else, so no surname alias is made of them, modern heads included.
var honorificWords = map[string]bool{"lord": true, "lady": true, "sir": true, "dame": true, "baron": true, "earl": true}

// wordSurname reports whether surname s, of any head of state or
// government, is a word that alone would name someone or something else:
// an honorific ("Bernard Lord": "Lord Goldsmith", "the Lord's Resistance
// Army"), a function word ("You"), a word EWT writes mostly in lower case
// ("Day", "Key") or a faith or language ("Islam", "English").
func (g *gen) wordSurname(s string) bool {
	k, low := key(s), strings.ToLower(s)
	return honorificWords[k] || functionWords[low] || g.lowerWords[low] || notSurnames[k]
}

// functionWords are English pronouns, determiners, prepositions and
// conjunctions. As a surname alias ("You" for Yu Shyi-kun) one would match
// the word itself at the start of every quoted sentence, so none is made.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i you he she it we they me him her us them my your his its our their
		a an the this that these those some any no all each every
		of in on at by for from to with about as into onto over after before under between
		and or but if so yet nor`) {
		functionWords[w] = true
	}
}

// wordAlias reports whether name, another name of a generated organisation,
// medium or armed group, is one common English word of four letters or more
// ("The" aside), written in lower case in UD English EWT: "Organization" for
// Tanzim, "SHARE" for a survey, "Today" for Mediacorp, "The Nation" for
// Al-Umma. In text it would match the ordinary word ("Share prices").
// Shorter all-capital names need capitals in the text already.
func (g *gen) wordAlias(name string) bool {
	name = strings.TrimPrefix(name, "The ") // "The Nation" for Al-Umma
	if strings.ContainsAny(name, " -.'") || utf8.RuneCountInString(name) < 4 {
		return false
	}
	return g.commonWords[strings.ToLower(name)]
}

// notSurnames are capitalised words of news that name faiths or a language,
// not people, though some leaders carry them ("Syed Nazrul Islam", "Bill
// English").
var notSurnames = map[string]bool{"islam": true, "allah": true, "christ": true, "buddha": true, "god": true, "english": true}

// readCommonWords collects the words written in lower case (once is enough) in
// the UD English EWT training text: common English words.
func (g *gen) readCommonWords() {
	g.commonWords = map[string]bool{}
	f, err := os.Open(g.shared("ud-english-ewt/en_ewt-ud-train.conllu"))
	if err != nil {
		g.note("no UD English EWT (%v): historic surnames are not checked against English words", err)
		return
	}
	defer f.Close()
	n := map[string]int{}
	caps := map[string]int{} // capitalised, not first in its sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		if len(cols) < 2 {
			continue
		}
		w := cols[1]
		if cols[0] != "1" {
			if r, size := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && size < len(w) && !isAllCaps(w) {
				caps[strings.ToLower(w)]++
			}
		}
		lower := true
		for _, c := range w {
			if !unicode.IsLower(c) {
				lower = false
				break
			}
		}
		if lower {
			n[w]++
		}
	}
	g.lowerWords = map[string]bool{}
	for w, c := range n {
		if c >= 1 {
			g.commonWords[w] = true
		}
		if c >= 3 && c > 2*caps[w] {
			g.lowerWords[w] = true
		}
	}
	g.note("UD English EWT train: %d lower-case words that historic surnames may not be", len(g.commonWords))
}
