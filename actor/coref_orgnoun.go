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
	// "the International Monetary Fund approved a loan ... The fund
	// praised the government's reforms" (session 18, everyday round);
	// "the fund" after "the IMF" alone, or after a fund the knowledge
	// base does not code, stays unresolved
	"fund":     true,
	"alliance": false, "bloc": false, "watchdog": false, "group": false, "grouping": false,
}

// groupNoun is the noun that names a non-state group the story has named
// ("Hezbollah … the group said", "Al-Haq … The group sent"): an armed
// group, an opposition movement or a non-governmental organisation (not a
// party: "the party"), in its own or the two sentences before; not before
// a name ("a poll by the group ICM").
const groupNoun = "group"

// nonState reports an actor a story may call "the group".
func nonState(a *doc.Actor) bool {
	switch a.Sector {
	case "REB", "OPP", "NGO", "NGM":
		return true
	}
	return strings.HasPrefix(a.Code, "NGO")
}

// orgNounMention returns the anaphor mention of "the agency" at token t of
// sentence si, or false.
func orgNounMention(d *doc.Document, t, si int, l string) (mention, bool) {
	if _, ok := orgNouns[l]; !ok || !definite(d, t) {
		return mention{}, false
	}
	if t+1 < len(d.Tokens) && d.Tokens[t+1].Sentence == si && isCapitalised(d.Text[d.Tokens[t+1].Start:d.Tokens[t+1].End]) {
		return mention{}, false // "the group ICM": a name follows
	}
	return mention{s: t, e: t + 1, sent: si, typ: "ORG", titleOnly: true, head: l, ante: -1}, true
}

// definite reports "the" before token t, directly or across at most two
// lower-case modifiers ("the regional bloc"; "the UN's nuclear watchdog"
// is not: a name stands between). A modifier is an adjective or noun by
// the tagger (untagged text: any lower-case word) and, for the nouns that
// need not end the organisation's name ("bloc", "alliance", "watchdog"),
// one that says what kind of body it is (bodyModifiers): "the largest
// parliamentary bloc" and "the state watchdog" are a country's.
func definite(d *doc.Document, t int) bool {
	own := orgNouns[strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End])]
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := d.Text[d.Tokens[k].Start:d.Tokens[k].End]
		if strings.EqualFold(w, "the") {
			return true
		}
		if !isLowerWord(w) || !nominalTag(d.Tokens[k].UPOS) {
			return false
		}
		if !own && !bodyModifiers[w] && !groupModifiers[w] && !strings.HasSuffix(w, "-nation") &&
			!strings.HasSuffix(w, "-member") && !strings.HasSuffix(w, "-backed") && !strings.HasSuffix(w, "-based") {
			return false
		}
	}
	return false
}

// groupModifiers say what kind of group "the … group" is ("the militant
// group", "the rights group"; not "the largest ethnic group").
var groupModifiers = map[string]bool{"militant": true, "armed": true, "rebel": true, "rights": true,
	"jihadist": true, "extremist": true, "islamist": true, "paramilitary": true, "separatist": true,
	"insurgent": true, "opposition": true, "advocacy": true, "campaign": true, "guerrilla": true,
	"mercenary": true, "terrorist": true, "terror": true, "watchdog": true}

// bodyModifiers say what kind of international body "the … bloc", "the …
// alliance" or "the … watchdog" is.
var bodyModifiers = map[string]bool{"regional": true, "trade": true, "military": true, "economic": true,
	"nuclear": true, "atomic": true, "western": true, "defence": true, "defense": true, "security": true,
	"global": true, "international": true, "european": true, "continental": true, "transatlantic": true}

// orgNounAnaphor finds the organisation "the agency" at mention i names:
// the nearest coded ORG mention before it whose name (as written or as
// the KB gives it) ends in the same noun — anywhere before, as a story
// keeps calling its agency "the agency" — or, for "the bloc", "the
// alliance" and "the watchdog", the nearest intergovernmental body in its
// own or the two sentences before. -1 when none.
func orgNounAnaphor(d *doc.Document, ms []mention, i int) int {
	m := &ms[i]
	own, ok := orgNouns[m.head]
	if !ok || m.e != m.s+1 || !definite(d, m.s) {
		return -1 // "the agency" alone: not a KB sector phrase such as "intelligence agency"
	}
	media := -1 // a news agency, taken only when no other agency is named
	for j := i - 1; j >= 0; j-- {
		n := &ms[j]
		if !own && n.sent < m.sent-2 {
			break
		}
		if n.typ != "ORG" || n.pronoun || n.actor == nil || n.actor.Code == "" {
			continue
		}
		if !own {
			if m.head == groupNoun && nonState(n.actor) || m.head != groupNoun && strings.HasPrefix(n.actor.Code, "IGO") {
				return j
			}
			continue
		}
		if sameOrgNoun(lastWord(d.Text[d.Tokens[n.s].Start:d.Tokens[n.e-1].End]), m.head) ||
			sameOrgNoun(lastWord(n.actor.Name), m.head) {
			if n.actor.Sector != "MED" {
				return j // "the IAEA said …, the Tasnim news agency reported. … the agency's inspectors"
			}
			if media < 0 {
				media = j
			}
		}
	}
	return media
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

// groupNouns are the people of a body named after them with "of": "leaders
// of the regional bloc". ("Officials", "ministers", "envoys" and
// "delegates" of a body are KB titles or sector nouns, which titleOf
// already gives the body's code.)
var groupNouns = map[string]bool{"leaders": true, "heads": true, "representatives": true}

// groupsOf adds, for each organisation mention with a code preceded by
// "leaders of [the …]", a plural mention of those people with the
// organisation's actor, over the whole phrase: "Leaders of the regional
// bloc, meeting in Abuja, demanded …" is the bloc's, and so is "They" in
// the next sentence. Only bodies, not countries ("leaders of Kenya and
// Uganda" are two countries' men, which the event coder reads from the
// country names). of maps each mention to its cluster; the new mentions
// have none, and both slices stay in text order.
func groupsOf(d *doc.Document, ms []mention, of []int) ([]mention, []int) {
	var add []mention
	for i := range ms {
		o := &ms[i]
		if o.typ != "ORG" || o.actor == nil || o.actor.Code == "" || o.pronoun {
			continue
		}
		s := d.Sentences[o.sent].TokenStart
		k := o.s - 1
		for k > s && k >= o.s-3 && d.Text[d.Tokens[k].Start:d.Tokens[k].End] != "of" {
			w := d.Text[d.Tokens[k].Start:d.Tokens[k].End]
			if !strings.EqualFold(w, "the") && !isLowerWord(w) {
				break
			}
			k--
		}
		if k <= s || d.Text[d.Tokens[k].Start:d.Tokens[k].End] != "of" {
			continue
		}
		g := k - 1
		if !groupNouns[strings.ToLower(d.Text[d.Tokens[g].Start:d.Tokens[g].End])] || inMention(ms, g) {
			continue
		}
		a := *o.actor
		a.Name = d.Text[d.Tokens[g].Start:d.Tokens[o.e-1].End]
		add = append(add, mention{s: g, e: o.e, sent: o.sent, typ: "PER", actor: &a, plural: true, ante: i})
	}
	if len(add) == 0 {
		return ms, of
	}
	// Merge in text order; the antecedent links (indices into ms) follow
	// their mentions to the new positions.
	outM := make([]mention, 0, len(ms)+len(add))
	outOf := make([]int, 0, len(ms)+len(add))
	at := make([]int, len(ms)) // old index → new
	j := 0
	for i := range ms {
		for j < len(add) && add[j].s < ms[i].s {
			outM, outOf = append(outM, add[j]), append(outOf, -1)
			j++
		}
		at[i] = len(outM)
		outM, outOf = append(outM, ms[i]), append(outOf, of[i])
	}
	for ; j < len(add); j++ {
		outM, outOf = append(outM, add[j]), append(outOf, -1)
	}
	for k := range outM {
		if a := outM[k].ante; a >= 0 {
			outM[k].ante = at[a]
		}
	}
	return outM, outOf
}

// inMention reports whether token t lies in one of ms.
func inMention(ms []mention, t int) bool {
	for i := range ms {
		if ms[i].s <= t && t < ms[i].e {
			return true
		}
	}
	return false
}
