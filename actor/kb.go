// Package actor holds dyad's actor knowledge base (KB): countries, regions,
// organisations, sector nouns and titles, media, armed groups and people with
// dated roles, compiled from the readable files under data/kb into a compact
// index embedded in the binary. It answers "who is this mention on this
// date?" (Lookup, Explain) and finds KB names in token sequences
// (MatchTokens) for the named-entity and resolution stages built on top.
//
// PETRARCH/TABARI actor and agent dictionaries load as an extra or a
// replacement KB (petrarch.go), so users keep their dictionaries.
package actor

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dyadproject/dyad/doc"
)

// Kind is what sort of thing a KB entry names.
type Kind uint8

// Kinds of KB entries. String() gives the names used in Match and Explain.
const (
	KindCountry     Kind = iota + 1 // a country or territory by name ("Kenya", "the US")
	KindNationality                 // an adjective or demonym ("Kenyan", "Emirati")
	KindCapital                     // a capital or seat of government used as a metonym ("Moscow", "the Kremlin")
	KindRegion                      // a region or bloc ("Latin America", "the West")
	KindOrg                         // an international or non-governmental organisation
	KindInstitution                 // a named state body of one country ("Afghan National Army")
	KindParty                       // a political party
	KindPerson                      // a person with dated roles
	KindSector                      // a sector noun ("police", "rebels", "ministry")
	KindTitle                       // a title or office ("president", "foreign minister")
	KindModifier                    // a modifier that changes a sector ("former" → ELI)
	KindMedia                       // a news outlet or agency
	KindArmedGroup                  // a non-state armed group
	KindActor                       // a generic PETRARCH dictionary actor with a fixed code
)

var kindNames = [...]string{
	KindCountry: "country", KindNationality: "nationality", KindCapital: "capital-metonym",
	KindRegion: "region", KindOrg: "org", KindInstitution: "institution", KindParty: "party",
	KindPerson: "person", KindSector: "sector-noun", KindTitle: "title", KindModifier: "modifier",
	KindMedia: "media", KindArmedGroup: "armed-group", KindActor: "actor",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// MarshalText makes a Kind read as its name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a Kind from its name.
func (k *Kind) UnmarshalText(b []byte) error {
	v, ok := ParseKind(string(b))
	if !ok {
		return fmt.Errorf("unknown actor kind %q", b)
	}
	*k = v
	return nil
}

// ParseKind is the inverse of Kind.String.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s && n != "" {
			return Kind(i), true
		}
	}
	return 0, false
}

// Status says how a person's role relates to the date asked about.
const (
	StatusInOffice     = "in-office"     // a role covers the date
	StatusFormer       = "former"        // every role ended before the date: an elite (ELI) of the country
	StatusBeforeOffice = "before-office" // the date is before every known role
	StatusAnyDate      = "any-date"      // no date given: every role is listed
	StatusUndated      = "undated"       // the role has no dates in the source
)

// Match is one candidate for a mention.
type Match struct {
	Actor  doc.Actor // Name, Code, Country, Sector, ID; Mention is nil
	Kind   Kind
	Alias  string // the KB alias that matched, as written in the KB
	Role   string // the role in force (person), or the role a title names
	Class  string // role class: HOS, HOG, FOREIGN, DEFENCE, CABINET, …
	Start  string // role start YYYY-MM-DD ("" unknown)
	End    string // role end YYYY-MM-DD ("" open or unknown)
	Status string // persons: one of the Status constants
	Source string // source tag of the row (and of the role for persons)
	// Ambiguous is set when the alias is shared on purpose by entries of
	// different countries ("Congo", "Dominican"): context must decide.
	Ambiguous bool
}

// Span is a KB name found in a token sequence: words[Start:End].
type Span struct {
	Start, End int
	Hits       []Hit
}

// Hit is one KB entry whose alias a Span matched; Matches resolves it at a date.
type Hit struct {
	Entry int32 // index of the entry in the KB
	Alias int32 // index of the alias
	Kind  Kind
}

// KB is a compiled knowledge base. The one from LoadKB is shared and must not
// be changed; Clone it before AddPetrarch.
type KB struct {
	entries  []entry
	aliases  []alias
	vocab    map[string]int32 // normalised token → token id
	vocabStr []string         // token id → token, built when needed
	edges    edgeTable        // (node, token id) → child node
	term     [][]int32        // node → aliases ending there
	// rootBits is a bitset over hashes of the tokens that start some alias:
	// MatchTokens skips most words with one hash and no map lookup.
	rootBits []uint64
	// rootChild[t] is the child of the trie root for token t, or 0: the
	// first step of every walk, kept dense because it is the hottest.
	rootChild []int32
	codes     map[string]codeInfo
	meta      []metaPair
	shared    bool
	// genders: person id → 'm' or 'f', built on first use (PersonGender)
	genderOnce sync.Once
	genders    map[string]byte
	// givenNames: lower-cased given name → the gender its bearers
	// share, built on first use (GivenNameGender, round23.go)
	givenOnce  sync.Once
	givenNames map[string]byte
	// cameo: ISO country → its own CAMEO country code where the two
	// differ (XKX → KSV, TLS → TMP), built on first use (cameoCountry)
	cameoOnce sync.Once
	cameo     map[string]string
}

type codeInfo struct {
	kind Kind // KindCountry, KindRegion or KindOrg
	name string
}

type metaPair struct{ key, value string }

// entry is one KB row after merging: a country, an org, a person, …
type entry struct {
	kind    Kind
	id      string
	name    string
	country string // Actor.Country
	code    string // Actor.Code for entries with a fixed code
	sector  string // Actor.Sector for entries with a fixed code
	role    string // titles and sector nouns: the office or group named
	source  string
	origin  string // file:line of the defining row
	roles   []role // persons, sorted by start
	gender  byte   // persons: 'm', 'f' or 0 (unknown)
}

// role is one dated role record of a person.
type role struct {
	code, country, sector string
	title, class          string
	start, end            int32 // YYYYMMDD; 0 = unknown start / open end
	source                string
	fallback              bool // a PETRARCH default code: applies when no dated role does
}

type alias struct {
	text   string
	entry  int32
	toks   []int32
	mode   uint8
	shape  uint64 // bit i: token i must be capitalised (caseCapitalized)
	ambig  bool
	origin string
}

//go:embed kb.bin.zst
var embeddedKB []byte

var (
	loadOnce sync.Once
	loaded   *KB
	loadErr  error
)

// LoadKB returns the KB embedded in the binary. It is decoded once and shared:
// safe for concurrent use, read-only.
func LoadKB() (*KB, error) {
	loadOnce.Do(func() {
		loaded, loadErr = DecodeKB(embeddedKB)
		if loaded != nil {
			loaded.shared = true
		}
	})
	return loaded, loadErr
}

// NewKB returns an empty KB, for a replacement KB built from PETRARCH dictionaries.
func NewKB() *KB {
	k := &KB{vocab: map[string]int32{}, vocabStr: []string{}, edges: newEdgeTable(0), codes: map[string]codeInfo{}}
	k.term = [][]int32{nil}
	return k
}

// Clone returns an unshared copy that AddPetrarch may change.
func (k *KB) Clone() *KB {
	c := &KB{
		entries: append([]entry(nil), k.entries...),
		aliases: append([]alias(nil), k.aliases...),
		meta:    append([]metaPair(nil), k.meta...),
		codes:   make(map[string]codeInfo, len(k.codes)),
		vocab:   make(map[string]int32, len(k.vocab)),
	}
	for code, ci := range k.codes {
		c.codes[code] = ci
	}
	for t, id := range k.vocab {
		c.vocab[t] = id
	}
	n := 0
	for i := range c.aliases {
		n += len(c.aliases[i].toks)
	}
	c.buildTrie(n)
	return c
}

// PersonGender returns the gender the KB gives the person with that id:
// 'm', 'f', or 0 when it is unknown (or the id is no person's).
func (k *KB) PersonGender(id string) byte {
	if k == nil || id == "" {
		return 0
	}
	k.genderOnce.Do(func() {
		k.genders = map[string]byte{}
		for i := range k.entries {
			if e := &k.entries[i]; e.kind == KindPerson && e.gender != 0 {
				k.genders[e.id] = e.gender
			}
		}
	})
	return k.genders[id]
}

// cameoCountry returns the CAMEO code of an ISO country where CAMEO gives
// it another three letters (Kosovo XKX → KSV, East Timor TLS → TMP), else
// "". Territories CAMEO codes under their state (DNKFRO) are not among them.
func (k *KB) cameoCountry(iso string) string {
	if k == nil || len(iso) != 3 {
		return ""
	}
	k.cameoOnce.Do(func() {
		k.cameo = map[string]string{}
		for i := range k.entries {
			if e := &k.entries[i]; e.kind == KindCountry && len(e.code) == 3 && len(e.country) == 3 && e.code != e.country {
				k.cameo[e.country] = e.code
			}
		}
	})
	return k.cameo[iso]
}

// Stats reports counts about the KB: entries by kind, aliases, role records by
// source, and the build metadata recorded by the compiler.
func (k *KB) Stats() map[string]string {
	out := map[string]string{}
	byKind := map[Kind]int{}
	roles := map[string]int{}
	latest := int32(0)
	for i := range k.entries {
		e := &k.entries[i]
		byKind[e.kind]++
		for _, r := range e.roles {
			roles[sourceFamily(r.source)]++
			if r.start > latest {
				latest = r.start
			}
			if r.end > latest {
				latest = r.end
			}
		}
	}
	for kd, n := range byKind {
		out["entries."+kd.String()] = strconv.Itoa(n)
	}
	for s, n := range roles {
		out["roles."+s] = strconv.Itoa(n)
	}
	out["aliases"] = strconv.Itoa(len(k.aliases))
	out["latest_role_date"] = fmtDate(latest)
	for _, m := range k.meta {
		out["build."+m.key] = m.value
	}
	return out
}

// sourceFamily is the part of a source tag before the first colon or space:
// "wikidata:Q7747" → "wikidata".
func sourceFamily(s string) string {
	if i := strings.IndexAny(s, ":; "); i > 0 {
		return s[:i]
	}
	return s
}

// vocabList returns token strings by id.
func (k *KB) vocabList() []string {
	out := make([]string, len(k.vocab))
	for s, id := range k.vocab {
		out[id] = s
	}
	return out
}

func (k *KB) intern(tok string) int32 {
	if id, ok := k.vocab[tok]; ok {
		return id
	}
	id := int32(len(k.vocab))
	k.vocab[tok] = id
	if k.vocabStr != nil && int(id) == len(k.vocabStr) {
		k.vocabStr = append(k.vocabStr, tok)
	}
	return id
}

// insert puts alias i into the trie.
func (k *KB) insert(i int32) {
	node := k.insertPath(k.aliases[i].toks)
	k.term[node] = append(k.term[node], i)
}

// insertPath adds the trie path of a token sequence and returns its node.
func (k *KB) insertPath(toks []int32) int32 {
	node := int32(0)
	for _, t := range toks {
		child, ok := k.child(node, t)
		if !ok {
			child = int32(len(k.term))
			k.term = append(k.term, nil)
			k.edges.put(node, t, child)
			if node == 0 {
				k.markRoot(t)
				for int(t) >= len(k.rootChild) {
					k.rootChild = append(k.rootChild, 0)
				}
				k.rootChild[t] = child
			}
		}
		node = child
	}
	return node
}

// child follows one trie edge.
func (k *KB) child(node, t int32) (int32, bool) {
	if node == 0 {
		if int(t) < len(k.rootChild) && k.rootChild[t] != 0 {
			return k.rootChild[t], true
		}
		return 0, false
	}
	return k.edges.get(node, t)
}

const rootBitsLog = 18 // 256 Ki bits: a few percent false positives

// markRoot records that token id t starts an alias.
func (k *KB) markRoot(t int32) {
	if k.rootBits == nil {
		k.rootBits = make([]uint64, 1<<rootBitsLog/64)
	}
	if k.vocabStr == nil || int(t) >= len(k.vocabStr) {
		k.vocabStr = k.vocabList()
	}
	h := tokenHash(k.vocabStr[t])
	k.rootBits[h>>6&(1<<rootBitsLog/64-1)] |= 1 << (h & 63)
}

// mayStart reports whether a normalised token may start an alias.
func (k *KB) mayStart(h uint64) bool {
	return k.rootBits != nil && k.rootBits[h>>6&(1<<rootBitsLog/64-1)]&(1<<(h&63)) != 0
}

// tokenHash is FNV-1a over a normalised token.
func tokenHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h ^ h>>29
}

// plainHash hashes an ASCII word of letters, digits and dots as its
// lowercase form, without building it; ok is false for any other word.
func plainHash(w string) (uint64, bool) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '.':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			return 0, false
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h ^ h>>29, len(w) > 0
}

// buildTrie indexes every alias at once: paths first, then the aliases of
// each node in one shared backing array (no per-node allocation).
func (k *KB) buildTrie(ntoks int) {
	k.vocabStr = k.vocabList()
	k.rootBits = nil
	k.rootChild = make([]int32, len(k.vocab))
	k.edges = newEdgeTable(ntoks)
	k.term = make([][]int32, 1, ntoks+1)
	nodeOf := make([]int32, len(k.aliases))
	for i := range k.aliases {
		nodeOf[i] = k.insertPath(k.aliases[i].toks)
	}
	count := make([]int32, len(k.term))
	for _, n := range nodeOf {
		count[n]++
	}
	all := make([]int32, len(k.aliases))
	off := int32(0)
	for n, c := range count {
		k.term[n] = all[off : off : off+c]
		off += c
	}
	for i, n := range nodeOf {
		k.term[n] = append(k.term[n], int32(i))
	}
}

// addAlias appends an alias for entry e and indexes it.
func (k *KB) addAlias(e int32, text string, ambig bool, origin string) {
	toks := normTokens(text)
	if len(toks) == 0 {
		return
	}
	a := alias{text: text, entry: e, mode: aliasCaseMode(text, k.entries[e].kind), ambig: ambig, origin: origin}
	for _, t := range toks {
		a.toks = append(a.toks, k.intern(t))
	}
	a.shape = aliasShape(text, k.entries[e].kind)
	k.index(a)
}

// aliasShape is an alias's capitalisation as a bit mask (bit i: piece i
// must be capitalised). A party's final "Party" may be written in lower
// case: news writes "the Conservative party", "the Baath party" as often
// as not.
func aliasShape(text string, kind Kind) uint64 {
	shape := caseShape(text)
	if kind == KindParty && len(shape) > 1 && strings.HasSuffix(text, " Party") {
		shape[len(shape)-1] = false
	}
	var out uint64
	for j, up := range shape {
		if up && j < 64 {
			out |= 1 << uint(j)
		}
	}
	return out
}

// index appends alias a and inserts it in the trie, unless the same token
// path already names a's entry (an exact duplicate alias). A duplicate that
// asks less of the text's case relaxes the alias indexed first: a row that
// lists "UN human rights office" beside its name "UN Human Rights Office"
// means the lower-case form too.
func (k *KB) index(a alias) {
	if node, ok := k.walk(a.toks); ok {
		for _, ai := range k.term[node] {
			if o := &k.aliases[ai]; o.entry == a.entry {
				// The alias takes the laxer duplicate's text with its case,
				// so that the text still says the case (NERNameLines).
				if m, sh := laxerCase(o.mode, o.shape, a.mode, a.shape); m == a.mode && sh == a.shape && (m != o.mode || sh != o.shape) {
					o.text, o.mode, o.shape = a.text, a.mode, a.shape
				}
				return
			}
		}
	}
	k.aliases = append(k.aliases, a)
	k.insert(int32(len(k.aliases) - 1))
}

// laxerCase is the case requirement that accepts what either of two
// requirements of one name accepts (or, for two capitalisation shapes, a
// little more: the tokens both capitalise). index uses it only where that
// is one of the two.
func laxerCase(m1 uint8, s1 uint64, m2 uint8, s2 uint64) (uint8, uint64) {
	switch {
	case m1 == caseAny || m2 == caseAny:
		return caseAny, 0
	case m1 == caseCapitalized && m2 == caseCapitalized:
		return caseCapitalized, s1 & s2
	case m1 == caseCapitalized:
		return m1, s1
	case m2 == caseCapitalized:
		return m2, s2
	}
	return m1, s1
}

// walk follows tokens from the root; ok is false when the path is absent.
func (k *KB) walk(toks []int32) (int32, bool) {
	node := int32(0)
	for _, t := range toks {
		child, ok := k.child(node, t)
		if !ok {
			return 0, false
		}
		node = child
	}
	return node, true
}

// lookupNode finds the trie node of a whole normalised name.
func (k *KB) lookupNode(toks []string) (int32, bool) {
	node := int32(0)
	for _, t := range toks {
		id, ok := k.vocab[t]
		if !ok {
			return 0, false
		}
		child, ok := k.child(node, id)
		if !ok {
			return 0, false
		}
		node = child
	}
	return node, len(k.term[node]) > 0
}

// Lookup finds the KB entries a mention may name, resolved at date
// (YYYY-MM-DD; "" = any date). The mention is normalised: case, diacritics,
// a leading "the" and a possessive 's do not matter; short acronyms ("US",
// "UN", "WHO") must be written in capitals, so "us" and "who" find nothing.
//
// A person gives one Match per role in force at the date (highest office
// first); with no role in force, one Match as an elite (ELI) of the home
// country, Status former or before-office. With date "", one Match per role.
func (k *KB) Lookup(name, date string) []Match {
	day, err := parseQueryDate(date)
	if err != nil {
		return nil
	}
	var out []Match
	for _, ai := range k.lookupAliases(name) {
		out = append(out, k.resolve(ai, day)...)
	}
	if day != 0 {
		sortInOfficeFirst(out)
	}
	return out
}

// sortInOfficeFirst puts people in office at the date before former ones: a
// surname shared by two heads of government ("Merz") most likely names the
// one in office.
func sortInOfficeFirst(ms []Match) {
	rank := func(m Match) int {
		switch m.Status {
		case StatusInOffice, StatusUndated, "":
			return 0
		}
		return 1
	}
	sort.SliceStable(ms, func(i, j int) bool { return rank(ms[i]) < rank(ms[j]) })
	// A surname two countries' officials share on purpose ("Obama": a US
	// president and an Equatorial Guinean minister) names the head of state
	// or government among those in office (review3).
	if len(ms) > 1 && ms[0].Kind == KindPerson && ms[0].Ambiguous && ms[0].Status == StatusInOffice && !headClass(ms[0].Class) {
		for i := 1; i < len(ms); i++ {
			if m := ms[i]; m.Kind == KindPerson && m.Status == StatusInOffice && headClass(m.Class) && m.Actor.ID != ms[0].Actor.ID {
				copy(ms[1:i+1], ms[:i])
				ms[0] = m
				break
			}
		}
	}
}

// headClass reports a head of state's or government's role class.
func headClass(c string) bool { return c == "HOS" || c == "HOG" }

// lookupAliases returns the aliases matching a whole mention.
func (k *KB) lookupAliases(name string) []int32 {
	toks := normTokens(name)
	if len(toks) == 0 {
		return nil
	}
	var found []int32
	try := func(ts []string) {
		node, ok := k.lookupNode(ts)
		if !ok {
			return
		}
		for _, ai := range k.term[node] {
			a := &k.aliases[ai]
			if a.mode == caseExact && !caseMatches(caseExact, 0, []string{name}) {
				continue
			}
			found = append(found, ai)
		}
	}
	try(toks)
	if len(found) == 0 && toks[0] == "the" && len(toks) > 1 {
		try(toks[1:])
	}
	if len(found) == 0 {
		found = k.lookupWithoutInitials(name, toks)
	}
	k.sortAliases(found)
	return found
}

// lookupWithoutInitials is the fallback for a person's name written with
// middle initials the KB's names lack: "Richard A. Boucher" and "Richard A
// Boucher" find the person "Richard Boucher". Only inner one-letter words go
// (the first and last word stay, so "A. Boucher" or "Boucher A." find
// nothing), and only people are taken: an initial does not make a name of
// another kind match.
func (k *KB) lookupWithoutInitials(name string, toks []string) []int32 {
	if len(toks) < 3 || !isCapitalizedWord(name) {
		return nil
	}
	kept := []string{toks[0]}
	for _, t := range toks[1 : len(toks)-1] {
		if !isInitialToken(t) {
			kept = append(kept, t)
		}
	}
	kept = append(kept, toks[len(toks)-1])
	if len(kept) == len(toks) || len(kept) < 2 {
		return nil
	}
	node, ok := k.lookupNode(kept)
	if !ok {
		return nil
	}
	var found []int32
	for _, ai := range k.term[node] {
		a := &k.aliases[ai]
		if k.entries[a.entry].kind != KindPerson {
			continue
		}
		found = append(found, ai)
	}
	return found
}

// isInitialToken reports whether a normalised token is an initial: one
// letter, maybe with a full stop ("a." or "a").
func isInitialToken(t string) bool {
	t = strings.TrimSuffix(t, ".")
	return len(t) == 1 && t[0] >= 'a' && t[0] <= 'z'
}

// isCapitalizedWord reports whether s starts with an upper-case letter: a
// name as written, not a lower-case phrase.
func isCapitalizedWord(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// sortAliases orders candidates: unambiguous before ambiguous, then by kind
// (countries and people before sector nouns), then by entry order.
func (k *KB) sortAliases(ids []int32) {
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := &k.aliases[ids[i]], &k.aliases[ids[j]]
		if a.ambig != b.ambig {
			return !a.ambig
		}
		ka, kb := k.entries[a.entry].kind, k.entries[b.entry].kind
		if ka != kb {
			return ka < kb
		}
		return a.entry < b.entry
	})
}

// Matches resolves a Hit from MatchTokens at a date, like Lookup.
func (k *KB) Matches(h Hit, date string) []Match {
	day, err := parseQueryDate(date)
	if err != nil {
		return nil
	}
	return k.resolve(h.Alias, day)
}

// SpanMatches resolves every hit of a span at a date.
func (k *KB) SpanMatches(s Span, date string) []Match {
	var out []Match
	for _, h := range s.Hits {
		out = append(out, k.Matches(h, date)...)
	}
	if date != "" {
		sortInOfficeFirst(out)
	}
	return out
}

// Entry describes a KB entry by index (for tools and tests).
func (k *KB) Entry(i int32) (id, name string, kind Kind) {
	e := &k.entries[i]
	return e.id, e.name, e.kind
}

// resolve turns one alias into Matches at day (0 = any date).
func (k *KB) resolve(ai int32, day int32) []Match {
	a := &k.aliases[ai]
	e := &k.entries[a.entry]
	base := Match{
		Actor:     doc.Actor{Name: e.name, Code: e.code, Country: e.country, Sector: e.sector, ID: e.id},
		Kind:      e.kind,
		Alias:     a.text,
		Role:      e.role,
		Source:    e.source,
		Ambiguous: a.ambig,
	}
	if len(e.roles) == 0 {
		return []Match{base}
	}
	var out []Match
	add := func(r *role, status string) {
		m := base
		m.Actor.Code, m.Actor.Country, m.Actor.Sector = r.code, r.country, r.sector
		m.Role, m.Class, m.Status, m.Source = r.title, r.class, status, r.source
		m.Start, m.End = fmtDate(r.start), fmtDate(r.end)
		out = append(out, m)
	}
	if day == 0 {
		idx := make([]int, 0, len(e.roles))
		for i := range e.roles {
			if !e.roles[i].fallback {
				idx = append(idx, i)
			}
		}
		// Most recent first: open roles, then by end, then by start.
		sort.SliceStable(idx, func(i, j int) bool {
			a, b := &e.roles[idx[i]], &e.roles[idx[j]]
			ea, eb := a.end, b.end
			if ea == 0 {
				ea = 99999999
			}
			if eb == 0 {
				eb = 99999999
			}
			if ea != eb {
				return ea > eb
			}
			return a.start > b.start
		})
		for _, i := range idx {
			add(&e.roles[i], StatusAnyDate)
		}
		if len(out) == 0 {
			for i := range e.roles {
				add(&e.roles[i], StatusUndated)
			}
		}
		return dedupeMatches(out)
	}
	var inForce []int
	dated := false
	for i := range e.roles {
		r := &e.roles[i]
		if r.fallback {
			continue
		}
		if r.start != 0 || r.end != 0 {
			dated = true
		}
		if (r.start == 0 || r.start <= day) && (r.end == 0 || day <= r.end) {
			inForce = append(inForce, i)
		}
	}
	if len(inForce) > 0 {
		// Highest office first; at equal rank, the home country's (Macron is
		// President of France before Co-Prince of Andorra).
		sort.SliceStable(inForce, func(i, j int) bool {
			a, b := &e.roles[inForce[i]], &e.roles[inForce[j]]
			if ra, rb := classRank(a.class), classRank(b.class); ra != rb {
				return ra < rb
			}
			return a.country == e.country && b.country != e.country
		})
		for _, i := range inForce {
			r := &e.roles[i]
			st := StatusInOffice
			if r.start == 0 && r.end == 0 {
				st = StatusUndated
			}
			add(r, st)
		}
		return dedupeMatches(out)
	}
	// No role in force. A PETRARCH default code is the dictionary's own
	// answer; otherwise the person is an elite of the home country.
	for i := range e.roles {
		if e.roles[i].fallback {
			st := StatusFormer
			if k.beforeAll(e, day) {
				st = StatusBeforeOffice
			}
			add(&e.roles[i], st)
			return out
		}
	}
	if !dated {
		return []Match{base}
	}
	if e.source == "petrarch-actors" {
		// A PETRARCH entry with no restriction in force and no default is
		// not coded at that date, as in PETRARCH.
		m := base
		m.Actor.Code, m.Actor.Sector = "", ""
		m.Status = StatusFormer
		if k.beforeAll(e, day) {
			m.Status = StatusBeforeOffice
		}
		return []Match{m}
	}
	m := base
	m.Actor.Code = codeFor(e.country, "ELI")
	m.Actor.Sector = "ELI"
	if ci, ok := k.codes[e.country]; !ok || ci.kind != KindCountry && ci.kind != KindRegion {
		// Phoenix files an international organisation's officials under
		// the organisation ("UNO"), which is no country they could be an
		// elite of ("UNOELI" is no code): out of office, their country is
		// unknown, and they are not coded, as a PETRARCH entry with no
		// role in force is not.
		m.Actor.Code, m.Actor.Sector = "", ""
	}
	if k.beforeAll(e, day) {
		m.Status = StatusBeforeOffice
		first := k.firstRole(e)
		m.Role, m.Class, m.Start, m.End, m.Source = "before "+first.title, first.class, "", fmtDate(addDays(first.start, -1)), first.source
	} else {
		m.Status = StatusFormer
		last := k.lastRole(e, day)
		m.Role, m.Class, m.Start, m.Source = "former "+last.title, last.class, fmtDate(addDays(last.end, 1)), last.source
		if last.end == 0 {
			m.Start = ""
		}
	}
	return []Match{m}
}

// beforeAll reports whether day precedes every dated role of e.
func (k *KB) beforeAll(e *entry, day int32) bool {
	for i := range e.roles {
		r := &e.roles[i]
		if r.fallback || (r.start == 0 && r.end == 0) {
			continue
		}
		if r.start == 0 || r.start <= day {
			return false
		}
	}
	return true
}

func (k *KB) firstRole(e *entry) *role {
	var best *role
	for i := range e.roles {
		r := &e.roles[i]
		if r.fallback || r.start == 0 {
			continue
		}
		if best == nil || r.start < best.start || (r.start == best.start && classRank(r.class) < classRank(best.class)) {
			best = r
		}
	}
	if best == nil {
		best = &e.roles[0]
	}
	return best
}

// lastRole is the role that ended most recently before day, highest office first on ties.
func (k *KB) lastRole(e *entry, day int32) *role {
	var best *role
	for i := range e.roles {
		r := &e.roles[i]
		if r.fallback || r.end == 0 || r.end >= day {
			continue
		}
		if best == nil || r.end > best.end || (r.end == best.end && classRank(r.class) < classRank(best.class)) {
			best = r
		}
	}
	if best == nil {
		best = &e.roles[0]
	}
	return best
}

// dedupeMatches drops repeats of the same code and role title (sources often
// give one office twice with slightly different dates).
func dedupeMatches(ms []Match) []Match {
	seen := map[string]bool{}
	out := ms[:0]
	for _, m := range ms {
		key := m.Actor.Code + "|" + m.Role + "|" + m.Status
		if m.Status == StatusAnyDate {
			key += "|" + m.Start + "|" + m.End
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, m)
	}
	return out
}

// classRank orders role classes from the highest office down, so the role
// that best represents a person at a date comes first.
func classRank(c string) int {
	switch c {
	case "HOS":
		return 1
	case "HOG":
		return 2
	case "VICE_HOS":
		return 3
	case "DEPUTY_HOG":
		return 4
	case "FOREIGN":
		return 5
	case "DEFENCE":
		return 6
	case "INTERIOR":
		return 7
	case "FINANCE":
		return 8
	case "CABINET", "GOVERNMENT":
		return 9
	case "IGO":
		return 10
	case "PETRARCH":
		return 11
	case "CENTRAL_BANK":
		return 12
	case "MILITARY":
		return 13
	case "JUDICIARY":
		return 14
	case "LEGISLATURE":
		return 15
	case "PARTY", "OPPOSITION":
		return 16
	case "AMBASSADOR":
		return 17
	case "SUBNATIONAL":
		return 18
	case "OTHER":
		return 19
	case "ELI":
		return 20
	}
	return 19
}

// codeFor composes a CAMEO-style code from a country and a sector.
func codeFor(country, sector string) string {
	return country + sector
}

// Explain describes, for `dyad actors lookup NAME --date D`, every candidate
// for a mention: which alias matched from which file and source, and for a
// person which role was in force at the date and why.
func (k *KB) Explain(name, date string) string {
	var b strings.Builder
	day, err := parseQueryDate(date)
	if err != nil {
		fmt.Fprintf(&b, "bad date %q: %v\n", date, err)
		return b.String()
	}
	when := "any date"
	if day != 0 {
		when = fmtDate(day)
	}
	key := strings.Join(normTokens(name), " ")
	ids := k.lookupAliases(name)
	if len(ids) == 0 {
		fmt.Fprintf(&b, "%q (normalised %q) on %s: no KB entry\n", name, key, when)
		if toks := normTokens(name); len(toks) > 0 && k.hasCaseExactOnly(toks) {
			b.WriteString("  (a short acronym in the KB matches only when written in capitals)\n")
		}
		return b.String()
	}
	fmt.Fprintf(&b, "%q (normalised %q) on %s: %d candidate(s)\n", name, key, when, len(ids))
	for n, ai := range ids {
		a := &k.aliases[ai]
		e := &k.entries[a.entry]
		fmt.Fprintf(&b, "%d. %s %q", n+1, e.kind, e.name)
		if e.id != "" {
			fmt.Fprintf(&b, " [%s]", e.id)
		}
		fmt.Fprintf(&b, " via alias %q (%s)", a.text, a.origin)
		if a.ambig {
			b.WriteString(", alias shared on purpose with entries of other countries")
		}
		b.WriteString("\n")
		for _, m := range k.resolve(ai, day) {
			fmt.Fprintf(&b, "   → %s (country %s, sector %s)", orDash(m.Actor.Code), orDash(m.Actor.Country), orDash(m.Actor.Sector))
			if e.kind != KindPerson {
				if m.Role != "" {
					fmt.Fprintf(&b, ", %s", m.Role)
				}
				fmt.Fprintf(&b, "; source %s\n", m.Source)
				continue
			}
			switch m.Status {
			case StatusInOffice:
				fmt.Fprintf(&b, ": %s (%s) in force %s … %s", m.Role, m.Class, orQ(m.Start), orOpen(m.End))
			case StatusFormer:
				fmt.Fprintf(&b, ": no role in force on %s; %s (out of office since %s)", when, m.Role, orQ(m.Start))
			case StatusBeforeOffice:
				fmt.Fprintf(&b, ": no role in force on %s; %s (first known role starts after %s)", when, m.Role, orQ(m.End))
			case StatusAnyDate, StatusUndated:
				fmt.Fprintf(&b, ": %s (%s) %s … %s", m.Role, m.Class, orQ(m.Start), orOpen(m.End))
			}
			fmt.Fprintf(&b, "; source %s\n", m.Source)
		}
		if e.kind == KindPerson && day != 0 {
			fmt.Fprintf(&b, "   known roles: %d (", len(e.roles))
			for i, r := range e.roles {
				if i == 6 {
					fmt.Fprintf(&b, ", …")
					break
				}
				if i > 0 {
					b.WriteString("; ")
				}
				if r.fallback {
					fmt.Fprintf(&b, "default %s", r.code)
					continue
				}
				fmt.Fprintf(&b, "%s %s %s…%s", r.code, r.title, orQ(fmtDate(r.start)), orOpen(fmtDate(r.end)))
			}
			b.WriteString(")\n")
		}
	}
	return b.String()
}

func (k *KB) hasCaseExactOnly(toks []string) bool {
	node, ok := k.lookupNode(toks)
	if !ok {
		return false
	}
	for _, ai := range k.term[node] {
		if k.aliases[ai].mode == caseExact {
			return true
		}
	}
	return false
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func orQ(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

func orOpen(s string) string {
	if s == "" {
		return "open"
	}
	return s
}

// MatchTokens finds KB names in a token sequence: at each position the
// longest alias that matches (leftmost-longest, non-overlapping). Tokens are
// normalised as in Lookup; a word holding a hyphen ("Guinea-Bissau") counts
// as its parts and a word that normalises to nothing ("'s", "-") is skipped
// inside a name. Case rules apply per alias (see Lookup). Hits are resolved
// at a date with Matches or SpanMatches.
func (k *KB) MatchTokens(words []string) []Span {
	m := matcher{k: k}
	m.prepare(words)
	var spans []Span
	for i := 0; i < len(words); {
		end, node := m.longest(words, i)
		if end < 0 {
			i++
			continue
		}
		// "the UN Security Council": an alias with a leading "the" ("the UN")
		// gives way to a longer name starting at the next word.
		if end-i >= 2 && strings.EqualFold(words[i], "the") {
			if end2, _ := m.longest(words, i+1); end2 > end {
				i++
				continue
			}
		}
		hits := m.hits(words[i:end], node)
		if len(hits) == 0 {
			i++
			continue
		}
		if titledOneName(words, i, end, hits) {
			// "Foreign Minister Abdullah Gul": Phoenix's "Foreign Minister
			// Abdullah" (Afghanistan's) is a title and a first name; the
			// name goes on, so the title is read as a title before it
			i++
			continue
		}
		end = closeParen(words, i, end)
		spans = append(spans, Span{Start: i, End: end, Hits: hits})
		i = end
	}
	return spans
}

// closeParen returns end, or end+1 when words[i:end] holds an unclosed "("
// and words[end] is its ")". An alias's brackets normalise to nothing, so
// the match ended on the word inside them: "Congress (I" of "India's
// Congress (I) party" stopped before ")" and before the "party" that a
// touching sector noun would have joined (session 26).
func closeParen(words []string, i, end int) int {
	if end >= len(words) || words[end] != ")" {
		return end
	}
	open := 0
	for _, w := range words[i:end] {
		switch w {
		case "(":
			open++
		case ")":
			open--
		}
	}
	if open > 0 {
		return end + 1
	}
	return end
}

// aliasTitles are the first words of the KB's person aliases made of a
// title and one name ("President Bush", "Foreign Minister Abdullah").
// ("Sheikh" and "Prince" are also given names: "Sheikh Hasina", "Prince
// Johnson".)
var aliasTitles = map[string]bool{
	"president": true, "prime": true, "minister": true, "foreign": true, "defence": true,
	"defense": true, "interior": true, "finance": true, "king": true, "queen": true,
	"general": true, "colonel": true, "governor": true, "chairman": true,
}

// titledOneName reports whether words[i:end], matched as a person alias that
// starts with a title and ends with one name, is followed by a capitalised
// word that goes on with the name ("Foreign Minister Abdullah Gul",
// "President Johnson Sirleaf"), not a weekday, month or regnal number
// ("President Bush Tuesday", "King Abdullah II").
func titledOneName(words []string, i, end int, hits []Hit) bool {
	if end-i < 2 || end >= len(words) || !aliasTitles[strings.ToLower(words[i])] {
		return false
	}
	n := i
	for n < end-1 && aliasTitles[strings.ToLower(words[n])] {
		n++
	}
	if end-n != 1 {
		return false // a title and two names: "Prime Minister Recep Tayyip"
	}
	for _, h := range hits {
		if h.Kind != KindPerson {
			return false
		}
	}
	w := words[end]
	if !isCapitalizedWord(w) || strings.ToUpper(w) == w {
		return false // "II", "AP" (an all-capitals word is no surname)
	}
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "."))
	if calendarWord(w) {
		return false
	}
	switch w {
	case "jr", "sr", "administration", "government", "regime", "said", "says", "told":
		return false
	}
	return true
}

// matcher holds the per-call state of MatchTokens. Words are normalised and
// looked up lazily, once each: most words cannot start a name, which one
// hash against KB.rootBits shows without a map lookup.
type matcher struct {
	k   *KB
	buf []byte
	// word i's token ids are parts[lo[i]:hi[i]] once done[i]; -1 marks a
	// part that is not in the vocabulary (no alias goes through it).
	lo, hi []int32
	done   []bool
	parts  []int32
	ends   []int
	nodes  []int32
}

func (m *matcher) prepare(words []string) {
	m.lo = make([]int32, len(words))
	m.hi = make([]int32, len(words))
	m.done = make([]bool, len(words))
	m.parts = make([]int32, 0, 64)
}

// wordParts normalises word i into vocabulary ids (memoised).
func (m *matcher) wordParts(words []string, i int) []int32 {
	if m.done[i] {
		return m.parts[m.lo[i]:m.hi[i]]
	}
	k := m.k
	m.done[i] = true
	m.lo[i] = int32(len(m.parts))
	w := words[i]
	if isASCIILowerToken(w) {
		if w != "" {
			id, ok := k.vocab[w]
			if !ok {
				id = -1
			}
			m.parts = append(m.parts, id)
		}
	} else {
		m.buf = foldInto(m.buf[:0], w)
		b := m.buf
		start := -1
		for j := 0; j <= len(b); j++ {
			if j < len(b) && !isSep(b[j]) {
				if start < 0 {
					start = j
				}
				continue
			}
			if start < 0 {
				continue
			}
			t := trimTokenPunct(stripPossessive(b[start:j]))
			start = -1
			if len(t) == 0 {
				continue
			}
			id, ok := k.vocab[string(t)]
			if !ok {
				id = -1
			}
			m.parts = append(m.parts, id)
		}
	}
	m.hi[i] = int32(len(m.parts))
	return m.parts[m.lo[i]:m.hi[i]]
}

// longest walks the trie from word i and returns the end of the longest
// path with terminal aliases whose case rules the text meets, or -1.
func (m *matcher) longest(words []string, i int) (int, int32) {
	k := m.k
	if h, plain := plainHash(words[i]); plain && !k.mayStart(h) && !respelt(words[i]) {
		return -1, 0
	}
	if len(m.wordParts(words, i)) == 0 {
		return -1, 0 // a name does not start on "'s" or "-"
	}
	node := int32(0)
	m.ends, m.nodes = m.ends[:0], m.nodes[:0]
walk:
	for j := i; j < len(words); j++ {
		ps := m.wordParts(words, j)
		if len(ps) == 0 {
			continue
		}
		for _, id := range ps {
			if id < 0 {
				break walk
			}
			child, ok := k.child(node, id)
			if !ok {
				break walk
			}
			node = child
		}
		if len(k.term[node]) > 0 {
			m.ends = append(m.ends, j+1)
			m.nodes = append(m.nodes, node)
		}
	}
	// Longest first; fall back to shorter ends when case rules reject all.
	for x := len(m.ends) - 1; x >= 0; x-- {
		for _, ai := range k.term[m.nodes[x]] {
			if m.caseOK(ai, words[i:m.ends[x]]) {
				return m.ends[x], m.nodes[x]
			}
		}
	}
	return -1, 0
}

func (m *matcher) caseOK(ai int32, words []string) bool {
	a := &m.k.aliases[ai]
	return caseMatches(a.mode, a.shape, words)
}

func (m *matcher) hits(words []string, node int32) []Hit {
	k := m.k
	var ids []int32
	for _, ai := range k.term[node] {
		if m.caseOK(ai, words) {
			ids = append(ids, ai)
		}
	}
	if len(ids) > 1 {
		k.sortAliases(ids)
	}
	hits := make([]Hit, len(ids))
	for j, ai := range ids {
		hits[j] = Hit{Entry: k.aliases[ai].entry, Alias: ai, Kind: k.entries[k.aliases[ai].entry].kind}
	}
	return hits
}

// parseQueryDate reads a query date: "" (any), YYYY, YYYY-MM or YYYY-MM-DD.
// A partial date means its first day.
func parseQueryDate(s string) (int32, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	d, err := parseDate(s, false)
	if err != nil {
		return 0, err
	}
	return d, nil
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD (a time part after T is
// ignored). A partial date is its first day, or its last day when end is set,
// so that a role "2003 … 2005" covers all of 2005.
func parseDate(s string, end bool) (int32, error) {
	if i := strings.IndexByte(s, 'T'); i > 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("date %q: not a number", s)
		}
		nums[i] = n
	}
	y, mo, d := nums[0], 1, 1
	if end {
		mo = 12
	}
	if len(nums) > 1 {
		mo = nums[1]
	}
	if mo < 1 || mo > 12 {
		return 0, fmt.Errorf("date %q: month out of range", s)
	}
	if len(nums) > 2 {
		d = nums[2]
		if d < 1 || d > daysIn(y, mo) {
			return 0, fmt.Errorf("date %q: day out of range", s)
		}
	} else if end {
		d = daysIn(y, mo)
	}
	if y < 1 {
		return 0, fmt.Errorf("date %q: year out of range", s)
	}
	return int32(y*10000 + mo*100 + d), nil
}

// addDays moves a YYYYMMDD date by n days.
func addDays(d int32, n int) int32 {
	if d == 0 {
		return 0
	}
	t := time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return int32(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// fmtDate formats YYYYMMDD as YYYY-MM-DD; 0 gives "".
func fmtDate(d int32) string {
	if d == 0 {
		return ""
	}
	var b [10]byte
	y, m, dd := int(d/10000), int(d/100%100), int(d%100)
	b[0], b[1], b[2], b[3] = byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4] = '-'
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[7] = '-'
	b[8], b[9] = byte('0'+dd/10), byte('0'+dd%10)
	return string(b[:])
}

// debugString is used by tests to print a match compactly.
func (m Match) String() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s %q", m.Kind, m.Actor.Code, m.Actor.Name)
	if m.Status != "" {
		fmt.Fprintf(&b, " %s %s %s…%s", m.Status, m.Role, orQ(m.Start), orOpen(m.End))
	}
	return b.String()
}
