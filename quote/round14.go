package quote

import (
	"strings"
	"sync"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the fourteenth round (issue 7, session 12: the source of noun
// and participle cues), each a switch read from PolNeAR train errors
// (docs/MEASURES.md).

// NounAgent makes the "from", "by" or "among" phrase of a noun cue its
// source and the subject of the verb governing the noun its content:
// "Okello won backing from the teachers' union" is the union's backing of
// Okello, "the plan drew criticism from farmers" the farmers' criticism
// of the plan. PolNeAR marks them so; the rules took the governor's
// subject as the source and the phrase as the content.
var NounAgent = true

// NounAgentOf lets NounAgent take an "of" phrase too ("the support of
// women"); off: on PolNeAR train it cost 0.04 source F1 ("criticism of
// Trump" is aimed at him).
var NounAgentOf = false

// agentCases are the prepositions whose phrase after a noun cue names
// who holds the view (NounAgent).
var agentCases = map[string]bool{"from": true, "by": true, "among": true, "of": true}

// nounAgent returns the head of the phrase naming the holder of noun cue
// v (NounAgent), or -1.
func (a *analysis) nounAgent(v int) int {
	toks := a.d.Tokens
	if !NounAgent || toks[v].UPOS != "NOUN" || a.child(v, "nmod:poss") >= 0 {
		return -1
	}
	for _, k := range a.kids(v) {
		if k < v || toks[k].Deprel != "nmod" || a.temporal(k) || a.inRegion[k] >= 0 {
			continue
		}
		switch toks[k].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
		default:
			continue
		}
		c := a.child(k, "case")
		if c < 0 || c > k {
			continue
		}
		w := strings.ToLower(a.text(c))
		if !agentCases[w] || w == "of" && !NounAgentOf {
			continue
		}
		return k
	}
	return -1
}

// holderSwap returns the source span and the content tokens that
// NounAgent or FeelingCause give cue v, or ok false: for a noun cue, the
// phrase naming its holder and the subject of the verb the noun is the
// object or oblique of ("Okello won backing from …": the content is
// Okello); for a verb of feeling, the one who feels and its subject.
func (a *analysis) holderSwap(v int) (src *doc.Span, lo, hi int, ok bool) {
	toks := a.d.Tokens
	if FeelingCause && Experiencer && psychVerbs[toks[v].Lemma] && a.isVerb(v) {
		return a.feelingCause(v)
	}
	k, h := a.nounAgent(v), toks[v].Head
	switch toks[v].Deprel {
	case "obj", "obl":
	default:
		return nil, 0, 0, false
	}
	if k < 0 || h < 0 || !a.isVerb(h) {
		return nil, 0, 0, false
	}
	s := a.subject(h)
	if s < 0 || s > v || a.inRegion[s] >= 0 || a.relativeSubject(s) {
		return nil, 0, 0, false
	}
	lo, hi = a.subjectTokens(s)
	if hi >= v {
		return nil, 0, 0, false
	}
	return a.nounPhrase(k), lo, hi, true
}

// FeelingCause makes the subject of a verb of feeling its content, the
// one who feels being the source (Experiencer): "The levy alarmed
// traders" reports the traders' alarm at the levy, as PolNeAR marks it;
// the rules gave the traders as both source and content.
var FeelingCause = true

// feelingCause returns the experiencer of verb of feeling v as the source
// and its subject as the content, or ok false (FeelingCause).
func (a *analysis) feelingCause(v int) (src *doc.Span, lo, hi int, ok bool) {
	toks := a.d.Tokens
	o := a.child(v, "obj")
	s := a.subject(v)
	if o < v || s < 0 || s > v || a.inRegion[s] >= 0 || a.relativeSubject(s) || toks[s].Deprel == "nsubj:pass" {
		return nil, 0, 0, false
	}
	lo, hi = a.subjectTokens(s)
	if hi >= v {
		return nil, 0, 0, false
	}
	return a.source(v), lo, hi, true
}

// phraseBefore returns the tokens of the phrase headed by h that stand
// before participle v, without attached clauses or prepositions: "a
// gunman" of "a gunman claiming allegiance to …".
func (a *analysis) phraseBefore(h, v int) (lo, hi int) {
	toks := a.d.Tokens
	lo, hi = a.subtreeExcept(h, func(k int) bool {
		return attachedClause(toks[k].Deprel) || toks[k].Deprel == "case" || k > v
	})
	if hi >= v {
		hi = v - 1
	}
	return lo, hi
}

// subjectTokens returns the tokens of subject s without the clauses and
// appositions attached to it or a preposition before it.
func (a *analysis) subjectTokens(s int) (lo, hi int) {
	toks := a.d.Tokens
	return a.subtreeExcept(s, func(t int) bool {
		rel := toks[t].Deprel
		return attachedClause(rel) || rel == "case" && t < s
	})
}

// OwnerSubject takes the subject of the verb a noun cue is the object of
// as the cue's source, instead of the noun's possessive pronoun when the
// pronoun agrees with that subject ("Bush pinned his hopes on South
// Carolina", "he stepped up his attacks on …": Bush, he), and when no
// source was found at all and the subject names someone ("The senator
// had little interest in …"; not "An epidemic sparked concern"), unless
// the verb is itself a cue ("rejected the claim": the claim is someone
// else's).
var OwnerSubject = true

// ownPronoun pairs a subject pronoun with the possessive that refers back
// to it; a noun subject takes "his", "its" or "their".
var ownPronoun = map[string]string{
	"he": "his", "she": "her", "it": "its", "they": "their", "we": "our", "i": "my", "you": "your",
}

// ownerSubject returns the subject OwnerSubject gives noun cue v whose
// source src the rules found, or nil.
func (a *analysis) ownerSubject(v int, src *doc.Span) *doc.Span {
	toks := a.d.Tokens
	if !OwnerSubject || toks[v].UPOS != "NOUN" || toks[v].Deprel != "obj" {
		return nil
	}
	h := toks[v].Head
	if h < 0 || h > v || !a.isVerb(h) || clauseCue(toks[h].Lemma) || objectCue(toks[h].Lemma) || cues[toks[h].Lemma] != 0 {
		return nil
	}
	s := a.subject(h)
	if s < 0 || s > h || a.inRegion[s] >= 0 || toks[s].Deprel == "nsubj:pass" {
		return nil
	}
	p := a.child(v, "nmod:poss")
	if p < 0 && src == nil && !a.namesSpeaker(s) && a.speakerKind(s) != "ppron" {
		// "An epidemic sparked concern": a cause, not who is concerned.
		return nil
	}
	if p >= 0 || src != nil {
		// Only a possessive pronoun that refers back to the subject
		// gives way to it.
		if p < 0 || toks[p].UPOS != "PRON" || src != nil && (src.Start != toks[p].Start || src.End != toks[p].End) {
			return nil
		}
		own := strings.ToLower(a.text(p))
		if toks[s].UPOS == "PRON" {
			if ownPronoun[strings.ToLower(a.text(s))] != own {
				return nil
			}
		} else if own != "his" && own != "its" && own != "their" {
			return nil
		}
	}
	lo, hi := a.subjectTokens(s)
	if hi >= h {
		return nil
	}
	return a.span(lo, hi)
}

// NounCompound takes the words a noun cue's compound modifier heads as
// its source when the rules find none: "The poll shows …", "Election
// scholars caution that …" with the verb tagged a noun and its subject
// made a compound, and "minority support for …" (PolNeAR: the poll, the
// scholars, minority).
var NounCompound = true

// compoundHolder returns the span of the determiners, modifiers and
// compounds before noun cue v when one of them is a compound noun that is
// not a time (NounCompound), or nil.
func (a *analysis) compoundHolder(v int) *doc.Span {
	toks := a.d.Tokens
	if !NounCompound || toks[v].UPOS != "NOUN" {
		return nil
	}
	// A noun heading a clause is a verb mistagged ("The poll shows …");
	// elsewhere only a modifier naming someone holds the view ("minority
	// support", not "street protests").
	verbLike := false
	switch toks[v].Deprel {
	case "root", "ccomp", "parataxis", "conj", "advcl":
		verbLike = true
	}
	lo, named := -1, false
	for _, k := range a.kids(v) {
		if k >= v {
			break
		}
		switch toks[k].Deprel {
		case "compound":
			switch toks[k].UPOS {
			case "NOUN", "PROPN", "NUM":
				if !a.temporal(k) && (verbLike || a.namesSpeaker(k)) {
					named = true
				}
			default:
				return nil
			}
		case "det", "amod", "nummod", "nmod:poss", "advmod":
		default:
			continue
		}
		if l, _ := a.subtree(k); lo < 0 || l < lo {
			lo = l
		}
	}
	if !named || lo < 0 {
		return nil
	}
	lo, ok := a.plainPhrase(lo, v-1)
	if !ok {
		return nil
	}
	return a.span(lo, v-1)
}

// plainPhrase returns tokens [lo, hi] without leading punctuation, and
// whether they can stand as a source of the fourteenth round: no verb, no
// quotation, and not opening with a conjunction or preposition (a
// misparse: "and the end of the war", "from the family upwards").
func (a *analysis) plainPhrase(lo, hi int) (int, bool) {
	toks := a.d.Tokens
	for lo <= hi && toks[lo].UPOS == "PUNCT" {
		lo++
	}
	if lo > hi {
		return lo, false
	}
	switch toks[lo].UPOS {
	case "CCONJ", "SCONJ", "ADP":
		return lo, false
	}
	for t := lo; t <= hi; t++ {
		if a.inRegion[t] >= 0 || toks[t].UPOS == "VERB" || toks[t].UPOS == "AUX" {
			return lo, false
		}
	}
	return lo, true
}

// AclHolder takes the noun a participle cue modifies as its source when
// the rules find none, whatever the noun ("a group backing Kasich",
// "polls showing her behind"); AroundAcl did this only for a noun that
// names someone. It widens AroundAcl and is off with it.
var AclHolder = true

// aclHolder returns the noun phrase that participle cue v modifies, cut
// before the cue (AclHolder), or nil.
func (a *analysis) aclHolder(v int) *doc.Span {
	toks := a.d.Tokens
	h := toks[v].Head
	if !AclHolder || !SourceAround || !AroundAcl || toks[v].Deprel != "acl" || h < 0 || h > v || toks[v].XPOS != "VBG" {
		return nil
	}
	switch toks[h].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
	default:
		return nil
	}
	if a.temporal(h) {
		// "filed a resolution Thursday denouncing …"
		return nil
	}
	lo, hi := a.phraseBefore(h, v)
	lo, ok := a.plainPhrase(lo, hi)
	if !ok {
		return nil
	}
	return a.span(lo, hi)
}

// lastSource is lastResort followed by the fourteenth round's fallbacks
// for a noun or participle cue without a source.
func (a *analysis) lastSource(cue int) *doc.Span {
	if sp := a.lastResort(cue); sp != nil {
		return sp
	}
	if sp := a.compoundHolder(cue); sp != nil {
		return sp
	}
	return a.aclHolder(cue)
}

// ConjReporter gives a cue verb conjoined to the verb of a reported clause
// the reporting verb's subject when the reported clause's subject is a
// personal pronoun: "Okello said he would stay on and called the vote a
// fraud" is Okello's call (PolNeAR marks "Okello", not "he"). The parser
// often hangs the second verb on the reported clause's; when the clause
// names someone else ("said the man fled and called …") the call is left
// to that clause's subject.
var ConjReporter = true

// conjReporter returns the reporting verb whose subject speaks for cue,
// a conjunct (rel) of h, or -1 (ConjReporter).
func (a *analysis) conjReporter(h, cue int, rel string) int {
	toks := a.d.Tokens
	if !ConjReporter || rel != "conj" || h < 0 || h != toks[cue].Head || toks[h].Deprel != "ccomp" || a.subject(cue) >= 0 {
		return -1
	}
	l := toks[cue].Lemma
	if !clauseCue(l) && !objectCue(l) && cues[l] == 0 {
		return -1
	}
	r := toks[h].Head
	if !a.reportingVerb(r) {
		return -1
	}
	s := a.subject(h)
	if s < 0 || !personPronouns[strings.ToLower(a.text(s))] || a.subject(r) < 0 {
		return -1
	}
	return r
}

// HeadlineVerb attributes a title whose verb the tagger read as a name or
// noun ("Conservative Icon Morton Blackwell Endorses Ted Cruz", "Rose Bowl
// skywriters blast Trump"): in a document's first sentence, alone in its
// paragraph and without a cue of its own, the first word after a naming
// phrase that is the present tense of a verb of the cue table is the cue,
// the words before it the source and the words after it the content.
var HeadlineVerb = true

// headForms maps the present-tense forms of the cue table's verbs to 3
// for the third person ("endorses") and 1 for the plain form ("endorse",
// after a plural noun only) (HeadlineVerb).
var (
	headForms    map[string]int
	headFormsSet sync.Once
)

// thirdPerson returns the third-person singular form of verb lemma w
// (speechForms, headForms).
func thirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func loadHeadForms() {
	headForms = map[string]int{}
	add := func(w string) {
		w = strings.ToLower(w)
		headForms[thirdPerson(w)] = 3
		if headForms[w] == 0 {
			headForms[w] = 1
		}
	}
	for w := range rates {
		if clauseCue(w) || objectCue(w) {
			add(w)
		}
	}
	for w := range cues {
		add(w)
	}
}

// headlineNouns are cue forms a headline uses as plural nouns more often
// than as verbs: "Peace Talks Resume", "Ceasefire Calls Mount" ("Hamas
// Claims Responsibility", "Leader Pledges Elections" are verbs).
var headlineNouns = map[string]bool{"talks": true, "calls": true}

// headlineVerb adds the quote HeadlineVerb finds in the document's title.
func (a *analysis) headlineVerb() {
	ss := a.d.Sentences
	if !HeadlineVerb || len(ss) < 2 || ss[1].Paragraph == ss[0].Paragraph {
		return
	}
	headFormsSet.Do(loadHeadForms)
	toks := a.d.Tokens
	s := ss[0]
	end := s.TokenEnd - 1
	for end > s.TokenStart && toks[end].UPOS == "PUNCT" {
		end--
	}
	named := false
	for t := s.TokenStart; t <= end; t++ {
		if a.inRegion[t] >= 0 || a.cueUsed[t] || a.covered[t] {
			return
		}
	}
	for t := s.TokenStart; t < end-1 && t < s.TokenStart+10; t++ {
		u := toks[t].UPOS
		if named && (u == "PROPN" || u == "NOUN") {
			f := headForms[strings.ToLower(a.text(t))]
			if headlineNouns[strings.ToLower(a.text(t))] && !(HeadlineMore && a.speakerKind(t-1) == "PER") {
				f = 0 // "Peace Talks Resume In Geneva", "Ceasefire Calls Mount" (review)
			}
			if f == 1 && !strings.HasSuffix(a.text(t-1), "s") {
				// a plain form only after a plural: "skywriters blast"
				f = 0
			}
			if f > 0 && a.words(t+1, end+1) >= 2 {
				switch toks[t+1].UPOS {
				case "VERB", "AUX", "ADP", "PART", "PUNCT":
					if !(HeadlineMore && a.headlineOpens(t, f)) {
						return
					}
				}
				a.add(doc.Quote{Content: *a.span(t+1, end), Cue: a.tokenSpan(t), Source: a.span(s.TokenStart, t-1), Kind: Indirect})
				return
			}
		}
		switch u {
		case "VERB", "AUX", "SCONJ", "ADP", "PRON", "CCONJ":
			if t > s.TokenStart {
				return
			}
		case "PUNCT":
			if a.text(t) != "," && a.text(t) != "’" && a.text(t) != "'" {
				return
			}
		}
		named = named || u == "PROPN" || u == "NOUN" || t == s.TokenStart && u == "VERB"
	}
}
