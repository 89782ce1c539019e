package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 16, chosen on the development records of the real-news
// gold (dev2-dev10 and realnews.tsv's development half) and checked on
// sentences written for the tests (event/round16_test.go). News mode only.

// nominalMeetingPreps mark a meeting noun whose "with" partner met the
// clause's subject: "told reporters after a meeting with X", "raised the
// issue during a meeting with X", "made the remarks in talks with X",
// "paid a visit to Y for talks with X".
var nominalMeetingPreps = map[string]bool{"after": true, "following": true, "during": true,
	"in": true, "at": true, "for": true}

// meetingGap are the words that may stand between a meeting noun and its
// "with" phrase when the parser hung the phrase elsewhere ("during a
// meeting here last week with X").
var meetingGap = map[string]bool{"here": true, "there": true, "earlier": true, "later": true,
	"last": true, "this": true, "next": true, "week": true, "month": true, "today": true,
	"yesterday": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "on": true, "late": true, "early": true}

// visitNouns are journeys a meeting "for" which was made ("paid a visit to
// Jordan for talks with King Abdullah").
var visitNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "journey": true,
	"mission": true, "stopover": true}

// meetingPartner returns the head of the partner phrase of meeting noun k:
// its own "with" phrase, or the "with" that follows it across words of
// meetingGap however the parser hung it; through "with visiting X"
// parsed as a participle, X. It returns -1 when there is none.
func (s *sent) meetingPartner(k int) int {
	for _, c := range s.kids[k] {
		if (s.rel[c] == rNmod || s.rel[c] == rObl) && s.caseOf(c) == "with" && c > k {
			return c
		}
	}
	for i := k + 1; i < s.n && i <= k+6; i++ {
		w := s.lower[i]
		if w == "with" {
			h := s.head[i]
			if h < 0 || h <= i {
				return -1
			}
			if s.gerund(h) && s.lower[h] == "visiting" {
				// "talks with visiting US President Bush" parsed with
				// "with" marking the participle
				if o := s.child(h, rObj); o >= 0 {
					return o
				}
				return -1
			}
			if s.rel[i] != rCase || !isNounTag(s.upos[h]) {
				// "after a meeting with X was called off": "with" marks
				// the verb; the meeting noun's preposition only
				return -1
			}
			return h
		}
		if !meetingGap[w] && s.upos[i] != "NUM" {
			return -1
		}
	}
	return -1
}

// attitudeNouns are stances towards talks, not occasions: "expressed no
// interest in talks with X", "saw no point in talks with X", "the chief
// obstacle in the talks with X". A meeting noun under one is no meeting.
var attitudeNouns = map[string]bool{"interest": true, "point": true, "hope": true, "confidence": true,
	"faith": true, "trust": true, "belief": true, "obstacle": true, "progress": true, "stake": true,
	"optimism": true, "doubt": true, "sense": true, "use": true, "value": true, "breakthrough": true,
	"role": true, "stumbling": true, "hurdle": true, "impasse": true}

// calledOff reports whether verb u calls an event off ("was called off",
// "were postponed", "collapsed").
func (s *sent) calledOff(u int) bool {
	if !isVerbal(s.upos[u]) {
		return false
	}
	l := s.lemma[u]
	if cancelVerbs[l] || l == "collapse" || l == "fail" {
		return true
	}
	if l == "call" || l == "break" {
		for _, c := range s.kids[u] {
			if s.rel[c] == rPrt && (s.lower[c] == "off" || s.lower[c] == "down") {
				return true
			}
		}
	}
	return false
}

// meetingCalledOff reports whether the meeting noun k with partner w is
// the subject of a verb that calls it off, however the parser hung the
// subject ("after a meeting with X was called off": the subject may be X).
func (s *sent) meetingCalledOff(k, w int) bool {
	e := w
	for i := w + 1; i < s.n && s.inSubtree(i, w); i++ {
		e = i
	}
	if a := e + 1; a < s.n {
		// the verb goes on right after the partner's phrase ("after talks
		// with Ethiopia were postponed", parsed without a subject)
		u := a
		if s.rel[a] == rAux || s.rel[a] == rAuxPass {
			u = s.head[a]
		}
		if u >= 0 && s.calledOff(u) {
			return true
		}
	}
	for u := 0; u < s.n; u++ {
		if !s.calledOff(u) {
			continue
		}
		for _, c := range s.kids[u] {
			if (s.rel[c] == rNsubj || s.rel[c] == rNsubjPass) && c >= k && c <= w {
				return true
			}
		}
	}
	return false
}

// wherePronouns open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true,
	"that": true, "where": true, "when": true}

// nominalMeetings adds, for a meeting noun in a phrase of time or occasion
// on a clause ("told a press conference after a meeting with German
// Chancellor Angela Merkel", "raised the option during a meeting here last
// week with US President George W. Bush", "told the press after his talks
// with visiting US President George W. Bush") or the talks a visit was
// for ("paid a surprise visit to Jordan for talks with King Abdullah II"),
// the meeting of the clause's subject with the partner of its "with"
// phrase: 040, or 036 when the clause is a plan ("will visit Japan for
// talks with Japanese leaders"). The gold codes these as it codes the
// session-14 gerunds ("after meeting X"); the parser often hangs the
// "with" phrase away from the noun, which then coded nothing. out[first:]
// are the sentence's events; a meeting already coded between the two is
// not added again.
func (st *state) nominalMeetings(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noNominalMeeting {
		return out
	}
	s := &st.s
	for k := 0; k < s.n; k++ {
		if s.upos[k] != "NOUN" || !meetingNouns[s.lemma[k]] && !meetingNouns[s.lower[k]] {
			continue
		}
		prep := s.caseOf(k)
		if !nominalMeetingPreps[prep] {
			continue
		}
		if p := s.child(k, rPoss); p >= 0 && s.upos[p] != "PRON" {
			continue // "after Bush's talks with X": another's meeting
		}
		w := s.meetingPartner(k)
		if w < 0 || receptionNouns[s.lemma[w]] {
			continue
		}
		partners := st.actorsOf(w)
		if len(partners) == 0 {
			continue
		}
		if s.meetingCalledOff(k, w) {
			continue // "after a meeting with X was called off"
		}
		// the clause: the first verb above the noun, through at most one
		// noun ("told the press after ...", "paid a visit ... for talks")
		g, viaVisit, attitude := s.head[k], false, false
		for steps := 0; g >= 0 && !isVerbal(s.upos[g]) && steps < 2; steps++ {
			if visitNouns[s.lemma[g]] {
				viaVisit = true
			}
			if attitudeNouns[s.lemma[g]] {
				attitude = true
			}
			g = s.head[g]
		}
		if g < 0 || !isVerbal(s.upos[g]) {
			continue
		}
		if attitude || s.calledOff(g) {
			continue // "no interest in talks with X", "cancelled his trip ... for talks with X"
		}
		if o := s.child(g, rObj); o >= 0 && visitNouns[s.lemma[o]] {
			viaVisit = true // "paid a visit to Y ... for talks with X"
		}
		if prep == "for" && !viaVisit && !s.journey(g) {
			continue // "for talks with" only on a journey
		}
		if (prep == "in" || prep == "at") && viaVisit {
			continue
		}
		if s.rel[g] == rRelcl || s.rel[g] == rAcl || s.underRelcl(g) {
			rel := false
			for _, c := range s.kids[g] {
				if c < g && relativeWords[s.lower[c]] {
					rel = true
				}
			}
			if rel || s.rel[g] == rAcl {
				continue // background
			}
		}
		negated, mod := st.modality(g)
		if negated || mod == "hypothetical" {
			continue
		}
		code := "040"
		if mod == "intended" {
			code = "036"
		}
		subj, passive, _ := st.subject(g)
		if subj < 0 || passive || subj == k || s.inSubtree(subj, k) {
			continue // "Following his talks with X, Y met ..." parsed with the talks as subject
		}
		if s.hasWord(g, "before") {
			continue // "before leaving for Washington for talks with X": not yet held
		}
		if sayVerbs[s.lemma[g]] && subj > k && mediaSource(st.actorsOf(subj)) {
			continue // "..., after talks with X, Libyan television said"
		}
		out = st.meetingEvents(code, k, st.actorsOf(subj), partners, out, first)
	}
	return out
}

// meetingEvents adds a meeting or its plan, code c on token x, from each
// coded actor of srcs to each coded actor of tgts that is another one and
// that out[first:] (the sentence's events, those added here included) does
// not yet show it meeting: as an intended event (intendedEvent) for 036,
// else as extraEvent adds it.
func (st *state) meetingEvents(c string, x int, srcs, tgts []doc.Actor, out []doc.Event, first int) []doc.Event {
	for _, src := range uniqueCodes(srcs) {
		if src.Code == "" {
			continue
		}
		for _, t := range uniqueCodes(tgts) {
			if t.Code == "" || sameActor(src.Code, t.Code) || metAlready(out[first:], src.Code, t.Code) {
				continue
			}
			tt := t
			if c == "036" {
				out = st.intendedEvent(c, x, src, &tt, out)
			} else {
				out = st.extraEvent(c, x, src, &tt, out)
			}
		}
	}
	return out
}

// mediaSource reports whether every actor of a is a medium (a sector of
// MED): a report's teller, not a party.
func mediaSource(a []doc.Actor) bool {
	if len(a) == 0 {
		return true
	}
	for _, x := range a {
		if !strings.HasSuffix(x.Code, "MED") {
			return false
		}
	}
	return true
}

// metAlready reports whether evs hold a meeting or its plan (04x, 036)
// from source src to target tgt.
func metAlready(evs []doc.Event, src, tgt string) bool {
	for i := range evs {
		e := &evs[i]
		if e.Target == nil || e.Negated || !(strings.HasPrefix(e.Cameo, "04") || e.Cameo == "036") {
			continue
		}
		if e.Source.Code == src && e.Target.Code == tgt {
			return true
		}
	}
	return false
}

// intendedEvent adds an intended event with code c on token x from src to
// tgt, once per code, source and target in the sentence.
func (st *state) intendedEvent(c string, x int, src doc.Actor, tgt *doc.Actor, out []doc.Event) []doc.Event {
	n := len(out)
	out = st.extraEvent(c, x, src, tgt, out)
	if len(out) > n {
		out[n].Modality = "intended"
	}
	return out
}

// opinionSayVerbs report an opinion as sayVerbs report speech: what they
// govern is the speaker's view ("agreed that X should ...", "stressed").
var opinionSayVerbs = map[string]bool{"agree": true, "stress": true, "emphasize": true,
	"emphasise": true, "reiterate": true, "underline": true, "argue": true, "maintain": true,
	"believe": true, "think": true, "suggest": true}

// shouldSpeaker returns the verb of saying whose content clause v is, and
// whether v is such a clause: v the reported clause ("said Somalia should
// withdraw") or v the main clause with a trailing attribution ("The US
// should deal only with Khartoum, he stressed").
func (s *sent) shouldSpeaker(v int) int {
	speech := func(g int) bool { return sayVerbs[s.lemma[g]] || opinionSayVerbs[s.lemma[g]] }
	if g := s.head[v]; g >= 0 && (s.rel[v] == rCcomp || s.rel[v] == rParataxis) && speech(g) {
		return g
	}
	for _, k := range s.kids[v] {
		if k > v && (s.rel[k] == rParataxis || s.rel[k] == rCcomp) && speech(k) && s.child(k, rNsubj) >= 0 {
			return k
		}
	}
	return -1
}

// shouldAppeals recodes what one actor says another "should" do ("Kibaki
// said Somalia should withdraw its troops", "Japan and the United States
// agreed that North Korea should abandon all nuclear programs", "The US
// should deal only with the national government, he stressed"): the
// speaker's appeal to the one named (020; 025 when what is asked is a
// yielding, root 08), as the gold codes it, where the coder gave the
// asked act as the other's hypothetical one and the verb of agreeing an
// act towards it. out[first:] are the sentence's events.
func (st *state) shouldAppeals(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noShouldAppeal {
		return out
	}
	s := &st.s
	for v := 0; v < s.n; v++ {
		if !isVerbal(s.upos[v]) || s.hasChild(v, rNeg) {
			continue
		}
		should, must := false, false
		for _, k := range s.kids[v] {
			if s.rel[k] == rAux && (s.lower[k] == "should" || s.lower[k] == "ought" || st.mustDemand(k)) {
				should, must = true, st.mustDemand(k)
			}
			if s.rel[k] == rMark && (s.lower[k] == "if" || s.lower[k] == "whether" || s.lower[k] == "unless") {
				should = false
				break
			}
		}
		if !should || s.hasChild(v, rAuxPass) || s.hasChild(v, rNsubjPass) || s.lemma[v] == "be" || s.hasChild(v, rCop) {
			continue // "there should be a review": no act asked
		}
		g := s.shouldSpeaker(v)
		if g < 0 || s.child(g, rNsubj) < 0 || s.lemma[g] == "warn" {
			continue // a warning is its own act ("warned Israel of consequences")
		}
		if st.deniedSaying(g) {
			continue // "denied that he had said X must ..." (event/review21.go)
		}
		if neg, mod := st.modality(g); neg || mod != "asserted" {
			continue
		}
		if changeVerbs[s.lemma[v]] && !s.hasChild(v, rObj) {
			// a forecast ("the French economy should expand by 2 percent"):
			// no appeal, and no act of the economy's country either
			kept := out[:first]
			for i := first; i < len(out); i++ {
				if s.tokenStarting(out[i].Action.Start) != v {
					kept = append(kept, out[i])
				}
			}
			out = kept
			continue
		}
		if stativeVerbs[s.lemma[v]] || s.hasWordRel(v, rAux, "have") {
			continue // "should grow by 7 percent", "should know that", "should have acted"
		}
		ts := s.child(v, rNsubj)
		if ts < 0 || s.upos[ts] == "PRON" || !st.actorItself(ts) {
			continue // "Kenya's economy should recover"
		}
		targets := uniqueCodes(st.actorsOf(ts))
		gs, passive, _ := st.subject(g)
		if gs < 0 || passive || len(targets) == 0 {
			continue
		}
		speakers := uniqueCodes(st.actorsOf(gs))
		if len(speakers) == 0 || mediaSource(speakers) {
			continue
		}
		own := func(code string) bool {
			for _, t := range targets {
				if sameActor(code, t.Code) {
					return true
				}
			}
			return false
		}
		self := false
		for _, sp := range speakers {
			if own(sp.Code) {
				self = true
			}
		}
		if self {
			continue // "Kenya should do more, Kibaki said": one's own intention
		}
		code := "020"
		if must {
			code = "100" // event/round21.go
		}
		asked := s.askedActs(v)
		kept := out[:first]
		for i := first; i < len(out); i++ {
			e := out[i]
			at := s.tokenStarting(e.Action.Start)
			if at >= 0 && asked[at] {
				// the act asked of the other
				if strings.HasPrefix(e.Cameo, "08") && code == "020" {
					code = yieldAppeal(e.Cameo)
				}
				continue
			}
			if at == g && s.lemma[g] == "agree" && e.Target != nil && own(e.Target.Code) &&
				!strings.HasPrefix(e.Cameo, "02") && !strings.HasPrefix(e.Cameo, "10") {
				// "agreed that North Korea should ...": no agreement with it
				continue
			}
			kept = append(kept, e)
		}
		out = kept
		for _, sp := range speakers {
			if sp.Code == "" {
				continue
			}
			for _, t := range targets {
				if t.Code == "" {
					continue
				}
				tt := t
				out = st.extraEvent(code, g, sp, &tt, out)
			}
		}
	}
	return out
}

// changeVerbs, with no object, make a "should" a forecast of change or
// continuation, not an appeal ("the World Bank said Ethiopia should grow
// by 7 percent", "the recovery should continue"; "should expand the
// operation" is asked).
var changeVerbs = map[string]bool{"grow": true, "expand": true, "recover": true, "continue": true,
	"rise": true, "fall": true, "ease": true, "improve": true, "remain": true, "decline": true,
	"increase": true, "slow": true, "shrink": true, "contract": true, "rebound": true, "stabilise": true,
	"stabilize": true, "drop": true, "climb": true, "accelerate": true, "pick": true, "stay": true,
	"last": true, "persist": true, "surge": true, "slip": true, "dip": true, "decrease": true,
	"reach": true, "hit": true, "exceed": true, "average": true, "benefit": true}

// stativeVerbs are states of mind ("said Britain should know that ..."):
// a warning or a reminder, not an act asked.
var stativeVerbs = map[string]bool{"know": true, "remember": true, "understand": true, "realise": true,
	"realize": true, "recall": true, "expect": true, "feel": true, "see": true}

// actorBodyNouns are common nouns that name an actor by themselves ("the
// Israeli army should expand the operation"), beside guestNouns.
var actorBodyNouns = map[string]bool{"government": true, "army": true, "military": true, "authority": true,
	"police": true, "force": true, "rebel": true, "opposition": true, "council": true, "parliament": true,
	"administration": true, "regime": true, "leadership": true, "ministry": true, "party": true,
	"country": true, "state": true, "nation": true, "side": true, "community": true, "junta": true,
	"cabinet": true, "court": true, "navy": true, "bank": true, "union": true, "group": true,
	"militia": true, "movement": true, "organisation": true, "organization": true, "agency": true,
	"commission": true, "congress": true, "senate": true, "legislature": true, "coalition": true,
	"alliance": true, "bloc": true, "troops": true, "soldier": true, "people": true, "ally": true,
	"partner": true, "neighbour": true, "neighbor": true, "power": true, "member": true}

// actorItself reports whether the phrase headed by h names an actor by its
// own head: a name, or a noun of a person or body ("the Ugandan
// president", "the Israeli army"), not a thing an actor has ("Kenya's
// economy", "Japan's economic recovery", "the growth of Ethiopia").
func (st *state) actorItself(h int) bool {
	s := &st.s
	if s.upos[h] != "NOUN" || s.namedEntity(h, "PER", "ORG", "GPE", "NORP", "LOC", "FAC") {
		return true
	}
	return guestNouns[s.lemma[h]] || actorBodyNouns[s.lemma[h]] || actorBodyNouns[s.lower[h]]
}

// hasWordRel reports whether v has a child of relation r spelt w.
func (s *sent) hasWordRel(v int, r rel, w string) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] == r && (s.lower[k] == w || s.lemma[k] == w) {
			return true
		}
	}
	return false
}

// askedActs returns the tokens of the act asked by a "should" clause v:
// v, the verbs conjoined with it that have no subject of their own
// ("should withdraw its troops and release all prisoners"), and the
// infinitives and gerunds they govern ("should stop blaming it").
func (s *sent) askedActs(v int) map[int]bool {
	asked := map[int]bool{v: true}
	verbs := []int{v}
	for _, c := range s.kids[v] {
		if s.rel[c] == rConj && isVerbal(s.upos[c]) && !s.hasChild(c, rNsubj) && !s.hasChild(c, rNsubjPass) {
			asked[c] = true
			verbs = append(verbs, c)
		}
	}
	for _, x := range verbs {
		for _, c := range s.kids[x] {
			if s.rel[c] == rXcomp && isVerbal(s.upos[c]) {
				asked[c] = true
			}
		}
	}
	return asked
}

// yieldAppeal is the appeal for a yielding of code c (08x): to accede to
// political change 024x (083x), to ease
// administrative sanctions 0251, dissent 0252, release persons 0253, ease
// economic sanctions 0254, allow international involvement 0255,
// de-escalate 0256; 025 otherwise.
func yieldAppeal(c string) string {
	if len(c) >= 3 {
		switch c[:3] {
		case "083":
			return "024" + c[3:] // 0831 leadership change: 0241, ...
		case "081":
			return "0251"
		case "082":
			return "0252"
		case "084":
			return "0253"
		case "085":
			return "0254"
		case "086":
			return "0255"
		case "087":
			return "0256"
		}
	}
	return "025"
}

// reactionCode reports whether code c is a verbal reaction to what others
// did: a comment, appeal, praise or endorsement, demand, disapproval or
// rejection (roots 01, 02, 05, 10, 11, 12).
func reactionCode(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "01", "02", "05", "10", "11", "12":
		return true
	}
	return false
}

// betweenSidesOf returns, for noun n, the sides of its "between" phrase:
// the actors of the phrase's head and of each noun conjoined to it
// ("peace efforts between the Ugandan government and the Lord's
// Resistance Army", "talks between Armenia and Azerbaijan"), coded ones
// only. It returns nil when fewer than two sides name a coded actor
// ("an alliance between moderate Shiites and Sunnis").
func (st *state) betweenSidesOf(n int) []doc.Actor {
	s := &st.s
	for _, k := range s.kids[n] {
		if s.rel[k] != rNmod || s.caseOf(k) != "between" {
			continue
		}
		var out []doc.Actor
		sides := 0
		for _, y := range s.conjuncts(k, nil) {
			coded := false
			for _, a := range st.actorsOf(y) {
				if a.Code != "" {
					out = append(out, a)
					coded = true
				}
			}
			if coded {
				sides++
			}
		}
		if sides < 2 {
			return nil
		}
		return uniqueCodes(out)
	}
	return nil
}

// betweenObject returns, for a verbal reaction of code c to object o, the
// sides of o's "between" phrase ("welcomed peace efforts between the
// Ugandan government and the LRA", "condemned the fighting between Sudan
// and Chad"): the reaction is to what both do. nil when o has no such
// phrase naming two sides.
func (st *state) betweenObject(o int, c string) []doc.Actor {
	if !st.c.opt.News || st.c.opt.noBetweenSides || !reactionCode(c) {
		return nil
	}
	return st.betweenSidesOf(o)
}
