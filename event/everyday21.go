package event

import (
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/tone"
)

// Rules of session 21's everyday round (the lead's stories of a border
// clash between two countries and of a veto in the Security Council),
// chosen on sentences the team wrote itself in wire style. The tree repair
// runs in every mode like the others (switch: noEveryday21Tree); the rules
// have the fields of everyday21Off. Tests: pipeline/everyday21_test.go.

// everyday21Off switches off rules of session 21's everyday round.
type everyday21Off struct {
	noNamedVerdict, noInterestsShield, noAbstention, noFailedText, noAlikeSides, noEachOther, noPossessedBody bool
	noReturnedFire, noItsPlural, noBorderClosure, noCountriesFought, noRefusedPassive                         bool
}

// repairs21 runs the tree repairs of session 21's everyday round.
func (s *sent) repairs21() {
	if s.noEveryday21Tree {
		return
	}
	s.repairRelativeParataxis()
	s.repairConjOnResultParticiple()
	s.repairSayingOnObject()
}

// relativeWords21 open a relative clause as its subject.
var relativeWords21 = map[string]bool{"that": true, "which": true, "who": true}

// repairRelativeParataxis mends "Russia vetoed a resolution on Friday that
// would have demanded a ceasefire", parsed with "demanded" a parataxis of
// "vetoed" (its subject "that") and "on Friday" on "demanded": a verb in
// parataxis after its head h, whose subject is a relative pronoun with a
// noun n of h's object phrase before it, becomes a relative clause on n;
// the phrases between n and the pronoun that hung on it hang on h.
func (s *sent) repairRelativeParataxis() {
	for v := 2; v < s.n; v++ {
		h := s.head[v]
		if s.rel[v] != rParataxis || h < 0 || h > v || s.upos[v] != "VERB" {
			continue
		}
		w := -1
		for k := h + 1; k < v; k++ {
			if s.head[k] == v && s.rel[k] == rNsubj && relativeWords21[s.lower[k]] {
				w = k
			}
		}
		if w < 0 {
			continue
		}
		n := -1
		for k := w - 1; k > h; k-- {
			if isNounTag(s.upos[k]) && s.head[k] == h && s.rel[k] == rObj {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		for k := n + 1; k < w; k++ {
			if s.head[k] == v {
				s.head[k] = h
			}
		}
		s.head[v], s.rel[v] = n, rRelcl
	}
}

// everyday21Drop reports whether verb match m at i is no event, and
// recodes it where its words say what kind of event it is.
func (st *state) everyday21Drop(i int, m *match) bool {
	s := &st.s
	o := st.c.opt
	if !o.News {
		return false
	}
	if !o.noNamedVerdict && !o.noNamedDisapproval && namingVerbs[s.lemma[i]] {
		switch s.namedVerdict(i) {
		case -1:
			m.yield, m.intent = Yield{Main: "111"}, "" // "called the veto "shameful""
		case 1:
			m.yield, m.intent = Yield{Main: "051"}, "" // "called the deal "historic""
		case 0:
			if m.yield.Main == "041" {
				return true // "called the move premature": no telephone call
			}
		}
	}
	if !o.noInterestsShield && (s.lemma[i] == "protect" || s.lemma[i] == "defend" || s.lemma[i] == "safeguard") {
		if k := s.child(i, rObj); k >= 0 && (s.lemma[k] == "interest" || s.lower[k] == "interests") {
			return true // "chose to protect its business interests": no peacekeeping
		}
	}
	if !o.noAbstention && s.lemma[i] == "abstain" {
		keep := false
		for _, k := range s.kids[i] {
			if s.caseOf(k) == "from" {
				keep = true // "abstain from violence"
			}
		}
		if !keep {
			return true // "China and Pakistan abstained": a vote, no yielding
		}
	}
	if !o.noBorderClosure && s.borderClosure(i) {
		m.yield, m.intent = Yield{Main: "191"}, "" // "ordered the border crossings closed"
	}
	if !o.noRefusedPassive && s.refusedPassive(i) {
		return true // "will not allow an inch of our territory to be taken"
	}
	if !o.noFailedText && s.failedText(i) {
		return true
	}
	return false
}

// textNouns name a text put to a vote, whose content is no act of the
// voter's.
var textNouns = map[string]bool{"resolution": true, "draft": true, "text": true, "bill": true, "motion": true,
	"proposal": true, "measure": true, "amendment": true, "plan": true, "deal": true, "agreement": true}

// failedText reports whether verb v tells what a text would have done
// ("a resolution that would have demanded a ceasefire and imposed an arms
// embargo"): a relative clause on a text noun with "would|could|might
// have" and a participle, or a conjunct of one. The text failed: its
// content happened nowhere.
func (s *sent) failedText(v int) bool {
	for k := 0; k < 3 && v >= 0 && s.rel[v] == rConj; k++ {
		v = s.head[v]
	}
	if v < 0 || s.rel[v] != rRelcl || s.head[v] < 0 || !textNouns[s.lemma[s.head[v]]] {
		return false
	}
	modal, have := false, false
	for _, k := range s.kids[v] {
		if s.rel[k] != rAux {
			continue
		}
		switch s.lower[k] {
		case "would", "could", "might":
			modal = true
		case "have":
			have = true
		}
	}
	return modal && have
}

// verdictWords are words one calls something by that tone's lexicon
// misses: -1 disapproval, 1 approval.
var verdictWords = map[string]int{"disgraceful": -1, "deplorable": -1, "regrettable": -1, "outrageous": -1,
	"appalling": -1, "scandalous": -1, "reckless": -1, "cynical": -1, "absurd": -1, "baseless": -1,
	"historic": 1, "constructive": 1, "positive": 1, "courageous": 1, "landmark": 1, "productive": 1}

// namedVerdict returns, for naming verb v ("called the veto "shameful""),
// -1 when it names its object by a word of disapproval, 1 by one of
// approval, 0 by another word, 2 when it names it by nothing. The
// predicate is namingPredicate's or an adjective after the object on it
// (the tagger's reading of a quoted predicate).
func (s *sent) namedVerdict(v int) int {
	p := s.namingPredicate(v)
	if p < 0 {
		if o := s.child(v, rObj); o >= 0 {
			for _, k := range s.kids[o] {
				if k > o && s.rel[k] == rAmod && s.upos[k] == "ADJ" {
					p = k
				}
			}
		}
	}
	if p < 0 {
		return 2
	}
	if disapprovalWords[s.lower[p]] || disapprovalWords[s.lemma[p]] {
		return -1
	}
	if x, ok := verdictWords[s.lower[p]]; ok {
		return x
	}
	t := tone.Text(s.lower[p])
	switch {
	case t.Negative > t.Positive:
		return -1
	case t.Positive > t.Negative:
		return 1
	}
	return 0
}

// alikeSides returns the sides a, b of "both sides" coded alike: two
// countries' actors of two sectors ("Cambodian forces" shelled "Thailand")
// become the two countries.
func (st *state) alikeSides(a, b doc.Actor) (doc.Actor, doc.Actor) {
	if !st.c.opt.News || st.c.opt.noAlikeSides || a.Country == "" || b.Country == "" || a.Country == b.Country ||
		a.Sector == b.Sector {
		return a, b
	}
	return countryActor(a.Country), countryActor(b.Country)
}

// countryActor is country c as an actor of its own (no sector).
func countryActor(c string) doc.Actor {
	return doc.Actor{Name: c, Code: c, Country: c}
}

// eachOther returns, for "each" or "the other" headed by h with no actors
// of its own, the two actors of a pair named as a subject before it in the
// sentence ("The two countries agreed to a truce, but each has since
// accused the other": the two countries, both ways).
func (st *state) eachOther(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noEachOther || len(cur) > 0 {
		return cur
	}
	switch {
	case s.lower[h] == "each" && s.rel[h] == rNsubj:
	case s.lower[h] == "other" && s.rel[h] != rAmod:
		if d := s.child(h, rDet); d < 0 || s.lower[d] != "the" {
			return cur
		}
	default:
		return cur
	}
	for k := 0; k < h; k++ {
		if s.rel[k] != rNsubj {
			continue
		}
		if a := uniqueCodes(st.actorsOf(k)); len(a) == 2 {
			return []doc.Actor{st.described(a[0], h), st.described(a[1], h)}
		}
	}
	return cur
}

// possessedBody returns, for a body noun ("government", "army") with a
// possessor and no actor but the possessor's bare country ("Sudan's
// army-backed government"), the country's body of that sector.
func (st *state) possessedBody(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noPossessedBody || len(cur) != 1 || s.upos[h] != "NOUN" {
		return cur
	}
	sector, ok := countryKinds[s.lower[h]]
	p := s.child(h, rPoss)
	if !ok || p < 0 || cur[0].Country == "" || cur[0].Code != cur[0].Country {
		return cur
	}
	if a := st.actorsOf(p); len(a) != 1 || a[0].Code != cur[0].Code {
		return cur
	}
	a := cur[0]
	a.Code, a.Sector = a.Country+sector, sector
	return []doc.Actor{a}
}

// repairConjOnResultParticiple mends "ordered the border crossings closed
// and recalled the ambassador", parsed with "recalled" a conjunct of
// "closed" (a participle on the object): a past verb with an object of its
// own, conjoined to a participle with none that modifies the object of
// verb m, is m's conjunct.
func (s *sent) repairConjOnResultParticiple() {
	for c := 1; c < s.n; c++ {
		p := s.head[c]
		if s.rel[c] != rConj || p < 0 || p > c || s.rel[p] != rAcl || s.xpos(p) != "VBN" || s.xpos(c) != "VBD" && s.xpos(c) != "VBN" {
			continue
		}
		o := s.head[p]
		if o < 0 || o > p || s.rel[o] != rObj || s.head[o] < 0 || s.upos[s.head[o]] != "VERB" {
			continue
		}
		if s.headHasRel(p, rObj) || !s.headHasRel(c, rObj) {
			continue
		}
		s.head[c] = s.head[o]
	}
}

// closableNouns are crossings a government closes to restrict movement.
var closableNouns = map[string]bool{"border": true, "crossing": true, "checkpoint": true, "frontier": true,
	"gate": true, "airspace": true, "port": true, "pass": true}

// closingVerbs close a crossing.
var closingVerbs = map[string]bool{"close": true, "shut": true, "seal": true}

// borderClosure reports whether verb v closes a border or crossing, or
// orders one closed ("ordered the border crossings closed", "sealed the
// frontier"): CAMEO's restriction of movement (191), no demand (100).
// An infinitive ("threatened to shut") keeps its governor's code.
func (s *sent) borderClosure(v int) bool {
	o := s.child(v, rObj)
	if o < 0 || !closableNouns[s.lemma[o]] || s.rel[v] == rXcomp {
		return false // "threatened to shut its own crossings": the threat's
	}
	if closingVerbs[s.lemma[v]] {
		return true
	}
	if s.lemma[v] != "order" && s.lemma[v] != "declare" && s.lemma[v] != "keep" {
		return false
	}
	closed := func(k int) bool {
		return k > o && (closingVerbs[s.lemma[k]] || s.lower[k] == "closed" || s.lower[k] == "shut")
	}
	for _, k := range s.kids[o] {
		if (s.rel[k] == rAcl || s.rel[k] == rAmod) && closed(k) {
			return true
		}
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rXcomp && closed(k) {
			return true
		}
	}
	return false
}

// everyday21Target returns the target of event v (code c) of sources that
// has none:
//
//   - returned fire (return with an object fire, retaliate): the doer of
//     the latest act of force on the sources' country told before ("its
//     soldiers had returned fire": the Cambodian forces that shelled);
//   - a border closure (191): the country that country last fought
//     with.
func (st *state) everyday21Target(v int, c string, sources []doc.Actor, out []doc.Event) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noReturnedFire || len(sources) == 0 || sources[0].Country == "" {
		return nil
	}
	home := sources[0].Country
	returned := s.lemma[v] == "retaliate" || s.lemma[v] == "return" && func() bool {
		o := s.child(v, rObj)
		return o >= 0 && s.lemma[o] == "fire"
	}()
	if returned && s.aimNamed(v) {
		return nil // "returned fire at government positions": aimed where it says
	}
	if !returned && c != "191" {
		if forceCode(c) {
			return st.ownedPositions(v, sources) // "bombed its positions"
		}
		return nil
	}
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.Sentence < s.idx-conflictWindow {
			break
		}
		if e.Negated || e.Target == nil || !forceCode(e.Cameo) || e.Source.Country == "" || e.Target.Country == "" ||
			e.Source.Country == e.Target.Country {
			continue
		}
		switch {
		case e.Target.Country == home:
			if returned {
				return []doc.Actor{e.Source}
			}
			return []doc.Actor{countryActor(e.Source.Country)}
		case e.Source.Country == home && !returned:
			return []doc.Actor{countryActor(e.Target.Country)}
		}
	}
	return nil
}

// itsNotPlural reports whether "its" (pronoun k) cannot stand for the
// subject gs its clause would take it from: a plural noun ("Cambodian
// forces had shelled ... and that its soldiers had returned fire": the
// army that said so).
func (st *state) itsNotPlural(k, gs int) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noItsPlural || s.lower[k] != "its" {
		return false
	}
	x := s.xpos(gs)
	return x == "NNS" || x == "NNPS"
}

// countriesFought reports whether the pair cur, two actors of two
// countries (the entity stage's story pair: "The two countries" THA and
// KHM), fought each other in an event of the conflictWindow sentences
// before, whatever sectors coded them (193 THAMIL <-> KHMMIL): a later
// meeting with a third country does not make that one of the pair.
func (st *state) countriesFought(cur []doc.Actor) bool {
	if !st.c.opt.News || st.c.opt.noCountriesFought {
		return false
	}
	u := uniqueCodes(cur)
	if len(u) != 2 || u[0].Country == "" || u[1].Country == "" || u[0].Country == u[1].Country {
		return false
	}
	for i := len(st.done) - 1; i >= 0; i-- {
		e := &st.done[i]
		if e.Sentence < st.s.idx-conflictWindow {
			break
		}
		if e.Target == nil || e.Negated || !forceCode(e.Cameo) {
			continue
		}
		x, y := e.Source.Country, e.Target.Country
		if x == u[0].Country && y == u[1].Country || x == u[1].Country && y == u[0].Country {
			return true
		}
	}
	return false
}

// repairSayingOnObject mends "rejected the claim, saying Thai jets had
// bombed its positions", parsed with "saying" a clause on "claim": a
// participle of saying after a comma, hung as a clause on the object of a
// verb, is that verb's adverbial clause (what its subject says).
func (s *sent) repairSayingOnObject() {
	for v := 2; v < s.n; v++ {
		o := s.head[v]
		if s.rel[v] != rAcl || s.xpos(v) != "VBG" || !sayingVerbs21[s.lemma[v]] || s.lower[v-1] != "," || o < 0 ||
			o > v || s.rel[o] != rObj || s.head[o] < 0 || s.upos[s.head[o]] != "VERB" {
			continue
		}
		s.head[v], s.rel[v] = s.head[o], rAdvcl
	}
}

// sayingVerbs21 report what their subject says.
var sayingVerbs21 = map[string]bool{"say": true, "add": true, "argue": true, "insist": true, "claim": true,
	"note": true, "warn": true, "explain": true}

// refusedPassive reports whether verb v is a negated allow, permit or let
// whose complement is a passive with no doer ("We will not allow a single
// inch of our territory to be taken"): a vow of resolve, no refusal of
// anyone's request (035 negated).
func (s *sent) refusedPassive(v int) bool {
	if s.lemma[v] != "allow" && s.lemma[v] != "permit" && s.lemma[v] != "let" && s.lemma[v] != "tolerate" {
		return false
	}
	if !s.hasChild(v, rNeg) { // "not", "never", "n't" (mapRel)
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rXcomp && s.hasChild(k, rAuxPass) && !s.hasChild(k, rOblAgent) {
			return true
		}
	}
	return false
}

// positionNouns are a force's own places and people.
var positionNouns = map[string]bool{"position": true, "outpost": true, "base": true, "troop": true,
	"soldier": true, "post": true, "camp": true, "unit": true}

// ownedPositions returns, for an act of force v with no target whose
// object is "its (their) positions" (positionNouns), the military of the
// country of the subject of the nearest clause above v that has one of
// another country than the sources' ("Cambodia's defence ministry ...,
// saying Thai jets had bombed its positions": KHMMIL).
func (st *state) ownedPositions(v int, sources []doc.Actor) []doc.Actor {
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 || !positionNouns[s.lemma[o]] {
		return nil
	}
	p := s.child(o, rPoss)
	if p < 0 || s.lower[p] != "its" && s.lower[p] != "their" {
		return nil
	}
	for g, k := s.head[v], 0; g >= 0 && k < 4; g, k = s.head[g], k+1 {
		subj := s.child(g, rNsubj)
		if subj < 0 {
			continue
		}
		a := st.actorsOf(subj)
		if len(a) != 1 || a[0].Country == "" || a[0].Country == sources[0].Country {
			return nil
		}
		c := a[0].Country
		return []doc.Actor{{Name: c, Code: c + "MIL", Country: c, Sector: "MIL"}}
	}
	return nil
}

// aimNamed reports whether returned fire v names its own aim in an "at"
// phrase ("returned fire at government positions"): that aim, coded
// or not, is no earlier attacker's.
func (s *sent) aimNamed(v int) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] == rObl && s.caseOf(k) == "at" {
			return true
		}
	}
	if o := s.child(v, rObj); o >= 0 {
		for _, k := range s.kids[o] {
			if s.caseOf(k) == "at" {
				return true
			}
		}
	}
	return false
}
