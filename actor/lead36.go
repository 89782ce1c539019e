package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 36's lead round (docs/KB.md, "Session 36 (lead)").

// noLatterFormer switches off "the latter" and "the former" (tests only).
var noLatterFormer bool

// noIDBeforeSurname switches off the rule in findNamed (coref.go) that a
// one-word name the KB gives a person the story named fully joins that
// person's cluster, not a later cluster sharing only the surname: "US
// President George W. Bush … Bush's wife Laura Bush … Bush said" was Laura
// Bush's, so the president's later words and deeds were an elite's (USAELI).
var noIDBeforeSurname bool

// latterMention returns the mention of "the latter" or "the former" standing
// alone at token t (no noun after it: "protesting the latter's visits",
// "the former said"; not "the former president"), and whether there is one.
func latterMention(d *doc.Document, t, si int, l string) (mention, bool) {
	if noLatterFormer || l != "latter" && l != "former" || t == 0 || t <= d.Sentences[si].TokenStart {
		return mention{}, false
	}
	if !strings.EqualFold(d.Text[d.Tokens[t-1].Start:d.Tokens[t-1].End], "the") {
		return mention{}, false
	}
	if t+1 < d.Sentences[si].TokenEnd {
		switch d.Tokens[t+1].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			return mention{}, false
		}
	}
	return mention{s: t - 1, e: t + 1, sent: si, typ: "PER", pronoun: true, head: l, ante: -1}, true
}

// latterFormer resolves "the latter" or "the former" at mention i to the
// second or the first of the last two actors named before it, in its own
// sentence or the one before ("Ruto met Abiy, protesting the latter's
// visits": Abiy). Two mentions of one actor count once. Pronouns are no
// antecedents. It reports whether the mention was resolved.
func latterFormer(d *doc.Document, ms []mention, of []int, i int) bool {
	m := &ms[i]
	var pick [2]int // the nearest actor mention, then the one before
	n := 0
	for j := i - 1; j >= 0 && n < 2; j-- {
		o := &ms[j]
		if o.sent < m.sent-1 {
			break
		}
		if o.pronoun || o.actor == nil || o.actor.Code == "" && o.typ != "PER" || o.e > m.s || o.location {
			continue
		}
		if o.typ != "PER" && o.typ != "ORG" && o.s > 0 && placeWords[strings.ToLower(d.Text[d.Tokens[o.s-1].Start:d.Tokens[o.s-1].End])] {
			continue // "met Museveni in Nairobi": a place, no party
		}
		if n == 1 && sameActor(o.actor, ms[pick[0]].actor, 'a') {
			continue
		}
		if n == 1 && (o.s >= ms[pick[0]].s && o.e <= ms[pick[0]].e || ms[pick[0]].s >= o.s && ms[pick[0]].e <= o.e) {
			continue // one inside the other ("Kenyan" of "Kenyan President X")
		}
		pick[n] = j
		n++
	}
	if n < 2 {
		return false
	}
	j := pick[0]
	if m.head == "former" {
		j = pick[1]
	}
	a := *ms[j].actor
	a.Mention = nil
	m.actor, m.ante, of[i] = &a, j, of[j]
	if ms[j].typ != "" {
		m.typ = ms[j].typ
	}
	return true
}

// placeWords are prepositions before a place named as where, whence or
// whither, not as a party.
var placeWords = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "into": true, "across": true, "around": true, "inside": true, "outside": true}

// noBasedKnownOutlet switches off basedKnownOutlets (tests only).
var noBasedKnownOutlet bool

// basedKnownOutlets recodes a media outlet the KB knows under another
// country when the story places it: "<place>-based" right before its name,
// an outlet's noun between them or not ("Seoul-based MBC issued a
// statement" was Saudi MBC, SAUMED; "the Johannesburg-based newspaper The
// Star"). The place's country wins; its code is that country's MED.
// basedCompanies (round18.go) does this for outlets the KB does not know.
func (r *Resolver) basedKnownOutlets(d *doc.Document, ms []mention) {
	if noBasedKnownOutlet {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.actor == nil || m.actor.Sector != "MED" || m.actor.Country == "" {
			continue
		}
		sent0 := d.Sentences[m.sent].TokenStart
		k := m.s - 1
		if k >= sent0 && tokenText(d, k) == "The" {
			k--
		}
		for n := 0; n < 2 && k >= sent0 && isLowerWord(tokenText(d, k)) && (outletNouns[tokenText(d, k)] || n == 1); n++ {
			k-- // "newspaper", "daily", "English daily"
		}
		if k < sent0 || !strings.HasSuffix(tokenText(d, k), "-based") {
			continue
		}
		c := r.companyPlace(strings.TrimSuffix(tokenText(d, k), "-based"), d.Date)
		if c == "" || c == m.actor.Country {
			continue
		}
		a := *m.actor
		a.Country, a.Code, a.ID = c, c+"MED", ""
		m.actor = &a
	}
}
