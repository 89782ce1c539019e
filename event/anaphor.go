package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Definite descriptions of organisations. A story names a party or a
// group once and then calls it "the party", "the group", "the ministry"
// ("The French Communist Party urged ... . The party also called on the
// government to ..."). The coreference stage links people and pronouns;
// such descriptions it leaves without an actor, so the news coder links
// them itself: a singular "the"/"this" phrase headed by one of the nouns
// below, naming no actor, stands for the nearest actor named before it
// (in its sentence or the three before) whose kind fits the noun.

// anaphorKinds lists, for each noun, the sectors (first three letters of
// an actor's sector) an antecedent may have; "ministry" asks instead for
// an antecedent whose own words name a ministry.
var anaphorKinds = map[string][]string{
	"party":        {"PTY", "OPP"},
	"group":        {"NGO", "REB", "OPP"},
	"organisation": {"NGO", "IGO"},
	"organization": {"NGO", "IGO"},
	"watchdog":     {"NGO"},
	"movement":     {"REB", "PTY", "OPP"},
	"militia":      {"REB"},
	"ministry":     nil,
}

// anaphorWindow is how many sentences before the phrase's own the
// antecedent may be in.
const anaphorWindow = 3

// anaphorActors returns the antecedent's actor for the definite
// description headed by h, or nil.
func (st *state) anaphorActors(h int) []doc.Actor {
	s := &st.s
	kinds, ok := anaphorKinds[s.lower[h]]
	if !ok || s.upos[h] != "NOUN" {
		return nil
	}
	definite := false
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rDet:
			definite = s.lower[k] == "the" || s.lower[k] == "this"
		case rPoss, rNummod, rCompound, rConj, rAppos:
			// "the party's", "the two groups", "the rebel group", "the
			// party and the government": not a bare description.
			return nil
		case rNmod:
			return nil // "the group of experts"
		}
	}
	if !definite {
		return nil
	}
	d := s.d
	start, _ := s.tokenSpan(h)
	first := s.idx - anaphorWindow
	if first < 0 {
		first = 0
	}
	lo := d.Sentences[first].Start
	for i := len(d.Entities) - 1; i >= 0; i-- {
		e := &d.Entities[i]
		if e.End > start || e.Start < lo || e.Actor == nil || e.Actor.Code == "" {
			continue
		}
		if !antecedentFits(e, kinds, s.lower[h]) {
			continue
		}
		a := *e.Actor
		ms, _ := s.tokenSpan(firstOf(s, h))
		_, me := s.tokenSpan(h)
		a.Mention = &doc.Mention{Start: ms, End: me, Text: d.Text[ms:me]}
		return []doc.Actor{a}
	}
	return nil
}

// antecedentFits tells whether entity e can be what noun stands for.
func antecedentFits(e *doc.Entity, kinds []string, noun string) bool {
	a := e.Actor
	if noun == "ministry" {
		return strings.Contains(strings.ToLower(e.Text), "ministry") && strings.Contains(a.Code, "GOV") && a.Country != ""
	}
	sec := a.Sector
	if len(sec) > 3 {
		sec = sec[:3]
	}
	for _, k := range kinds {
		if sec == k {
			return true
		}
	}
	return false
}
