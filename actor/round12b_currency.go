package actor

// Session 23, actor round 12b: a country's word on a currency names no
// actor (docs/KB.md, "Session 23, actor round 12b"; delivered apart from
// the round's patch: see there for the one event it costs).

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// currencyWords are money's nouns, singular and plural: the country word
// written on them names no actor ("US dollars", "Singapore dollars").
var currencyWords = map[string]bool{}

func init() {
	for _, w := range []string{"dollar", "euro", "yen", "pound", "yuan", "renminbi", "rupee", "ruble",
		"rouble", "franc", "peso", "shilling", "dinar", "riyal", "rial", "rand", "lira", "krona", "krone",
		"naira", "baht", "ringgit", "rupiah", "dirham", "cedi", "kwacha", "zloty", "forint", "hryvnia",
		"taka", "dong"} { // not "won": "X of Japan won the race"
		currencyWords[w] = true
		currencyWords[w+"s"] = true
	}
}

// currencyCountries leaves without an actor a bare country or nationality
// word written before a currency's noun ("paid 40 million US dollars",
// "a fine of 900 Singapore dollars"): the guidelines leave currencies
// unscored, and the country is no party to what the money is for.
func currencyCountries(d *doc.Document, ms []mention) {
	for i := range ms {
		if currencyCountry(d, &ms[i]) {
			ms[i].privateModifier = true
		}
	}
}

// currencyCountry reports a bare country or nationality word written
// before a currency's noun (currencyCountries). The story's country
// (storyCountry, oneStoryCountry) does not count it either: "200,000 yuan
// (25,000 U.S. dollars)" does not make a Chinese story one about two
// countries (session 26).
func currencyCountry(d *doc.Document, m *mention) bool {
	if m.actor == nil || m.actor.Code == "" || m.pronoun || m.typ == "PER" || m.e >= d.Sentences[m.sent].TokenEnd {
		return false
	}
	if m.actor.Code != m.actor.Country {
		return false // only a bare country's or people's code
	}
	// "40 million US dollars"; "(6.6 million US)", a converted
	// amount with its noun left out: left coded, it became the
	// target of a court's fine once the first currency's country
	// was uncoded. Not a year's "US" ("the 2003 US and British
	// invasion"), and only with the amount closing there
	// (session 23, helper currency)
	return currencyWords[strings.ToLower(tokenText(d, m.e))] ||
		m.e-m.s == 1 && (tokenText(d, m.s) == "US" || tokenText(d, m.s) == "U.S.") && m.s > d.Sentences[m.sent].TokenStart &&
			amountWord(tokenText(d, m.s-1)) && !yearWord(tokenText(d, m.s-1)) && closesAmount(tokenText(d, m.e))
}

// amountWord is a number or a number's scale word ("6.6", "million").
func amountWord(w string) bool {
	switch strings.ToLower(w) {
	case "million", "billion", "trillion", "thousand", "hundred", "mln", "bln":
		return true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// yearWord is a year written as four digits ("2003"): a year before "US"
// is no amount of money.
func yearWord(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// closesAmount reports whether the word after an amount's "US" ends the
// amount: a closing bracket or punctuation ("(14,000 US)", "14,000 US."),
// not a word that carries the phrase on ("5,000 US troops").
func closesAmount(w string) bool {
	switch w {
	case ")", ",", ".", ";", ":":
		return true
	}
	return false
}
