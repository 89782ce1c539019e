package actor

import (
	"github.com/dyadproject/dyad/doc"
)

// Resolve finds the actor mentions of a document by dictionary: the KB's
// names matched over each sentence's tokens and resolved at the document's
// date, with neighbouring names composed into one actor, as in "Kenyan
// President William Ruto" (a person: KENGOV while in office), "the Kenyan
// government" (KEN + GOV) or "Colombia's former president" (COL + ELI).
// Each mention that names a country, organisation or person becomes an
// entity carrying its actor; a bare sector noun or title ("the president")
// names no one without coreference and is left alone.
func (k *KB) Resolve(d *doc.Document) {
	d.Entities = d.Entities[:0]
	var words []string
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		words = words[:0]
		for _, t := range toks {
			words = append(words, d.Text[t.Start:t.End])
		}
		spans := k.MatchTokens(words)
		for i := 0; i < len(spans); {
			j := i + 1
			for j < len(spans) && joined(words, spans[j-1].End, spans[j].Start) {
				j++
			}
			if e, ok := k.compose(d, toks, spans[i:j]); ok {
				d.Entities = append(d.Entities, e)
			}
			i = j
		}
	}
}

// joined reports whether two matched names belong to one mention: they
// touch, or only a possessive stands between them ("Kenya 's foreign ministry").
func joined(words []string, end, start int) bool {
	if start == end {
		return true
	}
	if start == end+1 {
		switch words[end] {
		case "'s", "’s", "'":
			return true
		}
	}
	return false
}

// compose turns a run of matched names into one entity with its actor.
func (k *KB) compose(d *doc.Document, toks []doc.Token, run []Span) (doc.Entity, bool) {
	var person, named, place *Match
	var country, sector string
	former := false
	for _, sp := range run {
		ms := k.SpanMatches(sp, d.Date)
		if len(ms) == 0 {
			continue
		}
		m := ms[0]
		switch m.Kind {
		case KindPerson:
			if person == nil {
				person = &m
			}
		case KindOrg, KindInstitution, KindParty, KindMedia, KindArmedGroup, KindActor:
			named = &m
		case KindCountry, KindCapital, KindRegion, KindNationality:
			if place == nil && !m.Ambiguous {
				place = &m
			}
			if country == "" && !m.Ambiguous {
				country = m.Actor.Country
			}
		case KindSector, KindTitle:
			if m.Actor.Sector != "" {
				sector = m.Actor.Sector
			}
		case KindModifier:
			former = former || m.Actor.Sector == "ELI"
		}
	}
	first, last := toks[run[0].Start], toks[run[len(run)-1].End-1]
	e := doc.Entity{Start: first.Start, End: last.End, Text: d.Text[first.Start:last.End]}
	var a doc.Actor
	switch {
	case person != nil:
		a, e.Type = person.Actor, "PER"
	case named != nil:
		a, e.Type = named.Actor, "ORG"
		if named.Actor.Country == "" && country != "" {
			a.Country = country
		}
	case place != nil && sector != "":
		a = doc.Actor{Name: e.Text, Country: country, Sector: sector, Code: country + sector}
		e.Type = "ORG"
	case place != nil:
		a = place.Actor
		switch place.Kind {
		case KindNationality:
			e.Type = "NORP"
		case KindRegion:
			e.Type = "LOC"
		default:
			e.Type = "GPE"
		}
	default:
		return e, false // a sector noun or title alone: coreference must say who
	}
	if former && a.Country != "" {
		a.Sector, a.Code = "ELI", a.Country+"ELI"
	}
	a.Mention = &doc.Mention{Start: e.Start, End: e.End, Text: e.Text}
	e.Actor = &a
	return e, true
}
