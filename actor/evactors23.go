package actor

import (
	"strings"
	"unicode"

	"github.com/dyadproject/dyad/doc"
)

// Event actors, session 23 (helper evactors). A title written before a
// person the KB knows replaces the KB's sector with its own (personMention):
// "Foreign Minister X", whom the KB files as an elite, is GOV. But some
// titles name the very office the KB dates for the person, in words whose
// sector table reading is another one ("Chief Executive X" of Hong Kong is
// no business leader, "party chief X" of a one-party state heads it), or
// put a portfolio where the table expects a country ("Europe Minister X"
// is Britain's minister, not Europe's), or are a head of state's military
// rank or religious honorific ("Colonel X", "Ayatollah X"), or are a
// legislature's office the table reads as GOV ("Senate vice president
// X", a senator in the KB). kbOfficeTitle tells personMention to keep the
// KB's code in those cases.

// rankWords23 are military ranks and religious honorifics: a title made
// only of them says what the person is, not the office held.
var rankWords23 = map[string]bool{"general": true, "gen": true, "colonel": true, "col": true,
	"brigadier": true, "lieutenant": true, "lt": true, "marshal": true, "field": true, "admiral": true,
	"ayatollah": true, "grand": true}

// genericHeads23 are title words a KB role may say otherwise ("party chief"
// for "general secretary of the party").
var genericHeads23 = map[string]bool{"chief": true, "head": true, "leader": true, "boss": true}

// legWords23 name a legislature inside a title.
var legWords23 = map[string]bool{"senate": true, "parliament": true, "parliamentary": true,
	"assembly": true, "congress": true, "congressional": true}

// headClasses23 are the role classes of heads of state and government.
var headClasses23 = map[string]bool{"HOS": true, "HOG": true}

// kbOfficeTitle reports whether the title before a KB person in office at
// the date should leave the KB's code (a) alone.
func (r *Resolver) kbOfficeTitle(d *doc.Document, base int, a doc.Actor, rn, title *run) bool {
	p := rn.person
	if p == nil || title == nil || thenTitle(d, base+title.s) || title.former || rn.former || p.Status != StatusInOffice || p.Start == "" ||
		a.Country == "" || a.Sector == "" || a.Sector == "ELI" || !r.isCountry(a.Country) {
		return false
	}
	if title.country != "" && title.country != a.Country {
		// a portfolio read as a place ("Europe Minister") may yield; a
		// country named with the title ("Kenyan Minister X") does not
		if ci, ok := r.kb.codes[title.country]; !ok || ci.kind != KindRegion {
			return false
		}
	}
	words := strings.FieldsFunc(strings.ToLower(title.titleWords), notLetter23)
	if len(words) == 0 {
		return false
	}
	role := strings.ToLower(p.Role)
	generic := strings.HasPrefix(role, "elite (") || strings.HasPrefix(role, "government office (")
	if a.Sector == "GOV" && (headClasses23[p.Class] || generic) && title.sector != "GOV" {
		// "Colonel X", "Ayatollah X" heading the state or in its government
		all := true
		for _, w := range words {
			all = all && rankWords23[w]
		}
		if all {
			return true
		}
	}
	if generic {
		return false
	}
	if a.Sector == "LEG" && p.Class == "LEGISLATURE" && title.sector != "LEG" {
		for _, w := range words {
			if legWords23[w] {
				return true
			}
		}
	}
	if title.sector == "GOV" && (title.country == "" || title.country == a.Country) {
		// a minister's title over a KB office of another sector ("Minister
		// X", a minister of police) is the government's: the title wins
		return false
	}
	return roleNamesTitle(role, title.titleWords)
}

// roleNamesTitle reports whether every word of a title before any "of" is
// a word of the KB role (or a generic head: "chief", "leader"), at least
// one of them: "Chief Executive" names the role "Chief Executive", "party
// chief" names "General secretary of the communist party".
func roleNamesTitle(role, titleWords string) bool {
	t := strings.ToLower(titleWords)
	if i := strings.Index(t, " of "); i > 0 {
		t = t[:i]
	}
	roleWords := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(role), notLetter23) {
		roleWords[w] = true
	}
	matched := 0
	for _, w := range strings.FieldsFunc(t, notLetter23) {
		switch {
		case roleWords[w]:
			matched++
		case genericHeads23[w]:
		default:
			return false
		}
	}
	return matched > 0
}

func notLetter23(c rune) bool { return !unicode.IsLetter(c) }

// thenTitle reports a title written with "then" or "later" before it
// ("then Colonel X"): an office of another time than the story's.
func thenTitle(d *doc.Document, at int) bool {
	if at <= 0 {
		return false
	}
	w := tokenWord(d, at-1)
	return w == "then" || w == "later" || w == "future"
}

// kbRoleAppos reports an apposition that names the office a KB person
// holds at the date ("X, Hong Kong's chief executive,"): the person keeps
// the KB's code, as kbOfficeTitle keeps it before the name. A minister's
// title is left to win, as there.
func kbRoleAppos(per, title *mention) bool {
	pa, ta := per.actor, title.actor
	if pa == nil || ta == nil || pa.ID == "" || pa.Country == "" || pa.Sector == "" || pa.Sector == "ELI" ||
		per.title == "" || strings.HasPrefix(per.title, "former ") || strings.HasPrefix(per.title, "before ") ||
		title.former || ta.Sector == pa.Sector || ta.Sector == "GOV" || ta.Country != "" && ta.Country != pa.Country {
		return false
	}
	return roleNamesTitle(per.title, title.titleWords)
}

// pseForces codes the Palestinian Authority's forces as police: under the
// Oslo accords the Authority keeps police and security forces, no army, and
// the event golds code its presidential guard and national security
// service PSECOP (the sector table reads "presidential guard" as MIL and
// Phoenix's "national security service" as SPY). Intelligence services
// stay SPY and armed factions REB; people keep their own codes.
func pseForces(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || a.Country != "PSE" || m.typ == "PER" || m.pronoun {
			continue
		}
		txt := strings.ToLower(d.Text[d.Tokens[m.s].Start:d.Tokens[m.e-1].End])
		if a.Code == "PSEMIL" || a.Code == "PSESPY" && strings.Contains(txt, "national security") {
			b := *a
			b.Sector, b.Code = "COP", "PSECOP"
			m.actor = &b
		}
	}
}
