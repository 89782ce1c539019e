package quote

import "strings"

// Rules of session 18's everyday round (the lead's own stories), each a
// switch (docs/QUOTES.md, docs/EVENTS.md "everyday round 18").

// ApprovedFunds keeps "approve" with money as object from quoting: "the
// IMF approved a loan of $450 million to Tanzania" grants a loan (the
// event coder codes it 071); "approved the plan" or a bill stays a cue.
var ApprovedFunds = true

// approvedFunds are the objects that make "approve" an act.
var approvedFunds = setOf("loan", "credit", "grant", "aid", "funding", "fund", "tranche", "disbursement",
	"bailout", "package", "payment", "financing", "$", "dollar", "million", "billion", "sale")

// IntendedAct keeps an intention that nobody voices, with a "to"
// infinitive as its only content, from quoting: a participle after a
// comma ("Qatar hosted the talks, hoping to settle the dispute": the
// host's aim, told by the writer) and "expect" in the passive without an
// agent ("Aliyev is expected to visit Qatar"). A clause with "that"
// stays a quote, and so does an agreement ("The two ministers agreed to
// set up a joint commission"), which PolNeAR attributes to its subject.
var IntendedAct = true

// MarchDemand keeps the participle of a crowd's march or rally (a verb)
// from quoting ("Hundreds of supporters marched through the
// capital demanding his release"): the crowd's cause, not words one can
// attribute, as GatheringPurpose does for a purpose parsed on the seat of
// a body.
var MarchDemand = true

// RelativeCut ends the source of a quote where a relative clause on its
// head begins ("Iran, which borders both countries, urged Baku ..." with
// "borders" read as a noun conjoined to "Iran": the source was the whole
// phrase and the speaker the last actor named in it).
var RelativeCut = true

// approvedMoney reports whether v is "approve" with an object of
// approvedFunds and no clausal or open complement.
func (a *analysis) approvedMoney(v int) bool {
	toks := a.d.Tokens
	if !ApprovedFunds || toks[v].Lemma != "approve" || a.child(v, "ccomp", "xcomp") >= 0 {
		return false
	}
	o := a.child(v, "obj")
	return o >= 0 && approvedFunds[strings.ToLower(toks[o].Lemma)]
}

// intendedAct reports whether v is an unvoiced intention or agreement
// with a "to" infinitive as its only content (IntendedAct).
func (a *analysis) intendedAct(v int) bool {
	toks := a.d.Tokens
	if !IntendedAct || toks[v].UPOS != "VERB" || a.child(v, "ccomp", "obj") >= 0 {
		return false
	}
	x := a.child(v, "xcomp")
	if x < 0 || x < v {
		return false
	}
	if m := a.child(x, "mark"); m < 0 || !strings.EqualFold(a.text(m), "to") {
		return false
	}
	// An agreement stays a quote: PolNeAR attributes "agreed to set up
	// …" to its subject, and leaving it out cost 0.10 of dev cue F1
	// (session 18).
	switch toks[v].Lemma {
	case "hope", "aim", "seek", "intend", "plan", "want":
		// "…, hoping to settle …": a participle adjunct after a comma,
		// the writer's account of the aim
		return toks[v].XPOS == "VBG" && v > 0 && a.text(v-1) == "," && a.child(v, "nsubj") < 0
	case "expect":
		// (", an official said" hung on the verb voices it: NestedSource)
		return a.child(v, "nsubj:pass") >= 0 && a.agent(v) < 0 && !a.voicedBy(v)
	}
	return false
}

// marchDemand reports whether v, a participle (VBG) with no subject of
// its own, hangs (within four steps, through nouns or the
// verbs of a broken place name) under a verb of gathering (gatherVerbs).
func (a *analysis) marchDemand(v int) bool {
	toks := a.d.Tokens
	if !MarchDemand || toks[v].UPOS != "VERB" || a.child(v, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	if toks[v].XPOS != "VBG" {
		return false // a purpose infinitive is GatheringPurpose's
	}
	for h, steps := toks[v].Head, 0; h >= 0 && steps < 4; h, steps = toks[h].Head, steps+1 {
		if gatherVerbs[toks[h].Lemma] && toks[h].UPOS == "VERB" {
			return true
		}
		if cues[toks[h].Lemma]&speech != 0 {
			return false // "said protesters marched …"
		}
	}
	return false
}

// relativeCut returns hi cut before ", which" or ", who" after the source
// head s (RelativeCut).
func (a *analysis) relativeCut(s, lo, hi int) int {
	if !RelativeCut {
		return hi
	}
	for t := s + 1; t < hi; t++ {
		if a.text(t) == "," && (strings.EqualFold(a.text(t+1), "which") || strings.EqualFold(a.text(t+1), "who")) {
			if t-1 >= lo {
				return t - 1
			}
		}
	}
	return hi
}

// everydayAct18 reports whether one of session 18's act rules keeps v
// from quoting.
func (a *analysis) everydayAct18(v int) bool {
	return a.approvedMoney(v) || a.intendedAct(v) || a.marchDemand(v) || a.underIntendedAct(v) || a.everydayAct19(v) || a.everydayAct20(v) ||
		a.everydayAct21(v) || a.leftAct22(v) || a.everydayAct23(v) || a.leftAct23(v) || a.everydayAct23b(v) || a.deed28(v) || a.continueAspect(v) ||
		a.audienceAddress(v) || a.filedInto(v) // (everyday21.go, left22.go, everyday23.go, left23.go, everyday23b.go, deeds28.go, round32.go, round34.go, round35.go)
}

// underIntendedAct reports whether v lies in the infinitive of an
// unvoiced intention (intendedAct), within three steps: "The council is
// expected to announce its decision", "is expected to present a
// resolution condemning X" tell what is to come, not what was said.
func (a *analysis) underIntendedAct(v int) bool {
	toks := a.d.Tokens
	for x, steps := v, 0; x >= 0 && steps < 3; x, steps = toks[x].Head, steps+1 {
		if h := toks[x].Head; h >= 0 && toks[x].Deprel == "xcomp" && a.intendedAct(h) {
			return true
		}
	}
	return false
}

// voicedBy reports whether a verb of speech with a subject of its own
// hangs inside v's phrase ("The council is expected to vote next week, an
// official said").
func (a *analysis) voicedBy(v int) bool {
	lo, hi := a.subtree(v)
	for k := lo; k <= hi; k++ {
		if k != v && a.d.Tokens[k].UPOS == "VERB" && cues[a.d.Tokens[k].Lemma]&speech != 0 && a.child(k, "nsubj") >= 0 {
			return true
		}
	}
	return false
}
