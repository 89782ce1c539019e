package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 36 (lead): two wire-news forms of a cue after its content that
// the parser breaks (docs/QUOTES.md "Session 36 (lead)").

// TrailingTail lets a trailing cue ("…, the president told …") be
// followed by a phrase about the telling rather than by content: a
// participle used as an adjective of the addressee ("told visiting
// Ethiopian Prime Minister Abiy Ahmed"), a relative clause on the
// addressee after a comma (", who had been …"), and a clause of time
// ("told reporters after meeting …"). The parser hangs such a cue on the
// content's clause (acl:relcl, csubj) and the verb after it made the
// trailing test give up, so the story's words were lost and the addressee
// was quoted as what was said. The content must hold a finite verb: "During
// a visit to Nairobi, Ruto said after meeting Abiy that …" is no such cue.
var TrailingTail = true

// tailWords open a clause of time after a trailing cue and its addressee.
var tailWords = map[string]bool{"after": true, "before": true, "while": true, "during": true, "following": true, "upon": true, "when": true}

// cueTail reports how the words after trailing cue v, plain up to t (a
// verb, auxiliary or subordinator, or the twelfth word), go on: skip is
// true when t is an adjective participle to read past ("visiting"), stop
// is true when the content's sentence may end the quote here (the rest
// is the telling's own phrase).
func (a *analysis) cueTail(v, t int) (skip, stop bool) {
	if !TrailingTail || t-v >= 12 {
		return false, false
	}
	toks := a.d.Tokens
	if t == v+1 && toks[t].XPOS == "VBG" && strings.EqualFold(a.text(t), "visiting") && addresseeVerbs[toks[v].Lemma] {
		return true, false
	}
	if a.inRegion[t] >= 0 {
		return false, false
	}
	comma := -1
	for k := v + 1; k < t; k++ {
		if a.text(k) == "," {
			if comma >= 0 {
				return false, false
			}
			comma = k
		}
	}
	if comma < 0 && t > v+1 && tailWords[strings.ToLower(a.text(t))] {
		return false, true
	}
	if comma > v+1 && addresseeVerbs[toks[v].Lemma] {
		// "told Abiy, who …": the clause is on the addressee; not "…,
		// ESPN reported, and Byrd, who …", a cue inside its content
		switch strings.ToLower(a.text(comma + 1)) {
		case "who", "whom", "whose", "which":
			return false, true
		}
	}
	return false, false
}

// finiteBefore reports whether tokens [lo, hi) hold a finite verb or
// auxiliary outside quotation marks: a clause, not a phrase.
func (a *analysis) finiteBefore(lo, hi int) bool {
	for t := lo; t < hi; t++ {
		switch a.d.Tokens[t].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			if a.inRegion[t] < 0 {
				return true
			}
		}
	}
	return false
}

// FrontQuotedAs attributes "…, Kenyan President William Ruto was quoted
// as saying by the Daily Nation.": the sentence before the comma is the
// content, the passive subject of "quoted" the source (quotedAs,
// round34.go, reads the words after "quoted X as saying"). Without it the
// participle "saying" (no inverted cue) and "quoted" (no clause) gave no
// quote at all.
var FrontQuotedAs = true

// frontQuotedAs proposes the quote of passive "quoted" v whose "as saying"
// ends the sentence's clause, and reports whether there was one.
func (a *analysis) frontQuotedAs(v int) bool {
	toks := a.d.Tokens
	if !FrontQuotedAs || toks[v].Lemma != "quote" || toks[v].XPOS != "VBN" || a.child(v, "aux:pass") < 0 {
		return false
	}
	sj := a.child(v, "nsubj:pass")
	if sj < 0 || sj > v {
		return false
	}
	say := -1
	for _, k := range a.kids(v) {
		if k > v && toks[k].Lemma == "say" && toks[k].XPOS == "VBG" && strings.EqualFold(a.text(k-1), "as") {
			say = k
		}
	}
	if say < 0 || a.child(say, "ccomp", "parataxis", "obj") >= 0 {
		return false
	}
	s := a.sentenceOf(v)
	slo, _ := a.subtree(sj)
	for slo < sj && toks[slo].UPOS == "PUNCT" {
		slo++ // the parser may hang the content's comma on the subject
	}
	c := slo - 1
	if c <= s.TokenStart+2 || a.text(c) != "," || a.inRegion[c] >= 0 {
		return false
	}
	for t := say + 1; t < s.TokenEnd; t++ {
		// after "saying": an agent, a time, a place; no clause
		switch toks[t].UPOS {
		case "VERB", "AUX", "SCONJ":
			return false
		}
	}
	if a.words(s.TokenStart, c) < 3 || !a.finiteBefore(s.TokenStart, c) {
		return false
	}
	_, shi := a.subtree(sj)
	a.addIndirect(v, s.TokenStart, c-1, a.cueSpan(v), a.span(slo, shi))
	return true
}

// PhraseComplement drops the clausal complement the parser gives an
// inverted cue when it is a prepositional phrase with the speaker made its
// subject: "There is still work to be done, said Bush in an interview with
// reporters" parsed "Bush in an interview" as a clause (ccomp headed by
// "interview"), which quoted "Bush in an interview with reporters" as
// said by "work to be done". Without it the cue is a trailing one.
var PhraseComplement = true

// phraseComplement returns c, or -1 when c is such a phrase of inverted
// cue v (right after a comma).
func (a *analysis) phraseComplement(v, c int) int {
	toks := a.d.Tokens
	if !PhraseComplement || c <= v || v < 1 || a.text(v-1) != "," || a.inRegion[c] >= 0 {
		return c
	}
	switch toks[c].UPOS {
	case "NOUN", "PROPN":
	default:
		return c
	}
	cs := a.child(c, "case")
	sj := a.child(c, "nsubj")
	if cs < 0 || cs > c || sj != v+1 && !(sj > v && sj < cs) {
		return c
	}
	for _, k := range a.kids(c) {
		switch toks[k].UPOS {
		case "VERB", "AUX":
			return c // a verb of its own: a clause after all
		}
	}
	return -1
}

// NameBeforeAdjunct ends the source after an inverted cue ("…, said Bush
// in an interview with reporters") at a preposition of time, place or
// manner right after a proper name: the source was the whole phrase.
var NameBeforeAdjunct = true

// adjunctPreps open a phrase about the saying after the speaker's name.
var adjunctPreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "to": true, "while": true, "when": true}

// nameEnd returns the last token of the source [lo, hi] after an inverted
// cue: hi, or the token before the first adjunct preposition that follows
// a proper name.
func (a *analysis) nameEnd(lo, hi int) int {
	if !NameBeforeAdjunct {
		return hi
	}
	toks := a.d.Tokens
	for t := lo + 1; t <= hi; t++ {
		if toks[t-1].UPOS == "PROPN" && a.inRegion[t] < 0 && adjunctPreps[strings.ToLower(a.text(t))] {
			return t - 1
		}
	}
	return hi
}

// quotedAsCue attributes a direct quotation followed by "X was quoted (by
// Y) as saying" (FrontQuotedAs): j is the passive auxiliary after the
// quotation's comma at k, the cue is "quoted", the source its passive
// subject (not Y, the outlet that quoted). afterCue gave up at the
// auxiliary, so "“…,” Larijani was quoted by the semi-official Mehr news
// agency as saying" had no speaker and the agency was quoted as saying
// "as saying".
func (a *analysis) quotedAsCue(j, k int) (doc.Quote, bool) {
	toks := a.d.Tokens
	if !FrontQuotedAs || toks[j].Deprel != "aux:pass" {
		return doc.Quote{}, false
	}
	h := toks[j].Head
	if h <= j || h > j+2 || toks[h].Lemma != "quote" || toks[h].XPOS != "VBN" || a.inRegion[h] >= 0 {
		return doc.Quote{}, false
	}
	say := false
	for _, c := range a.kids(h) {
		if c > h && toks[c].Lemma == "say" && toks[c].XPOS == "VBG" && strings.EqualFold(a.text(c-1), "as") && a.child(c, "ccomp", "obj") < 0 {
			say = true
		}
	}
	sj := a.child(h, "nsubj:pass")
	if !say || sj < k || sj >= j {
		return doc.Quote{}, false
	}
	slo, shi := a.subtree(sj)
	for slo < sj && toks[slo].UPOS == "PUNCT" {
		slo++
	}
	if slo < k || shi >= j {
		return doc.Quote{}, false
	}
	return doc.Quote{Cue: a.cueSpan(h), Source: a.span(slo, shi)}, true
}
