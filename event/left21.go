package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 21's left-alone misfires (the ones session 20 listed and left):
// the general class behind each, mended here (patterns in
// data/event/left21.pat); the tests are in pipeline/left21_test.go.

// --- coordinated "of" phrases of a titled role noun ------------------------

// titledLeadersOf completes a, the actors of the phrase headed by h, a
// plural noun of leaders with a modifier before it ("the foreign ministers
// of Egypt and Sudan", "the defence ministers of Japan and Australia"),
// when the phrase's own actor is one of the countries its "of" phrase lists
// with a sector the title gave it (EGYGOV): every country of the list takes
// that sector, not the first alone. A modifier that gives no sector
// ("business leaders of Kenya and Uganda", KEN) leaves the phrase as it is.
func (st *state) titledLeadersOf(h int, a []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || len(a) != 1 || a[0].Sector == "" || len(a[0].Country) != 3 ||
		len(a[0].Code) <= len(a[0].Country) || a[0].Code[:len(a[0].Country)] != a[0].Country {
		return a
	}
	suffix := a[0].Code[len(a[0].Country):]
	of := -1
	for _, k := range s.kids[h] {
		if s.rel[k] == rNmod && s.caseOf(k) == "of" && isNounTag(s.upos[k]) {
			of = k
			break
		}
	}
	if of < 0 || !s.hasChild(of, rConj) {
		return a
	}
	// the list: the "of" noun and its conjuncts, each a country alone
	heads := []int{of}
	for _, k := range s.kids[of] {
		if s.rel[k] == rConj && isNounTag(s.upos[k]) {
			heads = append(heads, k)
		}
	}
	var out []doc.Actor
	first := false
	for _, k := range heads {
		ak := s.entityActorsAt(k)
		if len(ak) != 1 || len(ak[0].Country) != 3 {
			return a
		}
		c := ak[0].Country
		first = first || c == a[0].Country
		x := ak[0]
		x.Code, x.Sector = c+suffix, a[0].Sector
		out = append(out, x)
	}
	if !first || len(out) < 2 {
		return a
	}
	return uniqueCodes(out)
}

// --- one-way pledges of a third party ---------------------------------------

// oneWayPledge reports whether code c is a pledge or an offer of aid or
// cooperation (03x but an intent to meet, 036) or the aid itself (07x):
// acts one gives to another, which do not make the two a pair when the
// other gives nothing back ("The United States welcomed the truce and
// pledged aid to Pakistan. The two countries ..." are India and Pakistan).
func oneWayPledge(c string) bool {
	return len(c) >= 2 && (c[:2] == "03" && c != "036" || c[:2] == "07")
}

// --- "N, whom X accused of ..., V ..." --------------------------------------

// repairsLeft21 runs session 21's tree repairs (from repairs20's caller).
func (s *sent) repairsLeft21() {
	if s.noEveryday20Tree {
		return
	}
	s.repairWhomRelative()
	s.repairTwoSubjects()
	s.repairFiredRootAcl()
	s.repairDescribedAs()
}

// describeVerbs call something by a word ("described the detentions as
// criminal").
var describeVerbs = map[string]bool{"describe": true, "label": true, "brand": true, "characterise": true,
	"characterize": true, "denounce": true, "condemn": true, "dismiss": true, "reject": true, "decry": true}

// repairDescribedAs mends "described the arrests as unlawful" parsed with
// "unlawful" an open complement of the verb and "as" an adverb on it: the
// "as" is the adjective's preposition and the adjective an oblique of the
// verb, as "described the vote as a farce" is parsed, so that a pattern's
// "pp:as" phrase reads both alike.
func (s *sent) repairDescribedAs() {
	for a := 1; a < s.n; a++ {
		v := s.head[a]
		if v < 0 || s.upos[a] != "ADJ" || s.rel[a] != rXcomp || !describeVerbs[s.lemma[v]] || s.lower[a-1] != "as" ||
			s.head[a-1] != a || s.rel[a-1] != rAdvmod {
			continue
		}
		s.rel[a-1] = rCase
		s.rel[a] = rObl
	}
}

// repairWhomRelative mends a relative clause of "whom" set between commas
// after a noun and followed by the noun's own verb: "Orban, whom the EU
// accused of undermining sanctions, met Putin" (the parser made "met" a
// conjunct of "accused", or hung it as the relative clause and "accuses"
// a noun in apposition to "whom"). The verb after the closing comma (in
// the past or present) becomes the noun's verb, the relative clause's verb
// (a noun in -s or -ed right after its subject is read as one) hangs on
// the noun with "whom" its object, and the words of the clause hang on it.
func (s *sent) repairWhomRelative() {
	for w := 2; w+3 < s.n; w++ {
		if s.lower[w] != "whom" || s.lower[w-1] != "," {
			continue
		}
		n, c, ok := s.commaAside(w)
		if !ok || s.head[n] >= 0 {
			continue
		}
		m := c + 1
		in := func(k int) bool { return k > w && k < c }
		rv := -1
		for k := w + 2; k < c; k++ {
			if s.upos[k] == "VERB" {
				rv = k
				break
			}
			l := s.lower[k]
			if s.upos[k] == "NOUN" && s.lemma[k] != l && isNominal(s.upos[k-1]) && k-1 > w &&
				(strings.HasSuffix(l, "es") || strings.HasSuffix(l, "ed")) {
				// "whom Washington accuses of ...": the tagger's noun
				rv = k
				s.upos[k] = "VERB"
				break
			}
		}
		if rv < 0 {
			continue
		}
		s.head[m], s.rel[m] = -1, rRoot
		s.head[n], s.rel[n] = m, rNsubj
		s.head[rv], s.rel[rv] = n, rRelcl
		s.head[w], s.rel[w] = rv, rObj
		for k := w + 1; k < c; k++ {
			if k == rv {
				continue
			}
			if in(s.head[k]) && s.head[k] != w && s.head[k] != rv {
				continue
			}
			s.head[k] = rv
			switch {
			case k < rv && (isNominal(s.upos[k])):
				s.rel[k] = rNsubj
			case k > rv && isNominal(s.upos[k]):
				s.rel[k] = rObl
			case k > rv && s.upos[k] == "VERB":
				s.rel[k] = rAdvcl
			}
		}
		for k := c; k < s.n; k++ {
			if k != m && (in(s.head[k]) || s.head[k] == n || s.head[k] == c) {
				s.head[k] = m
			}
		}
	}
}

// --- "Police fired warning shots to disperse the crowd" ---------------------

// repairFiredRootAcl mends "Kenyan police fired warning shots to disperse
// the crowd", parsed as a verbless noun root ("police") with "fired" a
// participle on it and "warning" a verb whose object is "shots": a form of
// firedParticiples right after a noun root, hung on it as a clausal
// modifier, becomes the root with the noun its subject; and "warning"
// (a VBG) with "shot(s)" or "fire" right after it as its object becomes a
// modifier of that noun, the noun the object of the firing verb, the
// other words of "warning" on the firing verb ("warning shots" are shots,
// not a warning).
func (s *sent) repairFiredRootAcl() {
	for v := 1; v < s.n; v++ {
		lemma, ok := firedParticiples[s.lower[v]]
		if !ok {
			continue
		}
		r := v - 1
		if s.head[r] < 0 && isNounTag(s.upos[r]) && s.head[v] == r && s.rel[v] == rAcl && s.upos[v] == "VERB" {
			s.head[v], s.rel[v] = -1, rRoot
			s.head[r], s.rel[r] = v, rNsubj
			for k := v + 1; k < s.n; k++ {
				if s.head[k] == r && s.upos[k] == "PUNCT" {
					s.head[k] = v
				}
			}
			s.lemma[v] = lemma
		}
		if o := v + 1; s.head[r] < 0 && isNounTag(s.upos[r]) && o < s.n && s.head[v] == o && s.rel[v] == rAmod &&
			isNounTag(s.upos[o]) && s.head[o] == r && (s.rel[o] == rConj || s.rel[o] == rAppos || s.rel[o] == rNmod) &&
			!s.hasVerbBesides(v) {
			// "Kenyan police fired shots in the air to disperse the
			// crowd": "fired" an adjective on "shots", a conjunct of
			// the root "police"
			s.head[v], s.rel[v], s.upos[v], s.lemma[v] = -1, rRoot, "VERB", lemma
			s.head[r], s.rel[r] = v, rNsubj
			s.head[o], s.rel[o] = v, rObj
			for k := o + 1; k < s.n; k++ {
				switch {
				case s.head[k] == r:
					s.head[k] = v
				case s.head[k] == o && s.upos[k] == "VERB":
					s.head[k], s.rel[k] = v, rAdvcl
				case s.head[k] == o && s.rel[k] == rNmod:
					s.head[k], s.rel[k] = v, rObl
				}
			}
		}
		if s.lemma[v] == lemma && s.upos[v] == "VERB" {
			// "fired shots in the air to disperse the crowd": the
			// purpose is the firing's, not a modifier of "shots"
			for o := v + 1; o < s.n; o++ {
				if s.head[o] != v || !isNounTag(s.upos[o]) || s.rel[o] != rObj && s.rel[o] != rAdvcl {
					continue
				}
				for k := o + 1; k < s.n; k++ {
					if s.head[k] == o && (s.rel[k] == rAcl || s.rel[k] == rAdvcl) && s.upos[k] == "VERB" &&
						disperseVerbs[s.lemma[k]] && s.headHasRel(k, rMark) {
						if s.rel[o] == rAdvcl {
							s.rel[o] = rObj // a noun is no clause
						}
						s.head[k], s.rel[k] = v, rAdvcl
					}
				}
			}
		}
	}
}

// hasVerbBesides reports whether the sentence has a finite verb other than
// v: a clause of its own the noun root could be the subject of.
func (s *sent) hasVerbBesides(v int) bool {
	for k := 0; k < s.n; k++ {
		if k != v && s.upos[k] == "VERB" {
			switch s.xpos(k) {
			case "VBD", "VBZ", "VBP":
				return true
			}
		}
	}
	return false
}

// disperseVerbs are the purposes of firing at a crowd.
var disperseVerbs = map[string]bool{"disperse": true, "scatter": true}

// --- "X fired ..., a spokesman said, but denied ..." -------------------------

// repairTwoSubjects mends a clause swallowed as a participle: "Kenyan
// police fired warning shots to disperse the crowd, a spokesman said, but
// denied any injuries" (or "..., but a spokesman denied any injuries")
// parsed with "police" a second subject of "said" ("denied") and "fired"
// a participle on it. A verb g with two subjects a < b, a's clausal
// modifier v a past form right after a with an object, and a comma between
// v and b: v is a's own verb, the root, and g hangs on it, a report
// (parataxis) or, with "but" or "and" before b, a conjunct. The told act
// is then coded, and the denial bears on what it denies.
func (s *sent) repairTwoSubjects() {
	for g := 2; g < s.n; g++ {
		if s.upos[g] != "VERB" || s.head[g] >= 0 {
			continue
		}
		var subj []int
		for k := 0; k < g; k++ {
			if s.head[k] == g && s.rel[k] == rNsubj {
				subj = append(subj, k)
			}
		}
		if len(subj) != 2 {
			continue
		}
		a, b := subj[0], subj[1]
		v := a + 1
		if v >= b || s.upos[v] != "VERB" {
			continue
		}
		switch s.xpos(v) {
		case "VBD", "VBN":
		default:
			continue
		}
		o := -1 // v's object
		if h := s.head[v]; s.rel[v] == rAmod && h > v && h < b && isNounTag(s.upos[h]) && s.head[h] == a {
			// "Ugandan police arrested 30 opposition supporters, ...":
			// "arrested" an adjective on "supporters", a conjunct of
			// "police"
			o = h
		} else if h == a && s.rel[v] == rAcl {
			// a noun right after v (or after its modifiers) on v
			for k := v + 1; k < b && k < v+4; k++ {
				if s.head[k] == v && isNounTag(s.upos[k]) {
					if s.rel[k] == rObj || s.rel[k] == rAcl || s.rel[k] == rAdvcl {
						o = k
					}
					break
				}
			}
		}
		if o < 0 {
			continue
		}
		comma, cc := -1, -1
		for k := o + 1; k < b; k++ {
			if s.lower[k] == "," && (s.head[k] == g || s.head[k] == b) {
				comma = k
			}
			if s.upos[k] == "CCONJ" && comma >= 0 && k > comma {
				cc = k
			}
		}
		if comma < 0 {
			continue
		}
		s.head[v], s.rel[v], s.upos[v] = -1, rRoot, "VERB"
		s.head[a] = v
		s.head[o], s.rel[o] = v, rObj
		if cc >= 0 {
			s.head[g], s.rel[g] = v, rConj
		} else {
			s.head[g], s.rel[g] = v, rParataxis
		}
		if last := s.n - 1; s.head[last] == g && s.upos[last] == "PUNCT" {
			s.head[last] = v
		}
		return
	}
}

// whomAccuseVerbs accuse the one a "whom" clause is about.
var whomAccuseVerbs = map[string]bool{"accuse": true, "blame": true, "charge": true, "indict": true}

// asideWhomAccused reports whether relative clause x is an accusation of
// the noun before it, between commas ("Orban, whom the EU accused of
// undermining sanctions, met Putin"): "whom" right after a comma the
// object of an accusing verb (whomAccuseVerbs) with a subject of its own and
// an "of" or "for" phrase; the accusation is told as an event (112 EU ->
// HUN) where other relative clauses stay background.
func (s *sent) asideWhomAccused(x int) bool {
	if !whomAccuseVerbs[s.lemma[x]] || s.upos[x] != "VERB" || !s.hasChild(x, rNsubj) || s.hasChild(x, rNeg) {
		return false
	}
	w := s.child(x, rObj)
	if w < 1 || s.lower[w] != "whom" || s.lower[w-1] != "," {
		return false
	}
	for _, k := range s.kids[x] {
		if c := s.caseOf(k); (s.rel[k] == rObl || s.rel[k] == rAdvcl) && (c == "of" || c == "for") {
			return true
		}
	}
	return false
}

// left21Events runs session 21's rules on the sentence's events
// (out[first:]).
func (st *state) left21Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	out = st.talksPartners(out, first)
	s := &st.s
	st.eachTargetless(out, first, func(e *doc.Event, v int) {
		if s.rel[v] != rRelcl || !s.asideWhomAccused(v) && !s.asideWhoseAccused(v) { // everyday22.go: "whose"
			return
		}
		// "whom" is the noun the clause hangs on
		if a := st.actorsOf(s.head[v]); len(a) > 0 && a[0].Code != "" && !sameActor(a[0].Code, e.Source.Code) {
			t := a[0]
			e.Target = &t
		}
	})
	return out
}

// eachTargetless calls f with each event of out[first:] that has no
// target and the sentence token v its action starts at.
func (st *state) eachTargetless(out []doc.Event, first int, f func(e *doc.Event, v int)) {
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Target != nil {
			continue
		}
		if v := st.s.tokenStarting(e.Action.Start); v >= 0 {
			f(e, v)
		}
	}
}

// custodyVerbs are what a court orders done to someone held or removed,
// with their codes: detention (173), deportation or expulsion (174).
var custodyVerbs = map[string]string{"detain": "173", "hold": "173", "arrest": "173", "jail": "173",
	"imprison": "173", "remand": "173", "deport": "174", "expel": "174"}

// orderedCustody returns the one an order of verb v holds or removes, and
// the code, or -1: "A Nairobi court ordered that the opposition leader be
// detained for 14 days" is a detention (173) of that leader by the court,
// as orderedRelease codes "be released" 0841; a court's order is no demand
// (10x). The act is a passive of custodyVerbs in v's subtree whose passive
// subject is a name, a noun or a personal pronoun.
func (st *state) orderedCustody(v int) (int, string) {
	s := &st.s
	if !orderVerbs[s.lemma[v]] || s.upos[v] != "VERB" {
		return -1, ""
	}
	for k := v + 1; k < s.n; k++ {
		code, ok := custodyVerbs[s.lemma[k]]
		if !ok || s.upos[k] != "VERB" || !s.inSubtree(k, v) || !s.hasChild(k, rAuxPass) {
			continue
		}
		for _, c := range s.kids[k] {
			if s.rel[c] == rNsubjPass && (s.upos[c] == "PROPN" || s.upos[c] == "NOUN" || s.lower[c] == "he" ||
				s.lower[c] == "she" || s.lower[c] == "they") {
				return c, code
			}
		}
	}
	return -1, ""
}

// left21Match rewrites the match of verb i by the ordered-custody rule.
func (st *state) left21Match(i int, m *match) {
	if !st.c.opt.News {
		return
	}
	if r, code := st.orderedCustody(i); r >= 0 {
		m.yield, m.roleT, m.ppTgt, m.recip, m.intent = Yield{Main: code}, r, -1, false, ""
	}
}

// --- "Rubio, who visited Havana as a student, said ..." ---------------------

// lifeRoles are what one was when a life's earlier act is told ("as a
// student", "as a young union leader", "as a senator").
var lifeRoles = map[string]bool{"student": true, "child": true, "boy": true, "girl": true, "teenager": true,
	"teen": true, "youth": true, "schoolboy": true, "schoolgirl": true, "senator": true, "governor": true,
	"congressman": true, "congresswoman": true, "lawmaker": true, "mayor": true, "candidate": true,
	"journalist": true, "reporter": true, "soldier": true, "officer": true, "diplomat": true, "tourist": true,
	"refugee": true, "leader": true, "activist": true, "backpacker": true, "volunteer": true, "professor": true,
	"academic": true, "businessman": true, "businesswoman": true, "man": true, "woman": true, "adult": true}

// biographyAside reports whether the past meeting or visit that relative
// clause x tells (asideWhoPast) is a life's background, which the gold
// README's guide leaves uncoded ("historical background is not coded"):
// an "as" phrase of what the person then was ("who visited Havana as a
// student"), "ago", "once", "in his youth", "before the war", or a year at
// least two years before the story's.
func (s *sent) biographyAside(x int) bool {
	for k := x + 1; k < s.n && s.inSubtree(k, x); k++ {
		switch s.lower[k] {
		case "ago", "once", "youth", "formerly":
			return true
		}
		if bioEraNouns[s.lemma[k]] && s.caseOf(k) == "before" {
			return true // "several times before the war"
		}
		if lifeRoles[s.lemma[k]] && s.caseOf(k) == "as" {
			return true
		}
	}
	if len(s.d.Date) >= 4 {
		p := atoi4(s.d.Date[:4])
		ks, ke := s.tokenSpan(x)
		for k := x + 1; k < s.n && s.inSubtree(k, x); k++ {
			_, ke = s.tokenSpan(k)
		}
		for _, t := range s.d.Timexes {
			if t.Start < ks || t.End > ke || len(t.Value) < 4 || t.Type != "DATE" {
				continue
			}
			if y := atoi4(t.Value[:4]); y > 0 && p > 0 && y <= p-2 {
				return true
			}
		}
	}
	return false
}

// bioEraNouns end an era a life's act is told before ("before the war").
var bioEraNouns = map[string]bool{"war": true, "invasion": true, "pandemic": true, "coup": true, "revolution": true}

// atoi4 reads a four-digit year, 0 when it is none.
func atoi4(v string) int {
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// --- "is due in Vienna for talks with Austrian officials and the IAEA" -------

// talksPartners gives an intended visit (036) made "for talks (a meeting,
// consultations) with" several partners one event per partner: "Araghchi is
// due in Vienna on Monday for talks with Austrian officials and the IAEA"
// was 036 IRNGOV -> AUT alone (seatVisits takes the organisation only when
// every partner is one); now 036 -> AUTGOV and 036 -> IGOUNOIAE. The
// event to the place's country gives way to the partner of that country;
// partners of other countries are added. An arrival (042) keeps its place:
// the talks noun codes its own 040 to each partner there.
func (st *state) talksPartners(out []doc.Event, first int) []doc.Event {
	s := &st.s
	n := len(out)
	for i := first; i < n; i++ {
		e := out[i]
		if e.Cameo != "036" || e.Target == nil || e.Negated {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 {
			continue
		}
		partners := st.talkPartnersOf(v)
		if len(partners) < 2 {
			continue
		}
		replaced := false
		for _, p := range partners {
			if p.Code == "" || sameActor(p.Code, e.Source.Code) || p.Country != "" && p.Country == e.Source.Country {
				continue
			}
			dup := false
			for j := first; j < len(out); j++ {
				if out[j].Cameo == e.Cameo && out[j].Target != nil && out[j].Target.Code == p.Code &&
					out[j].Source.Code == e.Source.Code {
					dup = true
				}
			}
			if dup {
				continue
			}
			t := p
			if !replaced && e.Target.Code == e.Target.Country && p.Country == e.Target.Country {
				out[i].Target = &t
				replaced = true
				continue
			}
			f := e
			f.Target = &t
			out = append(out, f)
		}
	}
	return out
}

// talkPartnersOf returns the actors of every conjunct of verb v's "for
// talks with" phrase (talksWith, as talksWithIGO finds it), each
// conjunct's own.
func (st *state) talkPartnersOf(v int) []doc.Actor {
	s := &st.s
	w := s.talksWith(v)
	if w < 0 {
		return nil
	}
	heads := []int{w}
	for _, c := range s.kids[w] {
		if s.rel[c] == rConj && isNominal(s.upos[c]) {
			heads = append(heads, c)
		}
	}
	var out []doc.Actor
	for _, h := range heads {
		a := s.entityActorsAt(h)
		if len(a) != 1 {
			return nil
		}
		out = append(out, a[0])
	}
	return uniqueCodes(out)
}
