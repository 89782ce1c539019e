package quote

import "strings"

// Rules of issue 7, part 1 (the team's wire-style stories): verbs the
// detector or the cue table take as cues that report no speech, thought or
// stance in wire news.

// ActVerbs keeps the learned detector from making a cue of a verb that
// PolNeAR train saw often with an object but rarely as a cue there (at
// least actUses uses, a smoothed cue rate below actRate), unless it has a
// clausal complement: "The European Union imposed new sanctions" is an act,
// not an attribution (impose: 2 cues in 27 uses with an object).
var ActVerbs = true

// actUses is the fewest uses with an object in train for ActVerbs; ActRate
// the smoothed cue rate below which such a verb is an act.
const actUses = 20

// ActRate is the smoothed cue rate with an object below which a verb seen
// at least actUses times is an act for ActVerbs.
var ActRate = 0.1

// ActObjectOnly limits ActVerbs to verbs with a direct object and no open
// complement ("imposed new sanctions", not "failed to …").
var ActObjectOnly = true

// actVerb reports whether token v is such a verb (ActVerbs).
func (a *analysis) actVerb(v int) bool {
	t := a.d.Tokens[v]
	if t.UPOS != "VERB" {
		return false
	}
	r, ok := rates[t.Lemma]
	if !ok || r.objectUses < actUses || r.object >= ActRate || r.clause >= ClauseRate || cues[t.Lemma] != 0 {
		return false
	}
	if ActObjectOnly && (a.child(v, "obj") < 0 || a.child(v, "xcomp") >= 0) {
		return false
	}
	// "spoke out for …": a verb with a particle is a phrase of its own.
	return a.child(v, "ccomp") < 0 && a.child(v, "compound:prt") < 0
}

// ThingEchoes drops a verb of resemblance (echo, mirror, resemble) whose
// subject is a singular common noun that names no one (not an entity, a
// title or a pronoun) and that has no clausal complement: "The violence
// echoes attacks of the late 1990s" says that one thing is like another;
// "Other lawmakers echoed the criticism" and "he echoed that promise"
// (PolNeAR's attributions) stay.
var ThingEchoes = true

// resemblanceVerbs are the verbs of ThingEchoes. (With reflect, recall and
// evoke as well, train cross-validation scored 0.01 lower on source and
// content F1.)
var resemblanceVerbs = map[string]bool{"echo": true, "mirror": true, "resemble": true}

// thingEchoes reports whether token v is such a verb (ThingEchoes).
func (a *analysis) thingEchoes(v int) bool {
	toks := a.d.Tokens
	if !resemblanceVerbs[toks[v].Lemma] || a.child(v, "ccomp") >= 0 {
		return false
	}
	s := a.child(v, "nsubj")
	if s < 0 || toks[s].UPOS != "NOUN" || toks[s].XPOS != "NN" {
		return false
	}
	if titles[strings.ToLower(a.text(s))] {
		return false
	}
	return a.speakerKind(s) == "NOUN"
}

// notSaying reports whether a rule of this file keeps token v from being a
// cue.
func (a *analysis) notSaying(v int) bool {
	return (ThingEchoes && a.thingEchoes(v)) || a.ruleActs(v) || (ActVerbs && a.actVerb(v)) || a.meetingPurpose(v) || (PartyOpposition && a.partyNoun(v))
}
