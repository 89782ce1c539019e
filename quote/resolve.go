package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Resolve returns the speaker of a quote whose source mention is src, given
// the quotes found before it in the document. It is the one place speakers
// are decided, so that a coreference module can replace it:
//
//  0. a source two entities with different actors cover word for word (a
//     pair phrase, "the two governments") is spoken by the phrase itself,
//     uncoded (PairSpeaker);
//  1. an entity inside the source span gives its actor (a person first),
//     except that a country only modifying the source's head noun gives
//     that noun phrase with the country's code and the noun's sector
//     ("Argentina's economy ministry": ARGGOV; PossessorHead);
//  2. a pronoun (he, she, I, …) or a title without a name ("the president",
//     "the Indonesian leader"; not "a spokesman", someone not named before)
//     refers to the most recent person before it:
//     a PER entity, or the named speaker of an earlier quote, whichever is
//     nearer;
//  3. a source naming someone the knowledge base does not know (proper
//     nouns) is an actor named by its mention;
//  4. a source holding a common noun ("police", "a community leader"), or
//     a title with no person before it, is an uncoded actor named by its
//     mention (NounSpeaker);
//  5. anything else has no speaker.
func Resolve(d *doc.Document, src doc.Span, earlier []doc.Quote) *doc.Actor {
	if PairSpeaker && pairSource(d, src) {
		// "The two governments": both sides of a pair, not one of them
		// ("they" keeps the first, as before: a pronoun names no group).
		t0, t1 := tokenRange(d.Tokens, src.Start, src.End)
		if a := nounActor(d, t0, t1); a != nil {
			return a
		}
	}
	var best, place *doc.Entity
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start >= src.End || e.End <= src.Start {
			continue
		}
		if PossessedNoun && possessorEntity(d, e, src) && !ownOffice(d, src) { // "his office" (everyday23b.go)
			// "her lawyer": the pronoun's person is not the speaker.
			continue
		}
		if CommonModifier && commonModifier(d, e, src) {
			// "officials on both sides": not "both sides".
			continue
		}
		if PlaceInSource && placeInSource(d, e, src) {
			// "a spokesman for the junta in Ouagadougou": not the city.
			continue
		}
		if PlaceCountry && placeInSource(d, e, src) {
			// "officials in Nairobi": the officials, of Kenya (round33.go).
			if place == nil {
				place = e
			}
			continue
		}
		if best == nil || (e.Type == "PER" && best.Type != "PER") {
			best = e
		}
	}
	if place != nil && best != nil && best.Start > place.Start && best.Type != "PER" && best.Type != "ORG" && best.Type != "NORP" {
		// "voters in France and the Netherlands": the first place, as before.
		best = place
	} else if best == nil && place != nil {
		if a := placeSpeaker(d, src, place); a != nil {
			return a
		}
		best = place
	}
	if best != nil {
		if PossessorHead && (best.Type == "GPE" || best.Type == "NORP") {
			if a := headOfCountry(d, src, best); a != nil {
				return a
			}
		}
		if a := locationActor(d, best); a != nil {
			return a
		}
		return entityActor(best)
	}
	if a := surnameSpeaker(d, src); a != nil {
		return a // "Wine told reporters" after "Bobi Wine" (everyday23.go)
	}
	if a := sameHeadSpeaker(d, src, earlier); a != nil {
		return a // "the mission said" after "the AU's observer mission said" (everyday23b.go)
	}
	toks := d.Tokens
	t0, t1 := tokenRange(toks, src.Start, src.End)
	proper, anaphor, indefinite := -1, false, false
	possessed := PossessedNoun && possessedNoun(d, t0, t1)
	if ItSpeaker && t1 == t0+1 && strings.EqualFold(d.Text[toks[t0].Start:toks[t0].End], "it") {
		// "The command said … It said …": the body that spoke last.
		if b := lastBody(d, src, earlier); b != nil || !ItClimb {
			return b
		}
		// "… to protest against what it called provocations": the
		// subject of the clause it hangs in.
		if lo, hi := itClimb(d, t0); lo >= 0 {
			return Resolve(d, doc.Span{Start: toks[lo].Start, End: toks[hi].End, Text: d.Text[toks[lo].Start:toks[hi].End]}, earlier)
		}
		return nil
	}
	for t := t0; t < t1; t++ {
		w := strings.ToLower(d.Text[toks[t].Start:toks[t].End])
		switch {
		case possessed:
			// "her lawyer": someone of hers, not her.
		case toks[t].UPOS == "PROPN" && proper < 0:
			if PlaceInSource && placeAfterHead(d, t, t0, t1) {
				// "a spokesman for the junta in Ouagadougou".
				break
			}
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
		return nounActor(d, t0, t1)
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
	if ant == nil {
		// "the minister said" with no person named before: the title.
		return nounActor(d, t0, t1)
	}
	return ant
}

// NounSpeaker names the speaker of a source without a name, a known
// entity or an antecedent by its mention, as the contract has it for an
// actor the knowledge base does not know: "…, police said" gives the
// speaker "police", "a Kaduna-based community leader told reporters" the
// leader, both uncoded. Off, such quotes have no speaker (before issue 7,
// part 1).
var NounSpeaker = true

// nounActor is the actor named by tokens [t0, t1) when they hold a common
// noun (NounSpeaker), or nil: a source that is only a pronoun ("it",
// "which") or has no noun names no one.
func nounActor(d *doc.Document, t0, t1 int) *doc.Actor {
	if !NounSpeaker || t0 >= t1 {
		return nil
	}
	for t := t0; t < t1; t++ {
		if d.Tokens[t].UPOS == "NOUN" {
			m := doc.Mention{Start: d.Tokens[t0].Start, End: d.Tokens[t1-1].End}
			m.Text = d.Text[m.Start:m.End]
			return &doc.Actor{Name: m.Text, Mention: &m}
		}
	}
	return nil
}

// PossessorHead makes a country's body the speaker when the country only
// modifies the noun that heads the source ("Argentina's economy ministry
// said", "Kenyan police said"): the speaker is the noun phrase from the
// country to its head, with the country's code and the head noun's sector
// (sectorNouns), not the country (ARG). A person or organisation entity in
// the source still gives its own actor.
var PossessorHead = true

// sectorNouns are head nouns of a country's bodies with their CAMEO-style
// sector (written for dyad; a noun not listed gives no sector).
var sectorNouns = map[string]string{
	"ministry": "GOV", "government": "GOV", "cabinet": "GOV", "presidency": "GOV",
	"embassy": "GOV", "administration": "GOV", "authority": "GOV", "official": "GOV",
	"president": "GOV", "minister": "GOV", "leader": "GOV", "premier": "GOV",
	"chancellor": "GOV", "ambassador": "GOV", "envoy": "GOV", "diplomat": "GOV",
	"consulate": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
	"army": "MIL", "military": "MIL", "troop": "MIL", "troops": "MIL", "soldier": "MIL", "navy": "MIL",
	"force": "MIL", "police": "COP", "court": "JUD", "judge": "JUD", "prosecutor": "JUD",
	"parliament": "LEG", "senate": "LEG", "congress": "LEG", "lawmaker": "LEG",
	"legislator": "LEG", "opposition": "OPP", "rebel": "REB", "insurgent": "REB",
}

// headOfCountry is the actor of the source's head noun when the country
// entity e only modifies it (PossessorHead), or nil.
func headOfCountry(d *doc.Document, src doc.Span, e *doc.Entity) *doc.Actor {
	toks := d.Tokens
	t0, t1 := tokenRange(toks, src.Start, src.End)
	e0, e1 := tokenRange(toks, e.Start, e.End)
	if e0 < t0 || e1 > t1 || e1 <= e0 {
		return nil
	}
	// The head: the first token of the source whose head is outside it.
	h := -1
	for t := t0; t < t1; t++ {
		if hd := toks[t].Head; hd < t0 || hd >= t1 {
			h = t
			break
		}
	}
	if h < e1 || toks[h].UPOS != "NOUN" {
		return nil
	}
	var own *doc.Entity // an entity of the head noun itself ("ministry": ARGGOV)
	for i := range d.Entities {
		o := &d.Entities[i]
		if o.Start < toks[h].End && o.End > toks[h].Start {
			if o.Start < e.End || o.Actor == nil {
				return nil
			}
			own = o
		}
	}
	// The country must hang on the head through the noun phrase only.
	k := e1 - 1
	for hop := 0; k != h && hop < 6; hop++ {
		rel := toks[k].Deprel
		if k < t0 || k >= t1 || !(strings.HasPrefix(rel, "nmod:poss") || rel == "compound" || rel == "amod" || rel == "flat" || rel == "case") {
			return nil
		}
		k = toks[k].Head
	}
	if k != h {
		return nil
	}
	lo := t0
	for lo < e0 && toks[lo].UPOS == "DET" {
		lo++
	}
	m := doc.Mention{Start: toks[lo].Start, End: toks[h].End}
	m.Text = d.Text[m.Start:m.End]
	if own != nil {
		// The actor stage coded the head: its actor, over the whole phrase.
		a := *own.Actor
		if a.ID == "" {
			a.Name = m.Text
		}
		a.Mention = &m
		return &a
	}
	a := &doc.Actor{Name: m.Text, Mention: &m}
	if e.Actor != nil && e.Actor.Country != "" {
		a.Country = e.Actor.Country
		a.Sector = sectorNouns[strings.ToLower(toks[h].Lemma)]
		a.Code = a.Country + a.Sector
	}
	return a
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
	if a.ID != "" || a.Code != "" {
		return false
	}
	// A name the knowledge base does not know, or a noun phrase headed by
	// a title ("a ministry official"; not "the agency", "analysts":
	// NounSpeaker's actors are no antecedent of "he" or "the spokesman").
	t0, t1 := tokenRange(d.Tokens, a.Mention.Start, a.Mention.End)
	noun, title := false, false
	for t := t0; t < t1; t++ {
		if d.Tokens[t].UPOS == "NOUN" {
			noun = true
			title = title || titles[strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End])]
		}
	}
	return !noun || title
}

// locationActor is the country of a city or region the actor stage left
// uncoded as a location ("military sources in Rome": ITA), the place the
// geo stage found at the entity's span; nil for any other entity.
func locationActor(d *doc.Document, e *doc.Entity) *doc.Actor {
	p := d.LocationPlace(e)
	if p == nil {
		return nil
	}
	m := doc.Mention{Start: e.Start, End: e.End, Text: e.Text}
	return &doc.Actor{Name: e.Text, Code: p.Country, Country: p.Country, Mention: &m}
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
