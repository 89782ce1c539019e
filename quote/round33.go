package quote

import (
	"strings"
)

// Rules of the thirty-third round (issue 7, session 33; docs/QUOTES.md,
// "Thirty-third round").

// TrailingTrim ends an indirect or mixed content before a trailing
// attribution of the sentence that the content ran into: "The union voiced
// anger over the levy, its secretary general told reporters" gave "voiced"
// the content "anger over the levy, its secretary general told reporters"
// when the parser hung "told" on "voiced"; "… ordered that the areas be
// sealed off, according to a statement from his office". The trailing
// attribution is a comma, then either a subject without a verb and a
// speech verb of the hand list ("…, the daily said", "…, spokesman Ali
// Juma told reporters on Friday"), the verb and its subject inverted
// ("…, said the ministry"), or "according to" and a noun phrase, and it
// runs to the content's end with no clause of its own after the verb. The
// trailing attribution keeps (or gets, from the other rules) its own
// quote; only the overrun is cut.
var TrailingTrim = true

// trimTrailing applies TrailingTrim to every non-direct quote.
func (a *analysis) trimTrailing() {
	if !TrailingTrim {
		return
	}
	toks := a.d.Tokens
	for i := range a.quotes {
		q := &a.quotes[i]
		if q.Kind == Direct || q.Cue == nil {
			continue
		}
		lo, t1 := tokenRange(toks, q.Content.Start, q.Content.End)
		hi := t1 - 1
		cue, _ := tokenRange(toks, q.Cue.Start, q.Cue.End)
		if hi <= lo || cue >= lo {
			// only a content after its cue ("X voiced anger …, Y said")
			continue
		}
		for c := hi - 1; c > lo; c-- {
			if a.text(c) != "," || a.inRegion[c] >= 0 {
				continue
			}
			if toks[c].Sentence != toks[hi].Sentence {
				break
			}
			if !a.attributionAfter(c+1, hi) {
				continue
			}
			// The last comma before the trailing verb decides: a comma
			// further left would take a list or apposition of the
			// content for the subject.
			if a.trailingAttribution(c+1, hi) {
				s := a.span(lo, c-1)
				if s.End > s.Start {
					q.Content = *s
				}
			}
			break
		}
	}
}

// trailingAttribution reports whether tokens [s, hi] are an attribution
// that closes a sentence: "the daily said", "spokesman Ali Juma told
// reporters on Friday", "said the ministry in a statement", "according to
// a statement from his office".
func (a *analysis) trailingAttribution(s, hi int) bool {
	toks := a.d.Tokens
	if hi-s > 24 {
		return false
	}
	low := strings.ToLower(a.text(s))
	if low == "according" && s+1 <= hi && strings.ToLower(a.text(s+1)) == "to" {
		return s+2 <= hi && a.plainTail(s+2, hi)
	}
	if a.trailVerb(s) {
		// inverted: "…, said the ministry"
		return s+1 <= hi && a.plainTail(s+1, hi)
	}
	v := -1
	for t := s; t <= hi; t++ {
		if a.trailVerb(t) {
			v = t
			break
		}
		switch toks[t].UPOS {
		case "DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "PART", "CCONJ":
		case "ADP":
			if l := toks[t].Lemma; l != "of" && l != "in" && l != "at" && l != "for" && l != "from" {
				return false
			}
		case "PUNCT":
			if markToken(a.text(t)) || a.text(t) == "(" || a.text(t) == ")" {
				return false
			}
		case "VERB":
			if !strings.HasPrefix(toks[t].Deprel, "amod") && !strings.HasPrefix(toks[t].Deprel, "compound") {
				return false
			}
		default:
			return false
		}
	}
	if v <= s || !a.namesSubject(s, v-1) {
		return false
	}
	return v == hi || a.plainTail(v+1, hi)
}

// attributionAfter reports whether tokens [s, hi] hold a trailing speech
// verb or "according to".
func (a *analysis) attributionAfter(s, hi int) bool {
	for t := s; t <= hi; t++ {
		if a.trailVerb(t) || strings.EqualFold(a.text(t), "according") && t < hi && strings.EqualFold(a.text(t+1), "to") {
			return true
		}
	}
	return false
}

// trailVerb reports whether token t is a finite speech verb of the hand
// list ("said", "told", "reported", "added", not "saying").
func (a *analysis) trailVerb(t int) bool {
	tk := a.d.Tokens[t]
	if tk.UPOS != "VERB" || cues[tk.Lemma]&speech == 0 {
		return false
	}
	switch tk.XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// namesSubject reports whether tokens [s, e] hold a noun or pronoun, or
// end in an adjective the tagger took for one ("the daily said").
func (a *analysis) namesSubject(s, e int) bool {
	for t := s; t <= e; t++ {
		switch a.d.Tokens[t].UPOS {
		case "NOUN", "PROPN", "PRON":
			return true
		}
	}
	return e > s && a.d.Tokens[e].UPOS == "ADJ" && a.d.Tokens[s].UPOS == "DET"
}

// plainTail reports whether tokens [s, e] hold no clause: no verb other
// than a participle or relative clause on a noun ("in a statement issued
// on Monday", "Amina Juma, who heads the agency"), no subordinator and no
// quotation mark.
func (a *analysis) plainTail(s, e int) bool {
	toks := a.d.Tokens
	for t := s; t <= e; t++ {
		tk := toks[t]
		switch tk.UPOS {
		case "SCONJ":
			return false
		case "VERB", "AUX":
			if !a.underNominalModifier(t, s) {
				return false
			}
		case "PUNCT":
			if markToken(a.text(t)) {
				return false
			}
		}
	}
	return true
}

// underNominalModifier reports whether token t hangs, within the tokens
// from s on, below an adjectival or relative clause or a modifier of a
// noun (acl, acl:relcl, amod).
func (a *analysis) underNominalModifier(t, s int) bool {
	toks := a.d.Tokens
	for k, n := t, 0; k >= s && n < 20; k, n = toks[k].Head, n+1 {
		rel := toks[k].Deprel
		if strings.HasPrefix(rel, "acl") || rel == "amod" {
			return true
		}
		if toks[k].Head < 0 {
			break
		}
	}
	return false
}
