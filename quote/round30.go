package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the twenty-fifth round (issue 7, session 31: cue recall), each a
// switch read from PolNeAR train errors (docs/QUOTES.md, "Session 31").

// AskedClause quotes the question put by "ask" wherever the parser hung it:
// "Kamau asked the minister if the bridge would open" (the "if" clause an
// adverbial of the verb: the content was the object alone, "the
// minister"), "Asked whether the levy would stay, the minister said no"
// (the participle parsed as the complement of "said", which took the
// question as its content and left "asked" out), and an agentless "was
// asked about the tender". The content runs from the word after the cue to
// the end of the question; the source is the asker: the subject of an
// active verb, the "by" agent of a passive or participle, or nobody
// (PolNeAR marks "was asked" as an attribution without a source).
var AskedClause = true

// AskedQuestion gives a quotation that follows "asked," or "asked:" to
// that cue, before a cue after the quotation is looked for: in "Wanjiru
// was asked, “…?” She answered, “…”" the question is the asker's, not the
// answer's.
var AskedQuestion = true

// askVerb reports whether token v is the verb "ask".
func (a *analysis) askVerb(v int) bool {
	t := a.d.Tokens[v]
	return t.Lemma == "ask" && t.UPOS == "VERB" && a.inRegion[v] < 0
}

// askedAgentless reports whether "ask" at v has no asker of its own: a
// passive ("was asked") or a participle without a subject ("Asked whether
// …", "when asked …").
func (a *analysis) askedAgentless(v int) bool {
	toks := a.d.Tokens
	if a.child(v, "aux:pass") >= 0 || a.child(v, "nsubj:pass") >= 0 {
		return true
	}
	// A past tense without a subject is a participle the tagger misread
	// ("Asked whether …", tagged VBD).
	return (toks[v].XPOS == "VBN" || toks[v].XPOS == "VBD") && a.child(v, "nsubj") < 0 && a.child(v, "aux") < 0
}

// question returns the dependent of "ask" at v (or of its object) that is
// the question asked: a clause opened by "whether", "if" or a question
// word, or, for an agentless "ask", a phrase with "about"; or -1.
func (a *analysis) question(v int) int {
	toks := a.d.Tokens
	isQuestion := func(k int) bool {
		if k <= v || toks[k].UPOS == "PUNCT" || a.inRegion[k] >= 0 {
			return false
		}
		switch rel := toks[k].Deprel; {
		case relIs(rel, "ccomp"), relIs(rel, "advcl"), relIs(rel, "acl"), relIs(rel, "xcomp"), rel == "dep":
		default:
			return false
		}
		if m := a.child(k, "mark"); m >= 0 && m > v {
			w := strings.ToLower(a.text(m))
			return w == "whether" || w == "if"
		}
		lo, _ := a.subtree(k)
		return lo > v && whWord(a.text(lo)) && !strings.EqualFold(a.text(lo), "when")
	}
	for _, k := range a.kids(v) {
		if isQuestion(k) {
			return k
		}
	}
	for _, o := range a.kids(v) {
		if rel := toks[o].Deprel; o > v && (rel == "obj" || rel == "iobj") {
			for _, k := range a.kids(o) {
				if isQuestion(k) {
					return k
				}
			}
		}
	}
	// The question right after the verb or its object, hung elsewhere by
	// the parser ("Asked if he would run again, Otieno said …" with the
	// clause on "said").
	t := v + 1
	if o := a.child(v, "obj", "iobj"); o == t || o > t && o <= t+4 {
		_, t = a.subtree(o)
		t++
	}
	if t < len(toks) && toks[t].Sentence == toks[v].Sentence && a.inRegion[t] < 0 {
		w := strings.ToLower(a.text(t))
		if h := toks[t].Head; h > t && (w == "whether" || w == "if" || whWord(w) && w != "when") {
			for hop := 0; hop < 3 && h >= 0 && toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX"; hop++ {
				h = toks[h].Head
			}
			if h > t {
				return h
			}
		}
	}
	if a.askedAgentless(v) {
		for _, k := range a.kids(v) {
			if k > v && relIs(toks[k].Deprel, "obl") {
				if c := a.child(k, "case"); c >= 0 && strings.EqualFold(a.text(c), "about") {
					return k
				}
			}
		}
	}
	return -1
}

// askedClause proposes the quote of "ask" at v when it puts a question
// (AskedClause), and reports whether it did.
func (a *analysis) askedClause(v int) bool {
	if !AskedClause || !a.askVerb(v) || a.cueUsed[v] {
		return false
	}
	q := a.question(v)
	if q < 0 {
		return false
	}
	toks := a.d.Tokens
	_, hi := a.subtree(q)
	for _, o := range a.kids(v) {
		if rel := toks[o].Deprel; o > v && o < q && (rel == "obj" || rel == "iobj") {
			if _, ohi := a.subtree(o); ohi > hi {
				hi = ohi
			}
		}
	}
	lo := v + 1
	for lo < hi && (toks[lo].UPOS == "PUNCT" || toks[lo].Deprel == "compound:prt") {
		lo++
	}
	if !descends(a.d, q, v) || a.askedAgentless(v) {
		// A question the parser hung elsewhere, or the clause of
		// "Asked whether …," at the head of a sentence, ends at its
		// first comma.
		for t := lo; t < hi; t++ {
			if a.text(t) == "," && a.inRegion[t] < 0 {
				hi = t - 1
				break
			}
		}
	}
	for hi > lo && toks[hi].UPOS == "PUNCT" && !markToken(a.text(hi)) {
		hi--
	}
	if hi <= lo && toks[lo].UPOS == "PUNCT" {
		return false
	}
	var src *doc.Span
	if a.askedAgentless(v) {
		if ag := a.agent(v); ag >= 0 {
			src = a.nounPhrase(ag)
		}
	} else {
		src = a.source(v)
	}
	a.addIndirect(v, lo, hi, a.cueSpan(v), src)
	a.cands[len(a.cands)-1].nested = true
	return true
}

// askedParticiple reports whether clause c, hung on cue v, is an agentless
// "asked" before it ("Asked whether …, the minister said no", "Asked to
// name the firm, the minister said …"): what was put to the speaker, not
// what the speaker said.
func (a *analysis) askedParticiple(v, c int) bool {
	return AskedClause && c >= 0 && c < v && a.askVerb(c) && a.askedAgentless(c)
}

// clauseOf returns the clausal complement of cue v: the first, or with
// AskedClause the first that is not an agentless "asked" before the cue
// (then the next to its right), or -1.
func (a *analysis) clauseOf(v int) int {
	c := a.child(v, "ccomp")
	if !a.askedParticiple(v, c) {
		return c
	}
	for _, k := range a.kids(v) {
		if k > v && relIs(a.d.Tokens[k].Deprel, "ccomp") {
			return k
		}
	}
	return -1
}

// askedBefore attributes quotation r to "ask" right before it, after a
// comma or colon (AskedQuestion).
func (a *analysis) askedBefore(r *region) (doc.Quote, bool) {
	if !AskedQuestion {
		return doc.Quote{}, false
	}
	j := r.t0 - 1
	if j < 1 {
		return doc.Quote{}, false
	}
	if t := a.text(j); t != "," && t != ":" {
		return doc.Quote{}, false
	}
	if !a.askVerb(j-1) || a.d.Tokens[j-1].Sentence != a.d.Tokens[r.t0].Sentence {
		return doc.Quote{}, false
	}
	return a.beforeCue(r)
}

// ParticipleSplit lets a participle clause that closes another quote's
// content after a comma ("…, adding that …", "…, noting that …",
// "…, arguing …") stand as a quote of its own when SplitTrailing leaves
// it inside that content: when no rule proposed the participle, or when
// the parser hung it on a verb of the reported clause below a clausal
// complement ("Otieno criticised the plan the council adopted, arguing
// it …": the participle is hung on "adopted"). The content ends before
// the comma; the participle takes the words to its right as content, and
// its source is the other quote's. A participle hung on a verb of the
// reported clause that has a subject of its own is split off only when a
// rule proposed it and the subject names a speaker (a person,
// organisation or personal pronoun) or the participle has a clause of its
// own ("…, adding that …"): "…, a wildfire burned the hills, threatening
// homes" stays whole. SplitTrailing keeps
// the case of two proposed cues whose participle hangs on the other cue
// without a clausal complement between; this rule takes the rest.
var ParticipleSplit = true

// participleSplit cuts each candidate's content before a closing
// participle clause and proposes the participle (ParticipleSplit).
func (a *analysis) participleSplit() {
	toks := a.d.Tokens
	n := len(a.cands)
	for i := 0; i < n; i++ {
		c := &a.cands[i]
		if c.force {
			// "according to X": its content is no speaker's
			// clause.
			continue
		}
		for p := c.lo + 1; p <= c.hi; p++ {
			if toks[p].XPOS != "VBG" || toks[p].UPOS != "VERB" || a.inRegion[p] >= 0 || p == c.v {
				continue
			}
			k := p - 1
			consequence := false
			for k > c.lo && toks[k].UPOS == "ADV" {
				// "…, thus denying the defence the chance …": what
				// follows, not what is said.
				w := strings.ToLower(a.text(k))
				consequence = consequence || w == "thus" || w == "thereby" || w == "hence"
				k--
			}
			if consequence {
				continue
			}
			if k <= c.lo || a.text(k) != "," || a.inRegion[k] >= 0 {
				continue
			}
			if _, phi := a.subtree(p); phi < c.hi {
				continue
			}
			l := toks[p].Lemma
			if cues[l]&speech == 0 && a.cueScore(p) <= CueFallback {
				continue
			}
			d := -1
			for j := range a.cands {
				if a.cands[j].v == p {
					d = j
					break
				}
			}
			if d >= 0 && SplitTrailing && a.trailingParticiple(c, &a.cands[d]) > 0 {
				continue // SplitTrailing's case
			}
			if s := a.subjectOnPath(p, c.v); s >= 0 {
				// "…, a wildfire burned 300 acres, threatening
				// homes": the participle is the reported clause's
				// subject's, and only a speaker says.
				if d < 0 {
					continue
				}
				if sk := a.speakerKind(s); sk != "PER" && sk != "ORG" && sk != "ppron" && a.child(p, "ccomp") < 0 {
					// A clause said ("…, adding that …") is
					// a saying whatever the parser hung the
					// participle on.
					continue
				}
			}
			if d >= 0 && a.cands[d].lo <= p {
				continue
			}
			lo, hi := a.rightDeps(p)
			if d < 0 && (lo < 0 || lo <= p) {
				continue
			}
			cut := k - 1
			for cut > c.lo && (toks[cut].UPOS == "PUNCT" || toks[cut].UPOS == "CCONJ") && a.inRegion[cut] < 0 {
				cut--
			}
			if cut <= c.lo {
				continue
			}
			c.hi = cut
			if d < 0 {
				a.addIndirect(p, lo, hi, a.cueSpan(p), c.src)
				d = len(a.cands) - 1
				c = &a.cands[i] // the slice may have grown
			}
			a.cands[d].nested = true
			if cl := toks[c.v].Lemma; (a.relativeBetween(p, c.v) || !clauseCue(cl) && cues[cl]&speech == 0) && c.src != nil && !a.splitTrailingCase(d) {
				// "backed the plan (that) the council adopted,
				// telling reporters …": the participle closes a
				// relative clause (parsed as one, or as the clause
				// of a verb that takes none), it is the backer's.
				// Not when SplitTrailing splits it off another cue,
				// which gives it that cue's source.
				a.cands[d].src = c.src
			}
			if a.trace != nil {
				a.trace[p] += "participle-split "
			}
			break
		}
	}
}

// relativeBetween reports whether the path from token p up to its
// ancestor c passes through a relative clause.
func (a *analysis) relativeBetween(p, c int) bool {
	for h, hop := p, 0; hop < 8 && h >= 0 && h != c; hop++ {
		if a.d.Tokens[h].Deprel == "acl:relcl" {
			return true
		}
		h = a.d.Tokens[h].Head
	}
	return false
}

// splitTrailingCase reports whether SplitTrailing splits candidate d off
// some candidate's content.
func (a *analysis) splitTrailingCase(d int) bool {
	if !SplitTrailing {
		return false
	}
	for j := range a.cands {
		if j != d && a.trailingParticiple(&a.cands[j], &a.cands[d]) > 0 {
			return true
		}
	}
	return false
}

// subjectOnPath returns the subject of the nearest verb on the path from
// token p up to (not including) its ancestor c that has one of its own,
// other than a relative pronoun (as subjectBetween), or -1.
func (a *analysis) subjectOnPath(p, c int) int {
	for h, hop := a.d.Tokens[p].Head, 0; hop < 8 && h >= 0 && h != c; hop++ {
		if s := a.subject(h); s >= 0 && !a.relativeSubject(s) {
			return s
		}
		h = a.d.Tokens[h].Head
	}
	return -1
}
