package quote

import "strings"

// Thirty-fourth round (issue 7): acts of speaking whose object is the
// audience, not what was said (docs/QUOTES.md).

// AudienceAddress keeps "address" from quoting when its object is the
// audience spoken to, a person, a body or a gathering, and no clause
// follows: "Ruto addressed the summit in Addis Ababa", "is scheduled to
// address the convention on Monday", "addressing about 100 committee
// members" made quotes whose content was the audience. Addressing an
// issue ("addressed the controversy over the levy") stays a cue, and
// so does a participle of saying after it ("addressed reporters, saying
// …"), which quotes on its own.
var AudienceAddress = true

// audienceNouns are the heads of an object of "address" that name its
// audience (AudienceAddress): gatherings, bodies and groups of people.
var audienceNouns = setOf("rally", "convention", "conference", "meeting", "summit", "session", "parliament",
	"assembly", "crowd", "audience", "gala", "congress", "nation", "country", "student", "supporter",
	"delegate", "member", "legislature", "lawmaker", "party", "gathering", "forum", "dinner", "luncheon",
	"graduate", "troop", "reporter", "journalist", "press", "people", "voter", "worker", "soldier",
	"officer", "group", "committee", "council", "chamber", "senate", "house", "union", "congregation",
	"ceremony", "event", "celebration", "cabinet", "mp", "deputy", "fan", "follower", "resident",
	"citizen", "public", "graduation", "commencement", "caucus", "delegation", "leader", "senator",
	"official", "diplomat", "minister", "governor", "mourner", "faithful", "worshipper", "crowds")

// audienceAddress reports whether v is "address" with an audience as its
// object and no clausal complement (AudienceAddress).
func (a *analysis) audienceAddress(v int) bool {
	toks := a.d.Tokens
	if !AudienceAddress || toks[v].Lemma != "address" || toks[v].UPOS != "VERB" {
		return false
	}
	if a.child(v, "ccomp", "xcomp", "parataxis") >= 0 || a.thatAfter(v) >= 0 {
		return false
	}
	o := a.child(v, "obj")
	if o < 0 || o < v {
		return false
	}
	if lo, _ := a.subtree(o); lo > v+1 {
		// "The poll addresses a question Bloomberg seemed to have
		// settled" with the name parsed as the object: the audience
		// follows the verb at once (or after an adverb).
		for t := v + 1; t < lo; t++ {
			if toks[t].UPOS != "ADV" {
				return false
			}
		}
	}
	if quantifierObjects[strings.ToLower(toks[o].Lemma)] || quantifierObjects[strings.ToLower(a.text(o))] {
		// "addressed some of the delegates": the noun of the "of" phrase
		if n := a.child(o, "nmod"); n >= 0 {
			o = n
		}
	}
	if audienceNouns[strings.ToLower(toks[o].Lemma)] {
		return true
	}
	switch a.speakerKind(o) {
	case "PER", "ORG", "NORP", "title":
		// Not a name under a common noun ("addresses a question
		// Bloomberg seemed to have settled", the name parsed as the
		// object's head).
		c := a.child(o, "compound")
		return c < 0 || toks[c].UPOS != "NOUN"
	}
	return false
}
