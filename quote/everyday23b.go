package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 23's second everyday round (stories of a Security
// Council vote, a tariff dispute and an earthquake abroad; docs/EVENTS.md
// "Everyday round 23b"). EverydayQuotes23b switches them off.
var EverydayQuotes23b = true

// everydayAct23b reports whether cue v is a naming, no saying: "the
// mission, known as Unifil," or "a group known locally as the Hawks" gives
// the name something goes by, not anyone's words.
func (a *analysis) everydayAct23b(v int) bool {
	if !EverydayQuotes23b {
		return false
	}
	toks := a.d.Tokens
	if toks[v].Lemma != "know" || strings.ToLower(a.text(v)) != "known" {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+3 && toks[k].Sentence == toks[v].Sentence; k++ {
		switch strings.ToLower(a.text(k)) {
		case "as":
			return true
		case "locally", "widely", "commonly", "officially", "also", "formally", "popularly":
		default:
			return false
		}
	}
	return false
}

// officeNouns are the heads of a possessed source that speaks for its
// possessor ("his office said", "her spokeswoman said"), unlike "her
// lawyer" or "his son".
var officeNouns = map[string]bool{
	"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// ownOffice reports whether source src is a possessive pronoun and an
// office noun speaking for the pronoun's person ("his office"): the
// possessor is the speaker.
func ownOffice(d *doc.Document, src doc.Span) bool {
	if !EverydayQuotes23b {
		return false
	}
	t0, t1 := tokenRange(d.Tokens, src.Start, src.End)
	if t1-t0 < 2 || t1-t0 > 3 {
		return false
	}
	tk := d.Tokens[t0]
	if tk.UPOS != "PRON" || !(tk.XPOS == "PRP$" || tk.Deprel == "nmod:poss") {
		return false
	}
	last := strings.ToLower(d.Text[d.Tokens[t1-1].Start:d.Tokens[t1-1].End])
	return officeNouns[last] && (t1-t0 == 2 || strings.EqualFold(d.Text[d.Tokens[t0+1].Start:d.Tokens[t0+1].End], "press"))
}

// sameHeadSpeaker gives a source that is "the" and a common noun ("the
// mission said", "the commission urged") the speaker of the nearest
// earlier quote whose source ends in the same noun, its head, and has a
// coded speaker ("the African Union's observer mission said ..."): the
// same body named again; nil when there is none within three sentences.
func sameHeadSpeaker(d *doc.Document, src doc.Span, earlier []doc.Quote) *doc.Actor {
	if !EverydayQuotes23b {
		return nil
	}
	t0, t1 := tokenRange(d.Tokens, src.Start, src.End)
	if t1 != t0+2 || !strings.EqualFold(d.Text[d.Tokens[t0].Start:d.Tokens[t0].End], "the") || d.Tokens[t0+1].UPOS != "NOUN" {
		return nil
	}
	head := strings.ToLower(d.Text[d.Tokens[t0+1].Start:d.Tokens[t0+1].End])
	if titles[head] {
		return nil
	}
	sent := d.Tokens[t0].Sentence
	for i := len(earlier) - 1; i >= 0; i-- {
		q := &earlier[i]
		if q.Source == nil || q.Source.End > src.Start {
			continue
		}
		q0, q1 := tokenRange(d.Tokens, q.Source.Start, q.Source.End)
		if q1 <= q0 {
			continue
		}
		if sent-d.Tokens[q0].Sentence > 3 {
			return nil
		}
		if q.Speaker == nil || q.Speaker.Code == "" {
			continue
		}
		if strings.ToLower(d.Text[d.Tokens[q1-1].Start:d.Tokens[q1-1].End]) != head || q1-q0 < 3 {
			continue
		}
		if h := d.Tokens[q1-1].Head; h >= q0 && h < q1 {
			continue // "an official of the union": the official spoke, not the union
		}
		a := *q.Speaker
		m := doc.Mention{Start: src.Start, End: src.End, Text: src.Text}
		a.Mention = &m
		return &a
	}
	return nil
}
