package actor

import "github.com/dyadproject/dyad/doc"

// shareTitles gives a country adjective coordinated before a titled or
// sector mention that mention's sector: "the French and U.S. presidents"
// are France's government as much as the United States', "Kenyan and
// Ugandan police" Kenya's police as much as Uganda's. The adjective alone
// would stand for its country ("French" → FRA). Chains of adjectives
// ("French, German and U.S. leaders") share it too. A named person after
// the adjectives ("French and U.S. President Joe Biden") shares nothing.
func shareTitles(d *doc.Document, ms []mention) {
	for i := len(ms) - 1; i > 0; i-- {
		n := &ms[i]
		if n.actor == nil || n.actor.Sector == "" || n.actor.Country == "" || n.actor.ID != "" || n.typ == "NORP" {
			continue
		}
		typ, sector := n.typ, n.actor.Sector
		next := n.s
		for j := i - 1; j >= 0; j-- {
			m := &ms[j]
			if m.sent != n.sent || m.e+1 != next || !coordinator(d, m.e) {
				break
			}
			a := m.actor
			if m.typ != "NORP" || a == nil || a.Country == "" || a.Sector != "" || a.Code != a.Country {
				break
			}
			m.actor = &doc.Actor{Name: a.Name, Code: a.Country + sector, Country: a.Country, Sector: sector}
			m.typ = typ
			next = m.s
		}
	}
}

// coordinator reports whether token t is "and", "or" or a comma.
func coordinator(d *doc.Document, t int) bool {
	if t < 0 || t >= len(d.Tokens) {
		return false
	}
	switch d.Text[d.Tokens[t].Start:d.Tokens[t].End] {
	case "and", "or", ",":
		return true
	}
	return false
}
