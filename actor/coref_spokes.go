package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// A spokesman named with no organisation ("Spokesman Guo Jiakun said")
// speaks for the body the story has just named: "China's foreign ministry
// criticised the pact. Spokesman Guo Jiakun urged …", "a UN spokesman
// said … Spokesman Yuri Chizik told AFP". spokesFor gives such a mention
// the code of, first, a spokesman mention with a code in the same or the
// two sentences before ("a Vatican spokesman"), else the first subject
// with a code in the sentence before or earlier in its own. A name after
// an organisation the KB does not know ("Royal Automobile Club spokesman
// Peter Brill") is left alone: only title words may stand before the
// spokes-word.

// spokesWords are the words that make a mention a spokesman's.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// titleish are the words of spokesmen's titles that name no organisation
// ("the deputy spokesman", "Foreign Ministry spokesman"); bareTitleish
// those of them that name no sector either ("the deputy spokesman").
var (
	titleish = map[string]bool{
		"the": true, "a": true, "deputy": true, "chief": true, "senior": true, "official": true,
		"foreign": true, "ministry": true, "government": true, "presidential": true, "interior": true,
		"defence": true, "defense": true, "police": true, "army": true, "military": true,
		"office": true, "department": true, "affairs": true, "home": true, "external": true, "press": true,
	}
	bareTitleish = map[string]bool{"the": true, "a": true, "deputy": true, "chief": true, "senior": true, "official": true}
)

// spokesWord returns the token index of the first spokes-word of m, or -1.
func spokesWord(d *doc.Document, m *mention) int {
	for t := m.s; t < m.e; t++ {
		if spokesWords[strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End])] {
			return t
		}
	}
	return -1
}

// onlyBefore reports whether every word of m before token k is in set.
func onlyBefore(d *doc.Document, m *mention, k int, set map[string]bool) bool {
	for t := m.s; t < k; t++ {
		if !set[strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End])] {
			return false
		}
	}
	return true
}

func spokesFor(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if m.typ != "PER" || a == nil || a.Code != "" || a.Country != "" {
			continue
		}
		k := spokesWord(d, m)
		if k < 0 {
			continue
		}
		if orgNamedSpokes(d, ms, i, k) {
			continue // "ZEC spokesperson X" (round13.go)
		}
		if orgSpokes(d, m, k) {
			// an organisation the KB does not know: no sector, which the
			// story country would otherwise fill, for it or its pronouns
			b := *a
			b.Sector = ""
			m.actor = &b
			continue
		}
		if i > 0 && ms[i-1].e == m.s || !onlyBefore(d, m, k, titleish) {
			continue // an organisation's name just before the title
		}
		pick := -1
		for j := i - 1; j >= 0 && ms[j].sent >= m.sent-2; j-- {
			if b := ms[j].actor; b != nil && b.Code != "" && spokesWord(d, &ms[j]) >= 0 {
				pick = j
				break
			}
		}
		if pick < 0 {
			for j := range i {
				if ms[j].sent < m.sent-1 {
					continue
				}
				if b := ms[j].actor; b != nil && b.Code != "" && b.Country != "" && isSubject(d, &ms[j]) {
					pick = j
					break
				}
			}
		}
		if pick < 0 {
			continue
		}
		b := *ms[pick].actor
		if strings.HasPrefix(b.Code, "IGO") || b.Code != b.Country+b.Sector {
			// an organisation's own code ("a UN refugee agency spokeswoman")
			m.actor = &doc.Actor{Name: a.Name, ID: a.ID, Country: b.Country, Sector: b.Sector, Code: b.Code}
			continue
		}
		// A bare "Spokesman" speaks for the body picked ("Kenya's army said
		// … Spokesman Paul Njuguna" is the army's); a title with a sector
		// of its own ("government spokesman") keeps it; a country speaks
		// through its government.
		sector := a.Sector
		if onlyBefore(d, m, k, bareTitleish) && b.Sector != "" && b.Sector != "MED" {
			sector = b.Sector
		}
		if sector == "" || sector == "MED" {
			sector = "GOV"
		}
		m.actor = &doc.Actor{Name: a.Name, ID: a.ID, Country: b.Country, Sector: sector, Code: b.Country + sector}
	}
}

// orgSpokes reports a spokesman's mention (spokes-word at token k) that
// names an organisation the KB does not know: a capitalised name before
// the spokes-word inside it ("Congress spokesman Vithal Gadgil") or just
// before it ("Royal Automobile Club spokesman Peter Brill", "Labour's
// economics spokesman"). Such a spokesman is the organisation's, not the
// story country's government's. Capitalised title words ("Foreign Ministry
// spokesman") name no organisation.
func orgSpokes(d *doc.Document, m *mention, k int) bool {
	for t := m.s; t < k; t++ {
		if namesOrg(d, t) {
			return true
		}
	}
	// back over lower-case nouns and a possessive: "PPP chapter
	// spokesman", "Labour's economics spokesman"
	p, si := m.s-1, d.Tokens[m.s].Sentence
	for steps := 0; p >= 0 && steps < 4 && d.Tokens[p].Sentence == si; steps++ {
		tk := d.Tokens[p]
		w := d.Text[tk.Start:tk.End]
		switch {
		case w == "'s" || w == "’s":
		case w != "" && w[0] >= 'a' && w[0] <= 'z' && (tk.UPOS == "NOUN" || tk.UPOS == "ADJ"):
		default:
			return namesOrg(d, p)
		}
		p--
	}
	return false
}

// namesOrg reports a capitalised proper-noun token that is no title word.
func namesOrg(d *doc.Document, t int) bool {
	tk := d.Tokens[t]
	w := d.Text[tk.Start:tk.End]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && tk.UPOS == "PROPN" && !titleish[strings.ToLower(w)]
}

// spokesmanNamed gives an unknown person the code of the spokesman's title
// written just before his name or set off after it by a comma: "Olmert's
// spokeswoman Miri Eisin", "Miri Eisin, the chief government spokeswoman,"
// (the title is its own mention, coded from its principal, and the name
// after or before it was left uncoded).
func spokesmanNamed(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.typ != "PER" || m.pronoun || m.titleOnly || m.nameless || m.actor == nil || m.actor.Code != "" || m.actor.Country != "" {
			continue
		}
		p := -1
		if i > 0 && ms[i-1].sent == m.sent && (ms[i-1].e == m.s ||
			ms[i-1].e+1 == m.s && tokenText(d, ms[i-1].e) == "," && closesAppositive(d, m.e)) {
			p = i - 1 // "Olmert's spokeswoman Miri Eisin", "Olmert's spokeswoman, Miri Eisin,"
		} else if i+1 < len(ms) && ms[i+1].sent == m.sent && appositiveGap(d, m.e, ms[i+1].s) && closesAppositive(d, ms[i+1].e) {
			p = i + 1 // "Miri Eisin, the chief government spokeswoman,"
		}
		if p < 0 {
			continue
		}
		t := &ms[p]
		if t.typ != "PER" || t.pronoun || t.actor == nil || t.actor.Code == "" || t.actor.Country == "" ||
			!spokesWords[tokenWord(d, t.e-1)] {
			continue
		}
		b := *t.actor
		b.Name, b.ID, b.Mention = m.actor.Name, m.actor.ID, nil
		m.actor = &b
	}
}

// appositiveGap reports whether the tokens from e to s are a comma and at
// most a determiner and rank words ("," / ", the" / ", the chief").
func appositiveGap(d *doc.Document, e, s int) bool {
	if e >= s || tokenText(d, e) != "," {
		return false
	}
	for t := e + 1; t < s; t++ {
		if !bareTitleish[strings.ToLower(tokenText(d, t))] {
			return false
		}
	}
	return s-e <= 4
}

// closesAppositive reports whether the token at e ends an apposition: a
// comma, a full stop or the end of the text.
func closesAppositive(d *doc.Document, e int) bool {
	if e >= len(d.Tokens) {
		return true
	}
	w := tokenText(d, e)
	return w == "," || w == "." || w == ";"
}
