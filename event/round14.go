package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 14, chosen on the development records of the real-news
// gold (dev2-dev8 and realnews.tsv's development half) and checked on
// sentences written for the tests (event/round14_test.go).

// gerundMarks introduce a gerund clause of time or means ("after meeting
// X", "by meeting for the first time").
var gerundMarks = map[string]bool{"after": true, "before": true, "upon": true, "by": true, "when": true,
	"while": true, "since": true}

// repairGerundOnNoun mends a gerund clause of time or means, opened by
// one of gerundMarks, that the parser hung as a modifier of the noun
// before it ("spoke to reporters | soon after meeting X", "sparked hope
// for the peace process | by meeting", the gerund an acl of "reporters"
// or "process"): a noun takes no such clause, so it is an adverbial clause
// of the nearest verb above the noun, whose subject it shares. (The
// session-9 repairTimeClauseOnNoun moves "when"/"while" clauses on a
// verb's own object; this one climbs any noun phrase.)
func (s *sent) repairGerundOnNoun() {
	for v := 1; v < s.n; v++ {
		o := s.head[v]
		if s.rel[v] != rAcl || o < 0 || o > v || s.upos[v] != "VERB" || !strings.HasSuffix(s.lower[v], "ing") ||
			!isNounTag(s.upos[o]) {
			continue
		}
		marked, own := false, false
		for k := o + 1; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch s.rel[k] {
			case rMark, rCase:
				if k < v && gerundMarks[s.lower[k]] {
					marked = true
				}
			case rNsubj, rNsubjPass, rAux, rAuxPass:
				own = true
			}
		}
		if !marked || own {
			continue
		}
		g := s.head[o]
		for steps := 0; g >= 0 && !isVerbal(s.upos[g]) && steps < s.n; steps++ {
			g = s.head[g]
		}
		if g < 0 || s.upos[g] == "ADJ" {
			continue
		}
		s.head[v], s.rel[v] = g, rAdvcl
	}
}

// consultGerund reports whether candidate m, a gerund clause of time
// ("after meeting Zimbabwe's president", "before holding talks with
// him"), is a meeting of the main clause's subject with a partner it
// names: the meeting took place, so the news guide codes it as it codes
// "when holding talks with X"; a journey or another act in such a clause
// ("after leaving Eriador") still only sets the scene.
func (st *state) consultGerund(m *match) bool {
	if st.c.opt.noConsultGerund || !strings.HasPrefix(m.yield.Main, "04") {
		return false
	}
	s := &st.s
	v := m.tok
	if g := s.head[v]; g >= 0 && sayVerbs[s.lemma[g]] {
		// "..., after holding talks with X, Libyan television said": a
		// trailing attribution's subject is not the one who met.
		if sb := s.child(g, rNsubj); sb > v && !st.leadingGerund(v) {
			return false
		}
	}
	if st.objectNamesActor(v) || st.talksNounPartner(v) {
		return true // "after meeting Zimbabwe's president", "after holding talks with X"
	}
	for _, k := range s.kids[v] {
		if (s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) == "with" && !receptionNouns[s.lemma[k]] && len(st.actorsOf(k)) > 0 {
			return true // "before holding talks with the Egyptian leader"
		}
	}
	return false
}

// receptionNouns are what one "meets with" that is no partner: "after
// meeting with resistance from Ukrainian forces", "met with criticism
// from Washington" (review).
var receptionNouns = map[string]bool{"resistance": true, "criticism": true, "approval": true,
	"support": true, "opposition": true, "hostility": true, "scepticism": true, "skepticism": true,
	"success": true, "failure": true, "anger": true, "protest": true, "disapproval": true,
	"acclaim": true, "praise": true, "condemnation": true, "derision": true, "indifference": true,
	"silence": true, "suspicion": true, "objection": true, "rejection": true, "backlash": true}

// ownTargets returns nil when every one of targets is one of sources, two
// or more actors of a coordinated subject acting on each other ("China and
// Russia pledged to deepen their relations": "their" names the subject,
// so China acts on Russia and Russia on China, not both on Russia), and
// targets unchanged otherwise.
func ownTargets(sources, targets []doc.Actor) []doc.Actor {
	if len(sources) < 2 || len(targets) == 0 {
		return targets
	}
	own := map[string]bool{}
	for _, a := range sources {
		if a.Code == "" {
			return targets
		}
		own[a.Code] = true
	}
	for _, t := range targets {
		if !own[t.Code] {
			return targets
		}
	}
	return nil
}

// intentAdjectives state a resolve to do what their infinitive says ("are
// determined to improve their economic ties", "is keen to expand trade"),
// as "ready" and "willing" offer it (intentGov).
var intentAdjectives = map[string]bool{"determined": true, "keen": true, "eager": true}

// intentAdjective reports whether lemma l, governing an infinitive, makes
// it an intention.
func (st *state) intentAdjective(l string) bool {
	return st.c.opt.News && !st.c.opt.noIntentAdjective && intentAdjectives[l]
}

// pointerWords point back at an event already told, as the subject of a
// copula ("This is the first visit between ...", "It was the first
// meeting ...").
var pointerWords = map[string]bool{"this": true, "it": true, "that": true, "these": true, "those": true}

// describedEvent reports whether event noun n is described rather than
// told: the predicate of a copula whose subject points back at an event
// ("This is the first high-level visit between the two states since
// ...", "The following were major warship visits between China and the
// United States"), or the subject of a copula ("her visit to Brussels is a
// signal of ..."). The news guide codes the event where the story tells
// it, not where it says what kind of event it was.
func (st *state) describedEvent(n int) bool {
	s := &st.s
	if st.c.opt.noDescribedEvent {
		return false
	}
	if s.hasChild(n, rCop) {
		if k := s.child(n, rNsubj); k >= 0 {
			return k < n && s.upos[k] == "PRON" && pointerWords[s.lower[k]]
		}
		for _, k := range s.kids[n] {
			if k < n && s.lower[k] == "following" {
				return true // "The following were ..."
			}
		}
		return false
	}
	h := s.head[n]
	if s.rel[n] != rNsubj || h <= n || !s.hasChild(h, rCop) || s.hasChild(h, rCase) {
		return false
	}
	// "her visit ... is a signal", "this visit was the first": an event
	// the story has named; not "Xi's visit to Havana was brief" or "the
	// meeting between A and B was tense", which may be its only report
	// (review)
	for _, k := range s.kids[n] {
		if k < n && (s.rel[k] == rDet || s.rel[k] == rPoss) && backWords[s.lower[k]] {
			return true
		}
	}
	return false
}

// backWords point back to an event already told: possessive pronouns and
// demonstratives.
var backWords = map[string]bool{"her": true, "his": true, "its": true, "their": true, "this": true,
	"that": true, "these": true, "those": true}

// conductNouns are what an actor does or stands for, which one supports by
// endorsing it ("supports the efforts of X", "backs the role Y has
// played", "would support the work of Z").
var conductNouns = map[string]bool{"effort": true, "role": true, "work": true, "struggle": true,
	"stance": true, "position": true, "bid": true, "candidacy": true}

// endorseVerbs back an actor's conduct.
var endorseVerbs = map[string]bool{"support": true, "back": true}

// endorsedConduct reports whether verb v supports an actor's conduct: its
// object a noun of conductNouns. The CAMEO dictionary codes "support
// efforts" 051 but "support effort" and most other objects 050 (diplomatic
// cooperation); the news guide codes backing what another does as
// endorsement (051).
func (st *state) endorsedConduct(v int) bool {
	s := &st.s
	if st.c.opt.noEndorseConduct || !endorseVerbs[s.lemma[v]] {
		return false
	}
	o := s.child(v, rObj)
	return o >= 0 && s.upos[o] == "NOUN" && conductNouns[s.lemma[o]]
}

// easeVerbs and sanctionNouns: what an appeal or demand to ease sanctions
// asks for ("lift the sanctions", "the embargo be eased").
var (
	easeVerbs     = map[string]bool{"lift": true, "ease": true, "end": true, "remove": true, "relax": true, "suspend": true}
	sanctionNouns = map[string]bool{"sanction": true, "sanctions": true, "embargo": true, "blockade": true}
)

// sanctionsLifted reports whether the content of appeal or demand verb v,
// its infinitive or reported clause (two steps down at most), is to ease
// sanctions: a verb of easeVerbs whose object or passive subject is a
// noun of sanctionNouns. CAMEO codes such appeals 0254 and demands 1054.
func (st *state) sanctionsLifted(v int) bool {
	s := &st.s
	if st.c.opt.noSanctionsLifted {
		return false
	}
	for y := 0; y < s.n; y++ {
		if !easeVerbs[s.lemma[y]] || s.upos[y] != "VERB" || !s.contentOf(y, v) {
			continue
		}
		for _, k := range s.kids[y] {
			if (s.rel[k] == rObj || s.rel[k] == rNsubjPass) && sanctionNouns[s.lemma[k]] {
				return true
			}
		}
	}
	return false
}

// appealVerbs ask an addressee to act.
var appealVerbs = map[string]bool{"appeal": true, "urge": true, "plead": true}

// appealGoverns reports whether appeal verb g, candidate gm with an appeal
// code (02x), codes the clause of its infinitive: the infinitive is the act
// asked of the addressee the appeal names in a "to" phrase ("Iraq appealed
// to the Security Council to lift the sanctions"), not an act of the one
// who appeals, which the tree would otherwise give it (coded as Iraq's own
// intention to ease sanctions).
func (st *state) appealGoverns(g int, gm *match) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noAppealGoverns || !appealVerbs[s.lemma[g]] || !strings.HasPrefix(gm.yield.Main, "02") {
		return false
	}
	for _, k := range s.kids[g] {
		if s.rel[k] == rObl && s.caseOf(k) == "to" && len(st.actorsOf(k)) > 0 {
			return true
		}
	}
	return false
}
