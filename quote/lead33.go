package quote

import "strings"

// Session 33 (lead): quoted words inside a reported promise or warning.
//
// "Lukashenko warned that Minsk would respond to the sanctions “in a mirror
// way.”": partial() climbs from the quoted words to the first cue verb
// above them, "respond" (a cue in "responded that …"), and made Minsk the
// speaker. A verb that will or would happen has not said anything yet:
// when the cue found is a future or conditional ("would respond", "will
// answer") under a clause-taking cue ("warned that", "said"), the quoted
// words are the outer speaker's, and the quotation is the whole reported
// clause.

// FutureCueOuter switches the rule on (the default).
var FutureCueOuter = true

// outerOfFutureCue returns, for cue verb h found above quoted words, the
// cue to attribute them to: h's governing cue when h is a future or
// conditional clause under it (futureUnderCue), else h. c is the word below
// h on the path from the quotation; both are returned, moved up one step.
func (a *analysis) outerOfFutureCue(c, h int) (int, int) {
	if g := a.futureUnderCue(h); g >= 0 {
		return h, g
	}
	return c, h
}

// futureUnderCue returns, for cue verb h, the cue verb governing it when h
// is a future or conditional clause (an auxiliary will, would, shall, may,
// might, could or can) in that cue's clausal complement, else -1.
func (a *analysis) futureUnderCue(h int) int {
	if !FutureCueOuter || h < 0 {
		return -1
	}
	toks := a.d.Tokens
	future := false
	for _, k := range a.kids(h) {
		if toks[k].Deprel == "aux" {
			switch strings.ToLower(a.text(k)) {
			case "will", "would", "shall", "may", "might", "could", "can", "'ll", "wo":
				future = true
			}
		}
	}
	g := toks[h].Head
	if !future || g < 0 || toks[h].Deprel != "ccomp" || !a.isVerb(g) || cues[toks[g].Lemma] == 0 || a.inRegion[g] >= 0 {
		return -1
	}
	return g
}
