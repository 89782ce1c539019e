package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the sixteenth round (issue 7, session 14: the source), each a
// switch read from PolNeAR errors (docs/QUOTES.md).

// QuotedSpeaker lets SpeakerLine take a transcript line that opens with a
// quotation mark before the speaker's name ("“KAMAU: Let's start with
// the port …", a transcript quoted paragraph by paragraph): the name is
// the source, the colon the cue, the rest of the paragraph the content,
// and the quotation the mark opens is the line's, so that the cues inside
// it are nested (CueNested) rather than quotes of their own.
var QuotedSpeaker = true

// openingMark reports whether w is a quotation mark that may open a
// quotation (straight or opening curly).
func openingMark(w string) bool {
	switch w {
	case "\"", "“", "``", "''":
		return true
	}
	return false
}

// PartyTag lets the search for a named speaker before a cue without a
// subject (leftNamed) step over a short parenthesis right after a name,
// the party and state tag of American news ("Sen. Amina Juma (D-Ohio)
// called on …", "Gov. Paul Otieno (R) said …"): the parenthesis had
// stopped the search.
var PartyTag = true

// tagOpen returns the opening parenthesis of the short parenthesis that
// closes at token c, when it holds one to four tokens and follows a proper
// noun at or after start; otherwise -1.
func (a *analysis) tagOpen(c, start int) int {
	for p := c - 1; p > start && p >= c-5; p-- {
		switch a.text(p) {
		case "(":
			if p == c-1 || a.d.Tokens[p-1].UPOS != "PROPN" {
				return -1
			}
			return p
		case ")", ",", ";", ":":
			return -1
		}
	}
	return -1
}

// PronounPredicate drops the source of a predicate adjective or noun cue
// when it is a lone "it", "this" or "that": "It is not clear why …", "It
// was a report by the paper that …", "That is the hope of …": the subject
// of the copula holds no view; who does is left unsaid (or is the noun's
// own possessor, which another rule finds). PolNeAR train: 20 such
// sources, none right.
var PronounPredicate = true

// pronounPredicate applies PronounPredicate to the quotes found.
func (a *analysis) pronounPredicate() {
	if !PronounPredicate {
		return
	}
	toks := a.d.Tokens
	for i := range a.quotes {
		q := &a.quotes[i]
		if q.Source == nil || q.Cue == nil {
			continue
		}
		if w := q.Source.Text; !strings.EqualFold(w, "it") && !strings.EqualFold(w, "this") && !strings.EqualFold(w, "that") {
			continue
		}
		s0, s1 := tokenRange(toks, q.Source.Start, q.Source.End)
		if s1 != s0+1 || toks[s0].UPOS != "PRON" {
			continue
		}
		c0, c1 := tokenRange(toks, q.Cue.Start, q.Cue.End)
		pred := false
		for t := c0; t < c1; t++ {
			switch toks[t].UPOS {
			case "VERB":
				pred = false
				t = c1
			case "ADJ", "NOUN":
				pred = true
			}
		}
		if pred {
			q.Source = nil
		}
	}
}

// DashSpeaker attributes a quotation that opens its line and is followed
// on it by a dash and a name that ends the line, the convention of epigraphs, pull quotes and
// readers' comments ("“We will not back down.” ― Amina Juma"): the name
// is the source, the dash the cue.
var DashSpeaker = true

// dashes are the marks that introduce a DashSpeaker name.
var dashes = map[string]bool{"―": true, "—": true, "–": true, "--": true, "-": true}

// dashSpeaker returns the quote DashSpeaker makes of region r, if any.
func (a *analysis) dashSpeaker(r *region) (doc.Quote, bool) {
	if !DashSpeaker {
		return doc.Quote{}, false
	}
	toks := a.d.Tokens
	text := a.d.Text
	if ls := strings.LastIndexByte(text[:r.start], '\n'); strings.TrimSpace(text[ls+1:r.start]) != "" {
		// The quotation opens its line: not a byline after a sentence
		// ("… “still the first party.”--Amina Juma").
		return doc.Quote{}, false
	}
	k := r.t1
	for k < len(toks) && toks[k].End <= r.end {
		k++
	}
	// the dash (one or two tokens), on the quotation's line
	d0 := k
	for k < len(toks) && k < d0+2 && dashes[a.text(k)] {
		k++
	}
	if k == d0 || k >= len(toks) || strings.ContainsRune(text[r.end:toks[k].Start], '\n') {
		return doc.Quote{}, false
	}
	// the name: one to five capitalised words, then the end of the line
	// (a full stop allowed)
	n0 := k
	for k < len(toks) && k < n0+6 && !strings.ContainsRune(text[toks[k-1].End:toks[k].Start], '\n') {
		w := a.text(k)
		if w == "." {
			break
		}
		if c := w[0]; c < 'A' || c > 'Z' || toks[k].UPOS == "VERB" {
			return doc.Quote{}, false
		}
		k++
	}
	n1 := k
	if k < len(toks) && a.text(k) == "." {
		k++
	}
	if n1 == n0 || n1-n0 > 5 || k < len(toks) && !strings.ContainsRune(text[toks[k-1].End:toks[k].Start], '\n') {
		return doc.Quote{}, false
	}
	cue := a.d.SpanOf(toks[d0].Start, toks[n0-1].End)
	return doc.Quote{Cue: &cue, Source: a.span(n0, n1-1), Kind: Direct}, true
}

// CurlyOpen lets a closing curly mark that opens a word, with no
// quotation open, open one: ”The port is ours.” is a typing slip for “…”.
var CurlyOpen = true

// ColonSplit lets the headline and transcript-line rules take a name and
// its colon that the segmenter made a sentence of their own ("Otieno:" |
// "My port plans are not set in stone."): the next sentence of the line is
// what was said.
var ColonSplit = true

// MixedMarks pairs a curly quotation mark with a straight one where a
// paper mixed them (“We will win," she said. "The port is ours.”): a
// straight mark shaped as a closing one (after a word, before a space or
// the paragraph's end) closes an open curly quotation, and one shaped as
// an opening one, with no quotation open, opens a quotation that a curly
// closing mark later in the paragraph ends before any other straight mark.
// Without it the whole stretch was one quotation and the cue between the
// two parts was lost.
var MixedMarks = true

// mixedMark returns +1 or -1 when the straight mark at byte i of paragraph
// p opens or closes a curly quotation (MixedMarks), 0 otherwise.
func (a *analysis) mixedMark(i int, p doc.Paragraph, open bool) int {
	text := a.d.Text
	before := i > p.Start && !isSpace(text[i-1])
	after := i+1 < p.End && !isSpace(text[i+1])
	switch {
	case open && before && !after:
		return -1
	case !open && !before && after:
		for j := i + 1; j < p.End; j++ {
			if text[j] == '"' {
				return 0
			}
			if strings.HasPrefix(text[j:], closeCurly) {
				return 1
			}
		}
	}
	return 0
}

// tagClose returns the closing parenthesis of the short parenthesis that
// opens at token o after a proper noun at or after start (PartyTag: one to
// four tokens inside), or -1.
func (a *analysis) tagClose(o, start int) int {
	if !PartyTag || a.text(o) != "(" || o <= start || a.d.Tokens[o-1].UPOS != "PROPN" {
		return -1
	}
	for c := o + 2; c < len(a.d.Tokens) && c <= o+5; c++ {
		switch a.text(c) {
		case ")":
			return c
		case "(", ",", ";", ":":
			return -1
		}
	}
	return -1
}

// TitleQuote keeps a title in quotation marks (a few capitalised words)
// right after a preposition or a possessive from being a direct quote of
// the cue after it: `On CBS's “Face the
// Kenyans,” Otieno said …`, `in an interview with “Kenya Tonight,” she
// said …` name a programme or a work, and the words said are elsewhere.
var TitleQuote = true

// titleQuote reports whether quotation r is a title that follows a
// preposition or a possessive marker at once.
func (a *analysis) titleQuote(r *region) bool {
	o := r.t0 - 1 // the opening mark
	for o >= 0 && a.d.Tokens[o].End > r.start {
		o--
	}
	if o < 0 || a.inRegion[o] >= 0 {
		return false
	}
	tk := a.d.Tokens[o]
	if !(tk.UPOS == "ADP" || tk.XPOS == "POS" || a.text(o) == "'s" || a.text(o) == "’s") {
		return false
	}
	// A title: a few words, capitalised but for function words.
	n := 0
	for t := r.t0; t < r.t1; t++ {
		w := a.d.Tokens[t]
		if w.UPOS == "PUNCT" {
			continue
		}
		n++
		switch c := a.text(t)[0]; {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case w.UPOS == "DET" || w.UPOS == "ADP" || w.UPOS == "CCONJ" || w.UPOS == "PART":
		default:
			return false
		}
	}
	return n > 0 && n <= 6
}

// taggedInside reports whether the name that starts at token lo, found by
// PartyTag behind its tag, stands inside a phrase governed by a
// preposition or a verb ("an expert for the Confederation of Kenyan
// Industry (CKI)", "who heads the Mwangi Party (MP)"): the speaker is the
// noun that phrase belongs to, not the tagged name.
func (a *analysis) taggedInside(lo, start int) bool {
	toks := a.d.Tokens
	for t := lo - 1; t >= start; t-- {
		switch toks[t].UPOS {
		case "PROPN", "DET", "ADJ", "NOUN", "NUM":
			continue
		case "PART":
			if toks[t].XPOS == "POS" {
				continue
			}
		case "ADP":
			if w := a.text(t - 1); strings.EqualFold(a.text(t), "of") && t > start && w[0] >= 'A' && w[0] <= 'Z' {
				// inside the name: "the Confederation of Kenyan
				// Industry (CKI)"
				continue
			}
			return true
		case "VERB", "AUX", "PRON", "SCONJ":
			return true
		}
		if w := a.text(t); w == "'" || w == "’" {
			continue
		}
		return false
	}
	return false
}
