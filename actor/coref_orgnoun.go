package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// orgNouns are the nouns a story uses for an organisation it has named
// ("the agency said" after "the International Atomic Energy Agency"). The
// KB has no sector for them, so they are found here: "the" and the noun,
// outside any other mention. true: the noun must be the last word of the
// organisation's name; false: any intergovernmental body nearby will do
// ("the bloc" after "the European Union").
var orgNouns = map[string]bool{
	"agency": true, "organisation": true, "organization": true,
	"alliance": false, "bloc": false, "watchdog": false,
}

// orgNounMention returns the anaphor mention of "the agency" at token t of
// sentence si, or false.
func orgNounMention(d *doc.Document, t, si int, l string) (mention, bool) {
	if _, ok := orgNouns[l]; !ok || t == 0 || !strings.EqualFold(d.Text[d.Tokens[t-1].Start:d.Tokens[t-1].End], "the") {
		return mention{}, false
	}
	return mention{s: t, e: t + 1, sent: si, typ: "ORG", titleOnly: true, head: l, ante: -1}, true
}

// orgNounAnaphor finds the organisation "the agency" at mention i names:
// the nearest coded ORG mention before it whose name (as written or as
// the KB gives it) ends in the same noun — anywhere before, as a story
// keeps calling its agency "the agency" — or, for "the bloc", "the
// alliance" and "the watchdog", the nearest intergovernmental body in its
// own or the two sentences before. -1 when none.
func orgNounAnaphor(d *doc.Document, ms []mention, i int) int {
	m := &ms[i]
	own, ok := orgNouns[m.head]
	if !ok || m.e != m.s+1 || m.s == 0 || !strings.EqualFold(d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.s-1].End], "the") {
		return -1 // "the agency" alone: not a KB sector phrase such as "intelligence agency"
	}
	for j := i - 1; j >= 0; j-- {
		n := &ms[j]
		if !own && n.sent < m.sent-2 {
			break
		}
		if n.typ != "ORG" || n.pronoun || n.actor == nil || n.actor.Code == "" {
			continue
		}
		if !own {
			if strings.HasPrefix(n.actor.Code, "IGO") {
				return j
			}
			continue
		}
		if sameOrgNoun(lastWord(d.Text[d.Tokens[n.s].Start:d.Tokens[n.e-1].End]), m.head) ||
			sameOrgNoun(lastWord(n.actor.Name), m.head) {
			return j
		}
	}
	return -1
}

// sameOrgNoun compares a name's last word with the noun, either spelling
// of "organisation".
func sameOrgNoun(w, noun string) bool {
	w = strings.ToLower(w)
	if w == noun {
		return true
	}
	return (w == "organization" || w == "organisation") && (noun == "organization" || noun == "organisation")
}
