package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the twelfth round (issue 7, part 2: the cue).

// PartyOpposition keeps the noun "opposition" from being a cue when it
// names the political opposition, not someone's stance: "the opposition
// boycotted the vote", "opposition leader X", "the main opposition Awami
// League". It stays a cue with what is opposed or who opposes ("opposition
// to the plan", "their opposition", "strong opposition from farmers").
var PartyOpposition = true

// stanceCases are the prepositions that make "opposition" a stance.
var stanceCases = map[string]bool{"to": true, "against": true, "from": true, "over": true, "among": true, "within": true, "by": true, "of": true}

// stanceAdjectives make "opposition" a stance without a preposition
// ("faced strong opposition").
var stanceAdjectives = map[string]bool{"strong": true, "fierce": true, "growing": true, "widespread": true, "stiff": true,
	"vocal": true, "bitter": true, "vehement": true, "staunch": true, "firm": true, "mounting": true, "broad": true,
	"public": true, "determined": true, "implacable": true, "adamant": true, "unanimous": true, "initial": true}

// partyNoun reports whether token v is "opposition" naming a party or
// camp (PartyOpposition).
func (a *analysis) partyNoun(v int) bool {
	toks := a.d.Tokens
	if toks[v].UPOS != "NOUN" && toks[v].UPOS != "PROPN" || !strings.EqualFold(toks[v].Lemma, "opposition") {
		return false
	}
	for _, k := range a.kids(v) {
		switch rel := toks[k].Deprel; {
		case rel == "nmod:poss", rel == "acl":
			return false
		case rel == "nmod" || rel == "obl":
			if c := a.child(k, "case"); c >= 0 && stanceCases[strings.ToLower(a.text(c))] {
				return false
			}
		case rel == "amod":
			if stanceAdjectives[strings.ToLower(a.text(k))] {
				return false
			}
		}
	}
	return true
}

// PlaceInSource keeps a place named in a locative phrase inside the source
// ("A spokesman for the junta in Ouagadougou", "the U.N. office in
// Geneva") from being the speaker: the city or country where the speaker
// sits is not who speaks; the source's own noun phrase is (the lead's
// story s27). Speakers only; PolNeAR does not score them.
//
// Off by default (session 10 review): a seat of government or capital in
// the source ("a spokesman at the White House", "officials in Washington")
// loses its country's code, and the recogniser's LOC type is not always a
// place ("a broker at New Japan Securities").
var PlaceInSource = false

// placeInSource reports whether entity e (a place) lies inside source span
// src right after "in" or "at", after the source's head.
func placeInSource(d *doc.Document, e *doc.Entity, src doc.Span) bool {
	if e.Type != "GPE" && e.Type != "LOC" && e.Type != "FAC" {
		return false
	}
	t0, t1 := tokenRange(d.Tokens, src.Start, src.End)
	e0, e1 := tokenRange(d.Tokens, e.Start, e.End)
	return e1 <= t1 && e1 > e0 && placeAfterHead(d, e0, t0, t1)
}

// placeAfterHead reports whether token e of source tokens [t0, t1) follows
// "in" or "at" (and perhaps a determiner) after the source's head noun:
// "the junta in Ouagadougou", "the U.N. office at Geneva".
func placeAfterHead(d *doc.Document, e, t0, t1 int) bool {
	toks := d.Tokens
	if e <= t0 || e >= t1 {
		return false
	}
	p := e - 1
	for p > t0 && (toks[p].UPOS == "PROPN" || toks[p].UPOS == "ADJ") {
		p-- // "in New York", "in Eastern Slavonia": back to "in"
	}
	if toks[p].UPOS == "DET" && p > t0 {
		p--
	}
	if w := strings.ToLower(d.Text[toks[p].Start:toks[p].End]); toks[p].UPOS != "ADP" || w != "in" && w != "at" {
		return false
	}
	for t := t0; t < t1; t++ {
		if h := toks[t].Head; h < t0 || h >= t1 {
			return t < p
		}
	}
	return false
}

// ItClimb gives a source "it" with no body that spoke before it the
// subject of the clause its own clause hangs in: "The foreign ministry
// summoned the envoy to protest against what it called provocations": "it"
// is the ministry (the lead's story s28). The climb stops at a reported
// clause (someone else's words) and takes a noun subject that is not a
// person. Speakers only; PolNeAR does not score them.
var ItClimb = true

// itClimb returns the subject noun phrase [lo, hi] (tokens) that "it" at
// token t stands for, or -1, -1.
func itClimb(d *doc.Document, t int) (int, int) {
	toks := d.Tokens
	sent := toks[t].Sentence
	v := toks[t].Head
	for hop := 0; hop < 6 && v >= 0 && toks[v].Sentence == sent; hop++ {
		rel := toks[v].Deprel
		if hop > 0 && (rel == "ccomp" || rel == "csubj" || rel == "parataxis" || strings.HasPrefix(rel, "ccomp:")) {
			// "Le Figaro said the company was a front for a man who
			// it said …": not the reported clause's subject.
			return -1, -1
		}
		st := d.Sentences[sent]
		for k := st.TokenStart; k < st.TokenEnd; k++ {
			if toks[k].Head != v || k == t {
				continue
			}
			if r := toks[k].Deprel; r != "nsubj" && r != "nsubj:pass" {
				continue
			}
			if u := toks[k].UPOS; u != "NOUN" && u != "PROPN" {
				return -1, -1
			}
			for _, e := range d.Entities {
				if e.Type == "PER" && e.Start <= toks[k].Start && toks[k].End <= e.End {
					return -1, -1
				}
			}
			lo := k
			for j := k - 1; j >= 0 && toks[j].Sentence == sent && descends(d, j, k); j-- {
				lo = j
			}
			return lo, k
		}
		if rel == "ccomp" || rel == "csubj" || rel == "parataxis" || strings.HasPrefix(rel, "ccomp:") {
			return -1, -1
		}
		v = toks[v].Head
	}
	return -1, -1
}

// descends reports whether token j lies in the subtree of token k.
func descends(d *doc.Document, j, k int) bool {
	for h, hop := j, 0; h >= 0 && hop < maxDepth; h, hop = d.Tokens[h].Head, hop+1 {
		if h == k {
			return true
		}
	}
	return false
}
