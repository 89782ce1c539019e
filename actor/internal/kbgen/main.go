// Command kbgen regenerates the derived KB files under data/kb/gen from the
// third-party sources in ../shared/data, deterministically (same input, same
// bytes out). The hand-curated files in data/kb (countries, regions, sectors,
// orgs, media) are read, never written: they give the country codes, and
// their aliases win over generated ones.
//
//	go run ./actor/internal/kbgen -shared ../shared/data -out data/kb -bin actor/kb.bin.zst
//
// After regenerating it compiles data/kb into the embedded index
// actor/kb.bin.zst (-gen=false only compiles, after editing curated files).
//
// What it derives (facts only: names, codes, dates), each row with a source tag:
//
//	persons.tsv, roles-*.tsv   people and their dated roles, merged by Wikidata id:
//	    wikidata  officeholders 2000–2025 (Wikidata via Peppercat, CC0),
//	              ends corrected from the 2023–2025 site snapshots
//	    factbook  heads of state and government, weekly 2015-10 … 2026-01
//	              (CIA World Factbook, public domain)
//	    phoenix   dated roles to 2015 (PETRARCH Phoenix.Countries/International, MIT),
//	              government roles classed HOS/HOG from CountryInfo's <Leaders>
//	    countryinfo  heads' spells Phoenix leaves out (CountryInfo.120116, CC BY-SA 3.0)
//	orgs-phoenix.tsv, orgs-supraverden.tsv    organisations (MIT; CC BY-SA 4.0)
//	institutions-phoenix.tsv                  named state bodies ("Afghan National Army")
//	sectors-phoenix.tsv                       Phoenix.agents sector nouns
//	media-asd.tsv                             state media (ASD State Media Matrix, MIT)
//	armed-ucdp.tsv, armed-phoenix.tsv         armed groups (UCDP 22.1, CC BY 4.0; Phoenix, MIT)
//	parties-factbook.tsv                      political parties (CIA World Factbook, public domain)
//
// It prints a summary of what it read, kept, merged and dropped; -closed also
// lists every open role it ended because a later holder took the same seat
// (roles_close.go).
//
//	go run ./actor/internal/kbgen -audit 2026-01-15
//
// only audits: it lists the UN member and observer states with no head of
// state, head of government, foreign or defence minister in force on the date
// (audit.go); a state the factbook says has no armed forces needs no defence
// minister.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/actor"
)

var (
	sharedDir  = flag.String("shared", "../shared/data", "the shared data folder")
	outDir     = flag.String("out", "data/kb", "the KB folder (curated files are read, gen/ is written)")
	doGen      = flag.Bool("gen", true, "regenerate data/kb/gen from the shared data")
	binPath    = flag.String("bin", "actor/kb.bin.zst", "then compile the KB folder into this embedded index (\"\" to skip)")
	wordnetDir = flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0's dict folder (Debian wordnet-base): its common words are left out of the state media's one-word names (\"\" keeps them)")
	auditDate  = flag.String("audit", "", "only audit: list the UN states with no head of state, head of government, foreign or defence minister in force on this date (YYYY-MM-DD)")
)

// Dates that bound what each source can say.
const (
	phoenixHorizon   = "2015-04-30" // release of the Phoenix dictionaries: open roles end here
	wikidataOpenA    = "2023-01-20" // last Peppercat CSV export
	wikidataOpenB    = "2025-01-31" // last Peppercat site snapshot
	factbookLastSeen = "2026-01-22" // last factbook.json data update
)

func main() {
	log.SetFlags(0)
	flag.Parse()
	if *auditDate != "" {
		states, noForces := newGen().auditStates()
		writeAudit(os.Stdout, audit(readAuditRoles(*outDir), states, noForces, *auditDate), *auditDate)
		return
	}
	if *doGen {
		generate()
	}
	if *binPath != "" {
		data, err := actor.CompileKB(*outDir)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*binPath, data, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("compiled %s → %s (%d bytes)\n", *outDir, *binPath, len(data))
	}
}

func generate() {
	g := newGen()
	g.readCurated()
	g.agents()
	g.readCommonWords() // before the organisations: wordAlias needs them
	g.readWordNetCommon(*wordnetDir)
	g.orgsPhoenix()
	g.orgsSupraverden()
	g.mediaASD()
	g.armedUCDP()
	g.armedPhoenix()
	g.readLeaders()
	g.people()
	g.institutionsPhoenix()
	g.dropSurnameGroups() // surnames.go
	g.partiesFactbook()   // last: a name any other row claims is that row's
	g.note("organisations' and armed groups' other names left out as common English words: %d", g.wordAliases)
	g.write()
	g.summary()
}

// ---------------------------------------------------------------- curated

type gen struct {
	// lowerWords are words UD English EWT train writes in lower case at
	// least three times and more than twice as often as capitalised inside
	// a sentence ("day", "key"): as a modern head's surname alias they
	// would mostly match the word.
	lowerWords  map[string]bool
	wnCommon    map[string]bool   // lower-case words of WordNet 3.0 (readWordNetCommon)
	wordAliases int               // other names of organisations left out: common English words (wordAlias)
	iso2to3     map[string]string // KE → KEN
	name2iso    map[string]string // normalised country name → iso3
	codes       map[string]bool   // every country, region and organisation code
	regions     map[string]bool
	curated     map[string]string // normalised alias → country of the curated entry ("" for sectors)
	curOrg      map[string]orgRef // normalised alias → curated org
	curMedia    map[string]orgRef
	phxOrg      map[string]orgRef // normalised full name → Phoenix organisation (orgsPhoenix)
	curSector   map[string]bool
	stats       []string
	files       map[string]*outFile
	// people
	persons map[string]*person
	order   []string
	// ucdpIdentity: UCDP identity groups' row ids (Org 3; surnames.go)
	ucdpIdentity map[string]bool
	// aliases claimed by generated rows: key → set of countries
	claims map[string]map[string]bool
	// Phoenix people and institutions, processed after the modern sources
	phxIndex        nameIdx
	phxMerged       int
	phxNew          int
	phxInstitutions []actor.PetrarchActor
	phxIntl         []actor.PetrarchActor
	sovereign       map[string]bool // states (a COW number in PETRARCH countrynames.txt)
	// CountryInfo leaders' spells (leaders.go)
	ci           *countryInfo
	ciClassified int
	commonWords  map[string]bool // lower-case English words (UD EWT train)
	given        map[string]bool // first words of several people's names
	nameWords    map[string]int  // word → how many people's names have it
}

type orgRef struct{ id, code, country, kind string }

type outFile struct {
	name   string
	header string
	note   string
	rows   [][]string
}

func newGen() *gen {
	return &gen{
		iso2to3: map[string]string{}, name2iso: map[string]string{}, codes: map[string]bool{},
		regions: map[string]bool{}, curated: map[string]string{}, curOrg: map[string]orgRef{},
		curMedia: map[string]orgRef{}, phxOrg: map[string]orgRef{}, curSector: map[string]bool{}, files: map[string]*outFile{},
		persons: map[string]*person{}, claims: map[string]map[string]bool{}, sovereign: map[string]bool{},
	}
}

func (g *gen) note(format string, args ...any) {
	g.stats = append(g.stats, fmt.Sprintf(format, args...))
}

func (g *gen) shared(rel string) string { return filepath.Join(*sharedDir, rel) }

// readTSV reads a curated KB file into maps by column name.
func readTSV(path string) []map[string]string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var header []string
	var out []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			header = fields
			continue
		}
		m := map[string]string{}
		for i, h := range header {
			if i < len(fields) {
				m[h] = fields[i]
			}
		}
		out = append(out, m)
	}
	return out
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "*"))
		if i := strings.LastIndexByte(p, '='); i > 0 {
			p = p[:i]
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (g *gen) readCurated() {
	for _, r := range readTSV(filepath.Join(*outDir, "countries.tsv")) {
		iso := r["iso3"]
		g.codes[iso] = true
		if r["iso2"] != "" {
			g.iso2to3[r["iso2"]] = iso
		}
		if c := r["cameo"]; len(c) == 3 {
			g.codes[c] = true
		}
		for _, n := range append([]string{r["name"]}, list(r["names"])...) {
			g.name2iso[key(n)] = iso
		}
		for _, col := range []string{"name", "names", "adjectives", "capitals", "seats"} {
			for _, n := range list(r[col]) {
				g.curated[key(n)] = iso
			}
		}
	}
	for _, r := range readTSV(filepath.Join(*outDir, "regions.tsv")) {
		g.codes[r["code"]], g.regions[r["code"]] = true, true
		for _, col := range []string{"name", "names", "adjectives"} {
			for _, n := range list(r[col]) {
				g.curated[key(n)] = r["code"]
			}
		}
	}
	for _, r := range readTSV(filepath.Join(*outDir, "orgs.tsv")) {
		g.codes[r["country"]] = true
		ref := orgRef{id: r["id"], code: r["code"], country: r["country"], kind: r["kind"]}
		for _, n := range append([]string{r["name"]}, list(r["names"])...) {
			g.curated[key(n)] = r["country"]
			g.curOrg[key(n)] = ref
		}
	}
	for _, r := range readTSV(filepath.Join(*outDir, "media.tsv")) {
		ref := orgRef{id: r["id"], code: r["code"], country: r["country"], kind: "media"}
		for _, n := range append([]string{r["name"]}, list(r["names"])...) {
			g.curated[key(n)] = r["country"]
			g.curMedia[key(n)] = ref
		}
	}
	for _, r := range readTSV(filepath.Join(*outDir, "sectors.tsv")) {
		for _, n := range append([]string{r["phrase"]}, list(r["variants"])...) {
			g.curSector[key(n)] = true
		}
	}
	raw, err := os.ReadFile(g.shared("petrarch-dictionaries/countrynames.txt"))
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) == 3 && len(f[1]) == 3 && f[2] != "000" {
			g.sovereign[f[1]] = true
		}
	}
	// Names as the sources spell them that the curated files do not list.
	for name, iso := range map[string]string{
		"Congo (Brazzaville)": "COG", "Congo (Kinshasa)": "COD", "Congo-Kinshasa": "COD", "Congo-Brazzaville": "COG",
		"Korea, South": "KOR", "Korea, North": "PRK", "Gambia, The": "GMB", "Bahamas, The": "BHS",
		"Micronesia, Federated States of": "FSM", "Burma": "MMR", "Swaziland": "SWZ", "Holy See (Vatican City)": "VAT",
		"Czechia": "CZE", "Turkey (Turkiye)": "TUR", "Turkiye": "TUR", "Cabo Verde": "CPV", "Timor-Leste": "TLS",
		"Cote d'Ivoire": "CIV", "Macau": "MAC", "Saint Helena, Ascension, and Tristan da Cunha": "SHN",
		"Kosovo": "XKX", "West Bank": "PSE", "Palestine territories": "PSE", "Gaza Strip": "PSE", "Palestine": "PSE", "Taiwan": "TWN",
		"Vietnam": "VNM", "Laos": "LAO", "Syria": "SYR", "Russia": "RUS", "Iran": "IRN", "Bolivia": "BOL",
		"Venezuela": "VEN", "Tanzania": "TZA", "Moldova": "MDA", "Brunei": "BRN", "North Macedonia": "MKD",
		"Virgin Islands": "VIR", "British Virgin Islands": "VGB", "Falkland Islands (Islas Malvinas)": "FLK",
		"Pitcairn Islands": "PCN", "Svalbard": "SJM", "Wallis and Futuna": "WLF", "Curacao": "CUW",
		"Sint Maarten": "SXM", "Saint Martin": "MAF", "Saint Barthelemy": "BLM", "Cocos (Keeling) Islands": "CCK",
		"Eswatini": "SWZ", "United States": "USA", "United Kingdom": "GBR", "Hong Kong": "HKG",
		"Cyprus": "CYP", "Northern Cyprus": "CYP", "Somaliland": "SOM", "Abkhazia": "GEO", "South Ossetia": "GEO",
		"Transnistria": "MDA", "Artsakh": "AZE", "Donetsk": "UKR", "Luhansk": "UKR", "Yugoslavia": "SRB",
		"Serbia and Montenegro": "SRB", "Zaire": "COD", "Rhodesia": "ZWE", "South Vietnam": "VNM",
		"Congo-Kinshasa ": "COD", "European Union": "EEC",
	} {
		if _, ok := g.name2iso[key(name)]; !ok {
			g.name2iso[key(name)] = iso
		}
	}
	g.note("curated: %d country codes, %d regions, %d aliases", len(g.iso2to3), len(g.regions), len(g.curated))
}

// key normalises a name like the KB compiler does (case, diacritics, hyphens).
func key(s string) string {
	return actor.NormalizeName(s)
}

// claim records that a generated row gives alias a to country c. It reports
// false when a curated entry of another country already has the alias (the
// curated one wins and the generated alias is dropped).
func (g *gen) claim(a, c string) bool {
	k := key(a)
	if k == "" {
		return false
	}
	// A name the curated files already have is theirs: a generated row does
	// not repeat it ("Türkiye" the newspaper) nor take it to another country.
	if _, ok := g.curated[k]; ok {
		return false
	}
	if g.claims[k] == nil {
		g.claims[k] = map[string]bool{}
	}
	g.claims[k][c] = true
	return true
}

// star marks an alias '*' when generated rows give it to several countries.
func (g *gen) star(a string) string {
	if len(g.claims[key(a)]) > 1 {
		return "*" + a
	}
	return a
}

func (g *gen) file(name, header, note string) *outFile {
	f, ok := g.files[name]
	if !ok {
		f = &outFile{name: name, header: header, note: note}
		g.files[name] = f
	}
	return f
}

// ---------------------------------------------------------------- helpers

func clean(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\t", " "), "|", "/"))
	return strings.Join(strings.Fields(s), " ")
}

var slugRe = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(slugRe.ReplaceAllString(key(s), "-"), "-")
}

// titleCaps rewrites the all-capital words of a name in title case:
// "Luiz Inácio LULA da Silva" → "Luiz Inácio Lula da Silva", "PHOENIX NAME" → "Phoenix Name".
func titleCaps(s string) string {
	words := strings.Fields(s)
	particles := map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
		"di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "bin": true,
		"ibn": true, "al": true, "el": true, "y": true, "e": true, "of": true, "the": true, "and": true}
	for i, w := range words {
		if !isAllCaps(w) {
			continue
		}
		lw := strings.ToLower(w)
		if i > 0 && particles[lw] {
			words[i] = lw
			continue
		}
		words[i] = capWord(lw)
	}
	return strings.Join(words, " ")
}

// capWord capitalises each part of a word split by '-', '\” and '.'.
func capWord(w string) string {
	r := []rune(w)
	up := true
	for i, c := range r {
		if up && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			up = false
		}
		if c == '-' || c == '\'' || c == '.' || c == '’' {
			up = true
		}
	}
	s := string(r)
	// Mc/Mac names and roman numerals stay readable enough without special cases.
	if romanRe.MatchString(strings.ToUpper(w)) {
		return strings.ToUpper(w)
	}
	return s
}

var romanRe = regexp.MustCompile(`^(II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$`)

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// capsPart is the all-capital part of a factbook name: the name the person
// goes by ("LULA", "PRABOWO", "el-SISI" → "Sisi").
func capsPart(s string) string {
	var parts []string
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",;.()")
		// "al-ASAD", "el-SISI": the capitals after a lowercase particle.
		if i := strings.LastIndexAny(w, "-'’"); i > 0 && !isAllCaps(w[:i]) && isAllCaps(w[i+1:]) && len(w[i+1:]) > 1 {
			parts = append(parts, capWord(strings.ToLower(w[i+1:])))
			continue
		}
		if isAllCaps(w) && len([]rune(strings.Trim(w, ".,"))) > 1 && !romanRe.MatchString(w) {
			parts = append(parts, capWord(strings.ToLower(w)))
		}
	}
	return strings.Join(parts, " ")
}

func readCSV(path string) ([]string, [][]string) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			log.Fatal(err)
		}
		r = zr
	}
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	header := rows[0]
	header[0] = strings.TrimPrefix(header[0], "\ufeff")
	return header, rows[1:]
}

func col(header []string, name string) int {
	for i, h := range header {
		if h == name {
			return i
		}
	}
	log.Fatalf("column %q missing", name)
	return -1
}

func readDict(path string) *actor.PetrarchActors {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	d, err := actor.LoadPetrarchActors(f)
	if err != nil {
		log.Fatal(err)
	}
	return d
}

// validCode checks a code as the compiler will: letters in threes, a known
// first chunk (a country, region, organisation or CAMEO actor type).
func (g *gen) validCode(code string) bool {
	if code == "" || len(code)%3 != 0 {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	first := code[:3]
	switch first {
	case "IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT", "ELI":
		return true
	}
	return g.codes[first]
}

// ---------------------------------------------------------------- agents

var sectorOK = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`GOV MIL COP JUD LEG OPP REB PTY MED BUS CVL ELI EDU HLT REF
		IGO NGO MNC IMG NGM UAF SPY LAB AGR DEV ENV HRI CRM UIS INS SEP MOD RAD BRD MOP
		FRM MBR PRO DIS HLH SET MOS CHR CTH DOX JEW MUS SHI SUN BUD HIN JAI SIK TAO
		ZRO ITH BAH CPT ALE ANG NEW LUT MET YEZ DRZ SFI REL`) {
		sectorOK[c] = true
	}
}

func (g *gen) agents() {
	f, err := os.Open(g.shared("petrarch-dictionaries/Phoenix.agents.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	d, err := actor.LoadPetrarchAgents(f)
	if err != nil {
		log.Fatal(err)
	}
	out := g.file("sectors-phoenix.tsv", "kind\tphrase\tvariants\tcode\trole\tsource",
		"Sector nouns and titles from the PETRARCH/Phoenix agent dictionary (Phoenix.agents.txt, MIT), phrases\n# lowercased, plurals expanded as PETRARCH does; phrases already in ../sectors.tsv are left out.")
	seen := map[string]bool{}
	kept, skipped := 0, 0
	titleWords := map[string]bool{"minister": true, "ministers": true, "president": true, "presidents": true, "king": true,
		"ambassador": true, "ambassadors": true, "general": true, "generals": true, "secretary": true, "governor": true,
		"mayor": true, "spokesman": true, "spokeswoman": true, "chairman": true, "chief": true, "commander": true,
		"leader": true, "leaders": true, "judge": true, "director": true, "envoy": true, "premier": true, "senator": true}
	for _, a := range d.Entries {
		ph := strings.ToLower(a.Phrase)
		k := key(ph)
		code := a.Code
		ok := code != "" && len(code)%3 == 0
		for i := 0; ok && i < len(code); i += 3 {
			ok = sectorOK[code[i:i+3]]
		}
		if !ok || k == "" || g.curSector[k] || seen[k] || !isPlainPhrase(ph) || phoenixAgentsLeftOut[k] {
			skipped++
			continue
		}
		seen[k] = true
		kind := "noun"
		words := strings.Fields(ph)
		if titleWords[words[len(words)-1]] || len(words) > 2 && titleWords[words[0]] && (words[1] == "of" || words[1] == "for") {
			// ("minister of health", "minister for health": a person's
			// office, like "health minister")
			kind = "title"
		}
		out.rows = append(out.rows, []string{kind, ph, "", code, "", "phoenix-agents"})
		kept++
	}
	g.note("Phoenix.agents: %d phrases, kept %d, skipped %d (curated, duplicate, or code not a sector)", len(d.Entries), kept, skipped)
}

// isPlainPhrase rejects dictionary phrases with stray markup.
func isPlainPhrase(s string) bool {
	return !strings.ContainsAny(s, "!{}[]<>=+*") && strings.TrimSpace(s) != ""
}

// ---------------------------------------------------------------- orgs

// orgKind maps a code to the KB kind of an undated dictionary entry.
func (g *gen) orgKind(code string) string {
	switch code[:3] {
	case "IGO", "NGO", "MNC", "NGM":
		return "org"
	case "IMG":
		return "armed-group"
	}
	if strings.Contains(code[3:], "REB") || strings.Contains(code[3:], "UAF") {
		return "armed-group"
	}
	return "institution"
}

func (g *gen) orgsPhoenix() {
	d := readDict(g.shared("petrarch-dictionaries/Phoenix.International.actors.txt"))
	out := g.file("orgs-phoenix.tsv", "id\tkind\tname\tnames\tcountry\tcode\tsector\tsource",
		"Organisations, NGOs and multinational corporations from the PETRARCH/Phoenix international actors\n# dictionary (Phoenix.International.actors.txt, MIT). Rows with a curated id add names to ../orgs.tsv.")
	kept, merged, skipped, persons := 0, 0, 0, 0
	byID := map[string]int{}
	for _, e := range d.Entries {
		dated := false
		for _, c := range e.Codes {
			if !c.Default {
				dated = true
			}
		}
		if dated {
			g.phxIntl = append(g.phxIntl, e)
			persons++
			continue
		}
		code := e.Codes[len(e.Codes)-1].Code
		if !g.validCode(code) || code == "MED" || len(code) < 3 {
			skipped++
			continue
		}
		kind := g.orgKind(code)
		if kind != "org" {
			skipped++
			continue
		}
		names := dedupeNames(e.Names)
		id := "phx:" + slug(names[0])
		country := ""
		// Merge into a curated organisation that has one of these names and the same code.
		for _, n := range names {
			if ref, ok := g.curOrg[key(n)]; ok && ref.code == code {
				id, country = ref.id, ref.country
				break
			}
		}
		var keep []string
		for i, n := range names {
			if i > 0 && g.wordAlias(n) {
				g.wordAliases++
				continue
			}
			if g.claim(n, orgCountry(code, country)) {
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			skipped++
			continue
		}
		for _, n := range keep {
			if !acronym(n) {
				g.phxOrg[key(n)] = orgRef{id: id, code: code, country: country}
			}
		}
		if i, ok := byID[id]; ok {
			out.rows[i][3] = joinNames(out.rows[i][3], keep)
			merged++
			continue
		}
		if strings.HasPrefix(id, "phx:") {
			kept++
		} else {
			merged++
		}
		byID[id] = len(out.rows)
		g.registerOrg(code)
		out.rows = append(out.rows, []string{id, kind, orgName(keep[0]), strings.Join(titleAll(keep[1:]), "|"), country, code, "", fmt.Sprintf("phoenix-international:%d", e.Line)})
	}
	g.note("Phoenix.International: %d entries: %d organisations, %d merged into curated ids, %d persons, %d skipped (media, bad code, names taken)", len(d.Entries), kept, merged, persons, skipped)
}

// orgChunk is the organisation part of an IGO/NGO/IMG/MNC code as the KB
// compiler reads it (IGOMEAARL → ARL), or "" when the code has none.
func (g *gen) orgChunk(code string) string {
	for i := 3; i+3 <= len(code); i += 3 {
		c := code[i : i+3]
		if sectorOK[c] || g.regions[c] {
			continue
		}
		return c
	}
	return ""
}

// registerOrg records the organisation code a written row introduces, as the
// compiler will, so that roles using it validate here too.
func (g *gen) registerOrg(code string) {
	if len(code) < 3 {
		return
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT", "ELI":
		if c := g.orgChunk(code); c != "" {
			g.codes[c] = true
		}
	}
}

// orgCountry is the country an org's aliases are claimed for (its own code or the code's country).
func orgCountry(code, country string) string {
	if country != "" {
		return country
	}
	return "org:" + code
}

func titleAll(ns []string) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = orgName(n)
	}
	return out
}

// orgName writes a dictionary name readably but keeps a one-word name of up
// to five letters in capitals: it is an acronym ("UN", "NATO").
func orgName(n string) string {
	if !strings.Contains(n, " ") && len([]rune(n)) <= 5 {
		return n
	}
	return titleCaps(n)
}

func dedupeNames(ns []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range ns {
		n = clean(n)
		k := key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

func joinNames(existing string, more []string) string {
	have := map[string]bool{}
	var parts []string
	for _, p := range strings.Split(existing, "|") {
		if p != "" {
			have[key(strings.TrimPrefix(p, "*"))] = true
			parts = append(parts, p)
		}
	}
	for _, m := range more {
		if !have[key(m)] {
			have[key(m)] = true
			parts = append(parts, orgName(m))
		}
	}
	return strings.Join(parts, "|")
}

var familyCodes = map[string][2]string{
	"UN and affiliates":                {"IGOUNO", "UNO"},
	"EU institutions and bodies":       {"IGOEUREEC", "EEC"},
	"African Union entities":           {"IGOAFRAFU", "AFU"},
	"Arab League entities":             {"IGOMEAARL", "ARL"},
	"ECOWAS entities":                  {"IGOWAFWAS", "WAS"},
	"Council of Europe entities":       {"IGOEURCOE", "COE"},
	"OAS institutions and bodies":      {"IGOOAS", "OAS"},
	"Caribbean Community entities":     {"IGOCRBCCM", "CCM"},
	"Commonwealth of Nations entities": {"IGOCWN", "CWN"},
	"East African Community entities":  {"IGOEAFEAC", "EAC"},
	"Mercosur entities":                {"IGOSAMMER", "MER"},
	"Eurasian Economic Union entities": {"IGOEAU", "EAU"},
	"Organisation for Economic Co-operation and Development entities": {"IGOBUSOEC", "OEC"},
}

func (g *gen) orgsSupraverden() {
	h, rows := readCSV(g.shared("actors/igo/supraverden_igos_flat.csv"))
	out := g.file("orgs-supraverden.tsv", "id\tkind\tname\tnames\tcountry\tcode\tsector\tsource",
		"International organisations from SupraVerden (© Confirmordeny 2025–2026, CC BY-SA 4.0; Wikidata ids CC0):\n# English names, abbreviations and other English names. Family → CAMEO-style code; rows with a curated id\n# add names to ../orgs.tsv. This file is a derivative of SupraVerden and shares its licence.")
	iQ, iFam, iName, iAbbr, iOther := col(h, "wikidata"), col(h, "org_family"), col(h, "name_en"), col(h, "abbreviation_en"), col(h, "other_names_en")
	kept, merged, skipped, phxCoded := 0, 0, 0, 0
	for _, r := range rows {
		names := []string{clean(r[iName])}
		if a := clean(r[iAbbr]); a != "" && a != "None" {
			names = append(names, a)
		}
		for _, o := range strings.Split(r[iOther], "|") {
			if o = clean(o); o != "" && o != "None" {
				names = append(names, o)
			}
		}
		names = dedupeNames(names)
		if len(names) == 0 {
			skipped++
			continue
		}
		id, code, country := r[iQ], "IGO", ""
		if fc, ok := familyCodes[r[iFam]]; ok {
			code, country = fc[0], fc[1]
		}
		if !strings.HasPrefix(id, "Q") {
			id = "sv:" + slug(names[0])
		}
		for _, n := range names {
			if ref, ok := g.curOrg[key(n)]; ok && !acronym(n) {
				// Merged by a name, not by an acronym two bodies may share
				// ("ESA": the European Space Agency and Euratom's Supply Agency).
				id, code, country = ref.id, ref.code, ref.country
				break
			}
		}
		if code == "IGO" {
			// No family code: a Phoenix organisation of the same full name
			// gives its CAMEO code (the EBRD is IGOEURDEVEBR, not a bare IGO
			// that left its acronym "EBRD" and the name a second, vaguer entry).
			for _, n := range names {
				if ref, ok := g.phxOrg[key(n)]; ok && !acronym(n) {
					code, country = ref.code, ref.country
					phxCoded++
					break
				}
			}
		}
		var keep []string
		for i, n := range names {
			if i > 0 && g.wordAlias(n) {
				g.wordAliases++
				continue
			}
			if g.claim(n, orgCountry(code, country)) {
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			skipped++
			continue
		}
		if strings.HasPrefix(id, "Q") || strings.HasPrefix(id, "sv:") {
			kept++
		} else {
			merged++
		}
		g.registerOrg(code)
		out.rows = append(out.rows, []string{id, "org", keep[0], strings.Join(keep[1:], "|"), country, code, "", "supraverden:" + r[iQ]})
	}
	// Several SupraVerden rows may merge into one curated id: fold them.
	out.rows = foldByID(out.rows)
	g.note("SupraVerden: %d organisations: %d new, %d merged into curated ids, %d skipped (names taken); %d without a family code take a Phoenix organisation's code by name", len(rows), kept, merged, skipped, phxCoded)
}

// foldByID merges rows with the same id (first column), uniting names (column 3).
func foldByID(rows [][]string) [][]string {
	idx := map[string]int{}
	var out [][]string
	for _, r := range rows {
		if i, ok := idx[r[0]]; ok {
			out[i][3] = joinNames(out[i][3], append([]string{r[2]}, strings.Split(r[3], "|")...))
			continue
		}
		idx[r[0]] = len(out)
		out = append(out, r)
	}
	for _, r := range out {
		// The name must not repeat among the names.
		var keep []string
		for _, n := range strings.Split(r[3], "|") {
			if n != "" && key(n) != key(r[2]) {
				keep = append(keep, n)
			}
		}
		r[3] = strings.Join(keep, "|")
	}
	return out
}

// phoenixAgentsLeftOut are Phoenix agent phrases that in wire news name
// someone other than their sector: "representatives of the two warring
// parties" are delegates, not legislators (the curated sectors.tsv keeps
// "house of representatives").
//
// "actor" and "actors" (ELI) are film and stage actors in wire news ("South
// Korean actor X"), private people, or "non-state actors".
var phoenixAgentsLeftOut = map[string]bool{"representatives": true, "representativeses": true,
	"actor": true, "actors": true}

// ---------------------------------------------------------------- media

func (g *gen) mediaASD() {
	h, rows := readCSV(g.shared("actors/media/state_media_matrix.csv"))
	out := g.file("media-asd.tsv", "id\tkind\tname\tnames\tcountry\tcode\ttype\tsource",
		"State media outlets from the State Media Profiles matrix, Alliance for Securing Democracy (MIT; seed data\n# State Media Monitor): company and main assets, country, typology (SC state-controlled, CaPu captured\n# public, CaPr captured private, ISFM/ISF independent state-funded, IP independent public).")
	iC, iCo, iA, iT := col(h, "Country"), col(h, "Media company"), col(h, "Main assets"), col(h, "Typology")
	type grp struct {
		id, name, country, typ string
		names                  []string
	}
	var groups []*grp
	byKey := map[string]*grp{}
	unknown := map[string]bool{}
	for _, r := range rows {
		iso, ok := g.name2iso[key(r[iC])]
		if !ok {
			unknown[r[iC]] = true
			continue
		}
		company := clean(r[iCo])
		if company == "" {
			continue
		}
		k := iso + "/" + key(company)
		gr, ok := byKey[k]
		if !ok {
			gr = &grp{id: "asd:" + strings.ToLower(iso) + ":" + slug(company), name: company, country: iso, typ: r[iT]}
			byKey[k] = gr
			groups = append(groups, gr)
		}
		for _, a := range strings.Split(r[iA], ",") {
			a = clean(a)
			if a != "" && len(a) < 80 && !strings.Contains(strings.ToLower(a), "http") {
				gr.names = append(gr.names, a)
			}
		}
	}
	kept, merged := 0, 0
	for _, gr := range groups {
		names := dedupeNames(append([]string{gr.name}, gr.names...))
		id := gr.id
		for _, n := range names {
			if ref, ok := g.curMedia[key(n)]; ok && ref.country == gr.country {
				id = ref.id
				break
			}
		}
		var keep []string
		for i, n := range names {
			if isGenericMedia(n) {
				continue
			}
			if i > 0 && g.wordAlias(n) {
				g.wordAliases++ // "Today" for Mediacorp matched every sentence's first "Today"
				continue
			}
			if g.wordNetCommon(n) {
				g.wordAliases++ // "Gold" for Mediacorp read "the Red and Gold Groups" as SGPMED
				continue
			}
			if g.claim(n, gr.country) {
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			continue
		}
		if strings.HasPrefix(id, "asd:") {
			kept++
		} else {
			merged++
		}
		out.rows = append(out.rows, []string{id, "media", keep[0], strings.Join(keep[1:], "|"), gr.country, gr.country + "MED", "state media (" + gr.typ + ")", "asd-state-media"})
	}
	out.rows = foldByID(out.rows)
	var unk []string
	for u := range unknown {
		unk = append(unk, u)
	}
	sort.Strings(unk)
	g.note("ASD state media: %d rows → %d outlets, %d merged into curated ids; countries not matched: %v", len(rows), kept, merged, unk)
}

// readWordNetCommon collects the words WordNet 3.0 writes in lower case in
// some synset of its data files: common English words ("gold", "index",
// "informer"), not names only ("Sabah", "Eurasia"). No WordNet folder: no
// words, and wordNetCommon keeps every name.
func (g *gen) readWordNetCommon(dir string) {
	g.wnCommon = map[string]bool{}
	if dir == "" {
		return
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(dir, "data."+pos))
		if err != nil {
			g.note("no WordNet (%v): state media keep their common-word names", err)
			return
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			for _, w := range wordNetLemmas(sc.Text()) {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					g.wnCommon[w] = true
				}
			}
		}
		f.Close()
	}
	g.note("WordNet 3.0: %d lower-case words that state media's one-word names may not be", len(g.wnCommon))
}

// wordNetLemmas reads the word forms of one line of a WordNet data file
// ("02512053 05 n 02 gold 0 Au 0 ..."): the fifth field is the count of
// words (hexadecimal), then each word and its lexical id; an adjective's
// marker ("(a)") is cut. A licence line (leading spaces) has none.
func wordNetLemmas(line string) []string {
	if line == "" || line[0] == ' ' {
		return nil
	}
	f := strings.Fields(line)
	if len(f) < 4 {
		return nil
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return nil
	}
	var out []string
	for i := 0; i < int(n) && 4+2*i < len(f); i++ {
		w := f[4+2*i]
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j]
		}
		out = append(out, w)
	}
	return out
}

// wordNetCommon reports whether a state-media name is one word (no space or
// hyphen, not all capitals) that WordNet writes in lower case: "Gold",
// "Index", "Informer", "Liter" read as outlets every time the word opens a
// name ("Gold Coast", "Property Index").
func (g *gen) wordNetCommon(n string) bool {
	if strings.ContainsAny(n, " -.'") || isAllCaps(n) {
		return false
	}
	return g.wnCommon[strings.ToLower(n)]
}

// isGenericMedia rejects asset names that are ordinary words ("Radio", "TV1").
func isGenericMedia(n string) bool {
	k := key(n)
	if len(k) < 3 {
		return true
	}
	switch k {
	case "radio", "television", "tv", "news", "online", "website", "newspaper", "magazine", "channel 1", "radio 1", "tv1", "tv 1", "tv2", "tv 2":
		return true
	}
	return false
}

// ---------------------------------------------------------------- armed groups

func (g *gen) gwToISO() map[string]string {
	m := map[string]string{}
	raw, err := os.ReadFile(g.shared("petrarch-dictionaries/CountryInfo.120116.txt"))
	if err != nil {
		log.Fatal(err)
	}
	text := string(raw)
	codeRe := regexp.MustCompile(`<ISO3166-alpha3>([A-Z]{3})</ISO3166-alpha3>`)
	cowRe := regexp.MustCompile(`<COW-Numeric>(\d+)</COW-Numeric>`)
	for _, blk := range strings.Split(text, "<Country>")[1:] {
		c, w := codeRe.FindStringSubmatch(blk), cowRe.FindStringSubmatch(blk)
		if c != nil && w != nil && w[1] != "000" {
			m[strings.TrimLeft(w[1], "0")] = c[1]
		}
	}
	// Gleditsch–Ward numbers that differ from COW, and historical states.
	// CountryInfo.120116 also gives Myanmar (775) the ISO code MOZ and
	// Guatemala (90) GLP, and has no number for Guinea, Guinea-Bissau, the
	// Republic of the Congo and Brunei: UCDP's Myanmar groups came out as
	// Mozambique's (MOZREB) and Guatemala's as Guadeloupe's, and the others
	// were skipped, until these were added.
	for gw, iso := range map[string]string{"260": "DEU", "265": "DEU", "340": "SRB", "345": "SRB", "347": "XKX",
		"678": "YEM", "680": "YEM", "816": "VNM", "817": "VNM", "751": "IND", "711": "CHN", "626": "SSD", "2": "USA",
		"775": "MMR", "90": "GTM", "438": "GIN", "404": "GNB", "484": "COG", "835": "BRN"} {
		m[gw] = iso
	}
	return m
}

func (g *gen) armedUCDP() {
	h, rows := readCSV(g.shared("actors/armed_groups/ucdp_actor_22.1.csv"))
	out := g.file("armed-ucdp.tsv", "id\tkind\tname\tnames\tcountry\tcode\tsector\tsource",
		"Non-state armed groups from the UCDP Actor Dataset 22.1 (Uppsala Conflict Data Program, CC BY 4.0):\n# name, original and English names, first country of location (Gleditsch–Ward → ISO) → code COUNTRY+REB.")
	gw := g.gwToISO()
	iID, iName, iOrig, iEng, iNew, iNewEng, iOrg, iLoc := col(h, "ActorId"), col(h, "NameData"), col(h, "NameOrig"),
		col(h, "NameOrigFullEng"), col(h, "NewName"), col(h, "NewNameFullEng"), col(h, "Org"), col(h, "GWNOLoc")
	kept, skipped, identity := 0, 0, 0
	type row struct {
		id, country string
		names       []string
		identity    bool // UCDP's Org 3: an informally organised identity group
	}
	var pending []row
	for _, r := range rows {
		if r[iOrg] == "4" { // governments
			continue
		}
		loc := strings.TrimSpace(strings.Split(r[iLoc], ",")[0])
		iso, ok := gw[loc]
		if !ok || !g.codes[iso] {
			skipped++
			continue
		}
		var names []string
		for _, i := range []int{iName, iEng, iOrig, iNew, iNewEng} {
			n := clean(r[i])
			if n != "" && n != "n/a" && !strings.HasPrefix(strings.ToLower(n), "government of") {
				names = append(names, n)
			}
		}
		names = dedupeNames(names)
		if len(names) == 0 {
			skipped++
			continue
		}
		pending = append(pending, row{"ucdp:" + r[iID], iso, names, strings.TrimSpace(r[iOrg]) == "3"})
		for _, n := range names {
			g.claim(n, iso)
		}
	}
	for _, p := range pending {
		if p.identity && len(p.names) == 1 && !strings.Contains(p.names[0], " ") && g.wordAlias(p.names[0]) {
			// An identity group named by a common English word ("Black",
			// South Africa's): the word names something else, not an
			// armed group ("the Black Sea" was ZAFREB). Groups named by a
			// word of an organised group's name ("Tamil", "Ijaw") stay:
			// dropping them cost right codes ("Ijaw militants" NGAREB,
			// "the Tamil people" LKACVL) on review.
			identity++
			continue
		}
		var keep []string
		for i, n := range p.names {
			if cc, ok := g.curated[key(n)]; ok && cc != p.country {
				continue
			}
			// A name that is one of the curated sector nouns is a kind of
			// body any country has, not this group's name: UCDP's
			// "Presidential guard" (the Comoros, COMREB) had made every
			// presidential guard in the news a Comoran rebel. An acronym
			// stays (Chad's "MPS" is not "MPs").
			if g.curSector[key(n)] && n != strings.ToUpper(n) {
				continue
			}
			if i > 0 && g.wordAlias(n) {
				g.wordAliases++ // "The Nation" for Al-Umma
				continue
			}
			keep = append(keep, n)
		}
		if len(keep) == 0 {
			skipped++
			continue
		}
		out.rows = append(out.rows, []string{p.id, "armed-group", keep[0], strings.Join(keep[1:], "|"), p.country, p.country + "REB", "REB", "ucdp-actor-22.1"})
		kept++
		if p.identity {
			if g.ucdpIdentity == nil {
				g.ucdpIdentity = map[string]bool{}
			}
			g.ucdpIdentity[p.id] = true
		}
	}
	g.note("UCDP actors: %d rows, kept %d armed groups, skipped %d (governments excluded; location or names unusable), %d identity groups named by a common word or a word of an organised group's name", len(rows), kept, skipped, identity)
}

func (g *gen) armedPhoenix() {
	d := readDict(g.shared("petrarch-dictionaries/Phoenix.MilNonState.actors.txt"))
	out := g.file("armed-phoenix.tsv", "id\tkind\tname\tnames\tcountry\tcode\tsector\tsource",
		"Non-state armed groups from the PETRARCH/Phoenix MilNonState dictionary (Phoenix.MilNonState.actors.txt, MIT).")
	kept, skipped := 0, 0
	type row struct {
		id, code string
		names    []string
		line     int
	}
	var pending []row
	for _, e := range d.Entries {
		code := e.Codes[len(e.Codes)-1].Code
		if !g.validCode(code) {
			skipped++
			continue
		}
		names := dedupeNames(e.Names)
		if len(names) == 0 {
			skipped++
			continue
		}
		pending = append(pending, row{"phx-mns:" + slug(names[0]), code, names, e.Line})
		for _, n := range names {
			g.claim(n, countryOfCode(code))
		}
	}
	seen := map[string]bool{}
	for _, p := range pending {
		var keep []string
		for i, n := range p.names {
			if cc, ok := g.curated[key(n)]; ok && cc != countryOfCode(p.code) {
				continue
			}
			if i > 0 && g.wordAlias(n) {
				g.wordAliases++
				continue
			}
			keep = append(keep, orgName(n))
		}
		if len(keep) == 0 || seen[p.id] {
			skipped++
			continue
		}
		seen[p.id] = true
		g.registerOrg(p.code)
		out.rows = append(out.rows, []string{p.id, "armed-group", keep[0], strings.Join(keep[1:], "|"), "", p.code, "", fmt.Sprintf("phoenix-milnonstate:%d", p.line)})
		kept++
	}
	g.note("Phoenix.MilNonState: %d entries, kept %d, skipped %d", len(d.Entries), kept, skipped)
}

// countryOfCode approximates the compiler's split for claims: the first chunk,
// or for IGO/NGO/IMG codes the whole code (transnational groups).
func countryOfCode(code string) string {
	if len(code) < 3 {
		return code
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "NGM":
		return "org:" + code
	}
	return code[:3]
}

// ---------------------------------------------------------------- write

func (g *gen) write() {
	dir := filepath.Join(*outDir, "gen")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	names := make([]string, 0, len(g.files))
	for n := range g.files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := g.files[n]
		// Star aliases that generated rows give to several countries.
		cols := strings.Split(f.header, "\t")
		nameCols := map[int]bool{}
		for i, c := range cols {
			if c == "names" || c == "name" {
				nameCols[i] = true
			}
		}
		if !strings.HasPrefix(n, "sectors") && !strings.HasPrefix(n, "roles") {
			for _, r := range f.rows {
				for i := range r {
					if !nameCols[i] {
						continue
					}
					if cols[i] == "names" {
						parts := strings.Split(r[i], "|")
						for j, p := range parts {
							if p != "" && !strings.HasPrefix(p, "*") {
								parts[j] = g.star(p)
							}
						}
						r[i] = strings.Join(parts, "|")
					}
				}
				// A shared primary name is starred by repeating it starred in names.
				ni, nn := indexOf(cols, "name"), indexOf(cols, "names")
				if ni >= 0 && nn >= 0 && len(g.claims[key(r[ni])]) > 1 {
					r[nn] = strings.TrimPrefix(r[nn]+"|*"+r[ni], "|")
				}
			}
		}
		path := filepath.Join(dir, n)
		fh, err := os.Create(path)
		if err != nil {
			log.Fatal(err)
		}
		w := bufio.NewWriter(fh)
		fmt.Fprintf(w, "# %s\n# Generated by actor/internal/kbgen from ../shared/data: do not edit; regenerate.\n", f.note)
		fmt.Fprintln(w, f.header)
		for _, r := range f.rows {
			fmt.Fprintln(w, strings.Join(r, "\t"))
		}
		if err := w.Flush(); err != nil {
			log.Fatal(err)
		}
		fh.Close()
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func (g *gen) summary() {
	for _, s := range g.stats {
		fmt.Println(s)
	}
	names := make([]string, 0, len(g.files))
	for n := range g.files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("wrote gen/%s: %d rows\n", n, len(g.files[n].rows))
	}
}

// acronym reports whether n is one word in capitals ("ESA", "UNHCR").
func acronym(n string) bool {
	if strings.ContainsAny(n, " -") {
		return false
	}
	letters := 0
	for _, r := range n {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
