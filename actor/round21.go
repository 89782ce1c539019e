package actor

// Session 34, actor round 21 (docs/KB.md, "Session 34 (actor round 21)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round21Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round21Off = map[string]bool{}

// trimWeekdaySpan drops a weekday the recogniser ran into the end of a
// body's or a place's name ("the Department of Defense Monday said",
// "Pakistani Health Ministry Monday said"), or into the start of a place's
// ("said Friday Iraq had"): wire news puts the day right after the subject,
// and no body's or place's name ends or starts with one. Not after "on"
// ("the Mail on Sunday", a paper), nor a weekday opening a body's name
// ("Sunday Mirror", "Saturday Post"). Person names are trimWeekdays' (at
// least two words stay there: "John Sunday").
func trimWeekdaySpan(words []string, n NERSpan) (NERSpan, bool) {
	if round21Off["weekdaySpans"] || n.Type == "PER" || n.End-n.Start < 2 || n.End > len(words) {
		return n, false
	}
	if weekday(words[n.End-1]) && !strings.EqualFold(words[n.End-2], "on") {
		n.End--
		return n, true
	}
	if (n.Type == "GPE" || n.Type == "LOC") && weekday(words[n.Start]) && isCapitalised(words[n.Start+1]) {
		n.Start++
		return n, true
	}
	return n, false
}

// pontiffPope reports a title mention "the pontiff" and a cluster of a
// person titled pope: the same office in other words (a KB title alias
// maps both to the religious leader's sector, but coreference matches a
// title by its own word).
func pontiffPope(c *cluster, m *mention) bool {
	if round21Off["pontiff"] || !strings.EqualFold(m.head, "pontiff") {
		return false
	}
	for _, h := range c.heads {
		if strings.EqualFold(h, "pope") {
			return true
		}
	}
	return false
}

// marketNouns after a city name make it the market's place: "Tokyo stocks
// opened higher", "Tokyo share prices fell" are the exchange's prices, not
// Japan's government acting.
var marketNouns = map[string]bool{
	"stocks": true, "shares": true, "share": true, "stock": true, "bourse": true, "equities": true,
}

// marketPlace reports a capital or city (a KB place name) right before a
// market noun: "Tokyo stocks", "Tokyo share prices". The guidelines code
// a capital as its state only when it acts or is dealt with as the state;
// here it names where shares trade. Countries and nationalities keep their
// code ("Japanese stocks" is Japan's).
func (r *Resolver) marketPlace(d *doc.Document, m *mention) bool {
	if round21Off["marketPlace"] || m.e >= len(d.Tokens) || d.Tokens[m.e].Sentence != d.Tokens[m.e-1].Sentence {
		return false
	}
	w := tokenText(d, m.e)
	if !marketNouns[w] {
		return false
	}
	if w == "share" || w == "stock" {
		// "share prices", "stock market", "stock prices": a noun must follow
		if m.e+1 >= len(d.Tokens) || !isLowerWord(tokenText(d, m.e+1)) || d.Tokens[m.e+1].UPOS != "NOUN" {
			return false
		}
	}
	start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
	return r.kb.isPlaceName(d.Text[start:end])
}

// companySuffixes end a company's name: "Daewoo Motors Co.", "Hitachi Ltd.".
var companySuffixes = map[string]bool{
	"Co.": true, "Co": true, "Corp.": true, "Corp": true, "Corporation": true, "Company": true,
	"Ltd": true, "Ltd.": true, "Limited": true, "Inc.": true, "Inc": true, "Group": true,
	"Holdings": true, "Plc": true, "PLC": true,
}

// companySuffixSpans stretches a company mention the KB coded (BUS or MNC:
// "Daewoo", "Ford Motor", "Japan's Hitachi") over the capitalised words
// after it up to a company suffix ("South Korea's Daewoo Motors Co.",
// "Ford Motor Co.", "Japan's Hitachi Ltd."): the recogniser or the KB's
// shorter name stopped before them, and the mention's head is then the
// suffix a coder marks. At most three words between; not over another
// mention, and not across a sentence.
func companySuffixSpans(d *doc.Document, ms []mention) {
	if round21Off["companySuffix"] {
		return
	}
	starts := map[int]bool{}
	for i := range ms {
		starts[ms[i].s] = true
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != "ORG" || m.pronoun || m.titleOnly || m.actor == nil || m.actor.Code == "" ||
			m.actor.Sector != "BUS" && m.actor.Sector != "MNC" || m.e >= len(d.Tokens) {
			continue
		}
		sent := d.Tokens[m.e-1].Sentence
		end := -1
		for t := m.e; t < len(d.Tokens) && t <= m.e+3 && d.Tokens[t].Sentence == sent && !starts[t]; t++ {
			w := tokenText(d, t)
			if companySuffixes[w] {
				end = t + 1
				break
			}
			if !isCapitalised(w) {
				break
			}
		}
		if end > 0 {
			m.e = end
		}
	}
}
