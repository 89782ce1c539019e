package event

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// rel is a dependency relation reduced to what the coder asks about. Both
// UD v2 labels and the v1 labels of older parsers (UDPipe 1: dobj, nsubjpass,
// neg, name) map here, so the coder reads either.
type rel uint8

const (
	rOther rel = iota
	rRoot
	rNsubj     // nsubj, csubj
	rNsubjPass // nsubj:pass, nsubjpass, csubj:pass
	rObj       // obj, dobj
	rIobj
	rObl      // obl, and nmod attached to a verb or adjective
	rOblAgent // obl:agent, nmod:agent
	rNmod     // nmod attached to a noun
	rPoss     // nmod:poss
	rTmod     // obl:tmod, nmod:tmod, obl:npmod, nmod:npmod
	rCase
	rMark
	rAux
	rAuxPass
	rCop
	rNeg // neg, or advmod "not"/"never"/"n't"
	rAdvmod
	rAmod
	rCompound
	rPrt // compound:prt
	rFlat
	rDet
	rNummod
	rConj
	rCC
	rXcomp
	rCcomp
	rAdvcl
	rAcl
	rRelcl
	rParataxis
	rAppos
	rPunct
)

// sent is one parsed sentence seen as a tree: index i is the sentence's
// i-th token (d.Tokens[base+i]).
type sent struct {
	d     *doc.Document
	idx   int // sentence index
	base  int // index in d.Tokens of the first token
	n     int
	head  []int // head within the sentence, -1 for the root
	rel   []rel
	lower []string // lower-cased surface form
	lemma []string // lower-cased lemma (the form when the parser gave none)
	upos  []string
	kids  [][]int
	// sentRel marks sentential relative clauses (advcl:relcl: ", which he
	// said hurt farmers"), mapped to rAdvcl but background like rRelcl.
	sentRel []bool
	// saved and savedRel hold the heads and relations before the
	// repairs, restored should the repairs leave a cycle.
	saved    []int
	savedRel []rel
	repairsOff
}

// repairsOff switches tree repairs off (tests only): noPrepVerb and
// noSwallowed repairVerbAfterPreposition and repairSwallowedVerb;
// noAspectRoot and noTimeClause the aspect-verb case of repairVerblessRoot
// and repairTimeClauseOnNoun; noMeasure and noControl repairMeasureObjects
// and repairControlInfinitive.
type repairsOff struct {
	noPrepVerb, noSwallowed, noAspectRoot, noTimeClause, noMeasure, noControl bool
	// noVerbOnObject and noTimeSubject switch off
	// repairVerbConjoinedToObject and repairTimeClauseSubject (session 8).
	noVerbOnObject, noTimeSubject bool
	// noModifierVerb switches off repairModifierVerb (session 9).
	noModifierVerb bool
	// noTitleSubject switches off the name case of repairNounModifiers.
	noTitleSubject bool
	// noCopulaAdjective switches off repairCopulaAdjective.
	noCopulaAdjective bool
	// noObjectVerb switches off repairVerbAfterObject.
	noObjectVerb bool
	// noAsClause switches off the "as" case of repairTimeClauseSubject
	// (session 10).
	noAsClause bool
	// noShotDead and noStrandedObject switch off repairShotDead and
	// repairStrandedObject (session 11).
	noShotDead, noStrandedObject bool
	// noClashRoot switches off the "clash" case of repairVerblessRoot
	// (session 11).
	noClashRoot bool
	// noIssuedDocument switches off issuedDocument (session 12): a
	// participle on an issued document is then background again.
	// noNounOnVerb switches off repairNounConjoinedToVerb (session 12).
	noIssuedDocument, noNounOnVerb bool
	// noVisitor and noStrandedAgent switch off repairVisitorParticiple
	// and repairStrandedAgent (session 13).
	noVisitor, noStrandedAgent bool
	// noOwnSubject, noVerbOnly and noRelativeConjunct switch off
	// ownSubject, repairVerbOnlyNoun and repairRelativeConjunct (session
	// 13, second round).
	noOwnSubject, noVerbOnly, noRelativeConjunct bool
	// noGerundOnNoun switches off repairGerundOnNoun (session 14).
	noGerundOnNoun bool
	// noReportedConjunct, noCommentParticiple, noSubjectConjunct and
	// noVolley switch off repairReportedConjunct, repairCommentParticiple,
	// repairSubjectConjunct and repairVolleyObjects (session 14).
	noReportedConjunct, noCommentParticiple, noSubjectConjunct, noVolley bool
	// noNamedAdverb and noCoordinatedDemonym switch off repairNamedAdverb
	// and repairCoordinatedDemonym (session 15, event/everyday15.go).
	noNamedAdverb, noCoordinatedDemonym bool
	// noTimeModifier switches off repairTimeClauseModifier (session 17,
	// event/round17.go).
	noTimeModifier bool
	// noClauseAfterPrep and noVerbOnModifier switch off
	// repairClauseAfterPreposition and repairVerbConjoinedToModifier
	// (session 17, event/everyday17.go).
	noClauseAfterPrep, noVerbOnModifier bool
	// noNameConjunct switches off repairConjunctOnNamePart (session 18,
	// event/round18.go).
	noNameConjunct bool
	// noRelativeAsNoun, noSubjectBeforeClause and noCalledFor switch off
	// repairRelativeAsNoun, repairSubjectBeforeClause and repairCalledFor
	// (session 18, event/everyday18.go).
	noRelativeAsNoun, noSubjectBeforeClause, noCalledFor bool
	// noConjoinedParticiple switches off repairConjoinedParticiple
	// (session 19, event/everyday19.go).
	noConjoinedParticiple bool
	// noEveryday20Tree switches off the tree repairs of session 20's
	// everyday round (event/everyday20.go).
	noEveryday20Tree bool
	// noEveryday21Tree switches off the tree repair of session 21's
	// everyday round (event/everyday21.go).
	noEveryday21Tree bool
	// noEveryday22Tree switches off the tree repairs of session 22's
	// everyday round (event/everyday22.go).
	noEveryday22Tree bool
	// noEveryday23Tree switches off the tree repairs of session 23's
	// everyday round (event/everyday23.go).
	noEveryday23Tree bool
	// noRound23bTree switches off the tree repairs of session 23's second
	// events round (event/round23b.go).
	noRound23bTree bool
	// noRound24Tree switches off the tree repairs of session 24's events
	// round (event/round24.go).
	noRound24Tree bool
	// noWeOwnedFirst lets weNotThird set "we" apart from any named
	// subject, not only another country's actor, as before the review of
	// session 23 (event/everyday23.go).
	noWeOwnedFirst bool
	// recall22TreeOff switches off the tree repairs of session 22's
	// recall round (event/recall22.go).
	recall22TreeOff
	// left23TreeOff switches off the tree repairs of session 23's
	// left-alone misfires (event/left23.go).
	left23TreeOff
	// recall24TreeOff switches off the tree repairs of session 24's
	// recall round (event/recall24.go).
	recall24TreeOff
	// recall26TreeOff switches off the tree repairs of session 26's
	// recall round (event/recall26.go).
	recall26TreeOff
	// recall28TreeOff switches off the tree repairs of session 28's
	// recall round (event/recall28.go).
	recall28TreeOff
	// recall29TreeOff switches off the tree repairs of session 29's
	// recall round (event/recall29.go).
	recall29TreeOff
	// noIssuedRelative switches off issuedRelative (session 27,
	// event/round27.go): a relative clause on an issued document is then
	// background again.
	noIssuedRelative bool
	// noReview28 switches off session 28's review rules (event/review28.go).
	noReview28 bool
	// noAskedInfinitive switches off repairAskedInfinitive (session 32,
	// event/lead32.go).
	noAskedInfinitive bool
	// noFightingGerund switches off repairFightingGerund (session 33,
	// event/lead33.go).
	noFightingGerund bool
	// noFutureParticiple switches off repairFutureParticiple (session
	// 33, event/lead33.go).
	noFutureParticiple bool
	// noContactRelative switches off repairContactRelative (session 33,
	// event/lead33.go).
	noContactRelative bool
	// noTrailingRelative switches off repairTrailingRelative (session
	// 34, event/lead34.go).
	noTrailingRelative bool
}

// allRepairs reports whether s was built with every tree repair on, as
// reset builds it by default (the test-only switches above all off).
func (s *sent) allRepairs() bool { return s.repairsOff == repairsOff{} }

var negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": false}

// reset makes s sentence si of d, with the tree repairs; within an open
// tree cache (treecache.go) a sentence built before is copied.
func (s *sent) reset(d *doc.Document, si int) {
	c, ok := s.fromCache(d, si)
	if ok {
		return
	}
	s.build(d, si)
	if c != nil {
		c.trees[si] = s.clone()
	}
}

// build makes s sentence si of d and runs the tree repairs.
func (s *sent) build(d *doc.Document, si int) {
	st := d.Sentences[si]
	s.d, s.idx, s.base, s.n = d, si, st.TokenStart, st.TokenEnd-st.TokenStart
	n := s.n
	s.head = grow(s.head, n)
	s.rel = growRel(s.rel, n)
	s.lower = growStr(s.lower, n)
	s.lemma = growStr(s.lemma, n)
	s.upos = growStr(s.upos, n)
	if cap(s.kids) < n {
		s.kids = make([][]int, n)
	}
	s.kids = s.kids[:n]
	for i := range s.kids {
		s.kids[i] = s.kids[i][:0]
	}
	for i := 0; i < n; i++ {
		t := &d.Tokens[s.base+i]
		h := -1
		if t.Head >= s.base && t.Head < s.base+n && t.Head != s.base+i {
			h = t.Head - s.base
		}
		s.head[i] = h
		s.lower[i] = lowerASCII(d.Text[t.Start:t.End])
		l := t.Lemma
		if l == "" || l == "_" {
			s.lemma[i] = s.lower[i]
		} else {
			s.lemma[i] = lowerASCII(l)
		}
		s.upos[i] = t.UPOS
	}
	// A parse with a cycle would send the tree walks round for ever: cut
	// each cycle at the token where it is found.
	for i := 0; i < n; i++ {
		if s.cyclicFrom(i) {
			s.head[i] = -1
		}
	}
	if cap(s.sentRel) < n {
		s.sentRel = make([]bool, n)
	}
	s.sentRel = s.sentRel[:n]
	for i := 0; i < n; i++ {
		dr := d.Tokens[s.base+i].Deprel
		s.rel[i] = s.mapRel(i, dr)
		s.sentRel[i] = dr == "advcl:relcl"
	}
	// The repairs below must keep the tree a tree; should one of them
	// make a cycle all the same (a relative "where" clause hung on a noun
	// under its own verb did, and the walks then ran until the stack
	// gave out), the sentence falls back to the parser's heads.
	s.saved = append(s.saved[:0], s.head...)
	s.savedRel = append(s.savedRel[:0], s.rel...)
	s.repairs24() // event/round24.go: before the others, which read verbs
	if !s.noShotDead {
		s.repairShotDead()
	}
	if !s.noNamedAdverb {
		s.repairNamedAdverb()
	}
	if !s.noNameConjunct {
		s.repairConjunctOnNamePart()
	}
	if !s.noCoordinatedDemonym {
		s.repairCoordinatedDemonym()
	}
	if !s.noStrandedObject {
		s.repairStrandedObject()
	}
	if !s.noVerbOnly {
		s.repairVerbOnlyNoun()
	}
	s.repairCompoundVerbs()
	s.repairNominalComplements()
	s.repairNounModifiers()
	s.repairReportingClauses()
	s.repairGappedPassives()
	s.repairComplementSubjects()
	s.repairFrontedSubjects()
	s.repairVerblessRoot()
	if !s.noCopulaAdjective {
		s.repairCopulaAdjective()
	}
	if !s.noModifierVerb {
		s.repairModifierVerb()
	}
	s.repairTimeRelatives()
	s.repairReportedObjects()
	s.repairPurposeOnPlace()
	if !s.noTimeClause {
		s.repairTimeClauseOnNoun()
	}
	if !s.noMeasure {
		s.repairMeasureObjects()
	}
	if !s.noVolley {
		s.repairVolleyObjects()
	}
	if !s.noControl {
		s.repairControlInfinitive()
	}
	if !s.noVerbOnObject {
		s.repairVerbConjoinedToObject()
	}
	if !s.noTimeSubject {
		s.repairTimeClauseSubject()
	}
	if !s.noTimeModifier {
		s.repairTimeClauseModifier()
	}
	s.repairs17()
	s.repairs18()
	if !s.noConjoinedParticiple {
		s.repairConjoinedParticiple()
		s.repairWarningShots()
	}
	s.repairs20()
	s.repairsLeft21() // event/left21.go
	s.repairsLeft22() // event/left22.go
	s.repairsLeft23() // event/left23.go
	s.repairs21()
	s.repairs22()       // event/everyday22.go
	s.repairs23()       // event/everyday23.go
	s.repairs23b()      // event/round23b.go
	s.repairsRecall22() // event/recall22.go
	if !s.noWhereConjunct {
		s.repairWhereConjunct() // event/recall24.go
	}
	if !s.noHeadlineList {
		s.repairHeadlineList() // event/recall26.go
	}
	if !s.noWeekdayOnObject {
		s.repairWeekdayOnObject() // event/recall26.go
	}
	if !s.noPrepVerb {
		s.repairVerbAfterPreposition()
	}
	if !s.noCasedVerbNoun {
		s.repairCasedVerbNoun() // event/recall26.go
	}
	if !s.noObjectVerb {
		s.repairVerbAfterObject()
	}
	if !s.noSwallowed {
		s.repairSwallowedVerb()
	}
	if !s.noNounOnVerb {
		s.repairNounConjoinedToVerb()
	}
	if !s.noVisitor {
		s.repairVisitorParticiple()
	}
	if !s.noStrandedAgent {
		s.repairStrandedAgent()
	}
	if !s.noPlacedAgent {
		s.repairPlacedAgent() // event/recall28.go
	}
	if !s.noBeToNoun {
		s.repairBeToNoun() // event/recall28.go
	}
	if !s.noHerPossessive {
		s.repairHerPossessive() // event/recall28.go
	}
	if !s.noNameCase {
		s.repairNameCase() // event/recall29.go
	}
	if !s.noAirRaidVerb {
		s.repairAirRaidVerb() // event/recall29.go
	}
	if !s.noRelativeConjunct {
		s.repairRelativeConjunct()
	}
	if !s.noGerundOnNoun {
		s.repairGerundOnNoun()
	}
	if !s.noSubjectConjunct {
		s.repairSubjectConjunct()
	}
	if !s.noReportedConjunct {
		s.repairReportedConjunct()
	}
	if !s.noCommentParticiple {
		s.repairCommentParticiple()
	}
	if !s.noNameConjunct {
		s.repairDoubleSubject()
	}
	if !s.noReview28 {
		s.repairTollOnCharge() // event/review28.go
	}
	if !s.noAskedInfinitive {
		s.repairAskedInfinitive() // event/lead32.go
	}
	if !s.noFightingGerund {
		s.repairFightingGerund() // event/lead33.go
	}
	if !s.noFutureParticiple {
		s.repairFutureParticiple() // event/lead33.go
	}
	if !s.noContactRelative {
		s.repairContactRelative() // event/lead33.go
	}
	if !s.noTrailingRelative {
		s.repairTrailingRelative() // event/lead34.go
	}
	for i := 0; i < n; i++ {
		if s.cyclicFrom(i) {
			copy(s.head, s.saved)
			copy(s.rel, s.savedRel)
			break
		}
	}
	for i := 0; i < n; i++ {
		if h := s.head[i]; h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
	// An infinitive without a subject of its own, attached as an adverbial
	// clause ("vowed to wage war" in UD v1 parses), is the verb's complement.
	for i := 0; i < n; i++ {
		if s.rel[i] != rAdvcl || s.hasChild(i, rNsubj) || s.hasChild(i, rNsubjPass) {
			continue
		}
		for _, k := range s.kids[i] {
			if s.rel[k] == rMark && s.lower[k] == "to" {
				s.rel[i] = rXcomp
				break
			}
		}
	}
}

// repairShotDead mends the wire-story shape "X shot dead Y" (session 11),
// which the tagger and parser break in a few recurring ways: "dead" an
// adjective of the victim, the victim a complement or conjunct of
// something else, and "shot" a reduced relative on the subject ("Indian
// border guards | shot dead two militants here Monday, officials said",
// guards and militants both hung on "said") or a noun heading the
// subject's words ("Kenyan police shot dead three protesters", "shot"
// the root noun with "police" its compound). "Shot" right before "dead"
// is always the verb: it takes the victim as its object and "dead" as
// its resultative complement; a reduced relative on a subject hung on
// the verb that also governs the victim takes the victim's clause place
// and that subject; a noun "shot" becomes the verb, the noun word right
// before it (or the root noun it modifies) its subject.
func (s *sent) repairShotDead() {
	for v := 1; v+2 < s.n; v++ {
		if s.lower[v] != "shot" || s.lower[v+1] != "dead" {
			continue
		}
		m := s.head[v+1]
		if m <= v+1 || m-v > 8 || !isNounTag(s.upos[m]) || s.inSubtree(v, m) {
			continue
		}
		switch s.upos[v] {
		case "VERB":
			if s.inSubtree(m, v) && s.rel[m] == rObj {
				continue // parsed right
			}
			a := v
			for s.rel[a] == rConj && s.head[a] >= 0 && s.head[a] < a && s.upos[s.head[a]] == "VERB" {
				a = s.head[a]
			}
			if x := s.head[a]; s.rel[a] == rAcl && x >= 0 && x < a && isNounTag(s.upos[x]) &&
				s.rel[x] == rNsubj && s.head[m] == s.head[x] && s.head[x] >= 0 {
				if !s.subjectClause(a, x, m) {
					continue
				}
			}
		case "NOUN", "PROPN":
			x := -1
			switch h := s.head[v]; {
			case h >= 0 && h < v && s.head[h] < 0 && isNounTag(s.upos[h]):
				// "Zambian police Monday morning | shot dead ...", "shot" a
				// modifier of the root noun.
				s.promote(v, h, -1)
				x = h
			case isNounTag(s.upos[v-1]) && s.head[v-1] == v:
				x = v - 1
				if !s.clausePlace(v, v) {
					continue
				}
				for k := 0; k < x; k++ {
					if s.head[k] == v {
						s.head[k] = x
					}
				}
				s.head[x], s.rel[x] = v, rNsubj
			default:
				continue
			}
			if x < 0 {
				continue
			}
			s.upos[v], s.lemma[v] = "VERB", "shoot"
		default:
			continue
		}
		s.head[v+1], s.rel[v+1] = v, rXcomp
		s.head[m], s.rel[m] = v, rObj
	}
}

// subjectClause makes verb v, a reduced relative on noun x, a clause with x
// its subject, in the place of noun m that was hung beside x: the
// complement m of the verb that x is the subject of ("the coffin |
// contained a sculpture, the newspaper said", coffin and sculpture both
// on "said"), or, x the noun of a clause conjunction ("hours after |
// Russian drones struck an energy facility"), an adverbial clause with
// that word its mark. It reports false, changing nothing, otherwise.
func (s *sent) subjectClause(v, x, m int) bool {
	switch c := s.subordinated(x); {
	case s.rel[x] == rNsubj && s.head[x] >= 0 && s.head[x] == s.head[m]:
		if !s.clausePlace(v, m) {
			return false
		}
		s.adoptClauseKids(v, m)
	case c >= 0 && !s.inSubtree(s.head[x], m):
		s.head[v], s.rel[v] = s.head[x], rAdvcl
		s.head[c], s.rel[c] = v, rMark
	default:
		return false
	}
	s.head[x], s.rel[x] = v, rNsubj
	return true
}

// repairStrandedObject mends a past verb that the parser hung as a bare
// reduced relative on the noun before it while its object, the phrase
// right after it, went up as a complement of a later verb (session 11:
// "The swap came hours after Russian drones | struck an energy facility
// in the Odesa region, ..., the regional governor said", "facility" a
// complement of "said"). A VERB tagged VBD or VBN, an acl of the noun
// right before it with no dependents, followed within five words by a
// noun phrase without subject or copula that is a clausal complement or
// parenthetical of a later word, takes that noun as its object and
// becomes a clause (subjectClause).
func (s *sent) repairStrandedObject() {
	for v := 1; v+1 < s.n; v++ {
		x := v - 1
		if s.upos[v] != "VERB" || s.rel[v] != rAcl || s.head[v] != x || !isNounTag(s.upos[x]) {
			continue
		}
		if xp := s.d.Tokens[s.base+v].XPOS; xp != "VBD" && xp != "VBN" {
			continue
		}
		m := -1
		for c := v + 1; c < s.n && c <= v+5; c++ {
			if (s.rel[c] == rCcomp || s.rel[c] == rParataxis) && isNounTag(s.upos[c]) && s.head[c] > c {
				m = c
			}
			if m >= 0 || s.head[c] < v+1 || s.head[c] > v+5 {
				break
			}
		}
		if m < 0 {
			continue
		}
		ok := true
		for k := 0; k < s.n && ok; k++ {
			switch {
			case s.head[k] == v:
				ok = false
			case k > v && k < m:
				ok = s.inSubtree(k, m)
			case s.head[k] == m && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass || s.rel[k] == rCop):
				ok = false
			}
		}
		if !ok || !s.subjectClause(v, x, m) {
			continue
		}
		s.head[m], s.rel[m] = v, rObj
	}
}

// repairCompoundVerbs mends a two-word verb parsed as verb + object noun
// ("will not wire tap the links": wire/VERB, tap/NOUN obj, links obj of
// tap). A noun cannot take an object, so a noun object right after its
// verb that has an object of its own is the verb's second word: it becomes
// the verb (taking the first word's head, relation and dependents) and the
// first word its compound.
func (s *sent) repairCompoundVerbs() {
	for y := 1; y < s.n; y++ {
		x := y - 1
		if s.head[y] != x || s.rel[y] != rObj || s.upos[y] != "NOUN" || s.upos[x] != "VERB" {
			continue
		}
		hasObj := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == y && s.rel[k] == rObj {
				hasObj = true
				break
			}
		}
		if !hasObj {
			continue
		}
		for k := 0; k < s.n; k++ {
			if s.head[k] == x && k != y {
				s.head[k] = y
			}
		}
		s.head[y], s.rel[y], s.upos[y] = s.head[x], s.rel[x], "VERB"
		s.head[x], s.rel[x] = y, rCompound
	}
}

// repairNominalComplements mends a bare noun phrase parsed as a clausal
// complement next to the verb that governs it ("Arnor signed a trade
// protocol with Dagolath, officials said": signed and protocol both
// complements of said). A noun with no subject or copula of its own is
// no clause: when the nearest earlier word sharing its head is a verb
// without an object, the noun becomes that verb's object.
func (s *sent) repairNominalComplements() {
	for y := 1; y < s.n; y++ {
		h := s.head[y]
		if h < 0 || s.rel[y] != rCcomp || (s.upos[y] != "NOUN" && s.upos[y] != "PROPN") {
			continue
		}
		clause := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == y && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass || s.rel[k] == rCop) {
				clause = true
				break
			}
		}
		if clause {
			continue
		}
		x := -1
		for k := y - 1; k >= 0; k-- {
			if s.head[k] == h {
				x = k
				break
			}
		}
		if x < 0 || s.upos[x] != "VERB" || s.hasObjOf(x) {
			continue
		}
		s.head[y], s.rel[y] = x, rObj
	}
}

// repairNounModifiers mends a subject whose modifying nouns were taken for
// the head ("Kenya's death and injury toll has risen": death the root,
// toll the subject of a relative clause "has risen" on death). A relative
// clause on a sentence's root noun whose bare subject noun (no determiner,
// possessor or pronoun) comes right after the root's phrase is the main
// clause: the subject noun heads the phrase, the root noun its compound.
func (s *sent) repairNounModifiers() {
	for v := 0; v < s.n; v++ {
		x := s.head[v]
		if x < 0 || s.rel[v] != rRelcl || s.head[x] >= 0 || s.upos[x] != "NOUN" || !isVerbal(s.upos[v]) {
			continue
		}
		n := -1
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && s.rel[k] == rNsubj {
				n = k
			}
		}
		// (session 9) A name after a bare title, one entity with it, is
		// such a subject too: "Opposition leader | Kalonzo Musyoka
		// condemned ... and called on", "condemned" a relative clause on
		// "leader"; not "A Chinese woman | Catherine Chan evacuated with
		// the Japanese told reporters".
		if n < 0 || n > v || s.upos[n] != "NOUN" && (s.upos[n] != "PROPN" || s.noTitleSubject || !s.oneEntity(x, n) || s.headHasRel(x, rDet)) {
			continue
		}
		last := x
		for k := x + 1; k < n; k++ {
			if s.inSubtree(k, x) {
				last = k
			}
		}
		if last != n-1 {
			continue
		}
		bare := true
		for k := 0; k < s.n; k++ {
			if s.head[k] == n && (s.rel[k] == rDet || s.rel[k] == rPoss) {
				bare = false
			}
		}
		if !bare {
			continue
		}
		for k := 0; k < s.n; k++ {
			if s.head[k] == x && k > n {
				s.head[k] = v
			}
		}
		s.head[v], s.rel[v] = -1, rRoot
		s.head[x], s.rel[x] = n, rCompound
	}
}

// oneEntity reports whether one entity of the document spans tokens a
// through b ("Opposition leader Kalonzo Musyoka", a title and a name).
func (s *sent) oneEntity(a, b int) bool {
	start, end := s.d.Tokens[s.base+a].Start, s.d.Tokens[s.base+b].End
	for _, e := range s.d.Entities {
		if e.Start <= start && e.End >= end {
			return true
		}
	}
	return false
}

// repairVerblessRoot mends a sentence parsed without a verb: "Officials
// from both governments | signed five agreements" with "Officials" the
// root and "signed" a reduced relative on "governments". When the root is
// a noun and a past-tense verb with an object but no subject, auxiliary or
// mark of its own hangs as a clausal modifier (acl, not a relative clause)
// from the root or from a noun inside the root's phrase, after the root,
// that verb is the main verb and the root noun its subject.
func (s *sent) repairVerblessRoot() {
	x := -1
	for i := 0; i < s.n; i++ {
		if s.head[i] < 0 && s.rel[i] != rPunct {
			if x >= 0 {
				return // more than one root
			}
			x = i
		}
	}
	if x < 0 || s.upos[x] != "NOUN" && s.upos[x] != "PROPN" {
		return
	}
	for v := x + 1; v < s.n && s.upos[x] == "NOUN"; v++ {
		// A participle (VBN) with an object, on the last of coordinated
		// subjects, is the verb too: "Congo's government and the M23
		// rebel group | signed a ceasefire agreement" (a passive
		// participle takes no object).
		xp := s.d.Tokens[s.base+v].XPOS
		coordinated := s.head[v] >= 0 && s.head[v] != x && s.rel[s.head[v]] == rConj && s.head[s.head[v]] == x
		if s.rel[v] != rAcl || s.upos[v] != "VERB" || xp != "VBD" && !(xp == "VBN" && coordinated) || !s.inSubtree(v, x) {
			continue
		}
		if !s.objectWithoutSubject(v) {
			continue
		}
		s.promote(v, x, -1)
		return
	}
	// "The UN Security Council | last week expressed deep concern over
	// ...", with "expressed" an adjective of "concern" and "concern" in
	// apposition to the root: a past form (VBD, or VBN as the tagger
	// writes it) modifying a later noun of the root's phrase, with no
	// determiner or possessor before it, is the main verb and that noun
	// its object.
	for v := x + 1; v < s.n; v++ {
		m := s.head[v]
		if xp := s.d.Tokens[s.base+v].XPOS; s.rel[v] != rAmod || s.upos[v] != "VERB" || xp != "VBD" && xp != "VBN" || m <= v {
			continue
		}
		if s.head[m] != x || (s.rel[m] != rAppos && s.rel[m] != rCompound && s.rel[m] != rObj && s.rel[m] != rConj) {
			continue
		}
		// "Ghanaian police accused smugglers of ...", with "smugglers" a
		// conjunct of "police": a conjunct without a conjunction ("police
		// and accused smugglers") is no coordination.
		det := false // s.kids is filled only after the repairs: scan heads
		for k := 0; k < v; k++ {
			if s.head[k] == m && (s.rel[k] == rDet || s.rel[k] == rPoss || s.rel[k] == rCC) {
				det = true
			}
		}
		if det {
			continue
		}
		s.promote(v, x, m)
		s.head[m], s.rel[m] = v, rObj
		return
	}
	// (session 7) "Palestinian militant groups | continued on Saturday
	// launching rockets at Israel", with "continued" a reduced relative on
	// "groups": a verb of aspect with a gerund complement has no passive
	// reading, so with no subject, object, auxiliary or mark of its own it
	// is the main verb.
	for v := x + 1; v < s.n && !s.noAspectRoot; v++ {
		if s.rel[v] != rAcl || s.upos[v] != "VERB" || !aspectVerbs[s.lemma[v]] || !s.inSubtree(v, x) {
			continue
		}
		own, gerund := false, false
		for k := 0; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch r := s.rel[k]; {
			case r == rNsubj || r == rNsubjPass || r == rObj || r == rAux || r == rAuxPass || r == rMark:
				own = true
			case (r == rAdvcl || r == rXcomp) && k > v && s.d.Tokens[s.base+k].XPOS == "VBG":
				gerund = true
			}
		}
		if own || !gerund {
			break
		}
		s.promote(v, x, -1)
		return
	}
	// "Thousands of Georgians | rallied in Tbilisi", with "rallied" tagged
	// a participle and hung as a reduced relative on "Georgians": a verb
	// of gathering that has no passive reading, with no subject, object
	// or auxiliary of its own, is the main verb of a root noun of number
	// or people ("thousands", "hundreds", "protesters").
	// (session 11) "Indian and Pakistani troops | clashed along the
	// border": "clash" has no passive reading either, whatever its
	// subject.
	for v := x + 1; v < s.n && !s.noClashRoot; v++ {
		if s.rel[v] != rAcl || s.upos[v] != "VERB" || s.lemma[v] != "clash" || s.head[v] != x {
			continue
		}
		if s.headHasRel(v, rNsubj, rNsubjPass, rObj, rAux, rAuxPass, rMark) {
			break
		}
		s.promote(v, x, -1)
		return
	}
	if !crowdHeads[s.lemma[x]] {
		return
	}
	for v := x + 1; v < s.n; v++ {
		if s.rel[v] != rAcl || s.upos[v] != "VERB" || !gatherVerbs[s.lemma[v]] || !s.inSubtree(v, x) {
			continue
		}
		if s.headHasRel(v, rNsubj, rObj, rAux, rAuxPass, rMark) {
			return
		}
		s.promote(v, x, -1)
		return
	}
}

// repairModifierVerb mends a past-tense verb that the tagger wrote as a
// participle and the parser hung as an adjective on its object, where
// repairVerblessRoot does not reach it: the subject's phrase not the
// sentence's root noun ("A Tunisian court on Thursday | sentenced
// opposition leader Abir Moussi to 12 years, her lawyer said", the court
// a complement of "said"), or the subject inside the object's phrase
// ("The United Nations | imposed sanctions on Iraq", "Nations" the
// subject of the root noun "sanctions"; "after police | sealed off
// streets", "police" a compound of "streets"). A VERB tagged VBD or VBN,
// without a hyphen and without dependents of its own but a particle,
// right after a noun or proper noun, modifying a noun a few words on
// with no determiner, possessor, number or conjunction before it, becomes
// the verb: the phrase ending right before it is its subject, the noun
// its object, and the verb takes the clause position of the phrase it
// replaces (session 9).
func (s *sent) repairModifierVerb() {
	for v := 1; v < s.n; v++ {
		m := s.head[v]
		if s.rel[v] != rAmod || s.upos[v] != "VERB" || m <= v || m-v > 4 || !isNounTag(s.upos[m]) ||
			!isNounTag(s.upos[v-1]) || strings.Contains(s.lower[v], "-") || adjectivalParticiples[s.lemma[v]] {
			continue
		}
		if xp := s.d.Tokens[s.base+v].XPOS; xp != "VBD" && xp != "VBN" {
			continue
		}
		ok := true
		for k := 0; k < s.n && ok; k++ {
			switch {
			case s.head[k] == v:
				ok = s.rel[k] == rPrt && k > v || s.ownSubject(k, v)
			case k > v && k < m:
				ok = s.inSubtree(k, m)
			case s.head[k] == m && k < v && (s.rel[k] == rDet || s.rel[k] == rPoss || s.rel[k] == rNummod || s.rel[k] == rCC):
				ok = false
			}
		}
		if !ok {
			continue
		}
		// The subject's phrase: from the word before the verb up through
		// names, compounds, appositions, conjuncts and nominal modifiers
		// that stay before the verb.
		x := v - 1
		for h := s.head[x]; h >= 0 && h < v && isNounTag(s.upos[h]) && s.subordinated(x) < 0; h = s.head[x] {
			switch s.rel[x] {
			case rFlat, rCompound, rAppos, rConj, rNmod, rObl, rTmod:
				x = h
				continue
			}
			break
		}
		// The object's phrase: the noun, or the name it describes
		// ("opposition leader | Abir Moussi").
		o := m
		for s.head[o] > o && s.head[o]-o <= 3 && isNounTag(s.upos[s.head[o]]) &&
			(s.rel[o] == rCompound || s.rel[o] == rNmod || s.rel[o] == rFlat) {
			o = s.head[o]
		}
		switch {
		case s.ownSubject(x, v):
			// "Israeli jets | bombed Hamas positions": the subject is
			// the verb's already; the verb takes the object's place.
			if !s.clausePlace(v, o) {
				continue
			}
			s.adoptClauseKids(v, o)
		case s.head[x] == o && (s.rel[x] == rCompound || s.rel[x] == rNsubj):
			// The subject inside the object's phrase: the verb takes the
			// object's place.
			if !s.clausePlace(v, o) {
				continue
			}
			s.head[x], s.rel[x] = v, rNsubj
			for k := 0; k < x; k++ {
				if s.head[k] == o {
					s.head[k] = x
				}
			}
			s.adoptClauseKids(v, o)
		case s.subordinated(x) >= 0 && x != o && !s.inSubtree(s.head[x], o):
			// "after two ministers | defied Major's policy", "as
			// militants | chanted slogans": the subject parsed as the
			// noun of a subordinating word; the verb heads that clause.
			c := s.subordinated(x)
			s.head[v], s.rel[v] = s.head[x], rAdvcl
			s.head[c], s.rel[c] = v, rMark
			s.head[x], s.rel[x] = v, rNsubj
		case s.head[x] == s.head[o] && s.head[x] > o && s.rel[x] == rNsubj:
			// "Kenyan riot police | fired tear gas at ..., witnesses said",
			// the subject and the object both hung on "said": the verb
			// takes the object's place.
			if !s.clausePlace(v, o) {
				continue
			}
			s.head[x], s.rel[x] = v, rNsubj
			s.adoptClauseKids(v, o)
		case s.head[o] >= 0 && s.head[o] < v && s.inSubtree(o, x) && x != o:
			// The subject's phrase governs the object: the verb takes the
			// subject's place.
			if !s.clausePlace(v, x) {
				continue
			}
			for k := v + 1; k < s.n; k++ {
				if s.head[k] == x {
					s.head[k] = v
				}
			}
			s.head[x], s.rel[x] = v, rNsubj
		default:
			continue
		}
		s.head[o], s.rel[o] = v, rObj
		return
	}
}

// repairCopulaAdjective mends a predicate adjective that the parser hung
// on the copula of a root noun ("Egypt's foreign minister, Badr
// Abdelatty, | is due to visit Port Sudan", "is" a copula of "minister"
// and "due" its complement): an adjective depending on the copula of the
// sentence's root noun, after it, becomes the root, the noun its subject
// and the copula its own; the root's dependents after it go with it
// (session 9, the team's story s19).
func (s *sent) repairCopulaAdjective() {
	for a := 1; a < s.n; a++ {
		c := s.head[a]
		if c < 0 || c > a || s.upos[a] != "ADJ" || s.rel[c] != rCop || s.upos[c] != "AUX" {
			continue
		}
		x := s.head[c]
		if x < 0 || x > c || s.head[x] >= 0 || !isNounTag(s.upos[x]) {
			continue
		}
		for k := c + 1; k < s.n; k++ {
			if s.head[k] == x {
				s.head[k] = a
			}
		}
		s.head[a], s.rel[a] = -1, rRoot
		s.head[c] = a
		s.head[x], s.rel[x] = a, rNsubj
		return
	}
}

// clauseConjunctions open a clause; the parser may read one as a
// preposition before the clause's subject.
var clauseConjunctions = map[string]bool{"after": true, "before": true, "since": true, "until": true,
	"as": true, "when": true, "while": true, "because": true, "once": true}

// subordinated returns the case word of nominal x that is a clause
// conjunction ("after | ministers"), x an oblique or nominal modifier;
// -1 when there is none.
func (s *sent) subordinated(x int) int {
	if s.head[x] < 0 || s.rel[x] != rObl && s.rel[x] != rNmod {
		return -1
	}
	for k := 0; k < x; k++ {
		if s.head[k] == x && s.rel[k] == rCase && clauseConjunctions[s.lower[k]] {
			return k
		}
	}
	return -1
}

// adjectivalParticiples are participles that modify nouns far more often
// than they head a clause ("structured finance", "associated fibrils").
var adjectivalParticiples = map[string]bool{
	"base": true, "relate": true, "associate": true, "structure": true, "consolidate": true,
	"fix": true, "limit": true, "unite": true, "paint": true, "mix": true, "register": true,
	"list": true, "detail": true, "advanced": true, "advance": true, "qualify": true,
}

// clausePlace gives verb v the head and relation of noun x, read as a
// clause: the root, a complement, conjunct, parenthetical or adverbial
// clause stay so; an object becomes a complement clause; a nominal with a
// subordinating preposition ("after police sealed off streets") an
// adverbial clause with that word its mark. It reports false, changing
// nothing, for any other place.
func (s *sent) clausePlace(v, x int) bool {
	h, r := s.head[x], s.rel[x]
	switch r {
	case rRoot, rCcomp, rParataxis, rAdvcl:
	case rConj:
		// "reiterated claims | elite troops executed rebels", the noun
		// "rebels" a conjunct of "claims": the clause is the content of
		// the noun before it.
		if h >= 0 && isNounTag(s.upos[h]) {
			r = rAcl
		}
	case rObj:
		if h < 0 || s.upos[h] != "VERB" {
			return false
		}
		r = rCcomp
	case rObl, rNmod:
		mark, cased := -1, false
		for k := 0; k < x; k++ {
			if s.head[k] == x && s.rel[k] == rCase {
				cased = true
				if timeConjunctions[s.lower[k]] {
					mark = k
				}
			}
		}
		switch {
		case mark >= 0:
			s.head[mark], s.rel[mark] = v, rMark
			r = rAdvcl
		case !cased && h >= 0 && isNounTag(s.upos[h]):
			// "reiterated claims | elite troops executed rebels",
			// "rebels" a bare nominal modifier of "claims": the content
			// of the noun.
			r = rAcl
		default:
			return false
		}
	default:
		return false
	}
	s.head[v], s.rel[v] = h, r
	return true
}

// adoptClauseKids moves to verb v the dependents of noun x that belong to
// a clause rather than a noun phrase: punctuation and clauses.
func (s *sent) adoptClauseKids(v, x int) {
	for k := 0; k < s.n; k++ {
		if s.head[k] != x || k == v {
			continue
		}
		switch s.rel[k] {
		case rPunct, rAdvcl, rParataxis, rCcomp, rTmod:
			s.head[k] = v
		case rConj:
			if s.upos[k] == "VERB" {
				s.head[k] = v
			}
		}
	}
}

// promote makes verb v the root of a sentence whose root was the noun x,
// with x its subject: punctuation and later clauses of the root (after v,
// but not keep) go with the verb.
func (s *sent) promote(v, x, keep int) {
	for k := v + 1; k < s.n; k++ {
		if s.head[k] == x && k != keep {
			s.head[k] = v
		}
	}
	s.head[v], s.rel[v] = -1, rRoot
	s.head[x], s.rel[x] = v, rNsubj
}

// crowdHeads are root nouns a crowd's verb takes as its subject:
// "thousands of Georgians rallied", "protesters marched".
var crowdHeads = map[string]bool{
	"thousand": true, "thousands": true, "hundred": true, "hundreds": true, "dozen": true,
	"dozens": true, "score": true, "scores": true, "ten": true, "tens": true, "million": true,
	"millions": true, "crowd": true, "crowds": true, "protester": true, "demonstrator": true,
	"supporter": true, "people": true, "resident": true, "student": true, "worker": true,
}

// aspectVerbs take a gerund of what goes on, starts or stops ("continued
// launching rockets"); with one they have no passive reading.
var aspectVerbs = map[string]bool{
	"continue": true, "keep": true, "resume": true, "start": true, "begin": true, "stop": true,
}

// gatherVerbs are verbs of gathering and marching with no passive
// reading, so that a participle of one after a crowd is its verb.
var gatherVerbs = map[string]bool{
	"rally": true, "march": true, "gather": true, "demonstrate": true, "protest": true,
	"riot": true, "converge": true, "assemble": true, "throng": true, "flock": true,
}

// repairTimeRelatives mends a reported clause that the parser hung as a
// relative clause on the bare time word after the reporting verb ("the
// army said Thursday | it had killed 200 rebels", "killed" a relative
// clause on "Thursday"): a relative clause on a weekday or day word that
// follows a reporting verb it depends on, with a subject of its own that is
// no relative pronoun, becomes the verb's clausal complement.
func (s *sent) repairTimeRelatives() {
	for v := 0; v < s.n; v++ {
		if s.rel[v] != rRelcl && s.rel[v] != rAcl {
			continue
		}
		t := s.head[v]
		if t < 0 || t >= v || s.upos[v] != "VERB" && s.upos[v] != "AUX" {
			continue
		}
		if l := s.lemma[t]; !weekdayWords[l] && l != "today" && l != "yesterday" {
			continue
		}
		g := s.head[t]
		if g < 0 || g >= t || !reportVerbs[s.lemma[g]] {
			continue
		}
		subj := false
		for k := 0; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			if relPronouns[s.lemma[k]] {
				subj = false
				break
			}
			if s.rel[k] == rNsubj || s.rel[k] == rNsubjPass {
				subj = true
			}
		}
		if subj {
			s.head[v], s.rel[v] = g, rCcomp
		}
	}
}

// repairReportedObjects mends a reported clause without "that" whose
// subject the parser took for the reporting verb's object and whose verb
// it hung as a reduced relative inside that object ("the sources said |
// Israeli troops backed by 15 military jeeps | raided eastern Nablus",
// "raided" a clausal modifier of "jeeps"): a past form (VBD, or VBN: a
// participle takes no object) with an object and no subject, auxiliary or
// mark of its own, inside the object of a reporting verb and before any
// clausal complement of that verb, becomes that verb's complement with the
// object its subject.
func (s *sent) repairReportedObjects() {
	for g := 0; g < s.n; g++ {
		if !reportVerbs[s.lemma[g]] || s.lemma[g] == "tell" || s.upos[g] != "VERB" {
			continue
		}
		o, comp := -1, s.n
		for k := 0; k < s.n; k++ {
			if s.head[k] != g {
				continue
			}
			switch s.rel[k] {
			case rObj:
				o = k
			case rCcomp:
				comp = min(comp, k)
			}
		}
		if o < 0 || o < g || (s.upos[o] != "NOUN" && s.upos[o] != "PROPN") {
			continue
		}
		for v := o + 1; v < comp; v++ {
			if x := s.d.Tokens[s.base+v].XPOS; s.rel[v] != rAcl || s.upos[v] != "VERB" || (x != "VBD" && x != "VBN") || !s.inSubtree(v, o) {
				continue
			}
			if !s.objectWithoutSubject(v) {
				continue
			}
			s.head[v], s.rel[v] = g, rCcomp
			s.head[o], s.rel[o] = v, rNsubj
			break
		}
	}
}

// repairPurposeOnPlace mends an infinitive of purpose that the parser hung
// on the place a journey leads to ("arrived in Busan, the second largest
// city in South Korea, | to attend the APEC meeting", "attend" a clausal
// modifier of "Korea"): an infinitive modifying a proper noun, "city" or
// "capital" that hangs from a verb of motion through place phrases,
// appositions and names (the last link an oblique, or the parataxis the
// parser makes of an apposition after a comma) becomes an adverbial
// clause of that verb.
func (s *sent) repairPurposeOnPlace() {
	for v := 0; v < s.n; v++ {
		if s.rel[v] != rAcl || s.upos[v] != "VERB" {
			continue
		}
		to := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && s.rel[k] == rMark && s.lower[k] == "to" {
				to = true
			}
		}
		x := s.head[v]
		if !to || x < 0 || (s.upos[x] != "PROPN" && s.lemma[x] != "city" && s.lemma[x] != "capital") {
			continue
		}
		for steps := 0; x >= 0 && steps < 6; steps++ {
			g := s.head[x]
			if g < 0 {
				break
			}
			if (s.rel[x] == rObl || s.rel[x] == rParataxis) && isVerbal(s.upos[g]) {
				if purposeMotion(s.lemma[g]) && g < v {
					s.head[v], s.rel[v] = g, rAdvcl
				}
				break
			}
			if s.rel[x] != rNmod && s.rel[x] != rAppos && s.rel[x] != rFlat && s.rel[x] != rCompound {
				break
			}
			x = g
		}
	}
}

// repairTimeClauseOnNoun mends a clause of time that the parser hung as a
// reduced relative on the object before it ("made the remark | when
// holding talks with X", "holding" a clausal modifier of "remark"): a
// clause opened by "when" or "while" is adverbial, not a relative, so a
// clausal modifier (acl) of a noun with such a word of its own becomes an
// adverbial clause of the verb the noun depends on.
func (s *sent) repairTimeClauseOnNoun() {
	for v := 0; v < s.n; v++ {
		o := s.head[v]
		if s.rel[v] != rAcl || o < 0 || o > v || s.upos[v] != "VERB" {
			continue
		}
		g := s.head[o]
		if g < 0 || s.upos[g] != "VERB" && s.upos[g] != "AUX" {
			continue
		}
		for k := o + 1; k < v; k++ {
			if s.head[k] == v && (s.rel[k] == rAdvmod || s.rel[k] == rMark) && (s.lower[k] == "when" || s.lower[k] == "while") {
				s.head[v], s.rel[v] = g, rAdvcl
				break
			}
		}
	}
}

// measureNouns measure out what a verb's object is made of: a span of
// time ("held three hours of talks"), a load or a lot ("sent two
// planeloads of medical supplies"), an act done to it ("witnessed the
// signing of five agreements").
// A span of time or a round measures only talks (meetingWords): "leading
// the first round of elections" is no election held.
var measureNouns = map[string]bool{"hour": false, "day": false, "minute": false, "round": false,
	"session": false, "planeload": true, "plane-load": true, "shipload": true, "truckload": true,
	"boatload": true, "consignment": true, "shipment": true, "batch": true, "tonne": true,
	"ton": true, "signing": true}

// meetingWords are the talks a span of time or a round measures.
var meetingWords = map[string]bool{"talk": true, "talks": true, "negotiation": true,
	"consultation": true, "discussion": true, "meeting": true, "dialogue": true}

// repairMeasureObjects makes the noun a measure noun measures the object
// of the verb ("held three hours of talks": "talks" the object, "hours" a
// modifier of it), so that the verb's patterns and the noun's own event
// see the thing itself. Only an object with a number or a determiner, whose
// "of" phrase is a common noun.
func (s *sent) repairMeasureObjects() {
	for m := 0; m < s.n; m++ {
		v := s.head[m]
		anyNoun, known := measureNouns[s.lemma[m]]
		if s.rel[m] != rObj || v < 0 || !known || s.upos[m] != "NOUN" {
			continue
		}
		x, of, counted := -1, -1, false
		for k := 0; k < s.n; k++ {
			if s.head[k] != m {
				continue
			}
			switch {
			case (s.rel[k] == rNummod || s.rel[k] == rDet) && k < m:
				counted = true
			case s.rel[k] == rNmod && k > m && x < 0 && s.upos[k] == "NOUN":
				x = k
			}
		}
		if x < 0 || !counted || (!anyNoun && !meetingWords[s.lemma[x]] && !meetingWords[s.lower[x]]) {
			continue
		}
		for k := m + 1; k < x; k++ {
			if s.head[k] == x && s.rel[k] == rCase && s.lower[k] == "of" {
				of = k
			}
		}
		if of < 0 {
			continue
		}
		s.head[x], s.rel[x] = v, rObj
		s.head[m], s.rel[m] = x, rNmod
		s.head[of] = m
	}
}

// controlVerbs have an object that does what their infinitive says
// ("ordered two diplomats to leave", "told the envoy to leave").
// Not verbs of asking ("urged the armed forces to withdraw their support
// for X"): the actors named in what is asked are no target of the asking.
var controlVerbs = map[string]bool{"order": true, "tell": true, "force": true, "instruct": true,
	"direct": true, "compel": true, "allow": true, "permit": true}

// leaveVerbs are the infinitives an order to leave names ("ordered two
// diplomats to leave the country"): only these are mended, since the
// coder reads an infinitive complement with the orderer as its source,
// which other infinitives ("ordered security chiefs to relocate to
// Kaduna") are not.
var leaveVerbs = map[string]bool{"leave": true, "quit": true, "depart": true, "exit": true}

// repairControlInfinitive mends an infinitive that the parser hung as a
// clausal modifier on the object of a verb of ordering or asking
// ("ordered two Polish diplomats | to leave the country", "leave" an acl
// of "diplomats"): it is the verb's complement, its object the doer.
func (s *sent) repairControlInfinitive() {
	for v := 0; v < s.n; v++ {
		o := s.head[v]
		if s.rel[v] != rAcl || o < 0 || o > v || s.rel[o] != rObj || s.upos[v] != "VERB" {
			continue
		}
		g := s.head[o]
		if g < 0 || s.upos[g] != "VERB" || !controlVerbs[s.lemma[g]] || !leaveVerbs[s.lemma[v]] {
			continue
		}
		for k := o + 1; k < v; k++ {
			if s.head[k] == v && s.rel[k] == rMark && s.lower[k] == "to" {
				s.head[v], s.rel[v] = g, rXcomp
				break
			}
		}
	}
}

// joinableConjunct reports whether conjunct verb v has an object of its
// own, an "and" of its own before it, and no subject, auxiliary or mark:
// a verb the parser hung on the wrong word that may rejoin a clause and
// share its subject (repairVerbConjoinedToObject,
// repairVerbConjoinedToModifier). The tree's child lists are not built
// yet when the repairs run, so the children are read from the heads.
func (s *sent) joinableConjunct(v int) bool {
	obj, and, other := false, false, false
	for k := 0; k < s.n; k++ {
		if s.head[k] != v {
			continue
		}
		switch s.rel[k] {
		case rObj:
			obj = true
		case rCC:
			and = and || (k < v && s.lower[k] == "and")
		case rNsubj, rNsubjPass, rAux, rAuxPass, rMark:
			other = true
		}
	}
	return obj && and && !other
}

// repairVerbConjoinedToObject mends a verb conjoined to the object of the
// verb before it ("Murkomen defended the police and accused opposition
// politicians of ...", "accused" a conjunct of "police"): a past or
// present finite form (VBD, or VBN as the tagger writes it, VBZ, VBP)
// tagged VERB, with an object of its
// own, no subject, auxiliary or mark, conjunct of a noun that is the
// object of a verb, an "and" of its own before it, becomes a conjunct of
// that verb, sharing its subject (session 8, the team's story s17).
func (s *sent) repairVerbConjoinedToObject() {
	for v := 0; v < s.n; v++ {
		o := s.head[v]
		if s.rel[v] != rConj || o < 0 || o > v || s.upos[v] != "VERB" || s.rel[o] != rObj || !isNounTag(s.upos[o]) {
			continue
		}
		g := s.head[o]
		if g < 0 || s.upos[g] != "VERB" {
			continue
		}
		if x := s.d.Tokens[s.base+v].XPOS; x != "VBD" && x != "VBN" && x != "VBZ" && x != "VBP" {
			continue
		}
		if s.joinableConjunct(v) {
			s.head[v] = g
		}
	}
}

// timeConjunctions open a clause of time that the parser may read as a
// preposition ("a day after | the guerrilla group | blew up").
var timeConjunctions = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// repairTimeClauseSubject mends a clause of time whose subject the parser
// took for the object of "after" and whose verb for a conjunct of the main
// verb ("suspended peace talks ..., a day after the guerrilla group blew up
// a section of the pipeline": "group" an nmod of "day", "blew" a conjunct of
// "suspended"): a verb tagged VERB, conjunct without a subject or a
// conjunction of its own, right after a noun phrase introduced by "after",
// "before", "since" or "until", takes that noun as its subject and the word
// as its mark, and becomes an adverbial clause of the verb it was
// conjoined to (session 8, the team's story s20).
func (s *sent) repairTimeClauseSubject() {
	for v := 1; v < s.n; v++ {
		g := s.head[v]
		if s.rel[v] != rConj || g < 0 || g > v || s.upos[v] != "VERB" {
			continue
		}
		own := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass || s.rel[k] == rCC || s.rel[k] == rMark) {
				own = true
			}
		}
		if own {
			continue
		}
		n := v - 1
		if !isNounTag(s.upos[n]) || s.inSubtree(n, v) || s.inSubtree(v, n) || s.head[n] < 0 || s.head[n] > n {
			continue
		}
		c := -1
		for k := 0; k < n; k++ {
			if s.head[k] == n && s.rel[k] == rCase && (timeConjunctions[s.lower[k]] || s.lower[k] == "as" && !s.noAsClause) {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		if xp := s.d.Tokens[s.base+v].XPOS; s.lower[c] == "as" && xp != "VBD" && xp != "VBZ" && xp != "VBP" {
			// "came as the RSF | shelled the city" (session 10, the
			// team's story s29); a finite verb only, "as" being a
			// preposition of role as often ("as a guest").
			continue
		}
		s.head[n], s.rel[n] = v, rNsubj
		s.head[c], s.rel[c] = v, rMark
		s.rel[v] = rAdvcl
	}
}

// isNounTag reports whether upos tags a noun or a name.
func isNounTag(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// relPronouns open relative clauses.
var relPronouns = map[string]bool{"who": true, "whom": true, "which": true, "that": true, "whose": true, "where": true, "when": true}

// reportVerbs are the verbs of a trailing attribution ("..., an official
// said").
var reportVerbs = map[string]bool{"say": true, "tell": true, "report": true, "add": true, "state": true}

// repairReportingClauses mends a trailing attribution that took the
// object of the clause it reports ("crowds burned down its embassy, a
// senior official said": embassy parsed as the object of said, said as the
// complement of burned). When a reporting verb attached as a complement to
// an earlier verb has a subject after a comma and an object before that
// comma, the object goes back to the earlier verb and the reporting verb
// becomes a parenthetical (parataxis).
func (s *sent) repairReportingClauses() {
	for v := 0; v < s.n; v++ {
		h := s.head[v]
		if h < 0 || h >= v || s.rel[v] != rCcomp || !reportVerbs[s.lemma[v]] || s.hasObjOf(h) {
			continue
		}
		subj, obj := -1, -1
		for k := 0; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch s.rel[k] {
			case rNsubj:
				subj = k
			case rObj:
				obj = k
			}
		}
		if subj < 0 || obj < 0 || obj > subj {
			continue
		}
		comma := -1
		for k := obj + 1; k < subj; k++ {
			if s.lower[k] == "," {
				comma = k
			}
		}
		if comma < 0 {
			continue
		}
		s.head[obj] = h
		s.rel[v] = rParataxis
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && k > obj && k <= comma && s.rel[k] == rPunct {
				s.head[k] = h
			}
		}
	}
}

// repairGappedPassives mends a second passive whose auxiliary is left out
// ("One militant was killed and nine others wounded in an air strike"),
// parsed as an active verb with "nine others" its subject: a past form
// without auxiliary, whose subject follows an "and" of its own, after a
// passive verb with the same head (or heading it), is that verb's
// conjoined passive: its subject becomes a passive subject.
func (s *sent) repairGappedPassives() {
	for w := 0; w < s.n; w++ {
		if s.upos[w] != "VERB" || !strings.HasSuffix(s.lower[w], "ed") {
			continue
		}
		subj, cc, aux := -1, -1, false
		for k := 0; k < s.n; k++ {
			if s.head[k] != w {
				continue
			}
			switch s.rel[k] {
			case rNsubj:
				subj = k
			case rCC:
				cc = k
			case rAux, rAuxPass, rNsubjPass:
				aux = true
			}
		}
		if aux || subj < 0 || subj > w || cc < 0 || cc > subj {
			continue
		}
		for p := cc - 1; p >= 0; p-- {
			if s.upos[p] != "VERB" || (s.head[w] != s.head[p] && s.head[w] != p) {
				continue
			}
			passive := false
			for k := 0; k < p; k++ {
				if s.head[k] == p && s.rel[k] == rAuxPass {
					passive = true
				}
			}
			if passive {
				s.rel[subj] = rNsubjPass
				s.head[w], s.rel[w] = p, rConj
			}
			break
		}
	}
}

// repairComplementSubjects mends a clausal complement whose subject the
// parser took for the governing verb's object ("hoped | the agreement |
// could help the Palestinians", "agreement" an object of "hoped"): a
// complement without subject whose first auxiliary comes right after the
// governing verb's object takes that object as its subject.
func (s *sent) repairComplementSubjects() {
	for c := 0; c < s.n; c++ {
		v := s.head[c]
		if v < 0 || s.rel[c] != rCcomp || c < v {
			continue
		}
		obj, aux, subj := -1, -1, false
		for k := 0; k < s.n; k++ {
			switch {
			case s.head[k] == v && s.rel[k] == rObj && k > v && k < c:
				obj = k
			case s.head[k] == c && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass):
				subj = true
			case s.head[k] == c && s.rel[k] == rAux && aux < 0:
				aux = k
			}
		}
		if subj || obj < 0 || aux < 0 {
			continue
		}
		last := obj
		for k := obj + 1; k < aux; k++ {
			if s.inSubtree(k, obj) {
				last = k
			}
		}
		if last+1 != aux {
			continue
		}
		s.head[obj], s.rel[obj] = c, rNsubj
	}
}

// repairFrontedSubjects mends a subject the parser hung as an apposition on
// the last noun of a fronted phrase ("At the ceremony in Caracas, | President
// Chavez | thanked China", "Chavez" an apposition of "Caracas"): a verb
// without subject right after an apposition that follows a comma takes
// that apposition as its subject.
func (s *sent) repairFrontedSubjects() {
	for v := 1; v < s.n; v++ {
		if s.upos[v] != "VERB" || s.head[v] >= 0 && s.rel[v] != rRoot {
			continue
		}
		subj := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass) {
				subj = true
				break
			}
		}
		if subj {
			continue
		}
		// The apposition's head: the word before the verb, or the head of
		// the name it ends ("Hugo Chavez": Chavez is flat under Hugo).
		a := v - 1
		if s.rel[a] == rFlat && s.head[a] >= 0 && s.head[a] < a {
			a = s.head[a]
		}
		if s.rel[a] != rAppos || s.upos[a] != "PROPN" && s.upos[a] != "NOUN" {
			continue
		}
		comma := false
		for k := a - 1; k >= 0 && s.inSubtree(k, a); k-- {
			if s.lower[k] == "," {
				comma = true
			}
		}
		if k := firstOf(s, a) - 1; k >= 0 && s.lower[k] == "," {
			comma = true
		}
		if comma {
			s.head[a], s.rel[a] = v, rNsubj
		}
	}
}

// firstOf returns the first token of the subtree of a (from heads).
func firstOf(s *sent, a int) int {
	f := a
	for k := a - 1; k >= 0; k-- {
		if s.inSubtree(k, a) {
			f = k
		}
	}
	return f
}

// hasObjOf reports whether i has an object (read from heads, before the
// children lists are built).
func (s *sent) hasObjOf(i int) bool {
	for k := 0; k < s.n; k++ {
		if s.head[k] == i && s.rel[k] == rObj {
			return true
		}
	}
	return false
}

func (s *sent) mapRel(i int, dep string) rel {
	base, sub, _ := strings.Cut(dep, ":")
	switch base {
	case "root":
		return rRoot
	case "nsubj", "csubj":
		if sub == "pass" {
			return rNsubjPass
		}
		return rNsubj
	case "nsubjpass", "csubjpass":
		return rNsubjPass
	case "obj", "dobj":
		return rObj
	case "iobj":
		return rIobj
	case "obl", "nmod":
		switch sub {
		case "agent":
			return rOblAgent
		case "poss":
			return rPoss
		case "tmod", "npmod":
			return rTmod
		}
		if base == "obl" {
			return rObl
		}
		if h := s.head[i]; h >= 0 && (isVerbal(s.upos[h])) {
			return rObl
		}
		return rNmod
	case "case":
		return rCase
	case "mark":
		return rMark
	case "aux":
		if sub == "pass" {
			return rAuxPass
		}
		return rAux
	case "auxpass":
		return rAuxPass
	case "cop":
		return rCop
	case "neg":
		return rNeg
	case "advmod":
		if negWords[s.lower[i]] {
			return rNeg
		}
		return rAdvmod
	case "amod":
		return rAmod
	case "compound":
		if sub == "prt" {
			return rPrt
		}
		return rCompound
	case "flat", "name", "fixed", "mwe", "goeswith":
		return rFlat
	case "det":
		return rDet
	case "nummod":
		return rNummod
	case "conj":
		return rConj
	case "cc":
		return rCC
	case "xcomp":
		return rXcomp
	case "ccomp":
		return rCcomp
	case "advcl":
		return rAdvcl
	case "acl":
		if sub == "relcl" {
			return rRelcl
		}
		return rAcl
	case "parataxis":
		return rParataxis
	case "appos":
		return rAppos
	case "punct":
		return rPunct
	}
	return rOther
}

func isVerbal(upos string) bool {
	return upos == "VERB" || upos == "AUX" || upos == "ADJ"
}

// tokenStarting is the sentence token whose span starts at byte start, or
// -1.
func (s *sent) tokenStarting(start int) int {
	for i := 0; i < s.n; i++ {
		if ts, _ := s.tokenSpan(i); ts == start {
			return i
		}
	}
	return -1
}

// lastTokenIn returns the last word of the sentence lying within bytes
// [start, end), or -1.
func (s *sent) lastTokenIn(start, end int) int {
	last := -1
	for i := 0; i < s.n; i++ {
		if ts, te := s.tokenSpan(i); ts >= start && te <= end {
			last = i
		}
	}
	return last
}

// tokenSpan is the byte span of sentence token i.
func (s *sent) tokenSpan(i int) (int, int) {
	t := &s.d.Tokens[s.base+i]
	return t.Start, t.End
}

// childrenOf returns the children of i with relation r.
func (s *sent) child(i int, r rel) int {
	for _, k := range s.kids[i] {
		if s.rel[k] == r {
			return k
		}
	}
	return -1
}

func (s *sent) hasChild(i int, r rel) bool { return s.child(i, r) >= 0 }

// ofPhrase returns the first "of" phrase modifying noun i ("round of
// talks", "condemnation of the raids"), -1 when none.
func (s *sent) ofPhrase(i int) int {
	for _, k := range s.kids[i] {
		if s.rel[k] == rNmod && s.caseOf(k) == "of" {
			return k
		}
	}
	return -1
}

// headHasRel reports whether a token headed by v has one of the relations
// rels, reading heads rather than kids: for the repairs that run before
// the kids are built.
func (s *sent) headHasRel(v int, rels ...rel) bool {
	for k := 0; k < s.n; k++ {
		if s.head[k] == v && slices.Contains(rels, s.rel[k]) {
			return true
		}
	}
	return false
}

// caseOf returns the lower-cased preposition marking nominal i ("" when none):
// its case (or mark) children joined by a space ("out of").
func (s *sent) caseOf(i int) string {
	out := ""
	for _, k := range s.kids[i] {
		if s.rel[k] == rCase || (s.rel[k] == rMark && s.upos[i] != "NOUN" && s.upos[i] != "PROPN") {
			if out != "" {
				out += " "
			}
			out += s.lower[k]
		}
	}
	return out
}

// conjuncts returns i followed by the heads coordinated with it. A list
// written with commas often parses as appositions ("Mordor, the Shire,
// Arnor and Bree"), so appositions count as conjuncts too: when they name
// the same actor, the finder's duplicates go.
func (s *sent) conjuncts(i int, out []int) []int {
	out = append(out, i)
	for _, k := range s.kids[i] {
		if s.rel[k] == rConj || s.rel[k] == rAppos {
			out = s.conjuncts(k, out)
		}
	}
	return out
}

// inSubtree reports whether t is in the subtree of r. It reads the heads
// only, so the repairs may call it before the children lists are built.
func (s *sent) inSubtree(t, r int) bool {
	for steps := 0; t >= 0 && steps <= s.n; steps++ {
		if t == r {
			return true
		}
		t = s.head[t]
	}
	return false
}

// hasClauseDependent reports whether verb v has a dependent only a
// clause has (a subject, an object, an auxiliary, a copula, a marker):
// the repairs that read a verb tag as a noun's ("in clashes") need none.
// It reads the heads, before the children lists are built.
func (s *sent) hasClauseDependent(v int) bool {
	return s.headHasRel(v, rNsubj, rNsubjPass, rObj, rAux, rAuxPass, rCop, rMark)
}

// cyclicFrom reports whether the head chain from token i never reaches a
// root: it runs into a cycle.
func (s *sent) cyclicFrom(i int) bool {
	x, steps := i, 0
	for x >= 0 && steps <= s.n {
		x = s.head[x]
		steps++
	}
	return steps > s.n
}

func grow(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

func growRel(b []rel, n int) []rel {
	if cap(b) < n {
		return make([]rel, n)
	}
	return b[:n]
}

func growStr(b []string, n int) []string {
	if cap(b) < n {
		return make([]string, n)
	}
	return b[:n]
}

// lowerASCII lower-cases s, allocating only when s has an upper-case ASCII letter.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
		if c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// objectWithoutSubject reports whether token v has an object among its
// dependents and no subject, auxiliary or marker of its own: a verb the
// parser hung as a reduced relative clause ("troops backed by jeeps
// raided Nablus") that may be a clause of its own.
func (s *sent) objectWithoutSubject(v int) bool {
	obj := false
	for k := 0; k < s.n; k++ {
		if s.head[k] != v {
			continue
		}
		switch s.rel[k] {
		case rObj:
			obj = true
		case rNsubj, rNsubjPass, rAux, rAuxPass, rMark:
			return false
		}
	}
	return obj
}

// repairVerbAfterObject mends a plural noun tagged as a verb right after
// the object noun it is the head of ("Seoul would double its development
// | loans to Vietnam", "loans" a VBZ verb and a clausal complement of
// "double", "development" its object): a verb in -s without subject,
// object, auxiliary, copula or mark, complement of the verb whose object
// ends right before it, is the object's head noun; the old object
// becomes its compound and its obliques nominal modifiers (session 9,
// the team's story s12).
func (s *sent) repairVerbAfterObject() {
	for v := 1; v < s.n; v++ {
		o := v - 1
		if s.upos[v] != "VERB" || s.upos[o] != "NOUN" || s.d.Tokens[s.base+v].XPOS != "VBZ" || s.rel[v] != rCcomp {
			continue
		}
		h := s.head[v]
		if h < 0 || s.head[o] != h || s.rel[o] != rObj || !isVerbal(s.upos[h]) {
			continue
		}
		ok := true
		for k := 0; k < s.n && ok; k++ {
			if s.head[k] == v {
				switch s.rel[k] {
				case rNsubj, rNsubjPass, rObj, rAux, rAuxPass, rCop, rMark, rCcomp, rXcomp:
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		s.upos[v] = "NOUN"
		s.rel[v] = rObj
		for k := 0; k < s.n; k++ {
			if s.head[k] == o && k < o {
				s.head[k] = v
			}
			if s.head[k] == v && s.rel[k] == rObl {
				s.rel[k] = rNmod
			}
		}
		s.head[o], s.rel[o] = v, rCompound
	}
}

// repairVerbAfterPreposition mends a plural noun tagged as a verb right
// after a preposition that the parser left without a noun ("were killed in
// | clashes with the rebels", "clashes" a VBZ verb heading an adverbial
// clause and "in" a dangling oblique): a verb in -s, without subject,
// object or auxiliary, right after a childless preposition of the same
// head, is that preposition's noun. It becomes a noun oblique of the
// head, the preposition its case, and its own obliques nominal modifiers.
func (s *sent) repairVerbAfterPreposition() {
	for v := 1; v < s.n; v++ {
		p := v - 1
		if s.upos[v] != "VERB" || s.upos[p] != "ADP" || s.d.Tokens[s.base+v].XPOS != "VBZ" {
			continue
		}
		h := s.head[v]
		if h < 0 || s.head[p] != h || s.rel[p] == rCase || !isVerbal(s.upos[h]) {
			continue
		}
		ok := !s.hasClauseDependent(v)
		for k := 0; k < s.n && ok; k++ {
			ok = s.head[k] != p
		}
		if !ok {
			continue
		}
		s.upos[v] = "NOUN"
		s.rel[v] = rObl
		s.head[p], s.rel[p] = v, rCase
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && s.rel[k] == rObl {
				s.rel[k] = rNmod
			}
		}
	}
}

// repairSwallowedVerb mends a first verb the parser hung inside the
// subject of a later conjoined one ("Japan's consul general here | called
// on Beijing to ..., and stressed ...", "called" a conjunct of the
// adjective "general" in the subject of the root "stressed"): a past
// form without subject, conjunction or auxiliary of its own, attached as
// a conjunct to a non-verbal word of the root's subject, before a root
// verb that has an "and" of its own, is the main verb; the root becomes
// its conjunct and the subject its subject.
func (s *sent) repairSwallowedVerb() {
	r := -1
	for i := 0; i < s.n; i++ {
		if s.head[i] < 0 && s.rel[i] == rRoot {
			r = i
			break
		}
	}
	if r < 0 || s.upos[r] != "VERB" {
		return
	}
	subj, and := -1, false
	for k := 0; k < s.n; k++ {
		if s.head[k] != r {
			continue
		}
		switch {
		case s.rel[k] == rNsubj && k < r:
			subj = k
		case s.rel[k] == rCC && s.lower[k] == "and":
			and = true
		}
	}
	if subj < 0 || !and {
		return
	}
	for v := subj + 1; v < r; v++ {
		h := s.head[v]
		if xp := s.d.Tokens[s.base+v].XPOS; s.upos[v] != "VERB" || xp != "VBD" && xp != "VBN" || s.rel[v] != rConj ||
			h < 0 || s.upos[h] == "VERB" || s.upos[h] == "AUX" || !s.inSubtree(h, subj) {
			continue
		}
		if s.headHasRel(v, rNsubj, rNsubjPass, rCC, rAux, rAuxPass, rCop) {
			return
		}
		s.head[v], s.rel[v] = -1, rRoot
		s.head[subj] = v
		s.head[r], s.rel[r] = v, rConj
		return
	}
}
