package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Resolve returns the speaker of a quote whose source mention is src, given
// the quotes found before it in the document. It is the one place speakers
// are decided, so that a coreference module can replace it:
//
//  1. an entity inside the source span gives its actor (a person first);
//  2. a pronoun (he, she, I, …) or a title without a name ("the president",
//     "the Indonesian leader"; not "a spokesman", someone not named before)
//     refers to the most recent person before it:
//     a PER entity, or the named speaker of an earlier quote, whichever is
//     nearer;
//  3. a source naming someone the knowledge base does not know (proper
//     nouns) is an actor named by its mention;
//  4. anything else has no speaker.
func Resolve(d *doc.Document, src doc.Span, earlier []doc.Quote) *doc.Actor {
	var best *doc.Entity
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start >= src.End || e.End <= src.Start {
			continue
		}
		if best == nil || (e.Type == "PER" && best.Type != "PER") {
			best = e
		}
	}
	if best != nil {
		return entityActor(best)
	}
	toks := d.Tokens
	t0, t1 := tokenRange(toks, src.Start, src.End)
	proper, anaphor, indefinite := -1, false, false
	for t := t0; t < t1; t++ {
		w := strings.ToLower(d.Text[toks[t].Start:toks[t].End])
		switch {
		case toks[t].UPOS == "PROPN" && proper < 0:
			proper = t
		case toks[t].UPOS == "PRON" && personPronouns[w]:
			anaphor = true
		case toks[t].UPOS == "NOUN" && titles[w] && !indefinite:
			anaphor = true
		case toks[t].UPOS == "DET" && (w == "a" || w == "an" || w == "another"):
			// "a spokesman said": someone new, not the person named before
			indefinite = true
		}
	}
	if proper >= 0 {
		e := proper
		for e < t1 && toks[e].UPOS == "PROPN" {
			e++
		}
		m := doc.Mention{Start: toks[proper].Start, End: toks[e-1].End, Text: d.Text[toks[proper].Start:toks[e-1].End]}
		return &doc.Actor{Name: m.Text, Mention: &m}
	}
	if !anaphor {
		return nil
	}
	// The most recent person before the source.
	var ant *doc.Actor
	antEnd := -1
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type == "PER" && e.End <= src.Start && e.End > antEnd {
			ant, antEnd = entityActor(e), e.End
		}
	}
	for _, q := range earlier {
		s := q.Speaker
		if s != nil && s.Mention != nil && s.Mention.End <= src.Start && s.Mention.End > antEnd {
			if isPersonActor(d, s) {
				cp := *s
				ant, antEnd = &cp, s.Mention.End
			}
		}
	}
	return ant
}

// isPersonActor reports whether an earlier speaker names a person: a PER
// entity's actor, or a proper name the knowledge base does not know.
func isPersonActor(d *doc.Document, a *doc.Actor) bool {
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start == a.Mention.Start && e.End == a.Mention.End {
			return e.Type == "PER"
		}
	}
	return a.ID == "" && a.Code == ""
}

// entityActor is a copy of the entity's actor with the entity as its
// mention, or an actor named by the mention when the entity has none.
func entityActor(e *doc.Entity) *doc.Actor {
	m := doc.Mention{Start: e.Start, End: e.End, Text: e.Text}
	if e.Actor == nil {
		return &doc.Actor{Name: e.Text, Mention: &m}
	}
	cp := *e.Actor
	cp.Mention = &m
	return &cp
}
