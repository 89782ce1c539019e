package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the thirteenth round (issue 7, part 2: the source when the cue
// is right), each a switch chosen by five-fold cross-validation on PolNeAR
// train (docs/QUOTES.md).

// UpFar lets a participle after a comma ("…, telling reporters …") that
// the parser hung deep inside a reported clause take the reporting verb's
// subject: "Okello said he saw no reason to change course, telling
// reporters …" with "telling" hung on "change" is Okello's, not "he"'s. AroundUp did this only when the participle hangs on the reported
// clause's own verb; UpFar climbs through a few words without a subject of
// their own to that clause.
var UpFar = true

// RelativeThing takes the noun a relative clause modifies as the source
// when the clause's subject is "that" or "which" ("data that suggest …",
// "a paper which found …": the data, the paper). PolNeAR marks "who" as
// the source itself (RelativeKeep), but seldom "that" or "which".
var RelativeThing = false

// thingRelative reports whether token t is the relative pronoun "that" or
// "which" (RelativeThing).
func (a *analysis) thingRelative(t int) bool {
	if !RelativeThing || !relativePronoun(a.d.Tokens[t]) {
		return false
	}
	switch strings.ToLower(a.d.Tokens[t].Lemma) {
	case "that", "which":
		return true
	}
	return false
}

// upToReporter climbs from v, the governor of participle cue, through at
// most five words that have no subject of their own, to a reported clause
// (ccomp) of a speech or clause cue verb, and returns that verb, or -1
// (UpFar).
func (a *analysis) upToReporter(v, cue int) int {
	toks := a.d.Tokens
	sent := toks[cue].Sentence
	for hop := 0; hop < 6 && v >= 0 && toks[v].Sentence == sent; hop++ {
		if toks[v].Deprel == "ccomp" {
			h := toks[v].Head
			if h < v && a.reportingVerb(h) {
				return h
			}
			return -1
		}
		if hop > 0 && a.subject(v) >= 0 {
			// a clause with a speaker of its own between them
			return -1
		}
		switch rel := toks[v].Deprel; {
		case rel == "root", rel == "parataxis", rel == "csubj", rel == "conj":
			return -1
		}
		v = toks[v].Head
	}
	return -1
}

// DeclineSay makes "declined to say whether …", "refused to comment on …"
// one quote, the refusal's, not a second quote of the verb of saying it
// governs: nothing was said (the lead's story s30, "Peskov declined to say
// whether further exchanges were planned", gave "declined" and "say").
// PolNeAR marks the refusal alone as the cue.
var DeclineSay = true

// refusals are the verbs whose infinitive of speech reports nothing said.
var refusals = map[string]bool{"decline": true, "refuse": true, "reject": true}

// dropDeclined removes the quotes whose cue is a verb of saying in the
// infinitive under the cue of another quote that is a refusal, when the
// refusal's content holds it (DeclineSay).
func (a *analysis) dropDeclined() {
	if !DeclineSay || len(a.quotes) < 2 {
		return
	}
	toks := a.d.Tokens
	// cue token of a refusal → its content, read before the quotes are
	// filtered in place below (an index into a.quotes would go stale)
	refused := map[int]doc.Span{}
	for _, q := range a.quotes {
		if q.Cue == nil {
			continue
		}
		if t0, t1 := tokenRange(toks, q.Cue.Start, q.Cue.End); t1 == t0+1 && refusals[toks[t0].Lemma] {
			refused[t0] = q.Content
		}
	}
	if len(refused) == 0 {
		return
	}
	out := a.quotes[:0]
	for _, q := range a.quotes {
		if q.Cue != nil {
			t0, t1 := tokenRange(toks, q.Cue.Start, q.Cue.End)
			if t1 == t0+1 && toks[t0].Deprel == "xcomp" && cues[toks[t0].Lemma]&speech != 0 {
				if c, ok := refused[toks[t0].Head]; ok {
					if c.Start <= q.Content.Start && q.Content.End <= c.End {
						if a.trace != nil {
							a.trace[t0] += "rej-declined "
						}
						continue
					}
				}
			}
		}
		out = append(out, q)
	}
	a.quotes = out
}

// PassiveFeeling lets the detector's fallback take a passive verb of
// feeling or persuasion without a "by" agent when its subject names
// someone ("Party officials were thrilled with the ruling", "Voters are
// divided over the plan", "He is convinced of …"): the subject holds the
// view and is the source. The passive filter (PassiveFilter) kept them
// out with "was charged with" and "was appointed to".
var PassiveFeeling = true

// feelingPassives are the verbs PassiveFeeling lets through, besides the
// verbs of feeling of Experiencer.
var feelingPassives = map[string]bool{
	"convince": true, "persuade": true, "satisfy": true, "dissatisfy": true, "disturb": true,
	"horrify": true, "appal": true, "appall": true, "hearten": true, "embarrass": true,
	"enamor": true, "enamour": true, "divide": true, "split": true, "encourage": true,
	"unimpress": true, "skeptical": true, "torn": true, "tear": true, "anguish": true,
}

// feelingPassive reports whether v is a passive verb of feeling whose
// subject names someone (PassiveFeeling).
func (a *analysis) feelingPassive(v int) bool {
	if !PassiveFeeling {
		return false
	}
	lem := a.d.Tokens[v].Lemma
	if !psychVerbs[lem] && !feelingPassives[lem] {
		return false
	}
	s := a.child(v, "nsubj:pass")
	if s < 0 || s > v || a.child(v, "xcomp") >= 0 || a.child(v, "obl:agent") >= 0 {
		// "were persuaded to return to the talks", "was encouraged to
		// resign by his party": moved to an act, or by someone, says
		// nothing of the subject's own view (review)
		return false
	}
	switch a.speakerKind(s) {
	case "PER", "ORG", "NORP", "GPE", "title", "ppron", "NOUN", "PROPN":
		return true
	}
	return false
}

// SourceTidy mends the source span a misparse gives the subject: a name
// split into two subjects of the same verb ("Amnesty International said"
// with both words parsed as subjects gave "International") is taken whole
// (not a time: "Thursday, spokesman X said"), and a time the parser hung
// on the subject ("Brazil on Tuesday filed …", "The High Court on Friday
// ordered …") is left out. PolNeAR's overlap score hardly sees either; the
// speaker's mention does.
var SourceTidy = true

// tidySource returns the source span lo..hi of subject s, mended as
// SourceTidy says.
func (a *analysis) tidySource(s, lo, hi int) (int, int) {
	if !SourceTidy {
		return lo, hi
	}
	toks := a.d.Tokens
	sent := toks[s].Sentence
	for lo > 0 && toks[lo-1].Sentence == sent && toks[lo-1].Head == toks[s].Head && toks[lo-1].Deprel == toks[s].Deprel &&
		toks[lo-1].UPOS == "PROPN" && toks[s].UPOS == "PROPN" && a.inRegion[lo-1] < 0 && !a.temporal(lo-1) {
		lo = a.lo[lo-1]
	}
	for _, k := range a.kids(s) {
		if k <= s || a.hi[k] != hi || !a.temporal(k) || a.namesSpeaker(k) {
			continue
		}
		switch toks[k].Deprel {
		case "nmod", "obl", "nmod:tmod", "obl:tmod", "nmod:unmarked", "obl:unmarked", "nmod:npmod":
			if a.lo[k] > s {
				hi = a.lo[k] - 1
			}
		}
	}
	return lo, hi
}
