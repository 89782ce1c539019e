package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Definite descriptions of organisations. A story names a party or a
// group once and then calls it "the party", "the group", "the ministry"
// ("The French Communist Party urged ... . The party also called on the
// government to ..."). The coreference stage links people and pronouns;
// such descriptions it leaves without an actor, so the news coder links
// them itself: a singular "the"/"this" phrase headed by one of the nouns
// below, naming no actor, stands for the nearest actor named before it
// (in its sentence or the three before) whose kind fits the noun.

// anaphorKinds lists, for each noun, the sectors (first three letters of
// an actor's sector) an antecedent may have; "ministry" asks instead for
// an antecedent whose own words name a ministry.
var anaphorKinds = map[string][]string{
	"party":        {"PTY", "OPP"},
	"group":        {"NGO", "REB", "OPP"},
	"organisation": {"NGO", "IGO"},
	"organization": {"NGO", "IGO"},
	"watchdog":     {"NGO"},
	"movement":     {"REB", "PTY", "OPP"},
	"militia":      {"REB"},
	"ministry":     nil,
}

// countryKinds are the descriptions a country named alone can stand
// behind, with the sector they give it (session 7): the home institutions
// of a country, an actor of the sector or a country named alone, which
// gives its own ("violates Nepal's obligations ..., calling on the
// government to repeal it": NPLGOV).
var countryKinds = map[string]string{
	"government": "GOV", "opposition": "OPP", "army": "MIL", "military": "MIL", "police": "COP",
	// "the junta in Ouagadougou" (session 10, the team's story s27)
	"junta": "GOV",
}

// anaphorWindow is how many sentences before the phrase's own the
// antecedent may be in.
const anaphorWindow = 3

// anaphorActors returns the antecedent's actor for the definite
// description headed by h, or nil.
func (st *state) anaphorActors(h int) []doc.Actor {
	s := &st.s
	kinds, ok := anaphorKinds[s.lower[h]]
	sector, national := countryKinds[s.lower[h]]
	if !ok && !national || s.upos[h] != "NOUN" {
		return nil
	}
	if national && st.c.opt.noHomeAnaphor {
		return nil
	}
	// "Police arrested two journalists": police named bare are the story
	// country's as much as "the police" are (session 8).
	definite := national && s.lower[h] == "police" && !st.c.opt.noBarePolice
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rDet:
			definite = s.lower[k] == "the" || s.lower[k] == "this"
		case rPoss, rNummod, rCompound, rConj, rAppos:
			// "the party's", "the two groups", "the rebel group", "the
			// party and the government": not a bare description.
			return nil
		case rNmod:
			if national && placePreps[s.caseOf(k)] && !st.c.opt.noSeatOf {
				// "The government in Port Sudan": the institution of
				// the place's country (session 8).
				for _, a := range st.actorsOf(k) {
					if len(a.Country) == 3 && definite {
						return []doc.Actor{st.described(doc.Actor{Name: a.Country + " " + s.lower[h],
							Code: a.Country + sector, Country: a.Country, Sector: sector}, h)}
					}
				}
			}
			return nil // "the group of experts"
		}
	}
	if !definite {
		return nil
	}
	d := s.d
	start, _ := s.tokenSpan(h)
	if national {
		return st.homeActors(h, start, sector)
	}
	lo := st.windowStart()
	for i := len(d.Entities) - 1; i >= 0; i-- {
		e := &d.Entities[i]
		if e.End > start || e.Start < lo || e.Actor == nil || e.Actor.Code == "" {
			continue
		}
		if !antecedentFits(e, kinds, s.lower[h]) {
			continue
		}
		return []doc.Actor{st.described(*e.Actor, h)}
	}
	return nil
}

// windowStart is the byte where the antecedent window of the current
// sentence begins (anaphorWindow sentences before it).
func (st *state) windowStart() int {
	first := max(st.s.idx-anaphorWindow, 0)
	return st.s.d.Sentences[first].Start
}

// described returns actor a mentioned by the description headed by h.
func (st *state) described(a doc.Actor, h int) doc.Actor {
	s := &st.s
	ms, _ := s.tokenSpan(firstOf(s, h))
	_, me := s.tokenSpan(h)
	a.Mention = &doc.Mention{Start: ms, End: me, Text: s.d.Text[ms:me]}
	return a
}

// homeActors returns the actor of "the government", "the army", ... headed
// by h (starting at byte start): the institution of the story's own
// country, the country whose institution of that kind the story has named
// most often up to the phrase, else the country its actors have named
// most often (the later wins a tie), which a story calls by these words; the named actor of that country and sector nearest before
// the phrase in the window when there is one ("the Kenyan government"),
// else the country's code with the sector.
func (st *state) homeActors(h, start int, sector string) []doc.Actor {
	s := &st.s
	d := s.d
	count, own := map[string]int{}, map[string]int{}
	best, bestN, bestOwn, bestOwnN := "", 0, "", 0
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.End > start {
			continue
		}
		if p := d.LocationPlace(e); p != nil && !(st.c.opt.News && !st.c.opt.noCurrencyPlace && currencyPlace(d, e)) {
			// a city named as a location still names its country
			// (session 18)
			c := p.Country
			count[c]++
			if count[c] >= bestN {
				best, bestN = c, count[c]
			}
			if sector == "GOV" && isCapital(p) {
				// and, a capital, its government, as the capital's
				// code did before the actor stage left it uncoded:
				// "envoys arrived in Ankara; the government said" is
				// Turkey's
				own[c]++
				if own[c] >= bestOwnN {
					bestOwn, bestOwnN = c, own[c]
				}
			}
			continue
		}
		if e.Actor == nil || !storyCountryMention(e) {
			continue
		}
		c := e.Actor.Country
		count[c]++
		if count[c] >= bestN { // later mentions win ties
			best, bestN = c, count[c]
		}
		if strings.HasPrefix(e.Actor.Sector, sector) {
			own[c]++
			if own[c] >= bestOwnN {
				bestOwn, bestOwnN = c, own[c]
			}
		}
	}
	if bestOwn != "" {
		// The country whose government (army, ...) the story has named
		// most: "the army" in a story of Israeli troops in Hebron.
		best = bestOwn
	}
	if best == "" {
		return nil
	}
	lo := st.windowStart()
	a := doc.Actor{Name: best + " " + s.lower[h], Code: best + sector, Country: best, Sector: sector}
	for i := len(d.Entities) - 1; i >= 0; i-- {
		e := &d.Entities[i]
		if e.End > start || e.Start < lo || e.Actor == nil || e.Actor.Country != best {
			continue
		}
		if strings.HasPrefix(e.Actor.Sector, sector) {
			a = *e.Actor
			break
		}
	}
	return []doc.Actor{st.described(a, h)}
}

// storyCountryMention reports whether entity e names a country for the
// story's count: a place or nationality named alone, or an actor whose
// code begins with its country ("Israeli troops" ISRMIL); not a pronoun
// (the coreference stage repeats its antecedent's actor on every "he"),
// an organisation of several countries ("IMF", IGOBUSIMF) or a region
// ("the West").
func storyCountryMention(e *doc.Entity) bool {
	a := e.Actor
	if len(a.Country) != 3 || !strings.HasPrefix(a.Code, a.Country) || pronouns[strings.ToLower(e.Text)] {
		return false
	}
	switch e.Type {
	case "GPE", "NORP":
		return true
	case "LOC":
		return false
	}
	return len(a.Code) > 3
}

// isCapital reports whether place p is its country's capital (the
// gazetteer's, through the Capital hook; false without it).
func isCapital(p *doc.Place) bool {
	if Capital == nil || p.Feature != "city" {
		return false
	}
	c, ok := Capital(p.Country)
	return ok && c.GeonameID == p.GeonameID
}

// pronouns are the personal pronouns the coreference stage gives actors.
var pronouns = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true, "they": true,
	"them": true, "their": true, "it": true, "its": true, "we": true, "our": true, "us": true,
	"i": true, "my": true, "me": true,
}

// antecedentFits tells whether entity e can be what noun stands for.
func antecedentFits(e *doc.Entity, kinds []string, noun string) bool {
	a := e.Actor
	if noun == "ministry" {
		return strings.Contains(strings.ToLower(e.Text), "ministry") && strings.Contains(a.Code, "GOV") && a.Country != ""
	}
	sec := a.Sector
	if len(sec) > 3 {
		sec = sec[:3]
	}
	for _, k := range kinds {
		if sec == k {
			return true
		}
	}
	return false
}

// pairNouns head "the two presidents", "both countries": a pair
// description, with the sector it gives each country (session 8).
var pairNouns = map[string]string{
	"presidents": "GOV", "leaders": "GOV", "governments": "GOV", "ministers": "GOV",
	"premiers": "GOV", "countries": "", "nations": "", "states": "", "neighbours": "", "neighbors": "",
	// "the two armies will hold joint patrols" (session 10, the team's
	// story s27)
	"armies": "MIL", "militaries": "MIL",
}

// pairActors returns the actors of a pair description headed by h that
// the coreference stage left without one ("the two presidents are
// expected to sign a framework accord", the presidents never named): the
// two countries the story has named most often up to the phrase, each with
// the noun's sector; nil unless exactly two countries lead the count (a
// third as often named makes the pair unknown) and each was named at least
// twice.
func (st *state) pairActors(h int) []doc.Actor {
	s := &st.s
	sector, ok := s.pairDescription(h)
	if !ok || st.c.opt.noPairDescription {
		return nil
	}
	start, _ := s.tokenSpan(h)
	d := s.d
	count := map[string]int{}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.End > start {
			continue
		}
		if e.Actor != nil && storyCountryMention(e) {
			count[e.Actor.Country]++
		} else if p := d.LocationPlace(e); p != nil {
			// "arrived in Kigali": a city named as a location has no
			// actor (actor/resolve_location.go) but still names its
			// country in the story (session 18)
			count[p.Country]++
		}
	}
	var top [3]string
	for c, n := range count {
		for i := range top {
			if top[i] == "" || n > count[top[i]] || (n == count[top[i]] && c < top[i]) {
				copy(top[i+1:], top[i:len(top)-1])
				top[i] = c
				break
			}
		}
	}
	if top[1] == "" || count[top[1]] < 2 || (top[2] != "" && count[top[2]] == count[top[1]]) {
		return nil
	}
	out := make([]doc.Actor, 0, 2)
	for _, c := range top[:2] {
		out = append(out, st.described(pairMember(c, s.lower[h], sector), h))
	}
	return out
}

// pairDescription returns the sector a pair description headed by h
// gives each of its countries (pairNouns): "the two presidents", "both
// countries"; not a bare "two ministers were killed" (namesPair), nor
// "their two countries", "the presidents of X".
func (s *sent) pairDescription(h int) (string, bool) {
	sector, ok := pairNouns[s.lower[h]]
	if !ok || s.upos[h] != "NOUN" {
		return "", false
	}
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rPoss, rNmod, rCompound, rConj, rAppos:
			return "", false
		}
	}
	return sector, s.namesPair(h)
}

// pairMember is country c's member of a pair description with head word
// noun and sector ("KEN presidents", KENGOV).
func pairMember(c, noun, sector string) doc.Actor {
	return doc.Actor{Name: c + " " + noun, Code: c + sector, Country: c, Sector: sector}
}

// namesPair reports whether noun h is determined as a pair: "both
// countries", "the two presidents", "these two sides" (not a bare "two
// ministers were killed").
func (s *sent) namesPair(h int) bool {
	two, def, both := false, false, false
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rNummod:
			two = two || s.lower[k] == "two"
		case rDet:
			both = both || s.lower[k] == "both"
			def = def || s.lower[k] == "the" || s.lower[k] == "these" || s.lower[k] == "those"
		}
	}
	return both || two && def
}
