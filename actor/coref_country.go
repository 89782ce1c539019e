package actor

// The story's country for bare sector nouns. "Police said", "the rebels",
// "the government" name a group without saying whose; a CAMEO coder
// reading a story about one country codes them as that country's police,
// rebels or government. storyCountry does the same, and only then: when
// every mention with a country in the document names one and the same
// country and no international organisation (regions do not count). A
// story that names two countries, or a country and an organisation whose
// troops or officials the noun may mean ("ISAF troops ... the troops"),
// leaves the noun unresolved, as before, unless the noun names a body only
// a state has ("the authorities", "the police": nationalNouns). "party" is left alone (a bare
// "party" is as often a rave or a wedding as a political party), and so are
// the sectors of things more than groups (storySectors).

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// storySectors are the sectors whose bare nouns take the story's country:
// state bodies, armed groups, the opposition and ordinary people ("40
// people", "civilians", "refugees"). A bare "school", "company" or
// "hospital" is a place or a thing more often than a group that acts.
var storySectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "REB": true, "OPP": true, "JUD": true,
	"LEG": true, "CVL": true, "REF": true, "UAF": true,
}

// orgSectors are the sectors an international organisation has too (its
// troops, police missions, officials, assemblies and courts): a story that
// names one leaves their bare nouns unresolved. An organisation has no
// opposition, rebels, civilians or refugees of its own.
var orgSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "UAF": true, "LEG": true, "JUD": true}

// abroadTitles are the titles of people who serve abroad: in a story
// about several countries an ambassador is as often the guest country's
// ("Ambassador William Richardson" at the UN in a story about China).
var abroadTitles = map[string]bool{"ambassador": true, "envoy": true, "representative": true,
	"consul": true, "diplomat": true, "attache": true, "emissary": true, "coach": true}

// congressIsParty are the countries whose news calls a party "the
// Congress" (the Indian National Congress, the Nepali Congress) and its
// parliament something else.
// nationalNouns name bodies only a state has ("the authorities", "the
// government", "the police"): an international organisation named in the
// story ("The United Nations condemned the violence, and the authorities
// said …") has none of them, so the story's country still fills them.
var nationalNouns = map[string]bool{"authorities": true, "government": true, "regime": true,
	"ministry": true, "cabinet": true, "junta": true, "presidency": true, "parliament": true,
	"police": true, "policemen": true, "judiciary": true}

// nationalNoun reports a mention that is one of nationalNouns.
func nationalNoun(d *doc.Document, m *mention) bool {
	if m.e == m.s+2 {
		// "the Supreme Court": a state's highest courts (not "the
		// court", which may be an international one)
		w := strings.ToLower(d.Text[d.Tokens[m.s].Start:d.Tokens[m.s].End] + " " + d.Text[d.Tokens[m.s+1].Start:d.Tokens[m.s+1].End])
		return nationalCourts[w]
	}
	if m.e != m.s+1 {
		return false
	}
	return nationalNouns[strings.ToLower(d.Text[d.Tokens[m.s].Start:d.Tokens[m.s].End])]
}

// nationalCourts are the two-word names of a state's highest courts.
var nationalCourts = map[string]bool{"supreme court": true, "constitutional court": true, "high court": true}

var congressIsParty = map[string]bool{"IND": true, "NPL": true}

// storyCountry gives the unresolved bare sector nouns of ms, and the people
// named with a title that says no country, the country of a one-country
// document.
func (r *Resolver) storyCountry(d *doc.Document, ms []mention) {
	counts := map[string]int{}
	orgNamed := false
	for i := range ms {
		a := ms[i].actor
		if a == nil || a.Country == "" || a.Sector == "MED" {
			continue // the wire service ("(AFP)") or a paper quoted is not the story's country
		}
		if currencyCountry(d, &ms[i]) {
			continue // "25,000 U.S. dollars" (session26.go)
		}
		if foreignMission(d, &ms[i]) {
			// a mission abroad: the country it is in, where named, not
			// its own (actor/review22.go)
			if c := r.kb.missionHost(d, &ms[i]); c != "" && !ms[i].pronoun {
				counts[c]++
			}
			continue
		}
		if ci, ok := r.kb.codes[a.Country]; !ok || ci.kind != KindCountry {
			if ok && ci.kind == KindOrg && strings.HasPrefix(a.Code, "IGO") {
				// "ISAF troops ... troops": an international
				// organisation's men are no country's; its officials,
				// courts and assemblies neither (a private one, such as
				// Amnesty International, has none of these)
				orgNamed = true
			}
			continue
		}
		if !ms[i].pronoun {
			counts[a.Country]++
		}
	}
	country, peopleOnly := "", false
	switch len(counts) {
	case 0:
		return
	case 1:
		for c := range counts {
			country = c
		}
	default:
		// Two countries: a bare noun could be either's. A person with a
		// title that names no country ("Vice President Amina Osei") is the
		// country's the story is about, when it names one country at
		// least three times and twice as often as any other.
		top := dominantOf(counts)
		if top == "" {
			return
		}
		country, peopleOnly = top, true
	}
	// fills: a head of state or minister whose title names no country is
	// the story country's whether organisations are named or not (but
	// not an ambassador or envoy, who serves abroad)
	fills := func(m *mention, sector string) bool {
		person := m.typ == "PER" && !abroadTitles[m.head]
		if sector == "PTY" {
			// "party leader Ama Owusu": a person, unlike a bare "party"
			return person
		}
		if person && !peopleOnly && personStoryFills(m, sector) {
			// "businessman X", "Buddhist Master X" (round11.go)
			return true
		}
		return (storySectors[sector] || healthMinistry(d, m, sector)) && (!orgNamed || !orgSectors[sector] || person || nationalNoun(d, m))
	}
	bodies := map[string]bool{}                      // state bodies' names filled (stateBodyName)
	home := peopleOnly && r.datelineHome(d, country) // actor/lead33.go
	for i := range ms {
		m := &ms[i]
		if a := m.actor; a != nil {
			// "Foreign Ministry spokesman Liu Jianchao": a title without a
			// country before an unknown person, and the pronouns linked to him
			// (not a "captain": in news more often a team's than a ship's or an army's)
			if a.Code == "" && a.Country == "" && fills(m, a.Sector) && m.head != "captain" && (!peopleOnly || m.typ == "PER" && !abroadTitles[m.head]) {
				b := *a
				b.Country, b.Code = country, country+a.Sector
				if peopleOnly {
					if c := hostCountry(d, ms, i, country); c != "" {
						b.Country, b.Code = c, c+a.Sector // "X came to the Chinese capital and met vice foreign minister Y" (round17.go)
					}
				}
				m.actor = &b
			} else if a.Code == "" && a.Country == "" && a.Sector == "" && m.typ == "ORG" && partyName(d, m) {
				// "the Social Democratic Party", "the ruling Conservatives":
				// a party the KB does not know, in a story about one
				// country, or one named three times and twice as often as
				// any other (peopleOnly: on the first 600 bench-news
				// stories every such party was the dominant country's),
				// is that country's
				b := *a
				b.Country, b.Sector, b.Code = country, "PTY", country+"PTY"
				m.actor = &b
			} else if unknownActor(m) && outletName(d, m) {
				// "The Herald reported", "national newspaper Business
				// Day": an outlet the KB does not know, in a story about
				// one country, is that country's (session27.go)
				b := *a
				b.Country, b.Sector, b.Code = country, "MED", country+"MED"
				m.actor = &b
			} else if a.Code == "" && a.Country == "" && a.Sector == "" && (m.typ == "ORG" || m.typ == "LOC") && (stateBodyName(d, m) || bodies[a.Name]) {
				// "the National Elections Commission", "the State
				// Information Center": a state body the KB does not know,
				// named without its country, is the story country's (as a
				// party is), and so is its acronym bound to it ("NEC")
				b := *a
				b.Country, b.Sector, b.Code = country, "GOV", country+"GOV"
				m.actor, m.typ = &b, "ORG" // (the recogniser may take a "Center" for a place)
				bodies[a.Name] = true
			}
			continue
		}
		if peopleOnly && (!home || r.otherCountryIn(ms, m.sent, country)) || !m.titleOnly || !fills(m, m.sector) || m.typ != "ORG" {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if congressIsParty[country] && strings.EqualFold(d.Text[d.Tokens[m.e-1].Start:end], "congress") {
			continue // India's "the Congress" is the party, not parliament
		}
		m.actor = &doc.Actor{Name: d.Text[start:end], Country: country, Sector: m.sector,
			Code: country + m.sector}
	}
}

// partyPlurals are the plural names a party goes by ("the Conservatives",
// "the Greens"), written capitalised.
var partyPlurals = map[string]bool{"Conservatives": true, "Communists": true, "Greens": true,
	"Socialists": true, "Liberals": true, "Tories": true, "Gaullists": true, "Christian Democrats": true,
	"Social Democrats": true, "Free Democrats": true, "Liberal Democrats": true}

// partyName reports an organisation mention named as a political party:
// a name of two words or more ending in "Party", every word capitalised
// but "of", "and", "for", "the" (not a "Tea Party" or a "Garden Party"),
// or one of partyPlurals.
func partyName(d *doc.Document, m *mention) bool {
	text := d.Text[d.Tokens[m.s].Start:d.Tokens[m.e-1].End]
	if partyPlurals[text] {
		return true
	}
	if m.e-m.s < 2 || d.Text[d.Tokens[m.e-1].Start:d.Tokens[m.e-1].End] != "Party" ||
		socialParties[d.Text[d.Tokens[m.e-2].Start:d.Tokens[m.e-2].End]] {
		return false
	}
	for t := m.s; t < m.e; t++ {
		w := d.Text[d.Tokens[t].Start:d.Tokens[t].End]
		switch w {
		case "of", "and", "for", "the", "'s", "’s", "-":
			continue
		}
		if !isCapitalised(w) && !(w[0] >= '0' && w[0] <= '9') {
			return false
		}
	}
	return true
}

// socialParties are the words before "Party" that make a gathering, not a
// political party.
var socialParties = map[string]bool{"Tea": true, "Garden": true, "Christmas": true, "Birthday": true,
	"Dinner": true, "Launch": true, "Wedding": true, "Pool": true, "Block": true, "Search": true, "Working": true}

// stateBodyName reports an organisation mention named as a state body: a
// capitalised name whose head word says so ("Election Commission",
// "Ministry of Mines": orgNameSector's GOV heads), an electoral council or
// board ("National Electoral Council"), or a "State" body's office,
// centre or committee ("State Information Center"). A name that says it
// is international ("International", "European", "World", "Joint" ...) is
// none.
func stateBodyName(d *doc.Document, m *mention) bool {
	var words []string
	for t := m.s; t < m.e; t++ {
		w := d.Text[d.Tokens[t].Start:d.Tokens[t].End]
		switch w {
		case "of", "and", "for", "the", "on":
		default:
			if !isCapitalised(w) || notStateWords[w] {
				return false
			}
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return false
	}
	if orgNameSector(words) == "GOV" {
		return true
	}
	last := words[len(words)-1]
	switch {
	case (last == "Council" || last == "Board" || last == "Tribunal") && (slices.Contains(words, "Electoral") || slices.Contains(words, "Elections") || slices.Contains(words, "Election")):
		return true
	case words[0] == "State" && (last == "Center" || last == "Centre" || last == "Office" || last == "Committee"):
		return true
	}
	return false
}

// notStateWords are words that make a body's name no single state's.
var notStateWords = map[string]bool{"International": true, "European": true, "World": true, "Joint": true,
	"United": true, "Nations": true, "Regional": true, "African": true, "Asian": true, "Arab": true,
	"Islamic": true, "Global": true, "Inter-American": true, "Commonwealth": true}

// sentencePlaceSectors are the sectors whose bare nouns take the country
// of their sentence (sentenceCountry): the opposition, rebels and
// civilians, which no international organisation has and which are most
// often those of the place where they act. Not refugees: "the first
// refugees arrived in Italy" are Albania's (on the first 600 bench-news
// stories the place gave the wrong country to five of five).
var sentencePlaceSectors = map[string]bool{"OPP": true, "REB": true, "CVL": true}

// sentenceCountry gives a bare opposition, rebel or civilian noun
// that storyCountry left unresolved (a story of several countries) the
// country of its sentence, when every actor of the sentence with a country
// names the same one and one of them is a place after "in", "near" or the like
// ("Police in Nairobi arrested 12 opposition supporters" KENOPP). A
// sentence with no such place says nothing: "Kenyan diplomats met
// opposition supporters" may be abroad. Only plural nouns that are not a
// modifier (pluralGroup): "the international community", "terrorist
// plots", "a Jewish settlement" and "the insurgency" are no group of the
// place. Regions and organisations do not count; the press does not
// either (a paper quoted is not where the story happens).
func (r *Resolver) sentenceCountry(d *doc.Document, ms []mention) {
	type sentInfo struct {
		country string
		places  []int // the places' mentions, by index in ms
		mixed   bool
	}
	bySent := map[int]*sentInfo{}
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || a.Country == "" || m.pronoun || a.Sector == "MED" {
			continue
		}
		if ci, ok := r.kb.codes[a.Country]; !ok || ci.kind != KindCountry {
			continue
		}
		in := bySent[m.sent]
		if in == nil {
			in = &sentInfo{}
			bySent[m.sent] = in
		}
		if in.country != "" && in.country != a.Country {
			in.mixed = true
		}
		in.country = a.Country
		if m.typ == "GPE" && m.s > 0 && placePrepositions[strings.ToLower(d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.s-1].End])] {
			in.places = append(in.places, i)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.actor != nil || !m.titleOnly || m.typ != "ORG" || !sentencePlaceSectors[m.sector] || !pluralGroup(d, m) {
			continue
		}
		in := bySent[m.sent]
		if in == nil || in.mixed || !slices.ContainsFunc(in.places, func(p int) bool { return !placeOfConfinement(d, m, &ms[p]) }) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		m.actor = &doc.Actor{Name: d.Text[start:end], Country: in.country, Sector: m.sector,
			Code: in.country + m.sector}
	}
}

// confinementVerbs are the verbs whose place says where their patients
// are held, sent or caught, not where they come from: "peace activists
// held in Baghdad" may be foreigners, and so may workers "stranded in",
// troops "deployed in" or people "evacuated from" a country.
var confinementVerbs = map[string]bool{"hold": true, "detain": true, "arrest": true, "jail": true,
	"imprison": true, "intern": true, "kidnap": true, "abduct": true, "capture": true, "strand": true,
	"trap": true, "maroon": true, "deploy": true, "station": true, "base": true, "evacuate": true,
	"keep": true}

// placeOfConfinement reports a place whose name attaches to a verb of
// confinementVerbs of which the group is the patient: the verb modifies the
// group ("activists held in Baghdad", "workers who were stranded in
// Mogadishu") or has it as its object or passive subject ("four activists
// were detained in Baghdad"). The place of another actor of the sentence
// ("Police in Nairobi arrested opposition supporters") is not one.
func placeOfConfinement(d *doc.Document, group, place *mention) bool {
	// the words in a row, whatever the parse: "activists (were) held in X"
	if v := place.s - 2; v >= group.e && v-group.e <= 2 && confinementVerbs[strings.ToLower(d.Tokens[v].Lemma)] {
		between := true
		for t := group.e; t < v; t++ {
			between = between && (d.Tokens[t].UPOS == "AUX" || d.Tokens[t].UPOS == "ADV")
		}
		if between {
			return true
		}
	}
	h := mentionHead(d, place.s, place.e)
	if h < 0 {
		return false
	}
	v := d.Tokens[h].Head
	if v < 0 || v >= len(d.Tokens) || !confinementVerbs[strings.ToLower(d.Tokens[v].Lemma)] {
		return false
	}
	g := mentionHead(d, group.s, group.e)
	if g < 0 {
		return false
	}
	if d.Tokens[v].Head == g && strings.HasPrefix(d.Tokens[v].Deprel, "acl") {
		return true
	}
	if d.Tokens[g].Head == v {
		switch d.Tokens[g].Deprel {
		case "obj", "nsubj:pass":
			return true
		}
	}
	return false
}

// mentionHead is the token of tokens s..e whose head lies outside them
// (the phrase's head), or -1.
func mentionHead(d *doc.Document, s, e int) int {
	for t := e - 1; t >= s; t-- {
		if h := d.Tokens[t].Head; h < s || h >= e {
			return t
		}
	}
	return -1
}

// placePrepositions are the prepositions that make the name after them
// the place where something happens ("in Nairobi", not "of US corn").
var placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true,
	"inside": true, "across": true, "around": true, "throughout": true}

// pluralGroup reports a sector noun mention that names a group: its last
// word is a plural noun ("supporters", "rebels") or "people", and no noun
// follows it ("terrorist plots"), and it is not "the international
// community".
func pluralGroup(d *doc.Document, m *mention) bool {
	last := d.Tokens[m.e-1]
	w := strings.ToLower(d.Text[last.Start:last.End])
	if last.XPOS != "NNS" && last.XPOS != "NNPS" && w != "people" {
		return false
	}
	if m.e < len(d.Tokens) && d.Tokens[m.e].Sentence == last.Sentence && d.Tokens[m.e].UPOS == "NOUN" {
		return false
	}
	return !(m.s > 0 && strings.EqualFold(d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.s-1].End], "international"))
}

// oppositionParties makes a party the story calls the opposition once
// ("the opposition Awami League", "the opposition Social Democratic
// Party", "three opposition parties -- the A, the B and the C", "the A,
// the largest opposition party") the opposition in all its mentions: the party's other mentions,
// its short names and pronouns bound to it. A party's rows say nothing of
// where it stood at a date, the text does (docs/KB.md rule 6); a party of
// the same story not so called stays a party.
func (r *Resolver) oppositionParties(d *doc.Document, ms []mention) {
	key := func(a *doc.Actor) string {
		if a.ID != "" {
			return a.ID
		}
		return a.Name
	}
	opp := map[string]string{} // party → its country
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || m.pronoun || m.titleOnly || m.typ != "ORG" || a.Country == "" || key(a) == "" {
			continue
		}
		switch {
		case a.Sector == "OPP" && (a.ID != "" || partyName(d, m)):
			opp[key(a)] = a.Country
		case a.Sector == "PTY" && m.s > 0 && strings.EqualFold(d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.s-1].End], "opposition"):
			opp[key(a)] = a.Country
		case a.Sector == "PTY" && (afterOppositionParties(d, m) || oppositionApposition(d, m)):
			opp[key(a)] = a.Country
		case a.Sector == "PTY" && oppositionBefore(d, m): // round20.go
			opp[key(a)] = a.Country
		}
	}
	if len(opp) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if a := m.actor; a != nil && a.Sector == "PTY" && key(a) != "" && opp[key(a)] == a.Country {
			b := *a
			b.Sector, b.Code = "OPP", a.Country+"OPP"
			m.actor = &b
		}
	}
	oppositionOfficers(d, ms, opp) // round20.go
}

// tokenWord is the text of token t, lower-cased.
func tokenWord(d *doc.Document, t int) string {
	return strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End])
}

// afterOppositionParties reports a party mention listed after "opposition
// parties" or "opposition party" in its sentence, with only names,
// articles, conjunctions and punctuation between ("three opposition
// parties -- the Democratic Action, the Project Venezuela and the Social
// Christian Party, or Copei"). Another "party" between ("the opposition
// party X and the ruling party Y") ends the list.
func afterOppositionParties(d *doc.Document, m *mention) bool {
	sent := d.Tokens[m.s].Sentence
	for t := m.s - 1; t >= 0 && t >= m.s-20 && d.Tokens[t].Sentence == sent; t-- {
		switch d.Text[d.Tokens[t].Start:d.Tokens[t].End] {
		case "party", "parties": // lower case: not a name's "Party"
			p := t - 1
			if p >= 0 && tokenWord(d, p) == "political" {
				p--
			}
			return p >= 0 && d.Tokens[p].Sentence == sent && tokenWord(d, p) == "opposition"
		}
		switch d.Tokens[t].UPOS {
		case "PUNCT", "DET", "CCONJ", "PROPN", "NOUN", "ADJ", "NUM":
		default:
			return false
		}
	}
	return false
}

// oppositionApposition reports a party mention followed by an apposition
// that calls it the opposition: "X, the largest opposition party", "X, the
// main opposition party".
func oppositionApposition(d *doc.Document, m *mention) bool {
	t := m.e
	if t+3 >= len(d.Tokens) || tokenWord(d, t) != "," || d.Tokens[t+1].UPOS != "DET" {
		return false
	}
	for t += 2; t < len(d.Tokens) && t < m.e+6 && d.Tokens[t].UPOS == "ADJ"; t++ {
	}
	return t+1 < len(d.Tokens) && tokenWord(d, t) == "opposition" && (tokenWord(d, t+1) == "party" || tokenWord(d, t+1) == "parties")
}

// sectorWindow is how many sentences back sectorCountry looks for a body
// of the same sector.
const sectorWindow = 4

// sectorCountry gives a titled person whose title names a sector but no
// country ("Judge X", "Staff Sergeant X", "Colonel X", left so by
// storyCountry in a story of several countries) the country of the
// nearest state actor of that sector named before him, within the last
// few sentences, when no other country is named between them: "Serbia's
// war crimes court … Judge X" is Serbia's judge, "US Marines … Staff
// Sergeant X" an American soldier. The surnames and
// pronouns bound to him follow. Only people (a bare sector noun stays as
// storyCountry leaves it), and only the sectors of state bodies and
// armed forces whose members bear such titles.
func (r *Resolver) sectorCountry(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || a.Code != "" || a.Country != "" || !sectorTitleSectors[a.Sector] || m.typ != "PER" {
			continue
		}
		if j := m.ante; j >= 0 && j < i {
			// a surname or pronoun bound to a person filled above
			if b := ms[j].actor; b != nil && b.Code != "" && b.Sector == a.Sector {
				c := *b
				m.actor = &c
			}
			continue
		}
		if m.pronoun || m.titleOnly {
			continue
		}
		if k, ok := ownApposition(d, ms, i); ok {
			// his own words win: "Colonel X, the Albanian police chief"
			// is Albania's, whatever body stood before him; one with no
			// country ("a rebel commander") leaves him as he is
			if b := ms[k].actor; b.Code != "" && r.isCountry(b.Country) {
				c := *a
				c.Country, c.Code = b.Country, b.Code
				if b.Sector != "" {
					c.Sector = b.Sector
				} else {
					// "X, of an Italian paratroop unit": the country
					// only, his title's sector stays
					c.Code = b.Country + a.Sector
				}
				m.actor = &c
			}
			continue
		}
		others := map[string]bool{} // countries named between
		for j := i - 1; j >= 0 && m.sent-ms[j].sent <= sectorWindow; j-- {
			b := ms[j].actor
			if b == nil || ms[j].pronoun {
				continue
			}
			if !r.isCountry(b.Country) {
				continue
			}
			if b.Sector != a.Sector || b.Code != b.Country+b.Sector {
				others[b.Country] = true
				continue
			}
			if (len(others) == 0 || len(others) == 1 && others[b.Country]) && !r.forcesOfTwo(ms, i, j) {
				// not across another country ("Chinese warships … the
				// Philippines … armed forces chief General X")
				c := *a
				c.Country, c.Code = b.Country, b.Country+a.Sector
				m.actor = &c
			}
			break
		}
	}
}

// sectorTitleSectors are the sectors of the titles sectorCountry reads.
var sectorTitleSectors = map[string]bool{"MIL": true, "COP": true, "JUD": true}

// isCountry reports whether code is a country's (not a region's or an
// organisation's).
func (r *Resolver) isCountry(code string) bool {
	ci, ok := r.kb.codes[code]
	return ok && ci.kind == KindCountry
}

// forcesOfTwo reports whether the window of sectorCountry before the
// titled person at i holds, besides the body at j, armed forces or police
// of another country: "British troops handed the base to Iraqi forces.
// Major General X said …" may be either's officer, so he is left
// uncoded. Military and police count as one kind here (a gendarmerie,
// paratroopers).
func (r *Resolver) forcesOfTwo(ms []mention, i, j int) bool {
	force := func(s string) bool { return s == "MIL" || s == "COP" }
	country := ms[j].actor.Country
	for k := i - 1; k >= 0 && ms[i].sent-ms[k].sent <= sectorWindow; k-- {
		b := ms[k].actor
		if b == nil || ms[k].pronoun || b.Country == country || !r.isCountry(b.Country) {
			continue
		}
		if b.Code == b.Country+b.Sector && (b.Sector == ms[j].actor.Sector || force(b.Sector) && force(ms[j].actor.Sector)) {
			return true
		}
	}
	return false
}

// ownApposition finds the mention in apposition to the person at i ("X,
// the Albanian police chief of the town"): the next mention, in the same
// sentence, after a comma and at most two words (an article, an
// adjective), with an actor.
func ownApposition(d *doc.Document, ms []mention, i int) (int, bool) {
	m := &ms[i]
	k := i + 1
	if k >= len(ms) || ms[k].sent != m.sent || ms[k].actor == nil || ms[k].pronoun || m.e >= len(d.Tokens) || tokenWord(d, m.e) != "," {
		return 0, false
	}
	if ms[k].s < m.e+1 || ms[k].s > m.e+3 {
		return 0, false
	}
	for t := m.e + 1; t < ms[k].s; t++ {
		if w := tokenWord(d, t); w == "," || w == "and" || w == "said" || d.Tokens[t].UPOS == "VERB" {
			return 0, false
		}
	}
	return k, true
}

// dominantOf returns the country counted at least three times and twice as
// often as any other (ties between the most counted broken by code order),
// or "" when none is.
func dominantOf(counts map[string]int) string {
	top, second := "", 0
	for c, n := range counts {
		if top == "" || n > counts[top] || n == counts[top] && c < top {
			top = c
		}
	}
	for c, n := range counts {
		if c != top && n > second {
			second = n
		}
	}
	if counts[top] < 3 || counts[top] < 2*second {
		return ""
	}
	return top
}
