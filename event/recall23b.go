package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 23's second recall round (docs/EVENTS.md, "Recall round 2,
// session 23"): a state body whose country sits in a modifier of its own
// noun ("the government of Gondor", "officials from Gondor", "Gondor's
// health authorities", "Gondorian trade authorities"). The entity stage
// names the country alone, so the event took the bare country and lost
// the body.

// recall23bOff switches off the rule of this file (embedded in Options;
// tests only).
type recall23bOff struct {
	noBodyOfCountry, noMissileTarget bool
}

// bodyOfNouns are the state bodies whose country a modifier names, with
// their sectors.
var bodyOfNouns = map[string]string{
	"government": "GOV", "authorities": "GOV", "administration": "GOV", "cabinet": "GOV",
	"regime": "GOV", "ministry": "GOV", "officials": "GOV", "official": "GOV", "leaders": "GOV",
	"leader": "GOV", "army": "MIL", "military": "MIL", "troops": "MIL", "soldiers": "MIL",
	"forces": "MIL", "police": "COP",
}

// bodyOfFreeNouns are the bodies that a descriptive noun or adjective
// before them leaves the state's ("Gondor's tourism authorities", "the
// interim government of Gondor"); the others ("opposition leaders",
// "business leaders", "rebel forces") are someone else's with one.
var bodyOfFreeNouns = map[string]bool{"government": true, "authorities": true, "administration": true,
	"ministry": true, "cabinet": true}

// notStateWords make a body noun another's, whatever it heads.
var notStateWords = map[string]bool{"opposition": true, "rebel": true, "party": true, "business": true,
	"union": true, "student": true, "church": true, "religious": true, "militia": true, "insurgent": true,
	"separatist": true, "exile": true, "exiled": true, "shadow": true, "former": true, "ex": true,
	"tribal": true, "clan": true, "community": true, "civic": true, "civil": true, "private": true}

// bodyOfCountry gives a body noun h whose only actor is the bare country
// that a modifier of h names ("of"/"from" phrase, possessor, adjective or
// compound) that country's body of h's sector: "met the government of
// Gondor" is GONGOV, not GON; "officials from Gondor" GONGOV; "the army of
// Gondor" GONMIL; "security forces of Gondor" GONCOP. A noun with another
// word before it that says whose it is ("opposition leaders of Gondor",
// "rebel forces") is left alone, and so are the armed and the officials
// with any word before them but "senior" or "top". Countries coordinated
// in the "of" phrase each give their body.
func (st *state) bodyOfCountry(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noBodyOfCountry || len(cur) != 1 || s.upos[h] != "NOUN" {
		return cur
	}
	sector, ok := bodyOfNouns[s.lower[h]]
	a := cur[0]
	if !ok || len(a.Country) != 3 || a.Code != a.Country || a.Sector != "" {
		return cur
	}
	// The head itself is no entity's: the actor is a modifier's.
	hs, he := s.tokenSpan(h)
	for i := range s.d.Entities {
		if e := &s.d.Entities[i]; e.Start <= hs && e.End >= he {
			return cur
		}
	}
	from := -1
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rNmod:
			if c := s.caseOf(k); (c == "of" || c == "from") && st.namesCode(k, a.Code) && from < 0 {
				from = k
			}
		case rPoss:
			if st.namesCode(k, a.Code) {
				from = k
			}
		case rAmod, rCompound:
			if k < h && st.namesCode(k, a.Code) {
				from = k
				continue
			}
			if k > h || notStateWords[s.lower[k]] {
				return cur
			}
			switch {
			case s.lower[h] == "forces" && s.lower[k] == "security" && k == h-1:
				sector = "COP"
			case bodyOfFreeNouns[s.lower[h]]:
			case s.lower[k] == "senior" || s.lower[k] == "top":
			default:
				return cur
			}
		case rNummod:
			return cur
		}
	}
	if from < 0 {
		return cur
	}
	a.Sector, a.Code = sector, a.Country+sector
	out := []doc.Actor{a}
	if s.rel[from] == rNmod {
		// "senior officials of Gondor and Rohan": each country's body.
		for _, c := range s.kids[from] {
			if s.rel[c] != rConj || !isNounTag(s.upos[c]) {
				continue
			}
			for _, b := range st.actorsOf(c) {
				if len(b.Country) == 3 && b.Code == b.Country && b.Sector == "" && b.Country != a.Country {
					b.Sector, b.Code = sector, b.Country+sector
					out = append(out, b)
				}
			}
		}
	}
	return out
}

// namesCode reports whether the phrase of token k (its own token or its
// head's entity) is an entity whose actor's code is code.
func (st *state) namesCode(k int, code string) bool {
	s := &st.s
	ks, ke := s.tokenSpan(k)
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		if e.Actor != nil && e.Actor.Code == code && e.Start <= ks && e.End >= ke {
			return true
		}
	}
	return false
}

// missilePreps mark the phrase that says whom a thing thrown or fired is
// aimed at.
var missilePreps = map[string]bool{"at": true, "on": true, "upon": true, "against": true}

// missileTarget returns, for a violent act (codes 17x-20x) of verb v with
// sources, an object and no target, the actors of an "at"/"on"/"against"
// phrase after the object, on the object (where the parser often hangs
// it) or on the verb (which the act's pattern did not read): "threw
// stones at the police", "fired tear gas at students" ("students", a bare
// people noun, are of the one source's country when the sentence names no
// other, as implicitTarget gives them).
func (st *state) missileTarget(v int, code string, sources []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noMissileTarget || len(sources) == 0 || !(forceCode(code) || strings.HasPrefix(code, "17")) {
		return nil
	}
	o := s.child(v, rObj)
	if o < 0 || !isNounTag(s.upos[o]) {
		return nil
	}
	var cands []int
	for _, k := range s.kids[o] {
		if s.rel[k] == rNmod && k > o {
			cands = append(cands, k)
		}
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rObl && k > o {
			cands = append(cands, k)
		}
	}
	for _, k := range cands {
		if !missilePreps[s.caseOf(k)] {
			continue
		}
		if a := st.actorsOf(k); len(a) > 0 {
			// the phrase's head itself names them ("at Israeli
			// soldiers"), not a word inside it ("at the Arab games")
			if st.headNamed(k) {
				return a
			}
			return nil
		}
		if len(sources) != 1 || len(sources[0].Country) != 3 {
			return nil
		}
		sec, n := st.peopleSector(k, true)
		if sec == "" || !st.homeSentence(sources[0].Country) {
			return nil
		}
		c := sources[0].Country
		ns, ne := s.tokenSpan(n)
		return []doc.Actor{{Name: s.d.Text[ns:ne], Country: c, Sector: sec, Code: c + sec,
			Mention: &doc.Mention{Start: ns, End: ne, Text: s.d.Text[ns:ne]}}}
	}
	return nil
}

// headNamed reports whether an entity with an actor covers token k.
func (st *state) headNamed(k int) bool {
	s := &st.s
	ks, ke := s.tokenSpan(k)
	for i := range s.d.Entities {
		if e := &s.d.Entities[i]; e.Actor != nil && e.Actor.Code != "" && e.Start <= ks && e.End >= ke {
			return true
		}
	}
	return false
}
