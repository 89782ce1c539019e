package event

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 29's codes round, chosen on the real-news development
// misses whose records code the right actors with another CAMEO code, code
// a part of the gold's events, or code events where the gold has none
// (realnews-dev2 to dev22), and checked on sentences written for the tests
// (event/codes29_test.go). News mode only. docs/EVENTS.md "Session 29
// (codes round)".

// codes29Off switches off the rules of this file (tests only).
type codes29Off struct {
	// noLeaderGoing switches off leaderGoing29 and quitPhrase29 (the
	// demanded departure told as a passive subject or by "make way",
	// "step aside", "stand down").
	noLeaderGoing bool
	// noConjPlan switches off conjPlan29.
	noConjPlan bool
	// noArrivedHere switches off arrivalsHere.
	noArrivedHere bool
	// noSharedNation switches off sharedNationality.
	noSharedNation bool
	// noWishedTalks switches off wishedTalks.
	noWishedTalks bool
	// noVisitAhead switches off visitsAhead.
	noVisitAhead bool
	// noListedHeadline switches off listedHeadline.
	noListedHeadline bool
}

// listedHeadline reports whether trigger v is the infinitive of a headline
// further down a story: a digest's list of headlines ("China, US to hold
// second strategic dialogue", "UN chief to visit China in December"), each
// a sentence of its own paragraph with no final punctuation and no finite
// verb. when_small23.go reads the story's first line so; the later lines
// were coded as acts done (040, 042) where the gold has the plan (036).
func (st *state) listedHeadline(v int) bool {
	s := &st.s
	if st.c.opt.noListedHeadline || s.d == nil || s.idx == 0 || s.n == 0 || v < 0 || v >= s.n || s.idx >= len(s.d.Sentences) {
		return false
	}
	p := s.d.Sentences[s.idx].Paragraph
	if s.d.Sentences[s.idx-1].Paragraph == p || s.idx+1 < len(s.d.Sentences) && s.d.Sentences[s.idx+1].Paragraph == p {
		return false
	}
	return s.infinitiveLine(v)
}

// codes29Events runs the event rules of this file on the sentence's
// events out[first:].
func (st *state) codes29Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	out = st.arrivalsHere(out, first)
	st.visitsAhead(out, first)
	return st.wishedTalks(out, first)
}

// visitsAhead recodes a visit (042) told by a visit noun in a "before"
// phrase ("said in the weekend before his visit to China", "before a trip
// to Kenya") as the plan it is (036): the visit has not yet taken place, as
// dev21 codes it. The parser hangs the noun on "before" (an adverb) or
// marks it with "before" as its case.
func (st *state) visitsAhead(out []doc.Event, first int) {
	if st.c.opt.noVisitAhead {
		return
	}
	s := &st.s
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo != "042" || e.Negated {
			continue
		}
		k := s.tokenStarting(e.Action.Start)
		if k < 0 || s.upos[k] != "NOUN" || !visitNouns28[s.lemma[k]] {
			continue
		}
		if s.caseOf(k) == "before" || s.head[k] >= 0 && s.lower[s.head[k]] == "before" && s.head[k] < k {
			recode(e, "036")
		}
	}
}

// wishVerbs29 are the verbs of wanting in the CAMEO dictionary's DEMAND
// block.
var wishVerbs29 = map[string]bool{"want": true, "wish": true}

// wishedTalks recodes the subject's own wish to meet or negotiate ("Kenya
// said it wanted to hold talks with Uganda", "the rebels want talks with
// the government", "said it wanted to take part in the talks"), which the
// CAMEO dictionary's DEMAND block codes as an appeal to others to meet
// (026, "obj talks") or a plain intent (030, want's default), as the
// intent to meet or negotiate it is (036): the guide codes plans and
// wishes to meet as 036. Not when "want" has an object of its own ("wants
// Uganda to hold talks with the rebels" is an appeal to Uganda). An
// event so recoded that the sentence already has (the talks noun's own
// 036) is dropped.
func (st *state) wishedTalks(out []doc.Event, first int) []doc.Event {
	if st.c.opt.noWishedTalks {
		return out
	}
	s := &st.s
	recoded := map[int]bool{}
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo != "026" && e.Cameo != "030" || e.Negated || e.Target == nil {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v >= 0 && s.rel[v] == rXcomp && s.head[v] >= 0 && wishVerbs29[s.lemma[s.head[v]]] {
			v = s.head[v] // the event on the wished act ("take part")
		}
		if v >= 0 && wishVerbs29[s.lemma[v]] && st.meetingWished(v) {
			recode(e, "036")
			recoded[i] = true
		}
	}
	if len(recoded) == 0 {
		return out
	}
	var kept []doc.Event
	for i := first; i < len(out); i++ {
		if recoded[i] && st.sameEventElsewhere(out, first, i, recoded) {
			continue
		}
		kept = append(kept, out[i])
	}
	return append(out[:first], kept...)
}

// sameEventElsewhere reports whether out[first:] holds, besides event i,
// one of its code, source and target that is kept: not recoded, or recoded
// and before i.
func (st *state) sameEventElsewhere(out []doc.Event, first, i int, recoded map[int]bool) bool {
	e := &out[i]
	for j := first; j < len(out); j++ {
		o := &out[j]
		if j == i || recoded[j] && j > i || o.Cameo != e.Cameo || o.Target == nil || o.Source.Code != e.Source.Code || o.Target.Code != e.Target.Code {
			continue
		}
		return true
	}
	return false
}

// meetingWished reports whether want verb v wants talks: its object is
// talks, or its infinitive meets, talks or negotiates, or has talks for
// its object or "in"/"to" phrase ("to hold talks", "to take part in the
// talks", "to return to the negotiations").
func (st *state) meetingWished(v int) bool {
	s := &st.s
	if o := s.child(v, rObj); o >= 0 {
		return talkNouns[s.lemma[o]]
	}
	x := s.child(v, rXcomp)
	if x < 0 {
		return false
	}
	switch s.lemma[x] {
	case "meet", "talk", "negotiate":
		return true
	}
	for _, k := range s.kids[x] {
		if talkNouns[s.lemma[k]] && (s.rel[k] == rObj || s.rel[k] == rObl && (s.caseOf(k) == "in" || s.caseOf(k) == "to")) {
			return true
		}
	}
	return false
}

// goingNouns29 name a leader's going when they are what is demanded:
// leader.go's removal nouns and the departure.
var goingNouns29 = map[string]bool{"departure": true}

// leaderGoing29 returns the subject of passive demand verb v when it names
// a leader's going ("His departure has been demanded by the party", "the
// resignation of the premier was demanded"), or -1. The active "demanded
// his departure" is leader.go's (and round23.pat's) object.
func (st *state) leaderGoing29(v int) int {
	s := &st.s
	if st.c.opt.noLeaderGoing {
		return -1
	}
	o := s.child(v, rNsubjPass)
	if o < 0 || !(removalNouns[s.lemma[o]] || goingNouns29[s.lemma[o]]) {
		return -1
	}
	return o
}

// quitPhrase29 reports whether clause verb k is a phrase of leaving office
// that leader.go's verbs miss: "make way (for)", "step aside", "stand
// down", "stand aside", "leave office".
func (st *state) quitPhrase29(k int) bool {
	s := &st.s
	if st.c.opt.noLeaderGoing {
		return false
	}
	switch s.lemma[k] {
	case "make":
		o := s.child(k, rObj)
		return o >= 0 && s.lower[o] == "way" && !s.hasChild(o, rDet) && !s.hasChild(o, rPoss)
	case "step", "stand":
		for _, c := range s.kids[k] {
			if c > k && (s.rel[c] == rPrt || s.rel[c] == rAdvmod) && (s.lower[c] == "aside" || s.lower[c] == "down") {
				return true
			}
		}
	case "leave":
		o := s.child(k, rObj)
		return o >= 0 && (s.lower[o] == "office" || s.lower[o] == "power")
	}
	return false
}

// conjPlan29 reports whether verb v, the second of two conjoined verbs
// with no subject, auxiliary or negation of its own, shares the plan of
// the first: "will visit Japan from March 3 and hold talks with Abe" is a
// plan to hold talks (036), not talks held (040). The plan must be marked
// on the first verb itself (its "will", "is to"); a governing verb is
// modality's own business.
func (st *state) conjPlan29(v int) bool {
	s := &st.s
	if st.c.opt.noConjPlan || s.rel[v] != rConj {
		return false
	}
	h := s.head[v]
	if h < 0 || h > v || s.upos[h] != "VERB" || s.upos[v] != "VERB" {
		return false
	}
	for _, k := range s.kids[v] {
		switch s.rel[k] {
		case rNsubj, rNsubjPass, rAux, rAuxPass, rCop, rNeg:
			return false
		}
	}
	if s.hasChild(h, rNeg) {
		return false
	}
	// the plan must be the first verb's own: "will visit", "is to visit"
	// (not a governing "hoping to bring X ..., held a meeting").
	for _, k := range s.kids[h] {
		switch {
		case s.rel[k] == rAux && futureAux[s.lower[k]]:
			return true
		case (s.rel[k] == rCop || s.rel[k] == rAux) && s.lemma[k] == "be" && k < h && s.hasMarkTo(h):
			return true
		}
	}
	return false
}

// arriveVerbs29 are the verbs of arriving that "here" places in the
// dateline's city.
var arriveVerbs29 = map[string]bool{"arrive": true}

// arrivalsHere adds the visit (042) of one who "arrived here ... for talks
// with X": the gold codes the journey to the place of the dateline, whose
// country is that of the hosts named for the talks ("arrived here Tuesday
// for cooperation talks with Turkish leaders", 042 to Turkey beside the
// 040 with its leaders), as it codes "arrived in Ankara for talks". The
// coder has no place for "here" and coded the talks only. Not when the
// verb names a place of its own, not for talks with an organisation, not
// a negated or unasserted arrival.
func (st *state) arrivalsHere(out []doc.Event, first int) []doc.Event {
	if st.c.opt.noArrivedHere {
		return out
	}
	s := &st.s
	for v := 0; v < s.n; v++ {
		if s.upos[v] != "VERB" || !arriveVerbs29[s.lemma[v]] {
			continue
		}
		here, placed, talks := false, false, -1
		for _, k := range s.kids[v] {
			switch {
			case s.rel[k] == rAdvmod && s.lower[k] == "here":
				here = true
			case s.rel[k] == rObl && (s.caseOf(k) == "in" || s.caseOf(k) == "to" || s.caseOf(k) == "at"):
				placed = true
			case s.rel[k] == rObl && s.caseOf(k) == "for" && talkNouns[s.lemma[k]] && talks < 0:
				talks = k
			}
		}
		if !here || placed || talks < 0 {
			continue
		}
		if neg, mod := st.modality(v); neg || mod != "asserted" {
			continue
		}
		// the hosts: the partners of the talks the coder found on the
		// verb or its "for" noun ("for talks on cooperation with Egypt"
		// hangs "with" on a noun of its own).
		for i := first; i < len(out); i++ {
			e := out[i]
			if e.Target == nil || e.Negated || len(e.Cameo) < 2 || e.Cameo[:2] != "04" || e.Cameo == "042" || e.Cameo == "043" {
				continue
			}
			if t := s.tokenStarting(e.Action.Start); t != v && t != talks {
				continue
			}
			b := *e.Target
			if b.Country == "" || len(b.Code) < 3 || b.Code[:3] != b.Country || e.Source.Country == b.Country || e.Source.Code == "" {
				continue
			}
			c := doc.Actor{Name: b.Country, Code: b.Country, Country: b.Country}
			if visitedAlready(out[first:], e.Source.Code, c.Code) {
				continue
			}
			out = st.extraEvent("042", v, e.Source, &c, out)
		}
	}
	return out
}

// bodyNouns29 are the bare plural nouns of a body of people that a
// nationality in front of a conjoined noun covers, with their sectors.
var bodyNouns29 = map[string]string{"soldiers": "MIL", "troops": "MIL", "forces": "MIL",
	"police": "COP", "policemen": "COP", "settlers": "CVL", "civilians": "CVL",
	"militants": "REB", "rebels": "REB"}

// sharedNationality adds to the actors cur of noun g, whose nationality
// adjective stands in front of it and a bare body noun conjoined to it
// ("clashes with Israeli settlers and soldiers", "Kenyan police and
// troops"), that noun's body of the same country: the actor stage codes
// the first noun's phrase only, and the second named no one. Not a noun
// with any modifier of its own ("and Palestinian police", "and the
// army"), not when g's actors disagree on the country.
func (st *state) sharedNationality(g int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if len(cur) == 0 || st.c.opt.noSharedNation || s.upos[g] != "NOUN" {
		return cur
	}
	adj := false
	for _, k := range s.kids[g] {
		if k < g && (s.rel[k] == rAmod || s.rel[k] == rCompound) && s.upos[k] != "NOUN" && capitalised29(s, k) {
			adj = true
		}
	}
	if !adj {
		return cur
	}
	country := ""
	for _, a := range cur {
		if a.Country == "" || country != "" && a.Country != country || cameoRegions[a.Country] {
			return cur
		}
		country = a.Country
	}
	out := cur
	for _, h := range s.kids[g] {
		sector, ok := bodyNouns29[s.lower[h]]
		if h < g || s.rel[h] != rConj || !ok || s.upos[h] != "NOUN" || !bareNoun29(s, h) {
			continue
		}
		start, end := s.tokenSpan(h)
		covered := false
		for _, a := range cur {
			if a.Mention != nil && a.Start <= start && a.End >= end || a.Code == country+sector {
				covered = true
			}
		}
		if covered {
			continue
		}
		out = append(out[:len(out):len(out)], doc.Actor{Name: s.d.Text[start:end], Code: country + sector, Country: country, Sector: sector,
			Mention: &doc.Mention{Start: start, End: end, Text: s.d.Text[start:end]}})
	}
	return out
}

// bareNoun29 reports whether noun h has no modifier of its own.
func bareNoun29(s *sent, h int) bool {
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rDet, rPoss, rNmod, rAppos, rNummod, rCompound, rAmod, rAcl, rRelcl:
			return false
		}
	}
	return true
}

// capitalised29 reports whether sentence token k is written with a capital.
func capitalised29(s *sent, k int) bool {
	a, b := s.tokenSpan(k)
	r, _ := utf8.DecodeRuneInString(s.d.Text[a:b])
	return unicode.IsUpper(r)
}
