package quote

// Rules of the twenty-first round (issue 7, session 18: cue recall), each a
// switch read from PolNeAR train errors (docs/QUOTES.md).

// CoveredTrim keeps an indirect quote whose content runs into another
// quote's words: the content ends before them instead of the quote being
// dropped. "Otieno said the bridge would reopen in May, telling reporters
// that “the engineers are ready”" gave the direct quote of "telling" and
// lost "said", whose clausal complement holds "telling" and its quotation.
// Only for a verb before its content whose parse holds the other quote's
// cue, when at least CoveredTrimWords words are left; the cut content is tried after every other candidate, and ends
// before a comma, semicolon or coordinating conjunction at most two words
// before the other quote's words ("…, and Otieno later told …").
var CoveredTrim = true

// CoveredTrimWords is the fewest words a content cut by CoveredTrim keeps.
var CoveredTrimWords = 3

// coveredTrim returns the end of candidate c's content cut before the first
// token another quote holds, or -1 when the cut is not allowed or leaves
// too little.
func (a *analysis) coveredTrim(c candidate) int {
	if !CoveredTrim || c.force || c.late || c.v > c.lo || a.d.Tokens[c.v].UPOS != "VERB" || a.covered[c.lo] || a.cueUsed[c.lo] {
		return -1
	}
	hi := a.lateEnd(c.lo, c.hi)
	if hi < c.lo || hi == c.hi || !a.heldBelow(c.v, c.lo, c.hi) {
		return -1
	}
	toks := a.d.Tokens
	for t := hi; t > c.lo && t >= hi-2; t-- {
		if x := a.text(t); x == "," || x == ";" || toks[t].UPOS == "CCONJ" {
			if e := a.backOff(c.lo, t-1); a.words(c.lo, e+1) >= CoveredTrimWords {
				hi = e
			}
			break
		}
	}
	if a.words(c.lo, hi+1) < CoveredTrimWords {
		return -1
	}
	return hi
}

// backOff returns hi moved left over the function words that cannot end a
// content.
func (a *analysis) backOff(lo, hi int) int {
	for hi >= lo && functionWord(a.d.Tokens[hi].UPOS) {
		hi--
	}
	return hi
}

// nextCand returns the ci-th candidate of acceptIndirect's loop: the
// proposed ones, then those CoveredTrim put off.
func (a *analysis) nextCand(ci int, trimmed []candidate) candidate {
	if ci < len(a.cands) {
		return a.cands[ci]
	}
	return trimmed[ci-len(a.cands)]
}

// heldBelow reports whether the first token in [lo, hi] that another quote
// holds belongs to a quote whose cue hangs below verb v in the parse ("said
// …, telling reporters “…”", "…, adding “…”"): the parse put the other
// quote inside v's content.
func (a *analysis) heldBelow(v, lo, hi int) bool {
	toks := a.d.Tokens
	for t := lo; t <= hi; t++ {
		if !a.covered[t] && !a.cueUsed[t] {
			continue
		}
		for _, q := range a.quotes {
			if q.Cue == nil {
				continue
			}
			in := q.Content.Start <= toks[t].Start && toks[t].End <= q.Content.End
			cue := q.Cue.Start <= toks[t].Start && toks[t].End <= q.Cue.End
			if !in && !cue {
				continue
			}
			c0, _ := tokenRange(toks, q.Cue.Start, q.Cue.End)
			for h, n := toks[c0].Head, 0; h >= 0 && n < len(toks); h, n = toks[h].Head, n+1 {
				if h == v {
					return true
				}
			}
		}
		return false
	}
	return false
}
