package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 16 (everyday diplomatic news), chosen on sentences the
// team wrote itself in wire style and checked on the development records of
// the real-news gold, the PETRARCH suites and the coder's output for 600
// bench-news stories. Each rule has an off-switch (tests only); the tests
// are in event/everyday16_test.go. News mode only.

// judgeVerbs judge someone for a deed named by a gerund: "criticised
// Eritrea for blocking the plan", "thanked Qatar for releasing the
// sailors". The deed is the judged one's, told as the judge's reason.
var judgeVerbs = map[string]bool{"criticise": true, "criticize": true, "condemn": true, "denounce": true,
	"slam": true, "blast": true, "rebuke": true, "reprimand": true, "castigate": true, "censure": true,
	"fault": true, "chide": true, "scold": true, "lambaste": true, "berate": true, "praise": true,
	"commend": true, "hail": true, "laud": true, "applaud": true, "thank": true, "congratulate": true,
	"credit": true, "salute": true, "punish": true, "sanction": true, "fine": true, "penalise": true,
	"penalize": true, "reward": true}

// judgedDeed reports whether clause x (a verb, or the first of verbs
// conjoined with it) is the gerund of a judge's reason ("Germany condemned
// Russia for attacking a hospital": "attacking"): the deed is the judged
// one's, told by the judge, and coded by the judgement only, as the
// accused's act in "accused X of V-ing" is (session 9); it is never the
// judge's own act.
func (s *sent) judgedDeed(x int) bool {
	g := s.head[x]
	if g < 0 || !judgeVerbs[s.lemma[g]] || !s.hasWord(x, "for") || !strings.HasSuffix(s.lower[x], "ing") {
		return false
	}
	return !s.hasChild(x, rNsubj) && !s.hasChild(x, rNsubjPass)
}

// sceneMarks open a phrase that sets the scene of the clause.
var sceneMarks = map[string]bool{"after": true, "before": true, "since": true, "following": true, "amid": true}

// nounAsVerb reports whether verb x is a plural noun the tagger took for a
// verb in -s after a preposition of time ("arrested 12 supporters after
// clashes near parliament": "clashes" VBZ with "after" as its mark and no
// subject): a finite verb has a subject; the phrase is a noun event that
// sets the scene, coded nothing, and never the main clause subject's act.
func (s *sent) nounAsVerb(x int) bool {
	t := s.d.Tokens[s.base+x]
	if t.XPOS != "VBZ" && t.XPOS != "NNS" || s.rel[x] != rAdvcl || !strings.HasSuffix(s.lower[x], "s") ||
		s.hasChild(x, rNsubj) || s.hasChild(x, rNsubjPass) || s.hasChild(x, rAux) {
		return false
	}
	for _, k := range s.kids[x] {
		if (s.rel[k] == rMark || s.rel[k] == rCase) && k < x && sceneMarks[s.lower[k]] {
			return true
		}
	}
	return false
}

// skip16 marks the candidates session 16's rules leave uncoded: a judged
// deed and a noun taken for a verb after "after".
func (st *state) skip16() {
	s := &st.s
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.skip || m.noun {
			continue
		}
		x := m.tok
		for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 4; steps++ {
			x = s.head[x]
		}
		if !st.c.opt.noJudgedDeed && s.judgedDeed(x) {
			m.skip = true
		}
		if !st.c.opt.noNounAsVerb && s.nounAsVerb(m.tok) {
			m.skip = true
		}
	}
	if !st.c.opt.noPassiveTerms {
		st.passiveTerms()
	}
	if !st.c.opt.noInvitedPassive {
		st.invitedPassive()
	}
}

// passiveTerms mends a clause left with no trigger: a passive governor
// whose pattern used its infinitive's words ("Sisi is expected to visit
// Doha next month": the CAMEO dictionary's PREDICT reads "expected to
// visit") is skipped by the one-clause rule for passive governors, while
// the infinitive was skipped as one of the pattern's words. The infinitive
// codes the clause, as under any passive governor ("is expected to
// meet").
func (st *state) passiveTerms() {
	s := &st.s
	at := map[int]int{}
	for ci := range st.cands {
		at[st.cands[ci].tok] = ci
	}
	for ci := range st.cands {
		m := &st.cands[ci]
		g := s.head[m.tok]
		if m.noun || !m.skip || s.rel[m.tok] != rXcomp || g < 0 || !(s.hasChild(g, rNsubjPass) || s.hasChild(g, rAuxPass)) {
			continue
		}
		if !planPassives[s.lemma[g]] {
			continue // "was asked to probe", "was envisaged ... to fight": no plan read
		}
		if sj := s.child(g, rNsubjPass); sj < 0 || !anyCode(st.actorsOf(sj)) {
			continue // no one coded to do it
		}
		gi, ok := at[g]
		if !ok || !st.cands[gi].skip || st.cands[gi].score == 0 || !inList(st.cands[gi].terms, m.tok) {
			continue
		}
		m.skip = false
	}
}

// planPassives are the passive governors whose dictionary patterns read
// the infinitive as a plan ("is expected to visit", "is scheduled to
// meet", "was set to sign"): the ones passiveTerms revives.
var planPassives = map[string]bool{"expect": true, "schedule": true, "slate": true, "set": true,
	"plan": true, "due": true}

// invitedPassive codes a passive invitation with an infinitive ("Abiy was
// invited by Ruto to visit Nairobi") as the invitation (036, from the
// agent to the one invited), not as the visit, which the one-clause rule
// gives the infinitive under a passive governor ("was seen to break
// into"): the visit is only asked for. The one invited must name an
// actor.
func (st *state) invitedPassive() {
	s := &st.s
	for gi := range st.cands {
		gm := &st.cands[gi]
		g := gm.tok
		if gm.noun || s.lemma[g] != "invite" || !(s.hasChild(g, rNsubjPass) || s.hasChild(g, rAuxPass)) {
			continue
		}
		// the one invited names an actor ("the alleged victim was invited
		// by the Americans to go with them" is no invitation to a visit)
		if sj := s.child(g, rNsubjPass); sj < 0 || len(st.actorsOf(sj)) == 0 {
			continue
		}
		x := -1
		for _, k := range s.kids[g] {
			if s.rel[k] == rXcomp && s.hasMarkTo(k) {
				x = k
			}
		}
		if x < 0 {
			continue
		}
		// the one invited is the passive subject, not a phrase of the
		// infinitive the pattern read as the object ("to visit Nairobi")
		gm.skip, gm.yield, gm.intent, gm.roleT = false, Yield{Main: "036"}, "", -1
		for ci := range st.cands {
			if m := &st.cands[ci]; !m.noun && (m.tok == x || s.inSubtree(m.tok, x) && s.rel[m.tok] == rConj) {
				m.skip = true
			}
		}
	}
}

// guestNouns name people or bodies received as guests.
var guestNouns = map[string]bool{"delegation": true, "president": true, "minister": true, "leader": true,
	"envoy": true, "counterpart": true, "ambassador": true, "king": true, "queen": true, "prince": true,
	"pope": true, "visitor": true, "guest": true, "premier": true, "chancellor": true, "emir": true,
	"mission": true, "team": true, "official": true, "diplomat": true, "secretary": true, "head": true,
	"monarch": true, "sultan": true, "sheikh": true, "crown": true, "dignitary": true, "chief": true}

// crowdSectors are people, not hosts: "Filipino crowds gathered to
// welcome the new American ambassador" is no hosting (session 9 review).
var crowdSectors = map[string]bool{"CVL": true, "REF": true, "MED": true, "EDU": true}

// guestOf returns the phrase head of the one welcomed, greeted or
// received by verb v (its object, or its subject in the passive), -1 when
// there is none.
func (s *sent) guestOf(v int) int {
	if o := s.child(v, rObj); o >= 0 {
		return o
	}
	return s.child(v, rNsubjPass)
}

// welcomesGuest reports whether verb v, coded c, welcomes, greets or
// receives a guest: a person, a delegation or an official ("Argentine
// President Javier Milei welcomed Boric", "Boric was welcomed by Milei in
// Buenos Aires", "Tanzania welcomed the Kenyan delegation"), or, for
// welcome and greet, a country or its government. Such a welcome is a
// hosting (043, host to guest) in both voices; a welcome of a deed, a
// decision or an agreement stays praise (051), and so does a welcome by
// people (crowdSectors) rather than a state or body that hosts.
func (st *state) welcomesGuest(v int, c string, hosts []doc.Actor) bool {
	s := &st.s
	l := s.lemma[v]
	if l != "welcome" && l != "greet" && l != "receive" {
		return false
	}
	for _, h := range hosts {
		if crowdSectors[h.Sector] {
			return false
		}
	}
	if c != "" && c != Null && !strings.HasPrefix(c, "05") && !strings.HasPrefix(c, "04") {
		return false
	}
	g := s.guestOf(v)
	if g < 0 || len(st.actorsOf(g)) == 0 {
		return false
	}
	if guestNouns[s.lemma[g]] || s.namedEntity(g, "PER") {
		return true
	}
	return l != "receive" && s.codedEntity(g, "GPE") && s.upos[g] == "PROPN" && !s.hasChild(g, rNmod)
}

// concludeVerbs make or carry out a deal in their own event ("signed a
// deal", "agreed to a truce"); "exchanged fire despite a truce" is no
// such verb, "exchanged prisoners in a deal" is the deal's frame.
var concludeVerbs = map[string]bool{"agree": true, "sign": true, "reach": true, "conclude": true,
	"accept": true, "strike": true, "seal": true, "clinch": true,
	"finalise": true, "finalize": true, "negotiate": true, "hammer": true, "ink": true, "approve": true}

// dealConcluded reports whether the deal noun n, hung from verb h, is
// made in h's own event: h a verb of agreeing or concluding, or the deal
// the frame of h's act ("released 30 prisoners under a deal", "in a
// deal"), not a deal made before that the clause breaks, rejects or
// argues over ("violated a ceasefire brokered by Qatar", "despite a
// truce", "over a deal").
func dealConcluded(s *sent, h, n int) bool {
	if concludeVerbs[s.lemma[h]] {
		return true
	}
	switch s.caseOf(n) {
	case "to", "in", "under", "through", "as":
		return true
	}
	return false
}

// dealNouns are deals, truces and talks a third party mediates or brokers.
var dealNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "ceasefire": true,
	"cease-fire": true, "truce": true, "pact": true, "exchange": true, "swap": true, "talk": true,
	"negotiation": true, "settlement": true, "armistice": true, "dialogue": true, "meeting": true}

// mediateVerbs mediate or broker a deal.
var mediateVerbs = map[string]bool{"mediate": true, "broker": true, "facilitate": true}

// mediatedSides returns, for a mediation (045) by verb v whose object (or
// passive subject) is a deal or talks between sides, every side: "The
// talks between Armenia and Azerbaijan were mediated by the United
// States" mediates with both, where the target search gave the first.
func (st *state) mediatedSides(v int) []doc.Actor {
	s := &st.s
	n := s.guestOf(v)
	if n < 0 || !dealNouns[s.lemma[n]] {
		return nil
	}
	if sides := st.betweenSidesOf(n); len(sides) >= 2 {
		return sides
	}
	return nil
}

// mediatedDeals adds the mediation (045) of a third party named as the
// agent of a reduced relative on a deal ("exchanged 150 prisoners in a
// deal mediated by the United Arab Emirates", "agreed to a ceasefire
// brokered by Qatar and Egypt"): the participle is background, but the
// mediation is CAMEO's "mediate talks, negotiations, or disputes between
// parties", from the mediator to each side. The sides are the deal's
// "between" phrase, else two or more actors named by the subject of the
// verb the deal hangs from. Nothing when that verb is negated or
// hypothetical, or is itself background.
func (st *state) mediatedDeals(out []doc.Event) []doc.Event {
	s := &st.s
	for i := 0; i < s.n; i++ {
		n := s.head[i]
		if !mediateVerbs[s.lemma[i]] || s.upos[i] != "VERB" || s.rel[i] != rAcl || n < 0 || !dealNouns[s.lemma[n]] ||
			s.hasChild(i, rNsubj) || s.hasChild(i, rAux) {
			continue
		}
		var agents []doc.Actor
		for _, k := range s.kids[i] {
			if s.rel[k] == rOblAgent || s.rel[k] == rObl && s.caseOf(k) == "by" {
				if st.actorItself(k) {
					// the mediator itself, not "a loan from the World Bank"
					agents = uniqueCodes(st.actorsOf(k))
				}
			}
		}
		if len(agents) == 0 {
			continue
		}
		sides := st.betweenSidesOf(n)
		if len(sides) < 2 {
			// the verb the deal's phrase hangs from, through the nouns it
			// modifies ("exchanged 150 prisoners | in a deal")
			for steps := 0; steps < 2 && s.rel[n] == rNmod && s.head[n] >= 0 && isNounTag(s.upos[s.head[n]]); steps++ {
				n = s.head[n]
			}
			h := s.head[n]
			if h < 0 || !isVerbal(s.upos[h]) || (s.rel[n] != rObl && s.rel[n] != rObj) || s.underRelcl(h) ||
				s.rel[h] == rRelcl || s.rel[h] == rAcl {
				continue
			}
			sj := s.child(h, rNsubj)
			if sj < 0 && s.rel[h] == rXcomp && s.head[h] >= 0 {
				sj = s.child(s.head[h], rNsubj)
			}
			if sj < 0 {
				continue
			}
			sides = uniqueCodes(st.actorsOf(sj))
			if len(sides) < 2 {
				continue
			}
			if !dealConcluded(s, h, s.head[i]) {
				continue // "violated a ceasefire brokered by Qatar": an earlier deal
			}
			if neg, mod := st.modality(h); neg || mod != "asserted" {
				continue
			}
		}
		for _, a := range agents {
			if a.Code == "" {
				continue
			}
			for j := range sides {
				t := sides[j]
				if t.Code == "" || sameActor(a.Code, t.Code) {
					continue
				}
				out = st.extraEvent("045", i, a, &t, out)
			}
		}
	}
	return out
}

// actKind is the code roots and trigger words of the earlier acts a bare
// noun may stand for.
type actKind struct {
	roots []string
	words []string
}

// anaphoricActs map a bare noun for an earlier act ("rejected the
// criticism") to the kind of acts it stands for.
var anaphoricActs = map[string]actKind{
	"criticism":  {[]string{"11"}, nil},
	"accusation": {[]string{"112"}, []string{"accus"}},
	"allegation": {[]string{"112"}, []string{"accus", "alleg"}},
	"charge":     {[]string{"112"}, []string{"accus"}},
	"demand":     {[]string{"10", "02"}, nil},
	"call":       {[]string{"10", "02"}, nil},
	"appeal":     {[]string{"02"}, nil},
	"request":    {[]string{"02", "10"}, nil},
	"ultimatum":  {[]string{"10", "13"}, nil},
	"proposal":   {nil, []string{"propos"}},
	"offer":      {nil, []string{"offer"}},
	"invitation": {nil, []string{"invit"}},
	"warning":    {[]string{"13"}, []string{"warn"}},
	"threat":     {[]string{"13"}, []string{"threat"}},
	// a move, decision, step or measure: an act done to someone, told
	// before (session 17): "Sudan expelled two Kenyan diplomats. Kenya
	// rejected the move"
	"move":     {moveRoots, nil},
	"decision": {moveRoots, nil},
	"step":     {moveRoots, nil},
	"measure":  {moveRoots, nil},
	"action":   {moveRoots, nil},
}

// moveRoots are the code roots of the acts "the move" may stand for:
// material acts and decisions about relations, not statements, appeals,
// demands or criticism (session 17).
var moveRoots = []string{"03", "04", "05", "06", "07", "08", "12", "13", "15", "16", "17", "18", "19", "20"}

// reactVerbs answer an act told before ("rejected the criticism",
// "accepted the invitation", "heeded the call").
var reactVerbs = map[string]bool{"reject": true, "accept": true, "deny": true, "dismiss": true, "refute": true,
	"rebuff": true, "spurn": true, "decline": true, "welcome": true, "heed": true, "ignore": true, "brush": true,
	"answer": true, "support": true, "back": true, "endorse": true, "praise": true, "hail": true,
	"criticise": true, "criticize": true, "condemn": true, "denounce": true, "slam": true, "study": true,
	"consider": true, "embrace": true, "counter": true, "protest": true, "turn": true}

// anaphoricTarget returns the author of the earlier act that the bare
// object of verb v stands for ("Boric condemned the detention. Venezuela
// rejected the criticism": Boric's government; "Ruto invited Abiy ..., and
// Abiy accepted the invitation": Ruto's): v answers an act (reactVerbs),
// its object is "the" (this, that) and one of anaphoricActs' nouns with
// nothing else on it, and the
// acts of that kind in the sentence before v or in the sentence before
// it, from others than sources, have exactly one author. nil otherwise.
func (st *state) anaphoricTarget(v int, sources []doc.Actor, out []doc.Event) []doc.Actor {
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 || !reactVerbs[s.lemma[v]] {
		return nil
	}
	kind, ok := anaphoricActs[s.lemma[o]]
	if !ok && !st.c.opt.noDeedAuthor {
		kind, ok = deedActs[s.lemma[o]] // "condemned the arrests" (event/lead34.go)
	}
	if !ok || st.c.opt.noMoveAuthor && moveNouns[s.lemma[o]] {
		return nil
	}
	det := false
	for _, k := range s.kids[o] {
		switch {
		case s.rel[k] == rDet && (s.lower[k] == "the" || s.lower[k] == "this" || s.lower[k] == "that" ||
			s.lower[k] == "these" || s.lower[k] == "those"):
			det = true
		case s.rel[k] == rPunct:
		case (s.rel[k] == rAmod && s.asModifier(k) || s.rel[k] == rNmod && s.caseOf(k) == "as") && k > o &&
			!st.c.opt.noMoveAuthor:
			// "rejected the move as unjustified", "as hostile" parsed as
			// a noun (session 17)
		default:
			return nil
		}
	}
	if !det {
		return nil
	}
	vStart := s.d.Tokens[s.base+v].Start
	var found []doc.Actor
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.Sentence < s.idx-1 {
			break
		}
		if e.Sentence > s.idx || e.Sentence == s.idx && e.Action.Start >= vStart || e.Negated || e.Source.Code == "" {
			continue
		}
		match := false
		for _, r := range kind.roots {
			match = match || strings.HasPrefix(e.Cameo, r)
		}
		act := strings.ToLower(s.d.Text[e.Action.Start:e.Action.End])
		for _, w := range kind.words {
			match = match || strings.HasPrefix(act, w)
		}
		if !match {
			continue
		}
		found = addOtherAuthor(found, e, sources, false)
	}
	if len(found) != 1 {
		return nil
	}
	return found
}

// addOtherAuthor adds e's source to found, the authors of an act a
// reacting clause points back to, unless it is one of the clause's own
// sources (the same actor, or with byCountry the same country) or already
// found.
func addOtherAuthor(found []doc.Actor, e *doc.Event, sources []doc.Actor, byCountry bool) []doc.Actor {
	for _, a := range sources {
		if sameActor(a.Code, e.Source.Code) || byCountry && a.Country != "" && a.Country == e.Source.Country {
			return found
		}
	}
	for _, f := range found {
		if f.Code == e.Source.Code {
			return found
		}
	}
	return append(found, e.Source)
}

// hostVerbs receive guests; the rest of the CAMEO dictionary's ACCLAIM
// block (praise, hail, commend, ...) praises.
var hostVerbs = map[string]bool{"welcome": true, "greet": true, "receive": true}

// praiseNotHost reports whether verb v, whose pattern in the dictionary's
// ACCLAIM block or dyad.pat's WELCOME_GUEST gave a visit or hosting code
// (042, 043) through a bare "to" or "in" phrase, received no guest: a
// verb of praise ("Xi praised Lula for his commitment to
// multilateralism": "to" is inside the reason), or a welcome of a thing,
// a common noun that is no guest and no entity ("welcomed Ethiopia's
// commitment to peace", "welcomed the decision in a statement"). It is
// praise (051), the block's own code.
func (st *state) praiseNotHost(v int, m *match, c string) bool {
	s := &st.s
	if m.block == nil || (m.block.Name != "ACCLAIM" && m.block.Name != "WELCOME_GUEST") ||
		!strings.HasPrefix(c, "042") && !strings.HasPrefix(c, "043") {
		return false
	}
	if !hostVerbs[s.lemma[v]] {
		return true
	}
	g := s.guestOf(v)
	return g >= 0 && s.upos[g] == "NOUN" && !guestNouns[s.lemma[g]] && !s.namedEntity(g, "PER", "ORG", "GPE", "NORP")
}

// timeTarget reports whether x heads a time phrase, for a bare target
// slot ("will visit Nigeria in July"): timePhrase, with a month written
// out in full, not a word the lemmatizer read as one ("for Mar del
// Plata": "Mar" lemmatized "March").
func (s *sent) timeTarget(x int) bool {
	return timePhrase(s, x) && !(monthNames[s.lemma[x]] && !monthNames[s.lower[x]])
}

// pledgeVerbs commit their subject to what their infinitive says.
var pledgeVerbs = map[string]bool{"pledge": true, "vow": true, "promise": true, "resolve": true, "commit": true}

// pledgedTogether reports whether verb v, coded c, is an act of
// cooperation (03x, 05x, 06x) that a coordinated subject pledges ("Poland
// and Germany pledged to strengthen their cooperation"), v being the
// pledge or an infinitive (or conjunct) under it: with no one else named,
// or only themselves ("their cooperation"), they pledge it to each other,
// as with "agree" (agreedTogether).
func (st *state) pledgedTogether(v int, c string) bool {
	if !strings.HasPrefix(c, "03") && !strings.HasPrefix(c, "05") && !strings.HasPrefix(c, "06") {
		return false
	}
	s := &st.s
	for x, steps := v, 0; x >= 0 && steps < 4; steps++ {
		if pledgeVerbs[s.lemma[x]] {
			return true
		}
		if s.rel[x] != rXcomp && s.rel[x] != rConj {
			return false
		}
		x = s.head[x]
	}
	return false
}
