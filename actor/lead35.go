package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 35's lead round (docs/KB.md, "Session 35 (lead)").

// noArticleSurname switches off articleSurname (tests only).
var noArticleSurname bool

// arabicArticles are the forms of the Arabic article a family name may
// carry joined by a hyphen ("al-Khalifa", "el-Sisi", "ash-Shara"), which a
// story drops when it repeats the name ("Khalifa said").
var arabicArticles = []string{"al-", "el-", "al'", "as-", "ash-", "ad-", "ar-", "at-", "az-", "an-", "es-", "ed-", "er-", "et-", "ez-", "en-"}

// articleSurname is a lower-cased, folded name word without its Arabic
// article ("al-khalifa" → "khalifa"), or "" when it has none or the rest
// is too short to be a name.
func articleSurname(w string) string {
	if noArticleSurname {
		return ""
	}
	return articleRest(w)
}

// articleRest is name word w without its Arabic article, as written
// ("al-Batsh" → "Batsh"), or "" when it has none or the rest is too
// short to be a name (articleSurname; joinArticleSurname, everyday36.go).
func articleRest(w string) string {
	for _, a := range arabicArticles {
		if len(w) > len(a)+2 && strings.HasPrefix(w, a) {
			return w[len(a):]
		}
	}
	return ""
}

// sameSurname reports whether the folded, lower-cased name word full ends
// a name the one-word repeat key stands for: the word itself or the word
// without its article ("Khalifa" of "Majzoub al-Khalifa").
func sameSurname(full, key string) bool {
	return full == key || key != "" && articleSurname(full) == key
}

// noBodyNamedPerson switches off bodyNamedPerson (tests only).
var noBodyNamedPerson bool

// bodyHeads are head words that make a name a body's, not a person's.
var bodyHeads = map[string]bool{"Movement": true, "Army": true, "Front": true, "Council": true, "Party": true,
	"Organization": true, "Organisation": true, "Brigade": true, "Brigades": true, "Union": true, "Alliance": true,
	"League": true, "Congress": true, "Committee": true}

// bodyNamedPerson reports a name the KB lists among people although its
// head word names a body: PETRARCH's country dictionaries list parties
// and movements beside leaders ("Sudan People's Liberation Movement"),
// so the KB's person type would make the entity a person, and a person's
// name spells no acronym ("(SPLM)" was left uncoded). The head is the last
// word, or the word before the first "of" or "for" ("Supreme Council of
// the …"), and not the name's first word. Called for every person the
// KB names, so the words are walked without building a slice.
func bodyNamedPerson(name string) bool {
	if noBodyNamedPerson {
		return false
	}
	head, n := "", 0 // the head so far and its place among the words
	for w := range strings.FieldsSeq(name) {
		if n > 0 && (w == "of" || w == "for") {
			break
		}
		head = w
		n++
	}
	return n > 1 && bodyHeads[head]
}

// noHostedMission switches off hostedMissions (tests only).
var noHostedMission bool

// hostedMissions mends an embassy or consulate coded as the country it
// sits in ("the Chinese Foreign Ministry and Embassy in Malaysia expressed
// concern": the embassy is China's, not Malaysia's government). A mission
// is a country's presence abroad, so the place after "in" never says whose
// it is. A mission that is the next conjunct of a mention of another
// country ("A's ministry and embassy in B") is that country's government;
// otherwise the text does not say whose it is, and it stays uncoded rather
// than the host's.
func (r *Resolver) hostedMissions(d *doc.Document, ms []mention) {
	if noHostedMission {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.actor == nil || m.actor.Country == "" || !foreignMission(d, m) {
			continue
		}
		host := m.actor.Country
		if !r.kb.namesAfterIn(d, m, host) || m.s == 0 || !strings.EqualFold(tokenText(d, m.s-1), "and") && !isMissionDeterminer(tokenText(d, m.s-1)) {
			continue
		}
		a := &doc.Actor{Name: m.actor.Name}
		for j := i - 1; j >= 0 && ms[j].sent == m.sent; j-- {
			o := &ms[j]
			if o.e+1 != m.s || !strings.EqualFold(tokenText(d, o.e), "and") {
				continue
			}
			if o.actor != nil && o.actor.Country != "" && o.actor.Country != host && !o.pronoun {
				c := o.actor.Country
				a = &doc.Actor{Name: m.actor.Name, Country: c, Sector: "GOV", Code: c + "GOV"}
			}
			break
		}
		m.actor = a
	}
}

// isMissionDeterminer reports a word before a mission that names no
// country of its own ("the", "its", "an"): "the embassy in Malaysia".
func isMissionDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "its", "their", "an", "his", "her":
		return true
	}
	return false
}

// namesAfterIn reports whether the words after "in" in mention m name
// country c or a place the KB knows as c's ("embassy in Malaysia",
// "consulate in Karachi").
func (k *KB) namesAfterIn(d *doc.Document, m *mention, c string) bool {
	name := afterIn(d, m)
	if name == "" {
		return false
	}
	for _, ai := range k.lookupAliases(name) {
		if k.entries[k.aliases[ai].entry].country == c {
			return true
		}
	}
	return false
}
