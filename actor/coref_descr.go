package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Descriptor nouns for a country a story has named ("Georgia … the
// Caucasus nation", "Kuwait … the Gulf state", "Nepal … the Himalayan
// kingdom", "the oil-rich nation") and the pair the story sets against
// each other for "both sides" and "the warring parties" (session 17,
// actors2).

// countryNouns are the nouns of "the Caucasus nation".
var countryNouns = map[string]bool{"nation": true, "state": true, "kingdom": true, "republic": true,
	"country": true, "emirate": true, "sultanate": true}

// notSameCountry are modifiers that make "the … nation" another country
// than the one named ("the neighbouring state") or a part of one ("the
// northern state" of India or Nigeria), or not a country at all.
var notSameCountry = map[string]bool{"other": true, "neighbouring": true, "neighboring": true, "host": true,
	"member": true, "another": true, "federal": true, "same": true, "islamic": true, "jewish": true, "nation": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"coastal": true, "home": true, "nation-state": true, "welfare": true, "police": true, "client": true,
	"rogue": true, "failed": true, "buffer": true, "puppet": true, "first": true, "last": true, "only": true,
	"whole": true, "entire": true, "sovereign": true, "independent": true, "new": true}

// ordinals make "the second country to …" one of a series, not an anaphor.
var ordinals = map[string]bool{"next": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// countryNounMention returns the anaphor mention of "the Caucasus nation"
// whose noun is token t of sentence si: "the", one or two modifiers (a
// lower-case adjective or noun, "oil-rich", or a capitalised word that is
// no country's: "Himalayan", "Gulf", or a region the recogniser took,
// "the Caucasus") and the noun, which heads its phrase ("the state media"
// is no country). rep is the region mention it replaces, or -1. ok false:
// none.
func countryNounMention(d *doc.Document, ms []mention, inside []int, t, si int) (m mention, rep int, ok bool) {
	rep = -1
	s := d.Sentences[si]
	if nx := t + 1; nx < s.TokenEnd {
		w := d.Text[d.Tokens[nx].Start:d.Tokens[nx].End]
		u := d.Tokens[nx].UPOS
		if w == "of" || u == "NOUN" || u == "PROPN" || (u == "" && isLowerWord(w)) || strings.HasPrefix(w, "-") {
			return m, -1, false // "the state media", "the state of Texas"
		}
	}
	mods := 0
	for k := t - 1; k >= s.TokenStart && k >= t-3; k-- {
		w := d.Text[d.Tokens[k].Start:d.Tokens[k].End]
		if strings.EqualFold(w, "the") {
			if mods == 0 {
				return m, -1, false // "the state said": too often a US state or the state's own
			}
			if j := inside[k]; j >= 0 && j != rep {
				return m, -1, false
			}
			return mention{s: k, e: t + 1, sent: si, typ: "GPE", titleOnly: true, head: "nation", ante: -1}, rep, true
		}
		l := strings.ToLower(w)
		if notSameCountry[l] || ordinals[l] || len(l) > 4 && strings.HasSuffix(l, "est") && isLowerWord(w) {
			// "the latest country to abolish …", "the poorest nation in …"
			return m, -1, false
		}
		if j := inside[k]; j >= 0 {
			// a region the recogniser took ("the Caucasus", "the Gulf"):
			// the phrase replaces it; a country's word ("the Russian
			// state") is the KB's
			r := &ms[j]
			if r.e != t || (rep >= 0 && rep != j) || r.typ != "LOC" || r.actor == nil || r.actor.Code == "" {
				return m, -1, false // only a coded region: "the Miranda state" is a state of Venezuela
			}
			rep = j
			if strings.EqualFold(d.Text[d.Tokens[r.s].Start:d.Tokens[r.s].End], "the") {
				return mention{s: r.s, e: t + 1, sent: si, typ: "GPE", titleOnly: true, head: "nation", ante: -1}, rep, true
			}
			mods++
			continue
		}
		if isLowerWord(w) {
			if !nominalTag(d.Tokens[k].UPOS) && !strings.Contains(w, "-") {
				return m, -1, false
			}
		} else if !isCapitalised(w) || d.Text[d.Tokens[t].Start:d.Tokens[t].End] == "state" {
			return m, -1, false // "the Kachin state": a state of a country
		}
		mods++
	}
	return m, -1, false
}

// countryNounAnaphor is the country "the Caucasus nation" at mention i
// means: a country named (the country's own name, not a city or a person
// of it) in the nearest of its own and the three sentences before that
// names one: the subject among them, else the last. In its own sentence
// only a country in a prepositional phrase ("officers in Georgia") may be
// it: the subject acting on it is not ("Russia imposed a blockade on the
// Caucasus nation"). -1 when none.
func countryNounAnaphor(d *doc.Document, ms []mention, i int) int {
	m := &ms[i]
	best, sent := -1, -1
	for j := i - 1; j >= 0 && ms[j].sent >= m.sent-3; j-- {
		n := &ms[j]
		if sent >= 0 && n.sent != sent {
			break
		}
		if n.pronoun || n.titleOnly || n.actor == nil || n.typ != "GPE" || n.actor.Code == "" ||
			n.actor.Code != n.actor.Country || n.actor.ID != n.actor.Code {
			continue
		}
		if n.sent == m.sent && (subjectOver(d, n, m) || !inPrepPhrase(d, n)) {
			continue
		}
		if best < 0 || isSubject(d, n) {
			best, sent = j, n.sent
		}
	}
	return best
}

// warringWords open a pair phrase of sides: "the warring parties", "the
// rival factions".
var warringWords = map[string]bool{"warring": true, "rival": true, "opposing": true, "feuding": true}

// conflictWords are the words (or lemmas) of fighting that set two actors
// against each other: "X attacked Y", "an attack by X on Y", "clashes
// between X and Y".
var conflictWords = map[string]bool{"attack": true, "fight": true, "fighting": true, "clash": true,
	"shell": true, "shelling": true, "battle": true, "bomb": true, "bombard": true, "bombing": true,
	"raid": true, "ambush": true, "repel": true, "war": true, "combat": true, "offensive": true,
	"assault": true, "counterattack": true, "counter-attack": true, "skirmish": true, "hostilities": true}

// opposedPairWindow is how many sentences before "both sides" the pair set
// against each other may stand: a story states its conflict in the lead
// and calls its parties "the warring parties" paragraphs later.
const opposedPairWindow = 8

// opposedPair finds the two actors the story last set against each other
// before pair phrase i: in one sentence, two coded mentions of two sides
// where the second hangs (within three steps of the parse) on a word of
// fighting that follows the first or governs both ("Ethiopian troops
// clashed with Eritrean soldiers", "an attack by the RSF", "fighting
// between the army and the RSF"). In the phrase's own sentence the actor
// acting on the sides is none of them. It returns the two mentions in text
// order, or -1, -1.
func opposedPair(d *doc.Document, ms []mention, i int) (int, int) {
	p := &ms[i]
	for si := p.sent; si >= 0 && si >= p.sent-opposedPairWindow; si-- {
		var cand []int
		for j := 0; j < len(ms); j++ {
			m := &ms[j]
			if m.sent != si || j == i || (si == p.sent && m.e > p.s) {
				continue
			}
			if m.pronoun || m.actor == nil || m.actor.Code == "" || m.typ == "LOC" || m.plural && m.typ == "PER" && m.actor.Sector == "CVL" {
				continue
			}
			if m.actor.Sector == "CVL" || m.typ == "GPE" && m.actor.Code != m.actor.Country && locativePlace(d, m) {
				continue // civilians are no side; "in El Obeid" is a place
			}
			if si == p.sent && (subjectOver(d, m, p) || mediator(d, m)) {
				continue
			}
			cand = append(cand, j)
		}
		if a, b := opposedAmong(d, ms, cand, false); a >= 0 {
			return a, b
		}
	}
	return -1, -1
}

// opposedAmong returns the first two of the candidate mentions cand (in
// order) that are two sides set against each other (opposedBy; with fire,
// also exchangedFire), or -1, -1.
func opposedAmong(d *doc.Document, ms []mention, cand []int, fire bool) (int, int) {
	for x := 0; x < len(cand); x++ {
		for y := x + 1; y < len(cand); y++ {
			a, b := &ms[cand[x]], &ms[cand[y]]
			if sameActor(a.actor, b.actor, 'a') || sameSide(a.actor, b.actor, 'a') {
				continue
			}
			if opposedBy(d, a, b) || fire && exchangedFire(d, a, b) {
				return cand[x], cand[y]
			}
		}
	}
	return -1, -1
}

// opposedBy reports whether mention b hangs on a word of fighting that
// stands after mention a, or that governs a too.
func opposedBy(d *doc.Document, a, b *mention) bool {
	hb := spanHead(d, b.s, b.e)
	if hb < 0 {
		return false
	}
	ha := spanHead(d, a.s, a.e)
	t := hb
	for k := 0; k < 3; k++ {
		t = d.Tokens[t].Head
		if t < 0 || d.Tokens[t].Sentence != d.Tokens[hb].Sentence {
			return false
		}
		if conflictWord(d, t) {
			if t >= a.e {
				return true
			}
			return ha >= 0 && governs(d, t, ha, 3)
		}
	}
	return false
}

// conflictWord reports a word of fighting at token t.
func conflictWord(d *doc.Document, t int) bool {
	w := tokenWord(d, t)
	return conflictWords[w] || conflictWords[strings.TrimSuffix(w, "s")] || conflictWords[d.Tokens[t].Lemma]
}

// governs reports whether token g is an ancestor of token t within n steps.
func governs(d *doc.Document, g, t, n int) bool {
	for k := 0; k < n && t >= 0; k++ {
		t = d.Tokens[t].Head
		if t == g {
			return true
		}
	}
	return false
}

// inPrepPhrase reports a mention governed by a preposition ("in Georgia").
func inPrepPhrase(d *doc.Document, m *mention) bool {
	h := spanHead(d, m.s, m.e)
	return h >= 0 && caseWord(d, h, h-m.s+2) != ""
}
