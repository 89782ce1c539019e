package actor

// Session 29, actor round 17 (docs/KB.md, "Session 29 (actor round 17)"):
// the actors of events the coder found whose actor was missing or another
// one in the development sets realnews-dev2..22.

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round17Off switches a rule of the round off by name (tests only: each
// rule's test checks that it fails with the rule off).
var round17Off = map[string]bool{}

// round17 runs the round's rules that come before coreference, after
// round16, so that the names and pronouns linked later follow.
func (r *Resolver) round17(d *doc.Document, ms []mention) {
	if !round17Off["rankedTitles"] {
		rankedTitles(d, ms)
	}
	if !round17Off["roleNounPeoples"] {
		r.roleNounPeoples(d, ms)
	}
	if !round17Off["chainedOrgAppositions"] {
		chainedOrgAppositions(d, ms)
	}
	if !round17Off["apposedCountryTitles"] {
		r.apposedCountryTitles(d, ms)
	}
	if !round17Off["apposedModifiedTitles"] {
		apposedModifiedTitles(d, ms)
	}
}

// round17Acronyms runs the round's rules that need the story's acronyms
// bound (bindAcronyms: "NDP" after "New Democratic Party (NDP)").
func (r *Resolver) round17Acronyms(d *doc.Document, ms []mention) {
	if !round17Off["orgTitledPeople"] {
		r.orgTitledPeople(d, ms)
	}
}

// titleRanks are the words that rank a title and that the recogniser leaves
// out of the person's name after a country word: "U.S. Assistant Secretary
// of State X" is read as "U.S." and "Secretary of State X", "Chinese Vice
// Premier X" as "Chinese" and "Premier X".
var titleRanks = map[string]bool{
	"assistant": true, "deputy": true, "vice": true, "under": true, "acting": true, "senior": true,
	"associate": true, "principal": true, "first": true, "top": true, "chief": true, "interim": true,
}

// rankedTitles joins a country word to the titled person the recogniser
// split it from by a title's rank ("U.S. Assistant Secretary of State X",
// "Chinese Vice Premier X"; gap of one to three rank words) or by the
// title's own words ("U.S. Trade Representative X", capitalised words the
// person's mention left out). The person without a country takes the
// country word's; the country word, a modifier inside the person's noun
// phrase, joins the person's mention, so that an event codes the person
// and not the country ("U.S. Trade Representative X and Russian Minister Y
// signed": USAGOV, not USA). A possessive country word joins only through
// rank words or at once ("South Korea's Deputy Prime Minister X").
func rankedTitles(d *doc.Document, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		g, p := &ms[i], &ms[i+1]
		if g.pronoun || (g.typ != "GPE" && g.typ != "NORP") || g.actor == nil || g.actor.Country == "" ||
			g.actor.Sector != "" || g.actor.Code != g.actor.Country || g.location {
			continue
		}
		if p.pronoun || p.typ != "PER" || p.titleOnly || p.nameless || p.sent != g.sent || p.actor == nil ||
			p.actor.Sector == "" || p.actor.Sector == "ELI" || p.actor.Country != "" && p.actor.Country != g.actor.Country {
			continue
		}
		t := g.e
		if t < p.s && possessiveToken(d, t) {
			t++
		}
		ranks, caps := 0, 0
		for ; t < p.s; t++ {
			w := tokenText(d, t)
			switch {
			case titleRanks[strings.ToLower(w)] && isCapitalised(w) || titleRanks[w] && isLowerWord(tokenText(d, p.s)):
				// a lower-case rank before a lower-case title only
				// ("Chinese vice foreign minister X", not "Germany under
				// Merkel")
				ranks++
			case isCapitalised(w) && len(w) > 1 && !isAcronym(w):
				caps++
			default:
				t = p.s + 1 // another word: no title between
			}
		}
		if t != p.s || ranks+caps > 3 {
			continue
		}
		if caps > 0 && (ranks > 0 || possessiveToken(d, g.e) || p.actor.Country == "") {
			// the title's words outside the person's mention: only a
			// person the KB or the title already placed in that country
			continue
		}
		if ranks+caps == 0 && p.actor.Country != "" {
			continue // "U.S. President X" read as two mentions: the recogniser's split, left as it was
		}
		if p.actor.Country == "" {
			pa := *p.actor
			pa.Country = g.actor.Country
			if pa.Code == "" || pa.Code == pa.Sector {
				pa.Code = pa.Country + pa.Sector
			}
			p.actor = &pa
		}
		// one mention, as the recogniser reads "U.S. Secretary of State X"
		p.s, g.actor = g.s, nil
	}
}

// officeNouns are the nouns of people in a state's offices that
// roleNounPeoples gives their sector (the KB's: "officials" GOV,
// "legislator" LEG). Other sector nouns after an adjective leave it the
// country's, as the golds code it: "Italian manufacturing industry",
// "largely British foot soldiers" (of a rebel group), "the Fijian hillside
// village".
var officeNouns = map[string]bool{
	"official": true, "officials": true, "minister": true, "ministers": true, "legislator": true,
	"legislators": true, "lawmaker": true, "lawmakers": true, "parliamentarians": true,
	"diplomat": true, "diplomats": true, "negotiators": true, "authorities": true,
}

// roleNounSkip are the coordinators inside the words before the noun.
var roleNounSkip = map[string]bool{"and": true, "or": true}

// roleNounPeoples gives a country adjective followed by a role noun the
// recogniser left outside its mention the noun's sector: "Chinese and
// Senegalese health experts and officials" (the officials: GOV), "Chinese
// top legislator" (LEG). Up to three lower-case nouns or adjectives may
// stand before the role noun ("health experts and"), which is the last word
// of the noun phrase (no noun follows: "Chinese police station" is no
// police) and is one of officeNouns. The adjectives coordinated before the
// first take the sector too (shareTitles, which runs after).
func (r *Resolver) roleNounPeoples(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.typ != "NORP" || m.actor == nil || m.actor.Country == "" || m.actor.Sector != "" ||
			m.actor.Code != m.actor.Country {
			continue
		}
		si := d.Tokens[m.s].Sentence
		end := d.Sentences[si].TokenEnd
		bare := -1 // a bare sector noun's mention ("officials"), which may be the noun
		for j := i + 1; j < len(ms) && ms[j].s < end; j++ {
			n := &ms[j]
			if n.titleOnly && n.actor == nil && !n.pronoun && n.e == n.s+1 && bare < 0 {
				bare = n.s
				continue
			}
			end = n.s // the words up to the next mention
			break
		}
		noun := -1
		for t := m.e; t < end && t < m.e+5; t++ {
			w := tokenText(d, t)
			u := d.Tokens[t].UPOS
			if !isLowerWord(w) || !(u == "NOUN" || u == "ADJ" || roleNounSkip[w] && t > m.e) {
				break
			}
			if u == "NOUN" {
				noun = t
			}
		}
		if noun < 0 || noun+1 < len(d.Tokens) && d.Tokens[noun+1].Sentence == si &&
			(d.Tokens[noun+1].UPOS == "NOUN" || d.Tokens[noun+1].UPOS == "PROPN") {
			continue
		}
		if roleNounSkip[tokenText(d, noun-1)] && noun-1 == m.e || bare >= 0 && bare != noun {
			continue // a bare sector noun before the last ("Russian gas ministry officials"): not one office's
		}
		sector := r.sectorNoun(d, tokenText(d, noun))
		if sector == "" || !officeNouns[tokenText(d, noun)] {
			continue
		}
		a := *m.actor
		a.Sector, a.Code, a.ID = sector, a.Country+sector, ""
		m.actor = &a
		m.typ = "ORG"
		if d.Tokens[noun].XPOS == "NN" {
			m.typ = "PER" // "top legislator": one person
		}
	}
}

// sectorNoun is the sector of a KB sector noun or title written as w
// ("officials" → GOV, "legislator" → LEG), "" for none.
func (r *Resolver) sectorNoun(d *doc.Document, w string) string {
	for _, mt := range r.kb.Lookup(w, d.Date) {
		if (mt.Kind == KindSector || mt.Kind == KindTitle) && mt.Actor.Sector != "" && mt.Actor.Country == "" {
			return mt.Actor.Sector
		}
	}
	return ""
}

// chainHeads are the heads of an apposition that names a person by his post
// in a body of an organisation: orgHeadWords and a commander's.
var chainHeads = map[string]bool{"commander": true, "deputy commander": true, "commander-in-chief": true}

// chainedOrgAppositions gives a person the KB cannot place (or knows only
// as an elite) the code of the organisation an apposition after his name
// makes him an officer of through the bodies between: "X, vice-chairman of
// the Standing Committee of China's National People's Congress (NPC),"
// (CHNLEG), "X, commander of the South China Sea fleet of the Navy of the
// People's Liberation Army." (CHNMIL), "X, chairman of Pakistan's joint
// chiefs of staff committee," (PAKMIL). The apposition is a head word
// (orgHeadWords, "commander"), "of" or "for", up to twelve words of bodies
// joined by "of", and the last coded organisation, which the apposition's
// end follows at once or after its bracketed acronym or one or two
// lower-case nouns ("committee"). orgAppositions (resolve_orghead.go) has
// taken the appositions whose organisation follows the head at once.
func chainedOrgAppositions(d *doc.Document, ms []mention) {
	for i := range ms {
		p := &ms[i]
		if p.typ != "PER" || p.actor == nil || p.explicit || p.pronoun || p.officer || p.titleOnly ||
			p.actor.Code != "" && p.actor.Sector != "ELI" {
			continue
		}
		si := d.Tokens[p.s].Sentence
		end := d.Sentences[si].TokenEnd
		t := p.e
		if t+2 >= end || tokenText(d, t) != "," {
			continue
		}
		t++
		if articleWord(tokenText(d, t)) {
			t++
		}
		if t < end && orgHeadRanks[strings.ToLower(tokenText(d, t))] {
			t++
		}
		n := 0
		if t+1 < end && (orgHeadWords[strings.ToLower(tokenText(d, t)+" "+tokenText(d, t+1))] ||
			chainHeads[strings.ToLower(tokenText(d, t)+" "+tokenText(d, t+1))]) {
			n = 2
		} else if t < end && (orgHeadWords[strings.ToLower(tokenText(d, t))] || chainHeads[strings.ToLower(tokenText(d, t))]) {
			n = 1
		}
		if n == 0 || t+n >= end || !orgHeadPreps[tokenText(d, t+n)] {
			continue
		}
		from := t + n + 1
		// the last coded organisation whose end closes the apposition
		var org *mention
		for j := i + 1; j < len(ms) && ms[j].s < end; j++ {
			o := &ms[j]
			if o.s < from {
				continue
			}
			if o.s-from > 12 {
				break
			}
			if !orgHead(o) {
				continue
			}
			if !chainWords(d, from, o.s) {
				break
			}
			e := o.e
			if e+2 < end && tokenText(d, e) == "(" && tokenText(d, e+2) == ")" {
				e += 3
			}
			for k := 0; k < 2 && e < end && isLowerWord(tokenText(d, e)) && d.Tokens[e].UPOS == "NOUN"; k++ {
				e++
			}
			if e < end && closesApposition(tokenText(d, e)) || e == end {
				org = o
			}
		}
		if org == nil || p.actor.Code != "" && org.actor.Sector == "PTY" {
			continue
		}
		pa := *p.actor
		pa.Country, pa.Sector, pa.Code = org.actor.Country, org.actor.Sector, org.actor.Code
		p.actor, p.explicit, p.officer = &pa, true, true
	}
}

// chainWords reports whether tokens [s, e) are bodies joined by "of" that
// end with "of" or "of the" before the organisation: words and "the" or
// "'s", no punctuation and no verb.
func chainWords(d *doc.Document, s, e int) bool {
	if s == e {
		return true
	}
	last := e - 1
	if strings.EqualFold(tokenText(d, last), "the") {
		last--
	}
	if last < s || tokenText(d, last) != "of" {
		return false
	}
	for t := s; t < e; t++ {
		w := tokenText(d, t)
		switch d.Tokens[t].UPOS {
		case "PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ":
			return false
		}
		if w == "," {
			return false
		}
	}
	return true
}

// possessiveInName reports a possessive "'s" inside a name's capitalised
// tail, between two of its words (token t, the name starting at s): "the
// Cambodian People's Party" spells CPP through it, as initialsOf reads it,
// so that the story's "(CPP)" is the party and not the KB's Philippine
// rebels.
func possessiveInName(d *doc.Document, t, s int) bool {
	return !round17Off["possessiveInName"] && t > s && possessiveToken(d, t) && isCapitalised(tokenText(d, t-1))
}

// hostCountry is the country a person whose title names none serves in a
// story of several countries, when his sentence says it otherwise than the
// story's main country (top, storyCountry's): the sentence names a person
// of top and, before the person, by its name, capital or people's word,
// exactly one other country, as a visitor and his host ("X came to the
// Chinese capital and met with vice foreign minister Y": the visitor's
// country is the story's, the host's the minister's). "" when the sentence
// names no person of top, top by its word ("by the tomb of the Jewish
// state's first prime minister, X, the premier said that Israel must be
// ready for more pullouts from the West Bank"), another country after the
// person or two of them, or a person or body of another country (whose
// code may be the KB's wrong reading: "TMC leader X" with the KB's Sri
// Lankan TMC in a story about India); the wire service and papers quoted
// count for none.
func hostCountry(d *doc.Document, ms []mention, i int, top string) string {
	if round17Off["hostCountry"] {
		return ""
	}
	m := &ms[i]
	if m.typ != "PER" || m.pronoun {
		return ""
	}
	seenTop, other := false, ""
	for j := range ms {
		n := &ms[j]
		if j == i || n.sent != m.sent || n.actor == nil || n.actor.Country == "" || n.actor.Sector == "MED" {
			continue
		}
		word := (n.typ == "GPE" || n.typ == "NORP") && n.actor.Sector == "" // a country's, its capital's or people's name
		switch c := n.actor.Country; {
		case c == top && word:
			return "" // the story's country named by its word too: no host's sentence
		case c == top:
			seenTop = seenTop || n.typ == "PER"
		case !word || n.s > m.s:
			return "" // a third country's person or body
		case other == "" || other == c:
			other = c
		default:
			return ""
		}
	}
	if !seenTop {
		return ""
	}
	return other
}

// apposedCountryTitles gives a person the KB cannot place the country of
// the country word that begins the title set beside his name and the
// title's sector, where the recogniser read the country word alone and the
// lower-case title as no mention: "X, U.S. assistant secretary of state,
// said" (USAGOV; rank words before the KB's title: titleRanks). The
// country word and the title become one title mention with the person's
// actor, as the recogniser reads "X, the U.S. envoy,".
func (r *Resolver) apposedCountryTitles(d *doc.Document, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		p, g := &ms[i], &ms[i+1]
		if p.typ != "PER" || p.pronoun || p.titleOnly || p.explicit || !unknownActor(p) ||
			g.pronoun || (g.typ != "GPE" && g.typ != "NORP") || g.actor == nil || g.actor.Country == "" ||
			g.actor.Sector != "" || g.actor.Code != g.actor.Country || g.sent != p.sent {
			continue
		}
		end := d.Sentences[d.Tokens[p.s].Sentence].TokenEnd
		t := p.e
		if t >= end || tokenText(d, t) != "," {
			continue
		}
		t++
		if t < end && articleWord(tokenText(d, t)) {
			t++
		}
		if t != g.s {
			continue
		}
		t = g.e
		if t < end && possessiveToken(d, t) {
			t++
		}
		for t < end && titleRanks[tokenText(d, t)] {
			t++
		}
		from := t
		for t < end && t-from < 5 && (isLowerWord(tokenText(d, t)) || tokenText(d, t) == "of" && t > from) {
			t++
		}
		if t == from || t >= end || !closesApposition(tokenText(d, t)) {
			continue
		}
		// the following mentions must not start inside the title
		if i+2 < len(ms) && ms[i+2].s < t && !(ms[i+2].titleOnly && ms[i+2].actor == nil) {
			continue
		}
		words := make([]string, 0, t-from)
		for k := from; k < t; k++ {
			words = append(words, tokenText(d, k))
		}
		sector := ""
		for _, mt := range r.kb.Lookup(strings.Join(words, " "), d.Date) {
			if mt.Kind == KindTitle && mt.Actor.Sector != "" && mt.Actor.Country == "" {
				sector = mt.Actor.Sector
				break
			}
		}
		if sector == "" || sector == "IGO" {
			continue
		}
		pa := *p.actor
		pa.Country, pa.Sector, pa.Code = g.actor.Country, sector, g.actor.Country+sector
		p.actor, p.explicit = &pa, true
		// the country word and the title: one title mention beside the
		// name, as the recogniser reads "X, the U.S. envoy,"
		ga := pa
		ga.Mention = nil
		g.actor, g.typ, g.e, g.nameless = &ga, "PER", t, true
		for j := i + 2; j < len(ms) && ms[j].s < t; j++ {
			// the bare title inside ("secretary of state"): no anaphor
			// of its own
			ms[j].titleOnly, ms[j].head, ms[j].actor = false, "", nil
		}
	}
}

// titleModifiers may stand between an apposition's article and a title
// that names its country: "X, the visiting United States deputy secretary
// of state,".
var titleModifiers = map[string]bool{"visiting": true, "new": true, "incoming": true, "current": true}

// apposedModifiedTitles gives a person the KB cannot place the actor of a
// country's title set beside his name after a modifier ("X, the visiting
// United States deputy secretary of state for the western hemisphere,
// who"), which appositions (resolve.go) leaves for the word between
// (it takes "X, the Y," only). The title must name its country, carry
// a sector other than an elite's and be followed by the apposition's end,
// a relative "who" or a preposition of its portfolio ("for", "of").
func apposedModifiedTitles(d *doc.Document, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		p, title := &ms[i], &ms[i+1]
		if p.typ != "PER" || p.pronoun || p.titleOnly || p.explicit || !unknownActor(p) || title.sent != p.sent ||
			title.typ != "PER" || !title.nameless || title.actor == nil || title.actor.Country == "" ||
			title.actor.Sector == "" || title.actor.Sector == "ELI" || title.former {
			continue
		}
		end := d.Sentences[d.Tokens[p.s].Sentence].TokenEnd
		t := p.e
		if t+2 >= end || tokenText(d, t) != "," || !articleWord(tokenText(d, t+1)) || !titleModifiers[tokenText(d, t+2)] || t+3 != title.s {
			continue
		}
		if e := title.e; e < end && !closesApposition(tokenText(d, e)) && !orgHeadPreps[tokenText(d, e)] && tokenText(d, e) != "who" {
			continue
		}
		pa := *p.actor
		pa.Country, pa.Sector, pa.Code = title.actor.Country, title.actor.Sector, title.actor.Code
		p.actor, p.explicit = &pa, true
		p.title, p.head = title.title, title.head
	}
}

// orgTitleWords are the officer's titles between an organisation's name and
// a person's ("NDP Leader X", "PPP Secretary General X", "Hamas chief X").
var orgTitleWords = map[string]bool{
	"leader": true, "chief": true, "head": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"president": true, "secretary": true, "general": true, "secretary-general": true, "deputy": true,
	"vice": true, "spokesman": true, "spokeswoman": true, "executive": true, "director": true,
	"director-general": true, "commander": true,
}

// orgTitledPeople gives a person the KB cannot place, named after a
// national organisation's name and an officer's title, the organisation's
// code: "NDP Leader X" (CANPTY), "PPP Secretary General X" (IDNPTY), where
// the recogniser made the organisation and the person two mentions and the
// title placed him in no country or body. The title's words (one to three
// of orgTitleWords) may stand between the two mentions or begin the
// person's. The story must name the organisation's country by its name or
// people's word: an acronym the KB reads as another country's body ("TMC
// leader X" in a story about India, the KB's TMC a Sri Lankan group) lends
// nothing. orgTitleOfficer (round12.go) takes international bodies' officers.
func (r *Resolver) orgTitledPeople(d *doc.Document, ms []mention) {
	// the person's mention may come anywhere in ms: orgNameOfficer
	// (round12.go) appends the organisation it split off his name
	at := map[int]int{}          // first token → mention
	named := map[string]string{} // the countries the story names by their words → a code it names them in ("" several)
	for j := range ms {
		if m := &ms[j]; m.typ == "PER" && !m.pronoun && !m.titleOnly {
			at[m.s] = j
		} else if m.actor != nil && m.actor.Country != "" && !m.pronoun &&
			((m.typ == "GPE" || m.typ == "NORP") && m.actor.Sector == "" || m.placed) { // "Canada", "Canada's opposition"
			if c, ok := named[m.actor.Country]; !ok || c == m.actor.Code {
				named[m.actor.Country] = m.actor.Code
			} else {
				named[m.actor.Country] = ""
			}
		}
	}
	for i := range ms {
		o := &ms[i]
		if o.typ != "ORG" || o.pronoun || o.titleOnly || o.actor == nil || o.actor.Code == "" || o.actor.Country == "" ||
			o.actor.Sector == "" || o.actor.Sector == "MED" {
			continue
		}
		if ci, ok := r.kb.codes[o.actor.Country]; !ok || ci.kind != KindCountry {
			continue // an international body's officer: orgTitleOfficer's
		}
		if c, ok := named[o.actor.Country]; !ok || c == o.actor.Code {
			continue // the KB's reading of a name in a story about another country ("TMC" in India's news is no Sri Lankan group)
		}
		var p *mention
		for k := o.e; k <= o.e+3 && p == nil; k++ {
			if j, ok := at[k]; ok && ms[j].sent == o.sent {
				p = &ms[j]
			}
		}
		if p == nil || p.actor == nil || p.actor.Code != "" || p.actor.Country != "" || p.actor.ID != "" {
			continue
		}
		t, n := o.e, 0
		for ; t < p.e-1 && orgTitleWords[strings.ToLower(tokenText(d, t))]; t++ {
			n++
		}
		if n == 0 || n > 3 || t < p.s || possessiveToken(d, o.e) {
			continue
		}
		pa := *p.actor
		pa.Country, pa.Sector, pa.Code = o.actor.Country, o.actor.Sector, o.actor.Code
		if strings.HasPrefix(pa.Code, pa.Country) {
			pa.Sector = pa.Code[len(pa.Country):]
		}
		p.actor, p.officer, p.explicit = &pa, true, true
	}
}
