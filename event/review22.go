package event

import "github.com/dyadproject/dyad/doc"

// Guards from the probe review of session 22 (docs/EVENTS.md, "Probe
// review, session 22"): sentences written to probe the whole pipeline
// found constructions whose negation or condition the coder did not read.
// Each rule has an off-switch (tests only).

// review22Off switches off the rules of this file.
type review22Off struct {
	noNeitherNor, noUntilCondition, noProtestDemand, noProtestAtMission bool
}

// review22Modality amends modality's reading of trigger v: a clause denied
// by "neither ... nor" is negated (neitherNor); an event in an "until"
// clause of a future act is a condition, not a deed (untilCondition).
func (st *state) review22Modality(v int, negated bool, mod string) (bool, string) {
	if !st.c.opt.News {
		return negated, mod
	}
	if !negated && st.neitherNor(v) {
		negated = true
	}
	if mod == "asserted" && st.untilCondition(v) {
		mod = "hypothetical"
	}
	return negated, mod
}

// neitherNor reports whether clause v is denied by "neither" or "nor":
// "Neither Serbia nor Kosovo attended the talks" (the parser hangs
// "neither" on the verb or on the first subject), "Neither side signed"
// (a determiner of the subject), "Neither attended" (the subject itself),
// "Kenya accepted neither proposal" (a determiner of the object),
// "Serbia neither confirmed nor denied it" (both verbs: "neither" on the
// first, "nor" on the second).
func (st *state) neitherNor(v int) bool {
	if st.c.opt.noNeitherNor {
		return false
	}
	s := &st.s
	for _, k := range s.kids[v] {
		w := s.lower[k]
		if w == "neither" && k < v {
			return true
		}
		if w == "nor" && s.rel[k] == rCC {
			return true
		}
		if s.rel[k] == rNsubj || s.rel[k] == rNsubjPass || s.rel[k] == rObj {
			if w == "neither" {
				return true
			}
			for _, d := range s.kids[k] {
				if s.lower[d] == "neither" {
					return true
				}
			}
		}
	}
	return false
}

// untilCondition reports whether v lies in an "until" (or "till") clause
// of an act still to come: "will not lift sanctions until the government
// protects minorities", "would keep its troops there until the rebels
// disarm". The clause says what must happen first, not what happened. An
// "until" clause of a past act ("fought until the rebels withdrew") is
// left asserted.
func (st *state) untilCondition(v int) bool {
	if st.c.opt.noUntilCondition {
		return false
	}
	s := &st.s
	for y, steps := v, 0; y >= 0 && steps < 6; steps++ {
		g := s.head[y]
		if s.rel[y] == rAdvcl && g >= 0 && (s.hasWord(y, "until") || s.hasWord(y, "till")) {
			for _, k := range s.kids[g] {
				if s.rel[k] == rAux && (futureAux[s.lower[k]] || s.lower[k] == "would") {
					return true
				}
			}
		}
		y = g
	}
	return false
}

// protestDemandCodes turn a demand made by a protest into the protest's
// own code: CAMEO's "demonstrate for" sub-codes follow the demand's.
var protestDemandCodes = map[string]string{"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}

// marchVerbs protest by themselves; crowdVerbs only when the source is
// not a state body ("ministers gathered in Brussels to demand" is no
// protest).
var marchVerbs = map[string]bool{"rally": true, "march": true, "demonstrate": true, "protest": true, "riot": true}
var crowdVerbs = map[string]bool{"gather": true, "assemble": true, "converge": true, "throng": true, "flock": true}

// protestEventNouns are protests held ("held a rally to demand").
var protestEventNouns = map[string]bool{"protest": true, "rally": true, "demonstration": true, "march": true,
	"sit-in": true, "vigil": true}

// stateSectors act for a state: their gathering is no protest.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "IGO": true, "JUD": true, "LEG": true}

// protestDemands recodes a demand (10x) or appeal (02x) that is the
// purpose of a protest ("Thousands of protesters marched in Belgrade to
// demand the resignation of the government", "held a sit-in to demand
// ...", "gathered in Tbilisi to urge the government to ...") as the
// protest aimed at the demand's target: 141, or 1411-1414 after the
// demand's sub-code, as the real-news golds code such sentences (one 141
// toward the one the demand is made of, no separate 10x). A demanded
// release (1053) is left: its target is the released, not the captors.
// The protest's own targetless event from the same source is dropped.
// out[first:] are the sentence's events.
func (st *state) protestDemands(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noProtestDemand {
		return out
	}
	s := &st.s
	changed := false
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Target == nil || e.Target.Code == "" || len(e.Cameo) < 3 || (e.Cameo[:2] != "10" && e.Cameo[:2] != "02") || e.Negated || e.Cameo == "1053" {
			// a release demanded aims at the released, not at their
			// captors the protest is against
			continue
		}
		d := s.tokenStarting(e.Action.Start)
		if d < 0 || !isVerbal(s.upos[d]) || !s.hasMarkTo(d) || (s.rel[d] != rAdvcl && s.rel[d] != rXcomp && s.rel[d] != rAcl) {
			continue
		}
		g := s.head[d]
		if g < 0 {
			continue
		}
		protest := false
		switch {
		case isVerbal(s.upos[g]) && marchVerbs[s.lemma[g]]:
			protest = true
		case isVerbal(s.upos[g]) && crowdVerbs[s.lemma[g]]:
			protest = !stateSectors[e.Source.Sector] && !stateSectors[firstSector(e.Source.Code, e.Source.Country)]
		case isNominal(s.upos[g]) && protestEventNouns[s.lemma[g]]:
			protest = true
		case isVerbal(s.upos[g]):
			if o := s.child(g, rObj); o >= 0 && protestEventNouns[s.lemma[o]] {
				protest = true
			}
		}
		if !protest {
			continue
		}
		code := protestDemandCodes[e.Cameo]
		if code == "" {
			code = "141"
		}
		gs, ge := s.tokenSpan(g)
		act := doc.Span{Start: gs, End: ge, Text: s.d.Text[gs:ge]}
		*e = st.event(code, e.Source, e.Target, act, e.Negated, e.Modality, e.Confidence)
		changed = true
	}
	if !changed {
		return out
	}
	// the protest's own targetless event from the same source
	n := first
	for i := first; i < len(out); i++ {
		e := &out[i]
		drop := false
		if e.Target == nil && len(e.Cameo) >= 2 && e.Cameo[:2] == "14" {
			for j := first; j < len(out); j++ {
				f := &out[j]
				if j != i && f.Target != nil && len(f.Cameo) >= 3 && f.Cameo[:3] == "141" && f.Source.Code == e.Source.Code {
					drop = true
					break
				}
			}
		}
		if !drop {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

// firstSector is the sector an actor code names after its country ("IGO"
// for an organisation's code).
func firstSector(code, country string) string {
	if len(code) >= 3 && code[:3] == "IGO" {
		return "IGO"
	}
	if len(code) >= len(country)+3 && code[:len(country)] == country {
		return code[len(country) : len(country)+3]
	}
	return ""
}

// protestAtMission gives a protest (14x) with no target the country whose
// embassy or consulate it was held at ("Protesters gathered outside the
// Russian embassy in London", "staged a sit-in in front of the German
// embassy"): the mission's actor, as the real-news golds code such
// protests. The phrase hangs on the protest's verb ("outside the
// embassy") or inside one of its phrases ("in front of the embassy").
// missionNouns are everyday17.go's. out[first:] are the sentence's events.
func (st *state) protestAtMission(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noProtestAtMission {
		return out
	}
	s := &st.s
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Target != nil || len(e.Cameo) < 2 || e.Cameo[:2] != "14" || e.Negated {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 {
			continue
		}
		var mission *doc.Actor
		look := func(x int) {
			if mission != nil || !missionNouns[s.lemma[x]] {
				return
			}
			for _, a := range st.actorsOf(x) {
				if a.Code != "" && a.Country != "" && a.Country != e.Source.Country {
					a := a
					mission = &a
					return
				}
			}
		}
		for _, k := range s.kids[v] {
			if s.rel[k] != rObl {
				continue
			}
			look(k)
			for _, c := range s.kids[k] {
				if s.rel[c] == rNmod {
					look(c)
				}
			}
		}
		if mission != nil {
			e.Target = mission
		}
	}
	return out
}
