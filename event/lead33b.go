package event

import "github.com/dyadproject/dyad/doc"

// Session 33 (lead, second part): deeds one is charged with or punished
// for. "Prosecutors charged Kane with threatening state security", "was
// found guilty of insulting the president", "arrested him for throwing
// stones": the gerund names the deed alleged or punished, the accused's,
// never an act of the prosecutors, the court or the police. The
// accusation rule (accuseVerbs: "accused X of shelling") took only "of"
// and "for" after verbs of accusing; chargedDeed adds "charged with",
// "guilty of" and "for" after verbs of punishing.

// lead33bOff switches off the rules of this file (tests only).
type lead33bOff struct {
	// noChargedDeed switches off chargedDeed.
	noChargedDeed bool
	// noCitedForce switches off withoutCitedForce.
	noCitedForce bool
}

// citeVerbs name an act by speaking of it: "citing the attack",
// "mentioned the shelling", "recalled the war".
var citeVerbs = map[string]bool{"cite": true, "mention": true, "recall": true, "note": true, "describe": true,
	"recount": true, "list": true, "invoke": true, "document": true}

// withoutCitedForce drops from the sentence's events out[first:] a use of
// force (18x-20x) whose action opens with a verb of citing: "closed the
// border, citing an attack by rebels" was coded an attack by the one who
// cited it. The attack the rebels made is no act of the speaker, and the
// verb of citing does nothing to anyone.
func (st *state) withoutCitedForce(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noCitedForce {
		return out
	}
	s := &st.s
	kept := out[:first]
	for _, e := range out[first:] {
		if forceCode(e.Cameo) {
			if v := s.tokenStarting(e.Action.Start); v >= 0 && s.upos[v] == "VERB" && citeVerbs[s.lemma[v]] {
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// punishVerbs take the deed they punish in a "for" clause (praise and
// blame, "condemned Russia for attacking", are session 16's judgedDeed).
var punishVerbs = map[string]bool{"arrest": true, "detain": true, "jail": true, "imprison": true,
	"sentence": true, "fine": true, "punish": true, "execute": true, "prosecute": true, "try": true,
	"sue": true, "expel": true, "deport": true, "sack": true, "dismiss": true, "ban": true}

// chargedDeed reports whether clause x, hanging from g, is a deed one is
// charged with, found guilty of or punished for.
func (st *state) chargedDeed(x, g int) bool {
	s := &st.s
	if st.c.opt.noChargedDeed || !isVerbal(s.upos[x]) {
		return false
	}
	switch {
	case s.lemma[g] == "charge" && s.hasWord(x, "with"):
		return true
	case s.lemma[g] == "guilty" && s.hasWord(x, "of"):
		return true
	case punishVerbs[s.lemma[g]] && s.hasWord(x, "for"):
		return true
	}
	return false
}
