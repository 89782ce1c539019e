package actor

// Session 22, actor round 11: country words written as part of a private
// person's mention (docs/KB.md, "Session 22, actor round 11").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// morePrivateRoles are sports roles privateRoles lacked (baseball,
// cricket, football, weightlifting and other events' players).
var morePrivateRoles = map[string]bool{
	"infielder": true, "outfielder": true, "pitcher": true, "catcher": true, "slugger": true,
	"leg-spinner": true, "off-spinner": true, "opener": true, "all-rounder": true, "fast-bowler": true,
	"playmaker": true, "quarterback": true, "linebacker": true, "centre-back": true,
	"weightlifter": true, "lifter": true, "hurdler": true, "diver": true, "fencer": true,
	"rower": true, "shooter": true, "decathlete": true, "heptathlete": true, "marathoner": true,
	"contestant": true, "titleholder": true,
}

// privateCountryWords marks the country words that belong to a private
// person's mention and name no actor of their own (privateModifier), after
// coreference and privateRoleModifiers:
//
//   - the roles of morePrivateRoles, as privateRoleModifiers reads its own
//     ("Japanese infielder X", "Australian leg-spinner X");
//   - in a sports story (sportsStory), a country word directly before an
//     uncoded person's name, with at most a possessive between ("South
//     Korean X took the title", "Japan's X was second"): by the guidelines
//     the country is part of that person's mention, and a person with no
//     office the KB or the text gives him is none (elsewhere the name may be
//     a company's or a militant's the recogniser took for a person:
//     "Germany's Daimler-Benz", "another Saudi X");
//   - a country after "Miss", a beauty contest's title ("Miss Mexico X",
//     "Miss Iceland"), which is no country acting.
func privateCountryWords(d *doc.Document, ms []mention) {
	starts := personStarts(ms)
	sports := sportsStory(d)
	for i := range ms {
		m := &ms[i]
		if m.privateModifier || m.actor == nil || m.actor.Code == "" || m.actor.Sector != "" || m.pronoun || m.typ == "PER" || m.location {
			continue
		}
		if m.actor.Code != m.actor.Country {
			continue // only a bare country's or people's code ("JPN")
		}
		if m.s > d.Sentences[m.sent].TokenStart && tokenText(d, m.s-1) == "Miss" {
			m.privateModifier = true
			continue
		}
		if p := uncodedPersonAt(d, m.e, m.sent, starts); p != nil && sports {
			m.privateModifier = true
			continue
		}
		if p := morePrivatePersonAfter(d, m.e, m.sent, starts); p != nil {
			m.privateModifier = true
		}
	}
}

// uncodedPersonAt is the uncoded person whose name starts at token j, or
// after a possessive there, in sentence si; nil if none.
func uncodedPersonAt(d *doc.Document, j, si int, starts map[int]*mention) *mention {
	end := d.Sentences[si].TokenEnd
	if j < end {
		if w := tokenText(d, j); w == "'s" || w == "’s" {
			j++
		}
	}
	if j >= end {
		return nil
	}
	p := starts[j]
	if p == nil || p.sent != si || p.titleOnly || p.actor != nil && (p.actor.Code != "" || p.actor.Sector != "" || p.actor.Country != "") {
		return nil
	}
	if !isCapitalised(tokenText(d, p.s)) {
		return nil
	}
	return p
}

// morePrivatePersonAfter is privatePersonAfter for the roles of
// morePrivateRoles (with no "Olympic" between).
func morePrivatePersonAfter(d *doc.Document, j, si int, starts map[int]*mention) *mention {
	return personAfterRole(d, j, si, starts, morePrivateRoles, nil)
}

// groupHeadNouns are the nouns news writes after a movement's or a party's
// name as the head of the phrase: "the Hamas movement", "the Islamic Jihad
// group".
var groupHeadNouns = map[string]bool{
	"movement": true, "group": true, "militia": true, "faction": true, "organisation": true,
	"organization": true,
}

// groupHeadWords extends a coded armed group's or party's mention over the
// noun written after its name ("the ruling Hamas movement said"), which
// heads the phrase as a coder marks it: the actor is the same, the mention
// ends at the noun. Only a lower-case noun directly after the name, with
// no other mention starting there and no noun after it ("Hamas group
// members").
func groupHeadWords(d *doc.Document, ms []mention) {
	starts := map[int]bool{}
	for i := range ms {
		starts[ms[i].s] = true
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != "ORG" || m.pronoun || m.actor == nil || m.actor.Code == "" || m.location || m.privateModifier {
			continue
		}
		if s := m.actor.Sector; !strings.HasPrefix(s, "REB") && s != "PTY" && s != "OPP" {
			continue
		}
		if m.e >= d.Sentences[m.sent].TokenEnd || starts[m.e] {
			continue
		}
		if w := tokenText(d, m.e); !groupHeadNouns[w] {
			continue
		}
		if n := m.e + 1; n < d.Sentences[m.sent].TokenEnd && isLowerWord(tokenText(d, n)) && d.Tokens[n].UPOS == "NOUN" {
			continue // "Hamas group members": the noun after heads the phrase
		}
		m.e++
	}
}

// personStorySectors are the sectors, beyond storySectors, whose titles
// before an unknown person's name take the story's country (storyCountry):
// "businessman X", "Buddhist Master X", "professor X" in a story about one
// country (not one merely named most: "Qantas chief executive X" in a story
// that names Boeing's country more often than Australia) are that country's business, clergy, academia or labour, as the guidelines code an
// unknown person by his title's sector and the country the text gives him.
// A journalist is left out (a wire story's own reporter is not the
// country's), and so are the titles of people who serve abroad, and
// workers ("a factory worker X" is a private person).
var personStorySectors = map[string]bool{"BUS": true, "REL": true, "EDU": true, "HLH": true}

// notStoryTitles are titles personStoryFills leaves: a student is a
// private person, "Doctor" is a degree as often as a physician's title
// ("party leader Doctor X"), "Dean" a first name as often as an office, and
// a nuncio or an archbishop serves the Holy See or a church abroad.
var notStoryTitles = map[string]bool{"student": true, "students": true, "doctor": true, "dr": true, "dean": true,
	"nuncio": true, "archbishop": true}

// businessHeads are the business titles personStorySectors reads: people
// who run or own companies. A waitress's or a shop worker's title has a
// sector in the KB too, but such people are private (none).
var businessHeads = map[string]bool{
	"businessman": true, "businesswoman": true, "tycoon": true, "magnate": true, "boss": true,
	"executive": true, "chairman": true, "chairwoman": true, "billionaire": true, "millionaire": true,
	"entrepreneur": true, "banker": true, "industrialist": true, "financier": true, "ceo": true,
}

// personStoryFills reports whether storyCountry fills the sector of an
// unknown person titled m by personStorySectors.
func personStoryFills(m *mention, sector string) bool {
	if !personStorySectors[sector] || !m.explicit || notStoryTitles[m.head] {
		return false
	}
	return sector != "BUS" || businessHeads[m.head]
}

// sportsWords are words that only sports news uses often.
var sportsWords = map[string]bool{
	"medal": true, "medals": true, "tournament": true, "championship": true, "championships": true,
	"olympic": true, "olympics": true, "wicket": true, "wickets": true, "innings": true, "decathlon": true,
	"slalom": true, "downhill": true, "hurdles": true, "relay": true, "goalkeeper": true, "striker": true,
	"midfielder": true, "batsman": true, "bowler": true, "coach": true, "league": true, "pageant": true,
	"sprinter": true, "swimmer": true, "skier": true, "champion": true, "semifinal": true, "semi-final": true,
	"quarterfinal": true, "quarter-final": true, "infielder": true, "pitcher": true, "doubles": true,
}

// sportsStory reports whether the document uses a word of sportsWords.
func sportsStory(d *doc.Document) bool {
	for i := range d.Tokens {
		if sportsWords[strings.ToLower(tokenText(d, i))] {
			return true
		}
	}
	return false
}
