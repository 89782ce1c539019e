package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the twenty-sixth round (issue 7, session 31, second part: cue
// recall), each a switch read from PolNeAR train errors (docs/QUOTES.md,
// "Session 31").

// CopulaNoun makes the subject noun of a copula whose predicate is a
// clause or a quotation a cue: "The ministry's answer was that the dam is
// safe", "The question is whether …", "A common refrain is that …", "Her
// slogan is “…”". The predicate is what the noun says, its possessor, if
// any, holds it. The detector must score the noun above CopulaNounScore
// ("The fact is that …", "The problem is that …" name no saying).
var CopulaNoun = true

// CopulaNounScore is the detector score a CopulaNoun cue must pass.
var CopulaNounScore = 0.0

// copulaNoun proposes the quote of a CopulaNoun cue v and reports whether
// it did.
func (a *analysis) copulaNoun(v int) bool {
	toks := a.d.Tokens
	if !CopulaNoun || toks[v].UPOS != "NOUN" || a.inRegion[v] >= 0 || a.cueUsed[v] {
		return false
	}
	if rel := toks[v].Deprel; rel != "nsubj:outer" && rel != "nsubj" {
		return false
	}
	h := toks[v].Head
	if h <= v {
		return false
	}
	cop := -1
	for _, k := range a.kids(h) {
		if k > v && k < h && toks[k].Deprel == "cop" && toks[k].Lemma == "be" {
			cop = k
		}
	}
	if cop < 0 {
		return false
	}
	lo := cop + 1
	for lo < h && (toks[lo].UPOS == "ADV" || toks[lo].UPOS == "PART" || a.text(lo) == ",") {
		lo++
	}
	open := false
	switch w := strings.ToLower(a.text(lo)); {
	case w == "that" || w == "whether" || w == ":":
		open = true
	case markToken(w) || w == "‘":
		open = a.inRegion[lo] >= 0
	}
	if !open {
		return false
	}
	if a.text(lo) == ":" {
		lo++
	}
	_, hi := a.subtree(h)
	for hi > lo && toks[hi].UPOS == "PUNCT" && !markToken(a.text(hi)) {
		hi--
	}
	if hi <= lo || CopulaNounScore > -CueNever && a.cueScore(v) <= CopulaNounScore {
		return false
	}
	a.fallback(v, lo, hi)
	return true
}

// AsPassive lets an "as" clause without a subject be a cue when its verb
// is a passive participle with a "by" agent: "As reported by the Nation,
// the port will close", "…, as first reported by the Standard on
// Tuesday." The agent is the source, the rest of the sentence the content
// (AsClause).
var AsPassive = true

// asAgent returns the "by" agent of participle v in an "as" clause without
// a subject (AsPassive), or -1.
func (a *analysis) asAgent(v int) int {
	if !AsPassive || a.d.Tokens[v].XPOS != "VBN" || cues[a.d.Tokens[v].Lemma]&speech == 0 || a.child(v, "nsubj") >= 0 || a.child(v, "nsubj:pass") >= 0 {
		// A verb of the hand list of speech verbs only: "as wished by
		// the prime minister" tells a wish, not the rest of the
		// sentence.
		return -1
	}
	if ag := a.agent(v); ag > v {
		return ag
	}
	return -1
}

// agentPhrase is the noun phrase of agent ag without a time the parser hung
// on it ("by the Standard on Tuesday").
func (a *analysis) agentPhrase(ag int) *doc.Span {
	toks := a.d.Tokens
	lo, hi := a.subtreeExcept(ag, func(k int) bool {
		rel := toks[k].Deprel
		return attachedClause(rel) || rel == "case" || k > ag && a.temporal(k)
	})
	return a.span(lo, hi)
}

// TrailingLongSource lets an inverted trailing cue ("…, said Amina Juma,
// …") keep the name after it as its source when the speaker's
// description runs on with a clause ("…, said Amina Juma, an economist
// who has written …"), and when the parser made a word of the content the
// cue's subject (LongSubject took that word for the speaker and gave up):
// the name up to its comma is the source, the sentence before the cue's
// comma the content.
var TrailingLongSource = true

// longSpeaker reports whether inverted trailing cue v (right after a
// comma) is followed by a proper name, no time, running to token end (the
// first comma after the cue or the sentence's end) (TrailingLongSource).
func (a *analysis) longSpeaker(v, end int) bool {
	toks := a.d.Tokens
	if !TrailingLongSource || v < 1 || a.text(v-1) != "," || end <= v+1 || addresseeVerbs[toks[v].Lemma] {
		// "…, Ali Hassan, told AFP.": the name after "told" is whom
		// he told.
		return false
	}
	for t := v + 1; t < end; t++ {
		if toks[t].UPOS != "PROPN" || a.inRegion[t] >= 0 || a.temporal(t) {
			return false
		}
		if toks[t].Head == v && (toks[t].Deprel == "obj" || toks[t].Deprel == "iobj") {
			return false
		}
	}
	return true
}

// SayIdioms drops a quote whose cue is "say" in a set phrase that reports
// nobody's words: "it goes without saying that …", "having said that, …",
// "let's say you …", "that said, …", "needless to say", "suffice it to
// say", "that is to say", "to say the least". PolNeAR train and dev never
// mark them.
var SayIdioms = true

// dropSayIdioms removes the quotes whose cue is a SayIdioms phrase.
func (a *analysis) dropSayIdioms() {
	if !SayIdioms {
		return
	}
	toks := a.d.Tokens
	out := a.quotes[:0]
	for _, q := range a.quotes {
		if q.Cue != nil {
			if v, e := tokenRange(toks, q.Cue.Start, q.Cue.End); e == v+1 && a.sayIdiom(v) {
				continue
			}
		}
		out = append(out, q)
	}
	a.quotes = out
}

// sayIdiom reports whether "say" at v stands in a SayIdioms phrase.
func (a *analysis) sayIdiom(v int) bool {
	toks := a.d.Tokens
	if toks[v].Lemma != "say" || a.inRegion[v] >= 0 {
		return false
	}
	s := a.sentenceOf(v)
	w := func(t int) string {
		if t < s.TokenStart || t >= s.TokenEnd {
			return ""
		}
		return strings.ToLower(a.text(t))
	}
	prev, prev2, next := w(v-1), w(v-2), w(v+1)
	switch {
	case prev == "without": // goes without saying
		return true
	case prev == "having" && (next == "that" || next == "this") && (w(v+2) == "," || w(v+2) == ""): // having said that,
		return true
	case prev2 == "let" && (prev == "'s" || prev == "’s" || prev == "us"): // let's say
		return true
	case (prev == "that" || prev == "this") && v-1 == s.TokenStart && next == ",": // that said,
		return true
	case prev == "to":
		// needless to say, suffice (it) to say, that is to say, to say
		// the least
		return prev2 == "needless" || prev2 == "suffice" || prev2 == "it" && w(v-3) == "suffice" || prev2 == "is" && w(v-3) == "that" || next == "the" && w(v+2) == "least"
	}
	return false
}
