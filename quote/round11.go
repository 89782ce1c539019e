package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Eleventh round (issue 7, part 2): sources lost where the parse puts the
// speaker somewhere the source rules did not look. Each rule has a switch,
// chosen by five-fold cross-validation on PolNeAR train (docs/QUOTES.md).

// RelativeComma takes the noun before a non-restrictive relative clause as
// the source of a cue after the clause when the parser did not make the
// clause a relative clause of that noun ("Pence, who is running again,
// praised …" with "running" parsed as parataxis of "Pence" and "praised"
// as its conjunct: Pence, not "who").
var RelativeComma = true

// AclFinite takes the noun a finite verb cue was hung on as its source:
// "a former committee staffer announced plans to sue" with "announced"
// parsed as a clause modifying "staffer".
var AclFinite = true

// SeemSpeech lets a verb of seeming keep its subject as source when what
// seems is itself a speech or cue verb ("Rubio seemed to urge the opposite
// tactic"): Evidential drops the source of "seem" and "appear" otherwise.
var SeemSpeech = true

// commaRelative returns the noun a relative clause opened by subject s
// modifies when the clause stands between commas after that noun ("X, who
// …, cue"), the clause's opening comma right before s's phrase and cue after
// the closing comma; otherwise -1. capHi is the last token of the noun
// phrase.
func (a *analysis) commaRelative(s, v, cue int) (h, capHi int) {
	toks := a.d.Tokens
	lo, _ := a.subtree(s)
	if lo < 2 || !asideMark(a.text(lo-1)) {
		return -1, -1
	}
	h = lo - 2
	sent := toks[s].Sentence
	if toks[h].Sentence != sent || !nominal(toks[h].UPOS) || a.inRegion[h] >= 0 {
		return -1, -1
	}
	// u: the word on the way up from the cue that hangs on v ("issued a
	// statement saying …": "issued").
	u := cue
	for hop := 0; hop < 8 && u >= 0 && toks[u].Head != v; hop++ {
		u = toks[u].Head
	}
	if u < 0 || toks[u].Head != v {
		u = cue
	}
	if a.child(u, "cc") >= 0 || u <= s {
		return -1, -1
	}
	// The comma (or dash) that closes the clause: before u, after only
	// adverbs.
	c := u - 1
	for c > s && toks[c].UPOS == "ADV" {
		c--
	}
	if c <= s || !asideMark(a.text(c)) || !asideMark(a.text(lo-1)) {
		return -1, -1
	}
	// The noun phrase's head: up through names, compounds and "of"
	// phrases ("Senator Marco Rubio of Florida").
	capHi = h
	for hop := 0; hop < 4; hop++ {
		p := toks[h].Head
		if p < 0 || p > h || toks[p].Sentence != sent || !nominal(toks[p].UPOS) {
			break
		}
		switch toks[h].Deprel {
		case "compound", "flat", "flat:name", "nmod", "nmod:poss":
			h = p
			continue
		}
		break
	}
	return h, capHi
}

// asideMark reports whether w sets off an aside: a comma or a dash.
func asideMark(w string) bool {
	switch w {
	case ",", "-", "--", "–", "—":
		return true
	}
	return false
}

// aclFinite reports whether cue v is a finite verb hung as a clause on the
// noun right before it, with no subject of its own: the noun is its
// subject ("a former staffer announced plans …").
func (a *analysis) aclFinite(v int) bool {
	toks := a.d.Tokens
	if !AclFinite || toks[v].Deprel != "acl" || !a.isVerb(v) {
		return false
	}
	switch toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	h := toks[v].Head
	if h < 0 || h > v || a.inRegion[h] >= 0 || a.temporal(h) {
		// Not a time: "on March 26 found candy" with "found" hung on
		// the date.
		return false
	}
	switch toks[h].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return false
	}
	// Only the noun's own modifiers between it and the verb.
	for t := h + 1; t < v; t++ {
		if toks[t].UPOS == "PUNCT" || toks[t].UPOS == "VERB" {
			return false
		}
	}
	return true
}

// seemsSpeech reports whether a verb of seeming v has an open complement
// that is a speech verb or a verb that takes a reported clause ("seemed
// to urge", "appeared to suggest").
func (a *analysis) seemsSpeech(v int) bool {
	if !SeemSpeech {
		return false
	}
	x := a.child(v, "xcomp")
	if x < 0 || !a.isVerb(x) {
		return false
	}
	l := a.d.Tokens[x].Lemma
	return cues[l]&speech != 0 || clauseCue(l)
}

// relativeCommaSpan returns the source span for a relative subject s of
// climbed verb v by RelativeComma, or nil.
func (a *analysis) relativeCommaSpan(s, v, cue int) *doc.Span {
	if !RelativeComma || !a.relativeSubject(s) || strings.HasPrefix(a.d.Tokens[v].Deprel, "acl") {
		// A clause parsed as a relative clause is RelativeAside's.
		return nil
	}
	h, capHi := a.commaRelative(s, v, cue)
	if h < 0 {
		return nil
	}
	lo, hi := a.subjectTokens(h)
	if hi > capHi {
		hi = capHi
	}
	return a.span(lo, hi)
}

// ColonQuote attributes a quotation opened right after a colon that no cue
// verb claimed to the name before the colon, the colon being the cue:
// "… doesn't surprise the pollster Daron Shaw: “Lesser-known candidates …”".
var ColonQuote = true

// SpeakerLine attributes a transcript line, a paragraph that opens with a
// speaker's name and a colon ("WANJIRU: We will not …", "Amina Juma: The
// port …"), to that name, the colon being the cue. Only names the tagger
// reads as proper nouns, written in capitals or found as a person, and
// only after the first paragraph (the headline rule takes that).
var SpeakerLine = true

// colonQuotes adds ColonQuote's and SpeakerLine's quotes.
func (a *analysis) colonQuotes() {
	toks := a.d.Tokens
	if SpeakerLine && QuotedSpeaker {
		// Before ColonQuote: "Transcript as follows:" does not take the
		// quotation that opens the first speaker's line.
		a.speakerLines(true)
	}
	if ColonQuote {
		for ri := range a.regions {
			r := &a.regions[ri]
			c := r.t0 - 1
			if r.used || c < 1 || a.text(c) != ":" || a.covered[c] || a.inRegion[c] >= 0 || a.words(r.t0, r.t1) < 3 {
				continue
			}
			s0 := a.sentenceOf(c).TokenStart
			lo := c
			for lo > s0 && lo > c-6 && a.inRegion[lo-1] < 0 && toks[lo-1].UPOS == "PROPN" {
				lo--
			}
			if k := a.speakerKind(c - 1); lo == c || k != "PER" && k != "ORG" && k != "PROPN" {
				a.colonClause(r, c)
				continue
			}
			r.used = true
			a.add(doc.Quote{
				Content: a.d.SpanOf(r.start, r.end),
				Cue:     a.tokenSpan(c),
				Source:  a.span(lo, c-1),
				Kind:    Direct,
			})
		}
	}
	if SpeakerLine {
		a.speakerLines(false)
	}
}

// lineColon reads sentence si as a transcript line: ok when it opens a
// paragraph after the first one, with a quotation mark when quoted and
// without one when not; first is its first token after that mark, colon the
// first colon among the max tokens from first (-1 when none).
func (a *analysis) lineColon(si int, quoted bool, max int) (first, colon int, ok bool) {
	s := a.d.Sentences[si]
	if si == 0 || s.Paragraph == a.d.Sentences[0].Paragraph || a.d.Sentences[si-1].Paragraph == s.Paragraph {
		return 0, -1, false
	}
	first = s.TokenStart
	if openingMark(a.text(first)) != quoted {
		return 0, -1, false
	}
	if quoted {
		first++
	}
	for t := first; t < s.TokenEnd && t < first+max; t++ {
		if a.text(t) == ":" {
			return first, t, true
		}
	}
	return first, -1, true
}

// lineEnd is the end of the transcript line of sentence si whose label
// ends at colon: the sentence's, or the next one's when the segmenter made
// the label a sentence of its own ("OTIENO:", ColonSplit).
func (a *analysis) lineEnd(si, colon int) int {
	s := a.d.Sentences[si]
	if ColonSplit && colon == s.TokenEnd-1 && si+1 < len(a.d.Sentences) && a.d.Sentences[si+1].Paragraph == s.Paragraph {
		return a.d.Sentences[si+1].TokenEnd
	}
	return s.TokenEnd
}

// speakerLines adds SpeakerLine's quotes: the lines that open with a
// quotation mark before the speaker's name when quoted (QuotedSpeaker),
// the others when not.
func (a *analysis) speakerLines(quoted bool) {
	toks := a.d.Tokens
	// A transcript (title-case labels, one opening two lines or more) lets a
	// label the tagger and the named-entity model missed stand
	// (TranscriptLabels, seventeenth round).
	var labels map[string]int // counted when a label needs it
	for si, s := range a.d.Sentences {
		first, colon, ok := a.lineColon(si, quoted, 5)
		if !ok {
			continue
		}
		lineEnd := a.lineEnd(si, colon)
		if colon <= first || a.covered[colon] || a.words(colon+1, lineEnd) < 3 {
			continue
		}
		if r := a.inRegion[colon]; r >= 0 && (!quoted || a.regions[r].t0 != first && a.inRegion[s.TokenStart] != r) {
			// Inside a quotation, unless it is the one the line's own
			// mark opens or continues.
			continue
		}
		ok, caps, person, place := true, true, false, false
		var label []string
		for t := first; t < colon && ok; t++ {
			w := a.text(t)
			ok = toks[t].UPOS == "PROPN" || isCaps(w)
			caps = caps && isCaps(w)
			k := a.speakerKind(t)
			person = person || k == "PER"
			place = place || k == "GPE" || k == "LOC"
			label = append(label, strings.ToUpper(w))
		}
		if place && !person || wireLabels[strings.Join(label, " ")] {
			// "NAIROBI: The government will …", "UPDATE: Police said …",
			// "ALSO READ: …": a dateline or the wire's furniture, not a
			// speaker (a reviewer's cases)
			continue
		}
		if !(ok && (caps || person)) && !(TranscriptLabels && a.titleLabel(first, colon) && a.hasVerb(colon+1, lineEnd) && a.transcript(&labels, quoted)) || len(a.text(colon-1)) < 2 || titles[strings.ToLower(a.text(colon+1))] {
			// "N. NAIDU: Chief minister of …": a profile, not words.
			continue
		}
		// The line's words: to the end of the paragraph.
		end := s.TokenEnd
		for sj := si + 1; sj < len(a.d.Sentences) && a.d.Sentences[sj].Paragraph == s.Paragraph; sj++ {
			end = a.d.Sentences[sj].TokenEnd
		}
		kind := Indirect
		if a.inRegion[colon+1] >= 0 || quoted {
			kind = Direct
		}
		if r := a.inRegion[colon]; r >= 0 {
			// The quotation the line's mark opens is the line's (it may
			// run on over the next speakers' lines).
			a.regions[r].used = true
		}
		a.add(doc.Quote{
			Content: *a.span(colon+1, end-1),
			Cue:     a.tokenSpan(colon),
			Source:  a.span(first, colon-1),
			Kind:    kind,
		})
	}
}

// isCaps reports whether w has two or more letters, all capitals.
func isCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return n >= 2
}

// InView attributes "In X's view, …" (view, opinion, estimation, judgment,
// words, telling, account) to the possessor: the noun is the cue and the
// clause it opens or closes the content.
var InView = true

// Reportedly makes "reportedly" and "allegedly" cues without a source, the
// clause they modify the content ("The minister reportedly told aides …"):
// the writer reports someone's account without naming who gave it.
var Reportedly = true

var viewNouns = map[string]bool{
	"view": true, "opinion": true, "estimation": true, "judgment": true, "judgement": true,
	"word": true, "telling": true, "account": true, "assessment": true, "reckoning": true,
}

var hearsayAdverbs = map[string]bool{"reportedly": true, "allegedly": true, "purportedly": true}

// wireLabels are the capitalised labels before a colon that are a wire's
// or a site's furniture, not a speaker.
var wireLabels = map[string]bool{"UPDATE": true, "NOTE": true, "EDITOR'S NOTE": true, "EDITORS NOTE": true,
	"ALSO READ": true, "READ MORE": true, "READ": true, "WATCH": true, "RELATED": true, "PHOTO": true,
	"PHOTOS": true, "VIDEO": true, "CORRECTION": true, "BREAKING": true, "FILE": true, "LISTEN": true,
	"SEE ALSO": true, "MORE": true, "ADVISORY": true, "URGENT": true, "FLASH": true}

// moreCues adds InView's and Reportedly's quotes.
func (a *analysis) moreCues() {
	if !InView && !Reportedly {
		return
	}
	toks := a.d.Tokens
	for t := range toks {
		if a.inRegion[t] >= 0 || a.cueUsed[t] {
			continue
		}
		switch {
		case InView && toks[t].UPOS == "NOUN" && viewNouns[toks[t].Lemma]:
			a.inView(t)

		case Reportedly && toks[t].UPOS == "ADV" && hearsayAdverbs[strings.ToLower(a.text(t))]:
			h := toks[t].Head
			if h < 0 || !a.isVerb(h) && toks[h].UPOS != "AUX" && toks[h].UPOS != "ADJ" {
				continue
			}
			if _, speech := cues[toks[h].Lemma]; speech || a.cueUsed[h] {
				continue // "the minister reportedly said …": the verb's own quote
			}
			lo, hi := a.subtreeExcept(h, func(k int) bool { return k == t })
			if t == lo {
				lo++
			}
			if t == hi {
				hi--
			}
			if a.words(lo, hi+1) < 3 {
				continue
			}
			a.add(doc.Quote{Content: *a.span(lo, hi), Cue: a.tokenSpan(t), Kind: Indirect})
		}
	}
}

// inView adds the quote of view noun t when it is "in X's view" set off by
// a comma from the clause it comments on.
func (a *analysis) inView(t int) {
	toks := a.d.Tokens
	c := a.child(t, "case")
	p := a.child(t, "nmod:poss")
	if c < 0 || p < 0 || !strings.EqualFold(a.text(c), "in") || c > p {
		return
	}
	s := a.sentenceOf(t)
	plo, phi := a.subtree(t)
	var lo, hi int
	switch {
	case phi+1 < s.TokenEnd && a.text(phi+1) == ",":
		lo, hi = phi+2, s.TokenEnd-1
		if c != plo {
			// Only a conjunction or adverb before "in": "But in her
			// view, …".
			for k := s.TokenStart; k < plo; k++ {
				if u := toks[k].UPOS; u != "CCONJ" && u != "ADV" && u != "PUNCT" {
					return
				}
			}
		}
	case plo > s.TokenStart && a.text(plo-1) == ",":
		lo, hi = s.TokenStart, plo-2
	default:
		return
	}
	if hi <= lo || a.words(lo, hi+1) < 3 {
		return
	}
	for k := lo; k <= hi; k++ {
		if a.cueUsed[k] && k != t {
			// Someone else's words already: "In his view, she said, …".
			return
		}
	}
	slo, shi := a.subtreeExcept(p, func(k int) bool { return toks[k].Deprel == "case" && k > p })
	a.add(doc.Quote{Content: *a.span(lo, hi), Cue: a.tokenSpan(t), Source: a.span(slo, shi), Kind: Indirect})
}

// AccordingComma ends the source of a sentence-opening "According to X,"
// at its comma when the parser hung the rest of the sentence on X
// ("According to the Associated Press, 571 of the 714 …" with "Press" the
// root): the content was empty and the source the whole sentence.
var AccordingComma = true

// accordingEnd returns the last token of the source of "according to" at v
// whose source subtree ends at shi.
func (a *analysis) accordingEnd(v, shi int) int {
	s := a.sentenceOf(v)
	if v-s.TokenStart > 3 || shi < s.TokenEnd-2 {
		return shi
	}
	for t := v + 2; t < shi; t++ {
		if a.inRegion[t] < 0 && a.text(t) == "," {
			if t-1 >= v+2 {
				return t - 1
			}
			break
		}
	}
	return shi
}

// TrailingGerund keeps an -ing participle out of the trailing-cue rule
// ("…, X said." and "…, said X."): "The ministry criticised the pact,
// saying it threatened regional stability" took "it threatened regional
// stability" as the inverted subject of "saying" and the main clause as
// its content (the lead's story s21).
var TrailingGerund = true

// SayingRest gives a speech participle after a comma whose reported clause
// the parser broke into an object and loose words ("…, saying it
// threatened regional stability" with "it" the object) its whole phrase as
// content, not the object alone.
var SayingRest = true

// CommonModifier keeps an entity mention without a proper noun that only
// modifies the source's head ("officials on both sides", with "both
// sides" a mention the coreference stage tied to "Indian soldiers") from
// being the speaker: the source's own noun phrase is (the lead's story
// s24). Speakers only; PolNeAR does not score them.
var CommonModifier = true

// commonModifier reports whether entity e lies inside source span src
// after a preposition, without covering the source's head, and holds no
// proper noun ("Kenyan police" keeps its country: PossessorHead).
func commonModifier(d *doc.Document, e *doc.Entity, src doc.Span) bool {
	toks := d.Tokens
	t0, t1 := tokenRange(toks, src.Start, src.End)
	e0, e1 := tokenRange(toks, e.Start, e.End)
	if e0 < t0 || e1 > t1 || e1 <= e0 {
		return false
	}
	// Only a determiner-led common phrase ("both sides", "the two
	// leaders"): "the French army", "militants" keep their codes.
	if u := toks[e0].UPOS; u != "DET" && u != "NUM" {
		return false
	}
	for t := e0; t < e1; t++ {
		if u := toks[t].UPOS; u == "PROPN" || u == "ADJ" {
			return false
		}
	}
	// A prepositional modifier: a preposition before the mention.
	prep := false
	for t := t0; t < e0; t++ {
		prep = prep || toks[t].UPOS == "ADP"
	}
	if !prep {
		return false
	}
	// The source's head: the token whose head lies outside the span.
	for t := t0; t < t1; t++ {
		if h := toks[t].Head; h < t0 || h >= t1 {
			return t < e0 || t >= e1
		}
	}
	return false
}

// ObjectControl takes the object of the verb an open complement cue hangs
// on as the cue's source: "The timing led Republicans to say …", "That
// prompted Rubio to make a joke", "has led some allies to worry": the one
// led or prompted speaks, not what led them.
var ObjectControl = true

// controller returns the object of the head of open complement x that
// stands between the head and x, or -1.
func (a *analysis) controller(x int) int {
	if !ObjectControl {
		return -1
	}
	toks := a.d.Tokens
	h := toks[x].Head
	if h < 0 || h > x || !a.isVerb(h) {
		return -1
	}
	for _, k := range a.kids(h) {
		if k > h && k < x && (toks[k].Deprel == "obj" || toks[k].Deprel == "iobj") && a.inRegion[k] < 0 {
			switch a.speakerKind(k) {
			case "PER", "ORG", "NORP", "title", "ppron":
				return k
			case "NOUN":
				if peopleNouns[toks[k].Lemma] {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// peopleNouns are plural nouns of people (ObjectControl: "led farmers to
// warn").
var peopleNouns = map[string]bool{
	"voter": true, "supporter": true, "critic": true, "farmer": true, "resident": true, "worker": true,
	"investor": true, "analyst": true, "economist": true, "observer": true, "conservative": true,
	"liberal": true, "progressive": true, "activist": true, "member": true, "people": true, "citizen": true,
	"family": true, "parent": true, "student": true, "teacher": true, "immigrant": true, "employer": true,
	"trader": true, "american": true, "expert": true, "scholar": true, "historian": true, "official": true,
	"officer": true, "delegate": true, "donor": true, "fan": true, "opponent": true, "ally": true,
	"insider": true, "veteran": true, "victim": true, "survivor": true, "consumer": true, "owner": true,
}

// PurposeMeeting keeps the purpose of a meeting still to come from being
// a cue: "where she will meet Vietnamese leaders to discuss a similar
// agreement" reports nothing said yet (the lead's story s21). A meeting
// that took place ("met on Monday to discuss the pact") stays a cue, as
// PolNeAR counts talk about something.
var PurposeMeeting = true

var meetingVerbs = map[string]bool{
	"meet": true, "travel": true, "visit": true, "gather": true, "convene": true, "fly": true,
	"arrive": true, "sit": true,
}

// meetingPurpose reports whether v is an infinitive of purpose ("to
// discuss") on a verb of meeting or travel that has not happened yet (with
// will, would, shall, or itself an infinitive).
func (a *analysis) meetingPurpose(v int) bool {
	toks := a.d.Tokens
	if !PurposeMeeting || toks[v].XPOS != "VB" || toks[v].Deprel != "advcl" && toks[v].Deprel != "xcomp" {
		return false
	}
	if m := a.child(v, "mark"); m < 0 || !strings.EqualFold(a.text(m), "to") {
		return false
	}
	h := toks[v].Head
	if h < 0 || !meetingVerbs[toks[h].Lemma] {
		return false
	}
	if m := a.child(h, "mark"); m >= 0 && strings.EqualFold(a.text(m), "to") {
		return true
	}
	for _, k := range a.kids(h) {
		if toks[k].Deprel == "aux" {
			switch strings.ToLower(a.text(k)) {
			case "will", "would", "shall", "'ll":
				return true
			}
		}
	}
	return false
}

// AclCap ends the source found through a participle on a noun (SourceAround's
// "farmers hoping to …") before the participle: "Police found 62,800
// dollars … when they froze it" with "found" and "froze" both hung on
// "Police" gave the whole sentence as source.
var AclCap = true

// SplitClause joins the reported clauses a cue got as two complements on
// the same side of it: "Venezuela on Sunday released eight Colombian
// soldiers it had detained …, the ministry said" parsed with "released"
// and "soldiers" both complements of "said" gave the content "Venezuela
// on Sunday released" (the lead's story s26).
var SplitClause = true

// splitClause widens content [lo, hi] of complement c of cue v over v's
// other complements on the same side.
func (a *analysis) splitClause(v, c, lo, hi int) (int, int) {
	for _, k := range a.kids(v) {
		if k == c || a.d.Tokens[k].Deprel != "ccomp" || (k < v) != (c < v) {
			continue
		}
		klo, khi := a.subtree(k)
		// Not over a conjunction or a verb between the two ("said that
		// he hoped …, but said the vote …").
		g0, g1 := hi+1, klo
		if klo < lo {
			g0, g1 = khi+1, lo
		}
		joined := true
		for t := g0; t < g1; t++ {
			if u := a.d.Tokens[t].UPOS; u == "CCONJ" || u == "VERB" {
				joined = false
			}
		}
		if !joined {
			continue
		}
		if klo < lo {
			lo = klo
		}
		if khi > hi {
			hi = khi
		}
	}
	if c < v && hi >= v {
		hi = v - 1
	}
	return lo, hi
}
