package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the twenty-third round (issue 7, session 27: PolNeAR cues),
// each a switch or threshold read from PolNeAR train errors held out
// (docs/QUOTES.md, "Twenty-third round").

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

// HeadObliques gives a noun cue without dependents of its own the
// phrases the parser hung on the verb it is the object of instead:
// "Cruz faced criticism from rivals over the loans" with "from rivals"
// and "over the loans" on "faced". The content is the first phrase after
// the noun opened by for, over, on or about (or a clause), the source the
// phrase opened by "from"; with a source and no such phrase, the verb's
// subject is the content, as NounAgent does ("the deal drew criticism
// from lawmakers": the deal is criticised).
var HeadObliques = true

// HeadOblScore is the detector's score a noun needs for HeadObliques.
var HeadOblScore = 8.0

// topicCases open the phrase a stance noun is about.
var topicCases = map[string]bool{"for": true, "over": true, "on": true, "about": true}

// headObliques returns HeadObliques' content tokens and source for noun
// v, or lo -1.
func (a *analysis) headObliques(v int) (lo, hi int, src *doc.Span) {
	toks := a.d.Tokens
	h := toks[v].Head
	if !HeadObliques || toks[v].UPOS != "NOUN" || toks[v].Deprel != "obj" || h < 0 || h > v || !a.isVerb(h) {
		return -1, -1, nil
	}
	lo, hi = -1, -1
	for _, k := range a.kids(h) {
		if k <= v || toks[k].Sentence != toks[v].Sentence {
			continue
		}
		switch toks[k].Deprel {
		case "obl":
			c := a.child(k, "case")
			if c < 0 || a.temporal(k) {
				continue
			}
			w := strings.ToLower(a.text(c))
			if w == "from" && src == nil {
				// "from teachers over the fees" parsed as one phrase:
				// the topic is the content, not part of the source.
				m := a.topicChild(k)
				if m >= 0 && lo < 0 {
					lo, hi = a.lo[m]+1, a.hi[m]
				}
				slo, shi := a.subtreeExcept(k, func(j int) bool {
					rel := toks[j].Deprel
					return j == m || attachedClause(rel) || rel == "case"
				})
				src = a.span(slo, shi)
			} else if topicCases[w] && lo < 0 {
				lo, hi = c+1, a.hi[k]
			}
		case "ccomp":
			if lo < 0 {
				lo, hi = a.lo[k], a.hi[k]
			}
		}
	}
	if lo < 0 && src != nil {
		if s := a.subject(h); s >= 0 && s < h && a.inRegion[s] < 0 && !a.relativeSubject(s) {
			lo, hi = a.subjectTokens(s)
		}
	}
	if lo < 0 || a.cueScore(v) <= HeadOblScore {
		// scored last: most objects have no such phrase
		return -1, -1, nil
	}
	return lo, hi, src
}

// topicChild returns the nmod of k opened by a topic preposition (for,
// over, on, about), or -1.
func (a *analysis) topicChild(k int) int {
	for _, j := range a.kids(k) {
		if j > k && a.d.Tokens[j].Deprel == "nmod" {
			if c := a.child(j, "case"); c == a.lo[j] && topicCases[strings.ToLower(a.text(c))] {
				return j
			}
		}
	}
	return -1
}

// NestedSpeechScore is the detector's score a speech verb's clausal
// complement needs to stand inside another quote's content (NestedSpeech);
// -CueNever for any. Train held out: cue F1 79.11 with any score, 79.14 /
// 79.15 / 79.14 / 79.13 at -10 / -5 / 0 / 5; -10 keeps more of the wire
// news' right nested quotes ("they charged that …") than -5 or 0.
var NestedSpeechScore = -10.0

// MistaggedRest lets LinearRest take a verb of the cue lexicon that the
// tagger read as a noun or adjective right after its subject ("Polls
// suggest Kasich has the best chance", "Republicans blast Obama after …"
// with "suggest" and "blast" tagged adjectives and the clause broken
// off): the word's form is a form of a lexicon verb and a noun, name or
// pronoun that does not modify it stands right before it.
var MistaggedRest = true

// mistaggedVerb reports whether noun or adjective v is such a verb.
func (a *analysis) mistaggedVerb(v int) bool {
	toks := a.d.Tokens
	if !MistaggedRest || v == 0 || toks[v].UPOS != "NOUN" && toks[v].UPOS != "ADJ" || toks[v-1].Sentence != toks[v].Sentence {
		return false
	}
	switch toks[v-1].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return false
	}
	if toks[v-1].Head == v {
		// "the Treasury note", "Clinton's view": the word before
		// modifies it, a noun's.
		return false
	}
	f := strings.ToLower(a.text(v))
	return cues[f]&speech != 0 || clauseCue(f) || objectCue(f) || speechForms[f] || pastForms[f]
}
