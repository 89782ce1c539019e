package event

import "github.com/dyadproject/dyad/doc"

// Dates told on the event's object (session 17, places-dev3). See
// docs/EVENTS.md, "Dates".

// objectParticipleTimes returns the time expressions of a participle on a
// noun of the event's clause that are the event's own:
//
//   - a bare day on a present participle ("seized a boat belonging to the
//     Somali navy Friday"): the parser hangs the day on the participle,
//     but a state told so has no day of its own;
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
		own := false
		for _, c := range verbs {
			if g == c {
				own = true
			}
		}
		if !own {
			continue
		}
		for _, a := range s.kids[k] {
			if s.rel[a] != rAcl || s.upos[a] != "VERB" {
				continue
			}
			xp := s.d.Tokens[s.base+a].XPOS
			switch {
			case xp == "VBG":
				for _, x := range attached(s, xs, []int{a}) {
					if x.prep == "" && s.head[x.head] == a && isDay(x.x.Value) {
						out = append(out, x)
					}
				}
			case xp == "VBN" && e.Modality == "intended" && scheduleVerbs[s.lemma[a]]:
				out = append(out, attached(s, xs, []int{a})...)
			}
		}
	}
	return out
}
