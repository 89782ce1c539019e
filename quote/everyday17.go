package quote

import "strings"

// Rules of session 17's everyday round (the lead's own stories), each a
// switch (docs/QUOTES.md, docs/EVENTS.md "everyday round 17").

// RejectedMove keeps "reject" with an act as object from quoting: "Kenya
// rejected the move as unjustified" answers an act told before (the event
// coder codes it 120), as "accepted the invitation" does (ActObjects); a
// claim, an accusation or a report rejected stays a cue.
var RejectedMove = true

// rejectedActs are the objects that make "reject" an act.
var rejectedActs = setOf("move", "decision", "step", "measure", "action")

// rejectedMove reports whether v is "reject" with an object of
// rejectedActs and no clausal or open complement.
func (a *analysis) rejectedMove(v int) bool {
	toks := a.d.Tokens
	if !RejectedMove || toks[v].Lemma != "reject" || a.child(v, "ccomp", "xcomp") >= 0 {
		return false
	}
	o := a.child(v, "obj")
	return o >= 0 && rejectedActs[strings.ToLower(toks[o].Lemma)]
}

// GatheringPurpose keeps the purpose of a gathering parsed on the place
// of the gathering from being a cue: "Protesters gathered outside the
// embassy on Monday to denounce deforestation", with "to denounce" hung
// on "embassy", quoted the embassy.
var GatheringPurpose = true

// gatherVerbs gather people at a place.
var gatherVerbs = map[string]bool{"gather": true, "rally": true, "march": true, "demonstrate": true,
	"protest": true, "assemble": true, "converge": true, "mass": true, "congregate": true}

// seatNouns are the seats of a body a crowd gathers outside of, which
// the speaker search would take for the one who speaks ("protested in the
// town of Zadar to express their anger" keeps its cue).
var seatNouns = map[string]bool{"embassy": true, "consulate": true, "mission": true, "ministry": true,
	"parliament": true, "palace": true, "headquarters": true, "office": true, "court": true,
	"residence": true, "building": true, "compound": true, "legislature": true, "embassies": true}

// gatheringPurpose reports whether v is an infinitive with "to" hung as a
// clause on a seat noun (seatNouns) that is a phrase of a verb of
// gathering.
func (a *analysis) gatheringPurpose(v int) bool {
	toks := a.d.Tokens
	if !GatheringPurpose || toks[v].Deprel != "acl" {
		return false
	}
	if m := a.child(v, "mark"); m < 0 || !strings.EqualFold(a.text(m), "to") {
		return false
	}
	n := toks[v].Head
	if n < 0 || !seatNouns[strings.ToLower(toks[n].Lemma)] || !strings.HasPrefix(toks[n].Deprel, "obl") {
		return false
	}
	g := toks[n].Head
	return g >= 0 && gatherVerbs[toks[g].Lemma]
}
