package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 22, chosen on the misfires of the real-news development
// sets (dev2-dev16, dev16 made blind this session): constructions general
// in form that coded nothing, or coded the wrong actor's deed.

// round22Off switches off the rules of session 22 (tests only).
type round22Off struct {
	// noPresentVisit switches off presentVisits.
	noPresentVisit bool
	// noReasonGerund switches off reasonGerund.
	noReasonGerund bool
	// noRenewedCondemnation switches off renewedCondemnations.
	noRenewedCondemnation bool
}

// presentVisits adds the visit of one who "is in" a place "for" or "on" a
// visit ("the Kenyan president is in Tokyo for a three-day state visit",
// "was in Lima on an official visit"): 042 from the subject to the place's
// country, as "arrived in Tokyo for a state visit" codes it. The
// parser makes the place the head of the copula clause, with the visit
// noun as its modifier. Not in a relative clause (background, as the guide
// reads "who is in ..."), nor negated or hypothetical; not when the
// sentence already codes the visit. out[first:] are the sentence's events.
func (st *state) presentVisits(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noPresentVisit {
		return out
	}
	s := &st.s
	for p := 0; p < s.n; p++ {
		if s.caseOf(p) != "in" || (s.upos[p] != "PROPN" && s.upos[p] != "NOUN") {
			continue
		}
		if s.rel[p] == rRelcl || s.rel[p] == rAcl || s.underRelcl(p) {
			continue
		}
		cop, purpose, subj := false, -1, -1
		for _, c := range s.kids[p] {
			switch {
			case s.rel[c] == rCop && s.lemma[c] == "be":
				cop = true
			case s.rel[c] == rNsubj:
				subj = c
			case (s.rel[c] == rNmod || s.rel[c] == rObl) && (s.caseOf(c) == "for" || s.caseOf(c) == "on") &&
				(s.lemma[c] == "visit" || s.lemma[c] == "tour" || s.lemma[c] == "trip"):
				purpose = c
			}
		}
		if !cop || purpose < 0 || subj < 0 {
			continue
		}
		if neg, mod := st.modality(p); neg || mod == "hypothetical" {
			continue
		}
		hosts := st.placeHosts(p)
		out = st.meetingEvents("042", purpose, st.actorsOf(subj), hosts, out, first)
	}
	return out
}

// reasonHeads are verbs of arrest, trial, punishment or warrant whose "for"
// (or "of") gerund tells the deed of the one they act on or describe, not
// of their subject: "jailed for ten years for assaulting a guard", "a man
// wanted for killing two soldiers", "detained a dozen activists for urging
// a strike", "convicted of smuggling arms". The verbs of judgement
// ("criticised X for blocking", "thanked X for releasing") are session 16's
// judgeVerbs (event/everyday16.go), kept apart.
var reasonHeads = map[string]bool{"sentence": true, "jail": true, "convict": true, "arrest": true,
	"detain": true, "charge": true, "execute": true, "hang": true, "imprison": true, "indict": true,
	"try": true, "prosecute": true, "want": true, "deport": true, "expel": true, "sack": true,
	"dismiss": true, "suspend": true, "honour": true, "honor": true, "decorate": true}

// reasonGerund reports whether verb token v is a gerund giving the reason
// of a reasonHeads verb ("for raping", "of smuggling"): the deed is the
// arrested, punished or wanted one's, told as background of the head's act
// (the guide's background clause), and dyad would give it the head's
// subject as source (a country demanding custody of its soldier, jailed
// for an assault, was coded as the assailant).
func (st *state) reasonGerund(v int) bool {
	if st.c.opt.noReasonGerund {
		return false
	}
	s := &st.s
	if s.upos[v] != "VERB" || len(s.lower[v]) < 5 || s.lower[v][len(s.lower[v])-3:] != "ing" {
		return false
	}
	m := s.markOf(v)
	if m == "" {
		m = s.caseOf(v)
	}
	if m != "for" && m != "of" {
		return false
	}
	h := s.head[v]
	if h < 0 || !reasonHeads[s.lemma[h]] {
		return false
	}
	return s.rel[v] == rAdvcl || s.rel[v] == rAcl || s.rel[v] == rObl || s.rel[v] == rNmod || s.rel[v] == rXcomp
}

// skip22 drops the candidates of reason gerunds (reasonGerund).
func (st *state) skip22() {
	st.skipVerbCands(st.reasonGerund)
}

// placeHosts returns the actor the place word p names by itself: the
// coded entity that covers it ("Tokyo"), else the country the geo stage
// resolved it in ("Lima": PER). The phrase p heads is no use: in a
// copula clause it holds the subject too.
func (st *state) placeHosts(p int) []doc.Actor {
	s := &st.s
	hs, he := s.tokenSpan(p)
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		if e.Actor != nil && e.Actor.Code != "" && e.Start <= hs && e.End >= he {
			return placeAsCountry(s.d, []doc.Actor{*e.Actor})
		}
	}
	return placeActor(s.d, hs, he)
}

// renewVerbs renew, repeat or voice a stand.
var renewVerbs = map[string]bool{"renew": true, "reiterate": true, "restate": true, "reaffirm": true,
	"repeat": true, "voice": true}

// condemnNouns are the condemnation a renewVerbs verb renews.
var condemnNouns = map[string]bool{"condemnation": true, "criticism": true, "denunciation": true}

// renewedCondemnations adds the criticism (111) a subject "renewed",
// "reiterated" or "voiced" in a condemnation or criticism "of" another:
// "the African Union renewed its condemnation of the army's raids",
// "reiterated its criticism of the junta", as "expressed its condemnation
// of" already codes. The one condemned is the "of" phrase's possessor when
// it has one ("of the army's raids"), else the phrase. Not
// negated, hypothetical, or in a relative clause. (A pattern could not do
// it: "renew" has no verb block, and a block of its own codes nothing for
// "chose to renew a loan offer", which then loses the decision's 030.)
func (st *state) renewedCondemnations(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noRenewedCondemnation {
		return out
	}
	s := &st.s
	for v := 0; v < s.n; v++ {
		if !renewVerbs[s.lemma[v]] || !isVerbal(s.upos[v]) || s.rel[v] == rRelcl || s.underRelcl(v) {
			continue
		}
		o := s.child(v, rObj)
		if o < 0 || !condemnNouns[s.lemma[o]] {
			continue
		}
		of := s.ofPhrase(o)
		if of < 0 {
			// "renewed its condemnation on Monday of X": the parser
			// hangs the "of" phrase on the verb or on the day
			for _, k := range s.kids[v] {
				if k < o || s.rel[k] != rObl {
					continue
				}
				if s.caseOf(k) == "of" {
					of = k
					break
				}
				if j := s.child(k, rNmod); j >= 0 && s.caseOf(j) == "of" {
					of = j
					break
				}
			}
		}
		subj := s.child(v, rNsubj)
		if of < 0 || subj < 0 {
			continue
		}
		if neg, mod := st.modality(v); neg || mod == "hypothetical" {
			continue
		}
		tgts := st.actorsOf(of)
		for _, k := range s.kids[of] {
			if s.rel[k] == rPoss {
				if a := st.actorsOf(k); len(a) > 0 {
					tgts = a
				}
			}
		}
		for _, src := range uniqueCodes(st.actorsOf(subj)) {
			if src.Code == "" {
				continue
			}
			for _, t := range uniqueCodes(tgts) {
				if t.Code == "" || sameActor(src.Code, t.Code) || hasEvent(out[first:], "111", src.Code, t.Code) {
					continue
				}
				tt := t
				out = st.extraEvent("111", v, src, &tt, out)
				break // the first one named
			}
		}
	}
	return out
}

// hasEvent reports whether evs hold code c from src to tgt.
func hasEvent(evs []doc.Event, c, src, tgt string) bool {
	for _, e := range evs {
		if e.Cameo == c && e.Source.Code == src && e.Target != nil && e.Target.Code == tgt {
			return true
		}
	}
	return false
}
