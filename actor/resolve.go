package actor

// Actor resolution: the actor stage of the pipeline. A document's names
// come from two sources that are merged sentence by sentence:
//
//   - the KB's phrase matcher (MatchTokens), whose neighbouring names are
//     composed into one mention ("Kenyan President William Ruto": a
//     nationality, a title and a person);
//   - the named-entity recogniser (NER), which finds names the KB lacks.
//
// Merging rules, in order:
//
//  1. A title run ("Kenyan President", "Colombia's former president",
//     "Indonesian army chief") directly before a person the KB does not
//     know gives that person the title's country and sector: "Kenyan
//     President Samuel Kiprono" is KENGOV with an empty id.
//  2. A KB person whose entry is found inside a longer NER person name is
//     the same person only when the extra words belong to the KB's name
//     ("William Samoei Ruto"); otherwise ("Samuel Ruto") it is an unknown
//     person and keeps an empty code.
//  3. An explicit title overrides a known person's sector at the date:
//     the text is more recent than the KB ("Defence Minister X" when the KB
//     lists X as a former deputy is GOV, "former president X" is ELI). The
//     country stays the person's unless the title names one.
//  4. An apposition "X, Kenya's foreign minister," or "Kenya's foreign
//     minister, X," gives the person the title's actor the same way.
//  5. Otherwise the KB wins where the two overlap; an NER name that no KB
//     name touches becomes an entity whose actor has the name and an empty
//     code (an unknown person is not guessed).
//
// A bare title ("the president") or a pronoun names no one by itself;
// coreference (coref.go) links it to an earlier mention.

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/facility"
)

// Resolver is the actor stage: KB matching, NER and coreference over a
// document. It is safe for concurrent use.
type Resolver struct {
	kb  *KB
	ner *NER // nil: dictionary names only
	// NoCoref turns coreference off (for measurement).
	NoCoref bool
	// NoStoryCountry leaves bare sector nouns ("police said") without the
	// country of a one-country story (coref_country.go; for measurement).
	NoStoryCountry bool
}

// NewResolver returns a resolver over a KB and an NER model (nil for
// dictionary names only).
func NewResolver(kb *KB, ner *NER) *Resolver { return &Resolver{kb: kb, ner: ner} }

// Resolve fills d.Entities with the document's names and their actors, and
// with the mentions coreference links to them ("he", "the president",
// "Ruto" after "William Ruto"). d.Sentences and d.Tokens must be filled;
// dependency relations, when present, help coreference prefer subjects.
func (r *Resolver) Resolve(d *doc.Document) {
	ms, _ := r.mentions(d)
	ms = r.round12Titles(d, ms) // round12.go
	r.orgEnvoys(d, ms)          // everyday23b.go
	if !r.NoCoref {
		ms = r.corefer(d, ms)
	}
	partySpokesmen(d, ms) // everyday23b.go
	r.placesAsLocations(d, ms)
	r.indefinitePlaces(d, ms) // "a Riyadh palace" (session27.go)
	r.journeyPlaces(d, ms)    // round11b.go
	r.round12Places(d, ms)    // round12.go
	r.round19Places(d, ms)    // "Tehran's airport", "the Rafah crossing" (round19.go)
	r.storyCompanies(d, ms)   // round12.go
	r.possessedOrgs(d, ms)    // session26.go
	currencyCountries(d, ms)
	privateRoleModifiers(d, ms)
	privateCountryWords(d, ms) // round11.go
	groupHeadWords(d, ms)      // round11.go
	r.round20Late(d, ms)       // "NLP" after "Britain's Natural Law Party (NLP)" (round20.go)
	cameoCodes(r.kb, ms)
	d.Entities = toEntities(d, ms, d.Entities[:0])
	r.wireCredit(d) // "HANOI, Nov. 17 (Xinhua) --" (round18.go)
}

// Resolve finds the actor mentions of a document by dictionary only: the
// KB's names matched over each sentence's tokens and composed as in
// Resolver, without NER or coreference.
func (k *KB) Resolve(d *doc.Document) {
	ms, _ := (&Resolver{kb: k}).mentions(d)
	cameoCodes(k, ms)
	d.Entities = toEntities(d, ms, d.Entities[:0])
}

// Titled is a person named with an explicit title, as found in a document:
// the material of `dyad actors learn`.
type Titled struct {
	Name     string // the person's name as written
	Country  string // from the title ("Kenyan", "Kenya's")
	Sector   string // from the title
	Title    string // the title's words ("Foreign Minister")
	Role     string // the office the KB's title names ("foreign minister")
	ID       string // KB id when the person is known
	KBCode   string // the person's KB code at the date ("" unknown)
	Sentence int    // index into d.Sentences
	Start    int    // byte span of the whole mention
	End      int
}

// ResolveTitled is Resolve that also returns the people named with a title.
func (r *Resolver) ResolveTitled(d *doc.Document) []Titled {
	ms, titled := r.mentions(d)
	if !r.NoCoref {
		ms = r.corefer(d, ms)
	}
	cameoCodes(r.kb, ms)
	d.Entities = toEntities(d, ms, d.Entities[:0])
	return titled
}

// mention is one resolved mention over document token indices [s, e).
type mention struct {
	s, e  int
	sent  int
	typ   string
	actor *doc.Actor // nil: no entity (a bare title kept for coreference)
	// title is the title's role ("head of state") when the mention is or
	// starts with a title; head is its last word, lower-cased.
	title, head string
	titleOnly   bool // a title or sector noun with no name: an anaphor
	nameless    bool // a title with a place and no name ("the Kenyan president")
	explicit    bool // a title written in the text before or beside the name
	titleWords  string
	plural      bool   // a group: "the rebels", "Kenyans"
	sector      string // a bare sector noun's sector ("police" → COP)
	// titleSector and former are a bare title's sector and whether it
	// said "former" ("the former commander" → MIL, true)
	titleSector string
	former      bool
	// officer: coded as the officer of the organisation named before the
	// title ("NATO Secretary General X"; orgOfficer), which the document's
	// acronyms may still rebind ("RSF commander X" after "Rapid Support
	// Forces")
	officer bool
	// ante is the mention a coreferent one was resolved to (-1 none).
	ante    int
	pronoun bool
	// placed: a KB run whose country came from a place written in it
	// ("Kenyan police"), not from a party or body ("Labour government")
	placed bool
	// location: a city or region written as where something happens ("in
	// Beijing"): an entity with no actor (resolve_location.go)
	location bool
	// privateModifier: a country word before a sportsman's or an artist's
	// role and name ("French coach X"): an entity with no actor
	// (resolve_private.go)
	privateModifier bool
	// staleAlias: a KB person by a common name whose offices lie years
	// away from the story, titled by the text otherwise (kbname33.go)
	staleAlias bool
}

// run is a sequence of touching KB names in one sentence, composed.
type run struct {
	s, e                 int // sentence-relative token range
	person, named, place *Match
	personAt             int // sentence-relative start of the person's span
	country, sector      string
	role, titleWords     string
	titleKind            Kind
	titleEnd             int // sentence-relative end of the last title word
	former               bool
	plural               bool
	orgTitle             bool // a title after the organisation's name, before the person's
	leaderForce          bool // a person's force ("Saddam's presidential guard"): his country's, the person dropped
	placeFirst           bool // the place came before the organisation's name
}

// sentenceWords is the text of each sentence's tokens.
func sentenceWords(d *doc.Document) [][]string {
	sents := make([][]string, len(d.Sentences))
	for si, s := range d.Sentences {
		words := make([]string, 0, s.TokenEnd-s.TokenStart)
		for _, t := range d.Tokens[s.TokenStart:s.TokenEnd] {
			words = append(words, d.Text[t.Start:t.End])
		}
		sents[si] = words
	}
	return sents
}

// sentenceUPOS is the part-of-speech tag of each sentence's tokens, nil
// for a sentence the syntax stage left untagged (the recogniser then tags
// it itself).
func sentenceUPOS(d *doc.Document) [][]string {
	out := make([][]string, len(d.Sentences))
	for si, s := range d.Sentences {
		tags := make([]string, 0, s.TokenEnd-s.TokenStart)
		for _, t := range d.Tokens[s.TokenStart:s.TokenEnd] {
			if t.UPOS == "" {
				tags = nil
				break
			}
			tags = append(tags, t.UPOS)
		}
		out[si] = tags
	}
	return out
}

// mentions builds the name mentions of a document and the titled people.
func (r *Resolver) mentions(d *doc.Document) ([]mention, []Titled) {
	sents := sentenceWords(d)
	var nerSpans [][]NERSpan
	if r.ner != nil {
		// the syntax stage's tags, where it ran: a model with
		// part-of-speech features would otherwise tag every sentence again
		nerSpans = r.ner.DocumentSpansPOS(sents, sentenceUPOS(d))
	}
	spans := make([][]Span, len(d.Sentences))
	for si := range d.Sentences {
		spans[si] = r.kb.MatchTokens(sents[si])
	}
	prefer := r.kb.docCountries(spans)
	var out []mention
	var titled []Titled
	for si, s := range d.Sentences {
		words := sents[si]
		var ner []NERSpan
		if nerSpans != nil {
			ner = joinNicknames(words, trimWeekdays(words, nerSpans[si]))
		}
		out, titled = r.sentence(d, si, s.TokenStart, words, spans[si], prefer, ner, out, titled)
	}
	coordinatedRoles(d, out)
	return out, titled
}

// coordinatedRoles gives an unknown person named after two coordinated
// role nouns ("Algerian academic and thinker Mustafa Benali", "Turkish
// researcher and religion expert X") the code of the first, which carries
// the country and a sector: the words after "and" are one to three
// lower-case nouns or adjectives that name no sector ("thinker", "religion
// expert"), so the composed title stops before them and the name after
// them stays uncoded. The first must not be a plural noun ("Kenyan
// journalists and activists" are many people, not the one named next; the
// tagger may read a singular "academic" as an adjective).
func coordinatedRoles(d *doc.Document, ms []mention) {
	for i := 1; i < len(ms); i++ {
		p, m := &ms[i-1], &ms[i]
		if m.typ != "PER" || m.actor == nil || m.actor.Code != "" || m.pronoun || p.sent != m.sent ||
			p.actor == nil || p.actor.ID != "" || p.actor.Country == "" || p.actor.Sector == "" || p.pronoun {
			continue
		}
		if n := m.s - p.e; n < 2 || n > 4 || !strings.EqualFold(d.Text[d.Tokens[p.e].Start:d.Tokens[p.e].End], "and") ||
			d.Tokens[p.e-1].XPOS == "NNS" || d.Tokens[p.e-1].XPOS == "NNPS" {
			continue
		}
		ok := true
		for t := p.e + 1; t < m.s && ok; t++ {
			u := d.Tokens[t].UPOS
			ok = isLowerWord(d.Text[d.Tokens[t].Start:d.Tokens[t].End]) && (u == "NOUN" || u == "ADJ")
		}
		if ok {
			b := *m.actor
			b.Country, b.Sector, b.Code = p.actor.Country, p.actor.Sector, p.actor.Code
			m.actor = &b
		}
	}
}

// docCountries are the countries a document names without ambiguity (as a
// country, its capital or its people): the context that decides a name two
// countries share. "Congo" and "Congolese" in a story that names Kinshasa
// are the Democratic Republic's; in one that names Brazzaville, or both
// capitals, or neither, they stay undecided.
func (k *KB) docCountries(spans [][]Span) map[string]bool {
	var out map[string]bool
	for _, sps := range spans {
		for _, sp := range sps {
			for _, h := range sp.Hits {
				if kd := h.Kind; kd != KindCountry && kd != KindCapital && kd != KindNationality {
					continue
				}
				// these kinds hold no dated roles: the entry says the country
				if e := &k.entries[h.Entry]; !k.aliases[h.Alias].ambig && e.country != "" {
					if out == nil {
						out = map[string]bool{}
					}
					out[e.country] = true
				}
			}
		}
	}
	return out
}

// decidable are the kinds of names several countries share that the
// document's countries decide: places and peoples ("Congo", "Congolese"),
// armed groups and parties ("ELN", "National Liberation Army" in a story
// about Colombia are Colombia's, not Bolivia's or North Macedonia's).
func decidable(k Kind) bool {
	switch k {
	case KindCountry, KindCapital, KindNationality, KindArmedGroup, KindParty:
		return true
	}
	return false
}

// decide picks, among the matches of a name two countries share, the one
// whose country the document names elsewhere, if exactly one is.
func decide(ms []Match, prefer map[string]bool) (Match, bool) {
	var pick Match
	found := false
	for _, m := range ms {
		if !m.Ambiguous || !prefer[m.Actor.Country] || m.Kind != ms[0].Kind {
			continue
		}
		if found && m.Actor.Country != pick.Actor.Country {
			return Match{}, false // two of the document's countries
		}
		if !found {
			pick, found = m, true
		}
	}
	pick.Ambiguous = false
	return pick, found
}

// sentence merges the KB runs and NER spans of one sentence.
func (r *Resolver) sentence(d *doc.Document, si, base int, words []string, spans []Span, prefer map[string]bool, ner []NERSpan, out []mention, titled []Titled) ([]mention, []Titled) {
	k := r.kb
	var runs []run
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && (joined(words, spans[j-1].End, spans[j].Start) || k.portfolioGap(d.Date, words, spans[j-1], spans[j]) || k.modifierGap(d.Date, words, spans[j-1], spans[j])) && !sectorBeforePlace(words, spans[j-1], spans[j]) && !k.countryBeforeIGO(d.Date, words, spans, j) &&
			!k.leaderBeforeForce(d.Date, words, spans[j-1], spans[j]) && !k.personBeforeName(d.Date, words, spans[j-1], spans[j]) {
			j++
		}
		sps := k.trimAdjectival(d, base, words, spans[i:j])
		if len(sps) == 0 {
			i = j
			continue
		}
		if rn, ok := k.composeRun(d.Date, sps, prefer, words); ok {
			// "Saddam's presidential guard": the leader is a mention of his
			// own, the force his country's
			if n := len(runs); n > 0 && i > 0 && k.leaderBeforeForce(d.Date, words, spans[i-1], spans[i]) && runs[n-1].person != nil &&
				rn.person == nil && rn.named == nil && rn.place == nil && leaderForceSectors[rn.sector] {
				rn.country, rn.leaderForce = runs[n-1].person.Actor.Country, true
			}
			// "the Kenyan leader": a word the KB has no title for
			if rn.place != nil && rn.sector == "" && rn.person == nil && rn.named == nil &&
				rn.e < len(words) && (words[rn.e] == "leader" || words[rn.e] == "leadership") &&
				(j == len(spans) || spans[j].Start > rn.e) {
				rn.e++
				rn.sector, rn.role, rn.titleKind, rn.titleEnd = "GOV", "leader", KindTitle, rn.e
				rn.titleWords = "Leader"
			}
			// "Chinese leaders", "US leaders": the country's leaders, its
			// government, a group as "Chinese officials" is (session 21)
			if rn.place != nil && rn.sector == "" && rn.person == nil && rn.named == nil &&
				rn.e < len(words) && words[rn.e] == "leaders" && (j == len(spans) || spans[j].Start > rn.e) {
				rn.e++
				rn.sector, rn.plural = "GOV", true
			}
			runs = append(runs, rn)
		}
		i = j
	}
	if r.ner != nil {
		runs = dropLonePersons(runs, words, ner)
	}
	runs, ner = dropEventNames(words, runs, ner)
	runs, ner = titleWithPortfolio(words, runs, ner)
	ner = dropTitlePortfolioOrgs(words, runs, ner)
	used := make([]bool, len(runs))
	first := len(out)
	text := func(s, e int) string {
		return d.Text[d.Tokens[base+s].Start:d.Tokens[base+e-1].End]
	}
	for _, n := range ner {
		var over []int
		for i := range runs {
			if runs[i].s < n.End && runs[i].e > n.Start {
				over = append(over, i)
			}
		}
		// A seat of government the recogniser took for a person ("the
		// Elysee said"): the KB's metonym, when it is the whole name.
		if n.Type == "PER" && len(over) == 1 && runs[over[0]].s == n.Start && runs[over[0]].e == n.End &&
			runs[over[0]].place != nil && runs[over[0]].place.Kind == KindCapital && runs[over[0]].person == nil {
			continue // the KB's span wins
		}
		// Rule 1: a title run just before an unknown person.
		if n.Type == "PER" {
			var title *run
			ti := -1
			for i := range runs {
				rn := &runs[i]
				if !used[i] && rn.person == nil && rn.named == nil && rn.sector != "" && !rn.plural &&
					rn.e >= n.Start && rn.e < n.End && rn.s < n.End {
					title, ti = rn, i
				}
			}
			inside, named := -1, false
			for _, i := range over {
				if i != ti && runs[i].person != nil {
					inside = i
				}
				named = named || (i != ti && runs[i].named != nil)
			}
			if named {
				continue // an organisation's name: the KB's reading wins
			}
			if inside >= 0 {
				rn := &runs[inside]
				if rn.s <= n.Start && rn.e >= n.End {
					continue // the KB's mention covers the name: rule 5
				}
				if sameName(k, rn, words, n.Start, n.End) {
					used[inside] = true
					s, e := min(rn.s, n.Start), max(rn.e, n.End)
					if title != nil {
						used[ti] = true
						s = min(s, title.s)
					}
					m := r.personMention(d, base, si, s, e, rn, title, text)
					if title != nil {
						k.orgTitled(d, base, runs, words, &m, title, title.s)
					} else if rn.titleKind != 0 {
						k.orgTitled(d, base, runs, words, &m, rn, rn.s)
					}
					out = append(out, m)
					titled = appendTitled(titled, m, rn, title, d, base, si, n, text)
					continue
				}
				used[inside] = true // "Samuel Ruto" is not William Ruto
				if title == nil && rn.s < n.Start && rn.personAt >= n.Start && rn.sector != "" &&
					rn.titleEnd > rn.s && rn.titleEnd <= n.Start && !rn.plural {
					// "Egyptian Prime Minister Kamal Ahmed El-Ganzoury": the KB
					// composed the title with "Kamal Ahmed", someone else, but
					// the title before the name still says who this one is.
					t := *rn
					t.person, t.e = nil, rn.titleEnd
					title, ti = &t, inside
				}
			}
			for _, i := range over {
				if runs[i].person == nil && runs[i].named == nil && i != ti && runs[i].sector == "" {
					used[i] = true // a nationality inside a name
				}
			}
			s := n.Start
			if title != nil {
				used[ti] = true
				s = min(s, title.s)
				if teamCaptain(words, title.e) {
					title = nil // no rank: nothing to code him by
				}
			}
			ns := n.Start
			if title != nil && title.e > n.Start {
				ns = title.e
			}
			if ns+1 < n.End && isHonorific(words[ns]) {
				ns++ // "Mr Daniel Otieno" is Daniel Otieno
			}
			name := text(ns, n.End)
			a := doc.Actor{Name: name}
			m := mention{s: base + s, e: base + n.End, sent: si, typ: "PER", ante: -1}
			if title != nil && (title.sector != "IGO" || title.country != "") {
				a.Country, a.Sector = title.country, title.sector
				if a.Sector == "IGO" {
					a.Sector = "GOV" // "Kenyan Secretary General X": a state's
				}
				if title.former && a.Country != "" {
					a.Sector = "ELI"
				}
				if a.Country != "" {
					a.Code = a.Country + a.Sector
				}
				m.title, m.head, m.explicit = title.role, lastWord(title.titleWords), true
				titled = append(titled, Titled{Name: name, Country: a.Country, Sector: a.Sector,
					Title: title.titleWords, Role: title.role, Sentence: si,
					Start: d.Tokens[base+s].Start, End: d.Tokens[base+n.End-1].End})
			}
			if org := orgBefore(d, base, runs, words, s); org != nil && a.Code == "" {
				// "the African Union's commission chairman Mahmoud Ali
				// Youssouf": the organisation's man
				oa, _, _ := k.runActor(org)
				a.Country, a.Sector, a.Code = oa.Country, oa.Sector, oa.Code
			}
			m.actor = &a
			out = append(out, m)
			continue
		}
		facilityName := n.Type == "LOC" && facility.Head(words[n.End-1])
		if facilityName {
			// "Rafic Hariri International Airport": a facility named
			// after a person is no person
			for _, i := range over {
				if runs[i].person != nil {
					used[i] = true
				}
			}
		}
		if len(over) == 0 || facilityName && allUsed(used, over) {
			out = append(out, mention{s: base + n.Start, e: base + n.End, sent: si, typ: n.Type,
				actor: &doc.Actor{Name: text(n.Start, n.End)}, ante: -1})
			continue
		}
		// A longer NER name around KB names ("the Kenya Red Cross", "Mombasa
		// Port Authority"): an organisation or composed actor inside keeps
		// its actor over the longer span; a bare place inside does not name
		// the whole, except for a place-like name.
		lo, hi := n.Start, n.End
		inside := true
		for _, i := range over {
			if runs[i].s < lo || runs[i].e > hi {
				inside = false
			}
		}
		if !inside || (len(over) == 1 && runs[over[0]].s == lo && runs[over[0]].e == hi) {
			continue // the KB's span wins
		}
		var best *run
		for _, i := range over {
			rn := &runs[i]
			if rn.named != nil || (rn.place != nil && rn.sector != "") {
				best = rn
				break
			}
		}
		if best == nil && len(over) == 1 && (n.Type == "LOC" || n.Type == "GPE" || n.Type == "NORP") {
			best = &runs[over[0]]
		}
		if best != nil && best.named != nil && best.place == nil {
			// "the Iranian Supreme National Security Council": a
			// nationality earlier in the name is the named body's place
			for _, i := range over {
				if rn := &runs[i]; rn.e <= best.s && rn.place != nil && rn.place.Kind == KindNationality &&
					rn.named == nil && rn.person == nil && rn.sector == "" {
					b := *best
					b.place, b.country, b.placeFirst = rn.place, rn.country, true
					best = &b
					break
				}
			}
		}
		for _, i := range over {
			used[i] = true
		}
		m := mention{s: base + lo, e: base + hi, sent: si, typ: n.Type, ante: -1}
		if best != nil {
			m.placed = best.place != nil
			m.officer = best.orgTitle && best.person == nil // "the UN envoy"
			if a, typ, ok := k.runActor(best); ok {
				a.Name = text(lo, hi)
				if best.named != nil || best.person != nil {
					a.Name = best.actorName()
				}
				m.actor, m.typ = &a, mergeType(n.Type, typ)
			}
		}
		if m.actor == nil && best == nil && n.Type == "ORG" {
			// "the United Kingdom Food Standards Agency", "National
			// Australia Bank": a country in a name whose head word says
			// what kind of body it is
			if sector := orgNameSector(words[lo:hi]); sector != "" {
				for _, i := range over {
					// a country's, not a region's ("European Drug
					// Information Agency", review)
					if rn := &runs[i]; rn.place != nil && rn.sector == "" && rn.country != "" &&
						(rn.place.Kind == KindCountry || rn.place.Kind == KindNationality) && k.isCountry(rn.country) {
						m.actor = &doc.Actor{Name: text(lo, hi), Country: rn.country, Sector: sector, Code: rn.country + sector}
						m.placed = true
						break
					}
				}
			}
		}
		if m.actor == nil {
			m.actor = &doc.Actor{Name: text(lo, hi)}
		}
		out = append(out, m)
	}
	for i := range runs {
		if used[i] {
			continue
		}
		rn := &runs[i]
		if modifierWord(d, base, words, rn) {
			continue // "a general election", "crowd control"
		}
		if rn.person != nil {
			var title *run
			if rn.titleKind != 0 {
				title = rn
			}
			m := r.personMention(d, base, si, rn.s, rn.e, rn, title, text)
			if title == nil && m.typ == "PER" && bodyNamedPerson(rn.person.Actor.Name) {
				m.typ = "ORG" // "Sudan People's Liberation Movement" (lead35.go)
			}
			if title != nil {
				k.orgTitled(d, base, runs, words, &m, title, rn.s)
			} else if rn.orgTitle && !rn.former {
				k.orgOfficer(&m, rn)
			} else if m.actor != nil && m.actor.Sector == "ELI" && !rn.former && orgHeadBefore(words, rn.s) > 0 {
				// "IAEA chief Mohamed ElBaradei", whom the KB knows only
				// as an elite: the organisation's head word before him
				// says whose man he is now, as it does for an unknown
				// person and in an apposition (orgAppositions)
				if org := orgBefore(d, base, runs, words, rn.s); org != nil && org.named != nil && !org.former && org.e < rn.s {
					k.orgOfficer(&m, org)
				}
			}
			out = append(out, m)
			if title != nil {
				titled = appendTitled(titled, m, rn, title, d, base, si, NERSpan{Start: rn.personAt, End: rn.e}, text)
			}
			continue
		}
		a, typ, ok := k.runActor(rn)
		m := mention{s: base + rn.s, e: base + rn.e, sent: si, typ: typ, ante: -1, plural: rn.plural, officer: rn.orgTitle,
			placed: rn.place != nil}
		if rn.titleKind != 0 {
			m.title, m.head = rn.role, lastWord(rn.titleWords)
			m.nameless = rn.titleKind == KindTitle
			m.titleWords = rn.titleWords
		}
		if !ok {
			m.titleOnly = true // coreference must say who
			m.typ = "PER"
			m.titleSector, m.former = rn.sector, rn.former
			if rn.titleKind == KindSector {
				m.typ = "ORG"
				if !rn.former && rn.person == nil && rn.named == nil {
					m.sector = rn.sector
				}
			}
		} else {
			if a.Name == "" {
				a.Name = text(rn.s, rn.e)
			}
			m.actor = &a
		}
		out = append(out, m)
	}
	sortMentions(out[first:])
	titleOf(d, out[first:])
	sectorIn(d, out[first:])
	titled = appositions(d, words, base, si, out[first:], titled)
	titled = orgAppositions(d, words, base, si, out[first:], titled)
	return out, titled
}

// titleOf gives a bare title followed by "of" and a country or an
// organisation that body's code: "the former president of Mexico" is
// MEXELI, "the commander of Kenyan troops" KENMIL, "the head of the
// African Union" the Union's. Coreference would otherwise tie the title
// to whoever last held one like it.
func titleOf(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if !m.titleOnly || m.typ != "PER" || m.actor != nil || i+1 >= len(ms) || m.e >= len(d.Tokens) {
			continue
		}
		if w := d.Text[d.Tokens[m.e].Start:d.Tokens[m.e].End]; w != "of" {
			continue
		}
		n := &ms[i+1]
		at := m.e + 1
		if at < len(d.Tokens) && strings.EqualFold(d.Text[d.Tokens[at].Start:d.Tokens[at].End], "the") {
			at++
		}
		b := n.actor
		if n.s != at || b == nil || b.Code == "" || n.typ == "PER" || n.typ == "NORP" || n.pronoun {
			continue // "of Philippine Long Distance": an adjective
		}
		if b.Code != b.Country && b.Code != b.Country+b.Sector && !strings.HasPrefix(b.Code, "IGO") {
			continue // a company's or another body's own code: its own man
		}
		if n.e < len(d.Tokens) {
			// a modifier of a longer phrase: "president of the Peruvian
			// subsidiary", "chief executive of Ireland's Dunnes Stores"
			nx := d.Tokens[n.e]
			w := d.Text[nx.Start:nx.End]
			if w == "'s" || w == "’s" || nx.UPOS == "NOUN" || nx.UPOS == "PROPN" {
				continue
			}
		}
		a := doc.Actor{Name: d.Text[d.Tokens[m.s].Start:d.Tokens[n.e-1].End]}
		switch {
		case m.former && b.Country != "" && !strings.HasPrefix(b.Code, "IGO"):
			a.Country, a.Sector = b.Country, "ELI"
			a.Code = a.Country + a.Sector
		case strings.HasPrefix(b.Code, "IGO") || b.Sector != "" || m.titleSector == "":
			// the body's own code: "head of the African Union", "commander
			// of Kenyan troops"
			a.Country, a.Sector, a.Code = b.Country, b.Sector, b.Code
		default:
			a.Country, a.Sector = b.Country, m.titleSector
			a.Code = a.Country + a.Sector
		}
		m.actor, m.titleOnly, m.e = &a, false, n.e
		n.actor = nil // inside the title's mention now
	}
	for i := range ms {
		// "the foreign ministers of China, Ethiopia and Egypt"
		if m := &ms[i]; !m.former && m.actor != nil && m.actor.Sector != "" && m.actor.Country != "" &&
			m.actor.Code == m.actor.Country+m.actor.Sector && m.e-m.s >= 3 &&
			d.Text[d.Tokens[m.e-2].Start:d.Tokens[m.e-2].End] == "of" && d.Tokens[m.e-3].XPOS == "NNS" {
			listOfTitle(d, ms[i+1:], m.e, m.actor.Sector)
		}
	}
}

// orgHeadSectors are the head words of an organisation's name that say
// its sector whatever else the name says ("Ports Authority", "Airways").
var orgHeadSectors = map[string]string{
	"Ministry": "GOV", "Department": "GOV", "Agency": "GOV", "Administration": "GOV",
	"Commission": "GOV", "Bureau": "GOV", "Authority": "GOV",
	"Bank": "BUS", "Company": "BUS", "Corporation": "BUS", "Airlines": "BUS", "Airways": "BUS",
	"University": "EDU", "College": "EDU",
}

// orgNameSector is the sector of an organisation's name by its head word:
// the word before a first "of" or "for", else the last word ("Nepali
// Department of Health" → Department; "Kenya Ports Authority" →
// Authority). A news or press agency is media, and a central or reserve
// bank the state's.
func orgNameSector(words []string) string {
	h := len(words) - 1
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for") {
			h = i - 1
			break
		}
	}
	if h < 0 {
		return ""
	}
	sector := orgHeadSectors[words[h]]
	if sector == "" {
		return ""
	}
	for _, w := range words[:h] {
		switch w {
		case "News", "Press", "Broadcasting":
			return "MED"
		case "Central", "Reserve":
			return "GOV"
		}
	}
	if words[h] == "Bank" && h+1 < len(words) {
		// "the Bank of Uganda" and "National Bank of Ethiopia" are central
		// banks, "Bank of Cyprus" and "National Bank of Greece" lenders:
		// the name does not say which (review)
		return ""
	}
	return sector
}

// inPlaceSectors are the sectors of a state's own bodies, which a place
// after "in" names: "the Supreme Court in Liberia", "police in Kenya",
// "the Labour government in Jerusalem". Troops, rebels or people in a
// place are as often another country's ("US troops in Iraq").
var inPlaceSectors = map[string]bool{"GOV": true, "JUD": true, "LEG": true, "COP": true}

// sectorIn gives a bare sector noun of a state body, or one whose country
// came from a party or body rather than a place written in it, followed
// by "in" and a country or its capital, that country: "the Supreme Court
// in Liberia" LBRJUD, "the Labour government in Jerusalem" ISRGOV (not
// Britain's Labour). ms are one sentence's mentions in order.
func sectorIn(d *doc.Document, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.typ != "ORG" || m.pronoun || m.placed || m.former || m.e+1 >= len(d.Tokens) || n.s != m.e+1 {
			continue
		}
		if w := d.Text[d.Tokens[m.e].Start:d.Tokens[m.e].End]; w != "in" {
			continue
		}
		sector := m.sector
		switch {
		case m.titleOnly && m.actor == nil:
		case m.actor != nil && m.actor.Country != "" && m.actor.Code == m.actor.Country+m.actor.Sector && m.head == "":
			sector = m.actor.Sector // "Labour government": the party's country
		default:
			continue
		}
		if m.s > 0 && d.Tokens[m.s-1].Sentence == d.Tokens[m.s].Sentence {
			if u := d.Tokens[m.s-1].UPOS; u == "NOUN" || u == "PROPN" {
				continue // "bank officials in Manila": another body's (review)
			}
		}
		if sector == "JUD" && intlCourtSeat(d.Text[d.Tokens[n.s].Start:d.Tokens[n.e-1].End]) {
			continue // "the court in Luxembourg" may be the EU's (review)
		}
		b := n.actor
		if !inPlaceSectors[sector] || b == nil || n.typ != "GPE" || b.Country == "" ||
			b.Code != b.Country && b.Code != b.Country+"GOV" {
			continue
		}
		if n.e < len(d.Tokens) {
			if w := d.Text[d.Tokens[n.e].Start:d.Tokens[n.e].End]; w == "'s" || w == "’s" || d.Tokens[n.e].UPOS == "NOUN" {
				continue // "the court in Kenya's capital": a longer phrase
			}
		}
		a := doc.Actor{Name: d.Text[d.Tokens[m.s].Start:d.Tokens[m.e-1].End], Country: b.Country, Sector: sector,
			Code: b.Country + sector}
		m.actor, m.titleOnly = &a, false
	}
}

// intlCourtSeat reports a town that seats international courts as well as
// its country's: a court there may be the ICJ, the EU's or Europe's human
// rights court, or a UN tribunal.
func intlCourtSeat(place string) bool {
	switch strings.TrimPrefix(place, "The ") {
	case "Hague", "Luxembourg", "Strasbourg", "Arusha":
		return true
	}
	return false
}

// listOfTitle gives the countries listed after a plural title's first
// ("the foreign ministers of China, Ethiopia and Egypt") the title's
// sector: each is that country's minister, not the country (review2).
func listOfTitle(d *doc.Document, rest []mention, end int, sector string) {
	for j := range rest {
		n := &rest[j]
		if n.e <= end {
			continue // the title's own country, inside its mention
		}
		for t := end; t < n.s; t++ {
			switch w := d.Text[d.Tokens[t].Start:d.Tokens[t].End]; w {
			case ",", "and":
			default:
				return
			}
		}
		if n.s == end || n.actor == nil || n.actor.Country == "" || n.actor.Code != n.actor.Country || n.pronoun {
			return
		}
		a := *n.actor
		a.Sector, a.Code = sector, a.Country+sector
		n.actor, end = &a, n.e
	}
}

// allUsed reports whether every run of over is used.
func allUsed(used []bool, over []int) bool {
	for _, i := range over {
		if !used[i] {
			return false
		}
	}
	return true
}

// orgBefore returns the organisation run whose possessive stands before
// word start, across at most four lower-case nouns and adjectives or title
// words ("the African Union's commission chairman", "NATO's deputy
// secretary general", "the UN's special envoy"; not "Yonhap News Agency
// quoted Han"), or a country's sector run with such words after it ("Hong
// Kong's Democratic Party leader"; its named is nil), or nil. base is the sentence's first token in d.
func orgBefore(d *doc.Document, base int, runs []run, words []string, start int) *run {
	k := start
	for steps := 0; k > 0 && steps <= 4; steps++ {
		for i := range runs {
			// the KB composed the possessive and a title with the name:
			// "the UN 's special envoy"
			if rn := &runs[i]; rn.e == k && rn.named != nil && rn.person == nil &&
				(slices.Contains(words[rn.s:rn.e-1], "'s") || slices.Contains(words[rn.s:rn.e-1], "’s")) {
				return rn
			}
			// or the name and lower-case title words before the person
			// (inside the KB's run or after it): "M23 spokesman Lawrence
			// Kanyuka", "African Union Commission chairman Mahmoud Ali
			// Youssouf"
			if rn := &runs[i]; rn.e == k && rn.named != nil && rn.person == nil &&
				(k < start || inTitle(runs, k) || rn.orgTitle ||
					rn.e-rn.s >= 2 && words[rn.e-1] != "" && words[rn.e-1][0] >= 'a' && words[rn.e-1][0] <= 'z') {
				// (or a title the KB composed after the name, capitalised:
				// "British MI5 Director General Dame X")
				return rn
			}
			// or a country's group and lower-case title words after it:
			// "Hong Kong's Democratic Party leader X", "the Kenyan army
			// spokesman X"
			// (the word before the person must be a title: not "a Kenyan
			// army officer beat student Peter Otieno", review)
			if rn := &runs[i]; rn.e == k && k < start && rn.named == nil && rn.person == nil &&
				rn.country != "" && rn.sector != "" && rn.titleKind == KindSector &&
				(titleAt(runs, start-1) || orgHeadBefore(words, start) > 0 || strings.EqualFold(words[start-1], "secretary")) {
				return rn
			}
		}
		w := words[k-1]
		if w == "'s" || w == "’s" {
			for i := range runs {
				if rn := &runs[i]; rn.e == k-1 && rn.named != nil && rn.person == nil {
					return rn
				}
			}
			return nil
		}
		if w == "" || !inTitle(runs, k-1) && (w[0] < 'a' || w[0] > 'z' || !nominalTag(d.Tokens[base+k-1].UPOS)) {
			return nil
		}
		k--
	}
	return nil
}

// nominalTag reports a noun or adjective tag, or no tag (untagged text).
func nominalTag(upos string) bool { return upos == "" || upos == "NOUN" || upos == "ADJ" }

// titleAt reports whether word i lies in a title run ("spokesman",
// "Deputy Secretary-General"), not a sector noun ("student").
func titleAt(runs []run, i int) bool {
	for _, rn := range runs {
		if rn.s <= i && i < rn.e && rn.person == nil && rn.named == nil && rn.titleKind == KindTitle {
			return true
		}
	}
	return false
}

// inTitle reports whether word i lies in a title or sector run ("Deputy
// Secretary-General").
func inTitle(runs []run, i int) bool {
	for _, rn := range runs {
		if rn.s <= i && i < rn.e && rn.person == nil && rn.named == nil && rn.sector != "" {
			return true
		}
	}
	return false
}

// dropLonePersons removes one-word KB person names (surname aliases) that
// the NER reads otherwise: inside a non-person name ("Victoria" the state,
// "Wall Street"), or untagged and followed by a capitalised word.
func dropLonePersons(runs []run, words []string, ner []NERSpan) []run {
	out := runs[:0]
	for _, rn := range runs {
		if rn.person != nil && rn.e-rn.s > 1 && rn.personAt == rn.e-1 &&
			rn.e < len(words) && isCapitalised(words[rn.e]) && !calendarWord(words[rn.e]) {
			// "M23 spokesman Lawrence Kanyuka": the title stays; a known
			// one-word surname before another name word is someone's
			// first name
			rn.person, rn.e = nil, rn.personAt
		}
		if rn.person != nil && rn.e-rn.s == 1 && rn.titleKind == 0 && rn.place == nil && rn.named == nil {
			var cover *NERSpan
			for i := range ner {
				if ner[i].Start <= rn.s && ner[i].End >= rn.e {
					cover = &ner[i]
				}
			}
			if cover != nil && cover.Type != "PER" {
				continue
			}
			if rn.e < len(words) && isCapitalised(words[rn.e]) && !calendarWord(words[rn.e]) &&
				(cover == nil || cover.End == rn.e) {
				// "Lawrence Kanyuka": a known surname as someone's first name,
				// even where the recogniser cut the name after it
				continue
			}
			if placeBefore(words, rn.s) && (rn.e == len(words) || words[rn.e] != "'s" && words[rn.e] != "’s") {
				continue // "the town of Masisi", "fighting near Masisi"
			}
		}
		out = append(out, rn)
	}
	return out
}

// placeBefore reports whether the words before token i introduce a place:
// a locative preposition ("in", "near") or a settlement noun and "of" ("the
// town of", "residents of").
func placeBefore(words []string, i int) bool {
	if i == 0 {
		return false
	}
	switch strings.ToLower(words[i-1]) {
	case "in", "near", "outside", "around", "inside":
		return true
	case "of":
		if i >= 2 {
			switch strings.ToLower(words[i-2]) {
			case "town", "village", "city", "district", "province", "region", "residents", "outskirts", "suburb", "port":
				return true
			}
		}
	}
	return false
}

func isCapitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// personMention is a KB person's mention, with an explicit title applied
// (rule 3).
func (r *Resolver) personMention(d *doc.Document, base, si, s, e int, rn, title *run, text func(int, int) string) mention {
	if title != nil && ministerRoles[title.role] && rn.person.Status == StatusInOffice &&
		(rn.person.Class == "HOG" || rn.person.Class == "HOS") && title.country == "" {
		// "Defence Minister Pedro Sanchez" in a story about Colombia is
		// not Spain's prime minister: a sitting head of government is not
		// titled a minister with no country. Someone the KB does not know,
		// coded by the title (and the story's country, later). ("Israeli
		// Foreign Minister Benjamin Netanyahu" held both offices.)
		a := doc.Actor{Name: text(rn.personAt, rn.e), Country: title.country, Sector: title.sector}
		if a.Country != "" {
			a.Code = a.Country + a.Sector
		}
		m := mention{s: base + s, e: base + e, sent: si, typ: "PER", actor: &a, ante: -1}
		m.title, m.head, m.explicit = title.role, lastWord(title.titleWords), true
		return m
	}
	a := rn.person.Actor
	if title == nil && !rn.former && notYetElite(d, rn.person) {
		// a sportswoman the KB knows for an embassy 17 years later (round19.go)
		a.Code, a.Country, a.Sector = "", "", ""
	}
	recode := rn.former
	if title == nil && rn.named != nil && rn.named.Kind == KindInstitution && rn.named.Actor.Code != "" &&
		rn.s < rn.personAt && (rn.person.Status == StatusFormer || rn.person.Status == StatusBeforeOffice) {
		// "US Trade Representative Rob Portman", whom the KB knows in
		// no office at the date: the office named before the name is
		// the one held (the KB's roles are incomplete), not "former"
		a.Country, a.Sector, a.Code = rn.named.Actor.Country, rn.named.Actor.Sector, rn.named.Actor.Code
	}
	if title != nil && title.sector != "" && title.sector != "IGO" && !spokesWords[strings.ToLower(title.titleWords)] &&
		!r.orgOfficeTitle(a, rn, title) && !r.kbOfficeTitle(d, base, a, rn, title) {
		// (a bare "spokesman" says nothing of a known person's sector;
		// "foreign ministry spokesman" does; "Secretary General" is the
		// title of an organisation's head, which orgTitled reads)
		if title.country != "" {
			a.Country = title.country
		} else if info, ok := r.kb.codes[a.Country]; ok && info.kind == KindOrg {
			// "Foreign Minister Klaus Kinkel", whom the KB knows only as an
			// official of the EEC: a national office of no country named,
			// left to the story's country
			a.Country, a.Code = "", ""
		}
		a.Sector = title.sector
		recode = true
	}
	if (rn.former || (title != nil && title.former)) && a.Country != "" {
		a.Sector = "ELI"
		recode = true
		if info, ok := r.kb.codes[a.Country]; !ok || info.kind != KindCountry && info.kind != KindRegion {
			// "Former UN envoy X", whom the KB files under the UN: a
			// former official of an organisation is no elite of it
			// ("UNOELI" is no code), and his own country is unknown
			a.Country, a.Sector, a.Code, recode = "", "", "", false
		}
	}
	if a.Country != "" && recode {
		// (a title that changes nothing keeps the KB's code: "Secretary-
		// General Antonio Guterres" is IGOUNO, not UNO+IGO)
		a.Code = a.Country + a.Sector
	}
	m := mention{s: base + s, e: base + e, sent: si, typ: "PER", actor: &a, ante: -1}
	m.staleAlias = staleAlias(d, rn.person, title) // kbname33.go
	if title != nil {
		m.title, m.head, m.explicit = title.role, lastWord(title.titleWords), true
	} else if rn.person.Role != "" {
		m.title = strings.ToLower(rn.person.Role)
	}
	return m
}

// orgOfficeTitle reports a bare title that is the head of the office an
// organisation's officer holds at the date ("President Ursula von der
// Leyen", President of the European Commission): the title names that
// office, not a national one of the story's country, and the KB's code
// stays (session 20).
func (r *Resolver) orgOfficeTitle(a doc.Actor, rn, title *run) bool {
	if title.country != "" || rn.person.Status != StatusInOffice || title.titleWords == "" {
		return false
	}
	if info, ok := r.kb.codes[a.Country]; !ok || info.kind != KindOrg {
		return false
	}
	role, t := strings.ToLower(rn.person.Role), strings.ToLower(title.titleWords)
	return role == t || strings.HasPrefix(role, t+" of ")
}

// orgTitled gives a KB person named with an organisation's title ("NATO
// Secretary General Mark Rutte", "RSF commander Mohamed Hamdan Dagalo",
// "the UN's special envoy X") that organisation's actor: the text says
// whose man he is now, whatever offices the KB dates for him. A party's
// title ("ANC leader X") leaves the KB's office alone (not an elite's: round 8), and so does a
// former one ("former NATO chief X" is his country's elite).
// s is the title's first word (sentence-relative).
func (k *KB) orgTitled(d *doc.Document, base int, runs []run, words []string, m *mention, title *run, s int) {
	if title.former || title.country != "" {
		return // "NATO member Turkey's President X" is Turkey's
	}
	org := orgBefore(d, base, runs, words, s)
	if org == nil {
		// the name before a body of it ("ECOWAS | Commission | President
		// X"; a name touching the title is one run with it: orgOfficer)
		for i := range runs {
			rn := &runs[i]
			if rn.named != nil && rn.person == nil && rn.e == s-1 && bodyNouns[words[s-1]] {
				org = rn
			}
		}
	}
	if org != nil && !org.former && org.named != nil {
		k.orgOfficer(m, org)
	}
}

// orgOfficer codes person mention m as the officer of organisation run
// org (not a party's: "ANC leader X" keeps the offices the KB dates).
func (k *KB) orgOfficer(m *mention, org *run) {
	if org.named.Ambiguous {
		return
	}
	if org.named.Kind == KindParty && (m.actor == nil || m.actor.Sector != "ELI") {
		// a party's title leaves the office the KB dates for a person
		// alone; one the KB places in no office then (its ELI) is the
		// party's man: "ANC secretary-general X" (round 8)
		return
	}
	oa, _, ok := k.runActor(org)
	if !ok || oa.Code == "" {
		return
	}
	a := *m.actor
	if org.named.Kind == KindInstitution && oa.Country == a.Country && a.Sector != "ELI" {
		return // "US House of Representatives Speaker X": the KB dates his office in that state
	}
	a.Country, a.Sector, a.Code = oa.Country, oa.Sector, oa.Code
	if oa.Country != "" && strings.HasPrefix(oa.Code, oa.Country) {
		a.Sector = oa.Code[len(oa.Country):] // (the code whole: "USAGOVLEG")
	}
	m.actor, m.officer = &a, true
}

// titlePlacePreps join a title to the place it is for ("envoy for Sudan",
// "ambassador to China", "ambassador in Beijing").
var titlePlacePreps = map[string]bool{"for": true, "to": true, "in": true}

// closesApposition reports the word after an apposition's second part: a
// comma, or the end of the clause.
func closesApposition(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "!", "?":
		return true
	}
	return false
}

// bodyNouns are the capitalised bodies of an organisation that stand
// between its name and an officer's title ("the ECOWAS Commission
// President", "the AU Council chairman").
var bodyNouns = map[string]bool{"Commission": true, "Council": true, "Secretariat": true,
	"Assembly": true, "Committee": true, "Board": true}

func appendTitled(titled []Titled, m mention, rn, title *run, d *doc.Document, base, si int, n NERSpan, text func(int, int) string) []Titled {
	if title == nil || title.sector == "" {
		return titled
	}
	nameStart := max(n.Start, title.titleEnd)
	if nameStart >= n.End {
		return titled
	}
	return append(titled, Titled{
		Name: text(nameStart, n.End), Country: m.actor.Country, Sector: m.actor.Sector,
		Title: title.titleWords, Role: title.role, ID: rn.person.Actor.ID, KBCode: rn.person.Actor.Code,
		Sentence: si, Start: d.Tokens[m.s].Start, End: d.Tokens[m.e-1].End,
	})
}

// sameName reports whether an NER name [s, e) around a KB person's span
// names the same person: every word outside the KB span is a word of the
// KB's name or an initial ("William Samoei Ruto", "George W. Bush").
func sameName(k *KB, rn *run, words []string, s, e int) bool {
	known := strings.Fields(strings.ToLower(foldString(rn.person.Actor.Name + " " + rn.person.Alias)))
	for i := s; i < e; i++ {
		if i >= rn.s && i < rn.e {
			continue
		}
		w := strings.ToLower(foldString(words[i]))
		if len(strings.TrimRight(w, ".")) <= 1 {
			continue
		}
		ok := false
		for _, kw := range known {
			if kw == w {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// teamCaptain reports whether the title ending before word e ends with a
// lower-case "captain" or "skipper" with no service before it: "England captain
// Andrew Flintoff", "captain Ricky Ponting" lead a team, not a company of
// soldiers ("army captain X", "Captain X" keep the rank).
func teamCaptain(words []string, e int) bool {
	if words[e-1] != "captain" && words[e-1] != "skipper" {
		return false
	}
	if e-2 >= 0 {
		// (the words before it in the title are a country's: "New
		// Zealand captain X")
		switch strings.ToLower(words[e-2]) {
		case "army", "navy", "naval", "military", "marine", "marines", "police", "force", "guard",
			"ship", "ship's", "sea", "airline", "militia", "rebel":
			return false
		}
	}
	return true
}

// isHonorific reports a courtesy title that is no part of a name.
func isHonorific(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam":
		return true
	}
	return false
}

// foldString folds diacritics as the KB does.
func foldString(s string) string { return string(foldInto(nil, s)) }

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// mergeType keeps the NER's type except where the KB knows better.
func mergeType(nerType, kbType string) string {
	if kbType == "PER" || nerType == "MISC" {
		return kbType
	}
	return nerType
}

// governsWord are the sector nouns that say a group governs ("the Taliban
// government", "the Hutu regime"); "a Hamas official" is the group's man.
var governsWord = map[string]bool{"government": true, "regime": true, "administration": true, "cabinet": true}

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

// sectorBeforePlace reports a lower-case sector noun touching a country or
// capital after it: "to press Iran", "to court Beijing" are verbs before
// their objects, not Iran's press (English puts the place first: "the
// Iranian press", "Iran's press").
func sectorBeforePlace(words []string, a, b Span) bool {
	if a.End != b.Start || a.End-a.Start != 1 || !isLowerWord(words[a.Start]) || strings.ContainsRune(words[a.Start], '-') {
		// "state-owned Abu Dhabi …" is an adjective of the name
		return false
	}
	for _, h := range a.Hits {
		if h.Kind != KindSector {
			return false
		}
	}
	for _, h := range b.Hits {
		if h.Kind == KindCountry || h.Kind == KindCapital {
			return true
		}
	}
	return false
}

func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// composeRun reads a run of matched names: the person, organisation or
// place it names and the title or sector words around them.
func (k *KB) composeRun(date string, sps []Span, prefer map[string]bool, words []string) (run, bool) {
	// "warned Lee Friday to be careful": a weekday or month after a name is
	// the date, not part of the name (a surname alias that is a date word);
	// then "late" ("Gowda late Friday")
	for n := len(sps); n > 1; n = len(sps) {
		if ms := k.SpanMatches(sps[n-1], date); sps[n-1].End-sps[n-1].Start == 1 && len(ms) > 0 &&
			ms[0].Kind == KindPerson && calendarWord(ms[0].Alias) {
			sps = sps[:n-1]
			continue
		}
		break
	}
	// "late" ending the run modifies nothing in it: "arrived in Beirut
	// late on Sunday" is no late (former) Beirut. ("Iraq's former
	// strongman" keeps its modifier: the noun after it is no KB title.)
	if n := len(sps); n > 1 {
		if ms := k.SpanMatches(sps[n-1], date); len(ms) > 0 && ms[0].Kind == KindModifier && strings.EqualFold(ms[0].Alias, "late") {
			sps = sps[:n-1]
		}
	}
	rn := run{s: sps[0].Start, e: sps[len(sps)-1].End}
	any := false
	personEnd := -1
	toTitle := false // a title ending in "to" was read: places after it are its destination
spans:
	for _, sp := range sps {
		ms := k.SpanMatches(sp, date)
		if len(ms) == 0 {
			continue
		}
		any = true
		m := ms[0]
		if m.Ambiguous && prefer != nil && decidable(m.Kind) {
			if p, ok := decide(ms, prefer); ok {
				m = p
			}
		}
		if m.Ambiguous && m.Kind == KindPerson && rn.country != "" {
			// namesakes of two countries sharing a name on purpose: the
			// country written before it decides ("Saudi Arabia's King
			// Abdullah", not Jordan's; round 8)
			if p, ok := decide(ms, map[string]bool{rn.country: true}); ok {
				m = p
			}
		}
		if m.Ambiguous && m.Kind == KindPerson && rn.country == "" && prefer != nil && !nameGoesOn(words, sps, sp) {
			m = storyNamesake(ms, m, prefer) // actor/left22.go
		}
		switch m.Kind {
		case KindPerson:
			if sp.End-sp.Start == 1 && calendarWord(m.Alias) {
				continue // "Friday", "May": a surname alias that is a date word
			}
			if rn.person == nil {
				rn.person = &m
				rn.personAt, personEnd = sp.Start, sp.End
			} else if sp.Start == personEnd && m.Actor.ID != rn.person.Actor.ID &&
				m.Actor.Country != rn.person.Actor.Country {
				// "Spokesman Ahmed Sharif", "Ali Abdallah Saleh": two people's
				// names of two countries side by side are one name the KB
				// does not know (a headline's "Xi Jinping Putin" is lost);
				// the run ends before it (the recogniser's name takes it).
				// (Of one country, "Sheikh Ahmad Fahd al-Sabah", the first
				// stands: a family's names.)
				rn.e, rn.person = rn.personAt, nil
				if rn.e <= rn.s {
					return rn, false
				}
				break spans
			}
		case KindOrg, KindInstitution, KindParty, KindMedia, KindArmedGroup, KindActor:
			rn.named = &m
		case KindCountry, KindCapital, KindRegion, KindNationality:
			if toTitle {
				// "the ambassador to France": the country he is sent to,
				// not his own ("Kenya's ambassador to China" is Kenya's)
				continue
			}
			if rn.place == nil && !m.Ambiguous {
				rn.place, rn.placeFirst = &m, rn.named == nil
			}
			// "the Brussels court": a city that stands for an organisation
			// seated there (Brussels, the EU) gives no country to a sector
			if rn.country == "" && !m.Ambiguous && !(m.Kind == KindCapital && m.Actor.Sector == "IGO") {
				rn.country = m.Actor.Country
			}
		case KindSector, KindTitle:
			if rn.named != nil && (rn.named.Kind == KindArmedGroup || rn.named.Kind == KindParty) && m.Kind == KindSector &&
				m.Actor.Sector == "GOV" && rn.person == nil && governsWord[strings.ToLower(m.Alias)] {
				// "the Taliban government": the group governs; "the
				// United Front government", "the Labour government": the
				// party's government is the state's
				rn.sector = "GOV"
				continue
			}
			if rn.named != nil && rn.named.Kind == KindArmedGroup && m.Kind == KindSector &&
				peopleSectors[m.Actor.Sector] && rn.person == nil &&
				(m.Actor.Sector != "CVL" || civilianWords[strings.ToLower(m.Alias)]) {
				// "Rwandan Hutu refugees": the people an armed group is
				// named after, not its fighters
				rn.sector = m.Actor.Sector
				continue
			}
			if rn.person != nil || rn.named != nil {
				if rn.named != nil && rn.person == nil && m.Kind == KindTitle {
					rn.orgTitle = true // "RSF commander X": the name's officer
				}
				continue // "Ruto government": the name leads
			}
			if rn.sector != "" && (m.Kind == KindSector && strings.EqualFold(m.Role, "delegation") || m.Actor.Sector == "IGO") {
				// "rebel negotiators", "a union delegation": whose
				// delegation; "Foreign Ministry Secretary-General": whose
				// secretary general
				continue
			}
			if m.Kind == KindTitle && strings.HasSuffix(m.Alias, " to") {
				toTitle = true
			}
			if rn.sector != "" && rn.sector != "GOV" && m.Kind == KindSector && m.Actor.Sector == "GOV" &&
				bodyOfWords[strings.ToLower(m.Alias)] {
				// "the prosecution authorities", "court officials": the
				// officials of the body the first word names
				continue
			}
			if m.Actor.Sector != "" {
				if rn.country == "" && m.Kind == KindTitle {
					rn.country = k.seatOf(m.Alias) // "Kremlin spokesman"
				}
				rn.sector = m.Actor.Sector
				if pl := rn.place; pl != nil && pl.Kind == KindCapital && m.Actor.Sector == "GOV" &&
					pl.Actor.Sector != "" && pl.Actor.Sector != "GOV" && pl.Actor.Sector != "IGO" {
					// "Pentagon officials", "the Pentagon spokesman": the
					// body the seat stands for (MIL), not any government's
					rn.sector = pl.Actor.Sector
				}
				rn.role = m.Role
				rn.titleKind = m.Kind
				rn.titleEnd = sp.End
				if rn.titleWords == "" {
					rn.titleWords = m.Alias
				} else {
					rn.titleWords += " " + m.Alias
				}
				rn.plural = m.Kind == KindSector && isPluralAlias(m.Alias)
			}
		case KindModifier:
			rn.former = rn.former || m.Actor.Sector == "ELI"
		}
	}
	if rn.titleWords != "" {
		rn.titleWords = titleCase(rn.titleWords)
	}
	return rn, any
}

// bodyOfWords are the government nouns that after another sector's noun
// name that body's people, not the government.
var bodyOfWords = map[string]bool{"authorities": true, "officials": true, "official": true}

// leaderForceSectors are the sectors of a state's armed and police bodies,
// which a leader's name before them ("Saddam's presidential guard") gives
// his country.
var leaderForceSectors = map[string]bool{"MIL": true, "COP": true, "SPY": true}

// leaderBeforeForce reports a state's person's name and a possessive before
// an armed or police body's noun: "Saddam's presidential guard", "Putin's
// troops". The two are separate mentions.
func (k *KB) leaderBeforeForce(date string, words []string, a, b Span) bool {
	if b.Start <= a.End || !joined(words, a.End, b.Start) {
		return false // no possessive between them
	}
	ma, mb := k.SpanMatches(a, date), k.SpanMatches(b, date)
	if len(ma) == 0 || len(mb) == 0 || ma[0].Kind != KindPerson || mb[0].Kind != KindSector {
		return false
	}
	// a state's leader, in office or former ("Saddam's forces" in 2005);
	// a rebel leader's army is his movement's ("Kabila's army" in 1997:
	// the run keeps his code)
	p := ma[0].Actor
	return leaderForceSectors[mb[0].Actor.Sector] && isState(p) && (p.Sector == "GOV" || p.Sector == "ELI")
}

// personBeforeName reports a person's name and a possessive before the
// name of a party or another body of his country: "Saddam's Baath party",
// "Putin's United Russia party". The two are separate mentions, each
// with its own code (the run had made the party the person).
func (k *KB) personBeforeName(date string, words []string, a, b Span) bool {
	if b.Start <= a.End || !joined(words, a.End, b.Start) {
		return false // no possessive between them
	}
	ma, mb := k.SpanMatches(a, date), k.SpanMatches(b, date)
	if len(ma) == 0 || len(mb) == 0 || ma[0].Kind != KindPerson {
		return false
	}
	switch mb[0].Kind {
	case KindParty, KindOrg, KindInstitution, KindArmedGroup, KindMedia:
	default:
		return false
	}
	// of the person's country: a name the KB gives another country's body
	// ("Tshisekedi's Union for Democracy" is no Saint-Martin party) stays
	// the person's mention
	for _, m := range mb {
		if m.Actor.Country == ma[0].Actor.Country {
			return true
		}
	}
	return false
}

// isState reports whether an actor belongs to a country (not an IGO's or a
// region's official): the country is three letters and the code starts with it.
func isState(a doc.Actor) bool {
	return len(a.Country) == 3 && strings.HasPrefix(a.Code, a.Country) && a.Sector != "IGO" && a.Country != "UNO"
}

// seatOf is the country of the seat of government a title starts with
// ("Kremlin spokesman": RUS; "State Department spokesperson": USA), or "".
func (k *KB) seatOf(title string) string {
	i := strings.LastIndexByte(title, ' ')
	if i <= 0 {
		return ""
	}
	for _, m := range k.Lookup(title[:i], "") {
		if m.Kind == KindCapital && !m.Ambiguous && m.Actor.Sector != "IGO" {
			return m.Actor.Country
		}
	}
	return ""
}

// trimWeekdays drops a weekday the recogniser ran into the end of a
// person's name: "warned Lee Friday to be careful" names Lee (wire news puts
// the day after the object). The spans are copied when one changes.
func trimWeekdays(words []string, ner []NERSpan) []NERSpan {
	out := ner
	copied := false
	for i, n := range ner {
		if t, ok := trimWeekdaySpan(words, n); ok {
			// a body's or a place's name (round 21)
			if !copied {
				out, copied = append([]NERSpan(nil), ner...), true
			}
			out[i] = t
			continue
		}
		// at least two words must stay: "John Sunday" and "Joseph Monday"
		// are names (review3), "Martin Lee Friday" a name and a date
		if n.Type != "PER" || n.End-n.Start < 3 || n.End > len(words) || !weekday(words[n.End-1]) {
			continue
		}
		if !copied {
			out, copied = append([]NERSpan(nil), ner...), true
		}
		out[i].End--
	}
	return out
}

// portfolioGap reports a country or nationality and a minister's or
// ministry's word with one lower-case portfolio word between them that
// the KB has no title for: "the Russian energy ministry", "the Iraqi oil
// minister" (the KB's own "finance ministry" and "foreign minister" need
// none of this).
//
// A possessive may stand before the portfolio: "China's forestry
// administration" (session 26). Capitalised, one or two portfolio or rank
// words join a capitalised minister's word (capitalPortfolioGap, session 27).
func (k *KB) portfolioGap(date string, words []string, a, b Span) bool {
	g := a.End
	if g < len(words) && (words[g] == "'s" || words[g] == "’s") {
		g++
	}
	if g < len(words) && isCapitalised(words[g]) {
		if !capitalPortfolioGap(words, g, b) {
			return false
		}
	} else if g >= len(words) || b.Start != g+1 || b.End != b.Start+1 || !isLowerWord(words[g]) || !portfolioWords[titleCase(words[g])] ||
		lowerPortfolioExcluded[words[g]] || !ministryWords[strings.ToLower(words[b.Start])] {
		return false
	}
	ms := k.SpanMatches(a, date)
	return len(ms) > 0 && (ms[0].Kind == KindCountry || ms[0].Kind == KindNationality)
}

// ministryWords are the minister's and ministry's words portfolioGap joins.
var ministryWords = map[string]bool{"ministry": true, "minister": true, "ministers": true, "ministries": true,
	"administration": true} // "China's forestry administration" (session 26)

// lowerPortfolioExcluded are portfolio words that, in lower case, say too
// little ("the Kenyan state minister" is a junior minister of any
// portfolio; "national", "public" ...).
var lowerPortfolioExcluded = map[string]bool{"state": true, "national": true, "public": true, "social": true,
	"local": true, "regional": true, "internal": true, "external": true, "home": true, "foreign": true}

// titleWithPortfolio makes the portfolio between a title and a person's
// name part of the title: "Minister of State for Trade and Industry Tan Bo
// Kiat" had the KB's "Industry" (a sector noun) as his title, or, when the
// recogniser took "Industry" for the first of the name, none. The title's
// run then ends where the name starts, the portfolio's own KB words are
// dropped, and a portfolio word the recogniser put in the name leaves it.
func titleWithPortfolio(words []string, runs []run, ner []NERSpan) ([]run, []NERSpan) {
	copied := false
	for i := range ner {
		n := ner[i]
		if n.Type != "PER" {
			continue
		}
		start := n.Start
		for start+2 < n.End && portfolioWords[words[start]] && start > 0 && (orgHeadPreps[words[start-1]] || words[start-1] == "and") {
			start++ // "Industry Tan Bo Kiat"
		}
		ti, prep, port := -1, false, start > n.Start
		for p := start; p > 0 && start-p <= 6; p-- {
			for j, r := range runs {
				if r.e == p && p < start && prep && port && r.sector != "" && r.person == nil && r.named == nil && r.titleKind == KindTitle {
					ti = j
				}
			}
			if ti >= 0 {
				break
			}
			w := words[p-1]
			if w != "and" && !orgHeadPreps[w] && !portfolioWords[w] && w != "Affairs" {
				break
			}
			prep = prep || orgHeadPreps[w]
			port = port || portfolioWords[w] // ("a spokesman for Tuyakbai" has none)
		}
		if ti < 0 {
			continue
		}
		if !copied {
			ner, copied = append([]NERSpan(nil), ner...), true
		}
		ner[i].Start = start
		var keep []run
		for j, r := range runs {
			if j != ti && r.s >= runs[ti].e && r.e <= start {
				continue // the portfolio's words
			}
			if j == ti {
				r.e, r.titleEnd = start, start
			}
			keep = append(keep, r)
		}
		runs = keep
	}
	return runs, ner
}

// dropEventNames reads a place, nationality or region that starts the
// name of an event, a game, an agreement or a document ("the Hanoi Action
// Plan", "the Doha Asian Games", "the Hong Kong Open", "the Korean War")
// as part of that name, not as the state: the name is one MISC span of
// the recogniser's and the KB runs inside it are dropped (a one-word KB
// name as its head too: the "Index" of "Korea Composite Stock Price
// Index" is no Hungarian news site). A recogniser's span that reaches
// past the name leaves it alone. So does a facility's name the recogniser
// found ("Islamabad International Airport" is no Pakistani government),
// unless the KB knows the whole name ("the Elysee Palace" stays France's).
func dropEventNames(words []string, runs []run, ner []NERSpan) ([]run, []NERSpan) {
	// the recogniser's own names of that shape
	for ni := range ner {
		n := ner[ni]
		if n.Type == "PER" || n.End-n.Start < 2 || n.End > len(words) ||
			!eventHeads[words[n.End-1]] && !facility.Head(words[n.End-1]) {
			continue
		}
		drop, keep := false, true
		for _, x := range runs {
			if x.s < n.Start || x.e > n.End {
				continue
			}
			switch {
			case x.s == n.Start && x.e == n.End:
				keep = false // the KB knows the whole name ("Elysee Palace")
			case x.person != nil || x.sector != "" || x.named != nil && (x.e-x.s > 1 || x.e != n.End):
				keep = false // a title, a person or an organisation inside: a body's name
			default:
				drop = true // a place, or a one-word name as the head ("Index")
			}
		}
		if !drop || !keep {
			continue
		}
		runs = runsOutside(runs, n.Start, n.End)
		if n.Type == "ORG" || n.Type == "GPE" || n.Type == "NORP" {
			ner = append([]NERSpan(nil), ner...) // the caller's spans stay as they were
			ner[ni].Type = "MISC"
			if facility.Head(words[n.End-1]) {
				ner[ni].Type = "LOC" // a facility: the recogniser's type for one
			}
		}
	}
	for i := 0; i < len(runs); i++ {
		rn := runs[i]
		if rn.place == nil || rn.sector != "" || rn.person != nil || rn.named != nil || rn.former {
			continue
		}
		h := eventHeadAfter(words, rn.e)
		if h < 0 {
			continue
		}
		s := rn.s
		ok := true
		for _, n := range ner {
			if n.Start < h && n.End > s && (n.Start < s || n.End > h) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		var keepN []NERSpan
		for _, n := range ner {
			if n.Start < h && n.End > s {
				continue
			}
			keepN = append(keepN, n)
		}
		typ := "MISC"
		if naturalHeads[words[h-1]] {
			typ = "LOC"
		}
		keepN = append(keepN, NERSpan{Start: s, End: h, Type: typ})
		slices.SortStableFunc(keepN, func(a, b NERSpan) int { return a.Start - b.Start })
		ner = keepN
		runs = runsOutside(runs, s, h)
		i = -1 // start again: the runs moved
	}
	return runs, ner
}

// runsOutside returns the runs not lying within words [s, e).
func runsOutside(runs []run, s, e int) []run {
	var keep []run
	for _, x := range runs {
		if x.s < s || x.e > e {
			keep = append(keep, x)
		}
	}
	return keep
}

// eventHeadAfter returns the end of an event's or a document's name that
// goes on at word e with up to three capitalised words and ends in a
// capitalised head word of eventHeads, or -1.
func eventHeadAfter(words []string, e int) int {
	for k := e; k < len(words) && k-e <= 3; k++ {
		w := words[k]
		if eventHeads[w] {
			return k + 1
		}
		if !isCapitalised(w) {
			return -1
		}
	}
	return -1
}

// eventHeads are the head words of the names of events, games,
// agreements and documents that start with a place ("Hanoi Declaration",
// "Doha Round", "Asian Games", "US Open", "Vietnam War").
var eventHeads = map[string]bool{
	"Plan": true, "Declaration": true, "Agenda": true, "Games": true, "Open": true, "Round": true,
	"Accord": true, "Accords": true, "Agreement": true, "Protocol": true, "Roadmap": true,
	"Process": true, "Initiative": true, "Charter": true, "Consensus": true, "Doctrine": true,
	"War": true, "Olympics": true, "Paralympics": true, "Marathon": true, "Cup": true,
	"Championship": true, "Championships": true, "Index": true,
	// natural features (naturalHeads)
	"Sea": true, "Ocean": true, "Strait": true, "Peninsula": true,
}

// naturalHeads are the eventHeads of natural features' names ("the East
// China Sea", "the Indian Ocean"): places, not events.
var naturalHeads = map[string]bool{"Sea": true, "Ocean": true, "Strait": true, "Peninsula": true}

// trimAdjectival drops from a run of KB spans a word used as an adjective
// of the common noun after the run: "general" before a noun ("the British
// general election" is no British general) and "former" before a
// nationality and a noun for a place ("a former French colony" is no
// French elite; "Iraq's former strongman" stays one).
func (k *KB) trimAdjectival(d *doc.Document, base int, words []string, sps []Span) []Span {
	n := len(sps)
	end := sps[n-1].End
	if end >= len(words) || base+end >= len(d.Tokens) || !isLowerWord(words[end]) {
		return sps
	}
	next := d.Tokens[base+end].UPOS
	last := sps[n-1]
	if last.End-last.Start == 1 && strings.EqualFold(words[last.Start], "general") &&
		(next == "NOUN" && !strings.EqualFold(words[end], "staff") ||
			next == "ADJ" && base+end+1 < len(d.Tokens) && d.Tokens[base+end+1].UPOS == "NOUN") {
		// not "a Pakistani general close to Musharraf" (an adjective
		// with no noun after it) nor "the Turkish general staff"
		return sps[:n-1]
	}
	if n >= 2 && placeNouns[strings.ToLower(words[end])] {
		var out []Span
		for _, sp := range sps {
			ms := k.SpanMatches(sp, d.Date)
			if len(ms) == 0 {
				return sps
			}
			switch ms[0].Kind {
			case KindModifier:
				if ms[0].Actor.Sector == "ELI" {
					continue
				}
			case KindCountry, KindNationality, KindRegion:
			case KindOrg:
				if !formerBloc(ms[0].Actor, words[end]) {
					return sps
				}
			default:
				return sps // a title or a name: "the former Kenyan minister's region"
			}
			out = append(out, sp)
		}
		return out
	}
	return sps
}

// placeNouns are nouns for a place or a polity that "former" may modify
// after a nationality ("a former French colony", "the former Soviet
// republic").
var placeNouns = map[string]bool{
	"colony": true, "colonies": true, "republic": true, "republics": true, "protectorate": true,
	"territory": true, "territories": true, "province": true, "provinces": true, "empire": true,
	"capital": true, "kingdom": true, "enclave": true, "possession": true, "base": true, "bases": true,
	"bloc": true, "satellite": true, "state": true, "states": true, "region": true,
}

// joinNicknames makes a person's name with a quoted nickname inside it one
// name: the recogniser reads `Stanley "Tookie" Williams` as "Stanley" and
// "Williams", and the surname alone was then a KB person of that name
// (Grenada's governor-general). The given name is one or two words tagged
// PER, the nickname one or two capitalised words in quotes, and the
// surname a PER span of one or two words, or a capitalised word, right
// after the closing quote.
func joinNicknames(words []string, ner []NERSpan) []NERSpan {
	var out []NERSpan
	changed := false
	for i := 0; i < len(ner); i++ {
		if j, end, ok := nicknameAt(words, ner, i); ok {
			out = append(out, NERSpan{Start: ner[i].Start, End: end, Type: "PER"})
			i = j - 1 // ner[i+1:j] are inside the joined name
			changed = true
			continue
		}
		out = append(out, ner[i])
	}
	if !changed {
		return ner
	}
	return out
}

// nicknameAt reports whether PER span ner[i] starts a name with a quoted
// nickname (joinNicknames), with the joined name's end and the index of
// the first span after it.
func nicknameAt(words []string, ner []NERSpan, i int) (next, end int, ok bool) {
	a := ner[i]
	q := a.End
	if a.Type != "PER" || a.End-a.Start > 2 || q >= len(words) || !openQuotes[words[q]] {
		return 0, 0, false
	}
	c := q + 1
	for c < len(words) && c-q <= 2 && isCapitalised(words[c]) {
		c++
	}
	if c == q+1 || c+1 >= len(words) || !closeQuotes[words[c]] || !isCapitalised(words[c+1]) {
		return 0, 0, false
	}
	next = i + 1
	for next < len(ner) && ner[next].End <= c {
		next++ // the nickname's own span
	}
	end = c + 2
	if next < len(ner) && ner[next].Start <= c+1 {
		b := ner[next]
		if b.Start != c+1 || b.Type != "PER" || b.End-b.Start > 2 {
			return 0, 0, false
		}
		end = b.End
		next++
	}
	return next, end, true
}

var openQuotes = map[string]bool{`"`: true, "“": true, "``": true, "‘": true, "'": true}
var closeQuotes = map[string]bool{`"`: true, "”": true, "''": true, "’": true, "'": true}

func weekday(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// calendarWord reports a weekday or month name.
func calendarWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}

// titleCase writes a KB alias as a title is written before a name.
func titleCase(s string) string {
	b := []byte(s)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

func isPluralAlias(a string) bool {
	w := lastWord(a)
	switch w {
	case "police", "military", "people", "gendarmerie", "militia", "press", "media", "clergy", "opposition":
		return w != "military" && w != "opposition" && w != "press" && w != "media"
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func (rn *run) actorName() string {
	switch {
	case rn.person != nil:
		return rn.person.Actor.Name
	case rn.named != nil:
		return rn.named.Actor.Name
	}
	return ""
}

// runActor is the actor of a run without a person, and its entity type;
// false for a bare title or sector noun.
func (k *KB) runActor(rn *run) (doc.Actor, string, bool) {
	var a doc.Actor
	typ := ""
	switch {
	case rn.named != nil:
		a, typ = rn.named.Actor, "ORG"
		if rn.named.Actor.Country == "" && rn.country != "" {
			a.Country = rn.country
		}
		if (rn.named.Kind == KindInstitution || rn.named.Kind == KindOrg) && !isAcronym(rn.named.Alias) && rn.place != nil && rn.placeFirst &&
			rn.place.Kind == KindNationality && rn.country != "" && a.Country != rn.country {
			// "the Iranian Supreme National Security Council", "the
			// Russian Security Council": a nationality before the name
			// says whose body of that name it is (the KB's is another
			// country's or the UN's); an organisation's body is its
			// state's. ("The EU's Dutch presidency" and "the British EU
			// presidency" stay the EU's: an acronym is no common name.)
			sec := a.Sector
			if sec == "" || sec == "IGO" {
				sec = "GOV"
			}
			a.Country, a.Sector, a.Code = rn.country, sec, rn.country+sec
		}
		if (rn.named.Kind == KindArmedGroup || rn.named.Kind == KindParty) && rn.sector == "GOV" && a.Country != "" {
			a.Sector, a.Code = "GOV", a.Country+"GOV"
		}
		if rn.named.Kind == KindArmedGroup && peopleSectors[rn.sector] && a.Country != "" {
			a.Sector, a.Code = rn.sector, a.Country+rn.sector
		}
		if rn.named.Kind == KindParty && rn.sector == "OPP" && a.Country != "" {
			// "the opposition Bharatiya Janata Party": the text says where
			// the party stands at that date, which a party's row does not
			a.Sector, a.Code = "OPP", a.Country+"OPP"
		}
	case rn.place != nil && rn.sector != "":
		a = doc.Actor{Country: rn.country, Sector: rn.sector}
		if rn.country != "" {
			a.Code = rn.country + rn.sector
		}
		typ = "ORG"
		if rn.titleKind == KindTitle {
			typ = "PER"
		}
	case rn.leaderForce && rn.country != "" && rn.sector != "":
		a = doc.Actor{Country: rn.country, Sector: rn.sector, Code: rn.country + rn.sector}
		typ = "ORG"
	case rn.country != "" && rn.sector != "" && rn.titleKind == KindTitle:
		// a title naming its seat: "a White House spokesman", "the Kremlin
		// spokesman" (seatOf)
		a = doc.Actor{Country: rn.country, Sector: rn.sector, Code: rn.country + rn.sector}
		typ = "PER"
	case rn.place != nil:
		a = rn.place.Actor
		switch rn.place.Kind {
		case KindNationality:
			typ = "NORP"
		case KindRegion:
			typ = "LOC"
		default:
			typ = "GPE"
		}
	default:
		return a, "", false
	}
	if rn.former && a.Country != "" && !formerOfGroup(rn) {
		a.Sector, a.Code = "ELI", a.Country+"ELI"
	}
	return a, typ, true
}

// appositions gives "X, Kenya's foreign minister," and "Kenya's foreign
// minister, X," the title's actor on the person (rule 4). ms are one
// sentence's mentions in order.
// apposArticle are the articles an apposition may start with: "X, the
// foreign minister,", "X, a vice president of the World Bank,".
var apposArticle = map[string]bool{"the": true, "a": true, "an": true}

func appositions(d *doc.Document, words []string, base, si int, ms []mention, titled []Titled) []Titled {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if b.s <= a.e || words[a.e-base] != "," {
			continue
		}
		if gap := b.s - a.e; gap > 2 || gap == 2 && !apposArticle[strings.ToLower(words[a.e+1-base])] {
			continue
		}
		per, title := a, b
		if i > 0 && (a.typ == "GPE" || a.typ == "LOC") && ms[i-1].e+1 == a.s &&
			titlePlacePreps[strings.ToLower(words[a.s-1-base])] {
			// "the UN envoy for Sudan, X,", "Kenya's ambassador to China,
			// X,": the title before the place it is for
			a = &ms[i-1]
		}
		if a.nameless {
			per, title = b, a
		}
		if a.officer && !a.pronoun && a.typ != "PER" {
			per, title = b, a // "the UN envoy, X,"
		}
		if gap := b.s - a.e; gap == 2 && strings.ToLower(words[a.e+1-base]) != "the" && per.actor != nil && per.actor.ID != "" {
			// "X, a former mayor of Tehran,": a description of a person
			// the KB knows, who keeps the KB's dated roles
			continue
		}
		if end := per.e - base; per == b && end < len(words) && !closesApposition(words[end]) {
			// the name after the title must close the apposition: "After
			// meeting the UN envoy, Museveni said" has none
			continue
		}
		if per.typ == "PER" && per.actor != nil && per.actor.ID == "" && per.actor.Code == "" && per.actor.Sector == "" &&
			!per.explicit && !per.nameless && !per.pronoun && title.actor == nil && title.titleOnly && title.typ == "PER" &&
			title.titleSector != "" && title.titleSector != "IGO" && !title.former && !abroadTitles[title.head] &&
			titleHeadsApposition(words, base, title) && !orgAfterTitle(words, base, ms, title) &&
			!possessiveBefore(words, title.s-base) {
			// an unknown person and a title that names no country: "X,
			// Deputy Minister of Agriculture," has the title's sector, and
			// the story's country later, as "Agriculture Minister X" has
			// (storyCountry)
			pa := *per.actor
			pa.Sector = title.titleSector
			per.actor = &pa
			per.title, per.head, per.explicit = title.title, title.head, true
			ta := pa
			title.actor, title.titleOnly = &ta, false
			continue
		}
		if per.typ != "PER" || per.actor == nil || per.explicit || per.nameless || title.actor == nil ||
			!(title.nameless && title.actor.Sector != "" || title.officer && title.typ != "PER" && title.actor.Code != "") {
			continue
		}
		if title.officer && title.typ != "PER" {
			// an organisation's officer: its code whole ("IGOUNO")
			titled = makeOfficer(d, per, title, title.titleWords, title.title, si, titled)
			continue
		}
		if kbRoleAppos(per, title) {
			continue // "X, Hong Kong's chief executive," names the KB's office (evactors23.go)
		}
		pa := *per.actor
		kbCode := pa.Code
		if title.actor.Country != "" {
			pa.Country = title.actor.Country
		} else if pa.Country == "" {
			continue
		}
		pa.Sector = title.actor.Sector
		pa.Code = pa.Country + pa.Sector
		if tc := title.actor.Code; tc != "" && title.actor.Country == pa.Country {
			// the title's actor whole: "X, vice president of the World
			// Bank," is IGODEVWBK, not WBKIGO
			pa.Code = tc
		}
		per.actor = &pa
		per.title, per.head, per.explicit = title.title, title.head, true
		ta := pa
		title.actor = &ta
		name := pa.Name
		if pa.ID == "" {
			name = d.Text[d.Tokens[per.s].Start:d.Tokens[per.e-1].End]
		}
		titled = append(titled, Titled{Name: name, Country: pa.Country, Sector: pa.Sector,
			Title: title.titleWords, Role: title.title, ID: pa.ID, KBCode: kbCode, Sentence: si,
			Start: d.Tokens[min(per.s, title.s)].Start, End: d.Tokens[max(per.e, title.e)-1].End})
	}
	return titled
}

// titleHeadsApposition reports a title mention made of the title's words
// alone that ends its phrase: the apposition closes after it, or "of" or
// "for" and a capitalised portfolio follow ("X, Deputy Minister of
// Agriculture,"); not "X, deputy director," where the KB's title is only
// the first word.
func titleHeadsApposition(words []string, base int, title *mention) bool {
	if len(strings.Fields(title.titleWords)) != title.e-title.s {
		return false // "A White House spokesman": more than the title's words
	}
	at := title.e - base
	if at >= len(words) || closesApposition(words[at]) {
		return true
	}
	// a portfolio ("of Agriculture", "for Trade"), not a body or place
	// whose country the KB cannot tell ("the president of the breakaway
	// republic of X", "president of Tanaka Motors": review)
	return orgHeadPreps[words[at]] && at+1 < len(words) && (portfolioWords[words[at+1]] || lowerPortfolio(words[at+1]))
}

// portfolioWords begin the portfolio of a minister or secretary ("Minister
// of Agriculture", "Secretary of State", "Minister for Foreign Affairs").
var portfolioWords = map[string]bool{
	"Agriculture": true, "Finance": true, "Defence": true, "Defense": true, "Health": true,
	"Education": true, "Trade": true, "Commerce": true, "Industry": true, "Foreign": true,
	"Interior": true, "Home": true, "Justice": true, "Labour": true, "Labor": true, "Energy": true,
	"Environment": true, "Transport": true, "Communications": true, "Information": true,
	"Culture": true, "Tourism": true, "Economy": true, "Economic": true, "Planning": true,
	"Water": true, "Mines": true, "Mining": true, "Fisheries": true, "Works": true, "Housing": true,
	"Land": true, "Lands": true, "Youth": true, "Sports": true, "Women": true, "Science": true,
	"Technology": true, "Telecommunications": true, "State": true, "Security": true,
	"Immigration": true, "Treasury": true, "External": true, "National": true, "Public": true,
	"Social": true, "Petroleum": true, "Oil": true, "Power": true, "Irrigation": true,
	"Forestry": true, "Livestock": true, "Development": true, "Infrastructure": true,
	"Budget": true, "Revenue": true, "Internal": true, "Local": true, "Regional": true,
}

// orgAfterTitle reports a title followed by "of" or "for" and an
// organisation with a code ("deputy director of China's Hong Kong and Macau
// Affairs Office"): the organisation says whose officer he is
// (orgAppositions), not the story.
func orgAfterTitle(words []string, base int, ms []mention, title *mention) bool {
	at := title.e - base
	if n := orgHeadAt(words, title.s-base); title.s-base+n > at {
		at = title.s - base + n // "deputy director of …" (the KB's title is "deputy")
	}
	if at >= len(words) || !orgHeadPreps[words[at]] {
		return false
	}
	at++
	if at < len(words) && articleWord(words[at]) {
		at++
	}
	for i := range ms {
		if o := &ms[i]; o.s-base == at && orgHead(o) {
			return true
		}
	}
	return false
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].s < ms[j-1].s; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// actorTypes are the entity types an uncoded actor may still be: a person,
// body, state or group the KB does not know keeps its name as its actor.
var actorTypes = map[string]bool{"PER": true, "ORG": true, "GPE": true, "NORP": true}

// toEntities turns mentions with actors into entities, in text order.
func toEntities(d *doc.Document, ms []mention, out []doc.Entity) []doc.Entity {
	for i := range ms {
		m := &ms[i]
		if m.actor == nil {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		e := doc.Entity{Start: start, End: end, Text: d.Text[start:end], Type: m.typ}
		if m.actor.Code == "" && !actorTypes[m.typ] || m.location || m.privateModifier {
			// A place, feature or other name the KB does not code ("the
			// Nile", "Kurdish positions") names no actor: an actor with
			// an empty code became an event's target.
			out = append(out, e)
			continue
		}
		a := *m.actor
		if m.typ == "PER" && a.Country != "" && a.Code == a.Country+a.Sector {
			// A person's office is coded by its first sector, as the KB's
			// dated roles are (primaryRoleCode): "Secretary of Education
			// X" was USAGOVEDU from the title where the KB has USAGOV.
			if c := primaryRoleCode(a.Code); c != a.Code {
				a.Code, a.Sector = c, c[len(a.Country):]
			}
		}
		a.Mention = &doc.Mention{Start: start, End: end, Text: e.Text}
		e.Actor = &a
		if m.ante >= 0 {
			an := &ms[m.ante]
			s, t := d.Tokens[an.s].Start, d.Tokens[an.e-1].End
			e.Antecedent = &doc.Span{Start: s, End: t, Text: d.Text[s:t]}
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b doc.Entity) int { return a.Start - b.Start })
	return out
}

// groupHeads are nouns after a sector word that still name a group of
// its people ("rebel faction", "police officers").
var groupHeads = map[string]bool{
	"faction": true, "factions": true, "group": true, "groups": true, "forces": true,
	"fighters": true, "leaders": true, "leader": true, "officials": true, "official": true,
	"members": true, "movement": true, "movements": true, "officers": true, "units": true,
	"commanders": true, "commander": true, "sources": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chief": true, "chiefs": true, "troops": true,
	"delegation": true, "delegations": true, "negotiators": true, "coalition": true,
	"panel": true, "representatives": true, "delegates": true, "team": true, "envoys": true,
	"envoy": true, "soldiers": true, "supporters": true, "personnel": true, "agents": true,
	"staff": true, "ministers": true, "authorities": true, "sympathizers": true,
	"sympathisers": true, "loyalists": true, "militias": true, "militia": true,
}

// modifierWord reports a one-word, lower-case title or sector run that
// only modifies the noun after it ("a general election", "crowd
// control", "a guerrilla campaign"): it names nobody. Its word is tagged
// an adjective or hangs as a compound or modifier on the next word, which
// is a lower-case noun that names no group of its people.
func modifierWord(d *doc.Document, base int, words []string, rn *run) bool {
	if rn.e != rn.s+1 || rn.person != nil || rn.named != nil || rn.place != nil || rn.e >= len(words) {
		return false
	}
	w, nx := words[rn.s], words[rn.e]
	if w == "" || w[0] < 'a' || w[0] > 'z' || nx == "" || nx[0] < 'a' || nx[0] > 'z' || groupHeads[nx] {
		return false
	}
	t, n := d.Tokens[base+rn.s], d.Tokens[base+rn.e]
	if n.UPOS != "NOUN" {
		return false
	}
	// A body's noun before what it owns or does is kept, adjective or not:
	// "a government office" was attacked, "a police station", "military
	// helicopters", "a rebel attack".
	if t.UPOS == "ADJ" && plainAdjectives[strings.ToLower(w)] {
		return true // "a general election", "official figures"
	}
	if rn.titleKind != KindTitle && ownerSectors[rn.sector] {
		return false
	}
	if t.UPOS == "ADJ" {
		return true
	}
	// A title before a noun is kept unless tagged an adjective: a
	// mistagged verb after it ("The king brought in") would hide it.
	return rn.titleKind != KindTitle && t.Head == base+rn.e && (t.Deprel == "compound" || t.Deprel == "amod")
}

// plainAdjectives are title or sector words whose adjective says nothing
// of a body ("official figures", "a general strike").
var plainAdjectives = map[string]bool{"official": true, "general": true}

// ownerSectors are the sectors whose noun before another names the owner
// or doer of the thing ("government office", "army base").
var ownerSectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "REB": true, "JUD": true, "LEG": true,
	"PTY": true, "OPP": true, "SPY": true, "INS": true,
}

// ministerRoles are the roles of titles a sitting head of state or
// government is not called by.
var ministerRoles = map[string]bool{
	"foreign minister": true, "defence minister": true, "interior minister": true,
	"finance minister": true, "minister": true,
}

// peopleSectors are the sectors of unarmed people: after an armed group's
// name they name the people it is named after.
var peopleSectors = map[string]bool{"REF": true, "CVL": true, "EDU": true, "LAB": true, "AGR": true, "HLH": true}

// civilianWords are the CVL nouns that name a people rather than an armed
// group's activists or supporters.
var civilianWords = map[string]bool{"civilians": true, "civilian": true, "villagers": true,
	"residents": true, "people": true, "inhabitants": true, "locals": true}

// isCountry reports whether code is a country's or territory's, not a
// region's or an organisation's.
func (k *KB) isCountry(code string) bool {
	ci, ok := k.codes[code]
	return ok && ci.kind == KindCountry
}

// possessiveBefore reports a possessive pronoun before word i ("replaced
// by his deputy, X": someone's deputy, not a deputy of parliament).
func possessiveBefore(words []string, i int) bool {
	if i <= 0 || i > len(words) {
		return false
	}
	switch strings.ToLower(words[i-1]) {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}
