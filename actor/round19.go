package actor

// Session 32, actor round 19 (docs/KB.md, "Session 32 (actor round 19)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/facility"
)

// round19Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round19Off = map[string]bool{}

// placeHeadNouns are the lower-case nouns of a town's grounds, crossings,
// quarters and the things held or traded there, which a town's name before
// them only locates: "Tehran's airport", "the Rafah crossing", "the
// Shanghai match", "Tokyo stocks", "Beijing's hi-tech zone". A town's
// building nouns (facility.Building) count too. Not the nouns of talks and
// meetings ("the Riyadh talks", left as session 27 left them), nor of
// people or bodies ("Beijing authorities", "Hebron's residents").
var placeHeadNouns = map[string]bool{
	"airport": true, "airports": true, "crossing": true, "crossings": true, "border": true,
	"area": true, "zone": true, "enclave": true, "ground": true, "grounds": true, "streets": true,
	"mall": true, "market": true, "markets": true, "auction": true, "match": true, "semifinal": true,
	"semifinals": true, "stocks": true, "shares": true, "nightspots": true, "municipalities": true,
	"store": true, "hotels": true, "suburbs": true, "outskirts": true, "skyline": true,
	"neighbourhoods": true, "neighborhoods": true, "center": true, "centre": true, "mosque": true,
}

// placeHead reports whether w, a word of the text, heads a town's ground or
// building: a place head noun in lower case, or a facility's capitalised
// head word ("Hanoi's National Convention Center", "Istanbul's Blue
// Mosque").
func placeHead(w string) bool {
	if placeHeadNouns[w] || facility.Building(w) {
		return true
	}
	return isCapitalised(w) && (facility.Head(w) || w == "Center" || w == "Centre")
}

// round19Places marks as a location (no actor) a capital, city or region
// whose name only says where a ground, building or market is: before "'s"
// and a noun phrase headed by such a noun ("Tehran's airport", "Kabul's
// main airport", "Port Vila's largest open ground", "Istanbul's Blue
// Mosque"), or modifying one directly ("the Rafah crossing", "Tokyo stocks
// opened lower", "the four London airports"). The actor golds code these
// none (places inside a country used as a location); the same names before
// "'s" and a policy, a bid or an answer ("Tehran's nuclear programme",
// "Ankara's bid") keep their government's code. After round12Places.
func (r *Resolver) round19Places(d *doc.Document, ms []mention) {
	if round19Off["round19Places"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.location || m.privateModifier || m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		if !placeModifies(d, m) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
}

// placeModifies reports whether the name of mention m is followed, in its
// sentence, by "'s" (or nothing) and a noun phrase of at most five words
// (adjectives, numbers, nouns, capitalised words) whose last word, the
// phrase's head, is a place head (placeHead).
func placeModifies(d *doc.Document, m *mention) bool {
	end := d.Sentences[m.sent].TokenEnd
	k := m.e
	if k >= end {
		return false
	}
	poss := false
	if w := tokenText(d, k); w == "'s" || w == "’s" {
		poss, k = true, k+1
	}
	for n := 0; n < 5 && k < end; n, k = n+1, k+1 {
		w := tokenText(d, k)
		u := d.Tokens[k].UPOS
		if !poss && n >= 2 {
			// a name modifying directly: the head within two words
			// ("the Paris department store")
			return false
		}
		if placeHead(w) && (u == "NOUN" || u == "PROPN") {
			// the head: no noun follows ("the London airport staff"),
			// but another place head may ("Gaza border crossings")
			if k+1 < end {
				nx := tokenText(d, k+1)
				if placeHeadNouns[nx] && d.Tokens[k+1].UPOS == "NOUN" {
					continue
				}
				if isLowerWord(nx) && d.Tokens[k+1].UPOS == "NOUN" || nx == "'s" || nx == "’s" {
					return false
				}
			}
			return true
		}
		switch {
		case u == "ADJ" || u == "NUM" || u == "NOUN" && isLowerWord(w):
		case poss && isCapitalised(w) && (u == "PROPN" || u == "ADJ"):
			// "Hanoi's National Convention Center", "Hebron's Jewish enclave"
		case strings.Contains(w, "-") && !strings.HasPrefix(w, "-"):
			// "366-million-US-dollar", "hi-tech"
		default:
			return false
		}
	}
	return false
}
