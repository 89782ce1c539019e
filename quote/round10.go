package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Tenth round (issue 7, part 2): cues the detector scores high that found
// no content because of the parse. Each rule has a switch, chosen by
// five-fold cross-validation on PolNeAR train (docs/QUOTES.md).

// ThatAnyTag lets the complementizer "that" after a cue ("said on Thursday
// that Trump needs …") open the content whatever part of speech the tagger
// gave it, when a subject rather than a verb follows it (a relative "that"
// is followed by its verb: "the plan that passed").
var ThatAnyTag = true

// AddresseeClause lets a person or organisation addressee that holds a
// clause of its own be more than a lone addressee: "Gates told AP he was
// working with Manafort" with the clause hung on "AP".
var AddresseeClause = true

// PassiveClause lets a passive verb without a "by" agent past the
// fallback's passive filter when it has a clausal or open complement, or an
// adjunct opened by whether, how, what, why or if: "are expected to
// support …", "are split on whether …"; "was charged with murder" stays
// filtered.
var PassiveClause = true

// PassiveAs extends PassiveClause to an adjunct opened by "as" ("are both
// seen as candidates …", "is widely regarded as the favourite").
var PassiveAs = true

// AsFronted lets an "as" clause with its cue follow a short opening phrase
// and its comma: "Of course, as the senator observed, the …".
var AsFronted = true

// thatOpens reports whether token t is "that" opening a reported clause:
// tagged a subordinator, or (ThatAnyTag) any tag with a word other than a
// verb, auxiliary or punctuation after it.
func (a *analysis) thatOpens(t int) bool {
	if !strings.EqualFold(a.text(t), "that") {
		return false
	}
	toks := a.d.Tokens
	if toks[t].UPOS == "SCONJ" {
		return true
	}
	if !ThatAnyTag || t+1 >= a.sentenceOf(t).TokenEnd {
		return false
	}
	switch toks[t+1].UPOS {
	case "VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "PART":
		return false
	}
	return true
}

// clauseOnAddressee reports whether addressee k holds a clause with a
// subject of its own that is not a relative pronoun ("told AP he was
// working …").
func (a *analysis) clauseOnAddressee(k int) bool {
	toks := a.d.Tokens
	for _, c := range a.kids(k) {
		if c < k {
			continue
		}
		switch toks[c].Deprel {
		case "acl:relcl", "acl", "ccomp":
		default:
			continue
		}
		s := a.child(c, "nsubj", "nsubj:pass")
		if s > k && s < c && !relativePronoun(toks[s]) {
			return true
		}
	}
	return false
}

// passiveReports reports whether passive verb v has a clausal or open
// complement, or an adjunct opened by a question word.
func (a *analysis) passiveReports(v int) bool {
	toks := a.d.Tokens
	for _, k := range a.kids(v) {
		if k < v {
			continue
		}
		switch toks[k].Deprel {
		case "xcomp", "ccomp":
			return true
		case "obl", "advcl":
			if PassiveAs && toks[k].Deprel == "obl" {
				// "are seen as candidates who …" ("was asked about …"
				// stays filtered: a question put, nothing said).
				if c := a.child(k, "case"); c >= 0 && c < k && strings.EqualFold(a.text(c), "as") && a.passiveLexicon(v) {
					return true
				}
			}
			lo, _ := a.subtree(k)
			for t := lo; t <= k && t <= lo+2; t++ {
				switch strings.ToLower(a.text(t)) {
				case "whether", "how", "what", "why", "if":
					return true
				}
			}
		}
	}
	return false
}

// PollIn makes "in" before a poll or survey a cue, the poll its source and
// the rest of the sentence its content, as "according to" ("In a Marist
// poll released Sunday, Clinton leads by six points").
var PollIn = true

// pollNouns are the heads of a noun phrase that PollIn reads as a source:
// one poll, not "the polls" a candidate leads in.
var pollNouns = map[string]bool{"poll": true, "survey": true}

// pollIn proposes the quote of "in" at token v when it opens a poll or
// survey phrase, and reports whether it did.
func (a *analysis) pollIn(v int) bool {
	toks := a.d.Tokens
	x := toks[v].Head
	if x <= v || toks[v].Deprel != "case" || !pollNouns[strings.ToLower(a.text(x))] || a.inRegion[x] >= 0 {
		return false
	}
	if h := toks[x].Head; a.reportingVerb(h) {
		// "In a poll of 800 voters, the group found that …": where the
		// cue verb found it, not a cue of its own.
		return false
	}
	slo, shi := a.subtreeExcept(x, func(k int) bool { return attachedClause(toks[k].Deprel) })
	if slo <= v {
		slo = v + 1
	}
	_, xhi := a.subtree(x)
	s := a.sentenceOf(v)
	lo, hi := s.TokenStart, a.lastWord(s, v)
	if v-lo >= hi-xhi {
		hi = v - 1
	} else {
		lo = xhi + 1
	}
	for lo <= hi && toks[lo].UPOS == "PUNCT" {
		lo++
	}
	for hi >= lo && toks[hi].UPOS == "PUNCT" {
		hi--
	}
	if hi < lo || a.words(lo, hi+1) < 3 {
		return false
	}
	cue := a.d.SpanOf(toks[v].Start, toks[v].End)
	a.cands = append(a.cands, candidate{v: v, lo: lo, hi: hi, cue: &cue, src: a.span(slo, shi), force: true})
	return true
}

// PassiveTheme gives a passive cue with a "by" agent and no content to its
// right the passive subject as its content: "The meeting was first
// reported by Politico", "Her attacks were echoed by her campaign".
var PassiveTheme = true

// PassiveLexicon limits PassiveTheme and PassiveAs to verbs of the hand list, verbs of
// feeling and verbs of the cue table that PolNeAR train takes as cues at
// least passiveRate of the time with an object or clause: "The deputies
// were appointed by the president" is an act (appoint: 8 cues in 24 uses
// with an object).
var PassiveLexicon = true

// passiveLexicon reports whether passive verb v may report something
// under PassiveLexicon (always when the switch is off).
func (a *analysis) passiveLexicon(v int) bool {
	lemma := a.d.Tokens[v].Lemma
	return !PassiveLexicon || clauseCue(lemma) || rates[lemma].object >= passiveRate || cues[lemma] != 0 || psychVerbs[lemma]
}

// passiveRate is the object rate (quote/cues.tsv) PassiveLexicon asks of
// a verb outside the hand list.
const passiveRate = 0.4

// passiveTheme returns the tokens of passive verb v's subject when v has a
// "by" agent, or -1, -1.
func (a *analysis) passiveTheme(v int) (int, int) {
	s := a.child(v, "nsubj:pass")
	if s < 0 || s > v || a.agent(v) < 0 || relativePronoun(a.d.Tokens[s]) || a.inRegion[s] >= 0 {
		return -1, -1
	}
	lemma := a.d.Tokens[v].Lemma
	if !a.passiveLexicon(v) {
		// "was appointed by the president": an act, whatever the
		// detector scores.
		return -1, -1
	}
	if ExperiencerPassive && Experiencer && psychVerbs[lemma] {
		// "Traders were alarmed by the levy": the subject felt it, the
		// levy is what they feel about.
		ag := a.agent(v)
		lo, hi := a.subtree(ag)
		if c := a.child(ag, "case"); c == lo {
			lo++
		}
		return lo, hi
	}
	lo, hi := a.subtree(s)
	if hi >= v {
		return -1, -1
	}
	return lo, hi
}

// ColonNext gives a cue verb followed by a colon and nothing else in its
// sentence ("Dr. Ward stated:", "Hewitt writes:") the next sentence as its
// content, when that is no quotation (a quotation is a direct quote).
var ColonNext = true

// colonNext returns the content tokens after cue v's colon, or -1, -1.
func (a *analysis) colonNext(v int) (int, int) {
	toks := a.d.Tokens
	if a.cueUsed[v] || a.child(v, "nsubj") < 0 || a.child(v, "obj", "ccomp", "xcomp") >= 0 {
		return -1, -1
	}
	s := a.sentenceOf(v)
	c := v + 1
	for c < s.TokenEnd && c <= v+3 && a.text(c) != ":" && (toks[c].UPOS == "ADV" || a.temporal(c)) {
		c++
	}
	if c >= s.TokenEnd || a.text(c) != ":" {
		return -1, -1
	}
	lo, hi := c+1, s.TokenEnd-1
	if c == s.TokenEnd-1 {
		// The content is the next sentence.
		n := toks[v].Sentence + 1
		if n >= len(a.d.Sentences) {
			return -1, -1
		}
		ns := a.d.Sentences[n]
		lo, hi = ns.TokenStart, ns.TokenEnd-1
	}
	for hi > lo && toks[hi].UPOS == "PUNCT" {
		hi--
	}
	if hi < lo || a.words(lo, hi+1) < 3 {
		return -1, -1
	}
	for t := lo; t <= hi; t++ {
		if a.inRegion[t] >= 0 {
			return -1, -1
		}
	}
	return lo, hi
}

// NameThenVerb keeps a past-tense form the parser hung as a participle on
// the person or organisation named right before it ("Trump called for a
// ban on …", parsed as "Trump [who was] called") out of the passive
// filter: after a name, without a comma, it is the finite verb.
var NameThenVerb = true

// nameThenVerb reports whether verb v, a participle on a noun, directly
// follows that noun, which names a person or organisation.
func (a *analysis) nameThenVerb(v int) bool {
	h := a.d.Tokens[v].Head
	if h < 0 || h != v-1 {
		return false
	}
	switch a.speakerKind(h) {
	case "PER", "ORG", "ppron":
		return true
	}
	return false
}

// Findings on the team's wire-style stories (session 8).

// ExperiencerPassive gives a passive verb of feeling its subject as the
// source: "it was alarmed by the sentence" (the one alarmed), not the "by"
// phrase (what alarmed it).
var ExperiencerPassive = true

// ParataxisComma keeps a cue parsed as parataxis that reads as a relative
// clause without its pronoun from taking the sentence around it as its
// content ("The talks, he said, were useful" does): "sanctions on two
// officers it accused of commanding units" is no parenthetical.
var ParataxisComma = true

// bareRelative reports whether cue v, parsed as parataxis, reads as a
// relative clause without its pronoun: its phrase follows a noun directly
// and the cue has a dependent of its own to its right ("officers it
// accused of commanding units"), where a parenthetical "he said" has at
// most a time.
func (a *analysis) bareRelative(v int) bool {
	lo, _ := a.subtree(v)
	if lo == 0 {
		return false
	}
	switch a.d.Tokens[lo-1].UPOS {
	case "NOUN", "PROPN":
	default:
		return false
	}
	for _, k := range a.kids(v) {
		if k > v && a.d.Tokens[k].UPOS != "PUNCT" && !a.temporal(k) {
			return true
		}
	}
	return false
}

// speaksItself reports whether relative clause k is headed by a cue verb
// with a subject of its own ("talks that officials said lasted …"): the
// clause is that verb's quote.
func (a *analysis) speaksItself(k int) bool {
	t := a.d.Tokens[k]
	if t.UPOS != "VERB" || !(clauseCue(t.Lemma) || cues[t.Lemma]&speech != 0) {
		return false
	}
	s := a.child(k, "nsubj")
	return s >= 0 && !relativePronoun(a.d.Tokens[s])
}

// NounRelative keeps a relative clause on a noun out of the noun's
// fallback content when the clause is headed by a cue verb with a subject
// of its own: "held talks that officials said lasted two hours" has no
// quote of "talks", only the officials'.
var NounRelative = true

// TrailingObject keeps a verb with an object of its own from being a
// trailing cue after its subject: "Despite the agreement, residents
// reported heavy gunfire overnight" reports the gunfire, not the phrase
// before the comma. An addressee ("…, the minister told reporters") and
// an inverted subject parsed as an object ("…, said the company's chief
// executive") still trail.
var TrailingObject = true

// addresseeVerbs are the verbs whose object is the one spoken to.
var addresseeVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "brief": true, "remind": true, "warn": true}

// ParenConj ends the content of a parenthetical cue before it when a
// conjunction opens what follows its comma: "Police arrested two
// journalists, the union said, and one was released later" quotes the
// arrest, not the union's own words around it.
var ParenConj = true

// NestedSource drops a quote without a source inside another quote's
// content: "Kagame is expected to meet Tshisekedi …, a White House
// official said" is the official's words, not a second attribution of
// nobody's expectation.
var NestedSource = true

// TimeClause lets a time after a cue that holds a clause with a subject of
// its own give that clause as the content: "said on Friday it was alarmed
// …" with the clause hung on "Friday".
var TimeClause = true

// dropSourceless removes the quotes from index first on that have no
// source and whose cue stands inside the content of another quote with a
// source (NestedSource).
func (a *analysis) dropSourceless(first int) {
	keep := a.quotes[:first]
	for i := first; i < len(a.quotes); i++ {
		q := a.quotes[i]
		if q.Source == nil && q.Cue != nil && q.Kind != Direct && a.insideOther(i) {
			continue
		}
		keep = append(keep, q)
	}
	a.quotes = keep
}

// insideOther reports whether quote i's cue lies inside the content of
// another quote that has a source.
func (a *analysis) insideOther(i int) bool {
	c := a.quotes[i].Cue
	for j, p := range a.quotes {
		if j != i && p.Source != nil && p.Content.Start <= c.Start && c.End <= p.Content.End {
			return true
		}
	}
	return false
}

// PossessedNoun makes a source that is a possessive pronoun with a noun
// ("her lawyer", "his spokesman") name a speaker by its mention, like any
// common-noun source, not the pronoun's antecedent.
var PossessedNoun = true

// possessedNoun reports whether tokens [t0, t1) hold a possessive pronoun
// followed by a noun.
func possessedNoun(d *doc.Document, t0, t1 int) bool {
	for t := t0; t < t1; t++ {
		tk := d.Tokens[t]
		if tk.UPOS == "PRON" && (tk.XPOS == "PRP$" || tk.Deprel == "nmod:poss") {
			for u := t + 1; u < t1; u++ {
				if d.Tokens[u].UPOS == "NOUN" {
					return true
				}
			}
		}
	}
	return false
}

// ItSpeaker resolves a source that is only "it" to the speaker of the
// latest earlier quote when that speaker is a body, not a person ("The
// U.S. Africa Command said … It said its initial assessment …").
var ItSpeaker = true

// lastBody returns a copy of the speaker of the latest quote before src
// that has one, when it is no person, or nil.
func lastBody(d *doc.Document, src doc.Span, earlier []doc.Quote) *doc.Actor {
	for i := len(earlier) - 1; i >= 0; i-- {
		s := earlier[i].Speaker
		if s == nil || s.Mention == nil || s.Mention.End > src.Start {
			continue
		}
		if isPersonActor(d, s) {
			return nil
		}
		cp := *s
		return &cp
	}
	return nil
}

// possessorEntity reports whether entity e is a possessive pronoun of
// source src followed by a noun of src ("her" in "her lawyer").
func possessorEntity(d *doc.Document, e *doc.Entity, src doc.Span) bool {
	t0, t1 := tokenRange(d.Tokens, e.Start, e.End)
	if t1 != t0+1 {
		return false
	}
	tk := d.Tokens[t0]
	if tk.UPOS != "PRON" || !(tk.XPOS == "PRP$" || tk.Deprel == "nmod:poss") {
		return false
	}
	s0, s1 := tokenRange(d.Tokens, src.Start, src.End)
	return t0 >= s0 && possessedNoun(d, t0, s1)
}

// ClauseQuote keeps a quotation that continues a clause reported by an
// earlier cue (a word, not punctuation, right before its opening mark,
// inside that cue's clausal complement) from taking a cue after it: in
// "told Newsmax that Romney “had a crazy policy,” adding, “…”" the first
// quotation belongs to "told" (a mixed quote), "adding" has the second.
var ClauseQuote = true

// inReported reports whether quotation r opens inside the clausal
// complement of a cue verb before it in its sentence, after a word.
func (a *analysis) inReported(r *region) bool {
	toks := a.d.Tokens
	p := r.t0 - 1
	if p < 0 || toks[p].Sentence != toks[r.t0].Sentence || toks[p].UPOS == "PUNCT" {
		return false
	}
	s := a.sentenceOf(r.t0)
	for v := s.TokenStart; v < p; v++ {
		if !a.reportingVerb(v) || a.inRegion[v] >= 0 {
			continue
		}
		if c := a.child(v, "ccomp"); c > v {
			if lo, hi := a.subtree(c); lo <= p && p <= hi {
				return true
			}
		}
	}
	return false
}

// LongSubject lets a direct quotation ending in a comma take a cue further
// than maxCueGap words after it when the words between are the cue's own
// subject ("“…,” the head of the U.N. World Food Programme in Sudan,
// Laurent Bukera, told reporters"), and keeps a cue with its subject
// before it from being read as an inverted "…, said X" trailing cue.
var LongSubject = true

// UsedCueObject keeps the cue of a direct quote from quoting its object as
// well ("“…,” the head of the agency told reporters in Juba" gave a second
// quote with the content "reporters in Juba").
var UsedCueObject = true
