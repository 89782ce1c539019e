package actor

// Acronyms the document spells out. A story that writes "the paramilitary
// Rapid Support Forces" and then "RSF" means that group by "RSF", whatever
// else the knowledge base knows by those letters (Reporters Without
// Borders). bindAcronyms gives each acronym mention the actor of a name in
// the same document whose initials spell it, and when that name is one the
// knowledge base does not know, the acronym is left as unknown (an empty
// code) rather than coded as the KB's other reading: the contract prefers
// an empty code to a guessed one. A KB reading that these letters name
// ("OPEC" for a document's "Organisation of Petroleum Exporting
// Countries", a spelling the KB lacks) is the same body and stays.

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// acronymSkip are the small words an acronym leaves out ("Economic
// Community of West African States": ECOWAS).
var acronymSkip = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"de": true, "la": true, "des": true, "du": true, "del": true, "el": true, "&": true,
}

// isAcronym reports whether w is written as an acronym: 2 to 7 capital
// letters (an "&" or a digit inside does not count as a letter).
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials is the acronym a multi-word name would have: the first letter of
// each capitalised word, small words skipped ("Rapid Support Forces":
// "RSF"), and the same with the small words' letters kept ("Economic
// Community of West African States": "ECWAS" and "ECOWAS"); "" when a word
// is neither capitalised nor a small word, or when fewer than two words
// count.
func initials(d *doc.Document, s, e int) (string, string) {
	words := make([]string, 0, e-s)
	for t := s; t < e; t++ {
		words = append(words, d.Text[d.Tokens[t].Start:d.Tokens[t].End])
	}
	return initialsOf(words)
}

// initialsOf is initials over words.
func initialsOf(words []string) (string, string) {
	var b, all strings.Builder
	for _, w := range words {
		if w == "'s" || w == "-" {
			continue
		}
		if acronymSkip[strings.ToLower(w)] {
			if c := w[0]; c >= 'a' && c <= 'z' {
				all.WriteByte(c - 'a' + 'A')
			}
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return "", ""
		}
		for _, p := range capitalisedParts(w) {
			b.WriteByte(p[0])
			all.WriteByte(p[0])
		}
	}
	if b.Len() < 2 {
		return "", ""
	}
	return b.String(), all.String()
}

// capitalisedParts splits a hyphenated word whose parts are all
// capitalised into them, as its acronym spells each ("Hewlett-Packard":
// HP, session 27); any other word is one part ("Coca-cola", "al-Qaeda").
func capitalisedParts(w string) []string {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return []string{w}
	}
	for _, p := range parts {
		if p == "" || p[0] < 'A' || p[0] > 'Z' {
			return []string{w}
		}
	}
	return parts
}

// hyphenSpelled reports whether tokens s..e are one hyphenated word of two
// or more capitalised parts, which spells an acronym alone.
func hyphenSpelled(d *doc.Document, s, e int) bool {
	return e-s == 1 && len(capitalisedParts(d.Text[d.Tokens[s].Start:d.Tokens[s].End])) >= 2
}

// bindAcronyms gives each mention that starts with an acronym the actor of
// the document's spelled-out name with those initials (the name's words
// are the name mention's capitalised tail: "the paramilitary Rapid Support
// Forces" spells RSF through its last three words). Ambiguous spellings (two
// names with the same initials and different actors) bind nothing.
func bindAcronyms(d *doc.Document, ms []mention) {
	type spelled struct {
		actor *doc.Actor
		typ   string
		clash bool
	}
	var names map[string]*spelled
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.actor == nil || m.e-m.s < 2 && !hyphenSpelled(d, m.s, m.e) || m.typ == "PER" && !bodyNamed(d, m) || m.titleOnly {
			continue // a person's name spells no acronym ("envoy Ahmed Umar" is no AU)
		}
		// the longest capitalised tail of the mention
		s := m.e
		for s > m.s {
			w := d.Text[d.Tokens[s-1].Start:d.Tokens[s-1].End]
			if !(w[0] >= 'A' && w[0] <= 'Z') && !acronymSkip[strings.ToLower(w)] && !possessiveInName(d, s-1, m.s) {
				break
			}
			s--
		}
		for s < m.e && acronymSkip[strings.ToLower(d.Text[d.Tokens[s].Start:d.Tokens[s].End])] {
			s++
		}
		if m.e-s < 2 && !hyphenSpelled(d, s, m.e) {
			continue
		}
		short, long := initials(d, s, m.e)
		if short == "" {
			continue
		}
		if names == nil {
			names = map[string]*spelled{}
		}
		for _, ini := range []string{short, long} {
			if p, ok := names[ini]; ok {
				if p.actor.Code != m.actor.Code || p.actor.Name != m.actor.Name {
					p.clash = true
				}
				continue
			}
			names[ini] = &spelled{actor: m.actor, typ: m.typ}
			if long == short {
				break
			}
		}
	}
	defined := bracketAcronyms(d, ms)
	if names == nil && defined == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.actor == nil {
			continue
		}
		w := d.Text[d.Tokens[m.s].Start:d.Tokens[m.s].End]
		if p, ok := defined[w]; ok && p != nil && m.actor.Code == "" && isAcronym(w) &&
			m.typ != "PER" && m.typ != "GPE" && lowerTail(d, m.s+1, m.e) {
			// "the United Development Party (PPP)" then "PPP": letters the
			// KB does not know, defined by the story beside a name it does
			m.actor = unanchored(p.actor)
			continue
		}
		// "RSF commander X": the officer of the body the document spells,
		// not of the KB's other reading of the letters (an
		// organisation's: "US" spelled by "United States" is no body);
		// also with the title its own mention before the person's
		// ("RSF commander" | "Abdelrahim Dagalo", lead34.go)
		letters := ""
		switch {
		case m.typ == "PER" && m.actor.Code != "" && i > 0 && titleAcronymBefore(d, &ms[i-1], m):
			letters = d.Text[d.Tokens[ms[i-1].s].Start:d.Tokens[ms[i-1].s].End]
		case m.officer && m.typ == "PER" && isAcronym(w):
			letters = w
		}
		if letters != "" {
			if p, ok := names[letters]; ok && !p.clash && p.typ == "ORG" && p.actor.Code != "" &&
				p.actor.Code != m.actor.Code && p.actor.Country != m.actor.Country {
				a := *m.actor
				a.Country, a.Sector, a.Code = p.actor.Country, p.actor.Sector, p.actor.Code
				m.actor = &a
			}
			continue
		}
		if !isAcronym(w) || m.typ == "PER" || m.typ == "GPE" || !lowerTail(d, m.s+1, m.e) {
			continue // "US President Bill Clinton" is a person, "US" a country
		}
		p, ok := names[w]
		if !ok || p.clash || (p.actor.Code == m.actor.Code && p.actor.Name == m.actor.Name) {
			continue
		}
		if p.actor.Country != "" && p.actor.Country == m.actor.Country {
			continue // "US government" after "the United States": one country, the mention's own sector
		}
		if p.actor.Code == "" && spells(m.actor.Name, w) && sameWords(p.actor.Name, m.actor.Name) {
			// The KB's reading is itself named by these letters ("OPEC"),
			// and the document spells it in a way the KB lacks
			// ("Organisation of Petroleum Exporting Countries"): the same
			// body, so the KB's code stands. Names with the same initials
			// but other words are other bodies ("Christian Broadcasting
			// Network" is not the Central Bank of Nigeria).
			continue
		}
		m.actor = unanchored(p.actor)
		if m.typ == "" || m.typ == "MISC" {
			m.typ = p.typ
		}
	}
}

// bracketAcronyms are the acronyms the document defines in brackets right
// after a coded organisation's name, whatever their letters: "the
// Moslem-led United Development Party (PPP)" (the party's own language's
// initials), "Singapore Airlines (SIA)". They give their letters only to
// acronym mentions the knowledge base leaves uncoded: letters it knows as
// another body keep that reading unless the name's initials spell them
// (bindAcronyms' names), since a bracket after a name the resolver
// shortened ("the official Associated Press (APP)") names more than the
// words before it. Letters defined for two different actors map to nil.
func bracketAcronyms(d *doc.Document, ms []mention) map[string]*mention {
	var defined map[string]*mention
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.actor == nil || m.actor.Code == "" || m.typ != "ORG" || m.titleOnly || m.e+2 >= len(d.Tokens) {
			continue
		}
		open, acr, shut := d.Tokens[m.e], d.Tokens[m.e+1], d.Tokens[m.e+2]
		w := d.Text[acr.Start:acr.End]
		if d.Text[open.Start:open.End] != "(" || d.Text[shut.Start:shut.End] != ")" || !isAcronym(w) ||
			open.Start > d.Tokens[m.e-1].End+1 {
			continue
		}
		if defined == nil {
			defined = map[string]*mention{}
		}
		if p, ok := defined[w]; ok && (p == nil || p.actor.Code != m.actor.Code) {
			defined[w] = nil
			continue
		}
		defined[w] = m
	}
	return defined
}

// unanchored is a copy of actor a for another mention: the mention a
// carried is not that mention's.
func unanchored(a *doc.Actor) *doc.Actor {
	c := *a
	c.Mention = nil
	return &c
}

// lowerTail reports whether the tokens [s, e) are all lower-case words
// ("RSF commanders"): the acronym is what names the mention.
func lowerTail(d *doc.Document, s, e int) bool {
	for t := s; t < e; t++ {
		if c := d.Text[d.Tokens[t].Start]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// spells reports whether name is the acronym w or a name whose initials
// are w (with or without its small words), read by initials' rules.
func spells(name, w string) bool {
	if name == w {
		return true
	}
	short, long := initialsOf(strings.Fields(name))
	return short != "" && (short == w || long == w)
}

// sameWords reports whether two names of a body share at least half the
// capitalised words of the shorter, a word matching on its first five
// letters ("Organisation" and "Organization").
func sameWords(a, b string) bool {
	key := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(s) {
			if !isCapitalised(w) {
				continue
			}
			w = strings.ToLower(strings.Trim(w, ".,'’"))
			if len(w) > 5 {
				w = w[:5]
			}
			out = append(out, w)
		}
		return out
	}
	ka, kb := key(a), key(b)
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	if len(ka) == 0 {
		return false
	}
	n := 0
	for _, x := range ka {
		for _, y := range kb {
			if x == y {
				n++
				break
			}
		}
	}
	return 2*n >= len(ka)
}

// bodyNamed reports a mention typed as a person whose name's head word
// says it is a body ("Palestinian National Authority": the KB files some
// of Phoenix's government offices among people): it may spell an acronym.
func bodyNamed(d *doc.Document, m *mention) bool {
	words := make([]string, 0, m.e-m.s)
	for t := m.s; t < m.e; t++ {
		words = append(words, d.Text[d.Tokens[t].Start:d.Tokens[t].End])
	}
	return orgNameSector(words) != ""
}
