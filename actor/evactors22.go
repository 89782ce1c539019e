package actor

import "github.com/dyadproject/dyad/doc"

// Event actors, session 22 (helper evactors). A bare state body ("the
// government", "the army", "police") in a story that names several
// countries is left unresolved by storyCountry, and then the event that
// names it has no source or target. A reader takes such a noun as the body
// of the country whose body of the same kind the story named just before
// it: "Ruritania's interior minister said ... The government accused the
// militia" is Ruritania's government, as long as no other country is
// named in between. bodyAnte does that for a short list of state bodies
// written with "the" (or, for "police", bare), looking back at most
// bodyWindow sentences.

// stateBodies22 are the state bodies bodyAnte reads, by their sector.
var stateBodies22 = map[string]string{"government": "GOV", "regime": "GOV", "cabinet": "GOV",
	"authorities": "GOV", "army": "MIL", "military": "MIL", "police": "COP"}

// bodyWindow is how many sentences back bodyAnte looks.
const bodyWindow = 3

// bodyAnte gives an unresolved bare state body the country of the nearest
// earlier mention of a body or person of that country and sector, when no
// mention of another country stands between them.
func (r *Resolver) bodyAnte(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.actor != nil || !m.titleOnly || m.typ != "ORG" || m.e != m.s+1 {
			continue
		}
		sec, ok := stateBodies22[tokenWord(d, m.s)]
		if !ok || m.sector != sec {
			continue
		}
		if !bareBody(d, m, sec) {
			continue
		}
		country := ""
		for j := i - 1; j >= 0 && m.sent-ms[j].sent <= bodyWindow; j-- {
			b := ms[j].actor
			if b == nil || ms[j].pronoun || b.Country == "" || b.Sector == "MED" {
				continue
			}
			if !r.isCountry(b.Country) {
				continue
			}
			if country != "" && country != "-"+b.Country {
				country = "!" // two countries named: whose body is unclear
				break
			}
			if b.Code == b.Country+sec && (ms[j].typ == "ORG" || ms[j].typ == "PER") {
				// a body or a person, not a capital standing for its
				// government ("the Helsinki accord")
				country = b.Country
				break
			}
			country = "-" + b.Country // a mention of the country, no body yet
		}
		if country == "" || country[0] == '-' || country[0] == '!' || r.otherCountryIn(ms, m.sent, country) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		m.actor = &doc.Actor{Name: d.Text[start:end], Country: country, Sector: sec, Code: country + sec}
	}
}

// bareBody reports a body noun written alone as the body: "the
// government", "police" at the head of its phrase, not "a government",
// "whose government", "the government bill" or "the government of X".
func bareBody(d *doc.Document, m *mention, sec string) bool {
	s := d.Sentences[m.sent]
	if nx := m.e; nx < s.TokenEnd {
		w := tokenWord(d, nx)
		if w == "of" || d.Tokens[nx].UPOS == "NOUN" || d.Tokens[nx].UPOS == "PROPN" || w == "-" {
			return false
		}
	}
	if m.s == s.TokenStart {
		return sec == "COP"
	}
	p := tokenWord(d, m.s-1)
	if p == "the" {
		return true
	}
	return sec == "COP" && d.Tokens[m.s-1].UPOS != "DET" && d.Tokens[m.s-1].UPOS != "PRON" &&
		d.Tokens[m.s-1].UPOS != "ADJ" && d.Tokens[m.s-1].UPOS != "PROPN" && d.Tokens[m.s-1].UPOS != "NOUN"
}

// otherCountryIn reports a mention of a country other than c in sentence
// si, after the noun as well as before it: "the government says its
// Ethiopian-backed forces" is not Ethiopia's government.
func (r *Resolver) otherCountryIn(ms []mention, si int, c string) bool {
	for j := range ms {
		if b := ms[j].actor; ms[j].sent == si && b != nil && !ms[j].pronoun && b.Country != "" && b.Country != c && r.isCountry(b.Country) {
			return true
		}
	}
	return false
}
