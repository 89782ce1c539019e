package main

import (
	"fmt"
	"log"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad/actor"
)

// People: one record per person, merged across sources by Wikidata id or,
// for the factbook and Phoenix, by name within a country.

type person struct {
	id      string
	name    string
	names   []string
	roles   []roleRec
	sources map[string]bool
	caps    string // the name the factbook writes in capitals ("LULA")
	home    string
	phoenix bool // has roles from Phoenix
}

type roleRec struct {
	code, title, class, start, end, source string
	file                                   string // roles-<file>.tsv
}

func (g *gen) getPerson(id, name string) *person {
	p, ok := g.persons[id]
	if !ok {
		p = &person{id: id, name: name, sources: map[string]bool{}}
		g.persons[id] = p
		g.order = append(g.order, id)
	}
	return p
}

func (p *person) addName(n string) {
	n = clean(n)
	if strings.HasPrefix(n, "*") {
		k := key(n[1:])
		for i, x := range p.names {
			if key(strings.TrimPrefix(x, "*")) == k {
				p.names[i] = n
				return
			}
		}
		p.names = append(p.names, n)
		return
	}
	if n == "" {
		return
	}
	k := key(n)
	if k == "" || k == key(p.name) {
		return
	}
	for _, x := range p.names {
		if key(x) == k {
			return
		}
	}
	p.names = append(p.names, n)
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// normDate accepts YYYY, YYYY-MM, YYYY-MM-DD with a real month and day.
func normDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	if !dateRe.MatchString(s) {
		return "", false
	}
	if len(s) >= 7 {
		layout := "2006-01"
		if len(s) == 10 {
			layout = "2006-01-02"
		}
		if _, err := time.Parse(layout, s); err != nil {
			return "", false
		}
	}
	return s, true
}

func lo(s string) string {
	switch len(s) {
	case 4:
		return s + "-01-01"
	case 7:
		return s + "-01"
	}
	return s
}
func hi(s string) string {
	switch len(s) {
	case 4:
		return s + "-12-31"
	case 7:
		t, _ := time.Parse("2006-01", s)
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return s
}

func dayBefore(s string) string {
	t, err := time.Parse("2006-01-02", lo(s))
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// classSector maps a role class (and the position) to the sector of the code.
func classSector(class, position string) (string, string) {
	lp := strings.ToLower(position)
	switch {
	case strings.Contains(lp, "first lady") || strings.Contains(lp, "first gentleman") || strings.Contains(lp, "spouse"):
		return "OTHER", "ELI"
	case strings.Contains(lp, "police"):
		return class, "COP"
	case strings.Contains(lp, "leader of the opposition") || strings.Contains(lp, "opposition leader"):
		// the opposition's leader holds no government office: OPP
		// ("Leader of the Opposition" was OTHER, so GOV)
		return "OPPOSITION", "OPP"
	case strings.Contains(lp, "-elect") || strings.Contains(lp, " elect"):
		// Elected, not yet in office: an elite until the term starts.
		return "OTHER", "ELI"
	}
	if class != "IGO" && courtHeadRe.MatchString(position) && !notCourtHeadRe.MatchString(position) {
		// Court heads and judges (session 23): "President of the Supreme
		// People's Court" was HOS and so GOV, a state chief justice
		// SUBNATIONAL GOV; they are the judiciary.
		return "JUDICIARY", "JUD"
	}
	switch class {
	case "MILITARY":
		if militaryRe.MatchString(lp) && !notMilitaryRe.MatchString(lp) {
			return class, "MIL"
		}
		return "OTHER", "GOV"
	case "JUDICIARY":
		return class, "JUD"
	case "LEGISLATURE":
		return class, "LEG"
	}
	return class, "GOV"
}

// courtHeadRe matches a judicial office: a president, chief justice, judge
// or justice of a court ("President of the Supreme Administrative Court",
// "Chief Justice of the Ohio Supreme Court", "Chief Justice (Queensland)",
// "Lord Chief Justice (Northern Ireland)", "Chief Judge of the Court of
// Appeals"). notCourtHeadRe keeps the government's ministers for courts
// ("Minister for Courts", "Secretary of State for Court Relations") and
// royal courts out.
var courtHeadRe = regexp.MustCompile(`(?i)^((vice[- ])?president|(deputy )?chairman|chair|presiding judge|judge|justice)\b.*\bcourt\b|\bchief (justice|judge)\b`)
var notCourtHeadRe = regexp.MustCompile(`(?i)\b(minister|secretary|royal court|court of auditors|audit|accounts)\b`)

// refineClass corrects the collectors' heuristic class for offices whose
// title does not say "foreign" or "defence" the usual way: the US Secretary
// of State, Brazil's and others' Minister of External Relations, Samoa's head
// of state (O le Ao o le Malo) were CABINET or OTHER, so the office audit
// (-audit) found those states without a foreign minister or head of state.
// Deputies, trade and intelligence posts keep their class.
func refineClass(iso, class, position string) string {
	if class != "CABINET" && class != "OTHER" && class != "GOVERNMENT" {
		return class
	}
	lp := strings.ToLower(strings.TrimSpace(position))
	switch {
	case iso == "USA" && lp == "secretary of state":
		return "FOREIGN"
	case iso == "WSM" && lp == "o le ao o le malo":
		return "HOS"
	}
	// exact titles only: "deputy minister of external relations" stays
	for _, t := range []string{"minister of external relations", "minister for external relations", "minister of external affairs", "minister for external affairs"} {
		if lp == t {
			return "FOREIGN"
		}
	}
	return class
}

var (
	militaryRe    = regexp.MustCompile(`general staff|defen[cs]e staff|defen[cs]e force|army|air force|navy|naval|armed forces|military|chief of defen[cs]e|marine|commander|gendarmerie|national guard`)
	notMilitaryRe = regexp.MustCompile(`president|white house|downing street|prime minister|cabinet|vice-president|chancellery`)
)

var intlPositions = []struct {
	re            *regexp.Regexp
	code, country string
}{
	// the UN's agencies with codes of their own come before the UN itself
	{regexp.MustCompile(`(?i)world health organi[sz]ation`), "IGOUNOHLHWHO", "UNO"},
	{regexp.MustCompile(`(?i)world trade organi[sz]ation`), "IGOBUSWTO", "WTO"},
	{regexp.MustCompile(`(?i)arab parliament|arab league|league of arab states`), "IGOMEAARL", "ARL"},
	{regexp.MustCompile(`(?i)united nations|international court of justice|\bUN\b|unesco|unicef`), "IGOUNO", "UNO"},
	{regexp.MustCompile(`(?i)\bOSCE\b`), "IGOEUROSC", "OSC"},
	{regexp.MustCompile(`(?i)council of europe`), "IGOEURCOE", "COE"},
	{regexp.MustCompile(`(?i)caribbean community`), "IGOCRBCCM", "CCM"},
	{regexp.MustCompile(`(?i)african union`), "IGOAFRAFU", "AFU"},
	{regexp.MustCompile(`(?i)\bNATO\b`), "IGOWSTNAT", "NAT"},
}

// intlCode is the code and home of an international post, or "" when no
// body of intlPositions names it.
func intlCode(pos string) (code, home string) {
	for _, ip := range intlPositions {
		if ip.re.MatchString(pos) {
			return ip.code, ip.country
		}
	}
	return "", ""
}

var parenRe = regexp.MustCompile(`\s*\([^)]*\)`)

func (g *gen) people() {
	g.wikidata()
	g.factbook()
	g.phoenixCountries()
	g.countryInfoLeaders()
	g.closeRoles()
	g.finishPeople()
}

func (g *gen) wikidata() {
	h, rows := readCSV(g.shared("actors/wikidata-officeholders/officeholders_merged_2000_2025.csv"))
	iCountry, iSlug, iLevel, iISO2 := col(h, "country"), col(h, "country_slug"), col(h, "level"), col(h, "iso2")
	iPos, iClass, iPerson, iQ := col(h, "position"), col(h, "role_class"), col(h, "person"), col(h, "wikidata_id")
	iStart, iEnd, iBasis, iWiki := col(h, "start"), col(h, "end"), col(h, "end_basis"), col(h, "enwiki")
	type mkey struct{ q, pos, slug string }
	byKey := map[mkey][]*roleRec{}
	slugISO := map[string]string{}
	slugIntl := map[string]bool{} // pages of international posts: their codes come from intlCode
	slugCountry := map[string]string{}
	posClass := map[string]string{}
	kept, dropped := 0, 0
	for _, r := range rows {
		iso := g.iso2to3[r[iISO2]]
		level := r[iLevel]
		pos := clean(r[iPos])
		class := r[iClass]
		posClass[pos] = class
		var code, home string
		title := pos
		switch level {
		case "international":
			if r[iISO2] == "EU" {
				code, home = "IGOEUREEC", "EEC"
			} else {
				code, home = intlCode(pos)
			}
			class = "IGO"
		case "de_facto_state":
			if iso == "" {
				break
			}
			// Leaders of breakaway states: separatist authorities of the parent state.
			code, home = iso+"REB", iso
			class = "SEPARATIST"
			title = pos + " (" + r[iCountry] + ")"
		case "subnational":
			if iso == "" {
				break
			}
			code, home = iso+"GOV", iso
			class = "SUBNATIONAL"
			if c, sector := classSector(class, pos); sector == "JUD" {
				// a state's chief justice (session 23)
				code, class = iso+"JUD", c
			}
			if !strings.Contains(pos, r[iCountry]) {
				title = pos + " (" + r[iCountry] + ")"
			}
		default:
			if iso == "" {
				break
			}
			var sector string
			class = refineClass(iso, class, pos)
			class, sector = classSector(class, pos)
			code, home = iso+sector, iso
		}
		if code == "" {
			dropped++
			continue
		}
		slugISO[r[iSlug]] = home
		if level == "international" {
			slugIntl[r[iSlug]] = true
		}
		slugCountry[r[iSlug]] = r[iCountry]
		start, ok1 := normDate(r[iStart])
		end, ok2 := normDate(r[iEnd])
		if !ok1 || !ok2 || (start != "" && end != "" && hi(end) < lo(start)) {
			dropped++
			continue
		}
		src := "wikidata"
		switch r[iBasis] {
		case "open_as_of_2023-01-20":
			src += ";open-as-of=" + wikidataOpenA
		case "open_current_2025-01-31":
			src += ";open-as-of=" + wikidataOpenB
		case "successor_start":
			src += ";end=successor-start"
		case "last_seen_snapshot":
			src += ";end=last-snapshot"
		}
		id := r[iQ]
		name := clean(r[iPerson])
		if id == "" {
			id = "wd:" + strings.ToLower(home) + ":" + slug(name)
		}
		p := g.getPerson(id, name)
		if wiki := clean(parenRe.ReplaceAllString(r[iWiki], "")); wiki != "" {
			if !isLatin(p.name) && isLatin(wiki) {
				p.addName(p.name)
				p.name = wiki
			} else {
				p.addName(wiki)
			}
		}
		p.sources["wikidata"] = true
		p.roles = append(p.roles, roleRec{code: code, title: title, class: class, start: start, end: end, source: src, file: "wikidata"})
		byKey[mkey{id, pos, r[iSlug]}] = append(byKey[mkey{id, pos, r[iSlug]}], &p.roles[len(p.roles)-1])
		kept++
	}
	g.note("Wikidata officeholders: %d rows, kept %d role records, dropped %d (no country code, bad or reversed dates)", len(rows), kept, dropped)

	// The 2023–2025 site snapshots: close roles they saw end, add spells the merge missed.
	h, rows = readCSV(g.shared("actors/wikidata-officeholders/spells_from_site_snapshots_2023-01-20_2025-01-31.csv"))
	jSlug, jPos, jPerson, jQ := col(h, "slug"), col(h, "position"), col(h, "person"), col(h, "wikidata_id")
	jStart, jFirst, jLast, jStatus := col(h, "start"), col(h, "first_seen"), col(h, "last_seen"), col(h, "status")
	closed, added := 0, 0
	for _, r := range rows {
		pos := clean(r[jPos])
		id := r[jQ]
		home := slugISO[r[jSlug]]
		if home == "" {
			continue
		}
		if id == "" {
			id = "wd:" + strings.ToLower(home) + ":" + slug(r[jPerson])
		}
		// Pointers into p.roles go stale when roles are appended: re-find.
		p := g.persons[id]
		var open *roleRec
		if p != nil {
			for i := range p.roles {
				rr := &p.roles[i]
				if rr.file == "wikidata" && rr.title == pos && rr.end == "" {
					open = rr
				}
			}
		}
		if r[jStatus] == "ended" {
			if open != nil && lo(r[jLast]) >= lo(open.start) {
				open.end = r[jLast]
				open.source = "wikidata;end=snapshot-" + r[jLast]
				closed++
				continue
			}
		}
		if _, ok := byKey[mkey{id, pos, r[jSlug]}]; ok {
			continue
		}
		start, ok := normDate(r[jStart])
		if !ok || start == "" {
			start = r[jFirst]
		}
		end := ""
		src := "wikidata-snapshots;open-as-of=" + wikidataOpenB
		if r[jStatus] == "ended" {
			end = r[jLast]
			src = "wikidata-snapshots"
		}
		if end != "" && hi(end) < lo(start) {
			continue
		}
		class, sector := classSector(orDefault(posClass[pos], guessClass(pos)), pos)
		code := home + sector
		if slugIntl[r[jSlug]] {
			// an international post: the body's code, as above ("UNOGOV"
			// for the WHO's director-general was the page's home + GOV)
			if home == "EEC" {
				code = "IGOEUREEC"
			} else if code, _ = intlCode(pos); code == "" {
				continue
			}
			class = "IGO"
		}
		if p == nil {
			p = g.getPerson(id, clean(r[jPerson]))
		}
		p.sources["wikidata"] = true
		p.roles = append(p.roles, roleRec{code: code, title: pos, class: class, start: start, end: end, source: src, file: "wikidata"})
		byKey[mkey{id, pos, r[jSlug]}] = nil
		added++
	}
	g.note("Peppercat snapshots 2023-01-20…2025-01-31: %d spells: closed %d open roles, added %d missing spells", len(rows), closed, added)
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// guessClass classifies a position title the officeholders file does not know.
func guessClass(pos string) string {
	lp := strings.ToLower(pos)
	switch {
	case strings.Contains(lp, "prime minister") || strings.Contains(lp, "premier") || strings.Contains(lp, "head of government") || strings.Contains(lp, "chancellor"):
		if strings.Contains(lp, "deputy") || strings.Contains(lp, "vice") {
			return "DEPUTY_HOG"
		}
		return "HOG"
	case strings.Contains(lp, "vice president") || strings.Contains(lp, "vice-president"):
		return "VICE_HOS"
	case strings.HasPrefix(lp, "president") || strings.Contains(lp, "king") || strings.Contains(lp, "queen") ||
		strings.Contains(lp, "monarch") || strings.Contains(lp, "emir") || strings.Contains(lp, "sultan") || strings.Contains(lp, "head of state"):
		return "HOS"
	case strings.Contains(lp, "foreign") || strings.Contains(lp, "external affairs"):
		return "FOREIGN"
	case strings.Contains(lp, "defence") || strings.Contains(lp, "defense"):
		return "DEFENCE"
	case strings.Contains(lp, "interior") || strings.Contains(lp, "home affairs"):
		return "INTERIOR"
	case strings.Contains(lp, "finance") || strings.Contains(lp, "treasury"):
		return "FINANCE"
	case strings.Contains(lp, "ambassador"):
		return "AMBASSADOR"
	case strings.Contains(lp, "minister") || strings.Contains(lp, "secretary"):
		return "CABINET"
	}
	return "OTHER"
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x24F && r != '’' && r != '‘' {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- factbook

type fbRow struct {
	iso, class, title, name, since, lastSeen, status, qid string
}

func (g *gen) factbook() {
	h, rows := readCSV(g.shared("actors/cia_factbook/exec_hos_hog_weekly_2015-10_2026-01.csv"))
	iISO2, iRole, iTitle, iName := col(h, "iso2"), col(h, "role"), col(h, "title"), col(h, "name_cia")
	iSince, iLast, iStatus := col(h, "since"), col(h, "last_seen"), col(h, "status")
	// QIDs the collectors matched for 2025–2026.
	mh, mrows := readCSV(g.shared("actors/cia_factbook/hos_hog_2025_2026_update_matched_to_peppercat.csv"))
	mISO2, mRole, mName, mQ := col(mh, "iso2"), col(mh, "role"), col(mh, "name_cia"), col(mh, "peppercat_wikidata_id")
	matched := map[string]string{}
	for _, r := range mrows {
		if r[mQ] != "" {
			matched[r[mISO2]+"|"+r[mRole]+"|"+r[mName]] = r[mQ]
		}
	}
	var fb []fbRow
	skipped := 0
	for _, r := range rows {
		iso := g.iso2to3[r[iISO2]]
		title := clean(r[iTitle])
		name := stripTitleWords(clean(r[iName]))
		if strings.ContainsAny(name, ":”“\"") {
			skipped++
			continue
		}
		lt := strings.ToLower(title)
		if iso == "" || title == "" || strings.HasPrefix(lt, "former") || name == "" || capsPart(name) == "" ||
			strings.Contains(strings.ToLower(name), "represented") {
			skipped++
			continue
		}
		class := "HOS"
		if r[iRole] == "head of government" {
			class = "HOG"
		}
		if strings.Contains(lt, "vice") || strings.Contains(lt, "deputy") {
			class = "VICE_HOS"
			if r[iRole] == "head of government" {
				class = "DEPUTY_HOG"
			}
		}
		since, ok := normDate(r[iSince])
		if !ok {
			since = ""
		}
		fb = append(fb, fbRow{iso: iso, class: class, title: title, name: name, since: since, lastSeen: r[iLast],
			status: r[iStatus], qid: matched[r[iISO2]+"|"+r[iRole]+"|"+r[iName]]})
	}
	// A person heading several countries (a monarch of realms, a president of
	// territories) keeps only the home country's rows.
	countries := map[string]map[string]int{}
	for _, f := range fb {
		k := key(f.name)
		if countries[k] == nil {
			countries[k] = map[string]int{}
		}
		countries[k][f.iso]++
	}
	index := g.nameIndex()
	byFull := g.fullNameIndex()
	newP, matchedN, closed := 0, 0, 0
	// One office held since one date is one person, however the weekly
	// snapshots spell the name ("Al-Nuhayan", "Al-Nuhayyan").
	bySpell := map[string]*person{}
	for _, f := range fb {
		p := g.persons[f.qid]
		// The collectors' QIDs came from a surname heuristic: keep one only
		// when the names agree (it paired Kim Jong Un with Kim Jong-il).
		if p != nil && !namesMatch(p, significant(strings.Fields(key(f.name))), significant(strings.Fields(key(capsPart(f.name))))) {
			p = nil
		}
		if p == nil {
			p = g.matchByName(index, f.iso, f.name, capsPart(f.name))
		}
		if p == nil {
			// Transliterations differ ("Binyamin"/"Benjamin NETANYAHU"): the one
			// head of state or government of the country with this surname.
			end := f.lastSeen
			if f.status != "ended" {
				end = factbookLastSeen
			}
			p = g.matchHead(index, f.iso, capsPart(f.name), f.since, end)
		}
		if p == nil {
			// A head whose earlier offices were elsewhere (Mark Carney, Governor
			// of the Bank of England; Nawaf Salam, judge at the ICJ): the one
			// Wikidata person of any country with this full name.
			p = exactName(byFull, f.name)
		}
		spell := ""
		if len(f.since) == 10 {
			spell = f.iso + "|" + f.class + "|" + f.since
			if p == nil {
				p = bySpell[spell]
			}
		}
		if cs := countries[key(f.name)]; len(cs) > 1 {
			home := ""
			if p != nil {
				home = g.homeOf(p)
			}
			if home == "" {
				home = g.bestSovereign(cs)
			}
			if f.iso != home {
				skipped++
				continue
			}
		}
		if p == nil {
			p = g.getPerson("cia:"+strings.ToLower(f.iso)+":"+slug(f.name), titleCaps(f.name))
			newP++
		} else {
			matchedN++
		}
		if spell != "" && bySpell[spell] == nil {
			bySpell[spell] = p
		}
		p.addName(titleCaps(f.name))
		if c := capsPart(f.name); c != "" {
			p.caps = c
		}
		p.sources["factbook"] = true
		end, src := "", "factbook;open-as-of="+factbookLastSeen
		if f.status == "ended" {
			end, src = f.lastSeen, "factbook"
		}
		if f.since != "" && end != "" && hi(end) < lo(f.since) {
			continue
		}
		p.roles = append(p.roles, roleRec{code: f.iso + "GOV", title: f.title, class: f.class, start: f.since, end: end, source: src, file: "factbook"})
		// Close the same office left open in Wikidata when the factbook saw it end.
		if end != "" {
			for i := range p.roles {
				rr := &p.roles[i]
				if rr.file == "wikidata" && rr.end == "" && rr.class == f.class && rr.code == f.iso+"GOV" && lo(rr.start) <= end {
					rr.end = end
					rr.source = "wikidata;end=factbook-" + end
					closed++
				}
			}
		}
	}
	g.note("CIA factbook weekly heads of state/government 2015-10…2026-01: %d rows, %d kept (%d matched to known persons, %d new persons), %d skipped (former, realms/territories, no name); closed %d open Wikidata roles",
		len(rows), newP+matchedN, matchedN, newP, skipped, closed)
}

// bestSovereign prefers a state over a dependent territory (a king heads
// Aruba through the Netherlands), then the most rows.
func (g *gen) bestSovereign(cs map[string]int) string {
	sov := map[string]int{}
	for c, n := range cs {
		if g.sovereign[c] {
			sov[c] = n
		}
	}
	if len(sov) > 0 {
		return bestCountry(sov)
	}
	return bestCountry(cs)
}

func bestCountry(cs map[string]int) string {
	best, n := "", -1
	for c, k := range cs {
		if k > n || (k == n && c < best) {
			best, n = c, k
		}
	}
	return best
}

// nameIndex maps country → token → persons, for matching names from other sources.
type nameIdx map[string]map[string][]*person

func (g *gen) nameIndex() nameIdx {
	idx := nameIdx{}
	for _, id := range g.order {
		p := g.persons[id]
		for _, c := range g.personCountries(p) {
			if idx[c] == nil {
				idx[c] = map[string][]*person{}
			}
			seen := map[string]bool{}
			for _, n := range append([]string{p.name}, p.names...) {
				for _, t := range strings.Fields(key(n)) {
					if !seen[t] {
						seen[t] = true
						idx[c][t] = append(idx[c][t], p)
					}
				}
			}
		}
	}
	return idx
}

func (g *gen) personCountries(p *person) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range p.roles {
		c := g.roleCountry(r.code)
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// roleCountry is the actor country of a role code: its first chunk when that
// is a country, else the organisation chunk of an IGO code.
func (g *gen) roleCountry(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT", "ELI":
		// As the compiler splits it: the organisation chunk, else the region.
		c := g.orgChunk(code)
		if c == "" {
			for i := 3; i+3 <= len(code); i += 3 {
				if g.regions[code[i:i+3]] {
					return code[i : i+3]
				}
			}
			return ""
		}
		if g.codes[c] {
			return c
		}
		return ""
	}
	if g.codes[code[:3]] {
		return code[:3]
	}
	return ""
}

// fullNameIndex maps the normalised full names of Wikidata people (Q ids)
// to them, for exactName.
func (g *gen) fullNameIndex() map[string][]*person {
	idx := map[string][]*person{}
	for _, id := range g.order {
		if !strings.HasPrefix(id, "Q") {
			continue
		}
		p := g.persons[id]
		seen := map[string]bool{}
		for _, n := range append([]string{p.name}, p.names...) {
			k := key(n)
			if !seen[k] {
				seen[k] = true
				idx[k] = append(idx[k], p)
			}
		}
	}
	return idx
}

// exactName returns the one person whose full name is name's, when the name
// has two significant words or more and no other person has it.
func exactName(idx map[string][]*person, name string) *person {
	k := key(titleCaps(name))
	if len(significant(strings.Fields(k))) < 2 || len(idx[k]) != 1 {
		return nil
	}
	return idx[k][0]
}

// matchByName finds the one known person of a country whose names contain
// all tokens of want (and of caps when given). Several candidates: no match.
func (g *gen) matchByName(idx nameIdx, country, full, caps string) *person {
	toks := significant(strings.Fields(key(full)))
	if len(toks) == 0 {
		return nil
	}
	capToks := significant(strings.Fields(key(caps)))
	cands := idx[country][toks[len(toks)-1]]
	if len(capToks) > 0 {
		cands = idx[country][capToks[0]]
	}
	var found *person
	for _, p := range cands {
		if namesMatch(p, toks, capToks) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// significant drops one-letter tokens (initials) and particles.
func significant(ts []string) []string {
	var out []string
	for _, t := range ts {
		t = strings.TrimRight(t, ".")
		if len(t) <= 1 {
			continue
		}
		switch t {
		case "da", "de", "do", "dos", "del", "di", "du", "la", "le", "van", "von", "der", "bin", "ibn", "al", "el", "y", "e", "jr", "sr":
			continue
		}
		out = append(out, t)
	}
	return out
}

// namesMatch: the capitals (the surname the factbook marks) are all present,
// and the tokens of one name are all in the other, with at least two tokens
// ("Álvaro Uribe" ⊂ "Alvaro Uribe Velez") or the names are the same.
// Two tokens in common are not enough: "Mohammad … Khan" is many people.
func namesMatch(p *person, toks, capToks []string) bool {
	for _, n := range append([]string{p.name}, p.names...) {
		pt := significant(strings.Fields(key(n)))
		set := map[string]bool{}
		for _, t := range pt {
			set[t] = true
		}
		ok := true
		for _, t := range capToks {
			if !set[t] {
				ok = false
			}
		}
		if !ok || len(pt) == 0 {
			continue
		}
		common := 0
		for _, t := range toks {
			if set[t] {
				common++
			}
		}
		short := len(toks)
		if len(pt) < short {
			short = len(pt)
		}
		if common == short && (common >= 2 || len(toks) == len(pt)) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- Phoenix

// phoenixPerson converts a Phoenix actor entry with dated codes into roles,
// merged with a known person of the same country and name when there is one.
func (g *gen) phoenixPerson(e actor.PetrarchActor, src string) {
	names := dedupeNames(e.Names)
	if len(names) == 0 {
		return
	}
	home := ""
	for _, c := range e.Codes {
		if c.Code == "" {
			continue
		}
		if h := g.roleCountry(c.Code); h != "" {
			if g.iso2to3Has(h) {
				home = h
				break
			}
			if home == "" {
				home = h
			}
		}
	}
	if home == "" {
		return
	}
	var roles []roleRec
	for _, c := range e.Codes {
		if c.Default || c.Code == "" || !g.validCode(c.Code) || g.roleCountry(c.Code) == "" {
			continue
		}
		start, end := c.From, c.To
		src2 := fmt.Sprintf("%s:%d", src, e.Line)
		if c.From != "" && c.To == "" {
			if c.From < phoenixHorizon {
				end = phoenixHorizon
				src2 += ";open-end=" + phoenixHorizon
			}
		}
		class, title := phoenixClass(c.Code, g.roleCountry(c.Code))
		roles = append(roles, roleRec{code: c.Code, title: title, class: class, start: start, end: end, source: src2, file: "phoenix"})
	}
	undated := len(roles) == 0
	if undated {
		// Only default codes: an undated role, as PETRARCH would code it always.
		c := e.Codes[len(e.Codes)-1]
		if c.Code == "" || !g.validCode(c.Code) || g.roleCountry(c.Code) == "" {
			return
		}
		class, title := phoenixClass(c.Code, g.roleCountry(c.Code))
		roles = append(roles, roleRec{code: c.Code, title: title, class: class, source: fmt.Sprintf("%s:%d", src, e.Line), file: "phoenix"})
	}
	full := titleCaps(names[0])
	if n := g.classifyPhoenixRoles(names, roles); n != "" {
		full = n
	}
	p := g.matchByName(g.phxIndex, home, full, "")
	if p != nil {
		// Modern sources cover 2000 on: Phoenix roles are kept only before the
		// person's first modern role (and before 2000).
		cut := "2000-01-01"
		for _, r := range p.roles {
			if r.file != "phoenix" && r.start != "" && lo(r.start) < cut {
				cut = lo(r.start)
			}
		}
		last := dayBefore(cut)
		var keep []roleRec
		for _, r := range roles {
			if r.start == "" && r.end == "" {
				continue
			}
			if r.start != "" && lo(r.start) > last {
				continue
			}
			if r.end == "" || hi(r.end) > last {
				r.end = last
				r.source += ";clipped-before-modern"
			}
			keep = append(keep, r)
		}
		roles = keep
		g.phxMerged++
	} else {
		id := "phx:" + strings.ToLower(home) + ":" + slug(names[0])
		if q, ok := g.persons[id]; ok && q.phoenix {
			p = q
		} else {
			p = g.getPerson(id, full)
			g.phxNew++
		}
	}
	p.phoenix = true
	p.sources["phoenix"] = true
	for _, n := range names {
		p.addName(titleCaps(n))
	}
	p.roles = append(p.roles, roles...)
}

func (g *gen) iso2to3Has(c string) bool {
	for _, v := range g.iso2to3 {
		if v == c {
			return true
		}
	}
	return c == "XKX"
}

// phoenixClass names a Phoenix code's office: GOV → a government role, ELI an
// elite, and so on (Phoenix does not say which office).
func phoenixClass(code, country string) (string, string) {
	rest := code
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
		return "IGO", "official of " + country
	}
	if len(code) >= 3 {
		rest = code[3:]
	}
	switch {
	case strings.HasPrefix(rest, "GOV"):
		return "GOVERNMENT", "government office (Phoenix " + code + ")"
	case strings.HasPrefix(rest, "ELI"):
		return "ELI", "elite (Phoenix " + code + ")"
	case strings.HasPrefix(rest, "MIL"):
		return "MILITARY", "military (Phoenix " + code + ")"
	case strings.HasPrefix(rest, "JUD"):
		return "JUDICIARY", "judiciary (Phoenix " + code + ")"
	case strings.HasPrefix(rest, "LEG"):
		return "LEGISLATURE", "legislature (Phoenix " + code + ")"
	case strings.HasPrefix(rest, "OPP"):
		return "OPPOSITION", "opposition (Phoenix " + code + ")"
	case strings.HasPrefix(rest, "PTY"):
		return "PARTY", "party (Phoenix " + code + ")"
	}
	return "OTHER", "Phoenix " + code
}

func (g *gen) phoenixCountries() {
	g.phxIndex = g.nameIndex()
	for _, e := range g.phxIntl {
		g.phoenixPerson(e, "phoenix-international")
	}
	d := readDict(g.shared("petrarch-dictionaries/Phoenix.Countries.actors.txt"))
	inst := 0
	for _, e := range d.Entries {
		dated := false
		for _, c := range e.Codes {
			if !c.Default {
				dated = true
			}
		}
		if dated || strings.Contains(e.Comment, "CountryInfo") {
			g.phoenixPerson(e, "phoenix-countries")
			continue
		}
		g.phxInstitutions = append(g.phxInstitutions, e)
		inst++
	}
	g.note("Phoenix.Countries: %d entries: persons merged into known people %d, new persons %d; %d other entries (countries, places, institutions)",
		len(d.Entries), g.phxMerged, g.phxNew, inst)
}

// institutionsPhoenix writes the named state bodies of Phoenix.Countries
// ("AFGHAN_NATIONAL_ARMY [AFGMIL]"); bare country names and places are left
// to countries.tsv and the geoparser.
func (g *gen) institutionsPhoenix() {
	out := g.file("institutions-phoenix.tsv", "id\tkind\tname\tnames\tcountry\tcode\tsector\tsource",
		"Named state bodies, parties and groups of one country from the PETRARCH/Phoenix country actors dictionary\n# (Phoenix.Countries.actors.txt, MIT): entries whose code has a sector (AFGMIL). Bare country codes (names,\n# provinces, cities) are not actors here.")
	kept, skipped := 0, 0
	seen := map[string]bool{}
	for _, e := range g.phxInstitutions {
		code := e.Codes[len(e.Codes)-1].Code
		if len(code) <= 3 || !g.validCode(code) {
			skipped++
			continue
		}
		country := g.roleCountry(code)
		if country == "" {
			skipped++
			continue
		}
		kind := g.orgKind(code)
		if strings.Contains(code[3:], "PTY") {
			kind = "party"
		}
		if kind == "org" {
			kind = "institution"
		}
		names := dedupeNames(e.Names)
		var keep []string
		for _, n := range names {
			if g.curSector[key(n)] {
				continue
			}
			if g.claim(n, country) {
				keep = append(keep, orgName(n))
			}
		}
		id := "phx:" + strings.ToLower(country) + ":" + slug(names[0])
		if len(keep) == 0 || seen[id] {
			skipped++
			continue
		}
		seen[id] = true
		out.rows = append(out.rows, []string{id, kind, keep[0], strings.Join(keep[1:], "|"), country, code, "", fmt.Sprintf("phoenix-countries:%d", e.Line)})
		kept++
	}
	g.note("Phoenix.Countries institutions: kept %d, skipped %d (bare country code, names taken)", kept, skipped)
}

// ---------------------------------------------------------------- finish

func (g *gen) homeOf(p *person) string {
	if p.home != "" {
		return p.home
	}
	votes := map[string]int{}
	for _, r := range p.roles {
		c := g.roleCountry(r.code)
		if c == "" {
			continue
		}
		w := 1
		if g.iso2to3Has(c) {
			w = 2
		}
		if r.class == "HOS" || r.class == "HOG" {
			w += 3
		}
		votes[c] += w
	}
	return bestCountry(votes)
}

// standIn says a head-of-state title is a stand-in for the monarch's
// representative ("represented by Acting Governor General"): a judge or
// official who administers for a few months, known by their own office,
// whose surname alone names someone else in the news ("Wagner").
func standIn(title string) bool {
	t := strings.ToLower(title)
	return strings.HasPrefix(t, "represented by") && strings.Contains(t, "acting")
}

func (g *gen) finishPeople() {
	sort.Strings(g.order)
	// Home countries and name claims.
	for _, id := range g.order {
		p := g.persons[id]
		p.home = g.homeOf(p)
		if p.home == "" {
			continue
		}
		for _, n := range append([]string{p.name}, p.names...) {
			g.claim(n, p.home)
		}
	}
	// Short forms of Spanish double-surname names, and their surnames.
	spanishSurname := g.applyNaming()
	// Surnames of heads of state and government, when only one country uses them.
	type sn struct{ p *person }
	surnames := map[string][]*person{}
	leftOutS := map[string]int{}
	for _, id := range g.order {
		p := g.persons[id]
		head := false
		for _, r := range p.roles {
			if (r.class == "HOS" || r.class == "HOG") && !standIn(r.title) {
				head = true
			}
		}
		if !head || p.home == "" {
			continue
		}
		s := p.caps
		if s == "" {
			toks := strings.Fields(p.name)
			if len(p.names) > 0 && isLatin(p.names[0]) && p.sources["wikidata"] {
				// The English Wikipedia title is the common name ("Álvaro Uribe").
				toks = strings.Fields(p.names[0])
			}
			if len(toks) >= 2 {
				s = toks[len(toks)-1]
				if familyFirst[p.home] || (!modernHead(p) && firstWordName[p.home]) {
					// Chinese and Korean names put the family name first.
					s = toks[0]
				}
			}
			if !modernHead(p) && noSurnames[p.home] {
				s = ""
			}
			if sp, ok := spanishSurname[p]; ok {
				// "Augusto Pinochet Ugarte": the paternal surname.
				s = sp
			}
			if len([]rune(s)) < 3 {
				s = ""
			}
		}
		if s == "" || !isLatin(s) || strings.ContainsAny(s, ".,") {
			continue
		}
		if g.wordSurname(s) {
			leftOutS["word-any"]++
			continue
		}
		if !modernHead(p) {
			// Heads known only from PETRARCH's files: stricter (leaders.go).
			if why := g.historicSurnameCheck(s, p.home); why != "" {
				leftOutS[why]++
				continue
			}
		}
		surnames[key(s)] = append(surnames[key(s)], p)
		_ = sn{}
		if p.caps == "" {
			p.caps = s
		}
	}
	addedS, droppedS, sharedS := 0, 0, 0
	for k, ps := range surnames {
		countries := map[string]bool{}
		for _, p := range ps {
			countries[p.home] = true
		}
		other := false
		for c := range g.claims[k] {
			if !countries[c] {
				other = true
			}
		}
		// A surname that a curated entry or some other named thing of
		// another country has is left out; one shared only by heads of
		// several countries ("Merz") is kept, starred: the date then tells
		// which of them was in office.
		if _, cur := g.curated[k]; cur || g.curSector[k] || other {
			droppedS++
			continue
		}
		for _, p := range ps {
			name := p.caps
			if len(countries) > 1 {
				name = "*" + name
				sharedS++
			}
			p.addName(name)
			g.claim(p.caps, p.home)
			addedS++
		}
	}
	g.note("surname aliases for heads of state/government: %d added (%d shared by heads of several countries, starred), %d surnames left out (another KB name has them); %d an honorific, function word, mostly lower-case word, faith or language; historic leaders' surnames left out: %d malformed, %d a common English word, %d in ten or more people's names, %d a common given name, %d a city", addedS, sharedS, droppedS,
		leftOutS["word-any"], leftOutS["malformed"], leftOutS["word"], leftOutS["common"], leftOutS["given"], leftOutS["city"])

	persons := g.file("persons.tsv", "id\tname\tcountry\tnames\tsource",
		"People: Wikidata ids where known (else wd:/cia:/phx: ids), canonical name, home country, name variants\n# (Wikidata labels and English Wikipedia titles, CIA World Factbook spellings, PETRARCH/Phoenix phrases and\n# the surname of heads of state and government when no other country's person shares it). Roles: roles-*.tsv.")
	roleFiles := map[string]*outFile{}
	for _, f := range []string{"wikidata", "factbook", "phoenix", "countryinfo"} {
		note := map[string]string{
			"wikidata":    "Dated roles from Wikidata (CC0) as compiled by Peppercat / every-politician-scrapers: officeholders\n# 2000–2025 (heads of state and government, cabinet, ambassadors, judiciary, legislature, military,\n# subnational leaders, EU and UN posts), ends corrected from the site snapshots to 2025-01-31 and from the\n# CIA World Factbook to 2026-01. source: how the end is known (open-as-of=DATE: still in office then).",
			"factbook":    "Heads of state and government from the CIA World Factbook (public domain; factbook.json CC0), weekly\n# snapshots 2015-10-26 … 2026-01-22: start as the factbook gives it, end = last week seen.",
			"countryinfo": "Heads of state and government from the <Leaders> sections of PETRARCH's CountryInfo.120116.txt\n# (CAMEO/Parus Analytics, CC BY-SA 3.0; this file shares that licence): spells that no Phoenix role codes.\n# Open spells end at the file's release (2012-01-16); for people also in Wikidata only spells before their\n# first Wikidata role (and before 2000) are kept.",
			"phoenix":     "Dated roles from the PETRARCH/Phoenix dictionaries (MIT) to 2015 (CountryInfo-derived). Open-ended roles\n# end at the dictionaries' release (2015-04-30); for people also in Wikidata only roles before their first\n# Wikidata role (and before 2000) are kept.",
		}[f]
		roleFiles[f] = g.file("roles-"+f+".tsv", "id\tcode\ttitle\tclass\tstart\tend\tsource", note)
	}
	genders := g.file("persons-gender.tsv", "id\tgender\tsource",
		"People's gender (m, f) from the Wikidata bio file of the officeholders data (Wikidata, CC0, as compiled\n# by Peppercat / every-politician-scrapers), for the people of persons.tsv with a Wikidata id: coreference\n# refuses a he/she antecedent of the other gender.")
	bio := g.readGenders()
	counted := map[string]int{}
	for _, id := range g.order {
		p := g.persons[id]
		if p.home == "" || len(p.roles) == 0 {
			continue
		}
		// The display name must be usable as an alias: if another country's
		// curated entry owns it, the person is left out (rare: reported).
		if cc, ok := g.curated[key(p.name)]; ok && cc != p.home {
			counted["dropped-name-taken"]++
			continue
		}
		var names []string
		for _, n := range p.names {
			if cc, ok := g.curated[key(strings.TrimPrefix(n, "*"))]; ok && cc != p.home {
				continue
			}
			if g.curSector[key(strings.TrimPrefix(n, "*"))] {
				continue
			}
			if bare := strings.TrimPrefix(n, "*"); !strings.Contains(bare, " ") && notSurnames[key(bare)] {
				// a source's one-word name that is a faith or a language
				// ("English" for Bill English): alone in the news it is the
				// word, never the person (session 22)
				continue
			}
			if strings.HasPrefix(n, "*") {
				names = append(names, n)
			} else {
				names = append(names, g.star(n))
			}
		}
		if len(g.claims[key(p.name)]) > 1 {
			names = append(names, "*"+p.name)
		}
		var srcs []string
		for s := range p.sources {
			srcs = append(srcs, s)
		}
		sort.Strings(srcs)
		persons.rows = append(persons.rows, []string{p.id, p.name, p.home, strings.Join(uniqueNames(names), "|"), strings.Join(srcs, ";")})
		if gd := bio[p.id]; gd != "" {
			genders.rows = append(genders.rows, []string{p.id, gd, "wikidata"})
		}
		rs := p.roles
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].file != rs[j].file {
				return rs[i].file < rs[j].file
			}
			return lo(rs[i].start) < lo(rs[j].start)
		})
		seen := map[string]bool{}
		for _, r := range rs {
			k := r.file + "|" + r.code + "|" + r.title + "|" + r.start + "|" + r.end
			if seen[k] {
				continue
			}
			seen[k] = true
			roleFiles[r.file].rows = append(roleFiles[r.file].rows, []string{p.id, r.code, r.title, r.class, r.start, r.end, r.source})
			counted[r.file]++
		}
	}
	g.note("people: %d persons written; role records: wikidata %d, factbook %d, phoenix %d, countryinfo %d; %d people left out because a curated entry of another country has their name",
		len(persons.rows), counted["wikidata"], counted["factbook"], counted["phoenix"], counted["countryinfo"], counted["dropped-name-taken"])
	if len(persons.rows) == 0 {
		log.Fatal("no people written")
	}
}

// uniqueNames drops repeats (a starred and an unstarred form count once, starred kept).
func uniqueNames(ns []string) []string {
	idx := map[string]int{}
	var out []string
	for _, n := range ns {
		k := key(strings.TrimPrefix(n, "*"))
		if i, ok := idx[k]; ok {
			if strings.HasPrefix(n, "*") {
				out[i] = n
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, n)
	}
	return out
}

// stripTitleWords drops title words the factbook sometimes leaves in front of
// a name ("CEO Khyal Mohammad KHAN", "Government Antoni MARTI Petit").
func stripTitleWords(n string) string {
	words := strings.Fields(n)
	for len(words) > 1 {
		switch strings.ToLower(strings.Trim(words[0], ",.")) {
		case "ceo", "government", "chief", "executive", "acting", "interim", "transitional", "sheikh", "shaykh", "dr", "general", "gen", "col", "lt":
			words = words[1:]
			continue
		}
		break
	}
	return strings.Join(words, " ")
}

// matchHead finds the single known head of state or government of a country
// whose names contain the surname tokens.
func (g *gen) matchHead(idx nameIdx, country, caps, from, to string) *person {
	capToks := significant(strings.Fields(key(caps)))
	if len(capToks) == 0 {
		return nil
	}
	var found *person
	for _, p := range idx[country][capToks[0]] {
		// A head of the same country whose term overlaps the factbook's
		// (Kim Jong-il is not Kim Jong Un).
		head := false
		for _, r := range p.roles {
			if (r.class == "HOS" || r.class == "HOG") && strings.HasPrefix(r.code, country) &&
				(r.end == "" || from == "" || hi(r.end) >= lo(from)) && (r.start == "" || lo(r.start) <= hi(to)) {
				head = true
			}
		}
		if !head || !hasTokens(p, capToks) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

func hasTokens(p *person, toks []string) bool {
	for _, n := range append([]string{p.name}, p.names...) {
		set := map[string]bool{}
		for _, t := range strings.Fields(key(n)) {
			set[t] = true
		}
		all := true
		for _, t := range toks {
			all = all && set[t]
		}
		if all {
			return true
		}
	}
	return false
}

var familyFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true}

// readGenders reads the gender of the officeholders' bio file: Wikidata id
// → "m" or "f" (other values and blanks are left out).
func (g *gen) readGenders() map[string]string {
	path := g.shared("actors/wikidata-officeholders/bio_2023-01-20.csv")
	if _, err := os.Stat(path); err != nil {
		// the package's unit tests run without the shared data
		g.note("no genders: %v", err)
		return map[string]string{}
	}
	h, rows := readCSV(path)
	iID, iGender := col(h, "id"), col(h, "gender")
	out := map[string]string{}
	for _, r := range rows {
		switch r[iGender] {
		case "male":
			out[r[iID]] = "m"
		case "female":
			out[r[iID]] = "f"
		}
	}
	g.note("genders from the Wikidata bio file: %d people", len(out))
	return out
}
