package actor

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 19's everyday round (the lead's story of a coup in a
// West African state): a titled person described by the place he rules
// from, and a deposed office holder who is not the office's holder named
// last. Each is a switch for the tests (actor/everyday19_test.go).

// PlacedLeader gives a person whose title names a sector but no country
// the country of the place in the description set before his name: "The
// military leader in Bissau, General Horta N'Tam, rejected ...": Guinea-
// Bissau's military (the title "General" gave MIL and no country, and
// every "he" after took the empty code).
var PlacedLeader = true

// DeposedTitle keeps "the ousted president", "the detained president" from
// the cluster of the president named before: a deposed, detained or
// exiled holder of an office is another person than its current holder ("Nigerian President Bola Tinubu ... whom he accused of
// sheltering the ousted president": not Tinubu).
var DeposedTitle = true

// leaderNouns head a description of one who rules or commands.
var leaderNouns = map[string]bool{"leader": true, "ruler": true, "strongman": true, "chief": true,
	"head": true, "commander": true, "president": true}

// placedLeaders gives each titled person of ms with a sector and no
// country the country of a place written "in X" or "of X" right before
// ", NAME" after a leader noun (leaderNouns), found in the knowledge base.
func (r *Resolver) placedLeaders(d *doc.Document, ms []mention) {
	if !PlacedLeader {
		return
	}
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if m.typ != "PER" || a == nil || a.Country != "" || a.Sector == "" || m.pronoun || m.s < 4 {
			continue
		}
		if tokenText(d, m.s-1) != "," {
			continue
		}
		// the place: the name ending right before the comma
		pe := m.s - 1
		ps := pe - 1
		for ps > 0 && d.Tokens[ps-1].UPOS == "PROPN" && d.Tokens[ps-1].Sentence == d.Tokens[m.s].Sentence {
			ps--
		}
		if ps < 2 || d.Tokens[ps].UPOS != "PROPN" {
			continue
		}
		prep := strings.ToLower(tokenText(d, ps-1))
		if prep != "in" && prep != "of" {
			continue
		}
		if !leaderNouns[strings.ToLower(d.Tokens[ps-2].Lemma)] && !leaderNouns[strings.ToLower(tokenText(d, ps-2))] {
			continue
		}
		if namedOwner(d, ps-2) {
			continue // "the Russian commander in Syria", "the UN commander in Mali": his own side's
		}
		c := r.placeCountry(d.Text[d.Tokens[ps].Start:d.Tokens[pe-1].End])
		if c == "" {
			continue
		}
		b := *a
		b.Country, b.Code = c, c+a.Sector
		m.actor = &b
	}
}

// namedOwner reports whether a capitalised word stands between the leader
// noun at h and the article or sentence start before it: "the Russian
// commander in Syria, General X" is Russia's, not the place's (review2).
func namedOwner(d *doc.Document, h int) bool {
	for t := h - 1; t >= 0 && d.Tokens[t].Sentence == d.Tokens[h].Sentence; t-- {
		w := tokenText(d, t)
		lw := strings.ToLower(w)
		if lw == "the" || lw == "a" || lw == "an" || w == "," || w == "." {
			return false
		}
		first := t == 0 || d.Tokens[t-1].Sentence != d.Tokens[t].Sentence
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && !(first && (lw == "military" || lw == "army" || lw == "junta")) {
			return true // a name or nationality, not a sentence's first common word
		}
	}
	return false
}

// placeCountry returns the one country the knowledge base places the
// name in (a capital, a city or region of countries-places.tsv, or a
// country), or "".
func (r *Resolver) placeCountry(name string) string {
	k := r.kb
	c := ""
	for _, ai := range k.lookupAliases(name) {
		e := &k.entries[k.aliases[ai].entry]
		if e.kind != KindCapital && e.kind != KindCountry || e.country == "" {
			continue
		}
		if c != "" && c != e.country {
			return ""
		}
		c = e.country
	}
	return c
}

// deposedWords before a title say its holder was put out of office or is
// held. Not "former", "ex" or "late": "the former secretary of state"
// after "Hillary Clinton" is most often the one named before (the
// coreference stage keeps the text's ELI sector), and leaving it out cost
// a PolNeAR speaker and an event.
var deposedWords = map[string]bool{"ousted": true, "deposed": true, "detained": true, "toppled": true,
	"overthrown": true, "exiled": true, "jailed": true, "imprisoned": true, "slain": true,
	"assassinated": true, "impeached": true, "arrested": true}

// deposedTitle reports whether the title-only mention m has a word of
// deposedWords in it or right before it.
func deposedTitle(d *doc.Document, m *mention) bool {
	if !DeposedTitle {
		return false
	}
	for t := max(m.s-1, 0); t < m.e; t++ {
		if d.Tokens[t].Sentence == d.Tokens[m.s].Sentence && deposedWords[strings.ToLower(tokenText(d, t))] {
			return true
		}
	}
	return false
}

// deposedCluster returns the cluster a deposed title (deposedTitle) may
// join: one whose actor is no current office holder (an elite, ELI: "the
// ousted president" after "former president Umaro Sissoco Embalo"), or
// whose named person the story told was detained or ousted (toldDeposed),
// and that has the title's head; -1 when there is none.
func deposedCluster(d *doc.Document, ms []mention, cl []cluster, m *mention) int {
	for ci := len(cl) - 1; ci >= 0; ci-- {
		c := &cl[ci]
		if m.sent-c.last > corefWindow+2 || c.actor.Sector != "ELI" && !toldDeposed(d, ms, c.named) {
			continue
		}
		if slices.Contains(c.heads, m.head) {
			return ci
		}
	}
	return -1
}

// deposedLemmas are the verbs that put their object out of office or hold it.
var deposedLemmas = map[string]bool{"oust": true, "depose": true, "detain": true, "topple": true,
	"overthrow": true, "arrest": true, "jail": true, "imprison": true, "impeach": true, "exile": true}

// toldDeposed reports whether named mention ms[i] is the object of a verb
// of deposedLemmas ("President X was detained by his guards. The detained
// president spoke to ...": X himself; review2).
func toldDeposed(d *doc.Document, ms []mention, i int) bool {
	if i < 0 || i >= len(ms) {
		return false
	}
	n := &ms[i]
	for t := n.s; t < n.e; t++ {
		h := d.Tokens[t].Head
		if h >= n.s && h < n.e || h < 0 {
			continue
		}
		switch d.Tokens[t].Deprel {
		case "obj", "nsubj:pass":
			return deposedLemmas[strings.ToLower(d.Tokens[h].Lemma)]
		}
	}
	return false
}
