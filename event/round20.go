package event

// Rules of session 20, chosen on the misfires the blind first scores of the
// real-news development sets share (dev11-dev14): constructions general in
// form that coded nothing, or coded a meeting that is none.

// round20Off switches off the rules of session 20 (tests only).
type round20Off struct {
	// noTalksNounPartner switches off talksNounPartner.
	noTalksNounPartner bool
	// noMetNeed switches off metNeed.
	noMetNeed bool
	// noFireExchange switches off fireExchange (the fight nouns of
	// session 20 beside clashNouns).
	noFireExchange bool
	// noSuspectedDeed switches off suspectedDeed.
	noSuspectedDeed bool
}

// talksNounPartner reports whether the object of gerund v is a meeting
// noun with a partner in its own "with" phrase ("left Egypt after holding
// talks with Egyptian President Hosni Mubarak": the parser hangs the
// partner on "talks", not on "holding"), which consultGerund takes, as it takes the
// phrase on the gerund ("before holding talks with the Egyptian leader").
func (st *state) talksNounPartner(v int) bool {
	if st.c.opt.noTalksNounPartner {
		return false
	}
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 || !(meetingNouns[s.lemma[o]] || s.lemma[o] == "discussion") {
		return false
	}
	for _, k := range s.kids[o] {
		if s.rel[k] == rNmod && s.caseOf(k) == "with" && !receptionNouns[s.lemma[k]] && len(st.actorsOf(k)) > 0 {
			return true
		}
	}
	return false
}

// needNouns are what one "meets" that is no one met: a request, a demand,
// a need, a target ("plans to meet an AU request to deploy extra engineers",
// "would meet the demands of the government", "to meet the deadline").
var needNouns = map[string]bool{"request": true, "demand": true, "need": true, "requirement": true,
	"target": true, "deadline": true, "condition": true, "criterion": true, "criteria": true,
	"standard": true, "expectation": true, "obligation": true, "commitment": true, "challenge": true,
	"goal": true, "quota": true, "cost": true, "shortfall": true, "shortage": true}

// metNeed reports whether token i is the verb "meet" whose direct object
// is a need noun (its head word, not a word nested in it): meeting a need
// is no meeting (040), announced or held, whatever else the object names
// ("a NATO request").
func (st *state) metNeed(i int) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noMetNeed || s.lemma[i] != "meet" {
		return false
	}
	o := s.child(i, rObj)
	return o >= 0 && needNouns[s.lemma[o]]
}

// fightNouns20 are fights between two sides besides clashNouns' ("was
// killed in a firefight with insurgents").
var fightNouns20 = map[string]bool{"firefight": true, "gunfight": true, "shootout": true, "shoot-out": true}

// fireExchange reports whether noun n names a fight between two sides
// that clashNouns lacks: a firefight, gunfight or shootout, or an
// "exchange of fire" ("three policemen were killed in an exchange of fire
// with Somali militants").
func (st *state) fireExchange(n int) bool {
	if st.c.opt.noFireExchange {
		return false
	}
	s := &st.s
	if fightNouns20[s.lemma[n]] {
		return true
	}
	if s.lemma[n] != "exchange" {
		return false
	}
	for _, k := range s.kids[n] {
		if s.rel[k] == rNmod && s.caseOf(k) == "of" && (s.lemma[k] == "fire" || s.lemma[k] == "gunfire") {
			return true
		}
	}
	return false
}

// suspectedDeed reports whether clause k, hanging from x (verb v or its
// object), is the deed an actor is suspected of ("Russia suspects Ukraine
// of attacking the bridge"): a gerund is a clause, not the "of" phrase
// the SUSPECT_OF pattern (112) asks for, so it matched nothing.
func (st *state) suspectedDeed(v, x, k int) bool {
	s := &st.s
	if st.c.opt.noSuspectedDeed || s.lemma[v] != "suspect" || s.upos[v] != "VERB" ||
		s.upos[k] != "VERB" || s.caseOf(k) != "of" || s.child(v, rObj) < 0 {
		return false
	}
	return x == v && s.rel[k] == rAdvcl || s.head[x] == v && s.rel[x] == rObj && s.rel[k] == rAcl
}
