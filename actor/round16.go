package actor

// Session 28, actor round 16 (docs/KB.md, "Session 28 (actor round 16)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

func init() {
	// natural features named after a country ("the Niger Delta", "the
	// Jordan Valley", "the Congo River"): places, as "the East China Sea"
	for _, w := range []string{"Delta", "River", "Basin", "Valley", "Desert"} {
		eventHeads[w], naturalHeads[w] = true, true
	}
}

// outletPeople types as organisations the names the recogniser read as
// people that a newspaper's noun introduces inside the mention ("the
// Brazilian newspaper Correio Brazilense"): a paper is no person, and a
// later "he" or "his" must not take it for one. Only the capitalised name
// after the noun counts ("newspaper editor John Smith" is a person).
func outletPeople(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.typ != "PER" || m.pronoun || m.titleOnly || m.e-m.s < 2 {
			continue
		}
		k := m.e - 1
		for k > m.s && isCapitalised(tokenText(d, k)) {
			k--
		}
		if k == m.e-1 || !outletNouns[tokenText(d, k)] {
			continue
		}
		m.typ = "ORG"
	}
}

// electTitle reports whether token t is an "-elect" title's word
// ("president-elect", "Prime Minister-elect", "President elect") or a
// "-designate" one.
func electTitle(d *doc.Document, t int) bool {
	w := strings.ToLower(tokenText(d, t))
	if strings.HasSuffix(w, "-elect") && len(w) > len("-elect") || strings.HasSuffix(w, "-designate") && len(w) > len("-designate") {
		return true
	}
	if t <= d.Sentences[d.Tokens[t].Sentence].TokenStart {
		return false
	}
	prev := strings.ToLower(tokenText(d, t-1))
	return (w == "elect" || w == "designate") && electedTitles[prev]
}

// notYetTitle reports whether token t is a title word after "designated"
// or "incoming" (session 29: "designated chancellor X", "incoming
// president X"): a leader named to an office he does not hold yet.
func notYetTitle(d *doc.Document, t int) bool {
	return t > d.Sentences[d.Tokens[t].Sentence].TokenStart && electedTitles[strings.ToLower(tokenText(d, t))] &&
		notYetTitles[strings.ToLower(tokenText(d, t-1))]
}

// notYetTitles before a title word name an office not yet taken up.
var notYetTitles = map[string]bool{"designated": true, "incoming": true, "designate": true}

// electedTitles may be followed by a separate "elect".
var electedTitles = map[string]bool{
	"president": true, "minister": true, "premier": true, "governor": true, "chancellor": true, "mayor": true,
}

// electTitles codes a person named with an "-elect" title by the office he
// holds at the story's date, not by the office he was elected to: by the
// guidelines a leader not yet in office keeps the KB's standing ("Mexico's
// president-elect X" is X's KB code at the date, ELI when the KB gives him
// no office then; an unknown one is his country's ELI). A bare "the
// president-elect" is ELI too, so that it does not lend the office to the
// person coreference links it to. Before coreference: his pronouns follow.
func (r *Resolver) electTitles(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.typ != "PER" || m.pronoun || m.actor == nil || m.actor.Sector == "" || m.actor.Sector == "ELI" {
			continue
		}
		at := -1
		for t := m.s; t < m.e; t++ {
			// a "designated"/"incoming" title only where the person's
			// country is known here: "Peru's incoming president X" gets
			// its country later, from the possessive, and keeps the office
			if electTitle(d, t) || notYetTitle(d, t) && m.actor.Country != "" {
				at = t
			}
		}
		if at < 0 {
			continue
		}
		a := *m.actor
		a.Sector, a.Code = "ELI", ""
		if a.Country != "" {
			a.Code = a.Country + "ELI"
		}
		if at+1 < m.e && m.actor.ID != "" {
			r.kbStanding(d, at+1, m.e, &a)
		}
		m.actor = &a
		if m.titleOnly {
			m.titleSector = "ELI"
		}
		if at == m.e-1 {
			r.electApposed(d, ms, i, m.actor) // the title ends the mention: no name in it
		}
	}
}

// electApposed gives the person set beside an "-elect" title by commas
// ("Nicaragua's president-elect, Daniel Ortega,", "Daniel Ortega, the
// president-elect,") the standing electTitles gave the title, not the
// office the apposition lent him before (appositions, resolve.go): his KB
// code at the story's date, else the title's ELI.
func (r *Resolver) electApposed(d *doc.Document, ms []mention, i int, title *doc.Actor) {
	m := &ms[i]
	var p *mention
	switch {
	case i+1 < len(ms) && ms[i+1].sent == m.sent && appositiveGap(d, m.e, ms[i+1].s):
		p = &ms[i+1]
	case i > 0 && ms[i-1].sent == m.sent && appositiveGap(d, ms[i-1].e, m.s):
		p = &ms[i-1]
	default:
		return
	}
	if p.typ != "PER" || p.pronoun || p.actor == nil || p.actor.Sector == "ELI" || p.actor.Country != title.Country {
		return
	}
	a := *p.actor
	a.Sector, a.Code = title.Sector, title.Code
	if a.ID != "" {
		r.kbStanding(d, p.s, p.e, &a)
	}
	p.actor = &a
}

// kbStanding sets a's code to the KB's for person a.ID, named by tokens s
// to e, at the story's date, when the KB gives one.
func (r *Resolver) kbStanding(d *doc.Document, s, e int, a *doc.Actor) {
	name := d.Text[d.Tokens[s].Start:d.Tokens[e-1].End]
	for _, mt := range r.kb.Lookup(name, d.Date) {
		if mt.Kind == KindPerson && mt.Actor.ID == a.ID && mt.Actor.Code != "" {
			a.Country, a.Sector, a.Code = mt.Actor.Country, mt.Actor.Sector, mt.Actor.Code
			return
		}
	}
}

// subsidiaryNouns name a company's part in an apposition: "X Ltd., the
// financing arm of Y".
var subsidiaryNouns = map[string]bool{
	"arm": true, "subsidiary": true, "unit": true, "affiliate": true, "division": true, "branch": true,
}

// subsidiaries give a company the KB does not know the code of the company
// an apposition calls it a part of: "MIF Asia Ltd., the financing arm of
// Japanese trading giant Marubeni Corp." is Marubeni's (a subsidiary is
// coded as its parent, as the golds code "Bank of China (Hong Kong)"). The
// apposition is ", the/a [words] arm|subsidiary|unit of", and the parent
// the first organisation after "of" in the sentence, within five words,
// coded as a business or multinational.
func subsidiaries(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.typ != "ORG" || m.pronoun || m.titleOnly || !unknownActor(m) {
			continue
		}
		end := d.Sentences[m.sent].TokenEnd
		t := m.e
		if t+1 >= end || tokenText(d, t) != "," || !articleWord(tokenText(d, t+1)) {
			continue
		}
		t += 2
		for t < end && t < m.e+8 && isLowerWord(tokenText(d, t)) && !subsidiaryNouns[tokenText(d, t)] {
			t++
		}
		if t+1 >= end || !subsidiaryNouns[tokenText(d, t)] || tokenText(d, t+1) != "of" {
			continue
		}
		of := t + 1
		for j := range ms {
			o := &ms[j]
			if o.sent != m.sent || o.s <= of || o.s > of+5 || o.typ != "ORG" || o.pronoun || o.actor == nil {
				continue
			}
			if businessCode(o.actor) {
				a := *o.actor
				a.Name, a.ID, a.Mention = m.actor.Name, "", nil
				m.actor = &a
			}
			break
		}
	}
}

// companyShortNames give a company's name written without its company word
// ("Marubeni" after "Marubeni Corp.", "MIF Asia" after "MIF Asia Ltd.")
// the full name's code when the KB leaves the short one uncoded; the
// recogniser may read the short name as a person's. The short name is the
// full one less its company words, and no other organisation of the
// document is so named.
func companyShortNames(d *doc.Document, ms []mention) {
	full := map[string]int{} // short name → the company's mention, -1 ambiguous
	for j := range ms {
		o := &ms[j]
		if o.typ != "ORG" || o.pronoun || o.actor == nil || !businessCode(o.actor) {
			continue
		}
		e := o.e
		for e > o.s+1 && companyWords[tokenText(d, e-1)] {
			e--
		}
		if e == o.e {
			continue
		}
		s := o.s
		if articleWord(tokenText(d, s)) {
			s++
		}
		name := d.Text[d.Tokens[s].Start:d.Tokens[e-1].End]
		if k, ok := full[name]; ok && k != j && ms[k].actor.Code != o.actor.Code {
			full[name] = -1
			continue
		}
		full[name] = j
	}
	if len(full) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.typ != "ORG" && m.typ != "PER" || !unknownActor(m) {
			continue
		}
		s := m.s
		if articleWord(tokenText(d, s)) {
			s++
		}
		j, ok := full[d.Text[d.Tokens[s].Start:d.Tokens[m.e-1].End]]
		if !ok || j < 0 || ms[j].s > m.s {
			continue
		}
		a := *ms[j].actor
		a.Name, a.ID, a.Mention = m.actor.Name, "", nil
		m.actor, m.typ = &a, "ORG"
	}
}

// round16 runs the round's rules that come before coreference, after
// countryCompanies ("Japanese trading giant Marubeni Corp.").
func (r *Resolver) round16(d *doc.Document, ms []mention) {
	outletPeople(d, ms)
	r.electTitles(d, ms)
	subsidiaries(d, ms)
	companyShortNames(d, ms)
	secondSurnames(d, ms)
}

// secondSurnames give a one-word name the person of the story whose full
// name has it as the second-to-last of three or more capitalised words:
// Spanish names carry the father's surname before the mother's, and a later
// mention repeats the first ("Ramirez" after "Francisco Javier Ramirez
// Acuna"). The person's name (the KB's or the recogniser's, without a
// title) has three words or more. Only a name the KB leaves uncoded is
// bound, only to one person, and not when another person of the story ends
// with that word.
func secondSurnames(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.typ != "PER" || m.pronoun || m.titleOnly || m.e-m.s != 1 || !unknownActor(m) {
			continue
		}
		w := tokenText(d, m.s)
		found, last := -1, false
		for j := 0; j < i; j++ {
			o := &ms[j]
			if o.typ != "PER" || o.pronoun || o.titleOnly || o.actor == nil {
				continue
			}
			if tokenText(d, o.e-1) == w {
				last = true
				break
			}
			if o.actor.Code == "" {
				continue
			}
			// the person's own name, not a title before it ("Chinese
			// President Hu Jintao": "Hu" is his family name, which
			// coreference links)
			if len(strings.Fields(o.actor.Name)) >= 3 && o.e-o.s >= 3 && tokenText(d, o.e-2) == w {
				if found >= 0 && ms[found].actor.Code != o.actor.Code {
					found = -2
					break
				}
				found = j
			}
		}
		if last || found < 0 {
			continue
		}
		a := *ms[found].actor
		a.Name, a.Mention = m.actor.Name, nil
		m.actor = &a
	}
}
