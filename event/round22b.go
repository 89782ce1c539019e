package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 22b (helper eventsb), chosen on the real-news
// development misses whose sentence got no event of the gold's root or one
// of another code for the same pair. The patterns of the round are in
// data/event/round22b.pat.

// agreedTalkNouns are the nouns of a meeting one agrees to ("agreed to
// direct talks with X", "agreed to attend the talks").
var agreedTalkNouns = map[string]bool{
	"talk": true, "talks": true, "negotiation": true, "negotiations": true, "meeting": true,
	"dialogue": true, "consultation": true, "consultations": true, "summit": true,
}

// agreedTalks recodes the CAMEO dictionary's 030 of "agree" as a planned
// meeting (036) when what is agreed to is a meeting: "the rebels agreed to
// direct talks with the government", "agreed to attend the talks in
// Geneva", as "agreed to meet" already codes. The meeting noun must hang
// on "agree" itself (its "to" phrase) or be the object of an infinitive
// "attend"/"join" under it: a meeting noun deeper down (an agreement "to
// settle the tariff question inside the negotiations") is no agreement
// to meet, which a pattern's "pp:to &MEETING" could not tell apart.
// out[first:] are the sentence's events.
func (st *state) agreedTalks(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noAgreedTalks {
		return out
	}
	s := &st.s
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo != "030" || e.Target == nil {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 || s.lemma[v] != "agree" {
			continue
		}
		talks := false
		for _, k := range s.kids[v] {
			switch {
			case s.rel[k] == rObl && s.caseOf(k) == "to" && agreedTalkNouns[s.lemma[k]]:
				talks = true
			case s.rel[k] == rXcomp && (s.lemma[k] == "attend" || s.lemma[k] == "join"):
				if o := s.child(k, rObj); o >= 0 && agreedTalkNouns[s.lemma[o]] {
					talks = true
				}
			}
		}
		if talks && !hasEvent(out[first:], "036", e.Source.Code, e.Target.Code) {
			e.Cameo = "036"
		}
	}
	return out
}
