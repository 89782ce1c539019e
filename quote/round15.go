package quote

import "github.com/dyadproject/dyad/doc"

// Rules of the fifteenth round (issue 7, session 13: cue recall), each a
// switch read from PolNeAR train errors (docs/QUOTES.md).

// PassiveSure lets the detector's fallback quote a passive verb without a
// "by" agent when the verb is of the cue lexicon (passiveLexicon) and the
// detector scores it above PassiveScore ("has been widely criticized for
// …", "is accused of …"): PolNeAR marks them as attributions whose source
// is left unsaid. The passive filter (PassiveFilter) still keeps the
// others out; on wire news a lower threshold let court reports and
// appointments in ("was sentenced for …", "was named in …").
var PassiveSure = true

// PassiveScore is the detector score above which PassiveSure lets an
// agentless passive quote.
var PassiveScore = 20.0

// passiveSure reports whether agentless passive v may quote all the same
// (PassiveSure). "was asked about …" stays filtered: a question put to
// the subject, nothing said (as PassiveClause has it).
func (a *analysis) passiveSure(v int) bool {
	return PassiveSure && !questionVerbs[a.d.Tokens[v].Lemma] && a.passiveLexicon(v) && a.cueScore(v) > PassiveScore
}

// questionVerbs put a question to their object.
var questionVerbs = map[string]bool{"ask": true, "question": true, "quiz": true, "query": true}

// LinearRest gives a verb the detector scores above LinearScore, and that
// the parser left without any dependent to its right, the words after it
// to the end of its clause as content: the parse broke the clause off
// ("Wanjiru announced on Monday the levy on imports" with the cue hung on
// its subject, "Mwangi praised county engineers" with the verb made a
// modifier of the noun), and the fallback found nothing. Such a content
// is a guess: its candidate yields to every other (candidate.late) and
// ends before any other quote (lateEnd).
var LinearRest = true

// LinearScore is the detector score above which LinearRest applies.
var LinearScore = 5.0

// linearRest returns the tokens [lo, hi] after verb v to the end of its
// clause (a semicolon or the sentence's end, without closing punctuation)
// when v has no dependent to its right and scores above LinearScore, or
// -1, -1.
func (a *analysis) linearRest(v int) (int, int) {
	toks := a.d.Tokens
	if !LinearRest || toks[v].UPOS != "VERB" && !a.mistaggedVerb(v) || a.inRegion[v] >= 0 {
		// Nouns and adjectives have no right dependent far more
		// often: scoring them all cost a fifth of the stage's time
		// for 0.1 point of cue F1 (docs/QUOTES.md).
		return -1, -1
	}
	for _, k := range a.kids(v) {
		if k > v && toks[k].UPOS != "PUNCT" {
			return -1, -1
		}
	}
	s := a.sentenceOf(v)
	end := s.TokenEnd
	for t := v + 1; t < end; t++ {
		if a.text(t) == ";" {
			end = t
			break
		}
	}
	for end > v+1 && toks[end-1].UPOS == "PUNCT" {
		end--
	}
	lo := v + 1
	for lo < end && toks[lo].UPOS == "PUNCT" && !markToken(a.text(lo)) {
		lo++
	}
	if lo >= end || a.words(lo, end) < 2 || a.cueScore(v) <= LinearScore {
		return -1, -1
	}
	return lo, end - 1
}

// lateEnd returns the last token of a LinearRest content [lo, hi] once it
// ends before any token another quote holds (its content or cue), backed
// off over the function words that opened the clause cut short ("over
// what she …"); lo-1 when nothing is left.
func (a *analysis) lateEnd(lo, hi int) int {
	for t := lo; t <= hi; t++ {
		if a.covered[t] || a.cueUsed[t] {
			hi = t - 1
			for hi >= lo && functionWord(a.d.Tokens[hi].UPOS) {
				hi--
			}
			break
		}
	}
	return hi
}

// functionWord reports whether a word of part of speech upos cannot end
// a content.
func functionWord(upos string) bool {
	switch upos {
	case "PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX", "PART", "PUNCT":
		return true
	}
	return false
}

// ColonClause attributes a quotation opened right after a colon that ends
// a clause whose subject names someone, when no cue verb claimed it: "The
// union went further: “…”", "Otieno made his case: “…”". The clause's
// verb, with what follows it up to the colon, is the cue (PolNeAR marks
// the colon or the verb phrase), the verb's subject the source.
// ColonQuote takes the colon after a bare name.
var ColonClause = true

// colonClause adds ColonClause's quote of region r after colon c, if any.
func (a *analysis) colonClause(r *region, c int) {
	if !ColonClause {
		return
	}
	toks := a.d.Tokens
	s0 := a.sentenceOf(c).TokenStart
	h := -1
	for t := s0; t < c; t++ {
		if hd := toks[t].Head; (hd < s0 || hd >= c) && a.isVerb(t) {
			h = t
			break
		}
	}
	if h < 0 || a.inRegion[h] >= 0 {
		return
	}
	sj := a.subject(h)
	if sj < s0 || sj > h || a.inRegion[sj] >= 0 || relativePronoun(toks[sj]) || !a.speakerNoun(sj) {
		return
	}
	lo, hi := a.subjectTokens(sj)
	r.used = true
	a.add(doc.Quote{Content: a.d.SpanOf(r.start, r.end), Cue: a.span(h, c), Source: a.span(lo, hi), Kind: Direct})
}
