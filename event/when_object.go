package event

import (
	"slices"

	"github.com/dyadproject/dyad/doc"
)

// Dates told on the event's object (session 17, places-dev3). See
// docs/EVENTS.md, "Dates".

// objectParticipleTimes returns the time expressions of a participle on a
// noun of the event's clause that are the event's own:
//
//   - for a physical act on the object (physicalAct: seize, arrest,
//     attack ...), a bare day on a present participle ("seized a boat
//     belonging to the Somali navy Friday"): the parser hangs the day on
//     the participle, but a state told so has no day of its own. A comment
//     on the object ("condemned the warship sailing through the strait
//     Sunday") is made on a day of its own, not the participle's;
//   - for an intended event, the time of a schedule participle on its
//     object ("will attend the summit scheduled on Friday and Saturday"):
//     the planned act's day.
func objectParticipleTimes(s *sent, xs []tmx, e *doc.Event, verbs []int) []tmx {
	var out []tmx
	for k := 0; k < s.n; k++ {
		g := s.head[k]
		if g < 0 || !isNounTag(s.upos[k]) || s.rel[k] != rObj && s.rel[k] != rObl {
			continue
		}
		if !slices.Contains(verbs, g) {
			continue
		}
		for _, a := range s.kids[k] {
			if s.rel[a] != rAcl || s.upos[a] != "VERB" {
				continue
			}
			xp := s.d.Tokens[s.base+a].XPOS
			switch {
			case xp == "VBG" && physicalAct(s, e, verbs):
				for _, x := range attached(s, xs, []int{a}) {
					if x.prep == "" && s.head[x.head] == a && isDay(x.x.Value) {
						out = append(out, x)
					}
				}
			case xp == "VBN" && e.Modality == "intended" && scheduleVerbs[s.lemma[a]]:
				out = append(out, attached(s, xs, []int{a})...)
			case xp == "VBG" && e.Modality == "intended":
				out = append(out, plannedOnObject(s, xs, a)...) // when_r34.go
			}
		}
	}
	return out
}

// physicalVerbs are the triggers of acts done to a thing or a person
// whatever their CAMEO code.
var physicalVerbs = map[string]bool{"seize": true, "arrest": true, "attack": true, "detain": true, "capture": true,
	"intercept": true, "shoot": true, "board": true, "raid": true, "sink": true, "kill": true, "bomb": true,
	"strike": true, "hit": true, "abduct": true, "kidnap": true, "rescue": true, "evacuate": true, "deport": true,
	"expel": true, "confiscate": true, "impound": true, "stop": true, "block": true}

// physicalAct reports whether e is a physical act on its object: coded as
// force (CAMEO 15, 17-20) or told by one of physicalVerbs, not a comment
// (01-05, 11-13) or a change of relations.
func physicalAct(s *sent, e *doc.Event, verbs []int) bool {
	if len(e.Cameo) >= 2 {
		switch e.Cameo[:2] {
		case "15", "17", "18", "19", "20":
			return true
		}
	}
	for _, k := range verbs {
		if physicalVerbs[s.lemma[k]] {
			return true
		}
	}
	return false
}
