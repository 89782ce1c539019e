package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 22's everyday round (stories of a regional summit, an
// expulsion of diplomats and a donor conference; docs/EVENTS.md "Everyday
// round 22"). EverydayQuotes22 switches them off.
var EverydayQuotes22 = true

// nextParagraphQuote reports whether quotation r, which has no cue of its
// own, goes on with the direct quote last (a.quotes index) of the
// paragraph before: the newswire convention of a speaker's quote closed at
// the end of a paragraph ("…,” Ley told reporters.) and taken up by a
// paragraph that is one quotation (“We support …”). The quotation must
// make up its whole paragraph, and the paragraph before must end with the
// sentence of that quote (no other speaker named in between).
func (a *analysis) nextParagraphQuote(r *region, last, lastPara int) bool {
	if !EverydayQuotes22 || last < 0 || last >= len(a.quotes) {
		return false
	}
	p := a.quotes[last]
	if p.Cue == nil || p.Kind != Direct || a.words(r.t0, r.t1) < 3 {
		return false
	}
	toks := a.d.Tokens
	sents := a.d.Sentences
	para := a.para(r.t0)
	if para != lastPara+1 {
		return false
	}
	// r opens its paragraph and runs to its end.
	s0 := toks[r.t0].Sentence
	if s0 > 0 && sents[s0-1].Paragraph == para {
		return false
	}
	if !a.startsSentence(r) {
		return false
	}
	for t := r.t1; t < len(toks) && a.para(t) == para; t++ {
		if toks[t].UPOS != "PUNCT" {
			return false
		}
	}
	// The quote before (its content or cue) lies in the last sentence of
	// its paragraph.
	prev := s0 - 1
	if prev < 0 || sents[prev].Paragraph != lastPara {
		return false
	}
	in := func(sp *doc.Span) bool {
		if sp == nil {
			return false
		}
		s := sents[prev]
		return sp.End > toks[s.TokenStart].Start && sp.Start < toks[s.TokenEnd-1].End
	}
	c := p.Content
	return in(&c) || in(p.Cue)
}

// whoseAside gives way to the noun before ", whose" when the subject s
// found for cue (reached by climbing from the cue to v) is the subject of
// a "whose" clause between commas and the cue comes after that clause:
// "Ruto, whose government Khartoum has accused of sheltering rebel
// leaders, said ..." parsed with "said" in parataxis on "accused" is
// Ruto's word, not Khartoum's (AsideSubject does this for "who" and
// "which" when the noun is the cue's subject too).
func (a *analysis) whoseAside(v, cue, s int) int {
	if !EverydayQuotes22 || s < 0 || v == cue || s > cue {
		return s
	}
	toks := a.d.Tokens
	w := -1
	for k := s - 1; k > 0 && toks[k].Sentence == toks[s].Sentence; k-- {
		t := a.text(k)
		if t == "," {
			break
		}
		if strings.EqualFold(t, "whose") && a.text(k-1) == "," {
			w = k
			break
		}
	}
	if w < 2 {
		return s
	}
	c := -1
	for k := s + 1; k < cue; k++ {
		if a.text(k) == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return s
	}
	n := w - 2
	if toks[n].Deprel == "flat" && toks[n].Head >= 0 && toks[n].Head < n {
		n = toks[n].Head
	}
	if u := toks[n].UPOS; u != "PROPN" && u != "NOUN" {
		return s
	}
	return n
}

// placeAdverb returns the sentence's first word when it is a name the
// tagger took for an adverb or auxiliary of verb v, which has no subject
// ("Moscow | responded within hours, expelling ... and saying ..."), or
// -1 (the quote stage's side of the event coder's repairPlaceAdverb).
func (a *analysis) placeAdverb(v int) int {
	if !EverydayQuotes22 || v < 0 {
		return -1
	}
	toks := a.d.Tokens
	k := a.sentenceOf(v).TokenStart
	if k >= v || toks[k].Head != v {
		return -1
	}
	if rel := toks[k].Deprel; rel != "advmod" && rel != "aux" || toks[k].UPOS != "ADV" && toks[k].UPOS != "AUX" {
		return -1
	}
	if w := a.text(k); w == "" || w[0] < 'A' || w[0] > 'Z' {
		return -1
	}
	switch a.speakerKind(k) {
	case "GPE", "ORG", "PER":
		return k
	}
	return -1
}

// strayComplement passes over complement c of cue v when it is a lone
// word before the cue's subject ("Lithuanian President Gitanas Nauseda,
// speaking in Warsaw ..., said the expulsions were a necessary step",
// parsed with the adjective "Lithuanian" a clausal complement of "said"):
// the cue's next complement after it, if any, is the content, else none.
func (a *analysis) strayComplement(v, c int) int {
	if !EverydayQuotes22 || c < 0 || c > v {
		return c
	}
	toks := a.d.Tokens
	subj := a.child(v, "nsubj")
	if subj < 0 || c > subj || len(a.kids(c)) > 0 {
		return c
	}
	if u := toks[c].UPOS; u != "ADJ" && u != "PROPN" && u != "NOUN" {
		return c
	}
	for _, k := range a.kids(v) {
		if k > v && toks[k].Deprel == "ccomp" {
			return k
		}
	}
	return -1
}
