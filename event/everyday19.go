package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 19's everyday round (the lead's stories of a coup in a
// West African state and a coast guard incident), chosen on sentences the
// team wrote itself in wire style. Each rule has an off-switch (tests
// only); the tests are in pipeline/everyday19_test.go. News mode only,
// except the tree repair, which runs in every mode like the others.

// everyday19Off switches off the rules of session 19's everyday round
// (event/everyday19.go), each for the tests that show it matters.
type everyday19Off struct {
	noDeadline, noBlocSuspension, noCoupActors, noOwnForces bool
}

// --- tree repair -------------------------------------------------------

// conjoinedParticiples are past forms the tagger reads as an adjective on
// the noun after them when they follow "and" ("suspended Guinea-Bissau
// from the bloc and threatened sanctions against ..."), with their verb.
var conjoinedParticiples = map[string]string{
	"threatened": "threaten", "imposed": "impose", "demanded": "demand", "announced": "announce",
	"ordered": "order", "pledged": "pledge", "promised": "promise", "condemned": "condemn",
	"recalled": "recall", "expelled": "expel", "suspended": "suspend", "banned": "ban",
	"froze": "freeze", "urged": "urge", "accused": "accuse", "offered": "offer", "closed": "close",
}

// repairConjoinedParticiple mends a verb conjoined to a main verb that the
// tagger read as an adjective on its object, and the parser then hung the
// object as a conjunct of a noun of the first clause ("West African
// leaders suspended Guinea-Bissau from the bloc and threatened sanctions
// against the officers": "threatened" an amod of "sanctions", "sanctions"
// a conjunct of "bloc"): a form of conjoinedParticiples right after "and",
// an amod of the noun right after it, that noun a conjunct of a noun under
// a verb before, becomes a conjunct of that verb with the noun its object.
func (s *sent) repairConjoinedParticiple() {
	for v := 1; v+1 < s.n; v++ {
		lemma, ok := conjoinedParticiples[s.lower[v]]
		if !ok || s.rel[v] != rAmod || s.lower[v-1] != "and" || (s.upos[v] != "ADJ" && s.upos[v] != "VERB") {
			continue
		}
		o := s.head[v]
		if o != v+1 || s.upos[o] != "NOUN" || s.rel[o] != rConj {
			continue
		}
		// the verb the first conjunct hangs under, before "and"
		g := -1
		for x, steps := s.head[o], 0; x >= 0 && steps < 6; x, steps = s.head[x], steps+1 {
			if s.upos[x] == "VERB" && x < v-1 {
				g = x
				break
			}
		}
		if g < 0 || s.d.Tokens[s.base+g].XPOS != "VBD" {
			continue
		}
		s.upos[v], s.lemma[v], s.head[v], s.rel[v] = "VERB", lemma, g, rConj
		s.head[o], s.rel[o] = v, rObj
		if s.head[v-1] == o {
			s.head[v-1] = v
		}
	}
}

// repairWarningShots mends "fired only warning shots", "fired warning
// shots into the air" with "warning" read as a verb taking "shots" as its
// object (a threat, 130, of the shooters): "warning" becomes a compound
// of "shots", which takes its place in the clause.
func (s *sent) repairWarningShots() {
	for w := 0; w+1 < s.n; w++ {
		o := w + 1
		if s.lower[w] != "warning" || s.upos[w] != "VERB" || (s.lower[o] != "shots" && s.lower[o] != "shot") ||
			s.head[o] != w || s.rel[o] != rObj {
			continue
		}
		s.head[o], s.rel[o] = s.head[w], s.rel[w]
		if s.rel[o] == rConj {
			s.rel[o] = rObj
		}
		s.head[w], s.rel[w], s.upos[w] = o, rCompound, "NOUN"
		for k := 0; k < s.n; k++ {
			if s.head[k] == w && k != o {
				s.head[k] = o
			}
		}
	}
}

// --- ultimatums ----------------------------------------------------------

// deadlineNouns measure the time one is given to act ("gave the junta 72
// hours to release him").
var deadlineNouns = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true,
	"hours": true, "days": true, "weeks": true, "months": true, "years": true}

// deadlineRecipient returns the one given a deadline by "give" v, or -1:
// "gave the junta until December 31 to name a civilian government", "gave
// Iran two weeks to respond", "gave the traders a week to leave": an
// ultimatum (CAMEO 139, "give ultimatum": a threat if the demand is not
// met in time) on the one given the time, never a grant
// (06x). v must have a "to" infinitive after it in its phrase and, between
// the two, "until"/"till"/"by" or a noun of time (hours, days, weeks) with
// a number or an article; the recipient is v's indirect object, else its
// object when that is no noun of time.
func (s *sent) deadlineRecipient(v int) int {
	if s.lemma[v] != "give" || s.upos[v] != "VERB" {
		return -1
	}
	inf := -1
	for k := v + 1; k < s.n; k++ {
		// "to" read as a preposition on the bare verb after it ("until
		// December 31 to hand over power") counts too (session 19 review).
		if s.lower[k] == "to" && k+1 < s.n && (s.upos[k] == "PART" || s.upos[k] == "ADP" && s.head[k] == k+1 &&
			s.upos[k+1] == "VERB" && s.d.Tokens[s.base+k+1].XPOS == "VB") && s.head[k] >= 0 && s.upos[s.head[k]] == "VERB" &&
			s.head[k] > k && s.inSubtree(s.head[k], v) {
			inf = k
			break
		}
	}
	if inf < 0 {
		return -1
	}
	limit := false
	for k := v + 1; k < inf; k++ {
		switch {
		case s.lower[k] == "until" || s.lower[k] == "till":
			limit = true
		case deadlineNouns[s.lower[k]] && s.upos[k] == "NOUN":
			for _, c := range s.kids[k] {
				if s.rel[c] == rNummod || s.rel[c] == rDet && (s.lower[c] == "a" || s.lower[c] == "an") {
					limit = true
				}
			}
			if k > 0 && (s.upos[k-1] == "NUM" || s.lower[k-1] == "a" || s.lower[k-1] == "an") {
				limit = true
			}
		}
	}
	if !limit {
		return -1
	}
	if r := s.child(v, rIobj); r >= 0 && r < inf {
		return r
	}
	if r := s.child(v, rObj); r >= 0 && r < inf && isNominal(s.upos[r]) && !deadlineNouns[s.lower[r]] {
		return r
	}
	return -1
}

// --- suspension from a bloc ------------------------------------------------

// suspendVerbs put a member out of a body.
var suspendVerbs = map[string]bool{"suspend": true, "expel": true, "exclude": true, "bar": true}

// blocSuspension returns the member that verb v puts out of an
// international organisation, or -1: "suspended Guinea-Bissau from the
// Economic Community of West African States", "expelled Niger from the
// bloc": a reduction of relations (160), whatever the body's name (dyad.pat's
// CUT_CONTACTS lists only "the bloc", "its bodies", "membership").
func (st *state) blocSuspension(v int) int {
	s := &st.s
	if !suspendVerbs[s.lemma[v]] || s.upos[v] != "VERB" {
		return -1
	}
	o := s.child(v, rObj)
	if o < 0 || !isNominal(s.upos[o]) {
		return -1
	}
	var from []int
	for _, k := range s.kids[v] {
		if s.rel[k] == rObl && s.caseOf(k) == "from" {
			from = append(from, k)
		}
	}
	for _, k := range s.kids[o] {
		if s.rel[k] == rNmod && s.caseOf(k) == "from" {
			from = append(from, k)
		}
	}
	for _, k := range from {
		for _, a := range st.actorsOf(k) {
			if strings.HasPrefix(a.Code, "IGO") {
				for _, m := range st.actorsOf(o) {
					if m.Country != "" && !strings.HasPrefix(m.Code, "IGO") {
						return o
					}
				}
			}
		}
	}
	return -1
}

// everyday19Match rewrites the match of verb i by the ultimatum and
// suspension rules.
func (st *state) everyday19Match(i int, m *match) {
	if !st.c.opt.News {
		return
	}
	if !st.c.opt.noDeadline {
		if r := st.s.deadlineRecipient(i); r >= 0 && (st.c.opt.noLoanTerm || !st.s.loanTerm(i)) {
			m.yield, m.roleT, m.ppTgt, m.recip = Yield{Main: "139"}, r, -1, false
			return
		}
	}
	if !st.c.opt.noBlocSuspension {
		if o := st.blocSuspension(i); o >= 0 {
			m.yield, m.roleT, m.ppTgt, m.recip = Yield{Main: "160"}, o, -1, false
			return
		}
		if m.yield.Main == "130" && st.s.threatensSanctions(i) {
			m.yield = Yield{Main: "1312"}
		}
	}
}

// threatSanctionNouns name sanctions one threatens with.
var threatSanctionNouns = map[string]bool{"sanction": true, "sanctions": true, "embargo": true, "tariff": true,
	"tariffs": true, "boycott": true}

// threatensSanctions reports whether "threaten" v has sanctions as its own
// object ("threatened sanctions against the officers who seized power",
// "threatened fresh sanctions on Venezuela"): a threat of sanctions (1312,
// CAMEO's "threaten with sanctions, boycott or embargo"), where the
// dictionary's THREATEN gives any threat 130. "threatened to impose
// sanctions" is dyad.pat's IMPOSE intent already.
func (s *sent) threatensSanctions(v int) bool {
	if s.lemma[v] != "threaten" {
		return false
	}
	o := s.child(v, rObj)
	return o >= 0 && (threatSanctionNouns[s.lower[o]] || threatSanctionNouns[s.lemma[o]])
}

// --- coups ---------------------------------------------------------------

// coupNouns name those who rule after a coup or take part in it.
var coupNouns = map[string]bool{"junta": true, "soldier": true, "soldiers": true, "troop": true, "troops": true,
	"officer": true, "officers": true, "mutineer": true, "mutineers": true, "putschist": true, "putschists": true,
	"general": true, "generals": true, "colonel": true, "colonels": true}

// coupWords mark a sentence that tells of a coup.
var coupWords = []string{"coup", "putsch", "junta", "seized power", "seize power", "seizing power", "took power",
	"taken power", "take power", "mutiny", "mutineers", "military takeover", "military rulers", "military government"}

// seizedPower reports whether noun h has a relative clause telling that it
// seized power or staged a coup ("the officers who seized power in the
// country last week").
func (s *sent) seizedPower(h int) bool {
	rel := append([]int(nil), s.kids[h]...)
	if h+1 < s.n && (s.lower[h+1] == "who" || s.lower[h+1] == "that") && s.rel[h+1] == rNsubj && s.head[h+1] > h+1 {
		// "sanctions against the officers who seized power", the
		// relative clause hung on "sanctions"
		rel = append(rel, s.head[h+1])
	}
	for _, k := range rel {
		if s.rel[k] != rRelcl && s.rel[k] != rAcl {
			continue
		}
		switch s.lemma[k] {
		case "seize", "take", "grab", "usurp", "assume":
			if o := s.child(k, rObj); o >= 0 && s.lemma[o] == "power" {
				return true
			}
		case "stage", "lead", "mount", "launch", "carry":
			if o := s.child(k, rObj); o >= 0 && (s.lemma[o] == "coup" || s.lemma[o] == "putsch") {
				return true
			}
		}
	}
	return false
}

// coupCountry returns the country of the story's coup up to sentence si:
// the one country (a state with a capital, not a region or a bloc) named
// in the first sentence that tells of a coup (coupWords) and names
// exactly one; "" when there is none.
func (st *state) coupCountry(si int) string {
	d := st.s.d
	for i := 0; i <= si && i < len(d.Sentences); i++ {
		sn := d.Sentences[i]
		txt := strings.ToLower(d.Text[sn.Start:sn.End])
		told := false
		for _, w := range coupWords {
			told = told || strings.Contains(txt, w)
		}
		if !told {
			continue
		}
		one := ""
		for j := range d.Entities {
			e := &d.Entities[j]
			if e.Start < sn.Start || e.End > sn.End {
				continue
			}
			c := ""
			if p := d.LocationPlace(e); p != nil {
				c = p.Country
			} else if e.Actor != nil && (e.Type == "GPE" || e.Type == "NORP") {
				c = e.Actor.Country
			}
			if len(c) != 3 || Capital == nil {
				continue
			}
			if _, ok := Capital(c); !ok {
				continue
			}
			if one != "" && one != c {
				one = "-"
				break
			}
			one = c
		}
		if one != "" && one != "-" {
			return one
		}
	}
	return ""
}

// militaryLeader reports whether noun h is "the military leader", "the
// junta leader", "the coup leader" (a leader, ruler or strongman with
// such a word before it).
func (s *sent) militaryLeader(h int) bool {
	switch s.lemma[h] {
	case "leader", "ruler", "strongman", "chief", "head":
	default:
		return false
	}
	for _, k := range s.kids[h] {
		if (s.rel[k] == rAmod || s.rel[k] == rCompound) && k < h {
			switch s.lemma[k] {
			case "military", "junta", "coup", "army":
				return true
			}
		}
	}
	return false
}

// coupActors returns the military of the story's coup country (coupCountry)
// for a noun headed by h that stands for those who took power: "the
// junta", bare or definite "soldiers"/"the troops" naming no actor, "the
// officers who seized power in the country", "the military leader in
// Bissau" (the entity stage gave "the junta" the government of the country
// named most, Nigeria in a story of a summit in Abuja, and the rest
// nothing). cur is returned otherwise.
func (st *state) coupActors(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noCoupActors || !isNounTag(s.upos[h]) {
		return cur
	}
	// bare: neither "who seized power" nor "the military leader" tells
	// the noun is the coup's, only the word itself
	bare := !s.militaryLeader(h) && !(coupNouns[s.lower[h]] && s.seizedPower(h))
	if bare {
		switch s.lower[h] {
		case "junta":
		case "soldiers", "troops", "mutineers", "putschists":
			if len(cur) > 0 {
				return cur // soldiers the entity stage placed
			}
		default:
			return cur
		}
	}
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rDet:
			if s.lower[k] != "the" {
				return cur // "some soldiers", "a junta"
			}
		case rPoss, rCompound, rNummod, rConj:
			return cur // "Mali's junta", "two soldiers", "the army and police"
		case rAmod:
			if bare {
				return cur // "Israeli troops", "French soldiers"
			}
		case rNmod:
			if c := s.caseOf(k); bare && (c == "of" || c == "from" || c == "in" || c == "at" || c == "") {
				return cur // "troops of the UN mission", "the junta in Niamey"
			}
		}
	}
	c := st.coupCountry(s.idx)
	if c == "" {
		return cur
	}
	if bare && s.otherSide(c, h) {
		return cur
	}
	return []doc.Actor{st.described(doc.Actor{Name: c + " military", Code: c + "MIL", Country: c, Sector: "MIL"}, h)}
}

// ultimatumWindow is how many sentences back ultimatumAuthor looks.
const ultimatumWindow = 3

// ultimatumAuthor returns the author of the story's latest ultimatum or
// demand (10x, 139) in the ultimatumWindow sentences before verb v, when v
// answers it (reactVerbs) with "the ultimatum" or "the deadline" as its
// object and anaphoricTarget, which looks one sentence back, found none:
// "the bloc's heads of state gave the junta until December 31 to name a
// civilian government. Tinubu said .... The military leader rejected the
// ultimatum": the bloc. A source that is the author, or two authors in the
// window, leave nil.
func (st *state) ultimatumAuthor(v int, sources []doc.Actor, out []doc.Event) []doc.Actor {
	s := &st.s
	if st.c.opt.noDeadline {
		return nil
	}
	o := s.child(v, rObj)
	if o < 0 || !reactVerbs[s.lemma[v]] || s.lemma[o] != "ultimatum" && s.lemma[o] != "deadline" {
		return nil
	}
	if d := s.child(o, rDet); d < 0 || s.lower[d] != "the" && s.lower[d] != "this" {
		return nil
	}
	vStart := s.d.Tokens[s.base+v].Start
	var found []doc.Actor
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.Sentence < s.idx-ultimatumWindow {
			break
		}
		if e.Sentence == s.idx && e.Action.Start >= vStart || e.Negated || e.Source.Code == "" ||
			!strings.HasPrefix(e.Cameo, "10") && e.Cameo != "139" {
			continue
		}
		for _, a := range sources {
			if sameActor(a.Code, e.Source.Code) {
				return nil
			}
		}
		if len(found) == 0 || found[0].Code != e.Source.Code {
			found = append(found, e.Source)
		}
	}
	if len(found) != 1 {
		return nil
	}
	return found
}

// DeadlineRange dates a demand or an ultimatum with a deadline ("gave the
// junta until December 31 to name a civilian government", 139) from publication to
// the deadline, as an intended act with one is dated (session 19): the
// deadline is when the demand ends, not when it was made. A switch for
// the tests.
var DeadlineRange = true

// deadlineDemand reports whether e is a demand (10x) or an ultimatum (139)
// that a deadline ("until", "by", "before") dates as a range
// (DeadlineRange).
func deadlineDemand(e *doc.Event) bool {
	return DeadlineRange && (strings.HasPrefix(e.Cameo, "10") || e.Cameo == "139")
}

// --- the coast guard story -------------------------------------------------

// ownForceNouns are a side's own men and posts: supplying them is no aid
// to anyone ("We will continue to supply our troops").
var ownForceNouns = map[string]bool{"troop": true, "troops": true, "force": true, "forces": true,
	"soldier": true, "soldiers": true, "personnel": true, "garrison": true, "outpost": true, "men": true,
	"unit": true, "units": true, "base": true, "bases": true, "marines": true, "sailors": true}

// supplyVerbs give aid or supplies.
var supplyVerbs = map[string]bool{"supply": true, "resupply": true, "provide": true, "send": true,
	"deliver": true, "reinforce": true, "equip": true, "arm": true}

// ownForces reports whether verb v supplies the speaker's own men: its
// object is one of ownForceNouns owned by "our", "its", "their", "his" or
// "her" (the CAMEO dictionary's SUPPLY codes it 033, aid to nobody).
func (s *sent) ownForces(v int) bool {
	if x := s.child(v, rXcomp); x >= 0 && !supplyVerbs[s.lemma[v]] {
		v = x // "will continue to supply our troops"
	}
	if !supplyVerbs[s.lemma[v]] {
		return false
	}
	o := s.child(v, rObj)
	if o < 0 || !ownForceNouns[s.lower[o]] {
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rObl && (s.caseOf(k) == "to" || s.caseOf(k) == "into") {
			return false // "will send its troops to Somalia": a deployment to another
		}
	}
	p := s.child(o, rPoss)
	if p < 0 {
		return false
	}
	switch s.lower[p] {
	case "our", "its", "their", "his", "her":
		return true
	}
	return false
}

// meetingPurposeHeads are the verbs of meeting or travel whose purpose
// clause ("to discuss") is the meeting itself.
var meetingPurposeHeads = map[string]bool{"meet": true, "visit": true, "travel": true, "host": true,
	"receive": true, "fly": true, "go": true, "head": true}

// meetingPurpose reports whether verb v is a meeting's purpose: "to
// discuss", "to negotiate", "to talk" within three steps under a verb of
// meeting or travel ("will meet Ishiba in Tokyo later this month to
// discuss a defence pact": one meeting, not a second consultation).
func (s *sent) meetingPurpose(v int) bool {
	switch s.lemma[v] {
	case "discuss", "negotiate", "talk", "review", "consult":
	default:
		return false
	}
	if m := s.child(v, rMark); m < 0 || s.lower[m] != "to" {
		return false
	}
	if g := s.head[v]; s.rel[v] == rXcomp && g >= 0 && s.upos[g] == "VERB" && !meetingPurposeHeads[s.lemma[g]] {
		// "met Museveni and agreed to negotiate a trade deal": the
		// complement of another verb, a plan of its own (session 19
		// review)
		return false
	}
	for x, steps := s.head[v], 0; x >= 0 && steps < 3; x, steps = s.head[x], steps+1 {
		if meetingPurposeHeads[s.lemma[x]] {
			return true
		}
		if s.upos[x] == "VERB" && x != s.head[v] {
			break // a second clause up: not this meeting's purpose
		}
	}
	return false
}

// everyday19Drop reports whether the match of verb i is no event by the
// rules of the coast guard story.
func (st *state) everyday19Drop(i int) bool {
	if !st.c.opt.News || st.c.opt.noOwnForces {
		return false
	}
	return st.s.ownForces(i) || st.s.meetingPurpose(i)
}

// casualtyNouns are the people a participle of violence hurts.
var casualtyNouns = map[string]bool{"sailor": true, "people": true, "person": true, "crew": true,
	"fisherman": true, "fishermen": true, "civilian": true, "soldier": true, "member": true, "passenger": true,
	"worker": true, "officer": true, "resident": true, "child": true, "woman": true, "man": true, "men": true}

// casualtyTarget returns the target of a participle of violence ("...,
// injuring three sailors", "killing two") whose victims name no actor: the
// actors of the object or prepositional phrase of the verb it hangs on
// ("fired a water cannon at a Philippine supply boat ..., injuring three
// sailors": the Philippines), not the sources; nil otherwise.
func (st *state) casualtyTarget(v int, sources []doc.Actor, code string) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noOwnForces || !strings.HasPrefix(code, "18") && !strings.HasPrefix(code, "19") &&
		!strings.HasPrefix(code, "20") {
		return nil
	}
	if !strings.HasSuffix(s.lower[v], "ing") || s.hasChild(v, rNsubj) {
		return nil
	}
	o := s.child(v, rObj)
	if o >= 0 && (!casualtyNouns[s.lemma[o]] || len(st.actorsOf(o)) > 0) {
		return nil
	}
	g := s.head[v]
	if g < 0 || s.upos[g] != "VERB" || s.rel[v] != rAdvcl && s.rel[v] != rConj && s.rel[v] != rXcomp {
		return nil
	}
	for _, k := range s.kids[g] {
		if k == v || s.rel[k] != rObj && s.rel[k] != rObl {
			continue
		}
		if s.rel[k] == rObl && s.caseOf(k) != "at" && s.caseOf(k) != "on" {
			continue
		}
		var out []doc.Actor
		for _, a := range st.actorsOf(k) {
			own := false
			for _, b := range sources {
				own = own || sameActor(a.Code, b.Code)
			}
			if !own && a.Code != "" {
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// conjObjectPronoun returns for "it" or "them", the object of a verb
// conjoined to one whose object names actors, those actors: "She warned
// Manila against provocations and urged it to withdraw the warship": it
// is Manila. cur is returned otherwise.
func (st *state) conjObjectPronoun(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if len(cur) > 0 || st.c.opt.noOwnForces || (s.lower[h] != "it" && s.lower[h] != "them") || s.rel[h] != rObj {
		return cur
	}
	v := s.head[h]
	if v < 0 || s.rel[v] != rConj || s.head[v] < 0 || s.head[v] > v {
		return cur
	}
	o := s.child(s.head[v], rObj)
	if o < 0 || o >= h {
		return cur
	}
	a := st.actorsOf(o)
	if len(a) != 1 {
		return cur
	}
	return []doc.Actor{st.described(a[0], h)}
}

// previousPair reports whether the pair cur the entity stage gave a pair
// description ("the two countries") is the pair of countries the sentence
// before names, and that sentence names no other: "Marcos will meet
// Japanese Prime Minister Shigeru Ishiba in Tokyo .... The two countries
// signed a reciprocal access agreement last year": the Philippines and
// Japan, not the pair of the story's latest reciprocal act (recentPair).
func (st *state) previousPair(cur []doc.Actor) bool {
	s := &st.s
	u := uniqueCodes(cur)
	if st.c.opt.noOwnForces || s.idx == 0 || len(u) != 2 || u[0].Country == u[1].Country ||
		len(u[0].Country) != 3 || len(u[1].Country) != 3 {
		return false
	}
	d := s.d
	sn := d.Sentences[s.idx-1]
	named := map[string]bool{}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start < sn.Start || e.End > sn.End {
			continue
		}
		c := ""
		if p := d.LocationPlace(e); p != nil {
			c = p.Country
		} else if e.Actor != nil && len(e.Actor.Country) == 3 && !pronouns[strings.ToLower(e.Text)] {
			c = e.Actor.Country
		}
		if c != "" {
			named[c] = true
		}
	}
	return len(named) == 2 && named[u[0].Country] && named[u[1].Country]
}

// otherSide reports whether sentence s tells of others than the coup
// country c's forces: it names peacekeepers ("UN peacekeepers came under
// fire, and the soldiers returned fire"), or a place "in X" of another
// country, set on the verb h depends on, and no place or actor of c ("In
// Ukraine, soldiers repelled ...", "Meanwhile in Niger, the junta said" in a
// story of Gabon's coup; not "Meeting in Accra, the leaders gave the junta";
// review2).
func (s *sent) otherSide(c string, h int) bool {
	d := s.d
	sn := d.Sentences[s.idx]
	other, own := false, false
	for j := range d.Entities {
		e := &d.Entities[j]
		if e.Start < sn.Start || e.End > sn.End {
			continue
		}
		if strings.Contains(strings.ToLower(e.Text), "peacekeep") {
			return true
		}
		ec := ""
		if p := d.LocationPlace(e); p != nil {
			ec = p.Country
		} else if e.Actor != nil {
			ec = e.Actor.Country
		}
		if ec == "" {
			continue
		}
		if ec == c {
			own = true
			continue
		}
		if e.Type != "GPE" && e.Type != "LOC" {
			continue
		}
		for i := 0; i < s.n; i++ {
			t := d.Tokens[s.base+i]
			if t.Start < e.Start || t.End > e.End || s.head[i] < 0 {
				continue
			}
			if g := s.head[i]; g != s.head[h] && (g > h || s.head[g] != s.head[h]) {
				continue // not set on h's verb, nor fronted on a word of it ("Meanwhile in X")
			}
			if s.rel[i] == rObl && s.caseOf(i) == "in" {
				other = true
			}
		}
	}
	return other && !own
}
