package quote

// Rules of the nineteenth round (issue 7, session 17: cue recall), each a
// switch read from PolNeAR train errors (docs/QUOTES.md).

// LeftRest gives a verb the detector scores above LeftScore, that has no
// dependent to its right and nothing after it in its clause (so neither
// the fallback nor LinearRest found a content), the words before it in its
// sentence as content: the parser hung the cue on the content or left the
// content unattached ("The bridge will reopen in May, Otieno has said." with
// "said" made a clausal complement of "reopen"; "…, as the ministry noted
// this week."). The words before the cue's own phrase (its subject and
// auxiliaries stay out) back to the sentence's start or a semicolon. Like
// LinearRest's, such a content is a guess: it yields to every other
// candidate and starts after any token another quote holds (leftStart).
var LeftRest = true

// LeftScore is the detector score above which LeftRest applies.
var LeftScore = 10.0

// leftRest returns the tokens [lo, hi] before verb v's phrase to the start
// of its clause (a semicolon or the sentence's start, without edge
// punctuation other than quotation marks), when v scores above LeftScore,
// or -1, -1. The caller has found no content right of v.
func (a *analysis) leftRest(v int) (int, int) {
	toks := a.d.Tokens
	if !LeftRest || toks[v].UPOS != "VERB" || a.inRegion[v] >= 0 {
		return -1, -1
	}
	switch toks[v].Deprel {
	case "acl", "acl:relcl", "amod", "conj", "advcl:relcl":
		// "the crowds the organisers predicted", "a plan announced by the
		// ministry": what was said is the noun, not the words before
		// (giving the noun as content was tried: docs/QUOTES.md).
		return -1, -1
	}
	if a.child(v, "nsubj") < 0 || a.child(v, "mark") >= 0 {
		// The cue's own subject says it; "more than the organisers
		// expected", "when asked" say nothing of the words before.
		return -1, -1
	}
	vlo, _ := a.subtree(v)
	s := a.sentenceOf(v)
	start := s.TokenStart
	for t := vlo - 1; t >= start; t-- {
		if a.text(t) == ";" {
			start = t + 1
			break
		}
	}
	hi := vlo - 1
	for hi >= start && toks[hi].UPOS == "PUNCT" && !markToken(a.text(hi)) {
		hi--
	}
	lo := start
	for lo <= hi && toks[lo].UPOS == "PUNCT" && !markToken(a.text(lo)) {
		lo++
	}
	if lo > hi || a.words(lo, hi+1) < 2 || a.cueScore(v) <= LeftScore {
		return -1, -1
	}
	return lo, hi
}

// leftStart returns the first token of a LeftRest content [lo, hi] once it
// starts after every token another quote holds (its content or cue); hi+1
// when nothing is left.
func (a *analysis) leftStart(lo, hi int) int {
	for t := hi; t >= lo; t-- {
		if a.covered[t] || a.cueUsed[t] {
			lo = t + 1
			for lo <= hi && (a.d.Tokens[lo].UPOS == "CCONJ" || a.d.Tokens[lo].UPOS == "SCONJ" || a.d.Tokens[lo].UPOS == "PUNCT" && !markToken(a.text(lo))) {
				lo++
			}
			break
		}
	}
	return lo
}
