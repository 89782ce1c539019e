package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Thirty-fifth round (session 35, docs/QUOTES.md "Thirty-fifth round"):
// context features for the learned cue detector and a bagged detector
// (both chosen by five-fold cross-validation on PolNeAR train), and rules
// for wire-news errors.

// ContextFeatures adds to the detector's features (cueFeatures) the parts
// of the word's context ContextFeatureSet picks. It must be the same in
// training and attributing: a detector trained with the features expects
// them.
var ContextFeatures = false

// ContextFeatureSet picks the context features (bits): 1 the kind of the
// word's object and indirect object (a person, a body, a pronoun, a common
// noun: "criticized Clinton" against "criticized the plan"), alone and with
// the lemma; 2 the words two to the left and two to the right; 4 the shape
// of the content the fallback would take (its length and its first word's
// part of speech, alone and with the lemma).
var ContextFeatureSet = 7

// BagModels is how many perceptrons TrainCueModel trains, each on its own
// shuffle (seeds seed, seed+1, …), whose averaged weights it averages
// again before pruning: one detector, less dependent on the order of one
// shuffle. 1 trains one, as before.
var BagModels = 1

// contextFeatures adds ContextFeatureSet's features of token v to f.
func (a *analysis) contextFeatures(v int, f *featBuf) {
	toks := a.d.Tokens
	lemma := toks[v].Lemma
	set := ContextFeatureSet
	if set&1 != 0 {
		for _, k := range a.kids(v) {
			switch rel := toks[k].Deprel; rel {
			case "obj", "iobj":
				sk := a.speakerKind(k)
				f.add("ok=", rel, "|", sk)
				f.add("lok=", lemma, "|", rel, "|", sk)
			}
		}
	}
	if set&2 != 0 {
		s := a.sentenceOf(v)
		if v-2 >= s.TokenStart {
			f.addLower("p2=", a.text(v-2))
		}
		if v+2 < s.TokenEnd {
			f.addLower("n2=", a.text(v+2))
		}
	}
	if set&4 != 0 {
		lo, hi := a.rightDeps(v)
		if lo < 0 {
			f.add("rdn")
			f.add("lrdn=", lemma)
		} else {
			n := lenBucket(hi - lo + 1)
			f.add("rdl=", n)
			f.add("rdu=", toks[lo].UPOS)
			f.add("lrdu=", lemma, "|", toks[lo].UPOS)
		}
	}
}

// trainBagged trains BagModels averaged perceptrons on ex with seeds seed,
// seed+1, … and returns their mean weights, pruned.
func trainBagged(ex []cueExample, epochs int, seed int64, prune float64) *CueModel {
	if BagModels <= 1 {
		return trainPerceptron(ex, epochs, seed, prune)
	}
	sum := map[string]float64{}
	for b := 0; b < BagModels; b++ {
		for f, w := range averagedWeights(ex, epochs, seed+int64(b)) {
			sum[f] += w
		}
	}
	for f := range sum {
		sum[f] /= float64(BagModels)
	}
	return pruned(sum, prune)
}

// ClaimRelative reads "…, a charge Abu Dhabi has repeatedly denied." as a
// relative clause without a pronoun on a noun of claims: the noun phrase
// ("a charge") is what the cue's subject denied, rejected or disputed, and
// the words between it and the cue ("Abu Dhabi") are the source. Without
// it the trailing-attribution rule took the whole phrase before the cue as
// the source and the sentence before the comma as the content.
var ClaimRelative = true

// claimNouns are the nouns of claims a reduced relative may hang on.
var claimNouns = setOf("charge", "accusation", "allegation", "claim", "assertion", "suggestion", "assessment",
	"characterization", "characterisation", "contention", "notion", "report", "rumour", "rumor", "figure",
	"estimate", "account", "version", "finding", "conclusion", "description", "label", "view", "argument")

// claimRelative returns the claim noun that opens tokens [lo, hi], the
// subject of a trailing cue, when a second noun phrase follows it ("a
// charge Abu Dhabi has", "allegations the government"), or -1.
func (a *analysis) claimRelative(lo, hi int) int {
	if !ClaimRelative {
		return -1
	}
	toks := a.d.Tokens
	n := lo
	if toks[n].UPOS == "DET" {
		n++
	}
	if n >= hi || toks[n].UPOS != "NOUN" || !claimNouns[strings.ToLower(toks[n].Lemma)] {
		return -1
	}
	switch toks[n+1].UPOS {
	case "DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM":
	default:
		return -1
	}
	for t := n + 1; t <= hi; t++ {
		switch toks[t].UPOS {
		case "PROPN", "NOUN", "PRON":
			return n
		}
	}
	return -1
}

// TargetRelative and TargetOnly mend the quote of a verb of judging
// (judgeVerbs) whose content is only whom it judges, a name or a personal
// pronoun, ending its clause: "Kenya's president criticised Uganda, which
// he accused of closing the border" quoted "Uganda". With TargetRelative a
// relative clause after a comma ("…, which he accused of …") joins the
// content, as PolNeAR marks such contents; with TargetOnly a quote of the
// name alone goes, as AccusedOf drops "accused X of": the criticism is an
// act (the event coder codes it), X no words of anyone.
var (
	TargetRelative = true
	TargetOnly     = false
)

// judgeVerbs are the verbs of judging someone TargetRelative and
// TargetOnly look at.
var judgeVerbs = setOf("criticise", "criticize", "condemn", "denounce", "praise", "blast", "slam", "attack",
	"lambast", "rebuke", "chastise", "hail", "applaud", "commend", "fault", "berate", "castigate", "scold",
	"assail", "censure", "decry", "chide", "reprimand")

// judgedTargets applies TargetRelative and TargetOnly to a.quotes.
func (a *analysis) judgedTargets() {
	if !TargetRelative && !TargetOnly {
		return
	}
	toks := a.d.Tokens
	out := a.quotes[:0]
	for _, q := range a.quotes {
		if q.Cue == nil || q.Kind != Indirect {
			out = append(out, q)
			continue
		}
		c0, _ := tokenRange(toks, q.Cue.Start, q.Cue.End)
		lo, hi := tokenRange(toks, q.Content.Start, q.Content.End)
		if c0 < 0 || c0 >= len(toks) || !judgeVerbs[strings.ToLower(toks[c0].Lemma)] || lo != c0+1 || hi <= lo || hi >= len(toks) || !a.judgedName(lo, hi) {
			out = append(out, q)
			continue
		}
		next := a.text(hi)
		if TargetRelative && (strings.EqualFold(next, "for") || strings.EqualFold(next, "over")) {
			// "criticised Uganda for closing the border", the reason
			// parsed as the verb's adverbial clause or oblique
			if e := a.reasonEnd(c0, hi); e >= hi {
				q.Content = *a.span(lo, e)
			}
			out = append(out, q)
			continue
		}
		if next == "," && hi+1 < len(toks) && toks[hi+1].Sentence == toks[c0].Sentence {
			if w := strings.ToLower(a.text(hi + 1)); TargetRelative && (w == "which" || w == "who" || w == "whom") {
				s := a.sentenceOf(c0)
				if e := a.lastWord(s, c0); e > hi+1 {
					q.Content = *a.span(lo, e)
					out = append(out, q)
					continue
				}
			}
		}
		if TargetOnly && (next == "," || next == "." || next == ";") {
			continue
		}
		out = append(out, q)
	}
	a.quotes = out
}

// judgedName reports whether tokens [lo, hi) are one name or personal
// pronoun, a determiner allowed before it: "Uganda", "the United States",
// "him".
func (a *analysis) judgedName(lo, hi int) bool {
	toks := a.d.Tokens
	for t := lo; t < hi; t++ {
		switch k := a.speakerKind(t); {
		case k == "PER" || k == "ORG" || k == "GPE" || k == "NORP" || k == "ppron":
		case t == lo && toks[t].UPOS == "DET" && hi-lo > 1:
		default:
			return false
		}
	}
	return true
}

// reasonEnd returns the last token of the dependent of cue c that begins
// at token at ("for closing the border"), or -1.
func (a *analysis) reasonEnd(c, at int) int {
	for _, k := range a.kids(c) {
		switch a.d.Tokens[k].Deprel {
		case "advcl", "obl", "advcl:for", "obl:for", "obl:over":
		default:
			continue
		}
		if lo, hi := a.subtree(k); lo == at {
			return hi
		}
	}
	return -1
}

// FiledInto keeps "file" as a verb of motion from quoting: "Thousands of
// mourners filed into the cathedral" quoted the cathedral as what the
// mourners filed (a complaint, a suit). "file" right before a preposition
// of motion is no cue (the parser may take the place for its object).
var FiledInto = true

// motionPreps are the prepositions after which "file" moves.
var motionPreps = setOf("into", "past", "out", "through", "onto", "toward", "towards", "across", "inside", "along", "off")

// filedInto reports whether v is "file" moving (FiledInto).
func (a *analysis) filedInto(v int) bool {
	toks := a.d.Tokens
	if !FiledInto || toks[v].Lemma != "file" || toks[v].UPOS != "VERB" || v+1 >= len(toks) {
		return false
	}
	return motionPreps[strings.ToLower(a.text(v+1))]
}

// SourceTimeCut ends a source before a preposition of time that follows
// its noun: "“…,” shouted the young crowds after calls by the ruling party
// urging them …" had the source "the young crowds after calls by the". A
// time or circumstance ("after", "during", "amid", …) tells when the words
// were said, not who said them.
var SourceTimeCut = true

// sourceTimePreps are the words SourceTimeCut ends a source before.
var sourceTimePreps = setOf("after", "before", "during", "following", "amid", "amidst", "until", "since", "despite")

// cutSourceTimes applies SourceTimeCut to a.quotes.
func (a *analysis) cutSourceTimes() {
	if !SourceTimeCut {
		return
	}
	toks := a.d.Tokens
	for i := range a.quotes {
		q := &a.quotes[i]
		if q.Source == nil {
			continue
		}
		lo, hi := tokenRange(toks, q.Source.Start, q.Source.End)
		named := false
		for t := lo; t < hi && t < len(toks); t++ {
			switch toks[t].UPOS {
			case "NOUN", "PROPN", "PRON":
				named = true
				continue
			case "ADP", "SCONJ":
				if named && t > lo && a.inRegion[t] < 0 && sourceTimePreps[strings.ToLower(a.text(t))] {
					if a.subjectAfter(q, t, hi) {
						// "a Premier League probe after the striker
						// claimed …": the cue's own subject follows
						// the preposition.
						q.Source = a.span(t+1, hi-1)
					} else {
						q.Source = a.span(lo, t-1)
					}
					t = hi
				}
			}
		}
	}
}

// subjectAfter reports whether the noun phrase in tokens (t, hi) of q's
// source is the subject of q's cue right after it, which the parser left
// without one ("The town was at a standstill after the party called a
// strike", "after" and the party hung on the noun before) (SourceTimeCut).
func (a *analysis) subjectAfter(q *doc.Quote, t, hi int) bool {
	toks := a.d.Tokens
	if q.Cue == nil {
		return false
	}
	c0, _ := tokenRange(toks, q.Cue.Start, q.Cue.End)
	if c0 < hi || c0 >= len(toks) || a.child(c0, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	for k := hi; k < c0; k++ {
		if toks[k].UPOS != "AUX" && toks[k].UPOS != "ADV" {
			return false
		}
	}
	named := false
	for k := t + 1; k < hi; k++ {
		switch toks[k].UPOS {
		case "VERB", "AUX", "PUNCT", "SCONJ", "ADP":
			return false
		case "NOUN", "PROPN", "PRON":
			named = true
		}
	}
	return named
}
