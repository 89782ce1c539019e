package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
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

// LocativeSource keeps a place or venue named in a locative phrase from
// being a quote's source: "Hundreds of people protested in Kisumu on
// Monday, demanding …" with the participle hung on the city gave the city
// as the source (and speaker); "Media reports in Kampala said …" with the
// city parsed as the subject; "medics at the district hospital said". A
// source headed by the object of "in", "at", "outside", "near", "inside" or
// "across" becomes the noun phrase the place modifies (through "of" and
// locative phrases and an apposition: "Dr Amina Juma of the cancer centre
// in Eldoret"), or the subject of the verb the place hangs on ("Hundreds
// of people"), or none when there is neither.
var LocativeSource = true

// locativePreps are the prepositions of a place a speaker stands in.
var locativePreps = map[string]bool{
	"in": true, "at": true, "outside": true, "near": true, "inside": true, "across": true,
}

// venueNouns are common nouns of places and gatherings a speaker stands
// in or at (LocativeSource).
var venueNouns = map[string]bool{
	"embassy": true, "consulate": true, "hospital": true, "meeting": true, "summit": true,
	"conference": true, "rally": true, "ceremony": true, "forum": true, "headquarters": true,
	"city": true, "capital": true, "town": true, "village": true, "camp": true, "street": true,
	"square": true, "port": true, "airport": true, "border": true, "region": true, "province": true,
}

// placeWord reports whether token h is part of a place name (GPE, LOC or
// FAC entity) or a venue noun.
func (a *analysis) placeWord(h int) bool {
	a.speakerKind(h) // fills entType
	switch a.entType[h] {
	case "GPE", "LOC", "FAC":
		return true
	}
	return a.d.Tokens[h].UPOS == "NOUN" && venueNouns[strings.ToLower(a.d.Tokens[h].Lemma)]
}

// locativeSources applies LocativeSource to every quote.
func (a *analysis) locativeSources() {
	if !LocativeSource {
		return
	}
	toks := a.d.Tokens
	for i := range a.quotes {
		q := &a.quotes[i]
		if q.Source == nil {
			continue
		}
		t0, t1 := tokenRange(toks, q.Source.Start, q.Source.End)
		h := spanHead(toks, *q.Source)
		if h < 0 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			continue
		}
		c := a.child(h, "case")
		if c < 0 && t0 > 0 && toks[t0-1].UPOS == "ADP" && toks[t0-1].Sentence == toks[h].Sentence {
			// "Media reports in Kampala said" with "in" hung on the
			// verb and the city parsed as its subject.
			c = t0 - 1
		}
		if c < 0 || c >= t0 || !locativePreps[strings.ToLower(a.text(c))] || !a.placeWord(h) {
			continue
		}
		if q.Cue != nil && toks[c].Start >= q.Cue.Start && toks[c].End <= q.Cue.End {
			continue // "in a poll": the preposition is the cue
		}
		person := false
		for t := t0; t < t1; t++ {
			person = person || a.speakerKind(t) == "PER"
		}
		if person {
			continue // "During his visit in Vietnam Rubin stressed …"
		}
		q.Source = a.placeHolder(h, c, q)
	}
}

// placeHolder is the source that stands for place h of quote q: the noun
// phrase h modifies, the subject of the verb h hangs on, or nil.
func (a *analysis) placeHolder(h, c int, q *doc.Quote) *doc.Span {
	toks := a.d.Tokens
	n := h
	for hop := 0; hop < 4; hop++ {
		g := toks[n].Head
		if g < 0 || toks[g].Sentence != toks[h].Sentence {
			break
		}
		rel := toks[n].Deprel
		if strings.HasPrefix(rel, "nmod") && a.child(n, "case") >= 0 && nominal(toks[g].UPOS) || n != h && rel == "appos" {
			n = g
			continue
		}
		break
	}
	cue := -1
	if q.Cue != nil {
		cue, _ = tokenRange(toks, q.Cue.Start, q.Cue.End)
	}
	if n == h {
		g := toks[h].Head
		if rel := toks[h].Deprel; g < 0 || !a.isVerb(g) || !strings.HasPrefix(rel, "obl") && rel != "nsubj" {
			return nil
		}
		if cue < 0 || g != cue && toks[cue].Head != g {
			// the place's verb is not the cue or the one the cue hangs
			// on: its subject says nothing of the cue's
			return nil
		}
		if k := a.child(h, "appos"); k > h && toks[h].Deprel == "nsubj" {
			// "In Kisumu, the governor's office issued …" parsed with the
			// office in apposition to the city.
			lo, hi := a.subjectTokens(k)
			return a.span(lo, hi)
		}
		// The verb's subject other than the place ("In Nairobi, the
		// ministry said"; the one before the place when the parser made
		// the place a second subject).
		s := -1
		for _, k := range a.kids(g) {
			if k != h && toks[k].Deprel == "nsubj" && (s < 0 || k < c) {
				s = k
			}
		}
		if s < 0 || a.inRegion[s] >= 0 || a.relativeSubject(s) || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" && toks[s].UPOS != "PRON" {
			// none, or a number ("Two died and five were hurt, nurses at
			// the hospital said" with "five" a second subject of "said")
			return nil
		}
		n = s
	}
	lo, hi := a.subjectTokens(n)
	if cue >= lo && cue <= hi {
		if cue <= n {
			return nil
		}
		hi = cue - 1
	}
	if b0, b1 := tokenRange(toks, q.Content.Start, q.Content.End); b1 > b0 && lo < b1 && hi >= b0 {
		return nil
	}
	return a.span(lo, hi)
}

// PlaceCountry makes the speaker of a source whose place stands after its
// head noun ("Media reports in Nairobi said", "officials in Washington")
// the noun phrase up to the place, with the place's country and the head
// noun's sector (sectorNouns: "officials in Washington" USAGOV), not the
// place itself (Nairobi, KEN). PlaceInSource, off, drops the place and
// with it the country.
var PlaceCountry = true

// placeSpeaker is PlaceCountry's actor for source src and its place
// entity e, or nil when the place has no country or the source has no
// common noun before it.
func placeSpeaker(d *doc.Document, src doc.Span, e *doc.Entity) *doc.Actor {
	country := ""
	if e.Actor != nil {
		country = e.Actor.Country
	} else if p := d.LocationPlace(e); p != nil {
		country = p.Country
	}
	toks := d.Tokens
	t0, t1 := tokenRange(toks, src.Start, src.End)
	e0, e1 := tokenRange(toks, e.Start, e.End)
	h := spanHead(toks, src)
	if h < 0 || h >= e0 || toks[h].UPOS != "NOUN" {
		return nil
	}
	if e1 < t1 && (toks[e1].UPOS == "NOUN" || toks[e1].UPOS == "PROPN" || toks[e1].UPOS == "ADJ") {
		return nil // "the Asia clinic": the place names no place here
	}
	lo := t0
	for lo < h && (toks[lo].UPOS == "DET" || toks[lo].UPOS == "ADP") {
		lo++
	}
	m := doc.Mention{Start: toks[lo].Start, End: e.End}
	m.Text = d.Text[m.Start:m.End]
	a := &doc.Actor{Name: m.Text, Mention: &m}
	if country != "" {
		a.Country = country
		a.Sector = sectorNouns[strings.ToLower(toks[h].Lemma)]
		a.Code = country + a.Sector
	}
	return a
}

// MannerAfterQuote lets any finite verb used without an object or clause
// be the cue of the quotation it follows, with its speaker beside it and
// nothing else in the sentence: "“This is a disgrace,” an angry Otieno
// retaliated.", "“Would you stay?” Wanjiru pressed.", "“…!” beamed Amina
// Juma of Kisumu.", "“…,” the editorial read." The hand lists and the cue
// table take the verbs of saying; these are the verbs of manner and
// reaction the newswire style puts in their place (PolNeAR train marks them;
// the detector scored them as cues but found no content).
var MannerAfterQuote = true

// mannerForms are verb forms the tagger often takes for nouns after a
// quotation ("the email read", "the two write").
var mannerForms = map[string]bool{"read": true, "reads": true, "write": true, "writes": true, "state": true, "states": true}

// notMannerVerbs are verbs of going, staying and dying: after a quotation
// they tell what the speaker did, not how the words were said ("“We will
// never surrender,” the rebels left."; session 33 review).
var notMannerVerbs = map[string]bool{"leave": true, "depart": true, "arrive": true, "go": true, "come": true,
	"return": true, "walk": true, "march": true, "flee": true, "enter": true, "exit": true, "stay": true,
	"remain": true, "sit": true, "stand": true, "die": true, "collapse": true, "fall": true, "disappear": true,
	"vanish": true, "resign": true}

// mannerCue reports whether token j, after a quotation that ends in a
// comma, question or exclamation mark and whose following words start at
// token k, is such a verb (MannerAfterQuote); the quotation r opens its
// sentence.
func (a *analysis) mannerCue(r *region, j, k int) bool {
	if !MannerAfterQuote || j-k >= maxCueGap || !a.startsSentence(r) {
		// "Between two classes, “…”, he looks after the horses"
		return false
	}
	toks := a.d.Tokens
	tk := toks[j]
	switch {
	case tk.UPOS == "VERB" && (tk.XPOS == "VBD" || tk.XPOS == "VBZ" || tk.XPOS == "VBP"):
	case (tk.UPOS == "NOUN" || tk.UPOS == "PROPN") && mannerForms[strings.ToLower(a.text(j))] && j > k:
		// "the email read.": the sentence ends after it ("Kisumu State
		// University" is a name)
		if j+1 < len(toks) && toks[j+1].Sentence == tk.Sentence && (toks[j+1].UPOS != "PUNCT" || a.text(j+1) == ",") {
			return false
		}
		switch toks[j-1].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			return false
		}
	default:
		return false
	}
	if notMannerVerbs[tk.Lemma] {
		return false
	}
	for _, c := range a.kids(j) {
		switch rel := toks[c].Deprel; {
		case rel == "obj" || rel == "iobj" || rel == "ccomp" || rel == "xcomp" || rel == "conj" || rel == "csubj":
			return false
		case rel == "aux" || rel == "aux:pass" || rel == "cop" || rel == "compound:prt":
			return false
		}
	}
	// The rest of the sentence, up to another quotation, holds no clause:
	// the speaker (after an inverted verb) and adjuncts.
	e := j + 1
	for e < len(toks) && toks[e].Sentence == tk.Sentence && a.inRegion[e] < 0 {
		e++
	}
	if e-1 > j && !a.plainTail(j+1, e-1) {
		return false
	}
	if j == k {
		// inverted: a speaker must follow
		return e-1 > j && a.namesSubject(j+1, e-1)
	}
	for t := k; t < j; t++ {
		if relativePronoun(toks[t]) {
			return false // "…,” who made “…”: a relative clause
		}
	}
	return a.namesSubject(k, j-1)
}

// LeadSentence gives a quotation that makes up its own sentence, with no
// cue of its own, the cue of the sentence just before it in its paragraph
// when that sentence is only a speaker and a verb of saying, thinking or
// reacting with no object or clause: "Dianne Wambui agreed. “Mainstream
// members are running out of time.”", "Otieno disagreed on Tuesday. “…”".
// Before, such a quotation went to the paragraph's last direct quote, if
// any, or to nobody.
var LeadSentence = true

// leadSentence finds LeadSentence's quote for quotation r.
func (a *analysis) leadSentence(r *region) (doc.Quote, bool) {
	if !LeadSentence || !a.startsSentence(r) {
		return doc.Quote{}, false
	}
	toks := a.d.Tokens
	// The quotation is its sentence: nothing but punctuation after it.
	if r.t1 < len(toks) && toks[r.t1].Sentence == toks[r.t1-1].Sentence && toks[r.t1].UPOS != "PUNCT" {
		return doc.Quote{}, false
	}
	si := toks[r.t0].Sentence
	if si == 0 {
		return doc.Quote{}, false
	}
	prev := a.d.Sentences[si-1]
	if prev.TokenEnd <= prev.TokenStart || a.para(prev.TokenStart) != a.para(r.t0) {
		return doc.Quote{}, false
	}
	if w := a.text(prev.TokenEnd - 1); w != "." {
		return doc.Quote{}, false
	}
	v := -1
	for t := prev.TokenStart; t < prev.TokenEnd; t++ {
		if a.inRegion[t] >= 0 {
			return doc.Quote{}, false
		}
		if toks[t].Head < 0 {
			v = t
		}
	}
	if v < 0 || a.cueUsed[v] || !a.isVerb(v) {
		return doc.Quote{}, false
	}
	switch toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return doc.Quote{}, false
	}
	l := toks[v].Lemma
	if cues[l] == 0 && !clauseCue(l) && !(a.cueScore(v) > 0) {
		return doc.Quote{}, false
	}
	for _, c := range a.kids(v) {
		switch toks[c].Deprel {
		case "obj", "iobj", "ccomp", "xcomp", "csubj", "conj", "nsubj:pass", "aux:pass", "cop", "compound:prt", "parataxis", "advcl":
			return doc.Quote{}, false
		}
	}
	if v+1 < prev.TokenEnd-1 && !a.plainTail(v+1, prev.TokenEnd-2) {
		return doc.Quote{}, false
	}
	s := a.subject(v)
	if s < 0 || s > v {
		return doc.Quote{}, false
	}
	switch a.speakerKind(s) {
	case "PER", "ORG", "NORP", "title", "ppron", "NOUN", "PROPN":
	default:
		return doc.Quote{}, false
	}
	src := a.source(v)
	if src == nil {
		return doc.Quote{}, false
	}
	return doc.Quote{Cue: a.cueSpan(v), Source: src}, true
}

// NounThatNear extends NounClause to a noun whose "that" clause the parser
// hung elsewhere: "his statement on Wednesday that the dam is safe", "her
// warning that the levy would hurt traders" with the clause a complement
// of the verb or of the time. The "that" must follow the noun at once or
// after a short phrase without a verb (a time, a prepositional phrase), the
// clause must have a subject of its own, and the detector must score the
// noun above NounClauseScore, as for NounClause.
var NounThatNear = true

// NounThatNearScore is the detector score a NounThatNear cue must pass.
var NounThatNearScore = 0.0

// nounThatNear proposes the quote of a NounThatNear cue v and reports
// whether it did.
func (a *analysis) nounThatNear(v int) bool {
	toks := a.d.Tokens
	if !NounThatNear || !NounClause || toks[v].UPOS != "NOUN" || a.inRegion[v] >= 0 || a.cueUsed[v] {
		return false
	}
	for t := v + 1; t < len(toks) && t <= v+5 && toks[t].Sentence == toks[v].Sentence; t++ {
		if a.inRegion[t] >= 0 {
			return false
		}
		if strings.EqualFold(a.text(t), "that") && toks[t].UPOS == "SCONJ" {
			c := toks[t].Head
			if c <= t || toks[t].Deprel != "mark" || c == v || a.child(c, "nsubj") < 0 && a.child(c, "nsubj:pass") < 0 {
				return false
			}
			if toks[c].Deprel == "acl:relcl" {
				return false
			}
			if x := a.child(c, "ccomp"); x > c && a.reportingVerb(c) && a.child(x, "nsubj") < 0 {
				// "the talks that aides said lasted three hours": a
				// relative "that" (as NounClause)
				return false
			}
			lo, hi := a.subtree(c)
			if lo < t {
				lo = t
			}
			if min := NounThatNearScore; min > -CueNever && a.cueScore(v) <= min {
				return false
			}
			a.fallback(v, lo, hi)
			return true
		}
		switch toks[t].UPOS {
		case "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM":
		default:
			return false
		}
	}
	return false
}
