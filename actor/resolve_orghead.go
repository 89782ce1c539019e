package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// orgHeadWords are the words that make a person an organisation's head or
// officer when they join the two in an apposition, though the KB has no
// title for them (a bare "head" or "chief" elsewhere is no title: "shot in
// the head"). Two-word heads are written with a space.
var orgHeadWords = map[string]bool{
	"head": true, "chief": true, "boss": true, "director": true, "director-general": true,
	"director general": true, "executive director": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "chair": true, "president": true, "leader": true, "commissioner": true,
	"secretary-general": true, "secretary general": true,
	// the organisation's officers and spokesmen ("X, a spokeswoman for the
	// ICRC,", "X, deputy director of China's Hong Kong and Macau Affairs
	// Office,")
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "deputy director": true,
	"deputy head": true, "deputy chief": true, "deputy chairman": true, "vice chairman": true,
	"vice-chairman": true, "vice president": true, "vice-president": true, "official": true,
	"senior official": true, "representative": true, "adviser": true, "advisor": true,
	// a company's managers (round 8: "X, deputy general manager of O")
	"general manager": true, "general-manager": true, "managing director": true,
	// a bloc's secretariat head ("IGAD Executive Secretary X", "X, the
	// executive secretary of ECOWAS"; everyday round 22)
	"executive secretary": true,
}

// orgHeadRanks are the words before a head that keep it a head of the
// same body: "assistant chairman", "deputy general manager" (round 8).
var orgHeadRanks = map[string]bool{"deputy": true, "assistant": true, "vice": true, "acting": true, "executive": true}

// orgHeadPreps join a head phrase to the organisation after it ("head of
// the IAEA", "spokesman for the ICRC").
var orgHeadPreps = map[string]bool{"of": true, "for": true}

// articleWord reports "the", "a" or "an".
func articleWord(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// orgHeadAt returns the length (1 or 2 words) of a head phrase starting at
// sentence word i, or 0.
func orgHeadAt(words []string, i int) int {
	if i >= len(words) {
		return 0
	}
	w := strings.ToLower(words[i])
	if i+1 < len(words) {
		if orgHeadWords[w+" "+strings.ToLower(words[i+1])] {
			return 2
		}
	}
	if orgHeadWords[w] {
		return 1
	}
	return 0
}

// orgHeadBefore returns the length of a head phrase ending at word end
// (exclusive), or 0.
func orgHeadBefore(words []string, end int) int {
	if end >= 2 && orgHeadAt(words, end-2) == 2 {
		return 2
	}
	if end >= 1 && orgHeadAt(words, end-1) == 1 {
		return 1
	}
	return 0
}

// orgHeadPhrase reports whether sentence words [s, e) around the
// organisation mention o say that o's head is meant: "[the] head of [the]
// O" or "[the] O chief". s and e are where the phrase must start and end.
func orgHeadPhrase(words []string, o *mention, base, s, e int) (string, bool) {
	at := o.s - base
	if at > s && strings.EqualFold(words[at-1], "the") {
		at--
	}
	// "[the] O chief"
	if n := orgHeadBefore(words, e); n > 0 && o.e-base == e-n && at == s {
		return strings.Join(words[e-n:e], " "), true
	}
	// "O's leader" ("Hezbollah's leader, Naim Qassem,")
	if p := o.e - base; at == s && p+1 < e && (words[p] == "'s" || words[p] == "’s") {
		if n := orgHeadAt(words, p+1); n > 0 && p+1+n == e {
			return strings.Join(words[p+1:e], " "), true
		}
	}
	// "[the] head of [the] O", "a spokeswoman for the O (ACRONYM)"
	oe := o.e - base
	if oe+3 == e && words[oe] == "(" && words[oe+2] == ")" {
		oe = e
	}
	if oe != e || at-1 <= s || !orgHeadPreps[words[at-1]] {
		return "", false
	}
	n := orgHeadBefore(words, at-1)
	if n == 0 {
		return "", false
	}
	h := at - 1 - n
	if h > s && orgHeadRanks[strings.ToLower(words[h-1])] {
		h, n = h-1, n+1
	}
	at = h
	if at > s && articleWord(words[at-1]) {
		at--
	}
	if at != s {
		return "", false
	}
	return strings.Join(words[h:h+n], " "), true
}

// orgAppositions gives a person set off by commas beside a phrase naming
// an organisation's head the organisation's code: "The head of the
// International Atomic Energy Agency, Rafael Grossi, will …", "X, the IAEA
// chief, said". Only a person the KB cannot place or knows only as an
// elite (not for a party) is recoded (the apposition is the text's own word on who he is
// now); the organisation must be an ORG with a code. ms are one sentence's
// mentions in order; base is the sentence's first token in d.
func orgAppositions(d *doc.Document, words []string, base, si int, ms []mention, titled []Titled) []Titled {
	for i := range ms {
		p := &ms[i]
		if p.typ != "PER" || p.actor == nil || p.explicit || p.pronoun || p.officer ||
			p.actor.Code != "" && p.actor.Sector != "ELI" {
			continue
		}
		ps, pe := p.s-base, p.e-base
		if pe >= len(words) || !closesApposition(words[pe]) {
			continue
		}
		var org *mention
		var head string
		// the phrase before: "[the] head of [the] O, NAME,"
		if ps >= 2 && words[ps-1] == "," {
			for j := i - 1; j >= 0 && org == nil; j-- {
				o := &ms[j]
				if !orgHead(o) || o.e-base > ps-1 {
					continue
				}
				start := phraseStart(words, o.s-base)
				if start > 0 && pastWords[strings.ToLower(words[start-1])] {
					break // "The former head of the IAEA, X,": not the head now
				}
				if h, ok := orgHeadPhrase(words, o, base, start, ps-1); ok {
					org, head = o, h
				}
			}
		}
		// the phrase after: "NAME, [the] head of [the] O," or "NAME, the O chief,"
		if org == nil && words[pe] == "," {
			for j := i + 1; j < len(ms) && org == nil; j++ {
				o := &ms[j]
				if !orgHead(o) {
					continue
				}
				end := o.e - base
				if end+1 < len(words) && (words[end] == "'s" || words[end] == "’s") {
					end++ // "X, Hezbollah's leader,"
				}
				if n := orgHeadAt(words, end); n > 0 {
					end += n
				} else if end+2 < len(words) && words[end] == "(" && words[end+2] == ")" {
					end += 3 // "the ICRC (International Committee ...)": its acronym
				}
				if end >= len(words) || !closesApposition(words[end]) && !clausePreps[strings.ToLower(words[end])] {
					continue
				}
				if h, ok := orgHeadPhrase(words, o, base, pe+1, end); ok {
					org, head = o, h
				}
			}
		}
		if org == nil || p.actor.Code != "" && org.actor.Sector == "PTY" {
			// a party's leader the KB knows keeps his dated standing, as
			// orgOfficer does: the story may title him otherwise elsewhere
			continue
		}
		titled = makeOfficer(d, p, org, head, "", si, titled)
	}
	return titled
}

// makeOfficer gives person mention per the code of the body mention (an
// organisation, or a title naming one) whole, marks him named with a title
// and an officer, and records him among the titled people with the title's
// words and role (appositions, orgAppositions).
func makeOfficer(d *doc.Document, per, body *mention, title, role string, si int, titled []Titled) []Titled {
	pa := *per.actor
	kbCode := pa.Code
	pa.Country, pa.Sector, pa.Code = body.actor.Country, body.actor.Sector, body.actor.Code
	per.actor, per.explicit, per.officer = &pa, true, true
	return append(titled, Titled{Name: pa.Name, Country: pa.Country, Sector: pa.Sector,
		Title: title, Role: role, ID: pa.ID, KBCode: kbCode, Sentence: si,
		Start: d.Tokens[min(per.s, body.s)].Start, End: d.Tokens[max(per.e, body.e)-1].End})
}

// clausePreps end an apposition after a person as a comma does when the
// clause goes on with where or when he spoke ("X, deputy director of O at a
// news briefing", "X, a spokesman for O on Monday"; round 8).
var clausePreps = map[string]bool{"at": true, "on": true, "in": true, "during": true}

// orgHead reports an organisation mention whose head can be named: an ORG
// with a code of its own.
func orgHead(o *mention) bool {
	return o.typ == "ORG" && o.actor != nil && o.actor.Code != "" && !o.pronoun
}

// pastWords before a head phrase say the head is no longer one.
var pastWords = map[string]bool{"former": true, "ex": true, "outgoing": true, "late": true, "then": true}

// phraseStart is where a noun phrase ending in an organisation at word os
// may begin, walking back over "the", "of" or "for" and a head word ("the
// head of the", "a spokesman for the"); the caller checks the word before it (orgHeadPhrase, pastWords).
func phraseStart(words []string, os int) int {
	at := os
	if at > 0 && strings.EqualFold(words[at-1], "the") {
		at--
	}
	if at > 0 && orgHeadPreps[words[at-1]] {
		if n := orgHeadBefore(words, at-1); n > 0 {
			at -= 1 + n
			if at > 0 && articleWord(words[at-1]) {
				at--
			}
		}
	}
	return at
}
