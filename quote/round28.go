package quote

import "strings"

// Rules of the twenty-fourth round (issue 7, session 28: PolNeAR cues),
// each a switch read from PolNeAR train and dev errors (docs/QUOTES.md,
// "Session 28 (quotes round 24)").

// TrailingLexicon lets a trailing cue ("…, The Gazette has learned.", "…,
// the letter reads.", "…, other studies have shown.") be any verb of the
// cue lexicon, not only a speech verb of the hand list: a verb whose
// clause rate makes it a cue (ClauseRate), ending its sentence after a
// comma and a subject of its own, takes the sentence before the comma as
// content. A form of such a verb the tagger read as a noun or adjective
// ("reads", "shows", "maintains") is taken too. The subject may hold the
// cue's auxiliaries ("has learned", "have shown"; TrailingAux).
var TrailingLexicon = true

// TrailingAux lets the words between a trailing cue's comma and the cue
// hold the cue's own auxiliaries ("…, officials have said.", "…, the
// paper has learned."), which stopped the trailing rule before.
var TrailingAux = true

// ParataxisEnd keeps the full stop after a parenthetical cue hung as
// parataxis at the end of its sentence from making the cue look like one
// inside its content: "…, the Herald has learned." or "…, the agency
// said in a statement." took the whole sentence, cue included, as
// content; now the words before the cue. Only when the words after the
// cue in its phrase are adjuncts (no verb, no quotation): "he went on:
// “…”" keeps its content.
var ParataxisEnd = true

// TrailingLexScore is the detector score a TrailingLexicon cue must pass
// (the hand list's speech verbs need none).
var TrailingLexScore = -12.0

// trailingLexicon proposes the quote of a trailing cue v of the cue
// lexicon that the rules left without a quote, and reports whether it
// did.
func (a *analysis) trailingLexicon(v int) bool {
	toks := a.d.Tokens
	if !TrailingLexicon || !Trailing || a.inRegion[v] >= 0 || a.cueUsed[v] {
		return false
	}
	switch toks[v].UPOS {
	case "VERB":
		l := toks[v].Lemma
		if !clauseCue(l) && cues[l]&speech == 0 {
			return false
		}
	case "NOUN", "ADJ":
		// A noun's form is a verb's only when the detector is as sure
		// as of its fallback ("…, the letter reads.", not "…, security
		// issues.").
		if !lexiconForm(strings.ToLower(a.text(v))) || a.cueScore(v) <= CueFallback {
			return false
		}
	default:
		return false
	}
	s := a.sentenceOf(v)
	if a.lastWord(s, v) != v || v+1 >= s.TokenEnd || a.text(v+1) != "." {
		// The cue ends its sentence: "…, the letter reads."
		return false
	}
	if TrailingLexScore > -CueNever && a.cueScore(v) <= TrailingLexScore {
		return false
	}
	if toks[v].Deprel == "acl:relcl" || a.relativeBefore(v) {
		// "…, which the ministry also rejects.": the relative clause's
		// words are no source.
		return false
	}
	return a.addTrailing(v)
}

// relativeBefore reports whether a relative or interrogative pronoun
// stands between cue v and the comma before it.
func (a *analysis) relativeBefore(v int) bool {
	s := a.sentenceOf(v)
	for t := v - 1; t >= s.TokenStart && a.text(t) != ","; t-- {
		switch strings.ToLower(a.text(t)) {
		case "which", "who", "whom", "whose", "what":
			return true
		case "that":
			if a.d.Tokens[t].UPOS == "PRON" {
				return true
			}
		}
	}
	return false
}

// whWord reports whether w opens an indirect question ("say where").
func whWord(w string) bool {
	switch strings.ToLower(w) {
	case "where", "why", "how", "whether", "when", "what", "who", "which", "if":
		return true
	}
	return false
}

// lexiconForm reports whether lower-case word f is a form of a verb of the
// cue lexicon (a hand-list speech verb or a verb of the cue table that
// introduces clauses): the lemma itself, a third-person "-s" / "-es" or a
// regular past "-ed" / "-d".
func lexiconForm(f string) bool {
	lex := func(l string) bool { return l != "" && (cues[l]&speech != 0 || clauseCue(l)) }
	if lex(f) || speechForms[f] || pastForms[f] {
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "d"} {
		if strings.HasSuffix(f, suf) && lex(strings.TrimSuffix(f, suf)) {
			return true
		}
	}
	return false
}

// auxOf reports whether token t is an auxiliary of verb v, not of its
// passive (TrailingAux).
func (a *analysis) auxOf(t, v int) bool {
	tk := a.d.Tokens[t]
	return TrailingAux && tk.Head == v && tk.UPOS == "AUX" && tk.Deprel == "aux"
}

// AdjClause makes a predicative adjective of stance or feeling (with a
// copula and a subject) and a "that" clause of its own a cue whatever the
// detector scores it: "Parents were furious that the fees rose", "The minister is confident that …":
// the clause is what the subject holds (PolNeAR marks these; the detector
// scores many of them below its fallback threshold for adjectives). An
// expletive subject ("it is clear that …") names no holder and is left
// alone.
var AdjClause = true

// AdjClauseScore is the detector score an AdjClause cue must pass.
var AdjClauseScore = -CueNever

// adjClause proposes the quote of an AdjClause cue v and reports whether
// it did.
func (a *analysis) adjClause(v int) bool {
	toks := a.d.Tokens
	if !AdjClause || toks[v].UPOS != "ADJ" || a.inRegion[v] >= 0 || a.cueUsed[v] {
		return false
	}
	sj := a.child(v, "nsubj")
	if cp := a.child(v, "cop"); cp < 0 || cp > v || sj < 0 || sj > v || toks[sj].Deprel == "expl" || toks[sj].UPOS == "PRON" && strings.EqualFold(a.text(sj), "it") {
		return false
	}
	c := a.child(v, "ccomp")
	if c <= v || !a.thatClause(c) {
		return false
	}
	return a.clauseQuote(v, c, AdjClauseScore)
}

// thatClause reports whether clause c opens with the subordinator "that".
func (a *analysis) thatClause(c int) bool {
	m := a.child(c, "mark")
	return m >= 0 && m < c && a.d.Tokens[m].UPOS == "SCONJ" && strings.EqualFold(a.text(m), "that")
}

// clauseQuote proposes clause c as the content of cue v when the detector
// scores v above min (AdjClause, NounClause), and reports whether it did.
func (a *analysis) clauseQuote(v, c int, min float64) bool {
	if min > -CueNever && a.cueScore(v) <= min {
		return false
	}
	lo, hi := a.subtree(c)
	a.fallback(v, lo, hi)
	return true
}

// NounClause makes a noun with a "that" clause of its own (a content
// clause, not a relative one) a cue whatever the detector scores it: "the
// ministry's claim that the dam is safe", "a growing recognition that …":
// the clause is what the noun says, and its possessor, if any, holds it.
var NounClause = true

// NounClauseScore is the detector score a NounClause cue must pass.
var NounClauseScore = -5.0

// nounClause proposes the quote of a NounClause cue v and reports whether
// it did.
func (a *analysis) nounClause(v int) bool {
	toks := a.d.Tokens
	if !NounClause || toks[v].UPOS != "NOUN" || a.inRegion[v] >= 0 || a.cueUsed[v] {
		return false
	}
	c := -1
	for _, k := range a.kids(v) {
		if k > v && (toks[k].Deprel == "acl" || toks[k].Deprel == "ccomp") {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	if !a.thatClause(c) || a.child(c, "nsubj") < 0 {
		// The clause has a subject of its own: "the board that plans
		// to …" with the relative pronoun tagged a subordinator is no
		// content clause.
		return false
	}
	if x := a.child(c, "ccomp"); x > c && a.reportingVerb(c) && a.child(x, "nsubj") < 0 {
		// "the talks that aides said lasted three hours": the gap in
		// the reported clause makes "that" a relative pronoun.
		return false
	}
	return a.clauseQuote(v, c, NounClauseScore)
}

// plainAfter reports whether the tokens after cue v up to vhi, the end of
// its phrase, hold no verb, auxiliary, subordinator or quotation
// (ParataxisEnd).
func (a *analysis) plainAfter(v, vhi int) bool {
	for t := v + 1; t <= vhi; t++ {
		if !a.plainTok(t) || markToken(a.text(t)) {
			return false
		}
	}
	return true
}
