package actor

import "strings"

// More span repairs after decoding (NER.SpanFix; issue 4 part 2, eighth
// round). Like fixSpans, each follows a convention that the training gold
// keeps almost without exception while the decoder sometimes breaks it
// (counts by TestNERRuleStat9, development material left out):
//
// In a sentence (repairSentence):
//
//   - a one-word nationality right before an organisation is part of its
//     name, "[NORP Greek] [ORG Ministry of Culture]" → one ORG (74 one
//     entity, 7 two in the gold);
//   - a storm's name is an event, MISC: "Hurricane Melissa", "Typhoon
//     Yagi" (in the gold the name is MISC or nothing, never a person or
//     place);
//   - a name split at a hyphen token after an Arabic name particle, "Muqtada
//     al - Sadr", "al - Qaida", is one name: the text was tokenised at
//     hyphens (dyad's own tokenizer keeps "al-Sadr" whole);
//   - "Governor of [PER Washington Chris Gregoire]": a person's name of
//     three or more words after a title and "of" that starts with a place
//     is the place and the name;
//   - an entity that is as a whole a nationality or demonym of the model's
//     name KB, and no place there, is NORP ("Chechen"; in the gold such
//     entities are NORP 608 times, PER, ORG or LOC 9);
//   - "the [PER Cano Limon] pipeline": a person's name between "the" and an
//     infrastructure noun names the place.
//
// and, first, the eleventh round's (ner_repair_title.go): the name words
// after a title are one person's name when the decoder found a person
// there ("Trade Minister [Obadiah] [Kiprotich Wanjala]"), and a place
// ending in a party word is an organisation ("the [Centre Alliance]").
//
// Over the document (repairDocument), for a one-word PER entity whose word
// is in no multi-word PER name of the document:
//
//   - coordinated with a place, "in Tikrit and [Huwaijah]", it is a place
//     of the same type (in the gold a LOC or GPE entity coordinated by
//     "and", "or" or a comma is followed by a place 299 times, a person 17);
//   - right after "in" or "near", and not a possessive, it is a place (GPE):
//     after "in" the gold has 572 one-word places and 11 persons.

// repairSentence applies the sentence repairs above to one sentence's
// label path.
func (n *NER) repairSentence(words []string, path []int) {
	n.joinTitledNames(words, path)
	n.fixPartyNames(words, path)
	n.joinNationalityOrg(path)
	n.fixStorms(words, path)
	n.joinParticles(words, path)
	n.joinArticleSurname(words, path) // everyday36.go
	n.splitTitlePlace(words, path)
	n.fixNationalities(words, path)
	n.fixInfraNames(words, path)
	n.repairSentence24(words, path)
}

// repairDocument applies the document repairs above.
func (n *NER) repairDocument(sents [][]string, paths [][]int) {
	per := n.typeIndex("PER")
	if per < 0 {
		return
	}
	// parts are the words the document names people with: words of a
	// multi-word PER span, and one-word PER names it uses more than once
	// ("President Museveni met … Kenya and Museveni signed": a titled
	// name reaches the recogniser's path as the one-word span "Museveni")
	parts := map[string]bool{}
	single := map[string]int{}
	for si, words := range sents {
		for _, sp := range n.pathSpansTyped(paths[si]) {
			if sp.typ != per {
				continue
			}
			if sp.end-sp.start >= 2 {
				for _, w := range words[sp.start:sp.end] {
					parts[w] = true
				}
			} else if single[words[sp.start]]++; single[words[sp.start]] >= 2 {
				parts[words[sp.start]] = true
			}
		}
	}
	n.repairSurnames(sents, paths)
	n.tagRepeatAtStart(sents, paths) // everyday36.go
	for si, words := range sents {
		n.fixCoordPlaces(words, paths[si], parts)
	}
	for si, words := range sents {
		n.fixPlacesAfterIn(words, paths[si], parts)
	}
}

// retype gives the tokens of sp type typ, keeping their BILU positions.
func retype(path []int, sp nerTypedSpan, typ int) {
	for i := sp.start; i < sp.end; i++ {
		p, _ := labelPart(path[i])
		path[i] = strings.IndexByte("BILU", p) + 1 + 4*typ
	}
}

// relabel makes tokens start..end-1 one entity of type typ.
func relabel(path []int, start, end, typ int) {
	if end-start == 1 {
		path[start] = 4 + 4*typ // U
		return
	}
	for i := start; i < end; i++ {
		path[i] = 2 + 4*typ // I
	}
	path[start], path[end-1] = 1+4*typ, 3+4*typ
}

// joinNationalityOrg joins a one-word NORP entity with the ORG entity that
// follows it directly: "Greek Ministry of Culture".
func (n *NER) joinNationalityOrg(path []int) {
	norp, org := n.typeIndex("NORP"), n.typeIndex("ORG")
	if norp < 0 || org < 0 {
		return
	}
	spans := n.pathSpansTyped(path)
	for k := 0; k+1 < len(spans); k++ {
		a, b := spans[k], spans[k+1]
		if a.typ == norp && b.typ == org && a.end == b.start && a.end-a.start == 1 {
			relabel(path, a.start, b.end, org)
		}
	}
}

// nerStormWord reports whether w is a capitalised storm word ("Hurricane").
func nerStormWord(w string) bool {
	switch w {
	case "Hurricane", "Typhoon", "Cyclone", "HURRICANE", "TYPHOON", "CYCLONE":
		return true
	}
	return false
}

// fixStorms types MISC an entity that is a storm word and a name, or a
// name after one: "[Hurricane Melissa]", "Hurricane [Melissa]" ("the
// National Hurricane Center", whose word after it is an organisation's head
// word, stays).
func (n *NER) fixStorms(words []string, path []int) {
	misc := n.typeIndex("MISC")
	if misc < 0 {
		return
	}
	for _, sp := range n.pathSpansTyped(path) {
		if sp.typ == misc {
			continue
		}
		name := sp.start
		switch {
		case nerStormWord(words[sp.start]) && sp.end-sp.start == 2:
			name = sp.start + 1
		case sp.start > 0 && nerStormWord(words[sp.start-1]):
		default:
			continue
		}
		if !nerHeadWord(words[name]) {
			retype(path, sp, misc)
		}
	}
}

// nerNameParticle reports whether w is an Arabic or Hebrew name particle
// that text tokenised at hyphens leaves before a hyphen ("al - Sadr").
func nerNameParticle(w string) bool {
	switch strings.ToLower(w) {
	case "al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "bin", "ibn", "abu", "bint", "ben":
		return true
	}
	return false
}

// joinParticles makes a particle, a hyphen token and a capitalised word
// ("al - Sadr") part of the name they belong to: the entity that ends right
// before them (a person's, or one of the type the capitalised word has) and
// the one the capitalised word starts; when neither exists, nothing changes.
func (n *NER) joinParticles(words []string, path []int) {
	for i := 0; i+2 < len(words); i++ {
		if !nerNameParticle(words[i]) || words[i+1] != "-" || !startsUpper(words[i+2]) || path[i+1] != 0 {
			continue // not that, or the hyphen already inside a name
		}
		end, typ := i+3, -1
		if p, t := labelPart(path[i+2]); p != 'O' {
			typ = t
			for end < len(words) {
				q, u := labelPart(path[end])
				if u != t || q != 'I' && q != 'L' {
					break
				}
				end++
			}
		}
		// the name before: the one that ends right before the particle, or
		// at it ("[Yigal Ben] - Shalom")
		start, prev := i, i-1
		if path[i] != 0 {
			prev = i
		}
		if prev >= 0 {
			if p, t := labelPart(path[prev]); (p == 'L' || p == 'U') && (typ < 0 || t == typ || n.types[t] == "PER") {
				typ = t
				start = prev
				for start > 0 {
					if q, _ := labelPart(path[start]); q == 'B' || q == 'U' {
						break
					}
					start--
				}
			}
		}
		if typ < 0 || start == i && path[i] != 0 {
			continue // nothing to join, or the particle ends a name of another type
		}
		relabel(path, start, end, typ)
		i = end - 1
	}
}

// splitTitlePlace splits "Governor of [Washington Chris Gregoire]": a
// person's name of three or more words after a title and "of" whose first
// word is a place is that place (GPE) and the name.
func (n *NER) splitTitlePlace(words []string, path []int) {
	per, gpe := n.typeIndex("PER"), n.typeIndex("GPE")
	if n.kb == nil || per < 0 || gpe < 0 {
		return
	}
	for _, sp := range n.pathSpansTyped(path) {
		if sp.typ != per || sp.end-sp.start < 3 || sp.start < 2 || words[sp.start-1] != "of" ||
			!startsUpper(words[sp.start-2]) || !n.isTitleWord(words[sp.start-2]) || !n.isPlaceWord(words[sp.start]) {
			continue
		}
		path[sp.start] = 4 + 4*gpe   // U
		path[sp.start+1] = 1 + 4*per // B
	}
}

// isPlaceWord reports whether w alone is a place of the place gazetteer or
// a country or capital of the model's name KB.
func (n *NER) isPlaceWord(w string) bool {
	var t nerTok
	hashWord(w, &t)
	if _, ok := n.places[phraseHash([]nerTok{t})]; ok {
		return true
	}
	for _, m := range n.kb.MatchTokens([]string{w}) {
		if m.End-m.Start == 1 && len(m.Hits) > 0 && (m.Hits[0].Kind == KindCountry || m.Hits[0].Kind == KindCapital) {
			return true
		}
	}
	return false
}

// fixNationalities types NORP a PER, ORG, LOC or GPE entity that is as a
// whole a nationality or demonym of the model's name KB and is no country,
// capital or region there.
func (n *NER) fixNationalities(words []string, path []int) {
	norp := n.typeIndex("NORP")
	if n.kb == nil || norp < 0 {
		return
	}
	for _, sp := range n.pathSpansTyped(path) {
		switch n.types[sp.typ] {
		case "PER", "ORG", "LOC", "GPE":
		default:
			continue
		}
		nat := false
		for _, m := range n.kb.MatchTokens(words[sp.start:sp.end]) {
			if m.Start != 0 || m.End != sp.end-sp.start || len(m.Hits) == 0 || m.Hits[0].Kind != KindNationality {
				continue
			}
			nat = true
			for _, h := range m.Hits {
				if h.Kind == KindCountry || h.Kind == KindCapital || h.Kind == KindRegion {
					nat = false
				}
			}
		}
		if nat {
			retype(path, sp, norp)
		}
	}
}

// nerInfraNoun reports whether w is a lower-case noun of infrastructure that
// a name before it belongs to ("the Cano Limon pipeline").
func nerInfraNoun(w string) bool {
	switch w {
	case "pipeline", "oilfield", "refinery", "dam", "mine", "canal", "highway", "bridge", "airport",
		"stadium", "reservoir", "port", "terminal", "crossing", "railway":
		return true
	}
	return false
}

// fixInfraNames types LOC a PER entity between "the" and an infrastructure
// noun: "the [Cano Limon] pipeline", "the [Changi] airport".
func (n *NER) fixInfraNames(words []string, path []int) {
	per, loc := n.typeIndex("PER"), n.typeIndex("LOC")
	if per < 0 || loc < 0 {
		return
	}
	for _, sp := range n.pathSpansTyped(path) {
		if sp.typ == per && sp.start > 0 && sp.end < len(words) && strings.EqualFold(words[sp.start-1], "the") && nerInfraNoun(words[sp.end]) {
			retype(path, sp, loc)
		}
	}
}

// fixCoordPlaces types as its neighbour a one-word PER entity coordinated
// ("and", ", and", "or") with a LOC or GPE entity, its word in no
// multi-word PER name of the document (parts): "in Tikrit and [Huwaijah]".
func (n *NER) fixCoordPlaces(words []string, path []int, parts map[string]bool) {
	per, gpe, loc := n.typeIndex("PER"), n.typeIndex("GPE"), n.typeIndex("LOC")
	coord := func(gap []string) bool {
		switch len(gap) {
		case 1:
			return strings.EqualFold(gap[0], "and") || strings.EqualFold(gap[0], "or")
		case 2:
			return gap[0] == "," && strings.EqualFold(gap[1], "and")
		}
		return false
	}
	place := func(t int) bool { return t >= 0 && (t == gpe || t == loc) }
	sps := n.pathSpansTyped(path)
	for k, sp := range sps {
		if sp.typ != per || sp.end-sp.start != 1 || parts[words[sp.start]] || possessiveAt(words, sp.end) {
			continue
		}
		to := -1
		if k > 0 && place(sps[k-1].typ) && coord(words[sps[k-1].end:sp.start]) {
			to = sps[k-1].typ
		}
		if k+1 < len(sps) && place(sps[k+1].typ) && coord(words[sp.end:sps[k+1].start]) {
			to = sps[k+1].typ
		}
		if to >= 0 {
			path[sp.start] = 4 + 4*to // U
		}
	}
}

// fixPlacesAfterIn types GPE a one-word PER entity right after "in" or
// "near", not followed by a possessive, its word in no multi-word PER name
// of the document (parts): "clashes in [Tuz]".
func (n *NER) fixPlacesAfterIn(words []string, path []int, parts map[string]bool) {
	per, gpe := n.typeIndex("PER"), n.typeIndex("GPE")
	if per < 0 || gpe < 0 {
		return
	}
	for _, sp := range n.pathSpansTyped(path) {
		if sp.typ != per || sp.end-sp.start != 1 || sp.start == 0 || parts[words[sp.start]] {
			continue
		}
		if pw := words[sp.start-1]; pw != "in" && pw != "near" {
			continue
		}
		if possessiveAt(words, sp.end) {
			continue
		}
		path[sp.start] = 4 + 4*gpe // U
	}
}

// possessiveAt reports a possessive marker at word i ("Ruto's allies"):
// "'s", "’s" or "'" (isPossessive also takes a lone "’", which these
// repairs were counted without).
func possessiveAt(words []string, i int) bool {
	return i < len(words) && (words[i] == "'s" || words[i] == "’s" || words[i] == "'")
}
