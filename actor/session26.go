package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 26, actor round 14 (docs/KB.md, "Actor round 14").

// healthMinistry reports a bare health-sector mention that names a state
// body: "the Ministry of Health", "the health ministry", "the Health
// Department". The KB's sector nouns code it HLH (as the gold's
// guidelines do); storyCountry leaves the HLH sector alone because its
// other nouns ("hospital", "doctors") are places or private people, but a
// ministry or department is its state's, like "the Foreign Ministry".
func healthMinistry(d *doc.Document, m *mention, sector string) bool {
	if sector != "HLH" {
		return false
	}
	for t := m.s; t < m.e; t++ {
		switch strings.ToLower(tokenText(d, t)) {
		case "ministry", "ministries", "department", "departments":
			return true
		}
	}
	return false
}

// dropTitlePortfolioOrgs drops a recogniser's ORG span that is a KB title
// and its portfolio and nothing else: "Huang Jiefu, Vice Minister of
// Health," had "Vice Minister of Health" as an organisation with no code,
// which hid the title from the apposition rule (the unknown person takes
// the title's sector, the story its country). The span must start on or
// inside the title's run and go on from its end with "of" or "for", a
// capitalised portfolio word, and more portfolio words, "and" or
// "Affairs" only ("Deputy Minister of Foreign Affairs"); a body's name
// ("Minister of Health Wang Long" is a PER span; "the Ministry of Health"
// no title) is left alone.
func dropTitlePortfolioOrgs(words []string, runs []run, ner []NERSpan) []NERSpan {
	var out []NERSpan
	for i, n := range ner {
		if n.Type != "ORG" || !titlePortfolioSpan(words, runs, n) {
			if out != nil {
				out = append(out, n)
			}
			continue
		}
		if out == nil {
			out = append(make([]NERSpan, 0, len(ner)), ner[:i]...)
		}
	}
	if out == nil {
		return ner
	}
	return out
}

// titlePortfolioSpan reports an NER span made of a title run and the
// portfolio after it (dropTitlePortfolioOrgs).
func titlePortfolioSpan(words []string, runs []run, n NERSpan) bool {
	for _, rn := range runs {
		if rn.titleKind != KindTitle || rn.person != nil || rn.named != nil || rn.sector != "GOV" ||
			rn.s > n.Start || rn.e <= n.Start || rn.e+2 > n.End {
			continue
		}
		if !orgHeadPreps[words[rn.e]] || !portfolioWords[words[rn.e+1]] {
			return false
		}
		for _, w := range words[rn.e+2 : n.End] {
			if w != "and" && w != "Affairs" && !portfolioWords[w] && !orgHeadPreps[w] {
				return false
			}
		}
		return true
	}
	return false
}

// lowerPortfolio reports a portfolio word written in lower case ("X, vice
// minister of agriculture,"), not one that says too little alone ("of
// state", "of national ...": lowerPortfolioExcluded).
func lowerPortfolio(w string) bool {
	return isLowerWord(w) && portfolioWords[titleCase(w)] && !lowerPortfolioExcluded[w]
}

// groupTrades are the words of a trade that make a name ending in "Group"
// a company's ("Datong Coal Mine Group", "Deleye Investment Group"), not a
// contact, study or rights group.
var groupTrades = map[string]bool{
	"Coal": true, "Mine": true, "Mining": true, "Investment": true, "Investments": true, "Steel": true,
	"Industrial": true, "Financial": true, "Holding": true, "Trading": true, "Petroleum": true,
	"Oil": true, "Chemical": true, "Shipping": true, "Construction": true, "Property": true,
	"Properties": true, "Insurance": true, "Textile": true, "Electric": true, "Electronics": true,
	"Pharmaceutical": true, "Motor": true, "Automobile": true, "Real": true, "Estate": true,
}

// businessGroup reports a name ending in "Group" after a trade's word
// (companyNounName, round12b.go).
func businessGroup(d *doc.Document, m *mention) bool {
	return m.e-m.s >= 2 && tokenText(d, m.e-1) == "Group" && groupTrades[tokenText(d, m.e-2)]
}

// countryBeforeIGO reports a country's possessive before the name of an
// international organisation that ends the phrase: "Turkey's EU bid",
// "China's WTO entry". The KB run joined the two and the organisation's
// code won, so the country was lost; they are two actors, the country and
// the body it joins or deals with (news-dev3 codes "Turkey's" TUR and
// "EU" IGOEUREEC). A title after the organisation keeps the run whole:
// "Japan's UN ambassador" is Japan's official.
func (k *KB) countryBeforeIGO(date string, words []string, spans []Span, j int) bool {
	a, b := spans[j-1], spans[j]
	if b.Start != a.End+1 || (words[a.End] != "'s" && words[a.End] != "’s") {
		return false
	}
	if j+1 < len(spans) && joined(words, b.End, spans[j+1].Start) {
		return false
	}
	ma := k.SpanMatches(a, date)
	if len(ma) == 0 || ma[0].Kind != KindCountry {
		return false
	}
	mb := k.SpanMatches(b, date)
	return len(mb) > 0 && mb[0].Kind == KindOrg && strings.HasPrefix(mb[0].Actor.Code, "IGO")
}

// possessedOrgs codes an organisation the KB does not know, named after a
// country's possessive, as that country's body of the kind its name says:
// "France's Socialist Party" FRAPTY, "China's prestigious Tsinghua
// University" CHNEDU, "Japan's Nanchang Trading Company" JPNBUS. The
// guidelines code a body by the country the text gives it; the country
// was a mention of its own and the name had no code. Only the kinds
// orgNameSector reads from the head word, and parties (partyName); one
// lower-case word may stand between ("prestigious"). The mentions linked
// to the name (its acronym) follow it.
func (r *Resolver) possessedOrgs(d *doc.Document, ms []mention) {
	filled := false
	for i := 1; i < len(ms); i++ {
		m, c := &ms[i], &ms[i-1]
		if m.typ != "ORG" || m.actor == nil || m.actor.Code != "" || m.actor.Country != "" || m.pronoun || m.ante >= 0 {
			continue
		}
		ca := c.actor
		if ca == nil || c.pronoun || c.sent != m.sent || ca.Code == "" || ca.Code != ca.Country || c.e >= m.s {
			continue
		}
		if ci, ok := r.kb.codes[ca.Country]; !ok || ci.kind != KindCountry {
			continue
		}
		if p := tokenText(d, c.e); p != "'s" && p != "’s" {
			continue
		}
		if gap := m.s - c.e; gap > 2 || gap == 2 && !isLowerWord(tokenText(d, c.e+1)) {
			continue
		}
		var words []string
		for t := m.s; t < m.e; t++ {
			words = append(words, tokenText(d, t))
		}
		sector := orgNameSector(words)
		if partyName(d, m) {
			sector = "PTY"
		}
		if sector == "" || !isCapitalised(words[0]) {
			continue
		}
		a := *m.actor
		a.Country, a.Sector, a.Code = ca.Country, sector, ca.Country+sector
		m.actor, filled = &a, true
	}
	if !filled {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.ante < 0 || m.ante >= len(ms) || m.actor == nil || m.actor.Code != "" || m.pronoun {
			continue
		}
		if o := ms[m.ante].actor; o != nil && o.ID == "" && o.Code != "" && ms[m.ante].typ == "ORG" && m.typ == "ORG" {
			a := *o
			a.Name = m.actor.Name
			m.actor = &a
		}
	}
}
