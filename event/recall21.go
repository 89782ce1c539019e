package event

import "strings"

// Session 21's recall round (docs/EVENTS.md, "recall, session 21"): general
// classes behind gold events that no pattern reached. Each rule has an
// off-switch (tests only).

// recall21Off switches off the rules of this file, each for the tests that
// show it matters.
type recall21Off struct {
	noStemLemma, noRecallNoDefault, noStemDefault bool
}

// stemLemmas gives a verb whose lemma no verb pattern lists the regular stem
// of its surface form that one lists. The lemmatizer cuts the inflection of
// some regular verbs one letter wrong ("severed" severe, "waged" wag,
// "flouted" floute, "denies" denie, "quelled" quel, "convened" conven,
// "ceded" ced): about 130 of the 1,700 one-word verbs of the pattern files
// lose a form so, and a verb with a wrong lemma triggers nothing ("Kenya
// severed diplomatic ties with Somalia" coded no 161). A stem is taken only
// where exactly one of the form's regular stems is a listed verb, so the
// repair never chooses between two verbs; a lemma some pattern lists, or a
// surface form one lists (a dictionary's irregular forms), stays as it is.
// Hyphenated verbs are left to hyphenLemmas (event/left20b.go), which runs
// first.
func (st *state) stemLemmas() {
	s := &st.s
	if st.c.opt.noStemLemma {
		return
	}
	p := st.c.pats
	for i := 0; i < s.n; i++ {
		if s.upos[i] != "VERB" || p.listsVerb(s.lemma[i]) || len(p.byWord[s.lower[i]]) > 0 {
			continue
		}
		stem := ""
		for _, c := range regularStems(s.lower[i]) {
			if c == stem || !p.listsVerb(c) {
				continue
			}
			if stem != "" {
				stem = ""
				break
			}
			stem = c
		}
		if stem != "" {
			s.lemma[i] = stem
		}
	}
}

// listsVerb tells whether a verb block lists w as a verb's inflected word.
func (p *Patterns) listsVerb(w string) bool {
	for _, r := range p.byWord[w] {
		if !r.b.Noun {
			return true
		}
	}
	return false
}

// regularStems returns the stems the regular English inflections give the
// lower-case verb form w: "-ied/-ies" y, "-ing" and "-ed" with and without a
// final e or a doubled consonant, "-es" and "-s".
func regularStems(w string) []string {
	var out []string
	add := func(x string) {
		if len(x) >= 2 {
			out = append(out, x)
		}
	}
	doubled := func(b string) bool {
		n := len(b)
		return n >= 3 && b[n-1] == b[n-2] && !strings.ContainsRune("aeiouy", rune(b[n-1]))
	}
	if b, ok := strings.CutSuffix(w, "ied"); ok {
		add(b + "y")
	} else if b, ok := strings.CutSuffix(w, "ies"); ok {
		add(b + "y")
	}
	if b, ok := strings.CutSuffix(w, "ing"); ok {
		add(b)
		add(b + "e")
		if doubled(b) {
			add(b[:len(b)-1])
		}
	} else if b, ok := strings.CutSuffix(w, "ed"); ok {
		add(b)
		add(b + "e")
		if doubled(b) {
			add(b[:len(b)-1])
		}
	} else if b, ok := strings.CutSuffix(w, "es"); ok {
		add(b)
		add(b + "e")
	} else if b, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(b, "s") {
		add(b)
	}
	return out
}

// recall21NoDefault are verbs whose CAMEO dictionary default (no pattern
// matched) the news coder does not code, found when stemLemmas let their
// past forms trigger: conceding a point ("conceded that the issues were
// difficult") is an admission, not the dictionary's yielding (080), as
// "admit" is no cooperation (newsNoDefault); hopes that "receded" yield
// nothing (the dictionary's RETREAT 080); organising polls or a strike is no
// diplomatic cooperation (COORDINATE 050). A pattern of theirs still codes.
var recall21NoDefault = map[string]bool{"concede": true, "recede": true, "organise": true, "organize": true}

// recall21Drops reports whether the news coder drops the dictionary default
// of lemma (newsDrops).
func (st *state) recall21Drops(lemma string) bool {
	return !st.c.opt.noRecallNoDefault && recall21NoDefault[lemma]
}

// stemDefault reports whether match m of verb i, whose lemma stemLemmas
// gave it, is only its block's default (no pattern, no particle or second
// word of a multi-word verb such as "wage war"): such a match is dropped. The
// repaired forms are coded where a pattern explains the sentence ("severed
// diplomatic ties", "flouted the sanctions", "denies the claims"); the
// dictionary's bare defaults that the repair brought in were mostly no event
// on bench-news ("levies a tax" 170, "fighting is raging" 140, "convened the
// session in Durban" 042, "blockading an outbreak area" 170).
func (st *state) stemDefault(i int, m match) bool {
	s := &st.s
	if st.c.opt.noStemLemma || st.c.opt.noStemDefault || m.pat != nil || len(m.extra) > 0 || s.upos[i] != "VERB" ||
		strings.Contains(s.lower[i], "-") {
		return false
	}
	t := &s.d.Tokens[s.base+i]
	if t.UPOS != "VERB" || t.Lemma == "" || lowerASCII(t.Lemma) == s.lemma[i] {
		return false // the parser's own verb and lemma, or another rule's verb
	}
	for _, c := range regularStems(s.lower[i]) {
		if c == s.lemma[i] {
			return true
		}
	}
	return false
}
