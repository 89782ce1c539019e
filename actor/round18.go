package actor

// Session 31, actor round 18 (docs/KB.md, "Session 31 (actor round 18)").

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round18Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round18Off = map[string]bool{}

// round18 runs the round's rules that come before coreference, after
// round17 and namedOutlets, so that the names, acronyms and pronouns
// linked later follow.
func (r *Resolver) round18(d *doc.Document, ms []mention) {
	if !round18Off["splitPlaceName"] {
		r.splitPlaceName(d, ms)
	}
	if !round18Off["placeNamedCompanies"] {
		r.placeNamedCompanies(d, ms)
	}
	if !round18Off["introducedOutlet"] {
		r.introducedOutlets(d, ms)
	}
	countryCompanyDescriptors(d, ms)
	r.basedCompanies(d, ms)
	r.basedKnownOutlets(d, ms) // "Seoul-based MBC" (lead36.go)
	foreignFormerGroups(d, ms)
}

// companyPlace is the country of the place name a company's or outlet's
// name may hold: a country's name, a capital or a city the KB places
// (placeCountry, everyday19.go), or a country's people's word ("Thai"),
// "" if none or several.
func (r *Resolver) companyPlace(text, date string) string {
	if c := r.placeCountry(text); c != "" {
		return c
	}
	for _, mt := range r.kb.Lookup(text, date) {
		if mt.Kind != KindNationality || mt.Ambiguous {
			return ""
		}
		if c := mt.Actor.Country; c != "" && r.isCountry(c) {
			return c
		}
		return ""
	}
	return ""
}

// countryName reports whether the KB reads text first as a country's name.
func (r *Resolver) countryName(text, date string) bool {
	for _, mt := range r.kb.Lookup(text, date) {
		return mt.Kind == KindCountry
	}
	return false
}

// bankNotBusiness are words that make a bank's name a state's (a central
// bank the KB lacks) rather than a company's.
var bankNotBusiness = map[string]bool{"Central": true, "Reserve": true, "World": true}

// centralBankWord reports "central" or "reserve" before "Bank of X".
func centralBankWord(w string) bool {
	w = strings.ToLower(w)
	return w == "central" || w == "reserve"
}

// placeCompanyEnd reports whether the name's last word (at token k) ends a
// company's name: a company's word or noun ("Corp", "Company", "Airlines"),
// "Group" after a trade ("Nuclear Industry Group"), or "Bank".
func placeCompanyEnd(d *doc.Document, s, k int) bool {
	w := tokenText(d, k)
	if companyWords[w] || companyNameNouns[w] || w == "Bank" {
		for t := s; t < k; t++ {
			x := tokenText(d, t)
			if companyNotBusiness[x] || w == "Bank" && bankNotBusiness[x] {
				return false
			}
		}
		return true
	}
	if w == "Group" && k > s {
		p := tokenText(d, k-1)
		return groupTrades[p] || p == "Industry" || p == "Industries" || p == "Nuclear"
	}
	return false
}

// splitPlaceName joins a country word to the company's name the
// recogniser split it from ("China" + "International Trust and Investment
// Corp", "Kazakhstan" + "National Petroleum and Natural Gas Company"), or
// that it did not read as a name at all ("China" followed by "Petroleum
// Exploration and Development Company"): the whole is one mention, the
// country's business (BUS), not the country. The words after the country
// must be capitalised (or "and", "of", "&") and end in a company's word;
// an organisation the KB codes is left as it is.
func (r *Resolver) splitPlaceName(d *doc.Document, ms []mention) {
	for i := range ms {
		g := &ms[i]
		if g.pronoun || g.titleOnly || g.typ != "GPE" && g.typ != "NORP" || g.actor == nil || g.actor.Country == "" ||
			g.actor.Code != g.actor.Country || g.actor.Sector != "" || !r.isCountry(g.actor.Country) {
			continue
		}
		if g.e < len(d.Tokens) && possessiveToken(d, g.e) {
			continue
		}
		end := d.Sentences[g.sent].TokenEnd
		if g.e >= end {
			continue
		}
		// the company's mention right after, if any
		var o *mention
		if i+1 < len(ms) && ms[i+1].s == g.e && ms[i+1].sent == g.sent && !ms[i+1].pronoun {
			o = &ms[i+1]
			if o.typ != "ORG" || o.actor == nil || !unknownActor(o) || !isCapitalised(tokenText(d, o.s)) || !nameWords(d, o.s, o.e) ||
				!placeCompanyEnd(d, o.s, o.e-1) {
				continue
			}
		} else if startsMention(ms, g.e) {
			continue
		}
		if o == nil {
			// no mention: capitalised words up to a company's word
			k, stop := g.e, -1
			for ; k < end && k < g.e+8; k++ {
				w := tokenText(d, k)
				if startsMention(ms, k) {
					break
				}
				if !joinsName(w) {
					break
				}
				if isCapitalised(w) && placeCompanyEnd(d, g.e, k) {
					stop = k
				}
			}
			if stop < 0 || stop == g.e {
				continue // a company's word alone ("China Inc"): left
			}
			a := *g.actor
			a.Sector, a.Code, a.ID = "BUS", g.actor.Country+"BUS", ""
			a.Name = d.Text[d.Tokens[g.s].Start:d.Tokens[stop].End]
			g.e, g.actor, g.typ = stop+1, &a, "ORG"
			continue
		}
		a := *o.actor
		a.Country, a.Sector, a.Code, a.ID = g.actor.Country, "BUS", g.actor.Country+"BUS", ""
		a.Name = d.Text[d.Tokens[g.s].Start:d.Tokens[o.e-1].End]
		o.s, o.actor = g.s, &a
		g.actor = nil
	}
}

// nameWords reports whether tokens s..e-1 are one name's words: words
// that join a name, or its "." and "-" ("Trust and Investment", "Bank of
// Ayudhya", "Co. Ltd").
func nameWords(d *doc.Document, s, e int) bool {
	for k := s; k < e; k++ {
		if w := tokenText(d, k); !joinsName(w) && w != "." && w != "-" {
			return false
		}
	}
	return true
}

// joinsName reports a word that can stand inside a company's name:
// capitalised, or "and", "of", "&".
func joinsName(w string) bool {
	return isCapitalised(w) || w == "and" || w == "of" || w == "&"
}

// placeNamedCompanies codes a company named after a place as that
// country's business, where the KB does not know it or read only the
// country in it: "China Nuclear Industry Group" (unknown), "New Japan
// Securities Co. Ltd" (read as Japan), "Thai Military Bank" (composed as
// Thailand's military), "Air India", "State Bank of India", "Bank of
// Ayudhya". The place is the name's first one to three words (a country,
// its people's word or its capital, followed by at least one more word),
// or the words after "Air" or after "Bank of"; the name must end in a
// company's word (or be "Air" and a place). A central or reserve bank and
// an organisation the KB codes otherwise are left.
func (r *Resolver) placeNamedCompanies(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.typ != "ORG" || m.actor == nil || m.location {
			continue
		}
		a := m.actor
		bare := a.Country != "" && a.Code == a.Country && a.Sector == "" // "New Japan Securities Co. Ltd" JPN
		composed := a.ID == "" && a.Country != "" && m.placed && tokenText(d, m.e-1) == "Bank" &&
			(a.Sector == "MIL" || a.Sector == "GOV" || a.Sector == "CVL" || a.Sector == "COP") // "Thai Military Bank" THAMIL
		if !unknownActor(m) && !bare && !composed {
			continue
		}
		s := m.s
		if articleWord(tokenText(d, s)) {
			s++
		}
		ns := s
		if isLowerWord(tokenText(d, s)) && centralBankWord(tokenText(d, s)) {
			ns++ // "the central Bank of Thailand"
		}
		if m.e-s < 2 || !nameWords(d, ns, m.e) {
			continue // "British Takeover Panel for Macquarie Bank": two names
		}
		country, sector := "", "BUS"
		switch {
		case tokenText(d, s) == "Air" && m.e-s <= 3:
			country = r.companyPlace(d.Text[d.Tokens[s+1].Start:d.Tokens[m.e-1].End], d.Date) // "Air India"
		case placeCompanyEnd(d, s, m.e-1):
			for n := 3; n >= 1 && country == ""; n-- {
				if s+n < m.e {
					country = r.companyPlace(d.Text[d.Tokens[s].Start:d.Tokens[s+n-1].End], d.Date)
				}
			}
		}
		if country == "" && (tokenText(d, s) == "Bank" || m.e-s >= 3 && tokenText(d, s+1) == "Bank") {
			// "Bank of Ayudhya", "State Bank of India"
			for k := s; k+1 < m.e; k++ {
				if tokenText(d, k) == "Bank" && tokenText(d, k+1) == "of" && k+2 < m.e {
					place := d.Text[d.Tokens[k+2].Start:d.Tokens[m.e-1].End]
					country = r.companyPlace(place, d.Date)
					switch {
					case k > s && centralBankWord(tokenText(d, k-1)):
						sector = "GOVBUS" // "the central Bank of Thailand", as the KB codes central banks
					case r.countryName(place, d.Date) && (k == s || tokenText(d, k-1) == "National"):
						// "Bank of Uganda" and "National Bank of Ethiopia"
						// are central banks, "Bank of Cyprus" and "National
						// Bank of Greece" lenders: the name does not say which
						// (orgNameSector, resolve.go); a town's bank ("Bank
						// of Ayudhya") or one with another word ("State Bank
						// of India") is a company
						country = ""
					}
					break
				}
			}
		}
		if country == "" || bare && country != a.Country {
			continue
		}
		b := *a
		b.Country, b.Sector, b.Code, b.ID = country, sector, country+sector, ""
		m.actor = &b
	}
}

// outletIntroducers are the words before an outlet's noun that say the
// outlet is the country the story is filed from: "the local daily The X",
// "the state newspaper X", "the official X".
var outletIntroducers = map[string]bool{
	"local": true, "state": true, "state-run": true, "state-owned": true, "official": true,
	"government": true, "government-owned": true, "pro-government": true, "national": true,
	"leading": true,
}

// introOutletNouns are the nouns of introducedOutlets: the outlet nouns
// and "media" ("local media The Nation").
func introOutletNoun(w string) bool { return outletNouns[w] || w == "media" }

// introducedOutlets codes an outlet the KB does not know, introduced by
// words saying whose it is, as that country's media (MED):
//   - a country word before an outlet's noun, or before "news agency" or
//     "news group" ("Thai news group The Nation", "Pakistan news agency
//     NNI");
//   - "<place>-based" ("the Bangkok-based English daily The Nation");
//   - "local", "state", "official", "national" before the noun, or alone
//     before "The" ("the local daily The Bangladesh Observer", "the local
//     newspaper Dawn", "the official The Herald"): the country of the
//     story's dateline (its capital or its name), or failing one the
//     only country the story names.
//
// "The" may stand between the words and the name, and the recogniser may
// have taken the noun into the name ("newspaper Young People").
func (r *Resolver) introducedOutlets(d *doc.Document, ms []mention) {
	dateline, story := "", ""
	if dl := d.Dateline; dl != nil && dl.End <= len(d.Text) {
		w := d.Text[dl.Start:dl.End]
		if strings.ToUpper(w) == w {
			w = titleCase(strings.ToLower(w))
		}
		dateline = r.companyPlace(w, d.Date)
	}
	storyDone := false
	var coded []*mention
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.actor == nil || m.actor.Code != "" || m.actor.Country != "" || m.actor.Sector != "" && m.actor.Sector != "MED" || m.typ != "ORG" && m.typ != "GPE" && m.typ != "LOC" && m.typ != "PER" {
			continue
		}
		sent0 := d.Sentences[m.sent].TokenStart
		s := m.s
		k := m.s - 1 // the word before the name
		for s < m.e-1 && introOutletNoun(strings.ToLower(tokenText(d, s))) && isLowerWord(tokenText(d, s)) {
			k, s = s, s+1 // "newspaper Young People" read as one name
		}
		if k == m.s-1 && k >= sent0 && tokenText(d, k) == "The" {
			k-- // "daily The X"
		}
		if s == m.s && articleWord(tokenText(d, s)) && s+1 < m.e {
			s++
		}
		if k < sent0 || k < 0 {
			continue
		}
		w := strings.ToLower(tokenText(d, k))
		country := ""
		local := false
		switch {
		case introOutletNoun(w) || (w == "agency" || w == "group") && k-1 >= sent0 && strings.ToLower(tokenText(d, k-1)) == "news":
			j := k - 1
			if w == "agency" || w == "group" {
				j--
			}
			// up to three modifiers ("English", "Chinese-language", "local")
			for n := 0; n < 3 && j >= sent0; n++ {
				x := tokenText(d, j)
				lx := strings.ToLower(x)
				if outletIntroducers[lx] {
					local = true
				}
				if strings.HasSuffix(x, "-based") {
					country = r.companyPlace(strings.TrimSuffix(x, "-based"), d.Date)
					break
				}
				if c := r.companyPlace(x, d.Date); c != "" && (j+1 == k || !isCapitalised(tokenText(d, j+1)) || outletIntroducers[strings.ToLower(tokenText(d, j+1))]) {
					country = c
					break
				}
				if !isLowerWord(x) && x != "English" && x != "French" && x != "Arabic" && !strings.HasSuffix(x, "-language") {
					break
				}
				j--
			}
		case outletIntroducers[w] && k+1 < len(d.Tokens) && tokenText(d, k+1) == "The":
			local = true // "the official The Herald"
		}
		if country == "" && local {
			country = dateline
			if country == "" {
				if !storyDone {
					story, storyDone = r.oneStoryCountry(d, ms), true
					if story == "" {
						story = r.leadCountry(d, ms)
					}
				}
				country = story
			}
		}
		if country == "" && outletNouns[w] {
			country = dateline // "newspaper Young People said" in a story filed from Hanoi
		}
		if country == "" {
			continue
		}
		a := *m.actor
		a.Country, a.Sector, a.Code = country, "MED", country+"MED"
		m.actor, m.typ = &a, "ORG"
		coded = append(coded, m)
	}
	// the outlet named again ("The Nation" twice) is the same outlet
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.actor == nil || !unknownActor(m) {
			continue
		}
		for _, o := range coded {
			if o.s < m.s && tokenText(d, o.e-1) == tokenText(d, m.e-1) && o.actor.Name == m.actor.Name {
				a := *o.actor
				m.actor, m.typ = &a, "ORG"
				break
			}
		}
	}
}

// leadCountry is the country of the story's first sentence's first coded
// mention of a country (its name, people's word or a body of it; not an
// outlet), "" if none: the country a story without a dateline is filed
// about ("The Zimbabwean government will buy ambulances ..., the official
// The Herald reported").
func (r *Resolver) leadCountry(d *doc.Document, ms []mention) string {
	for i := range ms {
		m := &ms[i]
		if m.sent > 0 {
			break
		}
		if a := m.actor; a != nil && !m.pronoun && a.Country != "" && a.Sector != "MED" && r.isCountry(a.Country) {
			return a.Country
		}
	}
	return ""
}

// wireCredit gives the news agency credited in the dateline ("HANOI, Nov.
// 17 (Xinhua) --") an entity of the KB's outlet (CHNMED): the golds code
// it. The segmenter leaves the dateline's line out of the sentences, so
// the entity is added to the document's entities, first, with no mention
// for coreference; no event or quote reads it (they read sentences), and
// storyCountry never counted the media. Only a name the KB knows as a
// news outlet, in brackets on the dateline's line before the first dash,
// outside every sentence.
func (r *Resolver) wireCredit(d *doc.Document) {
	if round18Off["wireCredit"] || d.Dateline == nil || d.Dateline.End > len(d.Text) {
		return
	}
	rest := d.Text[d.Dateline.End:]
	if i := strings.IndexAny(rest, "\n"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, "--"); i >= 0 {
		rest = rest[:i]
	} else if len(rest) > 60 {
		rest = rest[:60]
	}
	open := strings.LastIndex(rest, "(")
	if open < 0 {
		return
	}
	cl := strings.Index(rest[open:], ")")
	if cl < 2 {
		return
	}
	start := d.Dateline.End + open + 1
	end := start + cl - 1
	for _, sn := range d.Sentences {
		if sn.Start < end && start < sn.End {
			return // inside a sentence: the recogniser's to read
		}
	}
	for _, e := range d.Entities {
		if e.Start < end && start < e.End {
			return
		}
	}
	name := d.Text[start:end]
	for _, mt := range r.kb.Lookup(name, d.Date) {
		if mt.Kind != KindMedia || mt.Actor.Code == "" {
			return
		}
		a := mt.Actor
		a.Name = name
		a.Mention = &doc.Mention{Start: start, End: end, Text: name}
		e := doc.Entity{Start: start, End: end, Text: name, Type: "ORG", Actor: &a}
		// in text order: headline or byline lines may come before it
		at := sort.Search(len(d.Entities), func(i int) bool { return d.Entities[i].Start >= start })
		d.Entities = append(d.Entities, doc.Entity{})
		copy(d.Entities[at+1:], d.Entities[at:])
		d.Entities[at] = e
		return
	}
}

// formerOfGroup reports a run whose "former" belongs to the noun after the
// party's or armed group's name, not to the group ("Michael Foot, former
// Labour leader", "a former LDP strongman", "the former rebel UNITA
// movement"): the group keeps its code (GBRPTY, JPNPTY, AGOREB) instead of
// its country's elite (runActor, resolve.go). A government or army named
// with the group ("the ousted Taliban regime", "the Hutu former army") is
// the elite still.
func formerOfGroup(rn *run) bool {
	if round18Off["formerGroup"] || rn.named == nil || rn.person != nil {
		return false
	}
	switch rn.named.Kind {
	case KindParty:
		return rn.sector == "" || rn.sector == "PTY" // not "the ousted United Front government"
	case KindArmedGroup:
		return rn.sector == "REB" // "the former rebel UNITA movement"; not "the Hutu former army"
	}
	return false
}

// descriptorCompanyNouns are the nouns of a company that a country's word
// and a trade's word may name without its name: "the Russian gas giant",
// "a Japanese insurance firm". Not "group" (an armed or a rights group),
// "carrier" (an aircraft carrier), "producer" or "supplier" (a country is
// "the world's largest oil producer").
var descriptorCompanyNouns = map[string]bool{
	"firm": true, "company": true, "carmaker": true, "automaker": true, "conglomerate": true,
	"giant": true, "airline": true, "insurer": true, "retailer": true, "lender": true, "manufacturer": true,
}

// countryCompanyDescriptors makes a country's word followed by one or two
// lower-case words ending in a company's noun, with no name after it, one
// mention of that country's business: "The Russian gas giant" (RUSBUS),
// not Russia. "giant" needs a trade's word before it ("the Asian giant" is
// a country). The company's name after the noun is countryCompanies'.
func countryCompanyDescriptors(d *doc.Document, ms []mention) {
	if round18Off["companyDescriptors"] {
		return
	}
	for i := range ms {
		g := &ms[i]
		if g.pronoun || g.typ != "NORP" && g.typ != "GPE" || g.actor == nil || g.actor.Country == "" ||
			g.actor.Code != g.actor.Country || g.actor.Sector != "" || g.location {
			continue
		}
		end := d.Sentences[g.sent].TokenEnd
		k := g.e
		for n := 0; n < 2 && k < end && isLowerWord(tokenText(d, k)) && !descriptorCompanyNouns[tokenText(d, k)]; n++ {
			k++
		}
		if k >= end || !descriptorCompanyNouns[tokenText(d, k)] || d.Tokens[k].UPOS != "NOUN" || tokenText(d, k) == "giant" && k == g.e {
			continue
		}
		if k+1 < end {
			nx := tokenText(d, k+1)
			if isCapitalised(nx) || nx == "of" || startsMention(ms, k+1) || d.Tokens[k+1].UPOS == "NOUN" || d.Tokens[k+1].UPOS == "PROPN" {
				continue // "Italian carmaker Fiat", "a Japanese company official"
			}
		}
		var nouns []*mention // "firm", "company": the KB's sector noun, read alone
		taken := false
		for j := range ms {
			if o := &ms[j]; j != i && o.s <= k && o.e > g.e {
				if o.actor == nil && o.titleOnly && o.s >= g.e && o.e <= k+1 {
					nouns = append(nouns, o)
				} else {
					taken = true
				}
			}
		}
		if taken {
			continue
		}
		for _, o := range nouns {
			o.titleOnly = false // inside the company's mention now
		}
		a := *g.actor
		a.Sector, a.Code, a.ID = "BUS", g.actor.Country+"BUS", ""
		g.e, g.actor, g.typ = k+1, &a, "ORG"
	}
}

// basedCompanies codes an unknown company or outlet named after "<place>-
// based" and a company's or outlet's noun ("Zurich-based firm Masefield
// AG": CHEBUS; the recogniser may take the noun into the name) as the
// place's country's business or media.
func (r *Resolver) basedCompanies(d *doc.Document, ms []mention) {
	if round18Off["basedCompanies"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.typ != "ORG" && m.typ != "PER" || m.actor == nil || m.actor.Code != "" || m.actor.Country != "" {
			continue
		}
		if m.typ == "PER" && !companyNouns[tokenText(d, m.s)] && !outletNouns[tokenText(d, m.s)] {
			continue // a person; "firm Masefield AG" read as one
		}
		sent0 := d.Sentences[m.sent].TokenStart
		sector := ""
		k := m.s - 1
		for ; k >= sent0 && k >= m.s-3 && isLowerWord(tokenText(d, k)); k-- {
		}
		for t := k + 1; t < m.e && isLowerWord(tokenText(d, t)); t++ {
			w := tokenText(d, t)
			switch {
			case companyNouns[w]:
				sector = "BUS"
			case outletNouns[w]:
				sector = "MED"
			}
		}
		if sector == "" || k < sent0 || !strings.HasSuffix(tokenText(d, k), "-based") {
			continue
		}
		c := r.companyPlace(strings.TrimSuffix(tokenText(d, k), "-based"), d.Date)
		if c == "" {
			continue
		}
		a := *m.actor
		a.Country, a.Sector, a.Code = c, sector, c+sector
		m.actor, m.typ = &a, "ORG"
	}
}

// formerWords are the words before a group's name that formerOfGroup reads.
var formerWords = map[string]bool{"former": true, "ex": true, "ex-": true, "ousted": true, "deposed": true, "exiled": true}

// foreignFormerGroups undoes formerOfGroup where no lower-case noun
// follows the name for "former" to belong to ("former Baathists had
// joined": the party's former members, its country's elite), and where
// the group's country is named by no other mention of the story (the
// group's own name repeated does not count): the KB's reading of the name is
// then doubtful ("the former Labour leader Shimon Peres" in a story about
// Israel read as Britain's Labour), and the elite of the country, as
// before, keeps a later "the party" from binding to it.
func foreignFormerGroups(d *doc.Document, ms []mention) {
	if round18Off["formerGroup"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if m.pronoun || m.typ != "ORG" || a == nil || a.Country == "" || a.Code != a.Country+"PTY" && a.Code != a.Country+"REB" ||
			!formerWords[strings.ToLower(tokenText(d, m.s))] || m.e-m.s < 2 {
			continue
		}
		if last := tokenText(d, m.e-1); isCapitalised(last) && (m.e >= len(d.Tokens) || d.Tokens[m.e].Sentence != m.sent ||
			d.Tokens[m.e].UPOS != "NOUN" || !isLowerWord(tokenText(d, m.e))) {
			// no noun after the name for "former" to belong to: "former
			// Baathists had joined" are the party's former members
			b := *a
			b.Sector, b.Code = "ELI", a.Country+"ELI"
			m.actor = &b
			continue
		}
		named := false
		for j := range ms {
			if o := &ms[j]; j != i && !o.pronoun && o.actor != nil && o.actor.Country == a.Country && o.actor.Name != a.Name {
				named = true
				break
			}
		}
		if !named {
			b := *a
			b.Sector, b.Code = "ELI", a.Country+"ELI"
			m.actor = &b
		}
	}
}
