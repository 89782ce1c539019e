package quote

import "strings"

// Rules of session 21's everyday round (the lead's stories of a border
// clash and of a veto in the Security Council; docs/EVENTS.md "everyday
// round 21"). EverydayActs21 switches them off.
var EverydayActs21 = true

// failedTextNouns name a text put to a vote.
var failedTextNouns = map[string]bool{"resolution": true, "draft": true, "text": true, "bill": true, "motion": true,
	"proposal": true, "amendment": true}

// everydayAct21 reports whether cue v says nothing anyone said:
//
//   - a vote or veto ("voted in favour of the British-drafted text");
//   - an agreement to a thing ("agreed to a truce in July");
//   - no answer given ("did not respond to a request for comment");
//   - what a failed text would have done ("a resolution ... that would
//     have demanded a ceasefire").
func (a *analysis) everydayAct21(v int) bool {
	toks := a.d.Tokens
	if !EverydayActs21 || toks[v].UPOS != "VERB" {
		return false
	}
	switch toks[v].Lemma {
	case "vote", "veto":
		return true
	case "agree":
		// "The two countries agreed to a truce": an agreement to a
		// thing, no content said ("agreed to set up", "agreed that"
		// stay quotes)
		if a.child(v, "ccomp", "xcomp", "obj") >= 0 {
			return false
		}
		for _, k := range a.kids(v) {
			if toks[k].Deprel != "obl" {
				continue
			}
			for _, c := range a.kids(k) {
				if toks[c].Deprel == "case" && strings.EqualFold(a.text(c), "to") {
					return true
				}
			}
		}
		return false
	case "respond", "reply", "comment", "answer", "return":
		neg := false
		for k := v - 1; k >= 0 && k >= v-3 && toks[k].Sentence == toks[v].Sentence; k-- {
			w := strings.ToLower(a.text(k))
			neg = neg || w == "not" || w == "n't" || w == "never"
		}
		if !neg {
			return false
		}
		for k := v + 1; k < len(toks) && k <= v+6 && toks[k].Sentence == toks[v].Sentence; k++ {
			w := strings.ToLower(a.text(k))
			if w == "comment" || w == "request" || w == "requests" || w == "calls" || w == "messages" {
				return true
			}
		}
		return false
	}
	modal, have, rel := false, false, false
	for _, k := range a.kids(v) {
		w := strings.ToLower(a.text(k))
		switch {
		case strings.HasPrefix(toks[k].Deprel, "aux") && (w == "would" || w == "could" || w == "might"):
			modal = true
		case strings.HasPrefix(toks[k].Deprel, "aux") && w == "have":
			have = true
		case strings.HasPrefix(toks[k].Deprel, "nsubj") && (w == "that" || w == "which"):
			rel = true
		}
	}
	if !modal || !have || !rel {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-8 && toks[k].Sentence == toks[v].Sentence; k-- {
		if failedTextNouns[strings.ToLower(toks[k].Lemma)] {
			return true
		}
	}
	return false
}
