package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 20's left-alone misfires, the rules on single sentences (see
// left20.go for the pair rules).

// left20Events runs the rules below on the sentence's events (out[first:]).
func (st *state) left20Events(out []doc.Event, first int) []doc.Event {
	out = st.seatVisits(out, first)
	out = st.left21Events(out, first) // event/left21.go
	out = st.brokeUpFights(out, first)
	return st.withoutTwinTargetless(out, first)
}

// withoutTwinTargetless drops a denial (016) without a target when an event of
// the sentence on the same words (its action starts at the same token)
// has its code, source, polarity and modality and a target: "denied
// accusations that its sailors fired ..." is the pattern's 016 towards the
// accusers, and the denial of the act told adds none towards no one.
func (st *state) withoutTwinTargetless(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noDeniedClaim {
		return out
	}
	n := first
	for i := first; i < len(out); i++ {
		e := &out[i]
		twin := false
		for j := first; j < len(out) && e.Target == nil && e.Cameo == "016" && e.Source.Code != ""; j++ {
			f := &out[j]
			if f.Target != nil && f.Cameo == e.Cameo && f.Source.Code == e.Source.Code && f.Negated == e.Negated &&
				f.Modality == e.Modality && f.Action.Start == e.Action.Start {
				twin = true
				break
			}
		}
		if !twin {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

// --- a loan's term is no ultimatum -------------------------------------------

// repayVerbs pay a debt back.
var repayVerbs = map[string]bool{"repay": true, "settle": true, "service": true, "refinance": true,
	"reimburse": true, "clear": true, "pay": true}

// debtNouns name what a borrower owes.
var debtNouns = map[string]bool{"loan": true, "loans": true, "debt": true, "debts": true, "arrears": true,
	"credit": true, "credits": true, "bond": true, "bonds": true, "borrowing": true, "bill": true, "bills": true}

// loanTerm reports whether "give" v gives time to pay a debt back ("gave
// Zambia two years to repay the loan", "gave Ghana until 2027 to settle
// its arrears"): a loan's term or a grace period, no ultimatum (139),
// whose demand must be backed by a threat. The infinitive after v (a verb
// under v after it) pays (repayVerbs) or has a debt (debtNouns) as its
// object.
func (s *sent) loanTerm(v int) bool {
	for k := v + 1; k < s.n; k++ {
		if s.upos[k] != "VERB" || !s.inSubtree(k, v) || !s.hasMarkTo(k) {
			continue
		}
		if s.orElse(k) {
			return false
		}
		if repayVerbs[s.lemma[k]] && s.lemma[k] != "pay" && s.lemma[k] != "clear" && s.lemma[k] != "service" {
			return true
		}
		if o := s.child(k, rObj); o >= 0 && (debtNouns[s.lower[o]] || debtNouns[s.lemma[o]]) {
			return true
		}
		if s.lemma[k] == "pay" {
			for _, c := range s.kids[k] {
				if s.rel[c] == rPrt && (s.lower[c] == "back" || s.lower[c] == "off") {
					return true
				}
			}
		}
		return false
	}
	return false
}

// orElse reports whether the infinitive k has an alternative joined by "or"
// ("to repay the funds or face military action", "or risk sanctions"): a
// threat backs the demand, so the time given is an ultimatum, whatever is
// to be paid.
func (s *sent) orElse(k int) bool {
	for _, c := range s.kids[k] {
		if s.rel[c] != rConj || s.upos[c] != "VERB" {
			continue
		}
		for _, d := range s.kids[c] {
			if s.rel[d] == rCC && s.lower[d] == "or" {
				return true
			}
		}
	}
	return false
}

// --- a visit to an organisation's seat -----------------------------------

// igoSeats are cities that host international organisations.
var igoSeats = map[string]bool{"vienna": true, "geneva": true, "brussels": true, "new york": true,
	"nairobi": true, "the hague": true, "strasbourg": true, "luxembourg": true, "rome": true, "paris": true,
	"washington": true, "addis ababa": true, "abuja": true, "jakarta": true, "cairo": true, "riyadh": true,
	"montreal": true, "lyon": true, "gaborone": true, "arusha": true, "djibouti": true, "bern": true,
	"madrid": true, "london": true, "manila": true, "bangkok": true, "basel": true, "frankfurt": true,
	"lusaka": true, "libreville": true, "kathmandu": true, "copenhagen": true}

// seatVisits retargets the visits of the sentence's events (out[first:])
// to a city that hosts international organisations, made "for talks with"
// one ("is due in Vienna for talks with the IAEA", "arrived in Brussels for
// talks with NATO"): the visit is to the organisation (036 or 042 with the
// IGO), not to the host country. A visit that is then the same as another
// event of the sentence goes.
func (st *state) seatVisits(out []doc.Event, first int) []doc.Event {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noIGOVenue {
		return out
	}
	retargeted := map[int]bool{}
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo != "042" && e.Cameo != "036" && e.Cameo != "043" || e.Target == nil || e.Target.Mention == nil ||
			e.Target.Code != e.Target.Country {
			continue
		}
		if !seatCity(s.d, e.Target.Mention.Start, e.Target.Mention.End) {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 {
			continue
		}
		if igo := st.talksWithIGO(v); igo != nil {
			t := *igo
			e.Target = &t
			retargeted[i] = true
		}
	}
	// a retargeted visit the same (code, source, target) as another
	// event of the sentence: keep the first
	if len(retargeted) == 0 {
		return out
	}
	var kept []int // original indices of the events kept
	for i := first; i < len(out); i++ {
		dup := false
		for _, j := range kept {
			if (retargeted[i] || retargeted[j]) && sameEvent(&out[j], &out[i]) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, i)
		}
	}
	n := first
	for _, i := range kept {
		out[n] = out[i]
		n++
	}
	return out[:n]
}

func sameEvent(a, b *doc.Event) bool {
	if a.Cameo != b.Cameo || a.Source.Code != b.Source.Code || a.Negated != b.Negated || (a.Target == nil) != (b.Target == nil) {
		return false
	}
	return a.Target == nil || a.Target.Code == b.Target.Code
}

// seatCity reports whether the span start:end is a city the geo stage
// placed that hosts international organisations (igoSeats).
func seatCity(d *doc.Document, start, end int) bool {
	for i := range d.Places {
		p := &d.Places[i]
		if p.Start >= start && p.End <= end && (p.Feature == "city" || p.Feature == "admin1") &&
			(igoSeats[strings.ToLower(p.Name)] || igoSeats[strings.ToLower(p.Text)]) {
			return true
		}
	}
	return false
}

// talksWithIGO returns the international organisation that verb v's "for
// talks (a meeting, consultations) with" phrase names, when it names
// organisations only; nil otherwise.
func (st *state) talksWithIGO(v int) *doc.Actor {
	w := st.s.talksWith(v)
	if w < 0 {
		return nil
	}
	a := st.actorsOf(w)
	if len(a) == 0 {
		return nil
	}
	for _, x := range a {
		if !strings.HasPrefix(x.Code, "IGO") {
			return nil
		}
	}
	return &a[0]
}

// talksWith returns the head of the first "with" phrase of verb v's "for
// talks (a meeting, consultations) with" phrase, or -1.
func (s *sent) talksWith(v int) int {
	// "for talks" on the verb, or on its place or object ("visit Geneva
	// for talks", parsed on "Geneva")
	var cands []int
	for _, k := range s.kids[v] {
		cands = append(cands, k)
		if s.rel[k] == rObl || s.rel[k] == rObj {
			cands = append(cands, s.kids[k]...)
		}
	}
	for _, k := range cands {
		if (s.rel[k] != rObl && s.rel[k] != rNmod) || s.caseOf(k) != "for" || !seatTalkNouns[s.lemma[k]] && !seatTalkNouns[s.lower[k]] {
			continue
		}
		for _, w := range s.kids[k] {
			if s.rel[w] == rNmod && s.caseOf(w) == "with" {
				return w
			}
		}
	}
	return -1
}

// seatTalkNouns name talks one travels for.
var seatTalkNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "meetings": true,
	"consultation": true, "consultations": true, "discussion": true, "discussions": true, "negotiation": true,
	"negotiations": true}

// --- breaking up others' clashes -------------------------------------------

// fightNouns name fighting between others.
var fightNouns = map[string]bool{"clash": true, "clashes": true, "fighting": true, "fight": true,
	"violence": true, "skirmish": true, "skirmishes": true, "brawl": true, "brawls": true, "battle": true,
	"battles": true, "hostilities": true, "feud": true, "confrontation": true, "confrontations": true}

// fightJoinVerbs make their subject one of the fighters ("joined the
// fighting between", "launched clashes").
var fightJoinVerbs = map[string]bool{"join": true, "wage": true, "launch": true, "start": true, "spark": true,
	"provoke": true, "ignite": true, "resume": true, "intensify": true, "escalate": true, "fuel": true,
	"stoke": true, "instigate": true, "incite": true, "lead": true, "win": true, "lose": true}

// brokeUpFights drops from the sentence's events (out[first:]) a use of
// force (18x-20x) whose verb's object is fighting of others ("intervened
// to break up clashes between rival militias", "moved in to stop fighting
// between herders and farmers"): the one who ends it is none of the
// fighters, and the dictionary's "break" (190) or another verb's code
// aimed at them is no attack. The fight's own nouns still code the
// clashes; a verb that joins or starts the fight (fightJoinVerbs) stays.
func (st *state) brokeUpFights(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noBreakUp {
		return out
	}
	n := first
	for i := first; i < len(out); i++ {
		if !st.breaksUpFight(&out[i]) {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

func (st *state) breaksUpFight(e *doc.Event) bool {
	s := &st.s
	if !forceCode(e.Cameo) {
		return false
	}
	v := s.tokenStarting(e.Action.Start)
	if v >= 0 && s.brokenUp(v) {
		return true
	}
	if v < 0 || s.upos[v] != "VERB" || fightJoinVerbs[s.lemma[v]] {
		return false
	}
	o := s.child(v, rObj)
	if o < 0 {
		o = s.child(v, rXcomp) // "break up fighting between", "fighting" parsed a verb
	}
	if o < 0 || !fightNouns[s.lower[o]] && !fightNouns[s.lemma[o]] {
		return false
	}
	others := false
	for _, k := range s.kids[o] {
		if s.rel[k] == rNmod || s.rel[k] == rObl && s.rel[o] == rXcomp {
			switch s.caseOf(k) {
			case "between", "among", "amongst", "involving", "of":
				others = true
			}
		}
		if s.rel[k] == rAcl || s.rel[k] == rAmod && s.lower[k] == "rival" {
			others = true
		}
	}
	if !others && e.Target != nil && e.Target.Mention != nil {
		if t := s.tokenStarting(e.Target.Mention.Start); t >= 0 && s.inSubtree(t, o) {
			others = true
		}
	}
	return others
}

// brokenUp reports whether token v is fighting that "break up" takes as
// its object ("intervened to break up fighting between two clans", where
// the parser makes "fighting" a verb under "break"): the act is of the
// fighters, and the one who breaks it up is not its source.
func (s *sent) brokenUp(v int) bool {
	h := s.head[v]
	if h < 0 || s.lemma[h] != "break" || s.rel[v] != rObj && s.rel[v] != rXcomp {
		return false
	}
	if !fightNouns[s.lower[v]] && !fightNouns[s.lemma[v]] {
		return false
	}
	for _, c := range s.kids[h] {
		if s.rel[c] == rPrt && s.lower[c] == "up" {
			return true
		}
	}
	return false
}

// --- hyphenated verbs ------------------------------------------------------

// hyphenLemmas mends the lemma of a hyphenated verb that the lemmatizer
// cut wrong ("co-chaired" → "co-chaire", "co-sponsored" →
// "co-sponsore"): when no pattern knows the lemma but one knows the
// form less its ending ("-ed", "-d", "-ing", "-s", "-es"), that is the
// lemma.
func (st *state) hyphenLemmas() {
	s := &st.s
	if st.c.opt.noHyphenLemma {
		return
	}
	p := st.c.pats
	for i := 0; i < s.n; i++ {
		if s.upos[i] != "VERB" || !strings.Contains(s.lower[i], "-") || len(p.byWord[s.lemma[i]]) > 0 {
			continue
		}
		for _, end := range []string{"ing", "ed", "es", "d", "s"} {
			if stem, ok := strings.CutSuffix(s.lower[i], end); ok && len(p.byWord[stem]) > 0 {
				s.lemma[i] = stem
				break
			}
		}
	}
}

// --- denied claims -------------------------------------------------------

// claimNouns name what one denies ("denied reports that ...").
var claimNouns = map[string]bool{"report": true, "claim": true, "accusation": true, "allegation": true,
	"charge": true, "suggestion": true, "assertion": true, "rumour": true, "rumor": true}

// denyClaimVerbs deny a claim named as their object ("rejected reports
// that", "dismissed claims that").
var denyClaimVerbs = map[string]bool{"deny": true, "reject": true, "dismiss": true, "refute": true}

// deniedClaim returns the verb of denial above verb v, or -1, where
// deniedBy finds none: a perfect gerund ("denied having fired warning
// shots") or a claim noun's content clause ("denied accusations that its
// sailors fired", "rejected reports that its coast guard fired"). What is
// denied is not asserted: the act is negated.
func (st *state) deniedClaim(v int) int {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noDeniedClaim {
		return -1
	}
	x := v
	for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 3 && !s.mainClauseConjunct(x) && !st.gerundNextAct(x); steps++ {
		x = s.head[x]
	}
	through := false
	for steps := 0; steps < 5; steps++ {
		g := s.head[x]
		if g < 0 {
			return -1
		}
		switch s.rel[x] {
		case rCcomp, rXcomp, rAdvcl, rAcl, rRelcl, rNmod, rObj:
		default:
			return -1
		}
		switch {
		case s.upos[g] == "VERB" && (s.lemma[g] == "deny" || through && denyClaimVerbs[s.lemma[g]]):
			if !through || s.hasChild(g, rNeg) || s.hasChild(g, rNsubjPass) {
				return -1
			}
			return g
		case s.upos[g] == "AUX" && s.lower[g] == "having":
			through = true
		case s.upos[g] == "NOUN" && claimNouns[s.lemma[g]]:
			through = true
		case s.upos[g] == "PRON" && s.lower[g] == "that":
		default:
			return -1
		}
		x = g
	}
	return -1
}
