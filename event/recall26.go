package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 26's recall round, chosen on the missed gold events of
// the real-news development sets (realnews-dev13 to dev20) and checked on
// sentences written for the tests (pipeline/recall26_test.go). The
// patterns of the round are in data/event/recall26.pat (docs/EVENTS.md,
// "Recall, session 26").

// recall26Off switches off the rules of the round (tests only).
type recall26Off struct {
	// noEnvoysOf switches off envoy nouns in leadersOf.
	noEnvoysOf bool
}

// recall26TreeOff switches off the tree repairs of the round (embedded in
// repairsOff; tests only).
type recall26TreeOff struct {
	noHeadlineList    bool
	noCasedVerbNoun   bool
	noWeekdayOnObject bool
}

// envoyNouns name those a country sends abroad to speak for it: "the
// ambassadors of Britain, China and France met" are the three countries'
// governments, each, as leadersOf reads "the leaders of Ghana and
// Senegal"; without it the phrase was the first country's alone and the
// others of the list met no one (realnews-dev15).
var envoyNouns = map[string]bool{"ambassador": true, "envoy": true, "diplomat": true,
	"emissary": true}

// isEnvoyNoun reports whether leadersOf takes the plural noun h as one of
// leaders: a noun of envoys unless switched off.
func (st *state) isEnvoyNoun(h int) bool {
	return !st.c.opt.noEnvoysOf && envoyNouns[st.s.lemma[h]]
}

// repairHeadlineList mends the headline shape "Spain, China sign
// agreement on the environment" (and "-- Kenya, Uganda, Tanzania hold
// talks"): two or more names of different countries or bodies joined by
// commas alone, at the start of the sentence, right before a finite verb.
// News headlines drop the "and"; the parser then reads the first name as
// the root with the verb a conjunct or a parataxis of it, or the first as
// a vocative, and the verb had only the last name for its subject. The
// first name becomes the verb's subject with the others its conjuncts, so
// that the verb's patterns give every name as a party (a paired or
// reciprocal code both ways). Only when each name is proper nouns all
// covered by one entity whose actor has a country, no two names of one
// country ("Paris, France"), no person's name, and the verb hangs on a
// name or is the root.
func (s *sent) repairHeadlineList() {
	i := 0
	for i < s.n && s.upos[i] == "PUNCT" {
		i++
	}
	var heads, commas []int
	inName := map[int]bool{}
	seen := map[string]bool{}
	for {
		a, b, h, country := s.headlineName(i)
		if a < 0 || seen[country] {
			return
		}
		seen[country] = true
		heads = append(heads, h)
		for t := a; t <= b; t++ {
			inName[t] = true
		}
		i = b + 1
		if i < s.n && s.lower[i] == "," {
			commas = append(commas, i)
			i++
			continue
		}
		break
	}
	if len(heads) < 2 || i >= s.n || s.upos[i] != "VERB" {
		return
	}
	switch s.d.Tokens[s.base+i].XPOS {
	case "VBP", "VB", "VBD":
	default:
		return
	}
	v := i
	if h := s.head[v]; h >= 0 && !inName[h] {
		return
	}
	for t := 0; t < s.n; t++ {
		if t != v && !inName[t] && s.head[t] >= 0 && inName[s.head[t]] {
			s.head[t] = v
		}
	}
	s.head[v], s.rel[v] = -1, rRoot
	first := heads[0]
	s.head[first], s.rel[first] = v, rNsubj
	for k, h := range heads[1:] {
		s.head[h], s.rel[h] = first, rConj
		s.head[commas[k]], s.rel[commas[k]] = h, rPunct
	}
}

// headlineName returns the name starting at token i for
// repairHeadlineList: its first and last tokens, its head (the token
// whose head lies outside it, the last such) and its actor's country, or
// a < 0 when no entity of a country or body (not a person) starts there
// or its tokens are not all proper nouns.
func (s *sent) headlineName(i int) (a, b, h int, country string) {
	if i >= s.n || s.upos[i] != "PROPN" {
		return -1, -1, -1, ""
	}
	ts, _ := s.tokenSpan(i)
	var e *doc.Entity
	for k := range s.d.Entities {
		f := &s.d.Entities[k]
		if f.Start == ts && f.Actor != nil && f.Actor.Country != "" && f.Type != "PER" {
			e = f
			break
		}
	}
	if e == nil {
		return -1, -1, -1, ""
	}
	b = i
	for b+1 < s.n {
		bs, be := s.tokenSpan(b + 1)
		if bs >= e.End || be > e.End {
			break
		}
		b++
	}
	if _, be := s.tokenSpan(b); be != e.End {
		return -1, -1, -1, ""
	}
	h = -1
	for t := i; t <= b; t++ {
		if s.upos[t] != "PROPN" {
			return -1, -1, -1, ""
		}
		if x := s.head[t]; x < i || x > b {
			h = t
		}
	}
	if h < 0 {
		return -1, -1, -1, ""
	}
	return i, b, h, e.Actor.Country
}

// repairCasedVerbNoun mends a plural noun tagged as a verb that the parser
// gave the preposition before it as its case marker: "Two Palestinians
// were killed Tuesday in | clashes with Israeli troops", "clashes" a VBZ
// verb heading an adverbial clause with "in" its case. A verb has no
// case; a verb in -s right after a preposition that is its case, without
// subject, object, auxiliary or mark of its own, is a noun: an oblique
// of its head (a nominal modifier when the head is a noun), its own
// obliques nominal modifiers. repairVerbAfterPreposition mends the same
// word when the preposition dangles on the head instead; with the
// weekday in between the parser gives this shape, and the clash coded
// nothing.
func (s *sent) repairCasedVerbNoun() {
	for v := 1; v < s.n; v++ {
		p := v - 1
		if s.upos[v] != "VERB" || s.upos[p] != "ADP" || s.d.Tokens[s.base+v].XPOS != "VBZ" {
			continue
		}
		if s.head[p] != v || s.rel[p] != rCase || s.head[v] < 0 {
			continue
		}
		if s.hasClauseDependent(v) {
			continue
		}
		s.upos[v] = "NOUN"
		if isVerbal(s.upos[s.head[v]]) {
			s.rel[v] = rObl
		} else {
			s.rel[v] = rNmod
		}
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && s.rel[k] == rObl {
				s.rel[k] = rNmod
			}
		}
	}
}

// repairWeekdayOnObject mends a weekday the parser hung on the object
// right before it as an apposition, with the phrase after it on the
// weekday: "held talks Tuesday | with Ethiopian Prime Minister Abiy
// Ahmed", "signed an agreement Monday | with Ethiopia". Wire copy puts the
// day right after the verb's object; the day is the verb's time, and the
// phrases hung on it are the verb's obliques (the patterns read a "with"
// phrase on the verb as on its object: "held talks | with X"). Without it
// the partner was out of the object's reach and the talks had no target.
// A day with a preposition of its own ("talks on Tuesday") is left alone.
func (s *sent) repairWeekdayOnObject() {
	for w := 1; w < s.n; w++ {
		o := w - 1
		if !weekdays[s.lower[w]] || s.head[w] != o || s.rel[w] != rAppos && s.rel[w] != rCompound && s.rel[w] != rNmod {
			continue
		}
		v := s.head[o]
		if v < 0 || s.upos[v] != "VERB" || s.rel[o] != rObj || !isNounTag(s.upos[o]) {
			continue
		}
		if s.headHasRel(w, rCase) {
			continue // "talks on Tuesday": a phrase of its own
		}
		s.head[w], s.rel[w] = v, rTmod
		for k := w + 1; k < s.n; k++ {
			if s.head[k] == w && (s.rel[k] == rNmod || s.rel[k] == rObl) {
				s.head[k], s.rel[k] = v, rObl
			}
		}
	}
}
