package actor

// Session 23, actor round 12b: a third-person pronoun inside a quotation
// is not the quotation's speaker (docs/KB.md, "Session 23, actor round
// 12b").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// quoteSpan is a quotation's byte span [open, close) between its marks,
// close at the closing mark (or at the paragraph's end when it has none).
// closed: the span ended at a closing mark (a speaker may follow it).
type quoteSpan struct {
	open, close int
	closed      bool
}

// quoteSpans finds the document's quotations, paragraph by paragraph. A
// paragraph left open continues in the next one when that one opens with
// a mark (the press's way of quoting over several paragraphs); the span
// then closes at that paragraph's closing mark.
func quoteSpans(text string) []quoteSpan {
	var out []quoteSpan
	open := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			if open < 0 {
				continue
			}
			// the next paragraph's first character
			j := i
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && quoteMark(text, j) > 0 {
				i = j + quoteMark(text, j) - 1 // the continuing paragraph's mark: still open
				continue
			}
			out = append(out, quoteSpan{open, i, false})
			open = -1
		case quoteMark(text, i) > 0:
			n := quoteMark(text, i)
			if open < 0 {
				open = i + n
			} else {
				out = append(out, quoteSpan{open, i, true})
				open = -1
			}
			i += n - 1
		}
	}
	if open >= 0 {
		out = append(out, quoteSpan{open, len(text), false})
	}
	return out
}

// quoteMark is the byte length of a double quotation mark at text[i] (0 none).
func quoteMark(text string, i int) int {
	if text[i] == '"' {
		return 1
	}
	if strings.HasPrefix(text[i:], "\u201c") || strings.HasPrefix(text[i:], "\u201d") {
		return 3
	}
	return 0
}

// speechVerbs attribute a quotation to its speaker.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"stressed": true, "explained": true, "insisted": true, "noted": true, "recalled": true,
	"quoted": true, "declared": true, "stated": true, "asserted": true, "remarked": true,
	"continued": true, "concluded": true, "argued": true, "warned": true,
}

// quoteSpeaker is the cluster of the named speaker of the quotation around
// pronoun mention i, or -1: "\"He wants peace,\" Ms X said" or "Ms X said:
// \"He wants peace.\"" — there "he" is not X, whom her own words would call
// "I". Only a speaker written with a name (or a title of a named person)
// and already in a cluster counts; a pronoun speaker ("…," she said) is
// resolved after the quotation's pronouns and is left alone.
func quoteSpeaker(d *doc.Document, ms []mention, of []int, spans []quoteSpan, i int) int {
	p := &ms[i]
	switch p.head {
	case "he", "him", "his", "she", "her", "himself", "herself":
	default:
		return -1
	}
	at := d.Tokens[p.s].Start
	for _, q := range spans {
		if at < q.open || at >= q.close {
			continue
		}
		if !q.closed {
			// a paragraph left open and not continued: what follows
			// is a new sentence, not the attribution ("X said he …")
			return speakerBefore(d, ms, of, q.open)
		}
		if c := speakerAfter(d, ms, of, q.close); c >= 0 {
			return c
		}
		return speakerBefore(d, ms, of, q.open)
	}
	return -1
}

// tokenAt is the first token starting at or after byte b (len(d.Tokens) none).
func tokenAt(d *doc.Document, b int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// mentionAt is the mention starting at token t (-1 none).
func mentionAt(ms []mention, t int) int {
	for j := range ms {
		if ms[j].s == t {
			return j
		}
	}
	return -1
}

// speakerAfter reads "…," X said / "…," said X after a closing mark at
// byte close.
func speakerAfter(d *doc.Document, ms []mention, of []int, close int) int {
	t := tokenAt(d, close)
	for t < len(d.Tokens) && isQuoteOrComma(d, t) {
		t++
	}
	if t >= len(d.Tokens) || strings.Contains(d.Text[close:d.Tokens[t].Start], "\n") {
		return -1 // the attribution is in the quotation's paragraph
	}
	if speechVerbs[tokenWord(d, t)] {
		// said X
		return namedSpeaker(ms, of, mentionAt(ms, t+1))
	}
	j := mentionAt(ms, t)
	if j < 0 || ms[j].e >= len(d.Tokens) || !speechVerbs[tokenWord(d, ms[j].e)] {
		return -1
	}
	return namedSpeaker(ms, of, j)
}

// speakerBefore reads X said: "…" / X said "…" before an opening mark at
// byte open.
func speakerBefore(d *doc.Document, ms []mention, of []int, open int) int {
	t := tokenAt(d, open) - 1 // the opening mark's token
	for t >= 0 && d.Tokens[t].Start >= open-3 && d.Tokens[t].Start < open {
		t--
	}
	for t >= 0 && (tokenText(d, t) == ":" || tokenText(d, t) == ",") {
		t--
	}
	if t < 1 || !speechVerbs[tokenWord(d, t)] {
		return -1
	}
	for j := range ms {
		if ms[j].e == t {
			return namedSpeaker(ms, of, j)
		}
	}
	return -1
}

func namedSpeaker(ms []mention, of []int, j int) int {
	if j < 0 || ms[j].pronoun || ms[j].typ != "PER" || of[j] < 0 {
		return -1
	}
	return of[j]
}

func isQuoteOrComma(d *doc.Document, t int) bool {
	switch tokenText(d, t) {
	case ",", "\"", "''", "``", "\u201c", "\u201d":
		return true
	}
	return false
}

// companyNameNouns end a company's name as a noun: "Kisumu Sugar Company",
// "Andes Mining Corporation", "Harbour Holdings", "Lakeside Airlines".
// storyCompanies (round12.go) codes an unknown one BUS of the story's one
// country, as it does names ending in a legal form; the news golds code
// such companies so (a Nigerian airline, a Chinese colliery).
var companyNameNouns = map[string]bool{
	"Company": true, "Corporation": true, "Holdings": true, "Airlines": true, "Airways": true,
	"Securities": true, "Industries": true, "Colliery": true,
}

// companyNotBusiness are words that make a name ending in a company noun a
// broadcaster or a press body ("X Broadcasting Corporation": MED), not a
// business for storyCompanies.
var companyNotBusiness = map[string]bool{
	"Broadcasting": true, "Television": true, "Radio": true, "News": true, "Press": true, "Publishing": true,
}

// companyNounName reports a mention of two or more words whose last one is
// a company noun, with no broadcaster's word in it.
func companyNounName(d *doc.Document, m *mention) bool {
	if m.e-m.s < 2 || !companyNameNouns[tokenText(d, m.e-1)] && !businessGroup(d, m) {
		return false
	}
	for k := m.s; k < m.e-1; k++ {
		if companyNotBusiness[tokenText(d, k)] {
			return false
		}
	}
	return true
}
