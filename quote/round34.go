package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Thirty-fourth round (issue 7): acts of speaking whose object is the
// audience, not what was said (docs/QUOTES.md).

// AudienceAddress keeps "address" from quoting when its object is the
// audience spoken to, a person, a body or a gathering, and no clause
// follows: "Ruto addressed the summit in Addis Ababa", "is scheduled to
// address the convention on Monday", "addressing about 100 committee
// members" made quotes whose content was the audience. Addressing an
// issue ("addressed the controversy over the levy") stays a cue, and
// so does a participle of saying after it ("addressed reporters, saying
// …"), which quotes on its own.
var AudienceAddress = true

// audienceNouns are the heads of an object of "address" that name its
// audience (AudienceAddress): gatherings, bodies and groups of people.
var audienceNouns = setOf("rally", "convention", "conference", "meeting", "summit", "session", "parliament",
	"assembly", "crowd", "audience", "gala", "congress", "nation", "country", "student", "supporter",
	"delegate", "member", "legislature", "lawmaker", "party", "gathering", "forum", "dinner", "luncheon",
	"graduate", "troop", "reporter", "journalist", "press", "people", "voter", "worker", "soldier",
	"officer", "group", "committee", "council", "chamber", "senate", "house", "union", "congregation",
	"ceremony", "event", "celebration", "cabinet", "mp", "deputy", "fan", "follower", "resident",
	"citizen", "public", "graduation", "commencement", "caucus", "delegation", "leader", "senator",
	"official", "diplomat", "minister", "governor", "mourner", "faithful", "worshipper", "crowds")

// audienceAddress reports whether v is "address" with an audience as its
// object and no clausal complement (AudienceAddress).
func (a *analysis) audienceAddress(v int) bool {
	toks := a.d.Tokens
	if !AudienceAddress || toks[v].Lemma != "address" || toks[v].UPOS != "VERB" {
		return false
	}
	if a.child(v, "ccomp", "xcomp", "parataxis") >= 0 || a.thatAfter(v) >= 0 {
		return false
	}
	o := a.child(v, "obj")
	if o < 0 || o < v {
		return false
	}
	if lo, _ := a.subtree(o); lo > v+1 {
		// "The poll addresses a question Bloomberg seemed to have
		// settled" with the name parsed as the object: the audience
		// follows the verb at once (or after an adverb).
		for t := v + 1; t < lo; t++ {
			if toks[t].UPOS != "ADV" {
				return false
			}
		}
	}
	if quantifierObjects[strings.ToLower(toks[o].Lemma)] || quantifierObjects[strings.ToLower(a.text(o))] {
		// "addressed some of the delegates": the noun of the "of" phrase
		if n := a.child(o, "nmod"); n >= 0 {
			o = n
		}
	}
	if audienceNouns[strings.ToLower(toks[o].Lemma)] {
		return true
	}
	switch a.speakerKind(o) {
	case "PER", "ORG", "NORP", "title":
		// Not a name under a common noun ("addresses a question
		// Bloomberg seemed to have settled", the name parsed as the
		// object's head).
		c := a.child(o, "compound")
		return c < 0 || toks[c].UPOS != "NOUN"
	}
	return false
}

// QuotedAs gives "quoted X as saying Y" one quote whose content is what
// was said, Y, with "quoted" as its cue and the one who quotes as its
// source, as PolNeAR marks it: "The agency quoted a ministry source as
// saying the talks had failed" quoted "a ministry source" (or "him", or
// "a ministry source as saying") with the words left to a second quote of
// "saying" or to none. A quotation after "as saying" becomes the content
// the same way ("quoted him as saying, “…”").
var QuotedAs = true

// asSpeech are the verbs of "quoted X as saying" (QuotedAs).
var asSpeech = setOf("say", "tell", "state", "add", "describe", "warn", "insist", "claim", "predict", "urge")

// quotedAs applies QuotedAs to the quotes found.
func (a *analysis) quotedAs() {
	if !QuotedAs {
		return
	}
	toks := a.d.Tokens
	for i := 0; i < len(a.quotes); i++ {
		drop := -1
		q := &a.quotes[i]
		if q.Cue == nil {
			continue
		}
		v, _ := tokenRange(toks, q.Cue.Start, q.Cue.End)
		if toks[v].Lemma != "quote" || toks[v].UPOS != "VERB" {
			continue
		}
		s := a.asSaying(v)
		if s < 0 {
			continue
		}
		lo, hi := -1, -1
		if c := a.child(s, "ccomp", "parataxis"); c > s {
			lo, hi = a.subtree(c)
		}
		kind := Indirect
		var words *doc.Span
		for j := range a.quotes {
			o := &a.quotes[j]
			if j == i || o.Cue == nil {
				continue
			}
			if t, _ := tokenRange(toks, o.Cue.Start, o.Cue.End); t != s {
				continue
			}
			// the quote "saying" made of the same words: its content
			// when no clause was found, then it goes
			if (lo < 0 || o.Kind == Direct) && o.Content.Start > toks[s].Start {
				words, kind = &o.Content, o.Kind
			}
			drop = j
		}
		if words != nil {
			q.Content, q.Kind = *words, kind
			a.quotedSpeaker(q, v, s)
			a.quotes = append(a.quotes[:drop], a.quotes[drop+1:]...)
			if drop < i {
				i-- // q moved down one place
			}
			continue
		}
		if lo < 0 || lo <= s {
			continue
		}
		for hi > lo && toks[hi].UPOS == "PUNCT" && a.inRegion[hi] < 0 {
			hi--
		}
		if kind == Indirect {
			for t := lo; t <= hi; t++ {
				if a.inRegion[t] >= 0 {
					kind = Mixed
				}
			}
		}
		q.Content, q.Kind = *a.span(lo, hi), kind
		a.quotedSpeaker(q, v, s)
		if drop >= 0 {
			a.quotes = append(a.quotes[:drop], a.quotes[drop+1:]...)
			if drop < i {
				i--
			}
		}
	}
}

// QuotedAsSpeaker makes the one quoted the source of a QuotedAs quote: in
// "The agency quoted Foreign Minister Musalia Mudavadi as saying that
// Kenya would not accept the ruling" the words are the minister's, and
// the speaker is who said them, as the contract asks ("who said what");
// the agency stays in the sentence as the one reporting. PolNeAR marks
// the agency as the source; this costs nothing on its dev set
// (docs/QUOTES.md, thirty-fourth round). Off: the agency is the source.
var QuotedAsSpeaker = true

// quotedSpeaker applies QuotedAsSpeaker to q, the quote of "quote" verb v
// whose words are said by verb s: its source becomes v's object without
// "as saying".
func (a *analysis) quotedSpeaker(q *doc.Quote, v, s int) {
	o := a.child(v, "obj")
	if !QuotedAsSpeaker || o < 0 || o >= s {
		return
	}
	lo, hi := a.subtreeExcept(o, func(k int) bool { return k >= s-1 || a.lo[k] <= s && s <= a.hi[k] })
	q.Source = a.span(lo, hi)
}

// asSaying returns the verb of saying introduced by "as" after the object
// of "quote" verb v ("quoted the minister as saying"), or -1.
func (a *analysis) asSaying(v int) int {
	toks := a.d.Tokens
	o := a.child(v, "obj")
	if o < v {
		return -1
	}
	for _, h := range [2]int{v, o} {
		for _, k := range a.kids(h) {
			if k <= o || !asSpeech[toks[k].Lemma] || toks[k].UPOS != "VERB" {
				continue
			}
			if strings.EqualFold(a.text(k-1), "as") {
				return k
			}
		}
	}
	return -1
}

// SourceOutsideQuote keeps a source named after a quotation out of it:
// "“This is a first step, not the last,” Rubio said", parsed with "not the
// last" a modifier of "Rubio", gave the source ", not the last,” Rubio".
// The source starts after a closing quotation mark before its head that
// closes an utterance (a comma, period, "?" or "!" before the mark), when
// the head itself is outside a quotation: a scare-quoted word stays in
// the source ("The “hardline” minister said").
var SourceOutsideQuote = true

// sourceAfterQuote applies SourceOutsideQuote to the source headed by s
// that starts at token lo.
func (a *analysis) sourceAfterQuote(s, lo int) int {
	if !SourceOutsideQuote || a.inRegion[s] >= 0 {
		return lo
	}
	for k := s - 1; k > lo; k-- {
		switch a.text(k) {
		case "\"", "”", "''":
			switch a.text(k - 1) {
			case ",", ".", "?", "!":
				return k + 1
			}
		}
	}
	return lo
}
