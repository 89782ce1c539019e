package actor

// Session 33, actor round 20 (docs/KB.md, "Session 33 (actor round 20)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round20Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round20Off = map[string]bool{}

// round20 runs the round's rules on a person the KB does not know, before
// coreference clusters the mentions, so that his short name and pronouns
// follow (coref.go, after round19's).
func (r *Resolver) round20(d *doc.Document, ms []mention) {
	r.partyOfficers(d, ms, nil)
	r.formerOfficials(d, ms, nil)
}

// round20Late runs the person rules again after the passes that follow
// coreference, which code some parties and bodies only then ("Britain's
// Natural Law Party" by possessedOrgs, "the National Bureau of Statistics"
// by the story's country), and then lateNames, which gives the coded names'
// repeats, acronyms and pronouns their code (Resolve, before cameoCodes).
func (r *Resolver) round20Late(d *doc.Document, ms []mention) {
	changed := map[int]bool{}
	r.partyOfficers(d, ms, changed)
	r.formerOfficials(d, ms, changed)
	r.officerAppositions(d, ms, changed)
	lateNames(d, ms, changed)
}

// unknownPerson reports a named person mention with no code or country
// (a title may have given a sector: "Doctor"): the rules of the round give
// such a person one.
func unknownPerson(m *mention) bool {
	a := m.actor
	return !m.pronoun && !m.titleOnly && !m.nameless && m.typ == "PER" && a != nil && a.Code == "" &&
		a.Country == ""
}

// groupOfficerWords are the offices of a party's or an armed group's
// officer written before his name ("party leader X", "deputy leader X").
var groupOfficerWords = map[string]bool{
	"leader": true, "chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "secretary-general": true, "vice-chairman": true, "vice-president": true,
}

// groupOfficerQualifiers stand before the office and say it is the group's,
// not a state's: "party leader", "deputy leader", "its leader".
var groupOfficerQualifiers = map[string]bool{"party": true, "deputy": true, "its": true}

// partyOfficers codes an unknown person titled as a party's or a group's
// officer ("party leader Doctor X", "deputy leader Y", "party spokesman
// Z", "Its leader W") with the code of the party, opposition or armed
// group (PTY, OPP, REB) the story named last, in his sentence or the three
// before it. The actor golds code a party officer with no office by his
// party (data/actor/gold/README.md). partySpokesmen (everyday23b.go) does
// the same for officers the title made GOV; this one for those left
// uncoded. The office's words must be lower-case and stand right before
// the name or inside the mention before it (the NER takes "party leader"
// into the person's span).
func (r *Resolver) partyOfficers(d *doc.Document, ms []mention, changed map[int]bool) {
	if round20Off["partyOfficers"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if !unknownPerson(m) || !groupOfficerTitled(d, m) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &ms[j]
			if m.sent-p.sent > 3 {
				break
			}
			if p.pronoun || p.typ == "PER" || p.actor == nil || p.actor.Country == "" ||
				p.actor.Sector != "PTY" && p.actor.Sector != "OPP" && p.actor.Sector != "REB" {
				continue
			}
			b := *m.actor
			b.Country, b.Sector, b.Code = p.actor.Country, p.actor.Sector, p.actor.Country+p.actor.Sector
			if p.actor.Code != "" {
				b.Code = p.actor.Code
			}
			m.actor = &b
			mark(changed, i)
			break
		}
	}
}

// mark notes mention i as coded by a rule of the round in its late pass
// (changed nil: the pass before coreference, whose clusters carry the code).
func mark(changed map[int]bool, i int) {
	if changed != nil {
		changed[i] = true
	}
}

// groupOfficerTitled reports a group officer's title written before the
// person's name: a qualifier and an office word, lower-case (the first
// word may be capitalised at a sentence's start: "Its leader X"), inside
// the mention or in the two words before it.
func groupOfficerTitled(d *doc.Document, m *mention) bool {
	start := d.Sentences[m.sent].TokenStart
	from := m.s - 2
	if from < start {
		from = start
	}
	for k := from; k+1 < m.e; k++ {
		q, w := tokenText(d, k), tokenText(d, k+1)
		if !groupOfficerQualifiers[strings.ToLower(q)] || !groupOfficerWords[w] {
			continue
		}
		if !isLowerWord(q) && k != start {
			continue
		}
		// the office ends where the name begins: nothing lower-case
		// after it ("party leader's wife X" is not the leader)
		if k+2 < m.e && !isCapitalised(tokenText(d, k+2)) {
			continue
		}
		if k+2 == m.s || k+2 > m.s {
			return true
		}
	}
	return false
}

// formerOfficeWords are the offices a "former" before them says a person
// no longer holds: "the country's former statistics chief X", "another
// former agent Y", "former congressman Z".
var formerOfficeWords = map[string]bool{
	"chief": true, "head": true, "minister": true, "director": true, "official": true, "agent": true,
	"commissioner": true, "governor": true, "ambassador": true, "envoy": true, "premier": true,
	"president": true, "congressman": true, "senator": true, "mayor": true, "general": true,
	"commander": true, "officer": true, "spokesman": true, "secretary": true, "deputy": true,
	"lawmaker": true, "legislator": true, "diplomat": true, "politician": true,
}

// newOfficeWords after a former officeholder's name give him an office
// again: "Former finance minister X was installed as coordinating
// minister", "former minister X to be back in his post".
var newOfficeWords = map[string]bool{
	"installed": true, "appointed": true, "named": true, "elected": true, "sworn": true, "became": true,
	"becomes": true, "back": true, "returned": true, "returns": true, "reappointed": true, "nominated": true,
}

// formerOfficials codes an unknown person titled with "former" and an
// office ("the country's former statistics chief X") as an elite (ELI) of
// the country the title names: a country word or possessive in it
// ("China's former envoy X", "a former Russian agent"), or, with "the
// country's" or no country word, the story's dominant country
// (dominantCountry). The guidelines code a former official with no office
// ELI (data/actor/gold/README.md). The office must end the title: at most
// three lower-case words between "former" and it, the name right after.
func (r *Resolver) formerOfficials(d *doc.Document, ms []mention, changed map[int]bool) {
	if round20Off["formerOfficials"] {
		return
	}
	dom, domDone := "", false
	for i := range ms {
		m := &ms[i]
		if !unknownPerson(m) {
			continue
		}
		ok, country := r.formerTitle(d, ms, m)
		if !ok {
			continue
		}
		if country == "" {
			if !domDone {
				dom, domDone = r.dominantCountry(d, ms), true
			}
			country = dom
		}
		if country == "" {
			continue
		}
		b := *m.actor
		b.Country, b.Sector, b.Code = country, "ELI", country+"ELI"
		m.actor = &b
		mark(changed, i)
	}
}

// formerTitle finds "former" and an office before the name of m (inside
// the mention or in the six words before it, in its sentence) and the
// country a word between the title's start and the name names.
func (r *Resolver) formerTitle(d *doc.Document, ms []mention, m *mention) (bool, string) {
	start := d.Sentences[m.sent].TokenStart
	// the name's first token: the first capitalised word after the last
	// lower-case one inside the mention
	name := m.s
	for k := m.s; k < m.e; k++ {
		if isLowerWord(tokenText(d, k)) {
			name = k + 1
		}
	}
	if name >= m.e || name-1 < start || !formerOfficeWords[strings.ToLower(tokenText(d, name-1))] {
		return false, ""
	}
	former := -1
	for k := name - 2; k >= start && k >= name-5; k-- {
		w := tokenText(d, k)
		if strings.EqualFold(w, "former") {
			former = k
			break
		}
		if !isLowerWord(w) && !isCapitalised(w) {
			return false, "" // punctuation: another phrase
		}
	}
	if former < 0 {
		return false, ""
	}
	for k := former + 1; k < name-1; k++ {
		if w := tokenText(d, k); isCapitalised(w) && r.countryWord(w, d.Date) == "" {
			// a body's name in the title ("Former UN envoy X",
			// "former Metropolitan Police commissioner"): its
			// officer's code is not the story's elite
			return false, ""
		}
	}
	end := d.Sentences[m.sent].TokenEnd
	for k := m.e; k < end && k < m.e+6; k++ {
		if newOfficeWords[tokenWord(d, k)] {
			return false, "" // "former minister X was installed as ...": in office again
		}
	}
	country := ""
	from := former - 3
	if from < start {
		from = start
	}
	for k := from; k < name; k++ {
		w := tokenText(d, k)
		if isCapitalised(w) {
			if c := r.companyPlace(w, d.Date); c != "" && r.isCountry(c) {
				country = c
			}
		}
	}
	return true, country
}

// officerAppositions gives an unknown person the code of the one organisation
// an apposition after his name calls him an officer of: "Dr. X,
// coordinator of the alert team in WHO Beijing office," (the WHO's code),
// "X, the newly appointed NBS head," (the bureau's). The apposition runs
// from the comma after the name to the next comma or the sentence's end,
// holds an officer's word (officerWords, orgOfficerNouns) in lower case,
// and exactly one coded organisation (no person, no place: "X, a farmer
// in Kenya," is no officer of Kenya). officialNamed (coref_appos.go) reads
// the appositions ending in the office; this one the others. In corefer
// after officialNamed.
func (r *Resolver) officerAppositions(d *doc.Document, ms []mention, changed map[int]bool) {
	if round20Off["officerAppositions"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if !unknownPerson(m) || !weakTitleSector[m.actor.Sector] || m.e >= len(d.Tokens) || tokenText(d, m.e) != "," {
			continue
		}
		end := d.Sentences[m.sent].TokenEnd
		stop := m.e + 1
		officer, verb, former := false, false, false
		for ; stop < end && stop < m.e+16; stop++ {
			w := tokenText(d, stop)
			if w == "," || w == ";" || w == "(" || w == "\"" || appositionEnds[w] {
				break
			}
			if isLowerWord(w) && (officerWords[w] || orgOfficerNouns[w]) && !verb && !former && stop-m.e <= 7 {
				officer = true
			}
			if w == "former" || w == "ex" {
				former = true // "X, a former officer in the militia": no longer its officer
			}
			if u := d.Tokens[stop].UPOS; (u == "VERB" || u == "AUX") && d.Tokens[stop].XPOS != "VBN" {
				// a clause, not an office: "Mannesmann, reversing
				// acquittals ... including the head of Deutsche Bank"
				verb = true
			}
		}
		if !officer {
			continue
		}
		var org *mention
		n := 0
		for j := i + 1; j < len(ms) && ms[j].s < stop; j++ {
			t := &ms[j]
			if t.pronoun || t.s <= m.e {
				continue
			}
			if t.typ == "PER" && !t.titleOnly || (t.typ == "GPE" || t.typ == "NORP") && t.actor != nil && t.actor.Country != "" {
				// another person (a list, his principal), or a country
				// that gives his own ("Bulgaria's ambassador to NATO")
				org, n = nil, 2
				break
			}
			if t.typ != "ORG" || t.actor == nil || t.location || lowerCaseMention(d, t) {
				// a bare noun ("the government's policy unit") has the
				// story's country at most: no body of its own
				continue
			}
			// every named body counts: an uncoded one may be his ("vice
			// director of the MOH department as quoted in the X Daily")
			org = t
			n++
		}
		if n != 1 || org == nil || org.actor.Country == "" && org.actor.Code == "" || r.foreignWordIn(d, org) ||
			org.actor.Sector == "PTY" || org.actor.Sector == "OPP" {
			// a party's head in an apposition ("X, an Israeli party
			// head,") is left to the party rules: coded, his pronouns
			// took the sources of what he said of another man's
			// ("saying his victory could help", realnews-dev17)
			continue
		}
		b := *org.actor
		b.Name, b.ID, b.Mention = m.actor.Name, m.actor.ID, nil
		m.actor = &b
		mark(changed, i)
	}
}

// foreignWordIn reports an organisation mention with a country's or its
// people's word of another country than the organisation's code: "the
// North Korean UN mission" is the UN's by the KB, but its head is North
// Korea's envoy.
func (r *Resolver) foreignWordIn(d *doc.Document, m *mention) bool {
	for k := m.s; k < m.e; k++ {
		if !isCapitalised(tokenText(d, k)) {
			continue
		}
		// the word alone and with the next ("North Korean")
		for n := 1; n <= 2 && k+n <= m.e; n++ {
			w := d.Text[d.Tokens[k].Start:d.Tokens[k+n-1].End]
			if c := r.countryWord(w, d.Date); c != "" && c != m.actor.Country {
				return true
			}
		}
	}
	return false
}

// countryWord is the country the KB reads text as first, when it reads it
// as a country's name or its people's word ("North Korean"); not a town's
// ("WHO Beijing office" is the WHO's).
func (r *Resolver) countryWord(text, date string) string {
	for _, mt := range r.kb.Lookup(text, date) {
		if mt.Kind != KindNationality && mt.Kind != KindCountry || mt.Ambiguous {
			return ""
		}
		if c := mt.Actor.Country; c != "" && r.isCountry(c) {
			return c
		}
		return ""
	}
	return ""
}

// lowerCaseMention reports a mention written in lower-case words only
// ("the government", "finance ministry").
func lowerCaseMention(d *doc.Document, m *mention) bool {
	for k := m.s; k < m.e; k++ {
		if isCapitalised(tokenText(d, k)) {
			return false
		}
	}
	return true
}

// appositionEnds end an apposition where no comma does: "X, director of
// the Y department as quoted in the Z Daily".
var appositionEnds = map[string]bool{
	"said": true, "says": true, "told": true, "as": true, "according": true, "quoted": true, "who": true,
}

// weakTitleSector are the sectors an unknown person's honorific gives him
// ("Dr.", "Professor", "Dean": HLH, EDU) which an apposition naming his
// office overrides; a rank ("Colonel X, the DSP chief": MIL) is his own.
var weakTitleSector = map[string]bool{"": true, "HLH": true, "EDU": true}

// orgOfficerNouns are offices an apposition calls a person beside
// officerWords: "NBS head", "coordinator of ...", "corporate affairs
// manager".
var orgOfficerNouns = map[string]bool{
	"head": true, "chief": true, "coordinator": true, "manager": true, "chairman": true,
	"chairwoman": true, "president": true, "secretary": true, "secretary-general": true,
}

// lateNames gives an uncoded mention the code its name took after
// coreference: the passes after it (possessedOrgs: "Britain's Natural Law
// Party") code a name the acronyms and repeats had already copied uncoded
// ("NLP"), and the story's country fills a bare body ("the Ministry of
// Health", then "MOH"). An uncoded ORG mention whose actor's name is a
// coded mention's, or an acronym whose letters a coded organisation's name
// spells (initials with or without "of", "and"), takes that code when only
// one code has it; a mention linked to an antecedent (ante) that is now
// coded takes its actor. Before cameoCodes (Resolve).
func lateNames(d *doc.Document, ms []mention, changed map[int]bool) {
	if round20Off["lateNames"] {
		return
	}
	coded := func(a *doc.Actor) bool { return a != nil && (a.Code != "" || a.Country != "") }
	byName := map[string]*doc.Actor{}
	byLetters := map[string]*doc.Actor{}
	clash := map[string]bool{}
	note := func(tab map[string]*doc.Actor, key string, a *doc.Actor) {
		if key == "" || clash[key] {
			return
		}
		if p, ok := tab[key]; ok && (p.Code != a.Code || p.Country != a.Country || p.Sector != a.Sector) {
			clash[key] = true
			delete(tab, key)
			return
		}
		tab[key] = a
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.typ != "ORG" || !coded(m.actor) || m.location {
			continue
		}
		if !m.titleOnly {
			note(byName, "n:"+m.actor.Name, m.actor)
		}
		if m.e-m.s >= 2 {
			short, long := initials(d, m.s, m.e)
			note(byLetters, "l:"+short, m.actor)
			if long != short {
				note(byLetters, "l:"+long, m.actor)
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.location || m.privateModifier || m.actor != nil && coded(m.actor) {
			continue
		}
		if m.ante >= 0 && m.ante < i && changed[m.ante] && m.actor != nil && coded(ms[m.ante].actor) &&
			ms[m.ante].actor.Name == m.actor.Name {
			// a repeat or pronoun of a person the round coded late; not
			// of others: a link coreference left uncoded may be one it
			// doubted ("her" of a man)
			m.actor = unanchored(ms[m.ante].actor)
			mark(changed, i)
			continue
		}
		if m.pronoun || m.typ != "ORG" && m.typ != "MISC" {
			continue
		}
		if m.actor != nil && m.actor.Name != "" {
			if a, ok := byName["n:"+m.actor.Name]; ok {
				m.actor = unanchored(a)
				continue
			}
		}
		w := tokenText(d, m.s)
		if m.e-m.s != 1 || !isAcronym(w) {
			continue
		}
		if a, ok := byLetters["l:"+w]; ok {
			b := unanchored(a)
			if m.actor != nil {
				b.Name = a.Name
			}
			m.actor = b
			if m.typ == "MISC" {
				m.typ = "ORG"
			}
		}
	}
}

// oppositionBefore reports a party mention the text calls the opposition
// in words the recogniser left outside it (oppositionParties, coref_country.go,
// reads "the opposition X" and lists after "opposition parties"): "the
// opposition Croatian Social and Liberal Party" (the entity "Liberal
// Party"), "Spain's main political opposition, the right-wing Popular
// Party", "14 opposition political parties headed by Awami League". Back
// from the mention over capitalised words, "and", articles, adjectives and
// one comma to "opposition"; or over "headed by"/"led by" to "opposition
// (political) parties". A "ruling" or "governing" on the way ends it, and
// so does "of": "the opposition of the Refounded Communists" is their
// objection, not their standing.
func oppositionBefore(d *doc.Document, m *mention) bool {
	if round20Off["oppositionBefore"] {
		return false
	}
	sent := d.Tokens[m.s].Sentence
	t := m.s - 1
	if t >= 1 && tokenWord(d, t) == "by" && (tokenWord(d, t-1) == "headed" || tokenWord(d, t-1) == "led") {
		t -= 2
		if t >= 0 && (tokenWord(d, t) == "parties" || tokenWord(d, t) == "party") {
			t--
			if t >= 0 && tokenWord(d, t) == "political" {
				t--
			}
			return t >= 0 && d.Tokens[t].Sentence == sent && tokenWord(d, t) == "opposition"
		}
		return false
	}
	commas := 0
	for ; t >= 0 && t >= m.s-8 && d.Tokens[t].Sentence == sent; t-- {
		w := tokenText(d, t)
		lw := strings.ToLower(w)
		switch {
		case lw == "opposition":
			return true
		case lw == "ruling" || lw == "governing" || lw == "coalition":
			return false
		case w == ",":
			commas++
			if commas > 1 {
				return false
			}
		case isCapitalised(w) || lw == "and" || lw == "the" || lw == "main" || lw == "largest" ||
			d.Tokens[t].UPOS == "ADJ":
		default:
			return false
		}
	}
	return false
}

// oppositionOfficers gives a person coded as an officer of a party the
// story calls the opposition (oppositionParties' opp: the party's KB id or
// name → its country) the opposition's code when the party's name or
// acronym is a word of his mention: "The UNP spokesman X" after "the main
// opposition United National Party (UNP)". His pronouns follow (lateNames'
// chains do not: the person was coded before coreference; his cluster's
// mentions share his name and are recoded here too).
func oppositionOfficers(d *doc.Document, ms []mention, opp map[string]string) {
	if round20Off["oppositionOfficers"] {
		return
	}
	names := map[string]string{} // a party's word → its country
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || m.pronoun || m.typ != "ORG" || a.Sector != "OPP" {
			continue
		}
		c, ok := "", false
		if a.ID != "" {
			c, ok = opp[a.ID]
		}
		if !ok {
			c, ok = opp[a.Name]
		}
		if !ok {
			continue
		}
		for k := m.s; k < m.e; k++ {
			if w := tokenText(d, k); isAcronym(w) {
				names[w] = c // "UNP"
			}
		}
		if short, long := initials(d, m.s, m.e); short != "" {
			names[short], names[long] = c, c // "United National Party": UNP
		}
		if m.e+2 < len(d.Tokens) && tokenText(d, m.e) == "(" && tokenText(d, m.e+2) == ")" && isAcronym(tokenText(d, m.e+1)) {
			names[tokenText(d, m.e+1)] = c // "(UNP)"
		}
	}
	if len(names) == 0 {
		return
	}
	recoded := map[string]bool{} // person names recoded
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || m.pronoun || m.typ != "PER" || a.Sector != "PTY" {
			continue
		}
		from := m.s - 3 // "The UNP spokesman" may be a mention of its own before the name
		if st := d.Sentences[m.sent].TokenStart; from < st {
			from = st
		}
		for k := from; k < m.e; k++ {
			if c, ok := names[tokenText(d, k)]; ok && c == a.Country {
				recoded[a.Name] = true
				break
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || m.typ != "PER" || a.Sector != "PTY" || !recoded[a.Name] {
			continue
		}
		b := *a
		b.Sector, b.Code = "OPP", a.Country+"OPP"
		m.actor = &b
	}
}
