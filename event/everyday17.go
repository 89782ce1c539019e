package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 17 (everyday news: appeals, subordinate clauses,
// "the move", protests at embassies), chosen on sentences the team wrote
// itself in wire style and checked on the development records of the
// real-news gold, the PETRARCH suites and the coder's output for 600
// bench-news stories. Each rule has an off-switch (tests only); the tests
// are in event/everyday17_test.go. News mode only, except the two tree
// repairs, which run in every mode like the others.

// askVerbs ask an addressee to do something: what their infinitive says
// is the addressee's act, asked for, never the asker's own.
var askVerbs = map[string]bool{"call": true, "urge": true, "ask": true, "appeal": true, "press": true,
	"encourage": true, "implore": true, "exhort": true, "plead": true, "beg": true, "invite": true,
	"request": true, "advise": true, "push": true, "tell": true}

// askAddressee returns the head of the phrase naming whom ask verb g asks
// (its object, or its "on" or "upon" phrase for "call", "to" for
// "appeal", "with" for "plead", "for" for "call for X to"), -1 when it
// names none ("Kenya asked to join the talks" asks for its own act).
func (s *sent) askAddressee(g int) int {
	for _, k := range s.kids[g] {
		switch s.rel[k] {
		case rObj, rIobj:
			if isNounTag(s.upos[k]) || s.upos[k] == "PRON" {
				return k
			}
		case rObl:
			switch s.caseOf(k) {
			case "on", "upon", "to", "with", "for":
				return k
			}
		}
	}
	return -1
}

// askedBy returns the ask verb whose addressee is asked to do what
// infinitive x says ("called on both sides to return", "urged the
// parties to respect", "asked the rebels to lay down their arms": the
// infinitive a complement or adverbial clause of the verb, or a clause on
// its object), -1 when x is no such infinitive.
func (s *sent) askedBy(x int) int {
	g := s.head[x]
	if g < 0 || !s.hasMarkTo(x) || s.hasChild(x, rNsubj) || s.hasChild(x, rNsubjPass) {
		return -1
	}
	switch s.rel[x] {
	case rXcomp, rAdvcl:
	case rAcl:
		if s.rel[g] != rObj && s.rel[g] != rObl {
			return -1
		}
		g = s.head[g]
	default:
		return -1
	}
	if g < 0 || !askVerbs[s.lemma[g]] || s.upos[g] != "VERB" || s.askAddressee(g) < 0 {
		return -1
	}
	return g
}

// finiteForms are the tags of a verb that has tense of its own.
var finiteForms = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// askedAct reports whether verb v is (a conjunct of) an infinitive an ask
// verb asks its addressee to do: "Egypt called on both sides to return to
// negotiations and agree to a ceasefire" asks both of the sides, and
// neither "return" nor "agree" is Egypt's act. A conjunct with a subject
// or a tense of its own ("urged them to stop and said ...") is the
// asker's next act. The first infinitive is resolveClauses' to code or
// skip.
func (st *state) askedAct(v int) bool {
	s := &st.s
	x := v
	for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 4; steps++ {
		x = s.head[x]
	}
	if x == v {
		// the infinitive itself: resolveClauses' (the one-clause rule,
		// appealGoverns, object control)
		return false
	}
	if m := s.markOf(v); s.hasChild(v, rNsubj) || s.hasChild(v, rNsubjPass) || s.hasChild(v, rAux) || m != "" && m != "to" {
		return false
	}
	if s.secondInfinitive(v, x) {
		return true
	}
	return !finiteForms[s.d.Tokens[s.base+v].XPOS] && s.askedBy(x) >= 0
}

// secondInfinitive reports whether verb v, a base form conjoined to ask
// verb g in another tense, is a second infinitive of g's addressee that
// the parser hung on g: "Qatar urged the two sides to exercise restraint
// and agree to a truce" ("agree" tagged VBP, a conjunct of "urged"), an
// infinitive of g's coming before it.
func (s *sent) secondInfinitive(v, g int) bool {
	if s.head[v] != g || !askVerbs[s.lemma[g]] || s.lower[v] != s.lemma[v] {
		return false
	}
	if x := s.d.Tokens[s.base+v].XPOS; x != "VB" && x != "VBP" {
		return false
	}
	if x := s.d.Tokens[s.base+g].XPOS; x != "VBD" && x != "VBZ" {
		return false
	}
	for x := g + 1; x < v; x++ {
		if s.upos[x] == "VERB" && s.askedBy(x) == g {
			return true
		}
	}
	return false
}

// skip17 marks the candidates session 17's rules leave uncoded: the acts
// an appeal asks of its addressee.
func (st *state) skip17() {
	if st.c.opt.noAskedAct {
		return
	}
	st.skipVerbCands(st.askedAct)
}

// skipVerbCands marks skipped each candidate not yet skipped and no noun
// whose token drop reports.
func (st *state) skipVerbCands(drop func(tok int) bool) {
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.skip || m.noun {
			continue
		}
		if drop(m.tok) {
			m.skip = true
		}
	}
}

// sideNouns name the sides of a conflict or of talks.
var sideNouns = map[string]bool{"side": true, "party": true, "faction": true, "belligerent": true,
	"combatant": true, "camp": true, "rival": true, "adversary": true, "foe": true, "enemy": true}

// warringWords mark the sides as those fighting.
var warringWords = map[string]bool{"warring": true, "fighting": true, "rival": true, "opposing": true,
	"belligerent": true, "feuding": true}

// conflictWindow is how many sentences back the sides of the story's
// fighting are looked for.
const conflictWindow = 10

// conflictSides returns the actors of "both sides", "the two sides" or
// "the warring parties" headed by h when the story has told of fighting
// between two actors: the two who fought in its latest act of force
// (18x–20x) in the conflictWindow sentences before ("Sudan's army said
// it repelled an attack by the RSF. ... Egypt called on both sides to
// return to negotiations": the army and the RSF). cur, the actors the
// entity stage gave the phrase, stands when it names a pair that acted
// on each other in an earlier event of the window, or the sides of talks
// the sentence names ("talks between A and B ..., with both sides
// agreeing"): the entity stage's pair is the last two actors named, often
// a third party and a place. With no actor from the entity stage, talks
// "between" two actors named in the sentence give the pair ("talks
// between Mobutu and Kabila ... after the two adversaries indicated they
// were prepared to meet"). "party" needs a word of fighting ("both
// parties" may be a country's political parties).
func (st *state) conflictSides(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noConflictSides || s.upos[h] != "NOUN" || !sideNouns[s.lemma[h]] ||
		!strings.HasSuffix(s.lower[h], "s") || s.caseOf(h) == "between" {
		return cur
	}
	if s.caseOf(h) == "on" && (s.head[h] < 0 || !askVerbs[s.lemma[s.head[h]]]) {
		return cur // "traders on both sides", not "called on both sides"
	}
	warring := false
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rAmod, rCompound:
			if warringWords[s.lower[k]] {
				warring = true
			} else if s.rel[k] == rCompound {
				return cur
			}
		case rAcl, rNmod:
			if s.rel[k] == rAcl && s.hasMarkTo(k) || s.upos[k] == "ADP" {
				continue // "urged the two sides to stop", a bare "to" parsed on the noun
			}
			return cur // "both sides of the border"
		case rPoss, rConj, rAppos, rRelcl:
			return cur // "Sudan's warring parties"
		}
	}
	if !warring && (!s.namesPair(h) || s.lemma[h] == "party") {
		return cur
	}
	if len(st.sidesBetween(h)) > 0 {
		return cur
	}
	if b := st.talksBetween(); len(cur) == 0 && len(b) == 2 {
		// "talks between Mobutu and Kabila ... after the two
		// adversaries indicated they were prepared to meet"
		return []doc.Actor{st.described(b[0], h), st.described(b[1], h)}
	}
	var a, b *doc.Actor
	for i := len(st.done) - 1; i >= 0; i-- {
		e := &st.done[i]
		if e.Sentence < s.idx-conflictWindow {
			break
		}
		if e.Negated || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" || !forceCode(e.Cameo) ||
			sameActor(e.Source.Code, e.Target.Code) {
			continue
		}
		a, b = &e.Source, e.Target
		break
	}
	if a == nil {
		return cur
	}
	if u := uniqueCodes(cur); len(u) == 2 && st.actedOnEachOther(u[0].Code, u[1].Code) {
		return cur
	}
	x, y := st.alikeSides(*a, *b) // event/everyday21.go
	return []doc.Actor{st.described(x, h), st.described(y, h)}
}

// talksBetween returns the two actors of a "between A and B" phrase on a
// noun of talks in the sentence, nil unless there is one naming exactly
// two.
func (st *state) talksBetween() []doc.Actor {
	s := &st.s
	for k := 0; k < s.n; k++ {
		n := s.head[k]
		if s.rel[k] != rNmod || s.caseOf(k) != "between" || n < 0 || !meetingWords[s.lower[n]] && !meetingWords[s.lemma[n]] {
			continue
		}
		out := st.actorsOf(k)
		for j := k + 1; j < s.n; j++ {
			if s.rel[j] == rConj && s.inSubtree(j, k) {
				// "between President Mobutu Sese Seko and rebel leader
				// Laurent Kabila", the conjunct hung on a name's last word
				out = append(out, st.actorsOf(j)...)
			}
		}
		if out = uniqueCodes(out); len(out) == 2 {
			return out
		}
	}
	return nil
}

// actedOnEachOther reports whether an event of the conflictWindow
// sentences before has x and y (these very codes) as its two parties.
func (st *state) actedOnEachOther(x, y string) bool {
	for i := len(st.done) - 1; i >= 0; i-- {
		e := &st.done[i]
		if e.Sentence < st.s.idx-conflictWindow {
			break
		}
		if e.Target == nil {
			continue
		}
		if e.Source.Code == x && e.Target.Code == y || e.Source.Code == y && e.Target.Code == x {
			return true
		}
	}
	return false
}

// repairs17 runs session 17's tree repairs.
func (s *sent) repairs17() {
	if !s.noClauseAfterPrep {
		s.repairClauseAfterPreposition()
	}
	if !s.noVerbOnModifier {
		s.repairVerbConjoinedToModifier()
	}
}

// repairClauseAfterPreposition mends a clause of time whose subject the
// parser took for the object of "after" (a preposition) and whose verb
// for a complement of a verb further on ("Sudan expelled two diplomats
// on Wednesday after Nairobi hosted a meeting of RSF leaders, the
// ministry said": "Nairobi" a modifier of "Wednesday", "hosted" a second
// complement of "said"), of the main verb ("after the government signed
// a deal" with "signed" its open complement) or of nothing: a finite verb
// (VBD, VBZ, VBP) with no subject, mark or conjunction of its own, right
// after a noun introduced by "after", "before", "since" or "until",
// takes that noun as its subject and the word as its mark, and becomes
// an adverbial clause of the verb the noun's phrase hung from. The clause
// has its own subject: its act is never the main clause subject's.
// (repairTimeClauseSubject mends the same shape with the verb a conjunct
// of the main verb.)
func (s *sent) repairClauseAfterPreposition() {
	for v := 2; v < s.n; v++ {
		if s.upos[v] != "VERB" || !finiteForms[s.d.Tokens[s.base+v].XPOS] {
			continue
		}
		switch s.rel[v] {
		case rCcomp, rXcomp, rParataxis, rOther:
		case rConj:
			if g := s.head[v]; g >= 0 && g < v {
				continue // repairTimeClauseSubject's
			}
		default:
			continue
		}
		if s.headHasRel(v, rNsubj, rNsubjPass, rMark, rCC) {
			continue
		}
		n := v - 1
		if !isNounTag(s.upos[n]) || s.head[n] < 0 || s.head[n] > n || s.inSubtree(n, v) || s.inSubtree(v, n) {
			continue
		}
		c := s.timeCase(n)
		if c < 0 {
			continue
		}
		g := s.head[n]
		for steps := 0; g >= 0 && s.upos[g] != "VERB" && steps < 4; steps++ {
			g = s.head[g]
		}
		if g < 0 || s.upos[g] != "VERB" || s.inSubtree(g, v) {
			continue
		}
		s.head[n], s.rel[n] = v, rNsubj
		s.head[c], s.rel[c] = v, rMark
		s.head[v], s.rel[v] = g, rAdvcl
	}
}

// repairVerbConjoinedToModifier mends a verb conjoined to an adjective
// that follows the object of the verb before it ("Kenya rejected the move
// as unjustified and summoned Sudan's ambassador": "summoned" a conjunct
// of "unjustified", an adjective on "move"): a past or present finite
// form tagged VERB, with an object of its own, an "and" of its own before
// it and no subject, auxiliary or mark, conjunct of an adjective hung
// on the object of a verb (or on that verb), becomes a conjunct of that
// verb, sharing its subject, as repairVerbConjoinedToObject does for a
// verb conjoined to the object itself.
func (s *sent) repairVerbConjoinedToModifier() {
	for v := 0; v < s.n; v++ {
		a := s.head[v]
		if s.rel[v] != rConj || a < 0 || a > v || s.upos[v] != "VERB" || s.upos[a] != "ADJ" {
			continue
		}
		if !finiteForms[s.d.Tokens[s.base+v].XPOS] {
			continue
		}
		if s.clausalAdjective(a) {
			continue // "the president was furious and blamed Kenya": a clause of its own
		}
		g := s.head[a]
		if g >= 0 && s.rel[a] != rXcomp && s.rel[a] != rAdvcl && s.rel[g] == rObj {
			g = s.head[g]
		}
		if g < 0 || s.upos[g] != "VERB" {
			continue
		}
		if s.joinableConjunct(v) {
			s.head[v] = g
		}
	}
}

// clausalAdjective reports whether adjective a heads a clause of its own,
// with a subject or a copula ("was furious"): a verb conjoined to it shares
// that subject, and the parse is right as it is.
func (s *sent) clausalAdjective(a int) bool {
	// the tree's child lists are built after the repairs
	return s.headHasRel(a, rNsubj, rNsubjPass, rCop)
}

// moveNouns stand for an earlier act of any kind ("rejected the move"):
// anaphoricActs' entries of session 17.
var moveNouns = map[string]bool{"move": true, "decision": true, "step": true, "measure": true, "action": true}

// asModifier reports whether adjective a is a predicate of its noun with
// "as" ("rejected the move as unjustified", parsed on the noun).
func (s *sent) asModifier(a int) bool {
	for _, k := range s.kids[a] {
		if s.lower[k] == "as" && k < a {
			return true
		}
	}
	return false
}

// missionNouns are a foreign state's missions on a country's soil.
var missionNouns = map[string]bool{"embassy": true, "consulate": true, "embassies": true, "consulates": true}

// embassyEntity reports whether entity e names a foreign embassy or
// consulate ("the Brazilian embassy", "the US embassy in Cairo"): a
// mission at home, which does not make a sentence about the home
// country's people and police one about a foreign country.
func (st *state) embassyEntity(e *doc.Entity) bool {
	if !st.c.opt.News || st.c.opt.noEmbassyProtest || e.Actor == nil || e.Actor.Sector != "GOV" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Text)) {
		if missionNouns[w] {
			return true
		}
	}
	return false
}

// rallyNouns name people who gather to protest, besides protestNouns.
var rallyNouns = map[string]bool{"activist": true, "student": true, "supporter": true, "people": true,
	"crowd": true, "resident": true, "worker": true, "farmer": true, "youth": true}

// embassyProtest returns, for verb v of a protest code (14x) whose subject
// subj is a crowd naming no actor ("Hundreds of protesters gathered
// outside the Brazilian embassy to denounce deforestation", "Students
// rallied in front of the Chinese embassy in Manila"), the crowd as
// civilians of the country the protest is in (a place the sentence names
// of another country than the embassy's, else the dateline's) and the
// embassy's government as target: a demonstration at a mission is
// against the state it represents. nil when it is no such clause.
func (st *state) embassyProtest(v, subj int, code string) (src, tgt []doc.Actor) {
	s := &st.s
	if subj < 0 || !strings.HasPrefix(code, "14") || !isNounTag(s.upos[subj]) {
		return nil, nil
	}
	if crowdCounts[s.lower[subj]] {
		for _, k := range s.kids[subj] {
			if s.rel[k] == rNmod && s.caseOf(k) == "of" {
				subj = k
				break
			}
		}
	}
	if !protestNouns[s.lemma[subj]] && !crowdNouns[s.lemma[subj]] && !rallyNouns[s.lemma[subj]] || len(st.actorsOf(subj)) > 0 {
		return nil, nil
	}
	x := v
	for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 4; steps++ {
		x = s.head[x]
	}
	for _, w := range []int{v, x} {
		for _, k := range s.kids[w] {
			if s.rel[k] != rObl && s.rel[k] != rObj {
				continue
			}
			if s.lemma[k] == "front" {
				// "in front of the Chinese embassy"
				for _, j := range s.kids[k] {
					if s.rel[j] == rNmod && s.caseOf(j) == "of" {
						k = j
					}
				}
			}
			if !missionNouns[s.lemma[k]] && !missionNouns[s.lower[k]] {
				continue
			}
			if a := st.actorsOf(k); len(a) > 0 && a[0].Sector == "GOV" && len(a[0].Country) == 3 {
				tgt = a[:1]
				break
			}
		}
		if tgt != nil {
			break
		}
	}
	if tgt == nil {
		return nil, nil
	}
	c := st.protestCountry(tgt[0].Country)
	if c == "" {
		return nil, nil
	}
	hs, he := s.tokenSpan(subj)
	src = []doc.Actor{{Name: s.d.Text[hs:he], Country: c, Sector: "CVL", Code: c + "CVL",
		Mention: &doc.Mention{Start: hs, End: he, Text: s.d.Text[hs:he]}}}
	return src, tgt
}

// protestCountry is the country a protest at an embassy of country
// foreign is in: of a place the sentence names, not foreign's, else of
// the story's dateline; "" when neither gives one.
func (st *state) protestCountry(foreign string) string {
	s := &st.s
	d := s.d
	lo, _ := s.tokenSpan(0)
	_, hi := s.tokenSpan(s.n - 1)
	for i := range d.Places {
		p := &d.Places[i]
		if p.Start >= lo && p.End <= hi && len(p.Country) == 3 && p.Country != foreign {
			return p.Country
		}
	}
	if dl := d.Dateline; dl != nil {
		for i := range d.Places {
			p := &d.Places[i]
			if p.Start == dl.Start && len(p.Country) == 3 && p.Country != foreign {
				return p.Country
			}
		}
	}
	return ""
}
