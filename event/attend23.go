package event

import "github.com/dyadproject/dyad/doc"

// Attendance (session 23, helper attend): "X attended the summit in Y",
// "X will attend the G20 meeting", "ministers of three countries attended a
// conference" code nothing, as the development golds code them (dev10,
// dev13, dev17, dev18; the gold guide's "Attendance"): attending is neither
// a visit to the meeting's organisation or host (the CAMEO dictionary's
// ATTEND 042:043, dyad.pat's former 042/036) nor a meeting among those who
// attend (its 044:044 for a coordinated subject). Kept: talks attended
// "with" someone named (a meeting with them, dyad.pat's ATTEND), a planned
// meeting (036) among co-attendees that the sentence names jointly (dev8,
// dev17 code 036 among the participants of a planned meeting), a symbolic
// act (017: the CAMEO dictionary's attending someone's funeral, a ceremony
// attended as a political signal), and the journey to the place, which is
// its own verb's event ("flew to Lima to attend a conference": 042 to
// Peru).

// attendedGatherings are the occasions one attends.
var attendedGatherings = map[string]bool{
	"talk": true, "talks": true, "meeting": true, "summit": true, "forum": true, "conference": true,
	"session": true, "ceremony": true, "festivity": true, "festivities": true, "celebration": true,
	"inauguration": true, "workshop": true, "seminar": true, "symposium": true, "congress": true,
	"convention": true, "gathering": true, "parade": true, "briefing": true, "consultation": true,
	"consultations": true, "negotiation": true, "negotiations": true, "discussion": true,
	"discussions": true, "dialogue": true, "conclave": true, "assembly": true,
}

// attendedTalks are the gatherings that are talks with someone.
var attendedTalks = map[string]bool{"talk": true, "talks": true, "negotiation": true, "negotiations": true,
	"consultation": true, "consultations": true, "discussion": true, "discussions": true, "dialogue": true}

// withoutAttendance drops the events of an "attend" whose object is a
// gathering, with a target or none ("the premier, attending two summits
// abroad" is no one-sided visit either); out[first:] are the sentence's events.
func (st *state) withoutAttendance(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noAttendance {
		return out
	}
	s := &st.s
	hasWith := func(h int) bool {
		for _, k := range s.kids[h] {
			if (s.rel[k] == rNmod || s.rel[k] == rObl) && s.caseOf(k) == "with" {
				return true
			}
		}
		return false
	}
	keep := out[:first]
	for i := first; i < len(out); i++ {
		e := out[i]
		v := s.tokenStarting(e.Action.Start)
		if v < 0 || s.lemma[v] != "attend" || e.Cameo == "017" {
			keep = append(keep, e)
			continue
		}
		o := s.child(v, rObj)
		if o < 0 || !(attendedGatherings[s.lemma[o]] || attendedGatherings[s.lower[o]]) || hasWith(o) || hasWith(v) {
			keep = append(keep, e)
			continue
		}
		if e.Target == nil && attendedTalks[s.lemma[o]] {
			// "will attend talks in Oslo": talks with someone unnamed
			// stay (one-sided, not scored)
			keep = append(keep, e)
			continue
		}
		if e.Cameo == "036" && e.Target != nil && hasEventAny(out[first:], e.Target.Code, e.Source.Code) {
			// A planned meeting among co-attendees named jointly.
			keep = append(keep, e)
			continue
		}
	}
	return keep
}

// hasEventAny reports whether evs hold an event of any code from src to tgt.
func hasEventAny(evs []doc.Event, src, tgt string) bool {
	for _, e := range evs {
		if e.Source.Code == src && e.Target != nil && e.Target.Code == tgt {
			return true
		}
	}
	return false
}
