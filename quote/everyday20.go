package quote

import "strings"

// Rules of session 20's everyday round (the lead's stories of a trade
// dispute and a protest crackdown), each a switch (docs/EVENTS.md
// "everyday round 20").

// AsideSubject keeps the object of a relative clause set between commas
// from being taken for the speaker: "German Chancellor Friedrich Merz,
// who met Indian Prime Minister Narendra Modi last month, said he would
// raise the issue" was parsed with Modi a second subject of "said", the
// nearer one; the speaker is the subject before ", who".
var AsideSubject = true

// asideSubject returns, for subject s of verb v, v's other subject before
// a ", who" or ", which" that s follows within the same commas, or s.
func (a *analysis) asideSubject(v, s int) int {
	if !AsideSubject || s < 0 || s > v {
		return s
	}
	toks := a.d.Tokens
	w := -1
	for k := s - 1; k > 0 && toks[k].Sentence == toks[s].Sentence; k-- {
		t := strings.ToLower(a.text(k))
		if t == "," {
			break
		}
		if (t == "who" || t == "which") && a.text(k-1) == "," {
			w = k
			break
		}
	}
	if w < 0 {
		return s
	}
	for _, k := range a.kids(v) {
		if k < w-1 && k != s && toks[k].Deprel == "nsubj" {
			return k
		}
	}
	return s
}

// HearsayReports keeps a speaker from "reports" heard of: "the embassy said
// it was deeply concerned by reports that police had beaten journalists":
// the reports are nobody's the sentence names, not the embassy's.
var HearsayReports = true

// hearsayCue reports whether cue v is the noun "reports" (rumours, claims)
// in a phrase of "by", "over", "about", "at" or "amid" (also when the
// tagger read it as a verb, which then has the preposition as its case).
func (a *analysis) hearsayCue(v int) bool {
	if !HearsayReports || a.d.Tokens[v].UPOS != "NOUN" && a.d.Tokens[v].UPOS != "VERB" {
		return false // (a verb with a preposition of its own: "by reports" tagged VBZ)
	}
	switch strings.ToLower(a.d.Tokens[v].Lemma) {
	case "report", "rumour", "rumor", "claim", "allegation":
	default:
		return false
	}
	if c := a.child(v, "case"); c >= 0 {
		switch strings.ToLower(a.text(c)) {
		case "by", "over", "about", "at", "amid":
			return true
		}
	}
	return false
}

// OrderedRelease keeps "ordered that X be released" from quoting: a
// court's or an authority's order to free someone is the release (the
// event coder codes it 0841), not words reported.
var OrderedRelease = true

// AccusedOf drops the quote of "accuse X of ..." whose content is X alone
// ("accusing New Delhi of subsidising its producers" gave a quote of "New
// Delhi"; on the first 600 bench-news stories "him", "them", "Iraq",
// "Baghdad"): the accusation is an act (112), and X no words of anyone.
var AccusedOf = true

// dropBareAccused drops the quotes of AccusedOf: the cue a form of
// "accuse", the word right after the content "of".
func (a *analysis) dropBareAccused() {
	if !AccusedOf {
		return
	}
	toks := a.d.Tokens
	out := a.quotes[:0]
	for _, q := range a.quotes {
		bare := false
		if q.Cue != nil {
			c0, _ := tokenRange(toks, q.Cue.Start, q.Cue.End)
			_, e := tokenRange(toks, q.Content.Start, q.Content.End)
			if c0 >= 0 && c0 < len(toks) && toks[c0].Lemma == "accuse" {
				if c, ok := a.accusedCharge(q, c0); ok {
					// "accused Otieno of lying": the charge is the
					// content (session 27).
					q.Content = *c
				} else {
					bare = e > c0 && e < len(toks) && strings.EqualFold(a.text(e), "of")
				}
			}
		}
		if !bare {
			out = append(out, q)
		}
	}
	a.quotes = out
}

// everydayAct20 reports whether one of session 20's act rules keeps v from
// quoting.
func (a *analysis) everydayAct20(v int) bool {
	toks := a.d.Tokens
	if toks[v].UPOS != "VERB" {
		return false
	}
	switch toks[v].Lemma {
	case "order", "rule", "direct":
		if !OrderedRelease {
			return false
		}
		// "ordered (on Friday) that Karua be released": "be" and a
		// participle of release or free within the next words
		for k := v + 1; k+1 < len(toks) && k <= v+8 && toks[k].Sentence == toks[v].Sentence; k++ {
			if strings.EqualFold(a.text(k), "be") {
				l := toks[k+1].Lemma
				return l == "release" || l == "free" || orderedCustody(l) // quote/left21.go
			}
		}
	}
	return false
}
