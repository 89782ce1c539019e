package quote

import "github.com/dyadproject/dyad/doc"

// maxCueGap is how many tokens may stand between a quotation and a cue
// verb before it ("X told reporters in Nairobi on Monday: “…”").
const maxCueGap = 8

// direct attributes quotations that have a cue right after them (“…,” he
// said) or right before them (he said, “…”), and quotations continuing a
// direct quote of the same paragraph.
func (a *analysis) direct() {
	last := -1 // index in a.quotes of the last direct quote
	lastPara := -1
	for ri := range a.regions {
		r := &a.regions[ri]
		para := a.para(r.t0)
		q, ok := a.dashSpeaker(r)
		if !ok {
			// "was asked, “…?”" (round30.go)
			q, ok = a.askedBefore(r)
		}
		if !ok {
			q, ok = a.afterCue(r)
		}
		if !ok {
			q, ok = a.beforeCue(r)
		}
		if !ok {
			// "Wambui agreed. “…”" (round33.go)
			q, ok = a.leadSentence(r)
		}
		if !ok && last >= 0 && lastPara == para && a.startsSentence(r) && a.words(r.t0, r.t1) >= 3 {
			// A further quotation of the same speaker: “…,” he said. “…”
			p := a.quotes[last]
			q = doc.Quote{Cue: p.Cue, Source: p.Source}
			ok = true
		}
		if !ok && a.nextParagraphQuote(r, last, lastPara) {
			// “…,” she told reporters.¶“…” (everyday round 22)
			p := a.quotes[last]
			q = doc.Quote{Cue: p.Cue, Source: p.Source}
			ok = true
		}
		if !ok {
			continue
		}
		q.Content = a.d.SpanOf(r.start, r.end)
		if q.Kind == "" {
			q.Kind = Direct
		}
		r.used = true
		a.add(q)
		last, lastPara = len(a.quotes)-1, a.para(r.t1-1)
	}
}

// DoubledMarks finds the punctuation before a closing mark the tokenizer
// split in two (two apostrophes printed for a closing double quote).
var DoubledMarks = true

// markToken reports whether a token is (part of) a quotation mark.
func markToken(w string) bool {
	switch w {
	case "'", "''", "\"", "”", "“", "`", "``":
		return true
	}
	return false
}

// para is the paragraph index of token t.
func (a *analysis) para(t int) int { return a.d.Sentences[a.d.Tokens[t].Sentence].Paragraph }

// startsSentence reports whether the quotation opens its sentence.
func (a *analysis) startsSentence(r *region) bool {
	s := a.sentenceOf(r.t0)
	for t := s.TokenStart; t < r.t0; t++ {
		if a.d.Tokens[t].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// isVerb reports whether token t is tagged as a verb.
func (a *analysis) isVerb(t int) bool { return a.d.Tokens[t].UPOS == "VERB" }

// reportingVerb reports whether token h (-1 for none) is a verb of saying
// or of a reported clause.
func (a *analysis) reportingVerb(h int) bool {
	if h < 0 || !a.isVerb(h) {
		return false
	}
	l := a.d.Tokens[h].Lemma
	return clauseCue(l) || cues[l]&speech != 0
}

// text returns token t's text.
func (a *analysis) text(t int) string {
	tk := a.d.Tokens[t]
	return a.d.Text[tk.Start:tk.End]
}

// afterCue finds “…,” X said / “…,” said X after the quotation.
func (a *analysis) afterCue(r *region) (doc.Quote, bool) {
	toks := a.d.Tokens
	n := len(toks)
	k := r.t1
	if k >= n {
		return doc.Quote{}, false
	}
	// The quotation ends in a comma, question or exclamation mark or dash,
	// inside or just outside the closing mark.
	ends := false
	last := r.t1 - 2
	if DoubledMarks {
		// The closing mark may be two tokens (the doubled apostrophes
		// some papers print): the last word token before it.
		last = r.t1 - 1
		for last > r.t0 && a.d.Tokens[last].Start >= r.end-3 && markToken(a.text(last)) {
			last--
		}
	}
	if last >= r.t0 {
		switch a.text(last) {
		case ",", "?", "!", "—", "–", "--", "...", "…":
			ends = true
		}
	}
	switch a.text(k) {
	case ",", "—", "–":
		ends = true
		k++
	}
	if k >= n || a.para(k) != a.para(r.t1-1) {
		return doc.Quote{}, false
	}
	if TitleQuote && a.titleQuote(r) {
		// On “Kenya Tonight,” Otieno said …: a programme's name.
		return doc.Quote{}, false
	}
	if ClauseQuote && a.inReported(r) {
		// "told Newsmax that Romney “had a crazy policy,” adding, “…”":
		// the quotation is part of the earlier cue's clause.
		return doc.Quote{}, false
	}
	if !ends {
		// “We will win” he said: without a comma, a quotation opening its
		// sentence with the cue at once after it, in lower case.
		if c := a.text(k)[0]; c < 'a' || c > 'z' || !a.startsSentence(r) {
			return doc.Quote{}, false
		}
	}
	limit := k + maxCueGap
	if LongSubject && ends {
		// “…,” the head of the agency in the region, Ali Hassan, told
		// reporters: a long subject before the cue.
		limit = k + 3*maxCueGap
	}
	if limit > n {
		limit = n
	}
	skipped := 0 // tokens of party tags stepped over (PartyTag)
	for j := k; j < limit; j++ {
		if a.inRegion[j] >= 0 {
			break
		}
		if a.isVerb(j) && directOK(toks[j].Lemma) || a.mistaggedCue(j, k) || ends && a.mannerCue(r, j, k) {
			if !ends && j-k-skipped > 3 {
				break
			}
			if j-k-skipped >= maxCueGap {
				if s := a.child(j, "nsubj"); s < k || s > j {
					return doc.Quote{}, false
				}
			}
			q := doc.Quote{Cue: a.cueSpan(j), Source: a.source(j)}
			if q.Source == nil {
				if j == k {
					// “…,” said the minister, …
					e := j + 1
					for e < n && e < j+8 && toks[e].UPOS != "PUNCT" && a.inRegion[e] < 0 {
						e++
					}
					if e > j+1 && !a.adjunctStart(j+1) {
						q.Source = a.span(j+1, e-1)
					}
				} else {
					q.Source = a.span(k, j-1)
				}
			}
			return q, true
		}
		if toks[j].UPOS == "AUX" {
			if q, ok := a.quotedAsCue(j, k); ok {
				// “…,” X was quoted by Y as saying (lead36.go)
				return q, true
			}
		}
		switch toks[j].UPOS {
		case "VERB", "AUX":
			return doc.Quote{}, false
		case "PUNCT":
			if c := a.tagClose(j, k); c >= 0 {
				// “…,” Rep. Amina Juma (D-Ore.) said: step over the
				// party tag.
				skipped += c - j + 1
				limit = min(limit+c-j+1, n)
				j = c
				continue
			}
			if t := a.text(j); t != "," {
				return doc.Quote{}, false
			}
		case "CCONJ", "SCONJ":
			if AfterConj {
				// "said the plan was ''a fair deal,'' and she
				// repeated …": the quotation belongs to the clause
				// before it, the verb after the conjunction starts
				// another.
				return doc.Quote{}, false
			}
		}
	}
	return doc.Quote{}, false
}

// AfterConj keeps a verb after a conjunction that follows a quotation
// from being that quotation's cue. Eighth round.
var AfterConj = true

// beforeCue finds X said, “…” / X said: “…” / …, saying “…” before the
// quotation, and X: “…”.
func (a *analysis) beforeCue(r *region) (doc.Quote, bool) {
	toks := a.d.Tokens
	j := r.t0 - 1
	if j < 0 {
		return doc.Quote{}, false
	}
	sentStart := a.sentenceOf(r.t0).TokenStart
	if a.d.Tokens[j].Sentence != a.d.Tokens[r.t0].Sentence {
		sentStart = a.sentenceOf(j).TokenStart
	}
	colon := -1
	introduced := false
	switch a.text(j) {
	case ":":
		colon = j
		introduced = true
		j--
	case ",", "—", "–", "-":
		introduced = true
		j--
	}
	if j >= 0 && toks[j].Lemma == "that" && toks[j].UPOS == "SCONJ" {
		j--
	}
	for g := 0; j >= sentStart && g < maxCueGap; g, j = g+1, j-1 {
		if a.inRegion[j] >= 0 {
			break
		}
		if a.isVerb(j) && directOK(toks[j].Lemma) {
			if !introduced && j != r.t0-1 && !a.bridges(j, r.t0) {
				return doc.Quote{}, false
			}
			if a.futureUnderCue(j) >= 0 {
				// "warned that Minsk would respond “in a mirror
				// way”": the words are the warning's (quote/lead33.go).
				return doc.Quote{}, false
			}
			kind := Direct
			if !introduced && (cues[toks[j].Lemma]&naming != 0 || (j != r.t0-1 && a.fragment(r))) {
				// called the talks “productive”: a quoted fragment.
				kind = Mixed
			}
			return doc.Quote{Cue: a.cueSpan(j), Source: a.source(j), Kind: kind}, true
		}
		if toks[j].UPOS == "AUX" || (toks[j].UPOS == "VERB" && toks[j].Deprel != "acl") {
			break
		}
		if toks[j].UPOS == "PUNCT" && a.text(j) != "," {
			break
		}
	}
	if colon >= 0 && colon-sentStart <= 6 && colon > sentStart {
		// Headline style: “Graham: …”, or “The minister was blunt: …”.
		c := a.tokenSpan(colon)
		return doc.Quote{Cue: c, Source: a.span(sentStart, colon-1)}, true
	}
	return doc.Quote{}, false
}

// bridges reports whether the tokens between cue v and the quotation at q
// are all the cue's own objects or adjuncts (“told reporters on Monday”).
func (a *analysis) bridges(v, q int) bool {
	for t := v + 1; t < q; t++ {
		h := t
		for hop := 0; hop < 4 && h >= 0 && h != v; hop++ {
			h = a.d.Tokens[h].Head
		}
		if h != v {
			return false
		}
		switch a.d.Tokens[t].UPOS {
		case "VERB", "AUX", "SCONJ":
			return false
		}
	}
	return true
}

// headline attributes a title of the form “Name: what they said” (the
// document's first paragraph): the short naming phrase before the colon is
// the source, the colon the cue.
func (a *analysis) headline() {
	if len(a.d.Sentences) == 0 {
		return
	}
	toks := a.d.Tokens
	for si := 0; si < len(a.d.Sentences) && a.d.Sentences[si].Paragraph == a.d.Sentences[0].Paragraph; si++ {
		s := a.d.Sentences[si]
		colon := -1
		named := false
		for t := s.TokenStart; t < s.TokenEnd && t < s.TokenStart+7; t++ {
			if a.text(t) == ":" {
				colon = t
				break
			}
			switch toks[t].UPOS {
			case "VERB", "AUX":
				t = s.TokenEnd
			case "PROPN", "NOUN":
				named = true
			}
		}
		end := s.TokenEnd
		if ColonSplit && colon == s.TokenEnd-1 && si+1 < len(a.d.Sentences) && a.d.Sentences[si+1].Paragraph == s.Paragraph {
			// "Otieno:" made a sentence of its own: what follows in
			// the title is what was said.
			end = a.d.Sentences[si+1].TokenEnd
		}
		if colon <= s.TokenStart || !named || a.covered[colon] || a.words(colon+1, end) < 3 {
			continue
		}
		kind := Indirect
		if a.inRegion[colon+1] >= 0 {
			kind = Direct
		}
		a.add(doc.Quote{
			Content: *a.span(colon+1, end-1),
			Cue:     a.tokenSpan(colon),
			Source:  a.span(s.TokenStart, colon-1),
			Kind:    kind,
		})
	}
}

// fragment reports whether a quotation is a fragment rather than a
// sentence: a few words, or words starting in lower case.
func (a *analysis) fragment(r *region) bool {
	if a.words(r.t0, r.t1) < 4 {
		return true
	}
	for t := r.t0; t < r.t1; t++ {
		if a.d.Tokens[t].UPOS != "PUNCT" {
			c := a.text(t)[0]
			return c >= 'a' && c <= 'z'
		}
	}
	return false
}

// MistaggedCues takes a present-tense speech verb the tagger read as a noun
// after a quotation and its speaker (“…,” Viguerie notes.) as the cue.
var MistaggedCues = true

// speechForms are the third-person present forms of the speech verbs
// (notes, argues, says), lower case: a capitalised form after a quotation
// and a name is no verb.
var speechForms = map[string]bool{}

func init() {
	for w, k := range cues {
		if k&speech != 0 {
			speechForms[thirdPerson(w)] = true
		}
	}
}

// mistaggedCue reports whether token j, after the quotation whose
// following words start at token k, is a speech verb tagged as a noun with
// its speaker between: a name or pronoun before it and the end of the
// sentence or a comma after it.
func (a *analysis) mistaggedCue(j, k int) bool {
	toks := a.d.Tokens
	if !MistaggedCues || j <= k || (toks[j].UPOS != "NOUN" && toks[j].UPOS != "PROPN") || !speechForms[a.text(j)] && !(VerbForms && pastForms[a.text(j)]) {
		return false
	}
	switch toks[j-1].UPOS {
	case "PROPN", "NOUN", "PRON":
	default:
		return false
	}
	return j+1 >= len(toks) || toks[j+1].UPOS == "PUNCT" || toks[j+1].Sentence != toks[j].Sentence
}
