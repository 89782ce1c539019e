package quote

import "strings"

// Rules of session 19's everyday round (the lead's story of a coup), each a
// switch (docs/QUOTES.md, docs/EVENTS.md "everyday round 19").

// OrderedAct keeps "order" with an act as its object from quoting: "He
// ordered the expulsion of Senegal's ambassador" expels (the event coder
// codes it 174); "ordered troops to withdraw" (an infinitive) and
// "ordered that ..." stay cues.
var OrderedAct = true

// orderedActs are the objects that make "order" an act.
var orderedActs = setOf("expulsion", "arrest", "release", "closure", "withdrawal", "deployment", "evacuation",
	"suspension", "dissolution", "shutdown", "seizure", "demolition", "destruction", "execution", "detention",
	"deportation", "recall", "blockade", "mobilisation", "mobilization", "curfew", "lockdown")

// RejectedUltimatum keeps "reject" with an ultimatum or a deadline as its
// object from quoting: "The junta rejected the ultimatum" refuses a demand
// (the event coder codes it 120 against its author), as RejectedMove does
// for "rejected the move".
var RejectedUltimatum = true

// NamedPosts keeps "name" or "appoint" with a body or a post as its object
// from quoting: "the junta has until December 31 to name a civilian
// government" and "will name a new cabinet" fill posts (PolNeAR's cues of
// "name" name someone or something as what it is: "named him the worst").
var NamedPosts = true

// namedPosts are the objects that make "name" and "appoint" acts.
var namedPosts = setOf("government", "cabinet", "successor", "team", "committee", "commission", "council",
	"panel", "envoy", "ambassador", "minister", "premier", "governor", "administration", "board", "delegation")

// everydayAct19 reports whether one of session 19's act rules keeps v
// from quoting.
func (a *analysis) everydayAct19(v int) bool {
	toks := a.d.Tokens
	if toks[v].UPOS != "VERB" || a.child(v, "ccomp", "xcomp") >= 0 {
		return false
	}
	o := a.child(v, "obj")
	if o < 0 {
		return false
	}
	obj := strings.ToLower(toks[o].Lemma)
	switch toks[v].Lemma {
	case "order":
		return OrderedAct && orderedActs[obj]
	case "reject":
		return RejectedUltimatum && (obj == "ultimatum" || obj == "deadline")
	case "name", "appoint":
		return NamedPosts && namedPosts[obj]
	}
	return false
}
