// Package event codes political events from parsed sentences: who did what
// to whom, in CAMEO and PLOVER terms.
//
// The coder reads each sentence's dependency tree (doc.Token Head and
// Deprel, UD v2 labels or the v1 labels of older parsers), finds the verbs
// (and event nouns) that pattern blocks know, picks the pattern that explains
// most of the clause, and takes source and target from the tree: subject and
// object, the prepositional phrase a pattern names, the agent of a passive,
// the controller of an infinitive, the subject of a reported clause.
// Coordinated actors give one event per pair; a paired code ("042:043") or a
// coordinated subject acting on each other gives both directions. Negation
// sets Negated and modality (asserted, intended, hypothetical) is read from
// auxiliaries, governing verbs and clause marks.
//
// Patterns come from the embedded CAMEO 2.0 verb dictionary converted to
// dyad's format (data/event/cameo-verbs.pat) plus dyad's own patterns
// (data/event/dyad.pat); users add or replace them (ParsePatterns) and
// PETRARCH verb dictionaries load as they are (LoadPetrarchVerbs). Actors
// come from an ActorFinder: the entity stage's actors in production
// (Entities), or PETRARCH actor and agent dictionaries (PetrarchActors).
package event

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	eventdata "github.com/dyadproject/dyad/data/event"
	"github.com/dyadproject/dyad/doc"
)

// Options tune a Coder.
type Options struct {
	// RequireTarget drops events whose target could not be found, as
	// PETRARCH's require_dyad does. Without it such events are kept with a
	// nil Target.
	RequireTarget bool
	// KeepSameActor keeps events whose source and target have the same
	// code ("Arnor ... its embassy"); by default they are dropped.
	KeepSameActor bool
	// PlaceTargets lets a place phrase ("in Gondor", "at the border") give
	// the target when nothing else does, as PETRARCH does. Off by default:
	// "the presidents met in Beijing" does not make Beijing their target.
	PlaceTargets bool
	// PassivePPSource takes the source of a passive verb without an agent
	// from its prepositional phrases ("was shot dead in Osgiliath" codes
	// Osgiliath as the shooter), as PETRARCH does. Off by default.
	PassivePPSource bool
	// NoPossessorTargets keeps the possessor of an object from being the
	// target ("regretted Eriador's refusal" gives no target), as PETRARCH
	// does. Off by default: "criticised Iran's programme" targets Iran.
	NoPossessorTargets bool
	// PassiveAsActive reads a passive verb with no doer named (no agent,
	// no actor in a phrase on the verb) as active when it has a target: the
	// subject acts on it ("was criticized over its dispute with Eriador"
	// codes the subject against Eriador), as PETRARCH-2 does. Off by
	// default: such a clause names no source.
	PassiveAsActive bool
	// ExactWords matches a pattern's words (not the verb) by their written
	// form only, as PETRARCH-2 does: "- * RESOLUTION" does not match
	// "resolutions". Off by default: lemmas match too.
	ExactWords bool
	// PreVerbWords lets a pattern's words before the verb match, besides
	// the subject phrase, the verb's auxiliaries, negation and adverbs
	// ("- &NEGATVAUXVRB * OVER EFFORTS", "- RECENTLY_* [025]") and the
	// verbs governing its clause ("- INDICATED * [123]" codes "indicated
	// it deplored Libya"), as PETRARCH-2 matches the words before the verb.
	// Off by default: UD-PETRARCH matches them in the subject only.
	PreVerbWords bool
	// LooseWords lets a pattern's words after the verb that are not found
	// among its complements match anywhere after it in its clause: inside
	// prepositional phrases and reported clauses ("- * RESOLUTION [102]"
	// codes "acted on a resolution"), as PETRARCH-2 matches them; the words
	// of one phrase must then stand next to each other ("* NEW_&TIETYPES_
	// RELATIONS" does not match "new global economic trade relations").
	// Off by default.
	LooseWords bool
	// News follows the real-news annotation guide (data/event/gold/README.md)
	// where it differs from PETRARCH's habits: a plain statement (010) is not
	// an event; verbs of relative clauses and reduced relatives ("the bombing
	// which killed five", "the 105 killed by shelling") are background and
	// not coded; events between an actor and its own country (ISRGOV → ISR)
	// or two actors of one code are dropped; a plan or schedule reaches
	// every verb it coordinates ("is scheduled to address and meet"); and a
	// passive killing without an agent takes the attacker from the attack
	// noun it happened in ("killed in an Israeli air strike"). Default()
	// and NewsOptions set it.
	News bool

	// noAnaphor, noClashWith and noVehicleFor switch off single rules, for
	// the tests that show each one matters.
	noAnaphor, noClashWith, noVehicleFor bool
	// noPhraseVictims, noLeaderChange and noHomeAnaphor do the same for the
	// rules of session 7.
	noPhraseVictims, noLeaderChange, noHomeAnaphor bool
	// noPlaceTarget, noAgreeRecip, noPossSubject, noNamingPattern,
	// noRetortBy and noThreatGov do the same for the rules of session 7,
	// round 2.
	noPlaceTarget, noAgreeRecip, noPossSubject, noNamingPattern, noRetortBy, noThreatGov bool
	// The fields below do the same for the rules of session 8.
	noNullComplement, noPairDescription, noIntention, noSplitMention, noOwnTarget, noCurrency bool
	noFeelingPassive, noBarePolice, noThreatYield, noSameCode, noLocativeObject, noSeatOf     bool
	// noAccusedAct, noSignedAfterTalks, noNamedDisapproval, noTheyPair and
	// noAttribution switch off rules of session 9.
	noAccusedAct, noSignedAfterTalks, noNamedDisapproval, noTheyPair, noAttribution bool
	// The fields below switch off rules of session 10.
	noWhereClause, noCrowdProtest, noSanctionThreat, noAirStrike bool
	noTargetless, noSpokesman, noCrowdViolence                   bool
	// The fields below switch off rules of session 11.
	noAttackedPlace, noMeetingWith, noVenue, noFoughtRecip bool
	noUnlessTarget, noReducedNoun                          bool
	// noPairedSelves switches off a rule of session 12.
	noPairedSelves bool
	// The fields below switch off rules of session 13 (event/round13.go).
	noDeedDoer, noCopulaSubject, noTopicGerund, noMeetingScene, noCasualtyClause bool
	// noPlacedPeople and noTerritoryPlace switch off rules of session 13's second round
	// (event/round13b.go).
	noPlacedPeople, noTerritoryPlace, noOvertakenPlan, noSidesBetween bool
	// The fields below switch off rules of session 14 (event/round14.go).
	noConsultGerund, noOwnTargets, noIntentAdjective, noDescribedEvent, noEndorseConduct, noSanctionsLifted, noAppealGoverns bool
	// noVerbalDefence, noElectoralDefeat, noCarriedPassenger, noLeadersOf
	// and noAsPredicate switch off rules of session 14 (event/round14s.go).
	noVerbalDefence, noElectoralDefeat, noCarriedPassenger, noLeadersOf, noAsPredicate bool
	// The fields below switch off rules of session 15 (event/round15.go).
	noHabitual, noTopicTarget, noPlaceNested, noJudicialCoop, noRelclInfinitive, noApproach, noDelegationHost bool
	// The fields below switch off rules of session 15
	// (event/everyday15.go).
	noThreatAct, noDenial, noProtestGathering, noEventPlace, noPronounObject, noUncodedNation, noMediatedTalks bool
	// The fields below switch off rules of session 16
	// (event/everyday16.go).
	noJudgedDeed, noNounAsVerb, noWelcomeGuest, noMediatedDeal, noMediatedSides, noAnaphoricAct, noInvitedPassive, noTimeTarget, noPassiveTerms, noPraiseNotHost, noPledgedTogether bool
	// The fields below switch off rules of session 16 (event/round16.go).
	noNominalMeeting, noShouldAppeal, noBetweenSides bool
	// The fields below switch off rules of session 17
	// (event/everyday17.go).
	noAskedAct, noConflictSides, noMoveAuthor, noEmbassyProtest bool
	// noHopeAppeal switches off withoutHopeAppeals (session 18,
	// event/round18.go).
	noHopeAppeal bool
	// The fields below switch off rules of session 18
	// (event/everyday18.go).
	noNestedAttribution, noBodyForPerson, noRecentPair, noPairedAct, noDetainer bool
	// noBorrowerApproval, noRivalDetainers and noMeetAtTarget switch off the guards of
	// the session 18 review (event/review18.go).
	noBorrowerApproval, noRivalDetainers, noMeetAtTarget bool
	// The fields below switch off rules of session 19 (event/round19.go).
	noTalksTogether, noDueVisit, noAgreementBetween, noCarriedOutBy, noLeadingGerund bool
	// everyday19Off switches off rules of session 19's everyday round
	// (event/everyday19.go).
	everyday19Off
	// left20Off switches off rules of session 20's left-alone misfires
	// (event/left20.go, event/left20b.go).
	left20Off
	// everyday20Off switches off rules of session 20's everyday round
	// (event/everyday20.go).
	everyday20Off
	// everyday21Off switches off rules of session 21's everyday round
	// (event/everyday21.go).
	everyday21Off
	// round20Off switches off rules of session 20 (event/round20.go).
	round20Off
	// round21Off switches off rules of session 21 (event/round21.go).
	round21Off
	// round22Off switches off rules of session 22 (event/round22.go).
	round22Off
	// round23Off switches off rules of session 23 (event/round23.go).
	round23Off
	// round23bOff switches off rules of session 23's second events round
	// (event/round23b.go).
	round23bOff
	// round23cOff switches off rules of session 23's third events round
	// (event/round23c.go).
	round23cOff
	// round24Off switches off rules of session 24's events round
	// (event/round24.go).
	round24Off
	// currency23Off switches off event/currency23.go's rule.
	currency23Off
	// noAgreedTalks switches off agreedTalks (event/round22b.go; tests only).
	noAgreedTalks bool
	noAttendance  bool // event/attend23.go
	// noPlanIntents switches off withoutPlanIntents (event/review22wave2.go;
	// tests only).
	noPlanIntents bool
	// recall21Off switches off rules of session 21's recall round
	// (event/recall21.go).
	recall21Off
	// recall22bOff switches off the guards of session 22's second recall
	// round (event/recall22b.go).
	recall22bOff
	// recall23Off switches off the rules of session 23's recall round
	// (event/recall23.go).
	recall23Off
	// recall23bOff switches off the rules of session 23's second recall
	// round (event/recall23b.go).
	recall23bOff
	// recall24Off switches off the rules of session 24's recall round
	// (event/recall24.go).
	recall24Off
	// withPartner26Off switches off the rules of session 26's cuts of
	// extra events (event/withpartner26.go).
	withPartner26Off
	// recall26Off switches off the rules of session 26's recall round
	// (event/recall26.go).
	recall26Off
	// round27Off switches off the rules of session 27's events round
	// (event/round27.go).
	round27Off
	// round28Off switches off the rules of session 28's events round
	// (event/round28.go).
	round28Off
	// recall28Off switches off the rules of session 28's recall round
	// (event/recall28.go).
	recall28Off
	// round29Off switches off the rules of session 29's events round
	// (event/round29.go).
	round29Off
	// recall29Off switches off the rules of session 29's recall round
	// (event/recall29.go).
	recall29Off
	// recall30Off switches off the rules of session 31's recall round
	// (event/recall30.go).
	recall30Off
	// codes29Off switches off the rules of session 29's codes round
	// (event/codes29.go).
	codes29Off
	// round31Off switches off the rules of session 31's events round
	// (event/round31.go).
	round31Off
	// round32Off switches off the rules of session 32's events round
	// (event/round32.go).
	round32Off
	// round33Off switches off the rules of session 33's events round
	// (event/round33.go).
	round33Off
	// round34Off switches off the rules of session 34's events round
	// (event/round34.go).
	round34Off
	// round35Off switches off the rules of session 35's events round
	// (event/round35.go).
	round35Off
	// round36Off switches off the rules of session 36's events round
	// (event/round36.go).
	round36Off
	// lead32Off switches off the rules of session 32's lead round
	// (event/lead32.go).
	lead32Off
	// lead33Off switches off the rules of session 33's lead round
	// (event/lead33.go).
	lead33Off
	// lead33bOff switches off the rules of event/lead33b.go.
	lead33bOff
	// lead34Off switches off the rules of session 34's lead round
	// (event/lead34.go).
	lead34Off
	// lead35Off switches off the rules of session 35's lead round
	// (event/lead35.go).
	lead35Off
	// lead36Off switches off the rules of session 36's lead round
	// (event/lead36.go).
	lead36Off
	// everyday34Off switches off the rules of session 34's everyday
	// round (event/everyday34.go).
	everyday34Off
	// everyday35Off switches off the rules of session 35's everyday
	// round (event/everyday35.go).
	everyday35Off
	// review21Off switches off the guards of session 21's review
	// (event/review21.go).
	review21Off
	// review22Off switches off the rules of session 22's probe review
	// (event/review22.go).
	review22Off
	// warnIfOff switches off warnIfTarget (event/warnif22.go).
	warnIfOff
	// left23Off switches off the rules of session 23's left-alone
	// misfires (event/left23.go).
	left23Off
	// repairsOff switches tree repairs off, likewise; the coder hands it to
	// each sentence's tree.
	repairsOff
}

// NewsOptions returns the options dyad codes raw news text with.
func NewsOptions() Options { return Options{News: true} }

// placePreps mark phrases of place and time.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true,
	"during": true, "after": true, "before": true, "since": true, "until": true, "on": false, "across": true,
	"throughout": true, "within": true, "around": true}

// Coder codes events with one set of patterns. It is safe for concurrent use.
type Coder struct {
	pats *Patterns
	opt  Options
	pool sync.Pool
}

// New returns a coder for p. p must not change afterwards.
func New(p *Patterns, opt Options) *Coder {
	p.index()
	c := &Coder{pats: p, opt: opt}
	c.pool.New = func() any { return &state{} }
	return c
}

var (
	defOnce  sync.Once
	defCoder *Coder
	defErr   error
)

// DefaultPatterns returns a fresh copy of the embedded patterns: the CAMEO
// 2.0 verb dictionary converted to dyad's format and dyad's own patterns
// (noun-headed and light-verb events, news phrasing, intent codes).
func DefaultPatterns() (*Patterns, error) {
	p := NewPatterns()
	for _, name := range patternFiles {
		f, err := eventdata.FS.Open(name)
		if err != nil {
			return nil, err
		}
		q, err := ParsePatterns(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		p.Merge(q)
	}
	return p, nil
}

// Default returns the shared coder with the embedded patterns.
func Default() (*Coder, error) {
	defOnce.Do(func() {
		p, err := DefaultPatterns()
		if err != nil {
			defErr = err
			return
		}
		defCoder = New(p, NewsOptions())
	})
	return defCoder, defErr
}

// Code codes d's events with the default patterns and actors from af, stores
// them in d.Events and returns them.
func Code(d *doc.Document, af ActorFinder) ([]doc.Event, error) {
	c, err := Default()
	if err != nil {
		return nil, err
	}
	return c.Code(d, af), nil
}

// Code codes every sentence of d, stores the events in d.Events and returns
// them. Sentences without a parse (every Head -1) code nothing.
func (c *Coder) Code(d *doc.Document, af ActorFinder) []doc.Event {
	st := c.pool.Get().(*state)
	defer c.pool.Put(st)
	defer openTrees(d)()
	st.c, st.af, st.nEvents = c, af, 0
	var out []doc.Event
	if c.opt.News && sportsStory(d) {
		// Teams named by their countries are no political actors.
		d.Events = nil
		return nil
	}
	for si := range d.Sentences {
		st.done = out
		out = st.codeSentence(d, si, out)
	}
	st.done = nil
	if c.opt.News {
		// Historical background ("signed an accord in 2003" in a 2006
		// story) is not coded in news; the timex stage runs before the
		// coder in the standard pipeline.
		out = dropHistorical(d, out)
	}
	d.Events = out
	return out
}

// CodeSentence codes one sentence and appends its events to out.
func (c *Coder) CodeSentence(d *doc.Document, si int, af ActorFinder, out []doc.Event) []doc.Event {
	st := c.pool.Get().(*state)
	defer c.pool.Put(st)
	st.c, st.af, st.done = c, af, nil
	return st.codeSentence(d, si, out)
}

// state is the per-call scratch space of a coder.
type state struct {
	c  *Coder
	af ActorFinder
	s  sent

	actors  [][]doc.Actor
	actDone []bool
	cands   []match
	seen    map[string]bool
	inComp  []bool
	nEvents int
	// planPartner is set by defaultTarget when the target was named in
	// the infinitive of a plan noun ("signed an agreement to buy a
	// satellite from China"): the seller is no co-signatory, so a paired
	// code gives no reverse event.
	planPartner bool
	// done holds the events of the document's earlier sentences while
	// Code runs (nil for CodeSentence).
	done []doc.Event
	// l20 carries session 20's pair rules from sentence to sentence
	// (event/left20.go).
	l20 left20State
	// recalled holds the byte spans of the sentence's heads whose actors
	// session 23's recall round gave (event/recall23.go).
	recalled [][2]int
}

// match is the best pattern found for one trigger token.
type match struct {
	tok    int
	block  *Block
	word   int
	pat    *Pattern // nil: the block's or word's default
	yield  Yield
	score  int
	extra  []int // particle and preceding words of a multi-word verb
	terms  []int // tokens matched by the pattern's words
	roleS  int   // head whose actors are the source (-1: default)
	roleT  int   // head whose actors are the target (-1: default)
	ppTgt  int   // a bare prepositional slot's phrase, the target when no other is named
	group  int   // a "between X and Y" phrase whose actors act on each other (-1: none)
	recip  bool
	intent string
	noun   bool
	skip   bool
}

func (st *state) codeSentence(d *doc.Document, si int, out []doc.Event) []doc.Event {
	s := &st.s
	s.repairsOff = st.c.opt.repairsOff
	s.reset(d, si)
	n := s.n
	if n == 0 {
		return out
	}
	parsed := false
	for i := 0; i < n; i++ {
		if s.head[i] >= 0 {
			parsed = true
			break
		}
	}
	if !parsed && n > 1 {
		return out
	}
	if cap(st.actors) < n {
		st.actors = make([][]doc.Actor, n)
		st.actDone = make([]bool, n)
		st.inComp = make([]bool, n)
	}
	st.actors, st.actDone, st.inComp = st.actors[:n], st.actDone[:n], st.inComp[:n]
	for i := 0; i < n; i++ {
		st.actors[i], st.actDone[i] = nil, false
	}
	st.cands = st.cands[:0]
	st.recalled = st.recalled[:0]
	for k := range st.seen {
		delete(st.seen, k)
	}
	if st.seen == nil {
		st.seen = map[string]bool{}
	}
	p := st.c.pats
	if st.c.opt.News {
		st.hyphenLemmas() // "co-chaired" (event/left20b.go)
		st.stemLemmas()   // "severed", "waged" (event/recall21.go)
	}
	for i := 0; i < n; i++ {
		up := s.upos[i]
		verb := up == "VERB" || (up == "AUX" && s.head[i] < 0)
		noun := p.nouns && (up == "NOUN" || up == "PROPN")
		if !verb && !noun {
			continue
		}
		m, ok := st.bestMatch(i, noun && !verb)
		ok = ok && !st.stemDefault(i, m)                        // a repaired lemma's bare default (event/recall21.go)
		ok = ok && !st.termsAstray(i, m) && !st.marketWar(i, m) // "began monitoring the ceasefire", "waged a price war" (event/review21.go)
		if ok && verb && st.c.opt.News && !st.c.opt.noNamedDisapproval && namingVerbs[s.lemma[i]] &&
			!strings.HasPrefix(m.yield.Main, "11") && s.namesDisapproval(i) {
			// "called the talks a mistake": naming something so is
			// criticism (111), of the object's actor where it names one
			// (session 9, the team's story s22).
			m.yield = Yield{Main: "111"}
		}
		if ok && verb && st.c.opt.News && !st.c.opt.noBorrowerApproval && s.borrowerApproval(i, m.yield.Main) {
			// "approved a loan from the World Bank": no aid given by the
			// approver (session 18 review, event/review18.go).
			m.yield = Yield{Main: "0311"}
		}
		if ok && verb {
			// "gave the junta until December 31 to ...", "suspended
			// Guinea-Bissau from ECOWAS" (event/everyday19.go)
			st.everyday19Match(i, &m)
			st.everyday20Match(i, &m) // "challenge the move at the WTO" (event/everyday20.go)
			// "called the veto "shameful"", "abstained" (event/everyday21.go)
			ok = !st.everyday19Drop(i) && !st.everyday21Drop(i, &m) && !st.left22Drop(i, &m) && !st.left23Drop(i, &m) // event/left22.go, left23.go
			// "broke its silence": DESTROY's 190 with no one as object (event/round35.go)
			ok = ok && !(st.c.opt.News && st.figurativeForce(i, &m))
			ok = ok && !(st.c.opt.News && st.fightProblem(i, &m)) // event/lead36.go
			// "worked with RSF": round36.pat's "work with" only as an intention (event/round36.go)
			ok = ok && !(st.c.opt.News && st.workedWith(i, &m))
		}
		if ok && !(st.c.opt.News && st.newsDrops(i, m.pat != nil, verb, m.yield.Main)) {
			st.cands = append(st.cands, m)
		}
	}
	st.resolveClauses()
	if st.c.opt.News {
		st.skipBackground()
		st.shareAttack()
		if !st.c.opt.noCrowdProtest {
			st.crowdProtest()
		}
		if !st.c.opt.noProtestGathering {
			st.protestGathering()
		}
		st.skip16()
		st.skip17()
		st.skip22() // event/round22.go
		st.skip23() // event/round23.go
	}
	first := len(out)
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.skip {
			continue
		}
		out = st.emit(m, out)
	}
	if st.c.opt.News && !st.c.opt.noMediatedDeal {
		// "agreed to a ceasefire brokered by Qatar" (session 16).
		out = st.mediatedDeals(out)
	}
	out = st.nominalMeetings(out, first)
	out = st.shouldAppeals(out, first)
	out = st.withoutHopeAppeals(out, first)
	out = st.dueVisits(out, first)
	out = st.agreementsBetween(out, first)
	out = st.left20Events(out, first)         // event/left20b.go
	out = st.bothSidesFell(out, first)        // event/round21.go
	out = st.presentVisits(out, first)        // event/round22.go
	out = st.renewedCondemnations(out, first) // event/round22.go
	out = st.left22Events(out, first)         // event/left22.go
	out = st.left23Events(out, first)         // event/left23.go
	out = st.agreedTalks(out, first)          // event/round22b.go
	out = st.jointAgreements(out, first)      // event/recall24.go
	out = st.withoutAttendance(out, first)    // event/attend23.go
	out = st.occasionMeetings(out, first)     // event/round23.go
	out = st.meetingsBetween(out, first)      // event/round23b.go
	out = st.refusedPairs(out, first)         // event/round23b.go
	out = st.withoutRegionOrigins(out, first) // event/currency23.go
	out = st.withoutPlanIntents(out, first)   // event/review22wave2.go
	out = st.protestDemands(out, first)       // event/review22.go
	out = st.protestAtMission(out, first)     // event/review22.go
	out = st.withPartner26Events(out, first)  // event/withpartner26.go
	out = st.round27Events(out, first)        // event/round27.go
	out = st.round28Events(out, first)        // event/round28.go
	out = st.round29Events(out, first)        // event/round29.go
	out = st.recall29Events(out, first)       // event/recall29.go
	out = st.codes29Events(out, first)        // event/codes29.go
	out = st.round31Events(out, first)        // event/round31.go
	out = st.withoutMarketActors(out, first)  // event/lead32.go
	out = st.round33Events(out, first)        // event/round33.go
	out = st.round34Events(out, first)        // event/round34.go
	out = st.withoutCitedForce(out, first)    // event/lead33b.go
	out = st.datelineArrivals(out, first)     // event/lead34.go
	out = st.everyday35Events(out, first)     // event/everyday35.go
	out = st.withoutOpinions(out, first)      // event/lead35.go
	if st.c.opt.News && !st.c.opt.noTargetless {
		out = st.withoutTargetless(out, first)
	}
	out = st.withoutRecalledTargetless(out, first) // event/recall23.go
	return out
}

// withoutTargetless drops from the sentence's events (out[first:]) an
// event without a target when the sentence has the same code from the
// same source with one: "imposed new sanctions on Belarus ..., freezing
// the assets of 12 officials" is one sanction on Belarus, not another on
// no one (session 10, the team's story s28). A noun event stays ("is due
// to visit Vietnam for further negotiations": the negotiations are an act
// of their own, with a place of their own).
func (st *state) withoutTargetless(out []doc.Event, first int) []doc.Event {
	s := &st.s
	tokenAt := s.tokenStarting
	// near reports a verb dep within three steps under verb u, not across
	// a reported or relative clause ("…, killing one soldier and
	// wounding another"; a parse of "troops shot dead a man and wounded
	// X" that hangs "shot" on the subject)
	near := func(dep, u int) bool {
		for x, k := dep, 0; k < 3 && x >= 0; k++ {
			if s.rel[x] == rCcomp || s.rel[x] == rRelcl || s.rel[x] == rParataxis {
				return false
			}
			x = s.head[x]
			if x == u {
				return true
			}
		}
		return false
	}
	ownTime := func(v int) bool {
		// a time of its own or "again" on the verb or its phrases:
		// "struck Gaza on Monday and struck again on Wednesday" are two
		// strikes
		for i := 0; i < s.n; i++ {
			if h := s.head[i]; h == v || h >= 0 && s.head[h] == v {
				if is, ie := s.tokenSpan(i); s.inTimex(is, ie) || s.lower[i] == "again" {
					return true
				}
			}
		}
		return false
	}
	drop := func(e *doc.Event) bool {
		if e.Target != nil {
			return false
		}
		v := tokenAt(e.Action.Start)
		if v < 0 || isNounTag(s.upos[v]) {
			return false
		}
		for j := first; j < len(out); j++ {
			f := &out[j]
			if f.Target == nil || f.Cameo != e.Cameo || f.Source.Code != e.Source.Code || f.Negated != e.Negated ||
				f.Modality != e.Modality {
				continue
			}
			// only clauses linked to each other ("…, freezing the assets",
			// "address the summit and meet X"), not both with times of
			// their own (two happenings)
			u := tokenAt(f.Action.Start)
			if u >= 0 && (near(v, u) || near(u, v)) && !(ownTime(v) && ownTime(u)) {
				return true
			}
		}
		return false
	}
	n := first
	for i := first; i < len(out); i++ {
		if !drop(&out[i]) {
			out[n] = out[i]
			n++
		}
	}
	// (An event with a target is never dropped, so every one stays in
	// out[first:] while the kept ones are moved down.)
	return out[:n]
}

// actorsOf returns (and caches) the actors of the phrase headed by h.
func (st *state) actorsOf(h int) []doc.Actor {
	if h < 0 || st.af == nil {
		return nil
	}
	if !st.actDone[h] {
		st.actDone[h] = true
		if a := st.relativeObject(h); a >= 0 {
			// "Egypt, which he accused": "which" is Egypt (event/lead34.go)
			st.actors[h] = st.actorsOf(a)
			return st.actors[h]
		}
		if f, ok := st.af.(entityFinder); ok && st.s.allRepairs() {
			st.actors[h] = f.actorsIn(&st.s, st.s.base+h)
		} else {
			st.actors[h] = st.af.Actors(st.s.d, st.s.idx, st.s.base+h)
		}
		if st.c.opt.News && !st.c.opt.noSplitMention {
			st.actors[h] = st.withoutSplitMentions(h, st.actors[h])
		}
		if st.c.opt.News && !st.c.opt.noCurrency && st.s.upos[h] == "NOUN" && currencyNouns[st.s.lemma[h]] {
			// "pledged 50 million Australian dollars", "10 million US
			// dollars in aid": a currency's country is no party (a
			// country's name is kept: "has given Nepal 30 million
			// dollars" parsed with "Nepal" on "dollars").
			st.actors[h] = st.withoutCurrencyNations(st.actors[h])
		}
		if st.c.opt.News {
			st.actors[h] = placeAsCountry(st.s.d, st.actors[h])
			if len(st.actors[h]) == 0 && !st.c.opt.noPlacedPeople {
				// "Militants in Gaza fired rockets": people in a place
				// are of its country (event/round13b.go).
				st.actors[h] = st.placedPeople(h)
			}
			if len(st.actors[h]) == 0 {
				// "Kibaki, with whom Museveni met": the name the relative
				// pronoun stands for (event/round34.go).
				st.actors[h] = st.whomAntecedent(h)
			}
			if len(st.actors[h]) == 0 && !st.c.opt.noAnaphor {
				// "The party also called on ...": a definite description
				// stands for the party named before (event/anaphor.go).
				st.actors[h] = st.anaphorActors(h)
			}
			if len(st.actors[h]) == 0 {
				// "It welcomed ...": the body the sentence before
				// opened with (event/recall28.go).
				st.actors[h] = st.itBody(h)
			}
			// "government troops", "security forces": the story
			// country's (event/recall23.go).
			st.actors[h] = st.homeRecall(h, st.actors[h])
			// "the two South American nations": the story's pair, not
			// the region (event/round23c.go).
			st.actors[h] = st.regionPair(h, st.actors[h])
			if len(st.actors[h]) == 0 {
				// "the two presidents are expected to sign": the pair
				// the story is about (event/anaphor.go).
				st.actors[h] = st.pairActors(h)
			}
			if len(st.actors[h]) == 0 && !st.c.opt.noSidesBetween {
				// "talks between A and B ..., with both sides agreeing
				// to meet again" (event/round13b.go)
				st.actors[h] = st.sidesBetween(h)
			}
			if len(st.actors[h]) == 0 && !st.c.opt.noTheyPair {
				// "... held talks. They agreed to hold joint naval
				// patrols": the pair that met in the sentence before.
				st.actors[h] = st.theyPair(h)
			}
			// "both sides", "the warring parties": the two who fought
			// (event/everyday17.go).
			st.actors[h] = st.conflictSides(h, st.actors[h])
			// "both ministers", "the two countries": the two who met
			// (event/everyday18.go).
			st.actors[h] = st.recentPair(h, st.actors[h])
			// "the two countries" after three, a capital, a third
			// party's reaction (event/left20.go).
			st.actors[h] = st.left20Pair(h, st.actors[h])
			// "the junta", "soldiers", "the officers who seized power":
			// the military of the story's coup (event/everyday19.go).
			st.actors[h] = st.coupActors(h, st.actors[h])
			// "each accused the other", "Sudan's army-backed government"
			// (event/everyday21.go)
			st.actors[h] = st.possessedBody(h, st.eachOther(h, st.actors[h]))
			// "the government of Gondor", "officials from Gondor": the
			// country's body, not the bare country (event/recall23b.go).
			st.actors[h] = st.bodyOfCountry(h, st.actors[h])
			// "diplomats from Gondor and Rohan": each country's
			// government (event/round32.go).
			st.actors[h] = st.delegatesOf(h, st.actors[h])
			st.actors[h] = st.conjObjectPronoun(h, st.actors[h])
			// "Israeli settlers and soldiers": the second noun shares
			// the first one's nationality (event/codes29.go).
			st.actors[h] = st.sharedNationality(h, st.actors[h])
			if !st.c.opt.noLeadersOf {
				// "met the leaders of Ghana and Senegal": the leaders of
				// each, their governments (event/round14s.go).
				st.actors[h] = st.leadersOf(h, st.actors[h])
			}
			if len(st.actors[h]) == 0 && !st.c.opt.noSpokesman && spokesNouns[st.s.lemma[h]] {
				// "A spokesman for the junta in Ouagadougou accused
				// Accra": one who speaks for a body the phrase names by
				// a description is that body (session 10, the team's
				// story s27).
				for _, k := range st.s.kids[h] {
					if st.s.rel[k] == rNmod && (st.s.caseOf(k) == "for" || st.s.caseOf(k) == "of") {
						st.actors[h] = st.actorsOf(k)
						break
					}
				}
			}
		}
	}
	return st.actors[h]
}

// feelingVerbs have a passive that states a feeling ("was alarmed by",
// "is concerned about", "were disappointed"): an adjective in effect.
var feelingVerbs = map[string]bool{"alarm": true, "concern": true, "worry": true, "please": true,
	"disappoint": true, "shock": true, "surprise": true, "sadden": true, "dismay": true, "trouble": true,
	"delight": true, "anger": true, "outrage": true, "encourage": true, "satisfy": true, "frustrate": true,
	"disturb": true, "horrify": true, "appal": true, "appall": true, "alarmed": true, "concerned": true,
	"worried": true, "pleased": true, "disappointed": true, "shocked": true, "surprised": true,
	"saddened": true, "dismayed": true, "troubled": true, "delighted": true, "angered": true,
	"outraged": true, "encouraged": true, "satisfied": true, "frustrated": true, "disturbed": true,
	"horrified": true, "appalled": true}

// conditionActors returns the actors named by the subject of an "if" or
// "unless" clause of verb v or of an infinitive under it, nil when there
// is none.
func (st *state) conditionActors(v int) []doc.Actor {
	s := &st.s
	verbs := []int{v}
	for _, k := range s.kids[v] {
		if s.rel[k] == rXcomp {
			verbs = append(verbs, k)
		}
	}
	for _, x := range verbs {
		for _, c := range s.kids[x] {
			if s.rel[c] != rAdvcl || !(s.hasWord(c, "if") || s.hasWord(c, "unless")) {
				continue
			}
			if a := st.subjectActors(c); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// nestedCondition finds the actors of the subject of an "unless" or "if"
// clause anywhere under verb v's infinitive complement, where the parser
// hung it on a noun of the threatened act ("to trigger the return of UN
// sanctions | unless Iran resumes cooperation", the clause on
// "sanctions").
func (st *state) nestedCondition(v int) []doc.Actor {
	s := &st.s
	x := s.child(v, rXcomp)
	if x < 0 {
		return nil
	}
	for c := x + 1; c < s.n; c++ {
		if (s.rel[c] != rAcl && s.rel[c] != rAdvcl) || !s.inSubtree(c, x) || !(s.hasWord(c, "if") || s.hasWord(c, "unless")) {
			continue
		}
		if a := st.subjectActors(c); len(a) > 0 {
			return a
		}
	}
	return nil
}

// subjectActors returns the actors of the first subject of clause c that
// names any (conditionActors, nestedCondition), nil when none does.
func (st *state) subjectActors(c int) []doc.Actor {
	s := &st.s
	for _, k := range s.kids[c] {
		if s.rel[k] == rNsubj || s.rel[k] == rNsubjPass {
			if a := st.actorsOf(k); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// cooperative reports whether code c is one of cooperation, verbal or
// material (roots 01–08).
func cooperative(c string) bool {
	return len(c) >= 2 && c[0] == '0' && c[1] >= '1' && c[1] <= '8'
}

// currencyNouns name money: the nationality on them ("US dollars") names
// no actor.
var currencyNouns = map[string]bool{"dollar": true, "euro": true, "yen": true, "pound": true, "yuan": true,
	"renminbi": true, "rupee": true, "ruble": true, "rouble": true, "franc": true, "peso": true,
	"shilling": true, "dinar": true, "riyal": true, "rial": true, "rand": true, "lira": true, "krona": true,
	"krone": true, "naira": true, "baht": true, "ringgit": true, "rupiah": true, "dirham": true, "cedi": true,
	"kwacha": true, "zloty": true, "forint": true, "hryvnia": true, "taka": true, "dong": true}

// withoutCurrencyNations drops from a the actors named by a nationality
// word (an entity of type NORP, or "US") on a currency.
func (st *state) withoutCurrencyNations(a []doc.Actor) []doc.Actor {
	var out []doc.Actor
	d := st.s.d
	for _, x := range a {
		nat := false
		if m := x.Mention; m != nil {
			nat = m.Text == "US" || m.Text == "U.S."
			for i := range d.Entities {
				if e := &d.Entities[i]; e.Start <= m.Start && e.End >= m.End && e.Type == "NORP" {
					nat = true
				}
			}
		}
		if !nat {
			out = append(out, x)
		}
	}
	return out
}

// onlyLocative reports whether every actor of a, the actors of object
// phrase o, is named inside a phrase of place on o ("signed a ceasefire
// agreement in Doha"): where the object was made, not whom it concerns.
func (st *state) onlyLocative(o int, a []doc.Actor) bool {
	s := &st.s
	for _, x := range a {
		if x.Mention == nil {
			return false
		}
		in := false
		for _, k := range s.kids[o] {
			if s.rel[k] != rNmod || !placePreps[s.caseOf(k)] {
				continue
			}
			ks, _ := s.tokenSpan(firstOf(s, k))
			_, ke := s.tokenSpan(lastOf(s, k))
			in = in || (x.Mention.Start >= ks && x.Mention.End <= ke)
		}
		if !in {
			return false
		}
	}
	return len(a) > 0
}

// lastOf returns the last token of the subtree of a (from heads).
func lastOf(s *sent, a int) int {
	l := a
	for k := a + 1; k < s.n; k++ {
		if s.inSubtree(k, a) {
			l = k
		}
	}
	return l
}

// uniqueCodes drops from a the actors whose code an earlier one has
// (events are told apart by their actors' codes).
func uniqueCodes(a []doc.Actor) []doc.Actor {
	for i := 1; i < len(a); i++ {
		for j := 0; j < i; j++ {
			if a[i].Code != "" && a[i].Code == a[j].Code {
				out := append([]doc.Actor(nil), a[:i]...)
				for _, x := range a[i+1:] {
					dup := x.Code == ""
					for _, y := range out {
						dup = dup || (x.Code != "" && x.Code == y.Code)
					}
					if x.Code == "" || !dup {
						out = append(out, x)
					}
				}
				return out
			}
		}
	}
	return a
}

// ownCountries reports whether every actor of targets (at least one) has
// the country of one of sources.
func ownCountries(targets, sources []doc.Actor) bool {
	for _, t := range targets {
		own := false
		for _, x := range sources {
			own = own || (t.Country != "" && t.Country == x.Country)
		}
		if !own {
			return false
		}
	}
	return len(targets) > 0
}

// withoutSplitMentions drops from the actors a of the phrase headed by h
// those whose mention also covers the subject of another clause, one whose
// verb does not govern h, that is neither inside h's phrase nor over it
// (two subjects of one verb are one phrase the parser split, read by
// subject): the parser split one name between
// two clauses ("agreed to resume annual trade talks ..., | Australian
// Trade | Minister Don Farrell said", "Australian Trade" a conjunct of
// "talks" and "Farrell" the subject of "said"); the name is the speaker's,
// no party to the talks.
func (st *state) withoutSplitMentions(h int, a []doc.Actor) []doc.Actor {
	s := &st.s
	var out []doc.Actor
	for i, x := range a {
		split := false
		if x.Mention != nil {
			for k := 0; k < s.n && !split; k++ {
				if k == h || (s.rel[k] != rNsubj && s.rel[k] != rNsubjPass) || s.inSubtree(k, h) || s.inSubtree(h, k) ||
					(s.head[k] >= 0 && s.inSubtree(h, s.head[k])) {
					continue
				}
				ks, ke := s.tokenSpan(k)
				if ks < x.Mention.Start || ke > x.Mention.End || s.head[k] < 0 {
					continue
				}
				// The subject's verb follows the name straight away
				// ("Minister Don Farrell said"): the parser read that
				// clause right; a subject far from its verb is as likely
				// its own slip.
				vs, _ := s.tokenSpan(s.head[k])
				split = vs >= x.Mention.End && strings.TrimSpace(s.d.Text[x.Mention.End:vs]) == ""
			}
		}
		if split && out == nil {
			out = append(make([]doc.Actor, 0, len(a)), a[:i]...)
		}
		if !split && out != nil {
			out = append(out, x)
		}
	}
	if out == nil {
		return a
	}
	return out
}

// placeAsCountry gives an actor named by a place alone (a capital: "Ankara",
// "Dhaka") its country without the government sector the knowledge base
// gives capitals: the news guide codes "Ankara" TUR, "the Turkish
// government" TURGOV. a itself is not changed: a changed list is a copy.
func placeAsCountry(d *doc.Document, a []doc.Actor) []doc.Actor {
	var out []doc.Actor
	for i, x := range a {
		if x.Mention == nil || x.Sector != "GOV" || x.Country == "" || x.Code != x.Country+"GOV" {
			continue
		}
		for j := range d.Entities {
			e := &d.Entities[j]
			if e.Start != x.Start || e.End != x.End || (e.Type != "GPE" && e.Type != "LOC") {
				continue
			}
			if out == nil {
				out = append([]doc.Actor(nil), a...)
			}
			out[i].Code, out[i].Sector = x.Country, ""
			break
		}
	}
	if out == nil {
		return a
	}
	return out
}

// bestMatch finds the block and pattern that best explain trigger i.
func (st *state) bestMatch(i int, noun bool) (match, bool) {
	s := &st.s
	p := st.c.pats
	best := match{score: -1}
	try := func(refs []wordRef) {
		for _, r := range refs {
			b, w := r.b, &r.b.Words[r.w]
			if b.Noun != noun {
				continue
			}
			if b.FormsOnly || (s.lemma[i] != w.Words[w.Head] && s.lower[i] != w.Words[w.Head]) {
				if !contains(w.Forms, s.lower[i]) {
					continue
				}
			}
			extra, ok := st.matchWords(i, w)
			if !ok {
				continue
			}
			m := st.matchPatterns(i, b, r.w)
			m.extra = extra
			m.score += 3 * len(extra) // a phrasal verb beats the bare verb
			// The best explanation wins; at equal scores a block that codes
			// something beats one that does not, then the earlier block.
			if m.score > best.score || (m.score == best.score && best.yield.IsNull() && !m.yield.IsNull()) {
				best = m
			}
		}
	}
	try(p.byWord[s.lemma[i]])
	if s.lower[i] != s.lemma[i] {
		try(p.byWord[s.lower[i]])
	}
	return best, best.score >= 0
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// matchWords checks the particles and preceding words of a multi-word verb:
// a following word must be a nearby dependent of the verb or the next word,
// a preceding word the word just before it.
func (st *state) matchWords(i int, w *VerbWord) ([]int, bool) {
	if len(w.Words) == 1 {
		return nil, true
	}
	s := &st.s
	var extra []int
	for j, word := range w.Words {
		if j == w.Head {
			continue
		}
		if j < w.Head {
			t := i - (w.Head - j)
			if t < 0 || !s.wordIs(t, word) {
				return nil, false
			}
			extra = append(extra, t)
			continue
		}
		found := -1
		for _, k := range s.kids[i] {
			if k > i && k-i <= 4 && s.wordIs(k, word) && !contains(nil, "") {
				found = k
				break
			}
		}
		if found < 0 {
			t := i + (j - w.Head)
			if t < s.n && s.wordIs(t, word) {
				found = t
			}
		}
		if found < 0 {
			return nil, false
		}
		extra = append(extra, found)
	}
	return extra, true
}

func (s *sent) wordIs(t int, w string) bool { return s.lower[t] == w || s.lemma[t] == w }

// patWordIs matches token t against a pattern word: by form or lemma, or
// with ExactWords by form alone.
func (st *state) patWordIs(t int, w string) bool {
	if st.c.opt.ExactWords {
		return st.s.lower[t] == w
	}
	return st.s.wordIs(t, w)
}

// hasMarkTo reports whether clause head v is a to-infinitive.
func (s *sent) hasMarkTo(v int) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] == rMark && s.lower[k] == "to" {
			return true
		}
	}
	return false
}

// region describes where a verb's pattern words may match.
type region struct {
	comp     []int // complement tokens outside prepositional phrases
	pps      []ppNode
	subj     []int // subject phrase tokens (modifiers and head)
	subjHead int
	// pre holds the words before the verb that a pattern's pre-verb words
	// may name with PreVerbWords: every word before it in its clause
	// (subject, auxiliaries, negation, adverbs: "did n't", "recently") and
	// the verbs governing the clause with theirs ("indicated it would act").
	pre []int
	// loose is the verb's whole subtree, for LooseWords (made when needed).
	loose []int
}

type ppNode struct {
	node  int
	prep  string
	toks  []int
	owner int // the token the phrase hangs from
}

// buildRegion collects the complement region of verb v (see docs/EVENTS.md).
func (st *state) buildRegion(v int, subj int) region {
	s := &st.s
	var r region
	r.subjHead = subj
	var walk func(x int, top bool)
	addPP := func(k int) {
		pn := ppNode{node: k, prep: s.caseOf(k), owner: s.head[k]}
		pn.toks = s.subtreeList(k, pn.toks)
		r.pps = append(r.pps, pn)
	}
	walk = func(x int, top bool) {
		for _, k := range s.kids[x] {
			rl := s.rel[k]
			if st.suspectedDeed(v, x, k) {
				addPP(k) // "suspected Ukraine of attacking": the deed
				continue
			}
			switch rl {
			case rNsubj, rNsubjPass, rAux, rAuxPass, rCop, rNeg, rPunct, rCC, rParataxis, rAdvcl,
				rAppos, rMark, rTmod, rCcomp, rRelcl, rCase, rRoot:
				continue
			case rConj:
				if top {
					continue
				}
			case rAcl:
				// A reduced relative ("links leading into Mordor") is part of
				// the object; an infinitive ("refusal to talk to X") is the
				// content of another event.
				// News: a reduced relative is background and gives no
				// target ("mourned the five killed by X's shelling").
				if top || s.hasMarkTo(k) || st.c.opt.News {
					continue
				}
			}
			if (rl == rObl || rl == rOblAgent || rl == rNmod) && s.caseOf(k) != "" {
				addPP(k)
				// Prepositional phrases nested in this one.
				st.nestedPPs(k, &r, addPP)
				continue
			}
			if rl == rXcomp && s.caseOf(k) != "" {
				addPP(k) // "(TO QUESTION)": an infinitive matches like a phrase
			}
			r.comp = append(r.comp, k)
			walk(k, rl == rXcomp)
		}
	}
	walk(v, true)
	if subj >= 0 {
		r.subj = s.phrase(subj, nil)
		// A subject's determiners and pre-conjunctions do not count.
		k := 0
		for _, t := range r.subj {
			if s.rel[t] != rDet && s.rel[t] != rCC {
				r.subj[k] = t
				k++
			}
		}
		r.subj = r.subj[:k]
	}
	sortInts(r.comp)
	if !st.c.opt.PreVerbWords {
		return r
	}
	// The words before the verb in its clause: its subject (even one a
	// parse split in two), auxiliaries, negation, adverbs, fronted phrases.
	for t := 0; t < v; t++ {
		if s.inSubtree(t, v) {
			r.pre = append(r.pre, t)
		}
	}
	for x, steps := v, 0; steps < 3 && s.head[x] >= 0 && (s.rel[x] == rXcomp || s.rel[x] == rCcomp); steps++ {
		g := s.head[x]
		if g < v && !inList(r.pre, g) {
			r.pre = append(r.pre, g)
			st.preWords(g, v, &r)
		}
		x = g
	}
	sortInts(r.pre)
	return r
}

// preWords adds to r.pre the auxiliaries, negation and adverbs (with their
// own modifiers: "most certainly") of x that stand before the verb v.
func (st *state) preWords(x, v int, r *region) {
	s := &st.s
	for _, k := range s.kids[x] {
		if k >= v {
			continue
		}
		switch s.rel[k] {
		case rAux, rAuxPass, rNeg, rCop:
			if !inList(r.pre, k) {
				r.pre = append(r.pre, k)
			}
		case rAdvmod:
			for _, t := range s.subtreeList(k, nil) {
				if t < v && !inList(r.pre, t) {
					r.pre = append(r.pre, t)
				}
			}
		}
	}
}

func (st *state) nestedPPs(x int, r *region, add func(int)) {
	s := &st.s
	for _, k := range s.kids[x] {
		if (s.rel[k] == rNmod || s.rel[k] == rObl) && s.caseOf(k) != "" {
			add(k)
		}
		if s.rel[k] == rPunct || (st.c.opt.News && (s.rel[k] == rAcl || s.rel[k] == rRelcl)) {
			// News: a relative clause's phrases ("the five killed by
			// X's shelling") are background, not the verb's target.
			continue
		}
		st.nestedPPs(k, r, add)
	}
}

func (s *sent) subtreeList(h int, out []int) []int {
	out = append(out, h)
	for _, k := range s.kids[h] {
		if s.rel[k] == rPunct {
			continue
		}
		out = s.subtreeList(k, out)
	}
	sortInts(out)
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// matchPatterns tries the block's patterns on trigger i and returns the best.
func (st *state) matchPatterns(i int, b *Block, wi int) match {
	m := match{tok: i, block: b, word: wi, roleS: -1, roleT: -1, ppTgt: -1, group: -1, intent: b.Intent, noun: b.Noun}
	m.yield = b.Yield
	if w := b.Words[wi]; w.Yield != nil {
		m.yield = *w.Yield
	}
	if len(b.Pats) == 0 {
		return m
	}
	subj, _, _ := st.subject(i)
	r := st.buildRegion(i, subj)
	for _, pt := range b.Pats {
		if pt.weight < m.score || (pt.weight == 0 && m.pat != nil) {
			break
		}
		mm, ok := st.tryPattern(i, pt, &r)
		if !ok {
			continue
		}
		score := pt.weight
		if pt.Recip && len(pt.Slots) == 0 {
			score = 1
		}
		if m.pat == nil || score > m.score {
			mm.block, mm.word, mm.tok, mm.extra, mm.noun = b, wi, i, nil, b.Noun
			mm.score = score
			mm.pat = pt
			mm.yield = pt.Yield
			mm.recip = pt.Recip
			mm.intent = b.Intent
			if pt.Intent != "" {
				mm.intent = pt.Intent
			}
			m = mm
		}
	}
	return m
}

// tryPattern matches every slot of pt.
func (st *state) tryPattern(v int, pt *Pattern, r *region) (match, bool) {
	s := &st.s
	m := match{roleS: -1, roleT: -1, ppTgt: -1, group: -1}
	if pt.Recip && len(pt.Slots) == 0 {
		// "% *": only a coordinated subject with no one else to act on.
		if r.subjHead < 0 || len(st.actorsOf(r.subjHead)) < 2 {
			return m, false
		}
		return m, true
	}
	used := 0 // PP nodes used, as a bit set (patterns have few slots)
	last := v
	for _, sl := range pt.Slots {
		switch sl.Kind {
		case SlotObj:
			after := v
			for _, t := range sl.Terms {
				h, toks, ok := st.matchTerm(t, r.comp, after, 0)
				if !ok && st.c.opt.LooseWords {
					// The words as they stand, next to each other, anywhere
					// in the verb's clause after it ("MEMOS_ON_&TIETYPES").
					if r.loose == nil {
						r.loose = s.subtreeList(v, make([]int, 0, s.n))
					}
					if j, ok2 := st.adjacentMatch(t, r.loose, 0, after, &m.terms); ok2 {
						h, toks, ok = r.loose[j-1], nil, true
					}
				}
				if !ok {
					return m, false
				}
				m.terms = append(m.terms, toks...)
				after = h
			}
			if after > last {
				last = after
			}
			if sl.Role != 0 {
				// A role on the complements: the next object naming an actor.
				h := -1
				for _, t := range r.comp {
					if t > after && (s.rel[t] == rObj || s.rel[t] == rIobj) && len(st.actorsOf(t)) > 0 {
						h = t
						break
					}
				}
				if h < 0 {
					return m, false
				}
				setRole(&m, sl.Role, h)
			}
		case SlotSubj:
			if r.subjHead < 0 && (sl.Role != 0 || len(r.pre) == 0) {
				return m, false
			}
			// Each word or phrase in the subject phrase, else among the
			// words before the verb, in order: the words of one phrase
			// next to each other ("MOST_CERTAINLY_&NEG"), separate ones
			// with anything between them ("&NEG EVER *").
			after, at := -1, 0
			for _, t := range sl.Terms {
				h, toks, ok := st.matchTerm(t, r.subj, after, 0)
				if ok {
					m.terms = append(m.terms, toks...)
					after = h
					for at < len(r.pre) && r.pre[at] <= h {
						at++
					}
					continue
				}
				j, found := st.adjacentMatch(t, r.pre, at, -1, &m.terms)
				if !found {
					return m, false
				}
				at, after = j, r.pre[j-1]
			}
			if sl.Role != 0 {
				setRole(&m, sl.Role, r.subjHead)
			}
		case SlotPP:
			found := false
			for pi, pn := range r.pps {
				if used&(1<<uint(pi%62)) != 0 || !prepIs(pn.prep, sl.Prep) {
					continue
				}
				if sl.Infinitive && !(s.upos[pn.node] == "VERB" && s.hasMarkTo(pn.node)) {
					continue // "~inf": an infinitive, not "to the border"
				}
				// A bare preposition ("- pp:for", PETRARCH's "(FOR)") stands
				// for an argument of the verb, never a time phrase: "ruled
				// Chile for 17 years" is no "head for".
				if len(sl.Terms) == 0 && sl.Role == 0 && st.c.opt.News && timePhrase(s, pn.node) {
					continue
				}
				// Nor is a bare target slot: "will visit Nigeria in July"
				// visits no July (session 16).
				if len(sl.Terms) == 0 && sl.Role != 0 && st.c.opt.News && !st.c.opt.noTimeTarget && s.timeTarget(pn.node) {
					continue
				}
				// Nor the end of a range of days: "will visit India from
				// Nov. 20 to 23" visits no 23 (event/round35.go).
				if len(sl.Terms) == 0 && sl.Role != 0 && st.c.opt.News && !st.c.opt.noRangeEndTarget && s.rangeEnd(pn.node) {
					continue
				}
				// A bare slot is no phrase inside a phrase of time that sets
				// the scene: "spoke to journalists after talks with Annan"
				// is no "speak with" Annan.
				if len(sl.Terms) == 0 && st.c.opt.News && s.insideScenePhrase(pn.owner, v) {
					continue
				}
				// A bare target slot ("- obj relations; pp:with +") is no
				// comma-detached adjunct naming no actor: "deepen relations,
				// with focus on space" is not relations with a focus.
				if len(sl.Terms) == 0 && sl.Role != 0 && st.c.opt.News && s.detached(pn.toks) && len(st.actorsOf(pn.node)) == 0 {
					continue
				}
				// Nor is it a phrase that names no actor when the
				// object's own words do: "protested Japan's visits to
				// the shrine" protests to no shrine (event/lead36.go).
				if len(sl.Terms) == 0 && sl.Role != 0 && st.objectPhraseTarget(pn.node, v) {
					continue
				}
				// Nor is it a phrase inside what a talk is about: "while
				// talking about a recent visit to Washington" is no talk
				// to Washington (session 15).
				if len(sl.Terms) == 0 && sl.Role != 0 && st.c.opt.News && !st.c.opt.noTopicTarget && pn.owner != v &&
					(strings.HasPrefix(pt.Yield.Main, "04") || strings.HasPrefix(pt.Yield.Pair, "04")) && s.underTopic(pn.owner, v) {
					continue
				}
				// Nor is it an infinitive of purpose: "arrived in Busan to
				// attend the APEC meeting" goes to Busan, and plans the
				// meeting.
				if len(sl.Terms) == 0 && sl.Role != 0 && st.c.opt.News && s.upos[pn.node] == "VERB" && s.hasMarkTo(pn.node) {
					continue
				}
				// A bare slot with no role is no infinitive either:
				// "managed to collect taxes" is no journey.
				if len(sl.Terms) == 0 && sl.Role == 0 && !sl.Infinitive && st.c.opt.News && st.bareInfinitive(pn.node) {
					continue
				}
				after := -1
				var toks []int
				ok := true
				ptoks := pn.toks
				if len(sl.Terms) > 0 && st.c.opt.News {
					ptoks = s.clauseFreeToks(pn) // everyday36.go
				}
				for _, t := range sl.Terms {
					h, tt, ok2 := st.matchTerm(t, ptoks, after, 0)
					if !ok2 {
						ok = false
						break
					}
					toks = append(toks, tt...)
					after = h
				}
				if !ok {
					continue
				}
				used |= 1 << uint(pi%62)
				m.terms = append(m.terms, toks...)
				switch {
				case sl.Role != 0:
					// A role after words of a clause inside the phrase
					// ("with the WTO accusing +"): that clause's object.
					h := pn.node
					if len(sl.Terms) > 0 && after >= 0 && s.rel[after] != rCase {
						for _, t := range pn.toks {
							if t > after && s.rel[t] == rObj && len(st.actorsOf(t)) > 0 {
								h = t
								break
							}
						}
					}
					setRole(&m, sl.Role, h)
				case pt.Recip && (sl.Prep == "between" || sl.Prep == "among"):
					m.group = pn.node
				case len(sl.Terms) == 0 && m.ppTgt < 0:
					m.ppTgt = pn.node
				}
				if pn.node > last {
					last = pn.node
				}
				found = true
				break
			}
			if !found {
				return m, false
			}
		case SlotNext:
			h := st.nextActor(r, last)
			if h < 0 {
				return m, false
			}
			setRole(&m, sl.Role, h)
			last = h
		}
	}
	return m, true
}

// newsDrops reports whether the news coder drops the match of token i (a
// verb when verb is set; matched by a pattern when pattern is set): a
// dictionary default that is no event in this use, or a bare participle
// clause.
func (st *state) newsDrops(i int, pattern, verb bool, code string) bool {
	s := &st.s
	if verb && s.passiveAdjunct(i) {
		// "Asked about the attacks, he said ...": the main clause's
		// subject is the one asked; who asked is unknown.
		return true
	}
	if pattern && !st.c.opt.noNamingPattern && verb && !strings.HasPrefix(code, "11") &&
		namingVerbs[s.lemma[i]] && s.secondaryPredicate(i) {
		// "called the expulsions "groundless"": naming the object, not
		// the dictionary's "call (for) expulsion" (131) or any other
		// pattern read off the object alone; a pattern's disapproval
		// (11x: "calling it a masquerade") stays.
		return true
	}
	if st.metNeed(i) {
		// "plans to meet an AU request" (session 20): no meeting.
		return true
	}
	if verb && st.reducedAccusation(i) {
		// "the soldiers accused of raping a woman": the accuser is
		// unnamed (event/everyday35.go).
		return true
	}
	if pattern {
		return false
	}
	switch lemma := s.lemma[i]; {
	case namingVerbs[lemma] && s.secondaryPredicate(i) && !(code == "111" && s.namesDisapproval(i)):
		// "called the polls a farce", "calling it a glorious page":
		// naming, not the dictionary's telephone call.
		return true
	case seizeVerbs[lemma] && !st.objectNamesActor(i):
		// "took a victory lap", "will take two weeks' holiday": the
		// dictionary's seizure (171) needs something taken that names an
		// actor ("threatened to take Kinshasa").
		return true
	case lemma == "add" && !s.hasChild(i, rObj):
		// "he added", "adding that Beijing was looking forward": a
		// report, not the dictionary's grant (060).
		return true
	case retortVerbs[lemma] && !st.c.opt.noRetortBy && s.byGerund(i):
		// "Nairobi retaliated by suspending imports": the means is the
		// event (coded on the gerund, for the same subject), not the
		// dictionary's fighting (190) on "retaliate".
		return true
	case newsNoDefault[lemma] || st.recall21Drops(lemma):
		// "Two US soldiers died in separate attacks", "police found the
		// bodies", "failed to agree", "admitted that": the dictionary's
		// default code is no event here.
		return true
	}
	return false
}

// retortVerbs answer something done with a deed of their own, which a
// "by" clause names ("retaliated by suspending imports").
var retortVerbs = map[string]bool{"retaliate": true, "respond": true, "react": true, "reply": true}

// byGerund reports whether verb v has an adverbial clause opened by "by"
// ("retaliated by suspending imports").
func (s *sent) byGerund(v int) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] != rAdvcl {
			continue
		}
		for _, m := range s.kids[k] {
			if s.rel[m] == rMark && s.lower[m] == "by" {
				return true
			}
		}
	}
	return false
}

// namingVerbs name or describe their object with a second predicate ("called
// the vote a farce"); with one, and no pattern matched, they code nothing.
var namingVerbs = map[string]bool{"call": true, "dub": true, "term": true, "label": true, "brand": true}

// secondaryPredicate reports whether verb v has an object followed by a
// second predicate on it: a noun or adjective complement without "to"
// ("called the speech ill-judged"), a second object ("called the murder
// an act of terrorism"), a bare noun oblique or an apposition on the object
// (the parser's readings of the same).
func (s *sent) secondaryPredicate(v int) bool { return s.namingPredicate(v) >= 0 }

// namingPredicate returns the second predicate of verb v's object (see
// secondaryPredicate), -1 when there is none.
func (s *sent) namingPredicate(v int) int {
	obj := -1
	for _, k := range s.kids[v] {
		switch {
		case s.rel[k] == rObj && obj < 0:
			obj = k
		case obj >= 0 && k > obj && s.rel[k] == rObj:
			return k
		case obj >= 0 && k > obj && s.rel[k] == rXcomp && !s.hasMarkTo(k) &&
			(s.upos[k] == "NOUN" || s.upos[k] == "ADJ" || s.upos[k] == "PROPN"):
			return k
		case obj >= 0 && k > obj && s.rel[k] == rObl && s.caseOf(k) == "" && s.upos[k] == "NOUN" && !timePhrase(s, k):
			return k // "calling it a danger", the noun parsed as a bare oblique
		}
	}
	// "calling the affair "a serious reversal"", the predicate parsed as an
	// apposition of the object.
	if obj >= 0 {
		return s.child(obj, rAppos)
	}
	return -1
}

// disapprovalWords name what one condemns when one calls something so
// ("called the talks a mistake", "called the polls a farce"); words that
// deny a claim ("called the expulsions groundless") are left to naming.
var disapprovalWords = map[string]bool{"mistake": true, "farce": true, "sham": true, "travesty": true,
	"provocation": true, "violation": true, "insult": true, "outrage": true,
	"disgrace": true, "crime": true, "illegal": true, "unacceptable": true, "illegitimate": true,
	"irresponsible": true, "shameful": true, "masquerade": true, "blunder": true, "charade": true}

// namesDisapproval reports whether naming verb v calls its object
// something of disapproval: the predicate, or an adjective on it ("an
// illegitimate masquerade").
func (s *sent) namesDisapproval(v int) bool {
	p := s.namingPredicate(v)
	if p < 0 {
		return false
	}
	if disapprovalWords[s.lemma[p]] || disapprovalWords[s.lower[p]] {
		return true
	}
	for _, k := range s.kids[p] {
		if s.rel[k] == rAmod && disapprovalWords[s.lower[k]] {
			return true
		}
	}
	return false
}

// passiveAdjunct reports whether verb v is a bare past participle clause
// of an adverbial kind ("Asked about the attacks, he said", "when asked
// whether"): no subject, auxiliary or "by" agent of its own. Its
// governor's subject is its patient, not its doer.
func (s *sent) passiveAdjunct(v int) bool {
	// A past form without subject before the clause it hangs from is a
	// participle too, whatever the tagger wrote ("Asked" tagged VBD).
	x := s.d.Tokens[s.base+v].XPOS
	if s.rel[v] != rAdvcl || (x != "VBN" && (x != "VBD" || v > s.head[v])) {
		return false
	}
	for _, k := range s.kids[v] {
		switch s.rel[k] {
		case rNsubj, rNsubjPass, rAux, rAuxPass, rCop, rOblAgent:
			return false
		}
		if s.lower[k] == "by" {
			return false
		}
	}
	return true
}

// newsNoDefault are verbs whose CAMEO dictionary default (no pattern
// matched) the news coder does not code: the one who dies is no attacker
// (DIE 190 makes the subject the source), finding (060) is no grant, a
// failure to act (120) no rejection (the failed act is negated instead),
// an admission (050) no cooperation, a claim ("claimed that", "claimed
// immunity": 110) no disapproval, leading ("would lead to", "Italy leads
// the force": 042, 060) no visit or grant, coming ("came into being",
// "come to grips") no meeting (040).
var newsNoDefault = map[string]bool{"die": true, "perish": true, "find": true, "fail": true, "admit": true,
	"claim": true, "lead": true, "come": true,
	// (session 9) the rest of the dictionary's OVERSEE_MANAGE (060):
	// "the U.S. side was headed by special envoy Witkoff", "officers it
	// accused of commanding M23 units" are no economic cooperation.
	"head": true, "command": true, "manage": true, "administer": true, "oversee": true,
	"supervise": true, "steer": true, "govern": true, "handle": true, "conduct": true,
	"dictate": true, "regulate": true}

// seizeVerbs have a seizure or an attack as their dictionary default
// ("take" 171, "hit" 190); in news they code it only when their object
// itself names an actor ("took Kinshasa", not "took a victory lap"; "hit
// Kyiv", not "an earthquake hit" a region's "popularity").
var seizeVerbs = map[string]bool{"take": true, "hit": true}

// objectNamesActor reports whether verb v's object names an actor itself,
// not only in a phrase nested in it ("a lap of the Japanese embassy").
func (st *state) objectNamesActor(v int) bool {
	o := st.s.child(v, rObj)
	if o < 0 {
		return false
	}
	a := st.actorsOf(o)
	return len(a) > 0 && st.namesHead(a, o)
}

// scenePreps mark phrases of time that set the scene for a clause.
var scenePreps = map[string]bool{"after": true, "before": true, "since": true, "following": true}

// insideScenePhrase reports whether token x, below verb v, is in a phrase
// of scenePreps headed by a word other than a time noun, between x and v
// (x's own phrase included).
func (s *sent) insideScenePhrase(x, v int) bool {
	for steps := 0; x >= 0 && x != v && steps < s.n; steps++ {
		if scenePreps[s.caseOf(x)] && !timePhrase(s, x) {
			return true // "after talks", not "since March"
		}
		x = s.head[x]
	}
	return false
}

// detached reports whether the phrase of tokens toks (its subtree, in
// order) opens with a comma or follows one: an adjunct set off from the
// verb, not one of its arguments.
func (s *sent) detached(toks []int) bool {
	if len(toks) == 0 {
		return false
	}
	f := toks[0]
	if s.upos[f] == "PUNCT" && s.lower[f] == "," {
		return true
	}
	return f > 0 && s.upos[f-1] == "PUNCT" && s.lower[f-1] == ","
}

// adjacentMatch matches term t in toks from the first start at or after
// from whose token comes after token after, its words next to each other,
// appending the matched tokens to *terms; it returns the index in toks just
// past the match. With no match *terms is as it was.
func (st *state) adjacentMatch(t Term, toks []int, from, after int, terms *[]int) (int, bool) {
	n0 := len(*terms)
	for i := from; i < len(toks); i++ {
		if toks[i] <= after {
			continue
		}
		*terms = (*terms)[:n0]
		if j, ok := st.seqMatch(t, toks, i, 0, terms); ok && adjacent((*terms)[n0:]) {
			return j, true
		}
	}
	*terms = (*terms)[:n0]
	return 0, false
}

func setRole(m *match, role byte, h int) {
	if role == '$' {
		m.roleS = h
	} else {
		m.roleT = h
	}
}

// prepIs compares a phrase's case words with a pattern's preposition.
func prepIs(have, want string) bool {
	if have == want {
		return true
	}
	// "out of" written as one case word in some parses, or a phrase marked
	// by two words of which the pattern names the first.
	return strings.HasPrefix(have, want+" ") || strings.HasSuffix(have, " "+want)
}

// nextActor finds the first nominal after position after, among the
// complements and prepositional objects, whose phrase names an actor.
func (st *state) nextActor(r *region, after int) int {
	s := &st.s
	best := -1
	consider := func(t int) {
		if t <= after || (best >= 0 && t >= best) {
			return
		}
		up := s.upos[t]
		if up != "NOUN" && up != "PROPN" && up != "PRON" && up != "ADJ" && up != "NUM" {
			return
		}
		if len(st.actorsOf(t)) > 0 {
			best = t
		}
	}
	for _, t := range r.comp {
		consider(t)
	}
	for _, pn := range r.pps {
		consider(pn.node)
	}
	return best
}

// matchTerm finds term t among the tokens of a region, starting after
// position after; it returns the head token and the tokens matched.
func (st *state) matchTerm(t Term, toks []int, after int, depth int) (int, []int, bool) {
	if len(t) == 1 && t[0].Set != "" {
		// A whole-term set: its longest matching member wins.
		alts := st.c.pats.Sets[t[0].Set]
		bestH, bestN := -1, 0
		var bestToks []int
		if depth > 4 {
			return -1, nil, false
		}
		for _, a := range alts {
			h, tt, ok := st.matchTerm(a, toks, after, depth+1)
			if ok && (len(tt) > bestN || (len(tt) == bestN && h < bestH)) {
				bestH, bestN, bestToks = h, len(tt), tt
			}
		}
		return bestH, bestToks, bestH >= 0
	}
	s := &st.s
	last := t[len(t)-1]
	for _, h := range toks {
		if h <= after || !st.elemIs(h, last, depth) {
			continue
		}
		if len(t) > 1 && (s.upos[h] == "VERB" || s.upos[h] == "AUX") {
			continue // a phrase names a thing: its head is not a verb ("{TO SUPPLY}")
		}
		if len(t) == 1 {
			return h, []int{h}, true
		}
		// The other words: dependents of the head, before it, in order.
		matched := []int{h}
		ei := 0
		for _, k := range s.kids[h] {
			if k >= h || ei >= len(t)-1 {
				break
			}
			if st.elemIs(k, t[ei], depth) {
				matched = append(matched, k)
				ei++
			}
		}
		if ei == len(t)-1 && (!st.c.opt.LooseWords || adjacent(matched)) {
			return h, matched, true
		}
	}
	return -1, nil, false
}

// adjacent reports whether the tokens, in any order, stand next to each
// other in the sentence: the words of one pattern phrase ("NEW_&TIETYPES_
// RELATIONS") when words are matched as PETRARCH-2 does.
func adjacent(toks []int) bool {
	lo, hi := toks[0], toks[0]
	for _, t := range toks {
		lo, hi = min(lo, t), max(hi, t)
	}
	return hi-lo == len(toks)-1
}

// seqMatch matches the words of t one after another in toks from index i
// (sets by any of their members, however long) and appends the tokens
// matched to out; it returns the index after the match.
func (st *state) seqMatch(t Term, toks []int, i, depth int, out *[]int) (int, bool) {
	if len(t) == 0 {
		return i, true
	}
	e := t[0]
	if e.Set != "" {
		if depth > 4 {
			return 0, false
		}
		n0 := len(*out)
		for _, mem := range st.c.pats.Sets[e.Set] {
			if j, ok := st.seqMatch(mem, toks, i, depth+1, out); ok {
				if k, ok := st.seqMatch(t[1:], toks, j, depth, out); ok {
					return k, true
				}
			}
			*out = (*out)[:n0]
		}
		return 0, false
	}
	if i >= len(toks) || !st.patWordIs(toks[i], e.Word) {
		return 0, false
	}
	*out = append(*out, toks[i])
	return st.seqMatch(t[1:], toks, i+1, depth, out)
}

// elemIs matches one token against a word or a set's one-word members.
func (st *state) elemIs(tok int, e Elem, depth int) bool {
	if e.Set == "" {
		return st.patWordIs(tok, e.Word)
	}
	if depth > 4 {
		return false
	}
	for _, a := range st.c.pats.Sets[e.Set] {
		if len(a) == 1 && st.elemIs(tok, a[0], depth+1) {
			return true
		}
	}
	return false
}

// subject returns the head of the clause's subject for trigger v (the
// controller of an infinitive, the shared subject of a coordinated verb,
// the noun a participle modifies), whether the clause is passive, and
// whether the subject was inherited from another clause.
func (st *state) subject(v int) (head int, passive bool, inherited bool) {
	s := &st.s
	passive = s.hasChild(v, rAuxPass) || s.hasChild(v, rNsubjPass)
	if k := s.child(v, rNsubj); k >= 0 {
		// A clause has one subject; two are a parse that split one phrase
		// ("Old foes | Gondor and Osgiliath have renewed", "Bree President
		// | Romendacil arrived"): the second, nearer the verb, heads it when
		// the two run on without punctuation, or when the first names no
		// actor.
		for _, j := range s.kids[v] {
			if j > k && j < v && s.rel[j] == rNsubj && len(st.actorsOf(j)) > 0 &&
				(len(st.actorsOf(k)) == 0 || st.runOn(k, j)) {
				k = j
				break
			}
		}
		return st.resolvePronoun(v, k), false, false
	}
	if k := s.child(v, rNsubjPass); k >= 0 {
		return st.resolvePronoun(v, k), true, false
	}
	g := s.head[v]
	for steps := 0; g >= 0 && steps < 8; steps++ {
		switch s.rel[v] {
		case rXcomp:
			// Object control ("urged Bree to help", the object sometimes
			// parsed as an indirect one) or subject control; the one who
			// journeys does what the journey is for ("will visit Japan to
			// meet Hashimoto").
			if o := s.child(g, rObj); o >= 0 && !reflexives[s.lower[o]] && !(st.c.opt.News && s.journey(g)) {
				return o, passive, true
			}
			if o := s.child(g, rIobj); o >= 0 {
				return o, passive, true
			}
			if k := s.child(g, rNsubj); k >= 0 {
				return st.resolvePronoun(g, k), passive, true
			}
			if k := s.child(g, rNsubjPass); k >= 0 {
				return st.resolvePronoun(g, k), passive, true
			}
		case rConj, rAdvcl, rCcomp:
			if st.tollOfMishap(v, g) {
				// "a hotel collapsed, killing two workers" (event/review28.go)
				return -1, passive, false
			}
			if k := s.child(g, rNsubj); k >= 0 {
				return st.resolvePronoun(g, k), passive, true
			}
			if s.rel[v] == rConj {
				if k := s.child(g, rNsubjPass); k >= 0 {
					// "was killed and nine others wounded": the passive
					// reaches a bare conjoined participle, not a verb with
					// an auxiliary or copula of its own ("was given an
					// audience and was then to meet X" is active).
					own := s.hasChild(v, rAux) || s.hasChild(v, rCop) || s.hasChild(v, rAuxPass)
					if st.c.opt.News && !st.c.opt.noFeelingPassive && feelingVerbs[s.lemma[g]] {
						// "said it was alarmed by the sentence and called on
						// the authorities to release ...": a feeling is a
						// state; the verb conjoined with it is active.
						own = true
					}
					return st.resolvePronoun(g, k), passive || (!own && s.hasChild(g, rAuxPass)), true
				}
			}
		case rAcl, rRelcl:
			if st.c.opt.News && s.rel[v] == rAcl && s.hasMarkTo(v) && s.rankedPredicate(g) {
				// "Malaysia would be the second country after Singapore
				// to sign": the one ranked is the clause's subject.
				if k := s.child(g, rNsubj); k >= 0 {
					return st.resolvePronoun(g, k), passive, true
				}
				if h := s.head[g]; h >= 0 && s.rel[g] == rXcomp {
					if k := s.child(h, rNsubj); k >= 0 {
						return st.resolvePronoun(h, k), passive, true
					}
				}
			}
			if st.c.opt.News {
				// "filed a trade case accusing Turkey": the filer
				// accuses (session 12).
				if i := s.issuedDocument(v); i >= 0 {
					if k := s.child(i, rNsubj); k >= 0 {
						return st.resolvePronoun(i, k), passive, true
					}
				}
			}
			return g, passive, true
		default:
			return -1, passive, false
		}
		v, g = g, s.head[g]
	}
	return -1, passive, false
}

// listedSubjects adds to the actors of subject subj those of v's other
// subjects when a parser split a list of them ("Evil Mordor, | the awful
// Fornost, and good Gondor welcomed"): subjects apart from each other by
// punctuation or a conjunction are one coordinated subject.
func (st *state) listedSubjects(v, subj int, a []doc.Actor) []doc.Actor {
	s := &st.s
	if subj < 0 || s.head[subj] != v || s.rel[subj] != rNsubj {
		return a
	}
	var out []doc.Actor
	for _, j := range s.kids[v] {
		if j == subj || j > v || s.rel[j] != rNsubj || st.runOn(min(j, subj), max(j, subj)) {
			continue
		}
		for _, x := range st.actorsOf(j) {
			dup := false
			for _, y := range a {
				dup = dup || y.Code == x.Code
			}
			for _, y := range out {
				dup = dup || y.Code == x.Code
			}
			if !dup {
				out = append(out, x)
			}
		}
	}
	if len(out) == 0 {
		return a
	}
	return append(append([]doc.Actor(nil), a...), out...)
}

// runOn reports whether the phrases of k and a later j follow each other
// with nothing between them but their own words, and no punctuation or
// conjunction.
func (st *state) runOn(k, j int) bool {
	s := &st.s
	for t := k + 1; t < j; t++ {
		if s.upos[t] == "PUNCT" || s.upos[t] == "CCONJ" || bracketWord[s.lower[t]] || !(s.inSubtree(t, k) || s.inSubtree(t, j)) {
			return false
		}
	}
	return true
}

var bracketWord = map[string]bool{"(": true, ")": true, "-lrb-": true, "-rrb-": true, ",": true, "--": true}

var pronounSubj = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true,
	"who": true, "which": true, "that": true, "its": true, "their": true, "his": true, "her": true}

// resolvePronoun replaces a pronoun subject of an embedded clause by the
// subject of the clause it hangs from ("Iran said it would retaliate"), and
// a relative pronoun by the noun it modifies.
func (st *state) resolvePronoun(v, k int) int {
	s := &st.s
	if s.upos[k] != "PRON" || !pronounSubj[s.lower[k]] {
		return k
	}
	if st.c.opt.News && s.rel[v] == rRelcl {
		// "issued a statement that condemned X": the issuer (session 27)
		if i := s.issuedRelative(v); i >= 0 {
			if g := s.child(i, rNsubj); g >= 0 {
				return st.resolvePronoun(i, g)
			}
		}
	}
	if s.rel[v] == rRelcl && s.head[v] >= 0 {
		if st.c.opt.News && !st.c.opt.noRelativeObjectSubject {
			if r, ok := st.relativeObjectSubject(v, k); ok {
				return r // "Egypt, which he accused of ...": "he" is not Egypt (event/lead34.go)
			}
		}
		return s.head[v]
	}
	g := s.head[v]
	if g < 0 {
		return k
	}
	switch s.rel[v] {
	case rCcomp, rXcomp, rAdvcl, rConj, rParataxis:
		if gs := s.child(g, rNsubj); gs >= 0 && gs != k {
			if st.c.opt.News && !st.c.opt.noTheyPair && s.lower[k] == "they" && s.rel[v] == rCcomp && k < v && gs > v &&
				len(st.actorsOf(gs)) == 0 {
				// "They agreed to hold joint patrols ..., officials
				// said": a report put after what was said by speakers
				// who name no actor; "they" is not them (session 9).
				return k
			}
			if pronounClash(s.lower[k], s.lower[gs]) {
				// "he telephoned Merkel hours before she was to meet X":
				// "she" is not "he"; the pronoun keeps the actor the
				// entity stage gave it.
				return k
			}
			if st.c.opt.News && !st.c.opt.noBodyForPerson && s.bodyForPerson(k, gs) {
				// "police arrested X after he accused ...": a person is no
				// body (session 18).
				return k
			}
			if st.weNotThird(v, k, gs) {
				return st.resolvePronoun(g, k) // "X violated our land, and we reserve ...," Y said (event/everyday23.go)
			}
			if st.itsNotPlural(k, gs) {
				return st.resolvePronoun(g, k) // "forces ... and that its soldiers" (event/everyday21.go)
			}
			return st.resolvePronoun(g, gs)
		}
	}
	return k
}

// pronounGender gives the third-person pronouns whose gender or number
// tells them apart: "m", "f" or "p" (plural). "we" is left out: a speaker
// says "we" for the body he speaks for ("We call on X ...," she said).
var pronounGender = map[string]string{"he": "m", "his": "m", "him": "m", "she": "f", "her": "f",
	"they": "p", "their": "p", "them": "p"}

// pronounClash reports whether pronoun a cannot stand for pronoun b: one
// is "he" and the other "she", or one singular and the other "they".
func pronounClash(a, b string) bool {
	ga, gb := pronounGender[a], pronounGender[b]
	return ga != "" && gb != "" && ga != gb
}

// Verbs whose infinitive complement is what the sentence reports.
var (
	intentGov = map[string]bool{"plan": true, "intend": true, "agree": true, "promise": true, "pledge": true,
		"vow": true, "expect": true, "hope": true, "want": true, "seek": true, "aim": true, "prepare": true,
		"decide": true, "offer": true, "propose": true, "schedule": true, "about": true, "set": true,
		"going": true, "go": true, "wish": true, "due": true, "undertake": true, "resolve": true, "commit": true,
		// "said Abuja was ready to contribute 1,500 soldiers": an offer
		// (session 10, the team's story s27).
		"ready": true, "willing": true,
		// "said they were prepared to meet": the adjective, as "ready"
		// (session 18, dev12).
		"prepared": true}
	hypoGov = map[string]bool{"try": true, "attempt": true, "consider": true, "threaten": true,
		"may": true, "might": true, "could": true, "would": true, "should": true, "can": true}
	negGov  = map[string]bool{"refuse": true, "decline": true, "fail": true, "reject": true, "deny": true}
	hypoAux = map[string]bool{"could": true, "might": true, "may": true, "should": true, "can": true,
		"ca": true, "must": true, "would": true}
	futureAux = map[string]bool{"will": true, "shall": true, "'ll": true, "wo": true}
	sayVerbs  = map[string]bool{"say": true, "tell": true, "announce": true, "state": true, "report": true,
		"add": true, "claim": true, "declare": true, "insist": true, "warn": true, "note": true}
)

// timeMarks introduce a clause of time.
var timeMarks = map[string]bool{"after": true, "before": true, "while": true, "since": true, "upon": true, "when": true}

// resolveClauses decides which of a clause's candidate triggers codes it: an
// infinitive complement and its governing verb describe one happening.
func (st *state) resolveClauses() {
	s := &st.s
	at := map[int]int{}
	for ci := range st.cands {
		at[st.cands[ci].tok] = ci
	}
	// Tokens a pattern used as words are not triggers themselves.
	for ci := range st.cands {
		for _, t := range st.cands[ci].terms {
			if cj, ok := at[t]; ok && cj != ci && st.cands[ci].score > 0 && !st.inClash(t) && !st.meetingWith(ci, cj, t) &&
				!st.documentAct(ci, cj, t) {
				st.cands[cj].skip = true
			}
		}
	}
	// "urged Eriador to respond": an infinitive hanging from the object of
	// a coded verb belongs to that verb's clause (object control).
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.noun || s.rel[m.tok] != rAcl || !s.hasMarkTo(m.tok) {
			continue
		}
		o := s.head[m.tok]
		if o < 0 || s.rel[o] != rObj {
			continue
		}
		if gi, ok := at[s.head[o]]; ok && !st.cands[gi].yield.IsNull() {
			m.skip = true
		}
	}
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.noun || s.rel[m.tok] != rXcomp {
			continue
		}
		g := s.head[m.tok]
		gi, ok := at[g]
		if !ok {
			continue
		}
		gm := &st.cands[gi]
		if gm.skip {
			continue
		}
		gPassive := s.hasChild(g, rNsubjPass) || s.hasChild(g, rAuxPass)
		switch {
		case st.c.opt.News && s.journey(g) && strings.HasPrefix(m.yield.Main, "04") && !inList(gm.terms, m.tok):
			// "arrived in Busan to attend the APEC meeting": the journey
			// and the meeting it is for, a plan (see modality).
		case gPassive:
			gm.skip = true
		case st.appealGoverns(g, gm):
			// "appealed to the Council to lift the sanctions" (session
			// 14): the appeal, not the act it asks of its addressee.
			m.skip = true
		case st.c.opt.News && !st.c.opt.noThreatGov && s.lemma[g] == "threaten" &&
			((m.yield.IsNull() && m.score == 0) || (!st.c.opt.noThreatYield && cooperative(m.yield.Main))) &&
			!gm.yield.IsNull() && st.actorThreatens(g):
			// "threatened to cut transit of European goods": a threat of
			// what the dictionary codes nothing for is still a threat; so
			// is one to do what the dictionary codes as cooperation or
			// yielding ("threatened to withdraw its forces", 080).
			m.skip = true
		case st.c.opt.News && !st.c.opt.noNullComplement && m.yield.IsNull() && m.pat == nil && len(m.extra) > 0 &&
			!gm.yield.IsNull() && gm.score == 0:
			// "the two sides agreed to set up a working group": a phrasal
			// infinitive that codes nothing and matched no pattern scores
			// only for its particle; that does not make it explain the
			// clause better than its governor, which keeps its code (as
			// with a governor over a bare infinitive that matched nothing,
			// where the governor's own code stands when its object or
			// pattern says so).
			m.skip = true
		case st.c.opt.News && gm.yield.IsNull() && gm.score == 0 && m.score > 0:
			// "committed itself to developing relations with X": the
			// governing verb codes nothing, the complement's pattern does.
			gm.skip = true
		case s.hasChild(g, rObj) || s.hasChild(g, rIobj) || gm.score > 0 || (negGov[s.lemma[g]] && !gm.yield.IsNull()):
			m.skip = true
		default:
			gm.skip = true
		}
	}
	// "after leaving Eriador": a gerund clause of time whose subject is the
	// main clause's sets the scene for the reported event; it is not coded.
	for ci := range st.cands {
		m := &st.cands[ci]
		v := m.tok
		if m.noun || s.rel[v] != rAdvcl || s.hasChild(v, rNsubj) || s.hasChild(v, rNsubjPass) || !strings.HasSuffix(s.lower[v], "ing") {
			continue
		}
		for _, k := range s.kids[v] {
			if (s.rel[k] == rMark || s.rel[k] == rCase) && timeMarks[s.lower[k]] {
				// News: "made the remark when holding talks with X"
				// reports the talks; "after leaving X" still sets a scene.
				if st.c.opt.News && (s.lower[k] == "when" || s.lower[k] == "while") {
					continue
				}
				// "spoke to reporters after meeting X" (session 14): the
				// subject's meeting with a named partner took place.
				if st.c.opt.News && st.consultGerund(m) {
					continue
				}
				m.skip = true
			}
		}
	}
	// Noun triggers used as a verb's object or phrase.
	for ci := range st.cands {
		m := &st.cands[ci]
		if !m.noun || m.skip {
			continue
		}
		h := s.head[m.tok]
		if jv := st.vehicleFor(m.tok); jv >= 0 {
			h = jv // "whisked to Tirana aboard a helicopter for a meeting"
		}
		if st.c.opt.News && h >= 0 && (s.rel[m.tok] == rObl || h != s.head[m.tok]) && s.caseOf(m.tok) == "for" && s.journey(h) &&
			strings.HasPrefix(m.yield.Main, "04") && s.rel[h] != rAdvcl && s.rel[h] != rAcl && s.rel[h] != rRelcl {
			// "flew into Albania for talks with his counterpart": the
			// meeting the journey was for (its source the traveller);
			// not a journey that sets the scene ("before leaving for
			// the United States for talks").
			continue
		}
		inClash := st.inClash(m.tok)
		if h >= 0 && !inClash {
			if hi, ok := at[h]; ok && !st.cands[hi].skip && !st.cands[hi].noun && st.cands[hi].score > 0 {
				m.skip = true
				continue
			}
		}
		if st.c.opt.News && st.describedEvent(m.tok) {
			// "This is the first visit between the two states", "her
			// visit to Brussels is a signal of ..." (session 14).
			m.skip = true
			continue
		}
		r := s.rel[m.tok]
		if st.c.opt.News {
			if o := s.roundOf(m.tok); o >= 0 {
				// "a new round of talks ... is to start": the talks
				// stand where the round does.
				r = s.rel[o]
			}
		}
		switch r {
		case rNsubj, rNsubjPass, rRoot, rAppos:
		case rObl:
			switch s.caseOf(m.tok) {
			case "during", "at", "on":
			case "after", "following", "since":
				// "will take a holiday after his visit to Germany": a
				// noun event in a phrase of time before the clause sets
				// the scene, as the guide codes "after" clauses.
				if st.c.opt.News {
					m.skip = true
				}
			case "in":
				// "made the remarks in a meeting with X" (session 13):
				// the subject's meeting; a clash casualties fell in.
				if !inClash && !(st.c.opt.News && !st.c.opt.noMeetingScene && st.meetingScene(m.tok, "in", m.yield.Main)) {
					m.skip = true
				}
			default:
				m.skip = true
			}
		default:
			m.skip = true
		}
	}
}

// reasonPreps introduce the reason for an act ("for its criticism of X").
var reasonPreps = map[string]bool{"for": true, "over": true, "about": true}

// reflexives are objects that name the subject again ("committed itself to").
var reflexives = map[string]bool{"itself": true, "themselves": true, "himself": true, "herself": true,
	"ourselves": true, "myself": true}

// planNouns head an infinitive that states a plan, not a background fact
// ("a plan to visit", "an agreement to hold talks").
var planNouns = map[string]bool{"plan": true, "intention": true, "decision": true, "agreement": true,
	"offer": true, "proposal": true, "bid": true, "attempt": true, "move": true, "pledge": true,
	"promise": true, "commitment": true, "call": true, "effort": true, "readiness": true}

// skipBackground marks the verb triggers of relative clauses and reduced
// relatives ("the bombing which killed five", "the 105 killed by
// shelling", "shares being traded", "a mission to help X") and the verbs
// conjoined with them: the news guide codes them as background, not as the
// sentence's event.
func (st *state) skipBackground() {
	s := &st.s
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.skip {
			continue
		}
		if m.noun {
			// A noun event in a clause within a relative clause ("after he
			// concludes his visit to Y" in "the meeting which X will attend
			// after ...") is background with it.
			x := s.head[m.tok]
			for steps := 0; x >= 0 && !isVerbal(s.upos[x]) && steps < 4; steps++ {
				x = s.head[x]
			}
			if x >= 0 && isVerbal(s.upos[x]) && s.rel[x] != rRelcl && s.underRelcl(x) {
				m.skip = true
			}
			if x >= 0 && !st.c.opt.noReducedNoun && s.rel[x] == rAcl && s.backgroundAcl(x) && !st.inClash(m.tok) {
				// "the joint communique issued at the meeting between
				// Chinese and Russian prime ministers": a noun event in a
				// reduced relative is background with it; not the clash
				// casualties fell in ("... wounded in a clash between X
				// and Y"; session 11).
				m.skip = true
			}
			continue
		}
		x := m.tok
		for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 4; steps++ {
			x = s.head[x]
		}
		if s.underRelcl(x) {
			// A clause inside a relative clause is background with it
			// ("the meeting which Hu will attend after he concludes his
			// visit").
			m.skip = true
			continue
		}
		if st.c.opt.News && !st.c.opt.noApproach && s.approached(m.tok) {
			// "Russia edged closer to cutting gas supplies to Belarus",
			// "came close to breaking off relations": not done (session 15).
			m.skip = true
			continue
		}
		if st.c.opt.News && !st.c.opt.noRelclInfinitive && s.infinitiveInRelcl(x) {
			// "the rebels who have held the south in their bid to oust
			// the president": the infinitive of a noun in a relative
			// clause is background with it (session 15).
			m.skip = true
			continue
		}
		if s.underDemand(x) {
			// "UN demands that Syria stop interfering in Lebanon", "urged
			// that the troops withdraw": what is demanded is not done;
			// the demand is the event.
			m.skip = true
			continue
		}
		if opinionVerbs[s.lemma[m.tok]] && s.hasChild(m.tok, rCcomp) {
			// "media has suggested that X and Y had been unable to
			// agree": a report of what happened, not a proposal.
			m.skip = true
			continue
		}
		if g := s.head[x]; g >= 0 && (accuseVerbs[s.lemma[g]] && !st.c.opt.noAccusedAct &&
			(s.hasWord(x, "of") || s.hasWord(x, "for")) || st.chargedDeed(x, g)) { // event/lead33b.go
			// "accused India of shelling a village": the act is the
			// accused's alleged one, coded by the accusation (112), never
			// the accuser's own (session 9, the team's story s24).
			m.skip = true
			continue
		}
		if !st.c.opt.noTopicGerund && s.topicGerund(m.tok) {
			// "talks on curbing the insurgency": what the talks are
			// about is not done (session 13).
			m.skip = true
			continue
		}
		if strings.HasSuffix(s.lower[x], "ing") && s.hasWord(x, "against") {
			// "advised its nationals against travelling to X": what one
			// is warned against is not done.
			m.skip = true
			continue
		}
		if (s.rel[x] == rAdvcl || s.rel[x] == rXcomp) && s.rankedArrival(x) {
			// "arrived in Zagreb as the first Libyan head of government
			// to visit Croatia": the parser hangs on the journey the
			// infinitive of a ranked noun; the visit is the arrival,
			// coded there.
			m.skip = true
			continue
		}
		switch s.rel[x] {
		case rRelcl:
			if s.issuedRelative(x) >= 0 {
				// "issued a statement that condemned X": the issuer's
				// act (session 27, event/round27.go).
				continue
			}
			if st.c.opt.News && !st.c.opt.noAsideEvent && (s.asideWhoPast(x) && !s.biographyAside(x) || st.asideWhoArrived(x) || s.asideWhomAccused(x) || s.asideWhoseAccused(x)) {
				// "Merz, who met Modi in New Delhi last month, said":
				// a past act told of a person between commas (session 20,
				// event/everyday20.go).
				continue
			}
			if st.c.opt.News && !st.c.opt.noWhomAntecedent && s.asideWhomPast(x) {
				// "Ruto, whom Museveni met on Monday, said": the meeting
				// told by "whom" between commas (session 34,
				// event/round34.go).
				continue
			}
			if st.c.opt.News && !st.c.opt.noAsideFuture && s.asideWhoFuture(x) {
				// "X, who will start a visit to China on Sunday, said":
				// a plan told of a person between commas (session 29,
				// event/round29.go).
				continue
			}
			if st.c.opt.News && !st.c.opt.noMainRelcl && s.mainRelcl(x) {
				// The sentence's main verb hung on a verbless root
				// (session 22, recall round 2, event/recall22b.go).
				continue
			}
			if st.c.opt.News && !st.c.opt.noRelativeObjectSubject && st.trailingRelativeAct(x) {
				// "criticised Egypt, which he accused of ...": the
				// speaker's own next act (session 34, event/lead34.go).
				continue
			}
			if !st.c.opt.noWhereClause && s.narrativeWhere(x) {
				// "welcomed Takaichi at the palace, where the two leaders
				// held talks": the story goes on at the place (session 10).
				continue
			}
			m.skip = true
		case rAdvcl:
			if s.sentRel[x] && s.issuedRelative(x) < 0 {
				// ", which he said hurt farmers": a sentential relative
				// is background like any relative clause.
				m.skip = true
				continue
			}
			if s.reducedOnObject(x) && s.issuedDocument(x) < 0 {
				m.skip = true
				continue
			}
			// "paid tribute to the 105 killed by Israeli shelling" parsed
			// as an adverbial clause: a bare participle with an agent and
			// no subject, auxiliary or mark is a reduced relative.
			if s.hasChild(x, rNsubj) || s.hasChild(x, rNsubjPass) || s.hasChild(x, rAux) ||
				s.hasChild(x, rAuxPass) || s.hasChild(x, rMark) || s.upos[x] != "VERB" ||
				strings.HasSuffix(s.lower[x], "ing") {
				continue
			}
			for _, k := range s.kids[x] {
				if s.rel[k] == rOblAgent || (s.rel[k] == rObl && s.caseOf(k) == "by") {
					m.skip = true
				}
			}
		case rAcl:
			if s.backgroundAcl(x) {
				m.skip = true
			}
		}
	}
}

// narrativeWhere reports whether relative clause x is a "where" clause
// that carries the story on at the place the main clause took someone to
// ("Marcos welcomed Takaichi at the palace, where the two leaders held
// talks", "will fly to Hanoi, where she will meet Vietnamese leaders"):
// set off by a comma, on a locative phrase of a verb that is not itself
// background, with a subject of its own and in the simple past of a past
// main verb or with "will". A state or an earlier happening ("the
// capital, where the government faces protests", "Paris, where he had
// lived in exile") stays background, as does a place inside a noun phrase
// ("aid to the region, where floods destroyed crops").
func (s *sent) narrativeWhere(x int) bool {
	w := -1
	for _, k := range s.kids[x] {
		if s.rel[k] == rAdvmod && s.lower[k] == "where" && k < x {
			w = k
		}
	}
	if w < 1 || s.lower[w-1] != "," || !s.hasChild(x, rNsubj) {
		return false
	}
	h := s.head[x]
	if h < 0 || s.rel[h] != rObl {
		return false
	}
	g := s.head[h]
	if g < 0 || s.upos[g] != "VERB" || s.rel[g] == rRelcl || s.rel[g] == rAcl || s.sentRel[g] || s.underRelcl(g) {
		return false
	}
	will := false
	for _, k := range s.kids[x] {
		if s.rel[k] == rAux || s.rel[k] == rAuxPass || s.rel[k] == rCop {
			if s.lower[k] != "will" {
				return false
			}
			will = true
		}
		if st, en := s.tokenSpan(k); s.inTimex(st, en) {
			return false // a time of its own: "Bucha, where troops killed civilians in 2022"
		}
	}
	if will {
		return true
	}
	return s.d.Tokens[s.base+x].XPOS == "VBD" && s.d.Tokens[s.base+g].XPOS == "VBD"
}

// inTimex reports whether the byte span [st, en) lies in a time expression.
func (s *sent) inTimex(st, en int) bool {
	for _, t := range s.d.Timexes {
		if t.Start <= st && en <= t.End {
			return true
		}
	}
	return false
}

// bareParticiple reports whether x is an "-ing" word with no subject,
// mark or auxiliary of its own: a participle hung on a phrase, not a
// clause ("issued a statement condemning ...").
func (s *sent) bareParticiple(x int) bool {
	return strings.HasSuffix(s.lower[x], "ing") && !s.hasChild(x, rNsubj) && !s.hasChild(x, rNsubjPass) &&
		!s.hasChild(x, rMark) && !s.hasChild(x, rAux)
}

// reducedOnObject reports whether clause x is a participle without subject
// that the parser hung on the verb but follows the verb's object with
// nothing between ("would not support the resolution condemning X"): a
// reduced relative on the object, background like a relative clause.
func (s *sent) reducedOnObject(x int) bool {
	g := s.head[x]
	if g < 0 || !s.bareParticiple(x) {
		return false
	}
	o := s.child(g, rObj)
	if o < 0 || o > x || x == 0 {
		return false
	}
	prev := x - 1
	return prev == o || s.inSubtree(prev, o) && s.rel[prev] != rPunct
}

// demandWords take as their clause what someone is asked to do ("demanded
// that X withdraw", "a call that Y step down"), verbs and nouns alike.
var demandWords = map[string]bool{"demand": true, "urge": true, "ask": true, "request": true,
	"propose": true, "recommend": true, "call": true, "appeal": true, "plead": true, "order": true,
	"require": true, "proposal": true, "plea": true, "ultimatum": true}

// accuseVerbs take the act they allege in an "of" or "for" clause
// ("accused X of shelling", "blamed X for attacking").
var accuseVerbs = map[string]bool{"accuse": true, "blame": true, "charge": true, "suspect": true,
	"indict": true, "convict": true}

// opinionVerbs report what someone thinks happened when they take a
// clause ("suggested that", "indicated that"); with an object they propose
// ("suggested talks") and code.
var opinionVerbs = map[string]bool{"suggest": true, "indicate": true, "hint": true, "speculate": true}

// hasWord reports whether x has a mark or case dependent w.
func (s *sent) hasWord(x int, w string) bool {
	for _, k := range s.kids[x] {
		if (s.rel[k] == rMark || s.rel[k] == rCase) && s.lower[k] == w {
			return true
		}
	}
	return false
}

// backgroundAcl reports whether clause x, attached to a noun (acl), is a
// reduced relative, background in news: not an infinitive on a noun of
// plan ("a plan to visit"), nor a past form with an object and no
// auxiliary, which is a main verb the parser hung on its subject ("Israeli
// troops | shot dead a man").
func (s *sent) backgroundAcl(x int) bool {
	h := s.head[x]
	if s.issuedDocument(x) >= 0 {
		// "issued a statement condemning X": the issuer's act.
		return false
	}
	if h >= 0 && s.hasMarkTo(x) && planNouns[s.lemma[h]] {
		return false
	}
	if h >= 0 && s.hasMarkTo(x) && s.rankedPredicate(h) {
		// "has become the latest Iraqi leader to reject X's call", "was
		// the first president to visit X": the subject did it.
		return false
	}
	if s.hasChild(x, rObj) && !s.hasMarkTo(x) && !strings.HasSuffix(s.lower[x], "ing") &&
		!s.hasChild(x, rAuxPass) && !s.hasChild(x, rAux) {
		return false
	}
	return true
}

// underRelcl reports whether clause x hangs, through adverbial, complement
// and conjoined clauses, from a relative clause or a reduced relative ("a
// tour aimed at drumming up support for sanctions").
func (s *sent) underRelcl(x int) bool {
	for y, steps := x, 0; y >= 0 && steps < 8; steps++ {
		r := s.rel[y]
		if r != rAdvcl && r != rCcomp && r != rXcomp && r != rConj {
			return false
		}
		y = s.head[y]
		if y >= 0 && (s.rel[y] == rRelcl || s.sentRel[y] || s.rel[y] == rAcl && s.backgroundAcl(y)) {
			return true
		}
	}
	return false
}

// crowdProtest drops the meeting (04x) that the CAMEO dictionary codes
// for a crowd's gathering when a verb conjoined with it is the crowd's
// protest (14x): "Her supporters gathered outside the court and chanted
// slogans against the president" is one demonstration, not a
// consultation besides it (session 10, the team's story s13).
func (st *state) crowdProtest() {
	s := &st.s
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.skip || m.noun || !gatherVerbs[s.lemma[m.tok]] || !strings.HasPrefix(m.yield.Main, "04") {
			continue
		}
		for cj := range st.cands {
			o := &st.cands[cj]
			if cj == ci || o.skip || o.noun || !strings.HasPrefix(o.yield.Main, "14") {
				continue
			}
			if s.rel[o.tok] == rConj && s.head[o.tok] == m.tok || s.rel[m.tok] == rConj && s.head[m.tok] == o.tok {
				m.skip = true
				break
			}
		}
	}
}

// woundVerbs report injuries that go with a killing in one attack.
var woundVerbs = map[string]bool{"wound": true, "injure": true, "hurt": true}

// shareAttack gives a wounding conjoined with a violent act ("shot dead
// one and wounded another") the act's code: the guide codes one attack.
func (st *state) shareAttack() {
	s := &st.s
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.noun || m.skip || !woundVerbs[s.lemma[m.tok]] {
			continue
		}
		g := -1
		if s.rel[m.tok] == rConj {
			g = s.head[m.tok]
		} else if s.hasChild(m.tok, rCC) {
			// "troops | shot dead one and wounded another" parsed with
			// "shot" a participle on the subject of "wounded": the violent
			// verb before it on the same subject is the act.
			subj, _, _ := st.subject(m.tok)
			for cj := range st.cands {
				gm := &st.cands[cj]
				if subj >= 0 && !gm.noun && gm.tok < m.tok && gm.tok > subj && s.head[gm.tok] == subj && s.rel[gm.tok] == rAcl {
					g = gm.tok
				}
			}
		}
		if g < 0 {
			continue
		}
		for cj := range st.cands {
			gm := &st.cands[cj]
			if gm.tok == g && !gm.skip && (strings.HasPrefix(gm.yield.Main, "18") || strings.HasPrefix(gm.yield.Main, "19")) {
				m.yield, m.intent = Yield{Main: gm.yield.Main}, gm.intent
			}
		}
	}
}

// modality reads negation and modality for trigger v.
func (st *state) modality(v int) (negated bool, mod string) {
	s := &st.s
	mod = "asserted"
	for _, k := range s.kids[v] {
		switch s.rel[k] {
		case rNeg:
			negated = true
		case rAux:
			switch {
			case futureAux[s.lower[k]]:
				mod = "intended"
			case hypoAux[s.lower[k]]:
				if s.lower[k] == "would" && (st.underSay(v) || st.saidAfter(v)) {
					mod = "intended"
				} else if mod == "asserted" {
					mod = "hypothetical"
				}
			}
		case rMark:
			switch s.lower[k] {
			case "if", "unless", "whether":
				mod = "hypothetical"
			case "without":
				negated = negated || st.withoutNegates(v) // event/lead33.go
			}
		}
	}
	// News: "rather than backing X", "instead of condemning X": an act not
	// done (event/round35.go).
	if st.c.opt.News && !negated && st.ratherThanNegates(v) {
		negated = true
	}
	// News: "ruled out sending troops": an act not done (event/round36.go).
	if st.c.opt.News && !negated && st.ruledOut(v) {
		negated = true
	}
	// News: "will visit Japan and hold talks with Abe": a conjoined verb
	// with nothing of its own shares the first one's plan (codes29.go).
	if st.c.opt.News && mod == "asserted" && !negated && st.conjPlan29(v) {
		mod = "intended"
	}
	// "is to meet", "are to sign": a scheduled event (the parser writes
	// the "be" of this future as a copula of the infinitive).
	if mod == "asserted" && s.hasMarkTo(v) {
		for _, k := range s.kids[v] {
			if (s.rel[k] == rCop || s.rel[k] == rAux) && s.lemma[k] == "be" && k < v {
				mod = "intended"
				break
			}
		}
	}
	// News: a headline's bare infinitive ("Premier to tour the provinces")
	// is a plan (event/when_small23.go).
	if st.c.opt.News && mod == "asserted" && (s.headlineInfinitive(v) || st.listedHeadline(v)) {
		mod = "intended" // listedHeadline: a digest's later lines (codes29.go)
	}
	// News: the purpose of a journey ("arrived in Busan to attend the
	// APEC meeting") is a plan.
	if st.c.opt.News && mod == "asserted" && (s.rel[v] == rAdvcl || s.rel[v] == rXcomp) && s.hasMarkTo(v) && s.head[v] >= 0 && s.journey(s.head[v]) {
		mod = "intended"
	}
	// A verb of intention whose pattern took in its infinitive ("plans to
	// visit" coded as 036 on "plans") reports an intended event.
	if intentGov[s.lemma[v]] && s.hasChild(v, rXcomp) && mod == "asserted" {
		mod = "intended"
	}
	// Governing verbs of an infinitive: "plans to visit", "refused to sign".
	x := v
	if st.c.opt.News {
		// "is scheduled to address the summit and meet X": the plan
		// governs every conjoined verb of its infinitive.
		for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && isVerbal(s.upos[s.head[x]]) && steps < 4 && !st.gerundNextAct(x); steps++ {
			x = s.head[x]
		}
	}
	for steps := 0; s.rel[x] == rXcomp && s.head[x] >= 0 && steps < 4; steps++ {
		g := s.head[x]
		gl := s.lemma[g]
		gneg := s.hasChild(g, rNeg)
		switch {
		case negGov[gl] || st.unableGov(g): // unableGov: event/everyday35.go
			negated = !gneg
		case intentGov[gl] || st.intentAdjective(gl):
			if gneg {
				negated = true
			}
			if st.c.opt.News && !st.c.opt.noOvertakenPlan && s.overtakenPlan(g) {
				// "had been due to hold talks": a plan that did not come
				// about (event/round13b.go)
				negated = true
			}
			if mod == "asserted" {
				mod = "intended"
			}
		case hypoGov[gl]:
			mod = "hypothetical"
		}
		for _, k := range s.kids[g] {
			if s.rel[k] == rAux && futureAux[s.lower[k]] && mod == "asserted" {
				mod = "intended"
			}
		}
		x = g
	}
	if st.c.opt.News && st.deniedAbove(v) {
		negated = true
	}
	if st.c.opt.News && st.unconfirmedAbove(v) {
		negated = true // "declined to confirm there had been a meeting" (actors24.go)
	}
	if st.c.opt.News && isNominal(s.upos[v]) {
		// "A planned visit ... has been postponed": an event noun that a
		// verb of calling off has as its subject did not take place; an
		// event noun "planned" or "upcoming" is a plan.
		if g := s.head[v]; g >= 0 && (s.rel[v] == rNsubj || s.rel[v] == rNsubjPass) && cancelVerbs[s.lemma[g]] {
			negated = true
		}
		for _, k := range s.kids[v] {
			if s.rel[k] == rAmod && planAdjs[s.lower[k]] && mod == "asserted" {
				mod = "intended"
			}
		}
	}
	// An event inside a conditional clause, or a question.
	for y, steps := v, 0; y >= 0 && steps < 6; steps++ {
		if s.rel[y] == rAdvcl {
			for _, k := range s.kids[y] {
				if s.rel[k] == rMark && (s.lower[k] == "if" || s.lower[k] == "unless") {
					mod = "hypothetical"
				}
			}
		}
		y = s.head[y]
	}
	if s.head[v] < 0 && s.n > 0 && s.lower[s.n-1] == "?" {
		mod = "hypothetical"
	}
	return st.review22Modality(v, negated, mod) // (event/review22.go)
}

// cancelVerbs call an event off ("the visit was postponed", "the talks
// have been cancelled").
var cancelVerbs = map[string]bool{"postpone": true, "cancel": true, "delay": true, "scrap": true,
	"shelve": true, "suspend": true, "defer": true, "abandon": true, "scrub": true}

// planAdjs mark an event noun as planned, not done ("a planned visit", "the
// upcoming talks").
var planAdjs = map[string]bool{"planned": true, "proposed": true, "scheduled": true, "upcoming": true,
	"forthcoming": true, "expected": true, "intended": true}

// negSubjects are subjects that deny their clause ("nothing indicates
// that", "nobody has attacked").
var negSubjects = map[string]bool{"nothing": true, "nobody": true, "none": true, "noone": true}

// deniedAbove reports whether the clause of v is denied from above (News):
// the clause, or one it hangs from through clausal complements and
// infinitives, has a negative pronoun or a phrase with the determiner "no"
// as its subject ("nothing indicates that it intends to attack us", "no
// one said Kenya attacked").
func (st *state) deniedAbove(v int) bool {
	s := &st.s
	for y, steps := v, 0; y >= 0 && steps < 5; steps++ {
		for _, k := range s.kids[y] {
			if s.rel[k] != rNsubj {
				continue
			}
			if negSubjects[s.lower[k]] {
				return true
			}
			for _, kk := range s.kids[k] {
				if s.rel[kk] == rDet && s.lower[kk] == "no" {
					return true
				}
			}
		}
		h := s.head[y]
		if h < 0 {
			break
		}
		if s.rel[y] != rCcomp && s.rel[y] != rXcomp {
			break
		}
		y = h
	}
	return false
}

// namesHead reports whether actors a found at noun phrase h are named by
// h itself, not only by a prepositional phrase nested in it ("its dispute
// with Eriador" names Eriador only in "with Eriador").
func (st *state) namesHead(a []doc.Actor, h int) bool {
	s := &st.s
	nested := map[string]bool{}
	for _, k := range s.kids[h] {
		if s.rel[k] == rNmod && s.caseOf(k) != "" {
			for _, y := range st.actorsOf(k) {
				nested[y.Code] = true
			}
		}
	}
	for _, x := range a {
		if !nested[x.Code] {
			return true
		}
	}
	return false
}

// isNominal reports whether a part of speech heads a noun phrase.
func isNominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// underSay reports whether v is the content of a reporting verb.
func (st *state) underSay(v int) bool {
	s := &st.s
	g := s.head[v]
	return g >= 0 && (s.rel[v] == rCcomp || s.rel[v] == rParataxis) && sayVerbs[s.lemma[g]]
}

// emit turns a trigger's match into events.
func (st *state) emit(m *match, out []doc.Event) []doc.Event {
	if m.yield.IsNull() {
		return out
	}
	v := m.tok
	if st.c.opt.News && !m.noun && m.pat == nil && st.s.lemma[v] == "need" && st.s.hasChild(v, rXcomp) {
		// "the UN needed to do whatever it could to resolve the stand-off
		// over Tehran's programme": what one must do oneself is no demand
		// on anyone (the CAMEO dictionary's DEMAND block defaults to 100).
		return out
	}
	var sources, targets []doc.Actor
	inherited := false
	doer := -1      // the head of the phrase naming the doer: subject or agent
	riot := false   // a crowd's violence: a violent protest (145)
	oneWay := false // the target is no partner acting back
	modTok := v     // the token whose clause gives negation and modality
	if m.noun {
		sources, targets = st.nounRoles(m)
		if len(sources) == 0 && len(targets) > 0 && st.hasCaseChild(v, "with") && st.inClash(v) && !st.c.opt.noClashWith {
			// "soldiers were killed in clashes with the PKK": the side
			// named fought the casualties' side.
			if sj, passive, _ := st.subject(st.s.head[v]); sj >= 0 && (passive || st.s.lemma[st.s.head[v]] == "die") {
				if a := st.actorsOf(sj); len(a) > 0 {
					sources, targets, oneWay = targets, a, true
				}
			}
		}
		if st.c.opt.News && len(sources) == 0 && len(targets) == 0 && consultCode(m.yield.Main) {
			// "The talks involve China, Japan and Russia", "a new round of
			// talks, involving X, Y and Z, is to start": the participants
			// meet each other, as sure as the clause the talks are in. Only
			// meetings: in "an attack involving US and British forces" the
			// two attack together.
			if ps, g := st.meetingParticipants(v); len(ps) >= 2 {
				m2 := *m
				m2.recip = true
				m, sources = &m2, ps
				if g >= 0 {
					modTok = g
				}
			}
		}
		if sj := st.s.copulaSubject(v, m.yield.Main); len(sources) == 0 && st.c.opt.News && !st.c.opt.noCopulaSubject && sj >= 0 {
			sources = st.actorsOf(sj)
		}
		g, r := st.s.head[v], st.s.rel[v]
		if jv := st.vehicleFor(v); jv >= 0 {
			g, r = jv, rObl
		}
		if len(sources) == 0 && st.c.opt.News && g >= 0 && r == rObl &&
			isVerbal(st.s.upos[g]) && (meetingTimePhrase(st.s.caseOf(v), m.yield.Main, st.s.lemma[g]) ||
			!st.c.opt.noMeetingScene && st.meetingScene(v, st.s.caseOf(v), m.yield.Main)) {
			// "will seek support during a trip to Berlin": a visit or a
			// meeting in a time phrase is the clause subject's, and as sure
			// as the clause. The subject of a passive journey ("was
			// flown to Tirana for talks") is the traveller.
			if sj, passive, _ := st.subject(g); sj >= 0 && (!passive || (st.s.caseOf(v) == "for" && st.s.journey(g))) {
				sources, inherited, modTok = st.actorsOf(sj), true, g
			}
		}
	} else {
		subj, passive, inh := st.subject(v)
		inherited = inh
		if !passive {
			doer = subj
		}
		if passive {
			targets = st.actorsOf(subj)
			if a := st.agentOf(v); a >= 0 {
				doer = a
				sources = st.actorsOf(a)
			} else if st.c.opt.PassivePPSource {
				// A phrase on the verb names the doer ("was shot dead in
				// Osgiliath"); for PETRARCH-2 (PassiveAsActive) one nested in
				// a noun phrase ("was criticized over its dispute with
				// Eriador") does not.
				r := st.buildRegion(v, -1)
				for _, pn := range r.pps {
					if o := pn.owner; st.c.opt.PassiveAsActive && o >= 0 && o != v && isNominal(st.s.upos[o]) {
						continue
					}
					if a := st.actorsOf(pn.node); len(a) > 0 && (!st.c.opt.PassiveAsActive || st.namesHead(a, pn.node)) {
						sources = a
						break
					}
				}
				// With no doer named, PETRARCH reads the clause as active:
				// the subject acts on the pattern's target ("was criticized
				// over its dispute with Eriador" codes the subject against
				// Eriador).
				if len(sources) == 0 && st.c.opt.PassiveAsActive {
					if m.ppTgt >= 0 && len(st.actorsOf(m.ppTgt)) > 0 {
						sources, targets = targets, nil
					} else if t := st.defaultTarget(v, m, subj); len(t) > 0 {
						sources, targets = targets, t
					}
				}
			}
			if len(sources) == 0 && st.c.opt.News && !st.c.opt.noSignedAfterTalks {
				// "Six cooperation agreements were signed after the
				// talks": the pair who held the talks sign, with each
				// other (session 9, the team's story s12).
				if pair := st.signedAfterTalks(v, subj, out); len(pair) == 2 {
					m2 := *m
					m2.recip = true
					m, sources, targets = &m2, pair, nil
				}
			}
			if len(sources) == 0 && st.c.opt.News {
				var c string
				sources, c = st.attackAgent(v)
				if c != "" && strings.HasPrefix(m.yield.Main, "1") {
					m2 := *m
					m2.yield = Yield{Main: c}
					m = &m2
				}
			}
		} else {
			sources = st.listedSubjects(v, subj, st.actorsOf(subj))
			if len(sources) == 0 && st.c.opt.News && !st.c.opt.noPossSubject {
				// "Israel's military said its jets struck ...": a subject
				// owned by a pronoun that names no actor is the owner's.
				if a := st.possessorActors(v, subj); len(a) > 0 {
					sources, inherited = a, true
				}
			}
		}
		if m.roleS >= 0 {
			sources = st.actorsOf(m.roleS)
		}
		if m.roleT >= 0 {
			targets = st.actorsOf(m.roleT)
			if len(targets) == 0 {
				// "visited Albania in the south" (event/round24.go)
				targets = st.inPhraseObject(v, m.roleT)
			}
		} else if !passive || len(targets) == 0 {
			if m.ppTgt >= 0 && !(st.c.opt.News && !st.c.opt.noMeetAtTarget && st.s.meetAtPhrase(v, m.ppTgt)) {
				targets = st.actorsOf(m.ppTgt)
				if g := st.s.head[m.ppTgt]; st.c.opt.News && g >= 0 && g != v && victimNouns[st.s.lemma[g]] && verbalCode(m.yield.Main) {
					// "condemned the killing of X" (the CAMEO dictionary's
					// `obj killing; pp:of`): X is the victim, not the target.
					targets = nil
				}
				if st.c.opt.News && reasonPreps[st.s.caseOf(m.ppTgt)] {
					// "blasted Ankara for its criticism of Germany": the
					// reason names the deed, the object the target.
					if o := st.s.child(v, rObj); o >= 0 {
						if a := st.actorsOf(o); len(a) > 0 {
							targets = a
						}
					}
				}
			}
			if len(targets) == 0 && !passive {
				st.planPartner = false
				targets = st.defaultTarget(v, m, subj)
				oneWay = st.planPartner
				if len(targets) == 0 && st.c.opt.News && !st.c.opt.noDelegationHost {
					// "A Mauritian delegation to China has signed two
					// agreements": with its hosts (session 15).
					if targets = st.delegationHost(subj, m.yield.Main); len(targets) > 0 {
						oneWay = true
					}
				}
			}
		}
		if st.c.opt.News && !st.c.opt.noThreatYield && len(targets) == 0 && !passive && strings.HasPrefix(m.yield.Main, "13") {
			// "threatened to withdraw its forces if Egyptian soldiers were
			// deployed near its border": a threat is aimed at the one whose
			// deed its condition names.
			targets = st.conditionActors(v)
		} else if st.c.opt.News && !st.c.opt.noUnlessTarget && !passive && strings.HasPrefix(m.yield.Main, "13") &&
			!(m.roleT >= 0 && st.s.head[m.roleT] == v && st.s.rel[m.roleT] == rObj) {
			// "threatened to trigger the return of United Nations
			// sanctions unless Iran resumes cooperation": the one whose
			// deed the condition names is threatened, not an actor named
			// inside the threatened act; one threatened as the object
			// ("threatened Iran with sanctions") stays (session 11, s33).
			c := st.conditionActors(v)
			if len(c) == 0 {
				c = st.nestedCondition(v)
			}
			// the threatener's own side in the condition ("unless the
			// Pentagon found new money") threatens nobody (review)
			if c = othersThan(c, sources); len(c) > 0 {
				targets = c
			}
		}
		if !passive {
			// "warned that Ecuador would respond if Lima moved troops":
			// aimed at the condition's actor (event/warnif22.go)
			if c := st.warnIfTarget(v, m.yield.Main, targets, sources); len(c) > 0 {
				targets = c
			}
		}
		if st.c.opt.News && !st.c.opt.noOwnTarget && !passive && m.pat != nil && len(sources) >= 2 &&
			(m.yield.Main == "040" || m.yield.Main == "046") && ownCountries(targets, sources) {
			// "The two ministers will meet again in Beijing to review
			// tariffs on Australian beef": what a pair meeting each other
			// will talk about, in a clause under the verb, is of their own
			// countries and no third party; they meet each other. A phrase
			// of the verb's own ("met Australian officials") stays.
			th := m.roleT
			if th < 0 {
				th = m.ppTgt
			}
			if th < 0 || st.s.head[th] != v {
				targets = nil
				m2 := *m
				m2.recip = true
				m = &m2
			}
		}
		if !passive && st.ownPairTarget(v, m, sources, targets) {
			// "Brazil and Russia agreed ... during a visit by Russia's
			// foreign minister": with each other (event/recall30.go)
			targets = nil
			m2 := *m
			m2.recip = true
			m = &m2
		}
		if st.c.opt.News && !st.c.opt.noCrowdViolence && len(sources) == 0 && !passive {
			// "Protesters threw stones at officers": a crowd of the
			// story's country riots against its police (event/implicit.go).
			if src, tgt := st.crowdViolence(v, subj, m.yield.Main); len(src) > 0 {
				sources, riot = src, true
				if len(targets) == 0 {
					targets = tgt
				}
			}
		}
		if st.c.opt.News && !st.c.opt.noEmbassyProtest && len(sources) == 0 && !passive {
			// "Protesters gathered outside the Brazilian embassy": a
			// crowd at home protests against the embassy's government
			// (event/everyday17.go).
			if src, tgt := st.embassyProtest(v, subj, m.yield.Main); len(src) > 0 {
				sources, targets = src, tgt
			}
		}
		if len(targets) == 0 && !passive {
			// "tariffs on steel pipes imported from India", "meet
			// opposition leaders" (event/everyday20.go)
			if targets = st.goodsOrigin(v, m.yield.Main, sources); len(targets) == 0 {
				targets = st.oppositionObject(v, sources)
			}
		}
		if st.c.opt.News && len(targets) == 0 {
			// "Australian police arrested 19 people": the people a home
			// actor acts on are of its country (event/implicit.go).
			targets = st.implicitTarget(v, sources, passive, subj, m.roleT, m.yield.Main)
			if len(targets) == 0 {
				// "..., injuring three sailors" (event/everyday19.go)
				targets = st.casualtyTarget(v, sources, m.yield.Main)
			}
		}
		if st.c.opt.News && !st.c.opt.noAttackedPlace && len(targets) == 0 && len(sources) > 0 && !passive &&
			forceCode(m.yield.Main) && !m.noun {
			// "Russian drones struck an energy facility in the Odesa
			// region": the place's country is the target (event/implicit.go).
			targets = st.attackedPlace(v, sources)
		}
		if len(targets) == 0 && !passive {
			targets = st.everyday21Target(v, m.yield.Main, sources, out) // "returned fire" (event/everyday21.go)
		}
		if len(targets) == 0 && !passive {
			// "threw stones at the police", the "at" phrase hung on the
			// missile (event/recall23b.go)
			targets = st.missileTarget(v, m.yield.Main, sources)
		}
		if st.c.opt.News {
			// "Fujimori met with mediator Archbishop Cipriani": one the
			// KB gives a sector but no country is of the country of the
			// one acting on them (event/implicit.go); not the other way
			// round: a speaker of unknown country is often a foreigner.
			targets = st.homeCountry(targets, sources)
		}
		if st.c.opt.News && !st.c.opt.noAnaphoricAct && len(targets) == 0 && !passive {
			// "Venezuela rejected the criticism": the critic of the
			// sentence before (session 16).
			if targets = st.anaphoricTarget(v, sources, out); len(targets) > 0 {
				oneWay = true // "accepted the invitation": no second invitation back
			} else if targets = st.ultimatumAuthor(v, sources, out); len(targets) > 0 {
				oneWay = true // "rejected the ultimatum" (event/everyday19.go)
			} else if targets = st.namedActAuthor(v, sources, out); len(targets) > 0 {
				oneWay = true // "called the decision protectionist" (event/everyday20.go)
			}
		}
		if st.c.opt.News && !st.c.opt.noPairedAct && len(targets) == 0 && !passive {
			// "Russia criticised the talks": the two who held them
			// (session 18).
			if targets = st.pairedActTarget(v, sources); len(targets) > 0 {
				oneWay = true
			}
		}
		if st.c.opt.News && !st.c.opt.noDetainer && !passive {
			// "called for his immediate release": whoever holds him
			// (session 18).
			targets = st.detainerTarget(v, m.yield.Main, sources, targets, out)
		}
	}
	if m.group >= 0 && len(sources) < 2 && len(targets) == 0 {
		// "held talks between Kenya and Ethiopia": they act on each other.
		if g := st.actorsOf(m.group); len(g) >= 2 {
			sources = g
		}
	}
	if st.c.opt.News && !st.c.opt.noPlaceTarget {
		// "agreed to reopen the Namanga border post", "hit a car near the
		// town of Nabatieh": a place the knowledge base gives no code is
		// where something happened, not whom it was done to.
		targets = st.withoutUncodedPlaces(targets)
	}
	if st.c.opt.News && !st.c.opt.noVenue && len(uniqueCodes(sources)) >= 2 && len(targets) > 0 && consultCode(m.yield.Main) &&
		!strings.HasPrefix(m.yield.Main, "042") && !strings.HasPrefix(m.yield.Main, "043") {
		// "Sudan's army and the RSF have agreed to send delegations to
		// Jeddah for ceasefire talks": a town two parties go to, or
		// meet in, is the venue, not a party (session 11, s29); one
		// party named twice ("Egypt's foreign minister, Badr
		// Abdelatty, is due to visit Port Sudan") visits its host, and
		// so do leaders arriving together ("arrived in Dhaka": 042).
		targets = st.withoutTowns(targets)
	}
	if len(sources) == 0 {
		return out
	}
	if st.c.opt.News {
		// "Iran's President Ahmadinejad": the president acts, not also
		// his country.
		sources, targets = withoutBareCountries(sources), withoutBareCountries(targets)
		if !st.c.opt.noSameCode {
			// "thanked Qatar's emir, Sheikh Tamim bin Hamad Al Thani":
			// a title and a name in apposition are one party, one event.
			sources, targets = uniqueCodes(sources), uniqueCodes(targets)
		}
	}
	negated, mod := st.modality(modTok)
	if st.c.opt.News && !st.c.opt.noHabitual && !m.noun && mod == "asserted" && st.s.habitual(v) {
		// "routinely accuses Uganda", "visits Kampala every two months": a
		// habit, no event (session 15, event/round15.go).
		return out
	}
	if negated {
		// A pattern that names the negation ("&NEGATVAUXVRB * OVER
		// EFFORTS") codes the negated event itself.
		for _, t := range m.terms {
			if st.s.rel[t] == rNeg {
				negated = false
				break
			}
		}
	}
	denier := -1
	if st.c.opt.News && !st.c.opt.noDenial && !m.noun {
		// "denied that its forces had attacked": what is denied is not
		// asserted (session 15).
		if denier = st.deniedBy(v); denier >= 0 {
			negated = true
		}
	}
	if st.c.opt.News && !st.c.opt.noEventPlace && len(targets) == 0 && !m.noun && strings.HasPrefix(m.yield.Main, "11") {
		// "condemned the coup in Niger" (session 15).
		targets = st.eventPlaceTarget(v)
	}
	if st.c.opt.News && !st.c.opt.noPronounObject && len(targets) == 0 && !m.noun {
		// "expelled two British diplomats, accusing them of spying"
		// (session 15).
		targets = st.pronounObjectTarget(v)
	}
	if st.c.opt.News && !st.c.opt.noAgreeRecip && len(sources) >= 2 && len(targets) == 0 &&
		!m.recip && !m.noun && mod != "hypothetical" && st.agreedTogether(v) {
		// "Kenya and Tanzania agreed to reopen the border post": what a
		// coordinated subject agrees on, with no one else named, is agreed
		// between them; not one only tried for ("have been trying to agree").
		m2 := *m
		m2.recip = true
		m = &m2
	}
	if st.c.opt.News && !st.c.opt.noPledgedTogether && len(uniqueCodes(sources)) >= 2 && !m.recip && !m.noun && mod != "hypothetical" &&
		len(ownTargets(sources, targets)) == 0 && st.pledgedTogether(v, m.yield.Main) {
		// "Poland and Germany pledged to strengthen their cooperation":
		// with each other (session 16).
		targets = nil
		m2 := *m
		m2.recip = true
		m = &m2
	}
	if st.c.opt.News && !st.c.opt.noFoughtRecip && len(sources) >= 2 && len(targets) == 0 && !m.recip && !m.noun &&
		strings.HasPrefix(m.yield.Main, "19") && mutualFightVerbs[st.s.lemma[v]] &&
		(st.s.child(v, rObj) < 0 || warNouns[st.s.lemma[st.s.child(v, rObj)]]) && !st.foughtAlongside(v) {
		// "India and Pakistan fought three wars", "Indian and Pakistani
		// troops clashed along the border": the sides of a fight with no
		// one else named fought each other (session 11, the team's story
		// s31).
		m2 := *m
		m2.recip = true
		m = &m2
	}
	if st.c.opt.News && !st.c.opt.noTalksTogether && len(uniqueCodes(sources)) >= 2 && len(targets) == 0 && !m.recip && !m.noun &&
		st.talksTogether(v, m.yield.Main) {
		// "Khartoum and the rebels resumed peace talks" (session 19).
		m2 := *m
		m2.recip = true
		if m2.yield.Main == "045" {
			m2.yield = Yield{Main: "046"}
		}
		m = &m2
	}
	code := m.yield
	if st.c.opt.News && !st.c.opt.noWelcomeGuest && !m.noun && st.welcomesGuest(v, code.Main, sources) {
		// "Boric was welcomed by Milei in Buenos Aires": a guest
		// welcomed is hosted (043), in both voices (session 16).
		code = Yield{Main: "043"}
		m2 := *m
		m2.intent = "036"
		m = &m2
	}
	if st.c.opt.News && !st.c.opt.noPraiseNotHost && !m.noun && st.praiseNotHost(v, m, code.Main) {
		// "praised Lula for his commitment to multilateralism": no
		// hosting (session 16).
		code = Yield{Main: "051"}
	}
	if st.c.opt.News && !st.c.opt.noMediatedSides && code.Main == "045" && !m.noun {
		// "The talks between Armenia and Azerbaijan were mediated by the
		// United States": with each side (session 16).
		if sides := st.mediatedSides(v); len(sides) >= 2 {
			targets = othersThan(sides, sources)
		}
	}
	if st.c.opt.News && m.block != nil && strings.HasPrefix(code.Main, "11") && forceCode(m.block.Yield.Main) && armed(sources) {
		// "Angolan troops are attacking Zaire for no reason": the CAMEO
		// dictionary reads "attack X for" as criticism (111); troops,
		// rebels and police attack with force (the block's own code).
		code = Yield{Main: m.block.Yield.Main}
	}
	if st.c.opt.News && code.Main == "190" && rebels(sources) && civilianOrGuard(targets) && !(m.noun && (clashNouns[st.s.lemma[v]] || st.fireExchange(v))) {
		// The news guide codes killings by militants of civilians or
		// security men as unconventional violence (180), not fighting;
		// a clash is fighting.
		code = Yield{Main: "180"}
	}
	if riot && (forceCode(code.Main) || strings.HasPrefix(code.Main, "14")) {
		code = Yield{Main: "145"}
	}
	if st.c.opt.News && !st.c.opt.noAirStrike && doer >= 0 && airNouns[st.s.lemma[doer]] &&
		(code.Main == "190" || code.Main == "193" || code.Main == "194") {
		// "The army said its aircraft had struck RSF positions": an attack
		// from the air is aerial (195), whatever the verb's own weapon
		// (session 10, the team's story s29; the dictionary's "subj
		// &AIRCRAFT; obj fire").
		code = Yield{Main: "195"}
	}
	if st.c.opt.News && !m.noun && !st.c.opt.noLeaderChange {
		// "the opposition demanded that Singh be dumped", "called for the
		// minister to resign": a demand or appeal for someone's removal is
		// one for a change of leadership (1041, 0241), aimed at the one to
		// go (event/leader.go).
		if c, t := st.leaderChange(v, code); c != "" {
			code = Yield{Main: c}
			if len(t) > 0 {
				targets = t
			}
		}
	}
	if st.c.opt.News && !m.noun && (code.Main == "020" || code.Main == "025" || code.Main == "100" || code.Main == "105") &&
		st.sanctionsLifted(v) {
		// "urged the Council to lift the sanctions", "insisted that UN
		// sanctions must be lifted" (session 14): an appeal or demand to
		// ease sanctions (0254, 1054).
		code = Yield{Main: code.Main[:1] + "254"}
		if code.Main[0] == '1' {
			code = Yield{Main: "1054"}
		}
	}
	if st.c.opt.News && !m.noun && (code.Main == "020" || code.Main == "100") && st.judicialCooperation(v) {
		// "called on Russia to cooperate fully with the investigations"
		// (session 15): an appeal or demand for judicial cooperation.
		if code.Main == "100" {
			code = Yield{Main: "1013"}
		} else {
			code = Yield{Main: "0213"}
		}
	}
	if st.c.opt.News && !m.noun && code.Main == "050" && st.endorsedConduct(v) {
		// "supports the efforts of the Zajedno coalition" (session 14):
		// backing what an actor does is endorsement (051).
		code = Yield{Main: "051"}
	}
	if st.c.opt.News && !m.noun && !st.c.opt.noVerbalDefence && st.verbalDefence(v, code, sources, targets) {
		// "defended the police, saying officers had acted within the
		// law": a defence in words (052), not protection (074; session
		// 14, event/round14s.go).
		code = Yield{Main: "052"}
	}
	if st.c.opt.News && !m.noun && !st.c.opt.noElectoralDefeat && st.electoralDefeat(v) {
		// "won the run-off, defeating the mayor with 51 percent of the
		// vote": a defeat at the polls is no force (session 14).
		code = Yield{Main: Null}
	}
	if st.c.opt.News && !m.noun && !st.c.opt.noCarriedPassenger && strings.HasPrefix(code.Main, "042") && st.carriedPassenger(v) {
		// "flew him back to Tripoli": carrying someone there is no visit
		// by the one who flies them (session 14).
		code = Yield{Main: Null}
	}
	if mod == "hypothetical" && st.c.opt.News && !st.c.opt.noSanctionThreat && strings.HasPrefix(m.intent, "13") &&
		st.s.rel[v] == rXcomp && st.s.head[v] >= 0 && st.s.lemma[st.s.head[v]] == "threaten" {
		// "threatened to impose sanctions on Belarus": the threat of
		// what the pattern's intent code names (1312), not a
		// hypothetical sanction (session 10).
		mod = "intended"
	}
	if mod == "intended" && m.intent != "" && !(strings.HasPrefix(m.intent, "13") && st.decided(v)) &&
		!(st.c.opt.News && !st.c.opt.noSanctionThreat && m.intent == "1312" && !st.threatened(v)) {
		code = Yield{Main: m.intent}
		if st.c.opt.News && !st.c.opt.noSanctionThreat && strings.HasPrefix(m.intent, "13") {
			// "warned on Saturday that Washington would impose new
			// sanctions": the threat is made, when it is said; what it
			// threatens is in its code (session 10).
			mod = "asserted"
		}
	} else if mod == "intended" && st.c.opt.News && !st.c.opt.noIntention {
		// "intends to buy Russian arms": an announced act of cooperation
		// is the intention to do it (event/intent.go).
		if c := intentionCode(code.Main); c != "" {
			p := ""
			if code.Pair == code.Main {
				p = c // "will meet": 040:040 → 036 both ways
			}
			code = Yield{Main: c, Pair: p}
		}
	}
	if st.c.opt.News && !st.c.opt.noThreatAct && mod == "hypothetical" && !negated && !m.noun {
		// "threatened to cut military aid to Colombia": the threat (1311),
		// made when it is said (session 15).
		if c := st.threatOf(v, code.Main); c != "" {
			code, mod = Yield{Main: c}, "asserted"
		}
	}
	if (mod == "hypothetical" || mod == "intended") && !negated && !m.noun {
		// "warned that India could retaliate against European wine"
		// (event/everyday20.go)
		if c := st.warnedThreat(v, code.Main); c != "" {
			code, mod = Yield{Main: c}, "asserted"
		}
	}
	conf := 0.6
	if m.score > 0 {
		conf += 0.15
	}
	if inherited {
		conf -= 0.1
	}
	if mod == "hypothetical" {
		conf -= 0.1
	}
	if len(targets) == 0 {
		conf -= 0.15
	}
	act := st.actionSpan(m)
	add := func(src doc.Actor, tgt *doc.Actor, c string) {
		if c == "" || c == Null {
			return
		}
		if tgt == nil && st.c.opt.RequireTarget {
			return
		}
		if tgt != nil && !st.c.opt.KeepSameActor && tgt.Code == src.Code && tgt.Name == src.Name {
			return
		}
		if st.c.opt.News {
			if c == "010" || (tgt != nil && !st.c.opt.KeepSameActor && sameActor(src.Code, tgt.Code)) {
				return
			}
		}
		key := c + "|" + src.Code + "|" + src.Name + "|"
		if tgt != nil {
			key += tgt.Code + "|" + tgt.Name
		}
		if negated {
			key += "|neg"
		}
		if st.seen[key] {
			return
		}
		st.seen[key] = true
		out = append(out, st.event(c, src, tgt, act, negated, mod, conf))
	}
	if len(sources) >= 2 && (m.recip || code.Pair != "") && len(targets) > 0 && !anyCode(targets) {
		// "China, Japan and India signed an APCDC agreement": a phrase
		// the knowledge base does not know is no partner to sign with
		// when the subject names several who act on each other.
		targets = nil
	}
	if st.c.opt.News && !st.c.opt.noPairedSelves {
		targets = pairedSelves(sources, targets)
	}
	if st.c.opt.News && !st.c.opt.noOwnTargets && m.recip {
		// "China and Russia pledged to deepen their relations" (session
		// 14): targets that are only the subject's own members leave them
		// acting on each other.
		targets = ownTargets(sources, targets)
	}
	if st.c.opt.News && code.Main == "045" && !m.noun && st.s.lemma[v] == "host" && st.hostIsSide(v, sources) {
		// "Qatar hosted talks between its emir and the Iranian president":
		// a side that hosts meets, it does not mediate (session 15 mend).
		code = Yield{Main: "043"}
	}
	pair := code.Pair
	if st.c.opt.News && pair != code.Main && code.Main != "" && code.Main != Null {
		// The news guide codes one event per act: a visit (042), not also
		// its hosting (043); symmetric pairs (040:040, 057:057) stay.
		pair = ""
	}
	if oneWay {
		pair = ""
	}
	if denier >= 0 {
		out = st.denialEvents(denier, code.Main, sources, targets, out)
	}
	if st.c.opt.News && !st.c.opt.noMediatedTalks && code.Main == "045" && !negated && !m.noun {
		out = st.mediatedTalks(v, mod, out)
	}
	switch {
	case len(targets) > 0:
		for _, a := range sources {
			for j := range targets {
				t := targets[j]
				add(a, &t, code.Main)
				if pair != "" {
					add(t, &a, pair)
				}
			}
		}
	case len(sources) >= 2 && (m.recip || code.Pair != ""):
		// A coordinated subject acting on each other: both directions.
		c := code.Main
		if c == "" || c == Null {
			c = code.Pair
		}
		for i := range sources {
			for j := range sources {
				if i != j {
					t := sources[j]
					add(sources[i], &t, c)
				}
			}
		}
	default:
		for _, a := range sources {
			add(a, nil, code.Main)
		}
	}
	return out
}

// actorThreatens reports whether the subject of "threaten" g is an actor
// named by the subject's head ("Lukashenko threatened to cut"), not a thing
// ("a new attack threatened to cause a controversy").
func (st *state) actorThreatens(g int) bool {
	s := &st.s
	// Its own subject or that of the verb it is conjoined to ("dismissed
	// the sanctions ... and threatened to cut"); not one a broken parse
	// lends it through an adverbial clause.
	sj := s.child(g, rNsubj)
	if sj < 0 && s.rel[g] == rConj && s.head[g] >= 0 {
		sj = s.child(s.head[g], rNsubj)
	}
	if sj < 0 {
		return false
	}
	sj = st.resolvePronoun(g, sj)
	a := st.actorsOf(sj)
	return len(a) > 0 && st.namesHead(a, sj)
}

// spokesNouns speak for the body their "for" or "of" phrase names.
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"representative": true, "official": true}

// airNouns name aircraft, whose attacks are aerial (195).
var airNouns = map[string]bool{"aircraft": true, "jet": true, "warplane": true, "plane": true,
	"helicopter": true, "gunship": true, "drone": true, "airplane": true}

// agentParts are the nouns for the forces and servants of a body that act
// for it ("its jets", "their troops"); not partners, rivals or things ("its
// trading partners declined", "its programme is designed").
var agentParts = map[string]bool{"force": true, "troop": true, "soldier": true, "jet": true,
	"warplane": true, "aircraft": true, "plane": true, "helicopter": true, "drone": true,
	"warship": true, "ship": true, "navy": true, "army": true, "police": true, "officer": true,
	"agent": true, "official": true, "diplomat": true, "unit": true, "artillery": true,
	"fighter": true, "gunboat": true, "tank": true, "militia": true, "guard": true}

// possessorActors returns the actors of the pronoun ("its", "their") that
// owns subject phrase subj of verb v, a noun of the body's forces or
// servants, the pronoun standing for the subject of the clause the
// subject's clause hangs from ("Israel's military said its jets struck":
// the military). The subject is v's own or that of a verb v is conjoined
// to ("its jets struck ... and accused"), in the active; nil otherwise.
func (st *state) possessorActors(v, subj int) []doc.Actor {
	s := &st.s
	if subj < 0 || !agentParts[s.lemma[subj]] {
		return nil
	}
	c := s.head[subj]
	if c < 0 || s.rel[subj] != rNsubj || s.hasChild(c, rAuxPass) {
		return nil
	}
	if c != v && !(s.head[v] == c && s.rel[v] == rConj) {
		return nil
	}
	for _, p := range s.kids[subj] {
		if s.rel[p] != rPoss || s.upos[p] != "PRON" || (s.lower[p] != "its" && s.lower[p] != "their") {
			continue
		}
		if r := st.resolvePronoun(c, p); r != p && r != subj {
			return st.actorsOf(r)
		}
		return st.actorsOf(p)
	}
	return nil
}

// withoutUncodedPlaces drops from a list of targets the actors without a
// code that name a place (an entity of a place type, or a place the geo
// stage resolved) and, with News, a nationality or people the KB gives no
// code ("shelled Kurdish positions": no target, not one coded "";
// session 15). a itself is not changed.
func (st *state) withoutUncodedPlaces(a []doc.Actor) []doc.Actor {
	d := st.s.d
	return dropActors(a, func(x *doc.Actor) bool {
		if x.Code != "" || x.Mention == nil {
			return false
		}
		for j := range d.Entities {
			e := &d.Entities[j]
			if e.Start <= x.Start && e.End >= x.End && (e.Type == "GPE" || e.Type == "LOC" || e.Type == "FAC" ||
				e.Type == "NORP" && st.c.opt.News && !st.c.opt.noUncodedNation) {
				return true
			}
		}
		for j := range d.Places {
			if p := &d.Places[j]; p.Start <= x.Start && p.End >= x.End {
				return true
			}
		}
		return false
	})
}

// dropActors returns a without the actors drop reports; a itself when
// none is dropped, else a new slice.
func dropActors(a []doc.Actor, drop func(*doc.Actor) bool) []doc.Actor {
	var out []doc.Actor
	dropped := false
	for i := range a {
		d := drop(&a[i])
		if d && !dropped {
			dropped = true
			out = append(make([]doc.Actor, 0, len(a)), a[:i]...)
		} else if !d && dropped {
			out = append(out, a[i])
		}
	}
	if !dropped {
		return a
	}
	return out
}

// agreedTogether reports whether verb v is agreed on: "agree" itself or an
// infinitive (and the verbs conjoined with it) under "agree".
func (st *state) agreedTogether(v int) bool {
	s := &st.s
	for x, steps := v, 0; x >= 0 && steps < 4; steps++ {
		if s.lemma[x] == "agree" {
			return true
		}
		if s.rel[x] != rXcomp && s.rel[x] != rConj {
			return false
		}
		x = s.head[x]
	}
	return false
}

// othersThan keeps the actors of a that are not the sources' own side: the
// same actor, or the same state (a country or its state bodies: "the
// United States … unless the Pentagon …"); a country's opposition, rebels
// or people are another side ("unless opposition leader X called off the
// protests"). As dropActors: a itself when none is dropped.
func othersThan(a, sources []doc.Actor) []doc.Actor {
	return dropActors(a, func(x *doc.Actor) bool {
		for _, y := range sources {
			if x.Code != "" && x.Code == y.Code ||
				x.Country != "" && x.Country == y.Country && stateSide[x.Sector] && stateSide[y.Sector] {
				return true
			}
		}
		return false
	})
}

// stateSide are the sectors of a state's own side ("" the country itself).
var stateSide = map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "SPY": true, "LEG": true, "JUD": true}

// foughtAlongside reports a fight the coordinated subject fought side by
// side or that was no fight of arms (review): "fought together",
// "alongside", "battled to a goalless draw", "clashed at the United
// Nations".
func (st *state) foughtAlongside(v int) bool {
	s := &st.s
	for _, k := range s.kids[v] {
		switch s.lower[k] {
		case "together", "jointly", "alongside", "side":
			return true
		}
		if s.rel[k] == rObl {
			switch s.caseOf(k) {
			case "alongside":
				return true
			case "to":
				if drawNouns[s.lemma[k]] {
					return true // "battled to a goalless draw"
				}
			case "at":
				if forumNouns[s.lower[k]] {
					return true // "clashed at the United Nations", not "at the border"
				}
			}
		}
	}
	return false
}

var drawNouns = map[string]bool{"draw": true, "stalemate": true, "standstill": true, "tie": true}
var forumNouns = map[string]bool{"nations": true, "un": true, "summit": true, "talks": true, "meeting": true,
	"council": true, "assembly": true, "conference": true, "session": true, "forum": true, "debate": true}

// mutualFightVerbs are verbs whose coordinated subject fights each other
// when no opponent is named, and warNouns the objects they may have for
// it ("fought three wars"; not "fighting avian flu").
var mutualFightVerbs = map[string]bool{"fight": true, "clash": true, "battle": true, "skirmish": true}
var warNouns = map[string]bool{"war": true, "conflict": true, "battle": true, "skirmish": true}

// thingSubject reports whether clause c has a common-noun subject that
// names no actor ("hoped the agreement could help the Palestinians"): the
// clause tells what a thing may do, and the actors it names are not the
// ones the governing verb is aimed at.
func (st *state) thingSubject(c int) bool {
	s := &st.s
	for _, k := range s.kids[c] {
		if (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass) && s.upos[k] == "NOUN" {
			return len(st.actorsOf(k)) == 0
		}
	}
	return false
}

// purposeMotion are the verbs of a journey made for a meeting.
func purposeMotion(lemma string) bool {
	return motionVerbs[lemma] || lemma == "whisk" || lemma == "head" || lemma == "leave"
}

// journey reports whether verb g tells of a journey: a verb of motion, not
// "head" with an object ("headed a delegation" leads it).
func (s *sent) journey(g int) bool {
	return purposeMotion(s.lemma[g]) && !(s.lemma[g] == "head" && s.hasChild(g, rObj))
}

// meetingTimePhrase reports whether a noun event of code c in a phrase
// marked by prep is the clause's own: a visit or meeting "during" or "on"
// which the clause's subject acted (an attack in such a phrase is someone
// else's), or "for" which the subject of a verb of motion gov came ("flew
// into Albania for talks with his Albanian counterpart", "was whisked to
// Tirana for a meeting with President Berisha").
func meetingTimePhrase(prep, c, gov string) bool {
	return strings.HasPrefix(c, "04") && (prep == "during" || prep == "on" ||
		prep == "for" && purposeMotion(gov))
}

// withoutBareCountries drops from a list of actors a country named alone
// ("IRN") when an actor of that country with a sector ("IRNGOV") is in the
// list too, and a country-level stand-in with a sector ("his Ethiopian
// counterpart": ETHGOV, id ETH) when a named person or organisation with
// the same code is. The list is copied when changed.
func withoutBareCountries(a []doc.Actor) []doc.Actor {
	if len(a) < 2 {
		return a
	}
	drop := func(x doc.Actor) bool {
		if x.Country == "" {
			return false
		}
		if x.Code != x.Country {
			// "his Ethiopian counterpart Seyoum Mesfin": the counterpart
			// known only by its country (ETHGOV, id ETH) is the person
			// named beside it with the same code, not a second target.
			if x.ID != x.Country {
				return false
			}
			for _, y := range a {
				if y.Code == x.Code && y.ID != "" && y.ID != y.Country {
					return true
				}
			}
			return false
		}
		for _, y := range a {
			if y.Country == x.Country && y.Code != x.Code && strings.HasPrefix(y.Code, x.Code) {
				return true
			}
		}
		return false
	}
	var out []doc.Actor
	copied := false
	for i, x := range a {
		if drop(x) {
			if !copied {
				out, copied = append(make([]doc.Actor, 0, len(a)), a[:i]...), true
			}
			continue
		}
		if copied {
			out = append(out, x)
		}
	}
	if !copied {
		return a
	}
	return out
}

// anyCode reports whether one of the actors has a code.
func anyCode(a []doc.Actor) bool {
	for _, x := range a {
		if x.Code != "" && x.Code != "---" {
			return true
		}
	}
	return false
}

// sameActor reports whether two actor codes name one actor or an actor and
// its own country ("ISRGOV" and "ISR"): the guide codes no event between them.
func sameActor(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a) && !strings.HasPrefix(a, "IGO")
}

// attackNouns are the nouns of attacks a passive killing or wounding can
// happen in; the adjective or possessor of the noun names the attacker.
var attackNouns = map[string]bool{"strike": true, "airstrike": true, "raid": true, "attack": true,
	"shelling": true, "bombardment": true, "assault": true, "operation": true, "ambush": true,
	"offensive": true, "fire": true, "gunfire": true, "bombing": true, "incursion": true}

// attackAgent finds the attacker of passive verb v in an attack noun phrase
// ("was killed in an Israeli air strike"): the actors of that phrase and,
// for an air strike or raid, the code 195.
func (st *state) attackAgent(v int) ([]doc.Actor, string) {
	s := &st.s
	kids := s.kids[v]
	if g := s.head[v]; g >= 0 && (s.rel[v] == rCcomp || s.rel[v] == rConj || s.rel[v] == rParataxis) {
		// The parser often hangs the phrase on the reporting verb
		// ("was killed …, in an air strike …, witnesses said").
		kids = append(kids[:len(kids):len(kids)], s.kids[g]...)
	}
	for _, c := range s.kids[v] {
		if s.rel[c] == rConj && isVerbal(s.upos[c]) {
			// "was killed and nine others wounded in an air strike": the
			// attack of the conjoined verb.
			kids = append(kids[:len(kids):len(kids)], s.kids[c]...)
		}
		if st.c.opt.News && !st.c.opt.noCarriedOutBy {
			// "were killed and five others wounded in airstrikes" with
			// "others" the conjunct and "wounded" its participle (session 19).
			if w := s.woundedConjunct(c); w >= 0 {
				kids = append(kids[:len(kids):len(kids)], s.kids[w]...)
			}
		}
	}
	for _, k := range kids {
		if s.rel[k] != rObl && s.rel[k] != rNmod {
			continue
		}
		if k < v && s.head[k] != v {
			continue
		}
		switch s.caseOf(k) {
		case "in", "by", "during":
		default:
			continue
		}
		if !attackNouns[s.lemma[k]] {
			continue
		}
		a := st.actorsOf(k)
		air := false
		if len(a) == 0 && st.c.opt.News && !st.c.opt.noCarriedOutBy {
			// "in two airstrikes carried out by Israeli army aircraft"
			// (session 19, event/round19.go).
			a, air = st.carriedOutBy(k)
		}
		if len(a) == 0 {
			continue
		}
		code := ""
		if s.lemma[k] == "airstrike" || air {
			code = "195"
		}
		for _, c := range s.kids[k] {
			if (s.rel[c] == rCompound || s.rel[c] == rAmod) && s.lower[c] == "air" && (s.lemma[k] == "strike" || s.lemma[k] == "raid") {
				code = "195"
			}
		}
		return a, code
	}
	if st.c.opt.News && !st.c.opt.noCarriedOutBy {
		return st.carriedOutClause(v)
	}
	return nil, ""
}

// signWords sign an agreement; agreementNouns are what is signed.
var (
	signWords      = map[string]bool{"sign": true, "ink": true, "conclude": true}
	agreementNouns = map[string]bool{"agreement": true, "accord": true, "deal": true, "pact": true,
		"memorandum": true, "treaty": true, "protocol": true, "document": true, "contract": true}
)

// signedAfterTalks returns the pair who signed, in an agentless passive
// signing of agreements (verb v, subject subj) set after, during or at a
// meeting that names no one ("were signed after the talks"): the two sides
// of the last meeting coded both ways in this sentence or the two before
// (out holds the document's events so far). It returns nil otherwise.
func (st *state) signedAfterTalks(v, subj int, out []doc.Event) []doc.Actor {
	s := &st.s
	if !signWords[s.lemma[v]] || subj < 0 || !agreementNouns[s.lemma[subj]] {
		return nil
	}
	// "A border agreement between Vietnam and Laos was signed after the
	// talks": the agreement names its own parties (a reviewer's case)
	for x := 0; x < s.n; x++ {
		if x != subj && s.inSubtree(x, subj) && (len(st.actorsOf(x)) > 0 || s.caseOf(x) == "between") {
			return nil
		}
	}
	talks := false
	for _, k := range s.kids[v] {
		switch s.caseOf(k) {
		case "after", "during", "at", "following":
			if meetingNouns[s.lemma[k]] && len(st.actorsOf(k)) == 0 {
				talks = true
			}
		}
	}
	if !talks {
		return nil
	}
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.Sentence < s.idx-2 {
			break
		}
		if e.Cameo != "040" || e.Target == nil || e.Negated || e.Modality != "asserted" {
			continue
		}
		for j := i - 1; j >= 0 && out[j].Sentence == e.Sentence; j-- {
			f := &out[j]
			if f.Cameo == "040" && f.Target != nil && f.Source.Code == e.Target.Code && f.Target.Code == e.Source.Code {
				return []doc.Actor{f.Source, e.Source}
			}
		}
	}
	return nil
}

// theyPair returns the two sides of a meeting (040) or signing (057)
// coded both ways in the two sentences before, for a sentence-initial "They"
// subject that no entity names ("Marcos welcomed Takaichi ..., where the
// two leaders held talks. They agreed to hold joint naval patrols"); nil
// otherwise.
func (st *state) theyPair(h int) []doc.Actor {
	s := &st.s
	if h != 0 || s.lower[h] != "they" || s.rel[h] != rNsubj {
		return nil
	}
	var pair []doc.Actor
	for i := len(st.done) - 1; i >= 0 && st.done[i].Sentence >= s.idx-2; i-- {
		e := &st.done[i]
		if (e.Cameo != "040" && e.Cameo != "057") || e.Target == nil || e.Negated || e.Modality != "asserted" {
			continue
		}
		for j := i - 1; j >= 0 && st.done[j].Sentence == e.Sentence; j-- {
			f := &st.done[j]
			if f.Cameo == e.Cameo && f.Target != nil && f.Source.Code == e.Target.Code && f.Target.Code == e.Source.Code {
				if pair != nil && (pair[0].Code != f.Source.Code || pair[1].Code != e.Source.Code) &&
					(pair[0].Code != e.Source.Code || pair[1].Code != f.Source.Code) {
					return nil // two different pairs: no telling which
				}
				pair = []doc.Actor{f.Source, e.Source}
			}
		}
	}
	return pair
}

// attribution reports whether preposition prep names the source of a
// report ("according to", parsed "according" with "to" fixed to it).
func attribution(prep string) bool { return strings.HasPrefix(prep, "according") }

// meetingNouns name a meeting whose sides a later sentence may take up
// ("were signed after the talks").
var meetingNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true,
	"negotiation": true, "negotiations": true, "consultation": true, "consultations": true}

// agentOf returns the agent phrase of a passive verb ("by Osgiliath").
func (st *state) agentOf(v int) int {
	s := &st.s
	for _, k := range s.kids[v] {
		if s.rel[k] == rOblAgent || ((s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) == "by") {
			return k
		}
	}
	return st.sharedAgent(v) // event/recall28.go
}

// defaultTarget looks for the target where a pattern names none: the object,
// the indirect object, the verb's prepositional phrases, those of its
// complements, then the subject of a clause it governs.
func (st *state) defaultTarget(v int, m *match, subj int) []doc.Actor {
	s := &st.s
	try := func(h int) []doc.Actor {
		if h < 0 || h == subj {
			return nil
		}
		return st.actorsOf(h)
	}
	if o := s.child(v, rObj); o >= 0 {
		if a := st.ownPossessorObject(o, subj); len(a) > 0 {
			return a // "reiterated Egypt's support for X" (event/recall30.go)
		}
		if st.c.opt.News && !st.c.opt.noDeedDoer && o != subj && verbalCode(m.yield.Main) {
			if a := st.deedDoer(o); len(a) > 0 {
				return a
			}
		}
		if a := st.betweenObject(o, m.yield.Main); len(a) > 0 {
			return a // "welcomed peace efforts between X and Y" (session 16)
		}
		if a := try(o); len(a) > 0 && !(st.c.opt.NoPossessorTargets && st.onlyPossessor(o, a)) &&
			!(st.c.opt.News && !st.c.opt.noLocativeObject && st.onlyLocative(o, a)) {
			if st.c.opt.News && victimNouns[s.lemma[o]] && verbalCode(m.yield.Main) {
				// "condemned the killings of Iranian opposition figures":
				// the victims are not whom the condemnation is aimed at
				// (one who "launched an attack against Israel" aims at it).
				if a = st.withoutVictims(o, a); len(a) == 0 {
					return nil
				}
			}
			return a
		}
	}
	if a := try(s.child(v, rIobj)); len(a) > 0 {
		return a
	}
	place := st.c.opt.PlaceTargets
	for _, k := range s.kids[v] {
		if (s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) != "" && (place || !placePreps[s.caseOf(k)]) {
			if st.c.opt.News && (s.caseOf(k) == "as" || !st.c.opt.noAttribution && attribution(s.caseOf(k))) {
				continue // "joined as an observer", "as Burma": no target
			}
			if st.c.opt.News && !st.c.opt.noTopicTarget && strings.HasPrefix(m.yield.Main, "04") && s.underTopic(k, v) {
				continue // "talking about a visit to Washington" (session 15)
			}
			if a := st.phraseTarget(k, m, try(k)); len(a) > 0 {
				return a
			}
		}
	}
	if o := st.sharedObject(v); o >= 0 {
		if a := try(o); len(a) > 0 {
			return a // "condemned and denounced X" (event/recall30.go)
		}
	}
	r := st.buildRegion(v, -1)
	for _, pn := range r.pps {
		if pn.owner == v || (!place && placePreps[pn.prep]) {
			continue
		}
		// News: a phrase inside one that sets the scene ("fought three
		// wars since independence from British rule") or compares ("at
		// the same time as Burma") names no target.
		if st.c.opt.News && (pn.prep == "as" || s.insideScenePhrase(pn.owner, v)) {
			continue
		}
		if st.c.opt.News && !st.c.opt.noAsPredicate && s.insideAsPhrase(pn.owner, v) {
			// "condemned the launch as a violation of UN resolutions":
			// what the object is called names no target (session 14).
			continue
		}
		if st.c.opt.News && !st.c.opt.noTopicTarget && strings.HasPrefix(m.yield.Main, "04") && s.underTopic(pn.node, v) {
			// "while talking about a recent visit to Washington by X": what
			// a talk is about names no partner (session 15).
			continue
		}
		if st.c.opt.News && !st.c.opt.noPlaceNested && verbalCode(m.yield.Main) && !notOfSite[pn.prep] && s.underSite(pn.owner, v) {
			// "deplored the violence at the crossing between Egypt and
			// Gaza": a phrase inside a place names no one aimed at
			// (session 15).
			continue
		}
		if st.c.opt.News && !st.c.opt.noAttribution && (attribution(pn.prep) ||
			!st.c.opt.noNestedAttribution && s.insideAttribution(pn.owner, v)) {
			// "have agreed to set up a joint commission ..., according
			// to Cabello": the source of the report is no target
			// (session 9, the team's story s26).
			continue
		}
		if st.c.opt.News && !st.c.opt.noMeetAtTarget && s.insideMeetAt(pn.node, v) {
			// "met at the request of the African Union": no party
			// (session 18 review, event/review18.go).
			continue
		}
		if a := st.phraseTarget(pn.node, m, try(pn.node)); len(a) > 0 {
			return a
		}
	}
	for _, t := range r.comp {
		if s.rel[t] == rObj || s.rel[t] == rIobj {
			if a := try(t); len(a) > 0 && !(st.c.opt.NoPossessorTargets && st.onlyPossessor(t, a)) &&
				!(st.c.opt.News && !st.c.opt.noLocativeObject && st.onlyLocative(t, a)) {
				return a
			}
		}
	}
	// News: the partner named in the infinitive of a plan noun object
	// ("signed an agreement to buy a satellite from China").
	if o := s.child(v, rObj); st.c.opt.News && o >= 0 && planNouns[s.lemma[o]] {
		for _, k := range s.kids[o] {
			if s.rel[k] != rAcl || !s.hasMarkTo(k) {
				continue
			}
			if a := try(s.child(k, rObj)); len(a) > 0 {
				st.planPartner = true
				return a
			}
			for _, kk := range s.kids[k] {
				if (s.rel[kk] == rObl || s.rel[kk] == rNmod) && s.caseOf(kk) != "" && !placePreps[s.caseOf(kk)] {
					if a := try(kk); len(a) > 0 {
						st.planPartner = true
						return a
					}
				}
			}
		}
	}
	// The subject of a clause the verb governs ("believes Dagolath can cope"),
	// or of one hanging from its object ("hopes that Osgiliath could be drawn").
	var clauses []int
	for _, t := range r.comp {
		if s.rel[t] == rXcomp {
			for _, k := range s.kids[t] {
				if s.rel[k] == rCcomp {
					clauses = append(clauses, k)
				}
			}
		}
	}
	heads := []int{v}
	if o := s.child(v, rObj); o >= 0 {
		heads = append(heads, o)
	}
	for _, h := range heads {
		for _, k := range s.kids[h] {
			if k < v {
				// A report put first ("Arnor will restore ties, an official
				// said"): what was said is not done to its subject.
				continue
			}
			if h != v && st.c.opt.News && !st.c.opt.noCasualtyClause && victimNouns[s.lemma[h]] && verbalCode(m.yield.Main) &&
				s.casualtyClause(k) {
				// "condemned the bombing in which five Israeli soldiers
				// were killed" (session 13): the dead are not whom the
				// condemnation aims at.
				continue
			}
			if h != v && st.reportRelative(k) {
				continue // ", police said" misparsed on the object (event/recall30.go)
			}
			if s.rel[k] == rCcomp || (h != v && (s.rel[k] == rAcl || s.rel[k] == rRelcl)) {
				if s.rel[k] == rCcomp {
					clauses = append(clauses, k)
				}
				if sk := s.child(k, rNsubj); sk >= 0 {
					if a := try(sk); len(a) > 0 {
						return a
					}
				}
				if sk := s.child(k, rNsubjPass); sk >= 0 {
					if a := try(sk); len(a) > 0 {
						return a
					}
				}
			}
		}
	}
	// Last, the first actor named anywhere in those clauses ("begun to
	// question whether he has a future with the Morgul Orcs").
	for _, c := range clauses {
		if c < v || (st.c.opt.News && st.thingSubject(c)) {
			continue
		}
		for _, t := range s.subtreeList(c, nil) {
			if s.upos[t] != "PROPN" && s.upos[t] != "NOUN" {
				continue
			}
			if st.c.opt.News && s.underPlace(t, c) {
				// "condemned the bombings against hotels in Amman": a
				// place where something happened is not what was targeted.
				continue
			}
			if a := try(t); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// underPlace reports whether token t hangs from clause head c through a
// phrase of place ("in Amman", "near the border").
func (s *sent) underPlace(t, c int) bool {
	for x, steps := t, 0; x >= 0 && x != c && steps < s.n; steps++ {
		if (s.rel[x] == rNmod || s.rel[x] == rObl) && placePreps[s.caseOf(x)] {
			return true
		}
		x = s.head[x]
	}
	return false
}

// onlyPossessor reports whether the actors of object phrase o all come from
// its possessor ("Eriador's refusal").
func (st *state) onlyPossessor(o int, a []doc.Actor) bool {
	s := &st.s
	p := s.child(o, rPoss)
	if p < 0 || s.upos[o] == "PROPN" {
		return false
	}
	pa := st.actorsOf(p)
	if len(pa) != len(a) {
		return false
	}
	for i := range a {
		if a[i].Code != pa[i].Code {
			return false
		}
	}
	return true
}

// nounRoles finds the actors of a noun-headed event ("a visit by X to Y",
// "talks between X and Y", "US sanctions against Iran").
func (st *state) nounRoles(m *match) (src, tgt []doc.Actor) {
	s := &st.s
	n := m.tok
	if m.roleS >= 0 {
		src = st.actorsOf(m.roleS)
	}
	if m.roleT >= 0 {
		tgt = st.actorsOf(m.roleT)
	}
	if m.ppTgt >= 0 && len(tgt) == 0 {
		tgt = st.actorsOf(m.ppTgt)
	}
	for _, k := range s.kids[n] {
		switch {
		case len(src) == 0 && s.rel[k] == rPoss:
			h := k
			if s.upos[k] == "PRON" {
				// "his visit": the subject of the clause the noun is in;
				// where the noun is that subject ("Her trip to Israel
				// was to show ..."), the pronoun's own actor (from the
				// coreference stage).
				if g := s.head[n]; g >= 0 {
					if sj, _, _ := st.subject(g); sj >= 0 && !(st.c.opt.News && (sj == n || s.inSubtree(sj, n) || s.inSubtree(n, sj))) {
						h = sj
					}
				}
			}
			src = st.actorsOf(h)
		case len(src) == 0 && (s.rel[k] == rNmod || s.rel[k] == rObl) && s.caseOf(k) == "by":
			src = st.actorsOf(k)
		case len(src) == 0 && (s.rel[k] == rAmod || s.rel[k] == rCompound):
			src = st.actorsOf(k)
		case len(tgt) == 0 && (s.rel[k] == rNmod || s.rel[k] == rObl):
			switch s.caseOf(k) {
			case "to", "with", "against", "on", "in":
				tgt = st.actorsOf(k)
			case "between", "among":
				if len(src) == 0 {
					src = st.actorsOf(k) // reciprocal among them
				}
			}
		}
	}
	return src, tgt
}

// actionSpan is the text of the trigger: the verb with its particles and,
// for light verbs ("held talks"), the nearby noun its pattern named.
func (st *state) actionSpan(m *match) doc.Span {
	s := &st.s
	lo, hi := s.tokenSpan(m.tok)
	widen := func(t int) {
		a, b := s.tokenSpan(t)
		if a < lo {
			lo = a
		}
		if b > hi {
			hi = b
		}
	}
	for _, t := range m.extra {
		widen(t)
	}
	for _, t := range m.terms {
		if t > m.tok && t-m.tok <= 3 {
			widen(t)
		}
	}
	return s.d.SpanOf(lo, hi)
}

func (st *state) event(code string, src doc.Actor, tgt *doc.Actor, act doc.Span, negated bool, mod string, conf float64) doc.Event {
	c, _ := Cameo(code)
	d := st.s.d
	id := d.ID
	if id == "" {
		id = "doc"
	}
	st.nEvents++
	if conf < 0.05 {
		conf = 0.05
	}
	if conf > 0.99 {
		conf = 0.99
	}
	conf = float64(int(conf*100+0.5)) / 100
	return doc.Event{
		ID:         id + "-" + strconv.Itoa(st.s.idx) + "-" + strconv.Itoa(st.nEvents),
		Sentence:   st.s.idx,
		Cameo:      code,
		CameoRoot:  c.Root,
		QuadClass:  c.Quad,
		Goldstein:  c.Goldstein,
		Plover:     c.Plover,
		PloverMode: c.PloverMode,
		Source:     src,
		Target:     tgt,
		Action:     act,
		Date:       d.Date,
		DateType:   "unresolved",
		Negated:    negated,
		Modality:   mod,
		Confidence: conf,
	}
}

// String describes a match for debugging.
func (m *match) String() string {
	p := "default"
	if m.pat != nil {
		p = m.pat.Origin
	}
	return fmt.Sprintf("%s[%d] %s %s score=%d", m.block.Name, m.tok, m.yield, p, m.score)
}

// timeNouns head time phrases: "for 17 years", "on Tuesday", "in March"
// (with weekdayWords and monthNames).
var timeNouns = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "night": true, "week": true,
	"weekend": true, "month": true, "year": true, "decade": true, "century": true,
	"morning": true, "afternoon": true, "evening": true, "time": true, "period": true,
	"today": true, "yesterday": true, "tomorrow": true, "now": true,
}

// timePhrase tells whether node x heads a time phrase: a time noun, or a
// four-digit number that reads as a year.
func timePhrase(s *sent, x int) bool {
	if x < 0 || x >= s.n {
		return false
	}
	if l := s.lemma[x]; timeNouns[l] || weekdayWords[l] || monthNames[l] {
		return true
	}
	l := s.lower[x]
	return s.upos[x] == "NUM" && len(l) == 4 && (l[0] == '1' || l[0] == '2') && l[1] >= '0' && l[1] <= '9' && l[2] >= '0' && l[2] <= '9' && l[3] >= '0' && l[3] <= '9'
}

// roundNouns count the sittings of a meeting ("a new round of talks").
var roundNouns = map[string]bool{"round": true, "session": true, "sitting": true}

// roundOf returns the noun of sitting that meeting noun n is the "of"
// phrase of ("round of talks"), -1 when none.
func (s *sent) roundOf(n int) int {
	h := s.head[n]
	if h < 0 || s.rel[n] != rNmod || s.caseOf(n) != "of" || !roundNouns[s.lemma[h]] {
		return -1
	}
	return h
}

// consultCode reports a code of meeting or consulting (03, 04: "talks",
// "a meeting", "negotiations"), whose participants meetingParticipants may
// name.
func consultCode(c string) bool {
	return strings.HasPrefix(c, "03") || strings.HasPrefix(c, "04")
}

// involveVerbs name who takes part in a meeting ("talks involving X and
// Y", "the talks group X, Y and Z").
var involveVerbs = map[string]bool{"involve": true, "include": true, "group": true, "bring": true, "gather": true}

// meetingParticipants returns the actors a meeting noun n says take part
// ("The talks involve China, Japan and Russia": n the subject of such a
// verb; "talks, involving China, ...": a participle on n or on its round),
// and the verb whose clause gives the meeting's modality (-1: n's own).
// The participants are the verb's object with what is coordinated with it
// and its bare phrases (the parser splits long lists).
func (st *state) meetingParticipants(n int) ([]doc.Actor, int) {
	s := &st.s
	collect := func(v int) []doc.Actor {
		var out []doc.Actor
		seen := map[string]bool{}
		for _, k := range s.kids[v] {
			if s.rel[k] != rObj && !(s.rel[k] == rObl && s.caseOf(k) == "") {
				continue
			}
			for _, a := range st.actorsOf(k) {
				if a.Code == "" || seen[a.Code] {
					continue
				}
				seen[a.Code] = true
				out = append(out, a)
			}
		}
		return out
	}
	host, gov := n, -1
	if o := s.roundOf(n); o >= 0 {
		host = o
	}
	if g := s.head[host]; g >= 0 && (s.rel[host] == rNsubj || s.rel[host] == rNsubjPass) {
		gov = g
		if involveVerbs[s.lemma[g]] && isVerbal(s.upos[g]) {
			return collect(g), g
		}
	}
	for _, k := range s.kids[host] {
		if s.rel[k] == rAcl && involveVerbs[s.lemma[k]] && strings.HasSuffix(s.lower[k], "ing") {
			return collect(k), gov
		}
	}
	return nil, -1
}

// clashNouns are fights between two sides ("a clash between X and Y").
var clashNouns = map[string]bool{"clash": true, "skirmish": true, "gunbattle": true}

// casualtyVerbs tell who fell in a fight ("were killed in a clash").
var casualtyVerbs = map[string]bool{"kill": true, "wound": true, "injure": true, "die": true, "hurt": true}

// rankWords put one in a series of those who did something ("the first
// leader to visit").
var rankWords = map[string]bool{"first": true, "latest": true, "last": true, "only": true, "second": true, "third": true}

// rankedPredicate reports whether noun n is the predicate of its clause
// (the complement of "become", or a noun with a copula) and carries a
// rank word: "became the latest leader to reject", "is the first minister
// to visit".
func (s *sent) rankedPredicate(n int) bool {
	if s.upos[n] != "NOUN" {
		return false
	}
	if s.rel[n] != rXcomp && !s.hasChild(n, rCop) {
		return false
	}
	return s.hasRankWord(n)
}

// hasRankWord reports whether noun n carries a rank adjective ("the
// second country", "the first leader").
func (s *sent) hasRankWord(n int) bool {
	for _, k := range s.kids[n] {
		if s.rel[k] == rAmod && (rankWords[s.lemma[k]] || rankWords[s.lower[k]]) {
			return true
		}
	}
	return false
}

// vehicleFor returns the verb of motion whose purpose the "for" phrase n
// states when the parser hung it on the journey's last phrase ("was
// whisked to Tirana aboard a helicopter | for a meeting with X"), else -1.
func (st *state) vehicleFor(n int) int {
	s := &st.s
	g := s.head[n]
	if !st.c.opt.News || st.c.opt.noVehicleFor || g < 0 || s.rel[n] != rNmod || s.caseOf(n) != "for" ||
		s.rel[g] != rObl || !isNominal(s.upos[g]) {
		return -1
	}
	if j := s.head[g]; j >= 0 && s.journey(j) {
		return j
	}
	return -1
}

// hasCaseChild reports whether token x has a nominal modifier or oblique
// with the preposition prep.
func (st *state) hasCaseChild(x int, prep string) bool {
	for _, k := range st.s.kids[x] {
		if (st.s.rel[k] == rNmod || st.s.rel[k] == rObl) && st.s.caseOf(k) == prep {
			return true
		}
	}
	return false
}

// withoutTowns drops from a list of actors those named by a town or
// region alone (a resolved place that is no country, coded with a bare
// country) right after "to", "in" or "at" ("to Jeddah"; not "the Georgian
// dispute with breakaway regions Abkhazia and South Ossetia", a topic).
// The list is copied when changed.
func (st *state) withoutTowns(a []doc.Actor) []doc.Actor {
	d := st.s.d
	return dropActors(a, func(x *doc.Actor) bool {
		if x.Mention == nil || x.Sector != "" || !st.afterVenuePrep(x.Start) {
			return false
		}
		for j := range d.Places {
			if p := &d.Places[j]; p.Start <= x.Start && p.End >= x.End && p.Feature != "country" {
				return true
			}
		}
		return false
	})
}

// afterVenuePrep reports whether the token starting at byte start follows
// "to", "in" or "at" and hangs on a verb of going, sending or meeting or
// on a meeting noun ("send delegations to Jeddah", "talks in Muscat"; not
// "pledged military aid to Kyiv", "talked to Beijing", whose town stands
// for its government).
func (st *state) afterVenuePrep(start int) bool {
	s := &st.s
	t := s.tokenStarting(start)
	if t < 1 {
		return false
	}
	if w := s.lower[t-1]; w != "to" && w != "in" && w != "at" {
		return false
	}
	g := s.head[t]
	if g < 0 {
		return false
	}
	if s.upos[g] == "NOUN" {
		return venueNouns[s.lemma[g]]
	}
	return venueVerbs[s.lemma[g]]
}

// venueVerbs and venueNouns govern the town where parties go or meet.
var venueVerbs = map[string]bool{"send": true, "travel": true, "go": true, "fly": true, "head": true,
	"come": true, "meet": true, "hold": true, "gather": true, "convene": true, "dispatch": true}
var venueNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true,
	"conference": true, "negotiation": true, "delegation": true, "round": true}

// meetingWith reports whether the noun meeting t, a word of the journey
// pattern of candidate ci, is also an event of its own: the journey's
// purpose ("for") with a partner named by a "with" phrase ("flew to Tirana
// for a meeting with President Berisha": the visit and the meeting both,
// as the news guide codes "flew into Albania for talks with his
// counterpart"; session 11). Talks with no partner stay the journey's
// words.
func (st *state) meetingWith(ci, cj, t int) bool {
	m := &st.cands[cj]
	if !st.c.opt.News || st.c.opt.noMeetingWith || !m.noun || !strings.HasPrefix(m.yield.Main, "04") {
		return false
	}
	g := st.cands[ci].tok
	return st.s.head[t] == g && st.s.caseOf(t) == "for" && st.s.journey(g) && st.hasCaseChild(t, "with")
}

// inClash reports whether noun n is the fight casualties fell in ("two
// soldiers were killed in a clash between the army and the rebels"): an
// event of its own in news, even where the verb's pattern used the word.
func (st *state) inClash(n int) bool {
	s := &st.s
	h := s.head[n]
	return st.c.opt.News && h >= 0 && s.rel[n] == rObl && s.caseOf(n) == "in" &&
		(clashNouns[s.lemma[n]] || st.fireExchange(n) || st.fightBetween(n)) && casualtyVerbs[s.lemma[h]]
}

// underDemand reports whether clause x is, or hangs through infinitives
// and conjoined clauses from, the clause of a demand word ("demands that
// Syria stop interfering"); not an adverbial clause within it ("insisted
// that ..., while X charged").
func (s *sent) underDemand(x int) bool {
	for y, steps := x, 0; steps < 8; steps++ {
		g := s.head[y]
		if g < 0 {
			return false
		}
		switch s.rel[y] {
		case rCcomp, rAcl:
			if demandWords[s.lemma[g]] {
				return true
			}
			if s.rel[y] == rAcl {
				return false
			}
		case rXcomp, rConj:
		default:
			return false
		}
		y = g
	}
	return false
}

// rankedArrival reports whether infinitive x, an adverbial clause of a
// journey, follows right after an "as" phrase with a rank word ("arrived
// ... as the first Libyan head of government | to visit Croatia").
func (s *sent) rankedArrival(x int) bool {
	g := s.head[x]
	if g < 0 || !s.hasMarkTo(x) || !s.journey(g) {
		return false
	}
	mark := x
	for _, k := range s.kids[x] {
		if s.rel[k] == rMark && k < mark {
			mark = k
		}
	}
	// The noun phrase just before the infinitive's "to".
	t := mark - 1
	for steps := 0; t >= 0 && steps < 6; steps++ {
		if isNominal(s.upos[t]) && s.caseOf(t) == "as" {
			return s.hasRankWord(t)
		}
		if !isNominal(s.upos[t]) && s.rel[t] != rCase && s.rel[t] != rDet {
			return false
		}
		t = s.head[t]
		if t < 0 || t >= mark {
			return false
		}
	}
	return false
}

// decisionVerbs govern a decided act, not a threatened one ("decided to
// impose sanctions on Belarus").
var decisionVerbs = map[string]bool{"decide": true, "agree": true, "vote": true, "approve": true,
	"resolve": true, "adopt": true, "move": true}

// warnVerbs make what they govern a threat ("warned that Washington would
// impose sanctions", "threatened to impose tariffs").
var warnVerbs = map[string]bool{"warn": true, "threaten": true, "caution": true}

// threatened reports whether the announced act v is held out as a threat:
// a verb of warning governs it, or it or a verb governing it has an "if"
// or "unless" clause ("would impose sanctions if no deal was reached").
// Sanctions announced otherwise ("will impose tariffs on US goods from
// Tuesday") are decided, not threatened (session 10).
func (st *state) threatened(v int) bool {
	s := &st.s
	for x, steps := v, 0; x >= 0 && steps < 4; steps++ {
		for _, k := range s.kids[x] {
			if s.rel[k] == rAdvcl && (s.hasWord(k, "if") || s.hasWord(k, "unless")) {
				return true
			}
		}
		if s.rel[x] != rCcomp && s.rel[x] != rXcomp && s.rel[x] != rConj {
			return false
		}
		x = s.head[x]
		if x >= 0 && warnVerbs[s.lemma[x]] {
			return true
		}
	}
	return false
}

// decided reports whether verb v is the act a decision governs: a
// decision to act keeps its intended act (163 for "decided to impose
// sanctions"), not the threat an intent code such as IMPOSE's 1312 gives
// (a reviewer's case); "said it would attack" stays a threat.
func (st *state) decided(v int) bool {
	s := &st.s
	for x, steps := v, 0; x >= 0 && steps < 3; steps++ {
		if s.rel[x] != rCcomp && s.rel[x] != rXcomp && s.rel[x] != rConj {
			return false
		}
		x = s.head[x]
		if x >= 0 && decisionVerbs[s.lemma[x]] {
			return true
		}
	}
	return false
}

// patternFiles are the embedded pattern files in reading order (earlier
// blocks win ties); the CAMEO dictionary comes last. One name per line,
// so that rounds adding a file do not touch each other's lines.
var patternFiles = []string{
	"dyad.pat",
	"everyday.pat",
	"everyday22.pat",
	"everyday23.pat",
	"everyday23b.pat",
	"left20.pat",
	"left21.pat",
	"left22.pat",
	"left23.pat",
	"round21.pat",
	"round22.pat",
	"round22b.pat",
	"round23.pat",
	"round23b.pat",
	"round23c.pat",
	"review22.pat",
	"recall21.pat",
	"recall24.pat",
	"recall26.pat",
	"round27.pat",
	"round28.pat",
	"recall28.pat",
	"round29.pat",
	"codes29.pat",
	"round31.pat",
	"recall30.pat",
	"round32.pat",
	"lead33.pat",
	"round34.pat",
	"round35.pat",
	"round36.pat",
	"lead35.pat",
	"lead36.pat",
	"cameo-verbs.pat",
}
