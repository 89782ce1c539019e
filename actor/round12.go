package actor

// Session 23, actor round 12: former titles written "ex-", a party's title
// before a head of state's name, an organisation's officer named after the
// organisation and its title, and towns named with a compass word or left
// and seized (docs/KB.md, "Session 23, actor round 12").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round12Titles runs over the mentions before coreference, so that the
// names and pronouns linked to a person later take the corrected code.
// It may add mentions (an organisation split off a person's name) and
// returns the slice.
func (r *Resolver) round12Titles(d *doc.Document, ms []mention) []mention {
	for i := range ms {
		m := &ms[i]
		if m.typ != "PER" || m.actor == nil || m.pronoun || m.titleOnly {
			continue
		}
		r.partyTitleOffice(d, m)
		r.exTitle(d, ms, m)
	}
	ms = r.orgNameOfficer(d, ms)
	r.orgTitleOfficer(d, ms)
	return ms
}

// kbPersonInOffice is the KB's match of the person with id at the
// document's date when a role covers that date (nil otherwise).
func (r *Resolver) kbPersonInOffice(d *doc.Document, a *doc.Actor) *Match {
	if a.ID == "" || a.Name == "" {
		return nil
	}
	for _, mt := range r.kb.Lookup(a.Name, d.Date) {
		if mt.Actor.ID == a.ID && mt.Kind == KindPerson && mt.Status == StatusInOffice && mt.Actor.Code != "" {
			mt := mt
			return &mt
		}
	}
	return nil
}

// partyTitleOffice: a party's title before the name of a person the KB
// places in a state office at the date ("Communist Party chief X", who is
// also the head of state) names the party post he holds beside that
// office; by the guidelines the office in force gives the code, so the
// KB's code stands (a party's named title already left it alone: round 8).
func (r *Resolver) partyTitleOffice(d *doc.Document, m *mention) {
	if !m.explicit || m.actor.Sector != "PTY" || m.actor.ID == "" {
		return
	}
	mt := r.kbPersonInOffice(d, m.actor)
	if mt == nil || !strings.HasPrefix(mt.Actor.Sector, "GOV") || mt.Actor.Country != m.actor.Country {
		return
	}
	a := *m.actor
	a.Code, a.Sector = mt.Actor.Code, mt.Actor.Sector
	m.actor = &a
}

// exTitleWords are the titles that, written after "ex-", say a person
// once held a public office or command ("ex-president", "ex-deputy
// leader", "ex-rebel commander"); not "ex-wife", "ex-footballer".
var exTitleWords = map[string]bool{
	"president": true, "premier": true, "prime": true, "minister": true, "deputy": true, "vice": true,
	"general": true, "commander": true, "guerrilla": true, "rebel": true, "army": true, "chief": true,
	"leader": true, "dictator": true, "governor": true, "mayor": true, "senator": true, "ambassador": true,
	"official": true, "head": true, "chairman": true, "secretary": true, "king": true, "ruler": true,
	"strongman": true, "spy": true, "intelligence": true, "defence": true, "defense": true, "foreign": true,
	"finance": true, "interior": true, "mp": true, "lawmaker": true, "militia": true, "warlord": true,
	"colonel": true, "speaker": true, "chancellor": true, "envoy": true, "diplomat": true, "police": true,
	"military": true, "junta": true,
}

// exTitleBefore reports whether the word before token s is a former
// title written "ex-…" ("ex-deputy", "ex-President").
func exTitleBefore(d *doc.Document, sent0, s int) bool {
	if s-1 < sent0 {
		return false
	}
	w := strings.ToLower(tokenText(d, s-1))
	if !strings.HasPrefix(w, "ex-") {
		return false
	}
	return exTitleWords[strings.TrimPrefix(w, "ex-")]
}

// exTitle: a person named after a title written "ex-…" ("Malaysia's
// ex-deputy leader X", "Brazil's ex-president X") is a former official:
// the recogniser's title run starts after that word, so the title that
// follows it ("premier") made him an official now. The KB's office in
// force at the date stands (a former minister who is now president); else
// he is his country's elite, the country taken from the mention, or from a
// country written before the "ex-" word when the KB does not know him.
func (r *Resolver) exTitle(d *doc.Document, ms []mention, m *mention) {
	sent0 := d.Sentences[m.sent].TokenStart
	s := m.s
	if !exTitleBefore(d, sent0, s) {
		// the ex- word inside the mention: "ex-President X"
		found := false
		for k := m.s + 1; k < m.e && k <= m.s+3; k++ {
			if exTitleBefore(d, sent0, k) {
				s, found = k, true
				break
			}
		}
		if !found {
			return
		}
	}
	if mt := r.kbPersonInOffice(d, m.actor); mt != nil && mt.Actor.Code != "" {
		a := *m.actor
		a.Code, a.Country, a.Sector = mt.Actor.Code, mt.Actor.Country, mt.Actor.Sector
		m.actor = &a
		return
	}
	country := m.actor.Country
	if country == "" {
		country = countryBefore(d, ms, sent0, s-1)
	}
	if ci, ok := r.kb.codes[country]; !ok || ci.kind != KindCountry {
		return
	}
	a := *m.actor
	a.Country, a.Sector, a.Code = country, "ELI", country+"ELI"
	m.actor = &a
}

// countryBefore is the bare country of the mention that ends at token j
// (or at the possessive before it): "Brazil's ex-president", "Brazilian
// ex-president". "" when none.
func countryBefore(d *doc.Document, ms []mention, sent0, j int) string {
	if j-1 >= sent0 {
		if w := tokenText(d, j-1); w == "'s" || w == "’s" {
			j--
		}
	}
	for i := range ms {
		n := &ms[i]
		if n.e == j && n.s >= sent0 && n.actor != nil && n.actor.Code != "" && n.actor.Code == n.actor.Country && !n.pronoun {
			return n.actor.Country
		}
	}
	return ""
}

// orgOfficerTitleWords are the capitalised words of an organisation officer's
// title written between its name and his ("SADC Executive Secretary X",
// "OAS Secretary General X").
var orgOfficerTitleWords = map[string]bool{
	"Executive": true, "Secretary": true, "Secretary-General": true, "General": true, "Director": true,
	"Director-General": true, "President": true, "Chairman": true, "Chairperson": true, "Chairwoman": true,
	"Commissioner": true, "Spokesman": true, "Spokeswoman": true, "Envoy": true, "Representative": true,
	"Chief": true, "Head": true, "Deputy": true, "Vice": true, "Special": true, "High": true,
	"Coordinator": true, "Administrator": true, "Managing": true,
}

// orgTitleOfficer: a person named after an organisation's name and an
// officer's title ("SADC Executive Secretary X") is that organisation's
// officer, as orgOfficer codes him when the KB's runs compose; here the
// recogniser took the first title word into the organisation's name
// ("SADC Executive"), and the person kept the elite's code of his country
// (a former minister) or none. The organisation's mention loses the
// title words.
func (r *Resolver) orgTitleOfficer(d *doc.Document, ms []mention) {
	for i := range ms {
		p := &ms[i]
		if p.typ != "PER" || p.actor == nil || p.pronoun || p.titleOnly || p.ante >= 0 {
			continue
		}
		if p.actor.Code != "" && p.actor.Sector != "ELI" {
			continue
		}
		sent0 := d.Sentences[p.sent].TokenStart
		j := envoyForStart(d, ms, p, sent0) // "… Representative for Somalia X" (review23.go)
		for j-1 >= sent0 && orgOfficerTitleWords[tokenText(d, j-1)] {
			j--
		}
		poss := false
		if possessiveTitle(d, j, sent0) { // "the UN Secretary-General's Special Envoy X" (review23.go)
			poss = true
			for j--; j-1 >= sent0 && orgOfficerTitleWords[tokenText(d, j-1)]; j-- {
			}
		}
		for i2 := range ms {
			o := &ms[i2]
			if o == p || o.sent != p.sent || o.actor == nil || o.actor.Code == "" || o.pronoun || o.typ == "PER" {
				continue
			}
			if o.s >= j || o.e < j || o.e > p.s {
				continue
			}
			// the title words: those between the name and the person, and
			// those the organisation's mention took in
			t := o.e
			for t-1 > o.s && orgOfficerTitleWords[tokenText(d, t-1)] {
				t--
			}
			if t == o.e && j == p.s {
				continue // no title word at all
			}
			ci, ok := r.kb.codes[o.actor.Country]
			if !ok || ci.kind != KindOrg {
				continue
			}
			if !poss && t < o.e && r.kb.isOrgName(d.Text[d.Tokens[o.s].Start:d.Tokens[t-1].End]) {
				o.e = t
				oa := *o.actor
				oa.Name = d.Text[d.Tokens[o.s].Start:d.Tokens[t-1].End]
				o.actor = &oa
			}
			a := *p.actor
			a.Country, a.Sector, a.Code = o.actor.Country, o.actor.Sector, o.actor.Code
			if strings.HasPrefix(a.Code, a.Country) {
				a.Sector = a.Code[len(a.Country):]
			}
			p.actor, p.officer = &a, true
			break
		}
	}
}

// isOrgName reports whether every KB entry the text names is an
// international or non-governmental organisation.
func (k *KB) isOrgName(text string) bool {
	ais := k.lookupAliases(text)
	if len(ais) == 0 {
		return false
	}
	for _, ai := range ais {
		e := &k.entries[k.aliases[ai].entry]
		if e.kind != KindOrg {
			return false
		}
	}
	return true
}

// orgNameOfficer: "Secretary General of the Organization of American
// States X" read by the recogniser as one person's name from the
// organisation's name on: the name is split, the organisation becomes a
// mention of its own and the person its officer (a regional body's head
// the KB knows as a former minister of his country).
func (r *Resolver) orgNameOfficer(d *doc.Document, ms []mention) []mention {
	n := len(ms)
	for i := 0; i < n; i++ {
		p := &ms[i]
		if p.typ != "PER" || p.actor == nil || p.pronoun || p.titleOnly || p.e-p.s < 3 {
			continue
		}
		if p.actor.Code != "" && p.actor.Sector != "ELI" {
			continue
		}
		sent0 := d.Sentences[p.sent].TokenStart
		// "… of (the) <org> <person>": an officer's title before
		j := p.s - 1
		if j >= sent0 && strings.EqualFold(tokenText(d, j), "the") {
			j--
		}
		if j-1 < sent0 || tokenText(d, j) != "of" || !orgOfficerTitleWords[tokenText(d, j-1)] {
			continue
		}
		for k := p.e - 2; k > p.s; k-- {
			orgText := d.Text[d.Tokens[p.s].Start:d.Tokens[k-1].End]
			if !isCapitalised(tokenText(d, k)) || !r.kb.isOrgName(orgText) {
				continue
			}
			var oa *doc.Actor
			for _, mt := range r.kb.Lookup(orgText, d.Date) {
				if mt.Kind == KindOrg && mt.Actor.Code != "" && !mt.Ambiguous {
					a := mt.Actor
					a.Name = orgText
					oa = &a
					break
				}
			}
			if oa == nil {
				break
			}
			org := mention{s: p.s, e: k, sent: p.sent, typ: "ORG", actor: oa, ante: -1}
			a := *p.actor
			a.Name = d.Text[d.Tokens[k].Start:d.Tokens[p.e-1].End]
			a.ID = ""
			a.Country, a.Sector, a.Code = oa.Country, oa.Sector, oa.Code
			if strings.HasPrefix(a.Code, a.Country) {
				a.Sector = a.Code[len(a.Country):]
			}
			p.s, p.actor, p.officer = k, &a, true
			ms = append(ms, org)
			p = &ms[i]
			break
		}
	}
	if len(ms) > n {
		sortMentions(ms)
	}
	return ms
}

// compassWords before a town's name make it a part of the town, a place:
// "in north Sanaa", "across west Kabul", "a south Lima
// hotel".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "downtown": true,
}

// leaveFromLemmas take the town an armed force or a people leaves after
// "from": "retreated from X", "withdrew from X", "pulled out from X".
var leaveFromLemmas = map[string]bool{
	"retreat": true, "withdraw": true, "pull": true, "expel": true, "evict": true, "oust": true,
	"extradite": true, "escape": true,
}

// seizeLemmas take the town as their object and name no one in it: "seized
// X", "captured X", "departed X".
var seizeLemmas = map[string]bool{
	"seize": true, "capture": true, "retake": true, "recapture": true, "overrun": true, "depart": true,
}

// round12Places marks as a location (no actor) a capital, city or region
// written after a compass word, left by a force ("retreated from X"),
// seized ("seized X"), the end of an extradition ("extradited to X"), or
// followed by an apposition that calls it a town ("X, a city some miles
// from Y"): by the guidelines a place inside a country used as a location
// is none. After journeyPlaces.
func (r *Resolver) round12Places(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.location || m.privateModifier || m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		if !r.round12PlaceContext(d, m) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
}

func (r *Resolver) round12PlaceContext(d *doc.Document, m *mention) bool {
	sent0, sentEnd := d.Sentences[m.sent].TokenStart, d.Sentences[m.sent].TokenEnd
	if m.s-1 < sent0 {
		return townApposition(d, m.e, sentEnd)
	}
	w := tokenText(d, m.s-1)
	if compassWords[w] {
		// lower case only: "East Timor", "North Korea" are names
		if m.e < len(d.Tokens) {
			if n := tokenText(d, m.e); n == "'s" || n == "’s" {
				return false // "east Jerusalem's mayor"
			}
		}
		return true
	}
	h := nameHead(d, m.s, m.e)
	g := d.Tokens[h].Head
	if g >= 0 && g < len(d.Tokens) && d.Tokens[g].UPOS == "VERB" && nextFree(d, m.e) {
		l := lemmaOf(d, g)
		switch strings.ToLower(w) {
		case "from":
			if leaveFromLemmas[l] {
				return true
			}
		case "to":
			if l == "extradite" {
				return true
			}
		default:
			if d.Tokens[h].Deprel == "obj" && seizeLemmas[l] {
				return true
			}
		}
	}
	return townApposition(d, m.e, sentEnd)
}

// townAppositionNouns call the name before them a town: "X, a city 50 km
// west of Y".
var townAppositionNouns = map[string]bool{"city": true, "town": true, "village": true}

// townApposition reports ", a city …" or ", the town of …" at token e.
func townApposition(d *doc.Document, e, end int) bool {
	if e+2 >= end || tokenText(d, e) != "," {
		return false
	}
	if a := strings.ToLower(tokenText(d, e+1)); a != "a" && a != "the" {
		return false
	}
	return townAppositionNouns[strings.ToLower(tokenText(d, e+2))]
}

// companyWords end a company's name: "Nanchang Aircraft Co", "Gresward
// Pte Ltd", "Crown Leasing KK".
//
// Names ending in a company noun ("X Rubber Company") are companies too
// (companyNameNouns, round12b.go).
var companyWords = map[string]bool{
	"Ltd": true, "Ltd.": true, "Co": true, "Co.": true, "Corp": true, "Corp.": true,
	"Inc": true, "Inc.": true, "KK": true, "Pte": true, "Plc": true, "PLC": true, "AG": true, "GmbH": true,
}

// companyName reports an organisation's mention whose name ends with a
// company's word (or has one before a closing bracket's word).
func companyName(d *doc.Document, m *mention) bool {
	if companyNounName(d, m) { // "X Rubber Company" (round12b.go)
		return true
	}
	if m.e-m.s == 1 && m.actor != nil && m.actor.Sector == "REB" {
		// "KK" alone, the recogniser's name ending before it
		return companyWords[tokenText(d, m.s)] && m.s > d.Sentences[m.sent].TokenStart && isCapitalised(tokenText(d, m.s-1))
	}
	for k := m.e - 1; k > m.s && k >= m.e-2; k-- {
		if companyWords[tokenText(d, k)] {
			return true
		}
	}
	return false
}

// oneStoryCountry is the only country the document's coded mentions name
// (not counting the media quoted and pronouns), "" when none or several.
func (r *Resolver) oneStoryCountry(d *doc.Document, ms []mention) string {
	country := ""
	for i := range ms {
		a := ms[i].actor
		if a == nil || a.Country == "" || a.Sector == "MED" || ms[i].pronoun || ms[i].location || currencyCountry(d, &ms[i]) {
			continue
		}
		if ms[i].typ == "ORG" && companyName(d, &ms[i]) {
			continue // the companies themselves ("X KK" read as a group's)
		}
		if ci, ok := r.kb.codes[a.Country]; !ok || ci.kind != KindCountry {
			continue
		}
		if country != "" && country != a.Country {
			return ""
		}
		country = a.Country
	}
	return country
}

// storyCompanies codes a company the KB does not know, named with a
// company's word ("X Co", "X Pte Ltd", "X KK"), as a business of the
// story's country in a story about one country (by the guidelines a
// company whose home the text makes clear is BUS of it). A one-word
// armed group's name read at the end of such a name ("KK", UCDP's
// Nigerian group, in a Japanese company's name) is the company's word
// too. The mentions linked to the company (its acronym) follow it.
func (r *Resolver) storyCompanies(d *doc.Document, ms []mention) {
	country := r.oneStoryCountry(d, ms)
	if country == "" {
		return
	}
	filled := false
	for i := range ms {
		m := &ms[i]
		if m.typ != "ORG" && m.typ != "LOC" || m.actor == nil || m.pronoun || m.location || m.ante >= 0 || !companyName(d, m) {
			continue
		}
		if m.actor.Code != "" && m.actor.Sector != "REB" {
			continue
		}
		if m.e-m.s == 1 {
			// the name before the word: "Nippon Total Finance KK"
			s0 := d.Sentences[m.sent].TokenStart
			for m.s-1 >= s0 && isCapitalised(tokenText(d, m.s-1)) && !startsMention(ms, m.s-1) {
				m.s--
			}
		}
		a := *m.actor
		a.Country, a.Sector, a.Code, a.ID = country, "BUS", country+"BUS", ""
		// (the recogniser may take "X Haulage Co" for a place)
		m.actor, m.typ, filled = &a, "ORG", true
	}
	if !filled {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.ante < 0 || m.ante >= len(ms) || m.actor == nil || m.actor.Code != "" && m.actor.Sector != "REB" {
			continue
		}
		if o := ms[m.ante].actor; o != nil && o.Sector == "BUS" && o.ID == "" && ms[m.ante].typ == "ORG" {
			a := *o
			a.Name = m.actor.Name
			m.actor = &a
		}
	}
}

// startsMention reports whether token k lies in one of the mentions ms.
func startsMention(ms []mention, k int) bool {
	for i := range ms {
		if ms[i].s <= k && k < ms[i].e {
			return true
		}
	}
	return false
}
