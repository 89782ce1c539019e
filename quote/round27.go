package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 27 (issue 7: PolNeAR cues), each a switch or threshold
// read from PolNeAR train errors held out (docs/QUOTES.md, "Round N
// (session 27)").

// AccusedOfContent keeps the quote of "accuse X of …" that AccusedOf would
// drop, with the charge after "of" as its content: "accused Otieno of
// lying about the tender" reports that Otieno lied (the charge is what the
// accuser says), where the quote of X alone ("Otieno") was no words of
// anyone. PolNeAR marks these (train: "accuse" 91 gold cues in 117 uses).
var AccusedOfContent = true

// accusedCharge returns the charge of "accuse" quote q with cue v, when
// q's content follows the cue: the words governed by the first "of" in or
// right after the content that hangs on the cue or its object or governs
// a verb ("of lying", "the ministry of hoarding fertiliser"), within the
// cue's sentence and held by no other quote.
func (a *analysis) accusedCharge(q doc.Quote, v int) (*doc.Span, bool) {
	if !AccusedOfContent {
		return nil, false
	}
	toks := a.d.Tokens
	t0, e := tokenRange(toks, q.Content.Start, q.Content.End)
	if t0 <= v {
		return nil, false
	}
	for t := t0; t <= e && t < len(toks); t++ {
		if !strings.EqualFold(a.text(t), "of") || toks[t].Deprel != "case" && toks[t].Deprel != "mark" {
			continue
		}
		h := toks[t].Head
		if h <= t || a.lo[h] != t || toks[a.hi[h]].Sentence != toks[v].Sentence || !a.chargeHead(h, v) {
			continue
		}
		c := a.span(t+1, a.hi[h])
		for _, o := range a.quotes {
			if o.Content.Start < c.End && c.Start < o.Content.End && o.Cue != q.Cue {
				return nil, false
			}
		}
		return c, true
	}
	return nil, false
}

// TitleNames drops the quote of a naming participle that modifies a noun
// without an agent: "a film called “Open Roads”", "a group dubbed the
// Hawks", "a book titled …" give the name of a thing, not anyone's words
// (PolNeAR train: most of the false "called" mixed quotes). "a plan called
// “reckless” by the opposition" keeps its quote.
var TitleNames = true

// namingParticiples are the participle forms of naming verbs.
var namingParticiples = map[string]bool{
	"called": true, "dubbed": true, "titled": true, "entitled": true, "named": true,
	"labeled": true, "labelled": true, "nicknamed": true, "branded": true,
}

// dropTitleNames drops the quotes of TitleNames.
func (a *analysis) dropTitleNames() {
	if !TitleNames {
		return
	}
	toks := a.d.Tokens
	out := a.quotes[:0]
	for _, q := range a.quotes {
		if q.Cue != nil {
			v, e := tokenRange(toks, q.Cue.Start, q.Cue.End)
			if e == v+1 && a.titleName(v) {
				continue
			}
		}
		out = append(out, q)
	}
	a.quotes = out
}

// titleName reports whether cue v is a naming participle right after the
// noun it names, a determined common noun ("a play called", "the ad,
// entitled"), with no agent and no particle of a call ("called for",
// "called on" are calls, often misparsed as such a participle).
func (a *analysis) titleName(v int) bool {
	toks := a.d.Tokens
	h := toks[v].Head
	if toks[v].Deprel != "acl" || !namingParticiples[strings.ToLower(a.text(v))] || h < 0 || h >= v || v-h > 2 || toks[h].UPOS != "NOUN" || a.child(h, "det") < 0 || a.agent(v) >= 0 {
		return false
	}
	if v+1 < len(toks) {
		switch strings.ToLower(a.text(v + 1)) {
		case "for", "on", "upon", "out":
			return false
		}
	}
	return true
}

// chargeHead reports whether h, governed by "of", may be the charge of
// accusing cue v: a verb, or a dependent of v or of v's object.
func (a *analysis) chargeHead(h, v int) bool {
	toks := a.d.Tokens
	if toks[h].UPOS == "VERB" || toks[h].Head == v {
		return true
	}
	p := toks[h].Head
	return p >= 0 && toks[p].Head == v && toks[p].Deprel == "obj"
}
