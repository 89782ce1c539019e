package actor

// Session 33, common names (docs/KB.md, "Session 33 (common names)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// kbname33Off switches a rule of the session off by name (tests only: each
// test shows its rule changes the result).
var kbname33Off = map[string]bool{}

// staleAliasYears is how many years a KB person's known offices must lie
// away from the story's date (ended before it, or starting after it) for a
// common name the KB holds through an alias to be read as someone else.
var staleAliasYears = 3

// staleAlias reports a KB person matched only through a part of the
// entry's name of two words or more (a common full name, "Amadou Diallo" of
// the KB's "Amadou Thierno Diallo"; partialName), known only for offices that ended
// at least staleAliasYears before the story (or start as long after it),
// whom the text gives a title of no country whose role the KB's office does
// not name ("opposition leader Amadou Diallo", the KB's Guinean minister of
// 2021, in a story of 2025). The text's role is read, as rule 3 of
// resolve.go reads it; the person's country is then the story's
// (staleAliasCountries), not the KB's.
func staleAlias(d *doc.Document, p *Match, title *run) bool {
	if kbname33Off["staleAlias"] || p == nil || title == nil || title.country != "" || title.sector == "" || title.former {
		return false
	}
	alias := strings.TrimSpace(p.Alias)
	if strings.EqualFold(alias, strings.TrimSpace(p.Actor.Name)) || !strings.Contains(alias, " ") || len(d.Date) < 4 {
		// (a surname after a title, "president Ford", is left to
		// coreference, which finds the story's own Ford first)
		return false
	}
	if !partialName(alias, p.Actor.Name) {
		// a spelling of the whole name ("Mohamed Siad Barre" for the KB's
		// "Muhammad Siad Barre") is the KB's person
		return false
	}
	y0 := atoiPrefix(d.Date[:4])
	switch p.Status {
	case StatusFormer:
		if len(p.Start) < 4 || y0 == 0 || y0-atoiPrefix(p.Start[:4]) < staleAliasYears {
			return false
		}
	case StatusBeforeOffice:
		if len(p.End) < 4 || y0 == 0 || atoiPrefix(p.End[:4])-y0 < staleAliasYears {
			return false
		}
	default:
		return false
	}
	role := strings.ToLower(p.Role)
	for _, w := range strings.Fields(strings.ToLower(title.titleWords)) {
		if len(w) > 3 && strings.Contains(role, w) {
			return false // "Minister X", the KB's former minister
		}
	}
	return true
}

// staleAliasCountries gives each person mention staleAlias marked the
// country the text gives him instead of the KB's: a country another
// mention of the sentence names ("Senegalese police arrested opposition
// leader X"), else the story's dominant country (dominantOf over the
// mentions that are no KB person), else the dateline's. With two other
// countries in the sentence, the person is left uncoded. The KB's person
// stays when the sentence or the story names the KB's country, or when
// neither names a country at all. Before coreference, so that the
// pronouns and surname repeats follow.
func (r *Resolver) staleAliasCountries(d *doc.Document, ms []mention) {
	if kbname33Off["staleAlias"] {
		return
	}
	var story string
	storyDone := false
	for i := range ms {
		m := &ms[i]
		if !m.staleAlias || m.actor == nil || m.actor.ID == "" {
			continue
		}
		inSent := map[string]int{}
		if !storyDone {
			counts := map[string]int{}
			for j := range ms {
				if j != i && r.namesCountry(&ms[j]) && !currencyCountry(d, &ms[j]) {
					counts[ms[j].actor.Country]++
				}
			}
			story = dominantOf(counts)
			if len(counts) == 1 {
				for c := range counts {
					story = c
				}
			}
			if story == "" {
				story = r.datelineCountry(d)
			}
			storyDone = true
		}
		for j := range ms {
			if j != i && ms[j].sent == m.sent && r.namesCountry(&ms[j]) {
				inSent[ms[j].actor.Country]++
			}
		}
		kbCountry := m.actor.Country
		if inSent[kbCountry] > 0 || story == kbCountry {
			continue // the KB's country is the story's or the sentence's
		}
		country := ""
		switch {
		case len(inSent) == 1:
			for c := range inSent {
				country = c
			}
		case len(inSent) == 0:
			if story == "" {
				continue // no word against the KB's country
			}
			country = story
		}
		a := *m.actor
		a.Name, a.ID, a.Country, a.Code = tokensText(d, m), "", country, ""
		if country != "" && a.Sector != "" {
			a.Code = country + a.Sector
		}
		m.actor = &a
	}
}

// namesCountry reports whether mention o names a country against a stale
// alias: a coded country that is no pronoun, no outlet and no person the KB
// knows (another alias may be as stale).
func (r *Resolver) namesCountry(o *mention) bool {
	a := o.actor
	return a != nil && !o.pronoun && a.Country != "" && a.Sector != "MED" && !(o.typ == "PER" && a.ID != "") && r.isCountry(a.Country)
}

// tokensText is the text of a mention's last capitalised words, its name
// ("Amadou Diallo" of "opposition leader Amadou Diallo").
func tokensText(d *doc.Document, m *mention) string {
	e := m.e
	for e > m.s && !isCapitalised(tokenText(d, e-1)) {
		e--
	}
	s := e
	for s > m.s && isCapitalised(tokenText(d, s-1)) {
		s--
	}
	if s == e {
		return m.actor.Name
	}
	return d.Text[d.Tokens[s].Start:d.Tokens[e-1].End]
}

// surnameWord is the one name word of a person mention written by surname
// alone ("Diallo", "Diallo's party"), -1 otherwise.
func surnameWord(d *doc.Document, m *mention) int {
	if m.e-m.s == 1 {
		return m.s
	}
	if m.e-m.s >= 2 && possessiveToken(d, m.s+1) {
		return m.s
	}
	return -1
}

// storySurnames makes a KB person named by surname alone ("Diallo",
// "Diallo's party", the KB's Cellou Dalein Diallo) the story's own person
// of that surname, whom it named earlier in full ("opposition leader Amadou
// Diallo"), when that person is someone else (another KB person, or one the
// KB does not know). The story's full name is its own word on who "Diallo"
// is; the KB's person of that surname is a guess. Not when the story also
// names the KB's person in full. Before coreference (its clusters then join
// the repeat to the full name).
func storySurnames(d *doc.Document, ms []mention) {
	if kbname33Off["storySurnames"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.typ != "PER" || m.actor == nil || m.actor.ID == "" {
			continue
		}
		t := surnameWord(d, m)
		if t < 0 || !isCapitalised(tokenText(d, t)) {
			continue
		}
		key := strings.ToLower(foldString(tokenText(d, t)))
		var full *mention
		own := false
		for j := range ms {
			o := &ms[j]
			if o.pronoun || o.titleOnly || o.typ != "PER" || o.actor == nil || surnameWord(d, o) >= 0 {
				continue
			}
			if o.actor.ID != "" && o.actor.ID == m.actor.ID {
				own = true
				break
			}
			if j >= i || o.e-o.s < 2 {
				continue
			}
			e := o.e
			for e > o.s && !isCapitalised(tokenText(d, e-1)) {
				e--
			}
			if e-o.s < 2 || !isCapitalised(tokenText(d, e-2)) || !sameSurname(strings.ToLower(foldString(tokenText(d, e-1))), key) {
				continue
			}
			if full != nil && (full.actor.ID != o.actor.ID || full.actor.Code != o.actor.Code || full.actor.Name != o.actor.Name) {
				full = nil // two people of that surname
				own = true
				break
			}
			full = o
		}
		if own || full == nil {
			continue
		}
		m.actor = unanchored(full.actor)
	}
}

// partialName reports an alias whose words are all words of the name, and
// fewer: the name shortened ("Amadou Diallo" of "Amadou Thierno Diallo").
func partialName(alias, name string) bool {
	nw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(foldString(name))) {
		nw[w] = true
	}
	aw := strings.Fields(strings.ToLower(foldString(alias)))
	if len(aw) >= len(nw) {
		return false
	}
	for _, w := range aw {
		if !nw[w] {
			return false
		}
	}
	return true
}
