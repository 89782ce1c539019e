package geo

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/facility"
)

// Weights of the disambiguation score, chosen on the GeoVirus dev split
// (even-numbered articles); see docs/GEO.md.
type Weights struct {
	Pop       float64 // per decade of population
	Country   float64 // bonus of a country entry
	Region    float64 // bonus of a continent or world region
	Admin1    float64 // bonus of a first-level division
	Admin2    float64 // bonus (usually negative) of a second-level division
	Capital   float64 // bonus of a national capital
	AdminSeat float64 // bonus of a first-level division's seat
	Primary   float64 // the text is the entry's preferred name, not an alternate
	DocCtry   float64 // the entry's country is among the document's countries
	Dateline  float64 // the entry's country is the dateline's
	Nearby    float64 // "X, Y" with Y the entry's division or country
	DocAdmin1 float64 // a town or county in a first-level division the document names
	DocNear   float64 // a town or county near another town or county of the document
	NearKm    float64 // what near is for DocNear
	// WeakCtry drops a weak name (see WeakPop) in a country the document
	// does not otherwise name.
	WeakCtry bool
	Cue      float64 // "X province", "X city" agree with the entry's kind
	// MinPop drops a place whose best entry is a town smaller than this
	// unless the text marks it as a place (LOC/GPE entity, "in X", "X, Y").
	MinPop int64
	// WeakPop drops a town or second-level division smaller than this
	// named inside a longer name or also written in lower case.
	WeakPop int64
	// Isolated drops a town or second-level division smaller than this
	// that is the only name of its country in a document about another
	// country (see focused); 0 keeps them.
	Isolated int64
	// Known exempts from Isolated a town the gazetteer lists with at least
	// this many other names: GeoNames gathers exonyms for places known
	// abroad (Cannes has 16, the Congolese Buta one), so a foreign story
	// naming such a town means it. 0 exempts none.
	Known int
}

// DefaultWeights are the weights dyad uses.
var DefaultWeights = Weights{
	Pop: 1, Country: 4, Region: 6, Admin1: 1, Admin2: -1, Capital: 1.5, AdminSeat: 0.5,
	Primary: 1, DocCtry: 4, Dateline: 1.5, Nearby: 10, Cue: 4, MinPop: 0, WeakPop: 100000,
	DocAdmin1: 1, DocNear: 2, NearKm: 200, WeakCtry: true, Isolated: 100000, Known: 10,
}

// Tagger finds and resolves toponyms. It is safe for concurrent use.
type Tagger struct {
	g *Gazetteer
	W Weights
	// Metonyms keeps capitals used as actors ("Moscow said") as places.
	Metonyms bool
}

// NewTagger returns a tagger over a gazetteer with the default weights.
func NewTagger(g *Gazetteer) *Tagger { return &Tagger{g: g, W: DefaultWeights} }

// Capital returns the capital of the country iso3 as a place with no span
// (Start and End zero), and whether the gazetteer knows it.
func (t *Tagger) Capital(iso3 string) (doc.Place, bool) {
	e := t.g.Capital(iso3)
	if e == nil {
		return doc.Place{}, false
	}
	return doc.Place{Name: e.Name, GeonameID: e.ID, Country: e.Country, Lat: e.Lat, Lon: e.Lon,
		Feature: e.Feature(), Admin1: t.g.Admin1Name(e.Country, e.Admin1)}, true
}

// Gazetteer is the tagger's gazetteer.
func (t *Tagger) Gazetteer() *Gazetteer { return t.g }

type mention struct {
	start, end  int // bytes
	first, last int // token range [first, last]; -1 for the dateline
	key         string
	cands       []int32
	marked      bool // LOC/GPE entity, a locative preposition or a place cue
	cueAdmin    bool // "X province"
	cueCity     bool // "X city"
	dateline    bool
	person      bool // the name alone is a PER entity
	weak        bool // inside a longer capitalised name, or also a lower-case word of the text
	next        int  // index of the mention after ", " or -1
	held        bool // the place after it ("X, Y", "X in Y") can hold it
	initials    bool // an undefined abbreviation of a division ("NSW"): kept only in a document about its country
	best        int32
	scores      []float64
}

// Words that are capitalised without being places in news text.
var stopNames = setOf("January February March April May June July August September October November December " +
	"Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec " +
	"God Mass Reuters AP AFP Xinhua Internet Web Union Republic State Kingdom City Island Islands North South East West Central " +
	"Northern Southern Eastern Western " +
	"Pope President King Queen Prince Princess Governor Mayor Senator Bishop " +
	"Congress Parliament Senate Assembly Cabinet Government Army Navy Court Ministry Embassy Kremlin Pentagon Capitol " +
	"Lake River Mount Valley Bay Beach Park Port Fort Saint San Santa New Old Great Little Upper Lower " +
	// The planet and the seasons ("hit the Earth", "in Spring 2002"), also
	// towns in Texas and elsewhere.
	"Earth Spring Summer Autumn Winter")

// Multi-word names of institutions and streets that are not places in the
// gazetteer's sense ("White House" is also a town in Tennessee).
var stopKeys = map[string]bool{"white house": true, "downing street": true, "capitol hill": true, "wall street": true, "blue house": true}

// Universal POS tags of function words: capitalised at the start of a
// sentence, they do not make the next word part of a longer name.
var functionTags = setOf("DET ADP PRON CCONJ SCONJ AUX PART NUM")

// Locative prepositions that mark what follows as a place.
var locPreps = setOf("in at near from to into across outside inside around throughout towards toward via between within")

// Prepositions after which even a name taken for a person is a place.
var placePreps = setOf("in near outside inside throughout across")

// Words before "of X" that make X a town.
var townWords = setOf("town towns city cities village villages hamlet settlement")

// Words after a name that make it an administrative division.
var adminCues = setOf("province provinces state states region regions county counties district districts governorate " +
	"governorates prefecture prefectures department departments oblast territory")

// Verbs whose subject is an actor: a capital used as their subject is a
// metonym for its government ("Moscow said").
var actorVerbs = setOf("say tell announce warn accuse reject urge deny demand threaten agree sign condemn call insist " +
	"respond claim criticize criticise vow pledge promise refuse send impose order expel want hope believe plan decide " +
	"protest welcome support oppose recognize recognise ask offer seek blame dismiss argue declare retaliate sanction " +
	"summon negotiate propose insist accept veto back endorse praise")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Tag fills d.Places. d.Sentences and d.Tokens must be filled; tags,
// dependencies and entities, when present, sharpen the result.
func (t *Tagger) Tag(d *doc.Document) {
	d.Places = d.Places[:0]
	ents := entityTypes(d)
	var ms []mention
	if d.Dateline != nil {
		if end, c := t.datelineCands(d.Dateline); len(c) > 0 { // dateline_r8.go
			ms = append(ms, mention{start: d.Dateline.Start, end: end, first: -1, last: -1,
				key: Fold(d.Text[d.Dateline.Start:end]), cands: c, marked: true, dateline: true, next: -1})
		}
	}
	aliases := map[string]alias{}
	for si := range d.Sentences {
		ms = t.scan(d, d.Sentences[si].TokenStart, d.Sentences[si].TokenEnd, ents, aliases, ms)
	}
	ms = t.dropPersons(d, ms)
	if len(ms) == 0 {
		return
	}
	inst := t.institutions(d, ms)
	ms = t.resolve(d, ms)
	held := map[string]bool{}
	// The countries each name's neighbours are in, for weak names.
	byKey := map[string]map[string]bool{}
	for _, m := range ms {
		if m.held {
			held[m.key] = true
		}
		if byKey[m.key] == nil {
			byKey[m.key] = map[string]bool{}
		}
		byKey[m.key][t.g.Entries[m.best].Country] = true
	}
	actorCtry := map[string]bool{}
	for _, e := range d.Entities {
		if e.Actor != nil && len(e.Actor.Country) == 3 {
			actorCtry[e.Actor.Country] = true
		}
	}
	supported := func(m *mention, c string) bool {
		if c == "" || actorCtry[c] {
			return true
		}
		for k, cs := range byKey {
			if k != m.key && cs[c] {
				return true
			}
		}
		return false
	}
	for i := range ms {
		m := &ms[i]
		if m.best < 0 {
			continue
		}
		e := &t.g.Entries[m.best]
		if inst[m.key] && !held[m.key] && (e.Kind == City || e.Kind == Admin2) {
			continue
		}
		if !m.marked && e.Kind == City && e.Pop < t.W.MinPop {
			continue
		}
		if m.weak && !m.marked && (e.Kind == City || e.Kind == Admin2) && e.Pop < t.W.WeakPop {
			continue
		}
		// "Danube Delta", "Kentucky Fried Chicken": a division or town
		// inside a longer capitalised name stays only in a country the
		// document otherwise names (another place or an actor's country);
		// a country stays ("U.S. Centers for Disease Control").
		if t.W.WeakCtry && m.weak && !m.marked && e.Kind != Country && !supported(m, e.Country) {
			continue
		}
		if (e.Kind == City || e.Kind == Admin2) && e.Pop < t.W.Isolated && !m.held && !supported(m, e.Country) &&
			!t.known(m, e) && t.focused(d, byKey, e.Country) {
			continue
		}
		p := doc.Place{Start: m.start, End: m.end, Text: d.Text[m.start:m.end], Name: e.Name, GeonameID: e.ID,
			Country: e.Country, Lat: e.Lat, Lon: e.Lon, Feature: e.Feature()}
		if e.Kind == Admin1 {
			p.Admin1 = e.Name
		} else if e.Country != "" {
			p.Admin1 = t.g.Admin1Name(e.Country, e.Admin1)
		}
		d.Places = append(d.Places, p)
	}
	sort.SliceStable(d.Places, func(i, j int) bool { return d.Places[i].Start < d.Places[j].Start })
}

type entSpan struct {
	typ        string
	start, end int
	country    string // the country (or organisation code) of the entity's actor, if any
	actor      bool   // the entity has an actor (the knowledge base or the resolver knows the body)
}

// institutionWords end the name of a school, hospital or other
// institution named after a town or person.
var institutionWords = setOf("School Schools Elementary College Academy Hospital Clinic Stadium " +
	"Laboratory Laboratories Hotel Church Cathedral Mosque Prison Zoo")

// institutions gives the names the document uses as the first word of an
// institution's name ("Franklin Elementary", "Frederick Memorial
// Hospital") and that cannot be a country, state or region: elsewhere in
// the document the bare name is short for the institution ("a teacher at
// Franklin"), unless the document once writes a place holding it after
// it ("Dresden Zoo in Dresden, Germany"; see mention.held): one sense per
// document.
func (t *Tagger) institutions(d *doc.Document, ms []mention) map[string]bool {
	var inst map[string]bool
	seen := map[string]bool{}
	for _, m := range ms {
		name := d.Text[m.start:m.end]
		if m.first < 0 || seen[name] || t.hasBig(m.cands) {
			continue
		}
		seen[name] = true
		if institutionAfter(d.Text, name) {
			if inst == nil {
				inst = map[string]bool{}
			}
			inst[m.key] = true
		}
	}
	return inst
}

// institutionAfter reports whether text has name followed by up to three
// capitalised words the last of which is an institution word.
func institutionAfter(text, name string) bool {
	for from := 0; ; {
		i := wordIndex(text, name, from)
		if i < 0 {
			return false
		}
		from = i + len(name)
		if from < len(text) && text[from] != ' ' {
			continue
		}
		words := strings.Fields(text[from:min(len(text), from+80)])
		for _, w := range words[:min(3, len(words))] {
			w = strings.TrimRight(w, ".,;:!?\"')")
			if !capitalised(w) {
				break
			}
			if institutionWords[w] {
				return true
			}
		}
	}
}

// dropPersons removes names tagged as persons unless the same name is a
// place elsewhere in the document, the text places it ("in Tyler", "near
// Tyler") or a division or country follows it ("Hammond, Indiana").
func (t *Tagger) dropPersons(d *doc.Document, ms []mention) []mention {
	place := map[string]bool{}
	for i, m := range ms {
		if m.person && i+1 < len(ms) && strings.TrimSpace(d.Text[m.end:ms[i+1].start]) == "," &&
			(t.hasBig(ms[i+1].cands) || t.holdsAny(ms[i+1].cands, m.cands)) {
			ms[i].person = false
		}
		if m.person && m.cueCity {
			ms[i].person = false
		}
		if m.person && m.first > 0 && m.first > d.Sentences[d.Tokens[m.first].Sentence].TokenStart {
			prev := d.Tokens[m.first-1]
			if m.placed(d) {
				ms[i].person = false
			}
			// "Jimmy Smith, 39, of Fairfield": where someone is from.
			if d.Text[prev.Start:prev.End] == "of" && m.first-1 > d.Sentences[prev.Sentence].TokenStart {
				if pp := d.Tokens[m.first-2]; d.Text[pp.Start:pp.End] == "," {
					ms[i].person = false
				}
			}
		}
		// "in Gaza City and Khan Younis": a name coordinated with a place
		// the text places is a place too.
		if ms[i].person && i > 0 && !ms[i-1].person && !ms[i-1].dateline && ms[i-1].placed(d) &&
			coordinated(d.Text[ms[i-1].end:m.start]) && !possessed(d, m.last) {
			ms[i].person = false
		}
		// "Manaoag, Pangasinan": a name after a place and a comma that can
		// be a division or country holding that place qualifies it.
		if ms[i].person && i > 0 && !ms[i-1].person && !ms[i-1].dateline &&
			strings.TrimSpace(d.Text[ms[i-1].end:m.start]) == "," && t.holdsAny(m.cands, ms[i-1].cands) {
			ms[i].person = false
		}
		if !ms[i].person {
			place[m.key] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if !m.person || place[m.key] {
			out = append(out, m)
		}
	}
	return out
}

// entityTypes gives each token the entity covering it (type "" for none).
func entityTypes(d *doc.Document) []entSpan {
	if len(d.Entities) == 0 {
		return nil
	}
	out := make([]entSpan, len(d.Tokens))
	for _, e := range d.Entities {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > e.Start })
		for ; i < len(d.Tokens) && d.Tokens[i].Start < e.End; i++ {
			if out[i].typ == "" || e.Type == "PER" {
				out[i] = entSpan{typ: e.Type, start: e.Start, end: e.End}
				if e.Actor != nil {
					out[i].country = e.Actor.Country
					out[i].actor = true
				}
			}
		}
	}
	return out
}

// lowerLast reports whether the last word of text begins in lower case.
func lowerLast(text string) bool {
	i := strings.LastIndexByte(strings.TrimSpace(text), ' ')
	w := strings.TrimSpace(text)[i+1:]
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// isAllCaps reports whether text has no lower-case letter ("CIA").
func isAllCaps(text string) bool { return strings.ToUpper(text) == text }

// hasWord reports whether text contains w as a whole word.
func hasWord(text, w string) bool { return wordIndex(text, w, 0) >= 0 }

// wordIndex returns the start of the first occurrence of w in text at or
// after from that stands as a whole word (no letter just before or after
// it), or -1.
func wordIndex(text, w string, from int) int {
	for from <= len(text) {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isLetter(text[i-1])) && (j == len(text) || !isLetter(text[j])) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isLetter(c byte) bool { return c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// connectors may stand inside a multi-word name ("Bosnia and Herzegovina").
// "the" and "es" since places round 8 (session 22): "Democratic Republic
// of the Congo" and "Republic of the Congo" were read as their last word,
// "Congo" (the DRC for both, and a place starting after a trip list's
// "and the", which the list reader missed), and "Dar es Salaam" not at all.
var connectors = setOf("of de del la el al and upon on da do dos das di du le les y the es")

// possessive reports whether a token is a possessive ending that may stand
// inside a name: "People's Republic of China", "Martha's Vineyard".
func possessive(w string) bool { return w == "'s" || w == "’s" }

// nameEnd is where a token's name part ends: before "-based" in
// "Nairobi-based".
func nameEnd(text string, t doc.Token) int {
	s := text[t.Start:t.End]
	if i := strings.LastIndexByte(s, '-'); i > 0 && i+1 < len(s) && !capitalised(s[i+1:]) {
		return t.Start + i
	}
	return t.End
}

// alias is an abbreviation the document defines for a place name: "New
// South Wales (NSW)".
type alias struct {
	key   string
	cands []int32
}

// scan adds the gazetteer names found over tokens [from, to). aliases
// holds the abbreviations defined so far in the document; scan adds those
// it finds.
func (t *Tagger) scan(d *doc.Document, from, to int, ents []entSpan, aliases map[string]alias, ms []mention) []mention {
	toks := d.Tokens
	maxW := min(t.g.maxWords, 6)
	for i := from; i < to; i++ {
		if !capitalised(d.Text[toks[i].Start:toks[i].End]) || (d.Dateline != nil && toks[i].Start < d.Dateline.End && toks[i].End > d.Dateline.Start) {
			continue
		}
		if m, ok := t.compassEllipsis(d, i, to); ok {
			ms = append(ms, m)
			continue
		}
		if m, ok := t.districtOfColumbia(d, i, from); ok {
			ms = append(ms, m)
			continue
		}
		// An abbreviation the text has defined: "NSW" after "New South
		// Wales (NSW)"; one sense with the full name.
		if a, ok := aliases[d.Text[toks[i].Start:toks[i].End]]; ok {
			if m, keep := t.filter(d, i, i, toks[i].End, a.key, a.cands, ents); keep {
				m.marked = true
				ms = append(ms, m)
			}
			continue
		}
		found := false
		for n := min(maxW, to-i); n >= 1 && !found; n-- {
			last := i + n - 1
			lt := d.Text[toks[last].Start:toks[last].End]
			if !capitalised(lt) {
				continue
			}
			end := nameEnd(d.Text, toks[last])
			ok := true
			for k := i + 1; k < last; k++ {
				w := d.Text[toks[k].Start:toks[k].End]
				if !capitalised(w) && !connectors[w] && !possessive(w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			key := Fold(d.Text[toks[i].Start:end])
			cands := t.g.index.get(key)
			if len(cands) == 0 {
				continue
			}
			found = true
			if m, keep := t.filter(d, i, last, end, key, cands, ents); keep {
				ms = append(ms, m)
				t.defineAlias(d, last, to, m, aliases)
			}
			i = last
		}
		if !found {
			if m, ok := t.hyphenSpaced(d, i, ents); ok {
				ms = append(ms, m)
				continue
			}
			if m, ok := t.initialsMention(d, i, ents); ok {
				ms = append(ms, m)
				continue
			}
			ms = t.hyphenParts(d, i, ents, ms)
		}
	}
	return ms
}

// districtOfColumbia reads "D.C." or "DC" right after "Washington" (a comma
// between or not) as the District of Columbia, which holds the city: in
// "Washington, D.C." the pair then resolves to the capital, not the state.
func (t *Tagger) districtOfColumbia(d *doc.Document, i, from int) (mention, bool) {
	toks := d.Tokens
	switch d.Text[toks[i].Start:toks[i].End] {
	case "D.C.", "DC", "D.C":
	default:
		return mention{}, false
	}
	k := i - 1
	if k >= from && d.Text[toks[k].Start:toks[k].End] == "," {
		k--
	}
	if k < from || d.Text[toks[k].Start:toks[k].End] != "Washington" {
		return mention{}, false
	}
	const key = "district of columbia"
	cands := t.g.index.get(key)
	if len(cands) == 0 {
		return mention{}, false
	}
	return mention{start: toks[i].Start, end: toks[i].End, first: i, last: i, key: key, cands: cands, next: -1, marked: true}, true
}

// compassWords qualify a region: "Central and South America".
var compassWords = setOf("North South East West Central Northern Southern Eastern Western")

// compassEllipsis reads the first of two compass words joined by "and" or
// "or" before a shared name as that name's region: "Central" in "Central
// and South America" is Central America, "North" in "North and South
// Korea" North Korea.
func (t *Tagger) compassEllipsis(d *doc.Document, i, to int) (mention, bool) {
	toks := d.Tokens
	text := func(k int) string { return d.Text[toks[k].Start:toks[k].End] }
	if i+3 >= to || !compassWords[text(i)] || !compassWords[text(i+2)] {
		return mention{}, false
	}
	if c := text(i + 1); c != "and" && c != "or" && c != "&" {
		return mention{}, false
	}
	for last := min(i+5, to-1); last >= i+3; last-- {
		rest := d.Text[toks[i+3].Start:toks[last].End]
		if !capitalised(rest) || len(t.g.index.get(Fold(text(i+2)+" "+rest))) == 0 {
			continue
		}
		key := Fold(text(i) + " " + rest)
		if cands := t.g.index.get(key); len(cands) > 0 {
			return mention{start: toks[i].Start, end: toks[i].End, first: i, last: i, key: key, cands: cands,
				next: -1, marked: true}, true
		}
	}
	return mention{}, false
}

// arabicArticles may open a hyphenated transliteration ("al-Minya").
var arabicArticles = setOf("al el ad ar as at an ash az Al El Ad Ar As At An Ash Az")

// hyphenSpaced reads a hyphenated token that is no name itself as the
// name spelt with spaces, when every part is capitalised or an Arabic
// article: "Kvemo-Kartli" is Kvemo Kartli, "Al-Minya" Al Minya.
func (t *Tagger) hyphenSpaced(d *doc.Document, i int, ents []entSpan) (mention, bool) {
	tok := d.Tokens[i]
	w := d.Text[tok.Start:tok.End]
	if strings.IndexByte(w, '-') < 0 {
		return mention{}, false
	}
	parts := strings.Split(w, "-")
	for k, p := range parts {
		if p == "" || !capitalised(p) && !(k < len(parts)-1 && arabicArticles[p]) {
			return mention{}, false
		}
	}
	key := Fold(strings.Join(parts, " "))
	cands := t.g.index.get(key)
	if len(cands) == 0 {
		return mention{}, false
	}
	return t.filter(d, i, i, tok.End, key, cands, ents)
}

// initialsMention reads a token of two to four capitals that is no name
// of the gazetteer but the initials of a first-level division ("NSW" for
// New South Wales) as that division; resolve keeps it only when the
// document names a place of the division's country.
func (t *Tagger) initialsMention(d *doc.Document, i int, ents []entSpan) (mention, bool) {
	tok := d.Tokens[i]
	w := d.Text[tok.Start:tok.End]
	if len(w) < 2 || len(w) > 4 || stopNames[w] {
		return mention{}, false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return mention{}, false
		}
	}
	cands := t.g.Initials(w)
	if len(cands) == 0 {
		return mention{}, false
	}
	// The division named in full elsewhere in the document ("New South
	// Wales ... NSW") is what the initials stand for, whatever the
	// recogniser made of them (it often calls "NSW" an organisation).
	var named []int32
	for _, c := range cands {
		if strings.Contains(d.Text, t.g.Entries[c].Name) {
			named = append(named, c)
		}
	}
	if len(named) > 0 {
		cands = named
	} else if ents != nil && ents[i].typ != "LOC" && ents[i].typ != "GPE" {
		return mention{}, false // "TB", "DA": only a recognised place stays
	}
	if ents != nil && ents[i].typ == "PER" {
		return mention{}, false
	}
	return mention{start: tok.Start, end: tok.End, first: i, last: i, key: Fold(w), cands: cands, next: -1,
		marked: true, initials: true}, true
}

// defineAlias records "Name (ABBR)": an all-capital token in brackets right
// after a place name, whose letters are the name's initials or a
// subsequence of its letters starting with the first (NSW, DRC, UAE).
func (t *Tagger) defineAlias(d *doc.Document, last, to int, m mention, aliases map[string]alias) {
	toks := d.Tokens
	if m.end != toks[last].End || last+3 >= to {
		return
	}
	if d.Text[toks[last+1].Start:toks[last+1].End] != "(" || d.Text[toks[last+3].Start:toks[last+3].End] != ")" {
		return
	}
	ab := d.Text[toks[last+2].Start:toks[last+2].End]
	if !abbreviates(ab, d.Text[m.start:m.end]) {
		return
	}
	aliases[ab] = alias{key: m.key, cands: m.cands}
}

// abbreviates reports whether ab (2 to 6 capital letters) can abbreviate
// name: same first letter, and its letters appear in order in name.
func abbreviates(ab, name string) bool {
	if len(ab) < 2 || len(ab) > 6 {
		return false
	}
	for i := 0; i < len(ab); i++ {
		if ab[i] < 'A' || ab[i] > 'Z' {
			return false
		}
	}
	if name == "" || name[0] != ab[0] {
		return false
	}
	lower := strings.ToLower(name)
	j := 0
	for i := 0; i < len(lower) && j < len(ab); i++ {
		if lower[i] == ab[j]+'a'-'A' {
			j++
		}
	}
	return j == len(ab)
}

// hyphenParts adds the countries, first-level divisions and regions named
// as parts of a hyphenated compound that is not itself a name:
// "India-Pakistan border", "US-China talks".
func (t *Tagger) hyphenParts(d *doc.Document, i int, ents []entSpan, ms []mention) []mention {
	tok := d.Tokens[i]
	s := d.Text[tok.Start:tok.End]
	if strings.IndexByte(s, '-') < 0 {
		return ms
	}
	// The recogniser's type is not trusted here ("India-Pakistan" may come
	// out as a person): that every part is a large place is the test.
	if ents != nil && ents[i].typ == "NORP" {
		return ms
	}
	// Every capitalised part must be a large place: "Agence France-Presse"
	// and "UK-Algerian" name none.
	var parts []mention
	for off := 0; off < len(s); {
		j := strings.IndexByte(s[off:], '-')
		if j < 0 {
			j = len(s) - off
		}
		if part := s[off : off+j]; capitalised(part) {
			key := Fold(part)
			cands := t.g.index.get(key)
			if len(part) < 2 || stopNames[part] || !t.hasBig(cands) {
				return ms
			}
			parts = append(parts, mention{start: tok.Start + off, end: tok.Start + off + j, first: i, last: i,
				key: key, cands: cands, next: -1})
		}
		off += j + 1
	}
	if len(parts) < 2 {
		return ms
	}
	return append(ms, parts...)
}

// filter builds a mention for tokens [i, last] and says whether it may be a
// place at all.
func (t *Tagger) filter(d *doc.Document, i, last, end int, key string, cands []int32, ents []entSpan) (mention, bool) {
	toks := d.Tokens
	key, cands, drop := t.round33(d, i, last, end, key, cands) // round33.go
	m := mention{start: toks[i].Start, end: end, first: i, last: last, key: key, cands: cands, next: -1}
	if drop {
		return m, false
	}
	proper, entity := false, false
	big := t.hasBig(cands)
	for k := i; k <= last; k++ {
		if ents != nil {
			typ := ents[k].typ
			// A demonym or person that is only part of a longer place name
			// is the recogniser's fragment: "Indian" in "Indian Ocean",
			// "British" in "British Columbia", "Davao" in "Davao del Sur".
			if (typ == "NORP" || typ == "PER") && ents[k].start >= m.start && ents[k].end <= end &&
				ents[k].end-ents[k].start < end-m.start {
				typ = ""
			}
			switch typ {
			case "NORP":
				// A world region is its own adjective ("the eastern
				// Mediterranean regional office"): only demonyms drop.
				if !t.hasKind(cands, Region) {
					return m, false
				}
			case "PER":
				// "Paris Hilton": a place name inside a longer person name,
				// unless the name begins with the place and a title
				// ("United States President George W. Bush", "France's
				// president Nicolas Sarkozy").
				if ents[k].start < m.start || ents[k].end > toks[last].End {
					if !big || ents[k].start != m.start || !t.titleAfter(d, last) {
						return m, false
					}
				}
				// A lone name the recogniser took for a person stays a
				// state or country, and a town when the document uses the
				// same name as a place elsewhere.
				if !big {
					m.person = true
				}
			case "ORG", "MISC":
				// A division or region inside an organisation's name lies
				// in the organisation's country: "Somali army" (SOMMIL) is
				// not Ethiopia's Somali region, "U.S. Africa Command"
				// (USAMIL) names no continent. A country named stays (the
				// organisation's actor may be the wrong one).
				// "the German embassy in Tehran" is the organisation's post
				// abroad: a place after a locative preposition stays.
				if c := ents[k].country; big && c != "" && !t.inCountry(cands, c) && !t.hasKind(cands, Country) &&
					!(ents[k].start < toks[i].Start && afterLocPrep(d, i)) {
					return m, false
				}
				// "US Army" keeps its country; "Calgary Hospital" is a name.
				// A name that says it is a division keeps it ("the Orange
				// County health agency").
				// A lone name after a locative preposition is a place
				// whatever the recogniser's tag ("spread into Tortí"),
				// unless it is a language ("translated into English").
				// "the Benghazi hospital", "Shanghai police": a place of the
				// body's own country and a common noun describe a body
				// there; the place stays, as a recognised one.
				// With no actor, the body must be a building or quarter
				// ("a Benghazi hospital", which the resolver leaves a
				// place: actor round 15).
				if lowerLast(d.Text[ents[k].start:ents[k].end]) && !isAllCaps(d.Text[m.start:end]) &&
					(ents[k].country != "" && t.inCountry(cands, ents[k].country) ||
						ents[k].country == "" && ents[k].start == m.start && facility.Building(d.Text[strings.LastIndexByte(d.Text[:ents[k].end], ' ')+1:ents[k].end])) {
					entity = true
					continue
				}
				// "Gaza City", "Kuwait City": a town's own name ending in
				// "City", which the recogniser took for a body (the KB
				// knows "Gaza City" as an actor), is the town.
				// A club named after its town ("Lincoln City beat Notts
				// County") is not: the body must be the town's own country's
				// (the KB's Gaza City) or the name follow a locative preposition.
				if ents[k].start == m.start && ents[k].end == end && strings.HasSuffix(d.Text[m.start:end], " City") &&
					t.hasKind(cands, City) && (ents[k].country != "" && t.inCountry(cands, ents[k].country) || afterLocPrep(d, i)) {
					entity = true
					continue
				}
				// "born in Rafah", "the town of Rafah": a lone name the
				// recogniser took for a body no one knows (round36.go).
				if t.orgPlace(d, i, end, ents[k], cands) {
					entity = true
					continue
				}
				if !big && !t.namedDivision(d.Text[m.start:end], cands) &&
					!(typ == "MISC" && ents[k].start == m.start && ents[k].end == end && afterLocPrep(d, i) &&
						!languages[d.Text[m.start:end]]) {
					return m, false
				}
			case "LOC", "GPE":
				// "the Dresden Zoo", "Kelso Aviation Museum": a facility
				// named after a town is a name, as an organisation's is
				// ("Calgary Hospital"); a country or state in it stays.
				if e := ents[k].end; e > end && !big && facilityEnd(d.Text[ents[k].start:e]) {
					return m, false
				}
				entity = true
			}
		}
		if toks[k].UPOS == "PROPN" || toks[k].UPOS == "" {
			proper = true
		}
	}
	if stopKeys[key] {
		return m, false
	}
	// "UK-based", "Australia-wide": the tag is the compound's; the name
	// before the suffix is a proper name when it can be a large place.
	cut := end != toks[last].End && big
	// "Manicaland and Midlands provinces": a division cue after the name
	// makes it a name whatever its tag.
	cued := false
	if s := toks[last].Sentence; end == toks[last].End && last+1 < d.Sentences[s].TokenEnd {
		cued = adminCues[strings.ToLower(d.Text[toks[last+1].Start:toks[last+1].End])]
	}
	if i == last {
		w := d.Text[m.start:m.end]
		if stopNames[w] || toks[i].UPOS == "ADJ" && !entity && !cut && !cued {
			return m, false
		}
	}
	if !proper && !entity && !cut && !cued {
		return m, false
	}
	sent := d.Sentences[toks[i].Sentence]
	if last+1 < sent.TokenEnd && end == toks[last].End && d.Text[toks[last+1].Start:toks[last+1].End] == "$" {
		return m, false // "US$"
	}
	if i > sent.TokenStart && d.Text[toks[i-1].Start:toks[i-1].End] == "$" {
		return m, false // "$US 15 billion"
	}
	// "the Vistula river": the name is the river's, not a town's (GeoNames
	// lists Vistula as an old name of Toledo, Ohio); a country or state
	// keeps its name ("the Congo River").
	if !big && last+1 < sent.TokenEnd && end == toks[last].End &&
		strings.EqualFold(d.Text[toks[last+1].Start:toks[last+1].End], "river") {
		return m, false
	}
	if t.namesNoPlace(d, i, last, end, sent) {
		return m, false
	}
	// A name inside a longer capitalised name ("General Hospital") or a
	// word the text also writes in lower case ("Hospital", "Police") is
	// weak: kept only as a large place.
	// A capitalised function word opening the sentence ("A Longview
	// woman", "The Midlands") is no part of a name.
	inName := false
	if i > sent.TokenStart && capitalised(d.Text[toks[i-1].Start:toks[i-1].End]) && !functionTags[toks[i-1].UPOS] {
		inName = true
	}
	if last+1 < sent.TokenEnd && end == toks[last].End && capitalised(d.Text[toks[last+1].Start:toks[last+1].End]) {
		inName = true
	}
	m.weak = inName
	if w := d.Text[m.start:m.end]; i == last && hasWord(d.Text, strings.ToLower(w)) {
		m.weak = true
	}
	m.marked = entity && !inName
	if i > sent.TokenStart {
		if locPreps[strings.ToLower(d.Text[toks[i-1].Start:toks[i-1].End])] {
			m.marked = true
		}
		// "the state of Georgia", "the province of Sindh".
		if i-1 > sent.TokenStart && d.Text[toks[i-1].Start:toks[i-1].End] == "of" &&
			adminCues[strings.ToLower(d.Text[toks[i-2].Start:toks[i-2].End])] {
			m.cueAdmin, m.marked = true, true
		}
		// "the village of Ranya", "the town of Kalam": a town, even one the
		// recogniser takes for a person.
		if i-1 > sent.TokenStart && d.Text[toks[i-1].Start:toks[i-1].End] == "of" &&
			townWords[strings.ToLower(d.Text[toks[i-2].Start:toks[i-2].End])] {
			m.cueCity, m.marked = true, true
		}
	}
	if last+1 < sent.TokenEnd && end == toks[last].End {
		w := strings.ToLower(d.Text[toks[last+1].Start:toks[last+1].End])
		switch {
		case adminCues[w]:
			m.cueAdmin, m.marked = true, true
		case w == "city" || w == "town" || w == "village" || refugeeCamp(d, last, end): // round34.go
			m.cueCity, m.marked = true, true
		}
	}
	if end != toks[last].End { // "Nairobi-based"
		m.marked = true
	}
	if !t.Metonyms && t.actorSubject(d, i, last, cands) {
		return m, false
	}
	return m, true
}

// Words after a place name that make it part of the name of something
// else: a newspaper or broadcaster ("New York Times", "China Daily"), a
// university ("Michigan State University") or a disease named after where
// it was found ("Marburg virus", "Reston ebolavirus", "Minamata disease").
var (
	mediaWords   = setOf("Times Daily Herald Journal Post Tribune Gazette Telegraph Chronicle Broadcasting Inquirer Examiner Observer")
	diseaseWords = setOf("virus viruses ebolavirus fever disease")
	mediaBefore  = setOf("Radio Television")
)

// namesNoPlace reports whether the name over tokens [i, last] is part of
// the name of a newspaper, broadcaster, university or disease: "the New
// York Times", "Radio Pyongyang", "Voice of America", "University of
// California", "Michigan State University", "Marburg virus".
func (t *Tagger) namesNoPlace(d *doc.Document, i, last, end int, sent doc.Sentence) bool {
	tok := func(k int) string {
		if k < sent.TokenStart || k >= sent.TokenEnd {
			return ""
		}
		return d.Text[d.Tokens[k].Start:d.Tokens[k].End]
	}
	if end == d.Tokens[last].End {
		next := tok(last + 1)
		if mediaWords[next] || diseaseWords[strings.ToLower(next)] || next == "University" || pactName(next) ||
			next == "State" && tok(last+2) == "University" {
			return true
		}
	}
	prev := tok(i - 1)
	if mediaBefore[prev] {
		return true
	}
	// "University of Southern Indiana".
	if compassWords[prev] && tok(i-2) == "of" && tok(i-3) == "University" {
		return true
	}
	return prev == "of" && (tok(i-2) == "Voice" || tok(i-2) == "University")
}

// titles are words that open a person's title after a place name.
var titles = setOf("president president-elect premier prime minister ministers chancellor governor mayor king queen emperor " +
	"prince princess ambassador envoy senator congressman congresswoman secretary spokesman spokeswoman spokesperson " +
	"leader chief vice deputy foreign health interior defence defense finance agriculture state first")

// titleAfter reports whether the token after last (or after a possessive
// "'s") opens a title.
func (t *Tagger) titleAfter(d *doc.Document, last int) bool {
	k := last + 1
	if k < len(d.Tokens) && possessive(d.Text[d.Tokens[k].Start:d.Tokens[k].End]) {
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Sentence != d.Tokens[last].Sentence {
		return false
	}
	return titles[strings.ToLower(d.Text[d.Tokens[k].Start:d.Tokens[k].End])]
}

// hasBig reports whether a name can be a country, first-level division or region.
func (t *Tagger) hasBig(cands []int32) bool {
	for _, c := range cands {
		if k := t.g.Entries[c].Kind; k == Country || k == Admin1 || k == Region {
			return true
		}
	}
	return false
}

// hasKind reports whether one of the candidates is of kind k.
func (t *Tagger) hasKind(cands []int32, k byte) bool {
	for _, x := range cands {
		if t.g.Entries[x].Kind == k {
			return true
		}
	}
	return false
}

// inCountry reports whether one of the candidates lies in country c.
func (t *Tagger) inCountry(cands []int32, c string) bool {
	for _, x := range cands {
		if t.g.Entries[x].Country == c {
			return true
		}
	}
	return false
}

// actorSubject reports whether a capital names its government: the subject
// of a speech or action verb ("Moscow said", "Beijing has warned").
func (t *Tagger) actorSubject(d *doc.Document, i, last int, cands []int32) bool {
	if afterPlaceNoun(d, i) {
		return false // capital_r15.go
	}
	capital := false
	for _, c := range cands {
		if e := &t.g.Entries[c]; e.FCode == "PPLC" && e.Pop > 100000 {
			capital = true
			break
		}
	}
	if !capital {
		return false
	}
	for k := i; k <= last; k++ {
		tok := d.Tokens[k]
		if tok.Head >= i && tok.Head <= last {
			continue
		}
		if tok.Deprel != "nsubj" || tok.Head < 0 {
			return false
		}
		h := d.Tokens[tok.Head]
		return actorVerbs[strings.ToLower(h.Lemma)]
	}
	return false
}

// resolve picks one entry per mention.
func (t *Tagger) resolve(d *doc.Document, ms []mention) []mention {
	w := &t.W
	// "X, Y": Y may be X's division or country, unless the two are part
	// of a list ("Mexico, China, Japan and Brazil").
	linked := func(i int) string { // what joins mention i to mention i+1
		if i < 0 || i+1 >= len(ms) || ms[i].dateline || ms[i+1].dateline {
			return ""
		}
		return listLink(d.Text[ms[i].end:ms[i+1].start])
	}
	for i := 0; i+1 < len(ms); i++ {
		// "Fulton County located in Illinois", "Bulacan in Central Luzon":
		// the second may hold the first, as after a comma.
		if inLinks[linked(i)] {
			ms[i].next = i + 1
			continue
		}
		if linked(i) != "," {
			continue
		}
		ms[i].marked, ms[i+1].marked = true, true
		if p := linked(i - 1); p == "," || p == "and" {
			continue
		}
		if n := linked(i + 1); n == "," || n == "and" || n == ", and" {
			continue
		}
		ms[i].next = i + 1
	}
	// Pass 1: priors, neighbours and cues.
	for i := range ms {
		m := &ms[i]
		m.scores = make([]float64, len(m.cands))
		for j, c := range m.cands {
			m.scores[j] = t.prior(m, c)
			if m.next >= 0 {
				if h := t.contains(ms[m.next].cands, c); h > 0 {
					m.scores[j] += w.Nearby * h
					m.held = true
				}
			}
		}
		m.best = m.cands[argmax(m.scores)]
	}
	// The document's countries: actors, the dateline and pass-1 places.
	ctry := map[string]float64{}
	dateline := ""
	for _, e := range d.Entities {
		if e.Actor != nil && len(e.Actor.Country) == 3 {
			ctry[e.Actor.Country] += 0.5
		}
	}
	for i := range ms {
		e := &t.g.Entries[ms[i].best]
		if e.Country == "" || ms[i].initials {
			continue
		}
		ctry[e.Country]++
		if ms[i].dateline {
			dateline = e.Country
		}
	}
	// Undefined initials ("NSW") stand only for divisions of a country
	// the document names otherwise.
	kept := ms[:0]
	for _, m := range ms {
		if m.initials {
			var cands []int32
			var scores []float64
			for j, c := range m.cands {
				if ctry[t.g.Entries[c].Country] >= 1 {
					cands, scores = append(cands, c), append(scores, m.scores[j])
				}
			}
			if len(cands) == 0 {
				continue
			}
			m.cands, m.scores = cands, scores
			m.best = cands[argmax(scores)]
		}
		kept = append(kept, m)
	}
	ms = kept
	// The first-level divisions the document names ("Illinois"): their
	// towns and counties are likelier than namesakes elsewhere.
	divs := map[string]bool{}
	for i := range ms {
		if e := &t.g.Entries[ms[i].best]; e.Kind == Admin1 {
			divs[e.Country+"."+e.Admin1] = true
		}
	}
	// The towns and counties the first pass found, for DocNear.
	var local []localPlace
	if w.DocNear != 0 {
		for i := range ms {
			if e := &t.g.Entries[ms[i].best]; e.Kind == City || e.Kind == Admin2 {
				local = append(local, localPlace{ms[i].best, Fold(e.Name)})
			}
		}
	}
	// Pass 2: context; then one sense per name.
	total := map[string]map[int32]float64{}
	for i := range ms {
		m := &ms[i]
		own := t.g.Entries[m.best].Country
		keys := m.senseKeys()
		capPop := t.capitalPop(m) // round35.go
		for j, c := range m.cands {
			e := &t.g.Entries[c]
			if capPop > 0 && t.underCapital(m, e, capPop) { // round35.go
				for _, k := range keys {
					if total[k] == nil {
						total[k] = map[int32]float64{}
					}
					total[k][c] += m.scores[j]
				}
				continue // "Rome" in a story naming New York: not Rome, New York
			}
			n := ctry[e.Country]
			if e.Country == own {
				n--
			}
			if e.Kind == Admin1 && t.capitalOverDivision(m, e, divs) {
				m.scores[j] -= 100
			}
			if (e.Kind == City || e.Kind == Admin2) && divs[e.Country+"."+e.Admin1] {
				m.scores[j] += w.DocAdmin1
			}
			if len(local) > 0 && (e.Kind == City || e.Kind == Admin2) && t.near(local, m.key, c, w.NearKm) {
				m.scores[j] += w.DocNear
			}
			if e.Country != "" {
				m.scores[j] += w.DocCtry * math.Min(1, n/2)
				if e.Country == dateline && !m.dateline {
					m.scores[j] += w.Dateline
				}
			}
			for _, k := range keys {
				if total[k] == nil {
					total[k] = map[int32]float64{}
				}
				total[k][c] += m.scores[j]
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		keys := m.senseKeys()
		tot := total[keys[len(keys)-1]]
		best, bs := m.cands[0], math.Inf(-1)
		for _, c := range m.cands {
			if tot[c] > bs {
				best, bs = c, tot[c]
			}
		}
		m.best = best
	}
	return ms
}

// senseKeys are the groups of mentions whose scores mention m adds to, the
// last being the one whose sense it takes: one sense per name, except that
// a name with a division cue ("Kaduna state") takes the sense of the cued
// mentions alone, so it keeps the state when the story also names the city
// ("a Kaduna-based leader", "relocate to Kaduna"); the other mentions still
// count it.
func (m *mention) senseKeys() []string {
	if m.cueAdmin {
		return []string{m.key, m.key + "|admin"}
	}
	return []string{m.key}
}

// facilityEnd reports whether a name ends in a facility head word ("Dresden
// Zoo", "Museum").
func facilityEnd(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i >= 0 && facility.Head(name[i+1:])
}

// capitalOverDivision reports whether a first-level division loses to the
// national capital of its name: "Washington" alone is the capital, not the
// state, unless a cue makes it a division ("Washington state") or the
// document names another division of the country ("Iowa and Washington"),
// a sign that it speaks of states. divs are the document's first-level
// divisions ("USA.IA") after the first pass.
func (t *Tagger) capitalOverDivision(m *mention, e *Entry, divs map[string]bool) bool {
	if m.cueAdmin {
		return false
	}
	capAdmin := ""
	for _, c := range m.cands {
		if o := &t.g.Entries[c]; o.Kind == City && o.FCode == "PPLC" && o.Country == e.Country {
			capAdmin = o.Admin1
			break
		}
	}
	if capAdmin == "" || capAdmin == e.Admin1 {
		return false // no capital of that name, or the capital lies inside the division (Berlin, Tokyo)
	}
	for k := range divs {
		ctry, code, _ := strings.Cut(k, ".")
		if ctry == e.Country && code != e.Admin1 && code != capAdmin {
			return false
		}
	}
	return true
}

// localPlace is a town or county the first pass resolved, with its folded
// name.
type localPlace struct {
	id  int32
	key string
}

// near reports whether entry c lies within km of one of the entries in
// local that is not a namesake of c (key is c's mention).
func (t *Tagger) near(local []localPlace, key string, c int32, km float64) bool {
	e := &t.g.Entries[c]
	for _, o := range local {
		oe := &t.g.Entries[o.id]
		if o.id == c || o.key == key {
			continue
		}
		if math.Abs(oe.Lat-e.Lat) < km/111 && Distance(e.Lat, e.Lon, oe.Lat, oe.Lon) < km {
			return true
		}
	}
	return false
}

// inLinks join a place to one that may hold it.
var inLinks = map[string]bool{"in": true, ", in": true, "located in": true, ", located in": true,
	"area of": true, "region of": true, "province of": true, "state of": true}

// listLink is the text joining two neighbouring names, trimmed, without a
// trailing article: ", and the" in "China, Japan, and the United Kingdom"
// reads as ", and", which continues a list.
func listLink(s string) string {
	s = strings.TrimSpace(s)
	for _, a := range []string{" the", " The"} {
		if t, ok := strings.CutSuffix(s, a); ok && t != "" && t != "," {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// prior is an entry's score before document context.
func (t *Tagger) prior(m *mention, c int32) float64 {
	w := &t.W
	e := &t.g.Entries[c]
	s := w.Pop * math.Log10(float64(e.Pop)+1)
	switch e.Kind {
	case Country:
		s += w.Country
	case Region:
		s += w.Region + 7 // regions have no population
	case Admin1:
		s += w.Admin1
	case Admin2:
		s += w.Admin2
	case City:
		switch e.FCode {
		case "PPLC":
			s += w.Capital
		case "PPLA":
			s += w.AdminSeat
		}
	}
	if m.cueAdmin && (e.Kind == Admin1 || e.Kind == Admin2) {
		s += w.Cue
	}
	if m.cueCity && e.Kind == City {
		s += w.Cue
	}
	if Fold(e.Name) == m.key {
		s += w.Primary
	}
	return s
}

// holdsAny reports whether one of the entries in outer contains one of
// the entries in inner (see contains).
func (t *Tagger) holdsAny(outer, inner []int32) bool {
	for _, c := range inner {
		if t.contains(outer, c) > 0 {
			return true
		}
	}
	return false
}

// contains is 1 when one of the entries in outer contains entry c: its
// country, or its first-level division, or its second-level division.
func (t *Tagger) contains(outer []int32, c int32) float64 {
	e := &t.g.Entries[c]
	for _, o := range outer {
		oe := &t.g.Entries[o]
		if o == c || oe.Country != e.Country || e.Country == "" {
			continue
		}
		switch oe.Kind {
		case Country:
			return 1
		case Admin1, Admin2:
			if oe.Admin1 == e.Admin1 {
				return 1
			}
		}
	}
	return 0
}

func argmax(xs []float64) int {
	b := 0
	for i, x := range xs {
		if x > xs[b] {
			b = i
		}
	}
	return b
}

// focused reports whether the document is about a country other than c:
// another country has at least two votes, one for each name the document
// resolves in it and one for its actors. A small town that is the only
// name of its country in such a document is more likely a namesake the
// gazetteer lacks ("Buta, in the south of the country" in a story about
// Burundi is not the Congolese town) than a place abroad.
func (t *Tagger) focused(d *doc.Document, byKey map[string]map[string]bool, c string) bool {
	votes := map[string]int{}
	for _, cs := range byKey {
		for k := range cs {
			votes[k]++
		}
	}
	seen := map[string]bool{}
	for _, e := range d.Entities {
		if e.Actor != nil && len(e.Actor.Country) == 3 && !seen[e.Actor.Country] {
			seen[e.Actor.Country] = true
			votes[e.Actor.Country]++
		}
	}
	for k, n := range votes {
		if k != c && k != "" && n >= 2 {
			return true
		}
	}
	return false
}

// known reports whether a mention names, by its own name, a town known
// abroad (see Weights.Known): "Cannes" is, but "Saar", one of the many
// other names GeoNames gives Žďár nad Sázavou, is not.
func (t *Tagger) known(m *mention, e *Entry) bool {
	return t.W.Known > 0 && int(e.Names) >= t.W.Known && Fold(e.Name) == m.key
}

// divisionEnds end the name of a division.
var divisionEnds = setOf("County Parish Borough District Prefecture Province Municipality")

// namedDivision reports whether a name ends in a division word and can be
// a division: "Orange County", "Santa Clara County" name the county
// whatever longer name they open.
func (t *Tagger) namedDivision(name string, cands []int32) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !divisionEnds[name[i+1:]] {
		return false
	}
	for _, c := range cands {
		if k := t.g.Entries[c].Kind; k == Admin1 || k == Admin2 {
			return true
		}
	}
	return false
}

// languages are the names of languages most often written after "in" or
// "into"; some are also towns ("English", Indiana).
var languages = setOf("English French Spanish Portuguese German Italian Dutch Russian Arabic Hebrew Persian Farsi " +
	"Turkish Greek Chinese Mandarin Cantonese Japanese Korean Hindi Urdu Bengali Swahili Latin Polish Serbian Croatian")

// afterLocPrep reports whether token i follows a locative preposition in
// its sentence.
func afterLocPrep(d *doc.Document, i int) bool { return afterPrep(d, i, locPreps) }

// afterPrep reports whether token i follows, in its sentence, a word of preps.
func afterPrep(d *doc.Document, i int, preps map[string]bool) bool {
	if i == 0 || i == d.Sentences[d.Tokens[i].Sentence].TokenStart {
		return false
	}
	p := d.Tokens[i-1]
	return preps[strings.ToLower(d.Text[p.Start:p.End])]
}

// placed reports a mention right after a preposition of place ("in
// Rafah").
func (m mention) placed(d *doc.Document) bool { return afterPrep(d, m.first, placePreps) }

// coordinated reports text between two names that joins them as a pair:
// "and", "or" (not a comma: "in Texas, Philmont said").
func coordinated(between string) bool {
	switch strings.TrimSpace(between) {
	case "and", "or":
		return true
	}
	return false
}

// possessed reports a possessive after word i ("a bomb in Belfast and
// Adams's statement": a person's, not a place).
func possessed(d *doc.Document, i int) bool {
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	w := d.Text[d.Tokens[i+1].Start:d.Tokens[i+1].End]
	return w == "'s" || w == "’s" || w == "'"
}
