package actor

// Session 32, actor round 19 (docs/KB.md, "Session 32 (actor round 19)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/facility"
)

// round19Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round19Off = map[string]bool{}

// placeHeadNouns are the lower-case nouns of a town's grounds, crossings,
// quarters and the things held or traded there, which a town's name before
// them only locates: "Tehran's airport", "the Rafah crossing", "the
// Shanghai match", "Tokyo stocks", "Beijing's hi-tech zone". A town's
// building nouns (facility.Building) count too. Not the nouns of talks and
// meetings ("the Riyadh talks", left as session 27 left them), nor of
// people or bodies ("Beijing authorities", "Hebron's residents").
var placeHeadNouns = map[string]bool{
	"airport": true, "airports": true, "crossing": true, "crossings": true, "border": true,
	"area": true, "zone": true, "enclave": true, "ground": true, "grounds": true, "streets": true,
	"mall": true, "market": true, "markets": true, "auction": true, "match": true, "semifinal": true,
	"semifinals": true, "stocks": true, "shares": true, "nightspots": true, "municipalities": true,
	"store": true, "hotels": true, "suburbs": true, "outskirts": true, "skyline": true,
	"neighbourhoods": true, "neighborhoods": true, "center": true, "centre": true, "mosque": true,
}

// placeHead reports whether w, a word of the text, heads a town's ground or
// building: a place head noun in lower case, or a facility's capitalised
// head word ("Hanoi's National Convention Center", "Istanbul's Blue
// Mosque").
func placeHead(w string) bool {
	if placeHeadNouns[w] || facility.Building(w) {
		return true
	}
	return isCapitalised(w) && (facility.Head(w) || w == "Center" || w == "Centre")
}

// round19Places marks as a location (no actor) a capital, city or region
// whose name only says where a ground, building or market is: before "'s"
// and a noun phrase headed by such a noun ("Tehran's airport", "Kabul's
// main airport", "Port Vila's largest open ground", "Istanbul's Blue
// Mosque"), or modifying one directly ("the Rafah crossing", "Tokyo stocks
// opened lower", "the four London airports"; not "X airport", which
// session 18 left to the event stage as a visit). The actor golds code these
// none (places inside a country used as a location); the same names before
// "'s" and a policy, a bid or an answer ("Tehran's nuclear programme",
// "Ankara's bid") keep their government's code. After round12Places.
func (r *Resolver) round19Places(d *doc.Document, ms []mention) {
	if round19Off["round19Places"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.location || m.privateModifier || m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		if !placeModifies(d, m) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
}

// placeModifies reports whether the name of mention m is followed, in its
// sentence, by "'s" (or nothing) and a noun phrase of at most five words
// (adjectives, numbers, nouns, capitalised words) whose last word, the
// phrase's head, is a place head (placeHead).
func placeModifies(d *doc.Document, m *mention) bool {
	end := d.Sentences[m.sent].TokenEnd
	k := m.e
	if k >= end {
		return false
	}
	poss := false
	if w := tokenText(d, k); w == "'s" || w == "’s" {
		poss, k = true, k+1
	}
	for n := 0; n < 5 && k < end; n, k = n+1, k+1 {
		w := tokenText(d, k)
		u := d.Tokens[k].UPOS
		if !poss && n >= 2 {
			// a name modifying directly: the head within two words
			// ("the Paris department store")
			return false
		}
		if !poss && w == "airport" {
			// "arrived at Nairobi airport" is a visit to Kenya for the
			// event stage, which takes the country from the name's actor
			// (session 18's placesAsLocations leaves it so); "Tehran's
			// airport" and "the four London airports" are places
			return false
		}
		if placeHead(w) && (u == "NOUN" || u == "PROPN") {
			// the head: no noun follows ("the London airport staff"),
			// but another place head may ("Gaza border crossings")
			if k+1 < end {
				nx := tokenText(d, k+1)
				if placeHeadNouns[nx] && d.Tokens[k+1].UPOS == "NOUN" {
					continue
				}
				if isLowerWord(nx) && d.Tokens[k+1].UPOS == "NOUN" || nx == "'s" || nx == "’s" {
					return false
				}
			}
			return true
		}
		switch {
		case u == "ADJ" || u == "NUM" || u == "NOUN" && isLowerWord(w):
		case poss && isCapitalised(w) && (u == "PROPN" || u == "ADJ"):
			// "Hanoi's National Convention Center", "Hebron's Jewish enclave"
		case strings.Contains(w, "-") && !strings.HasPrefix(w, "-"):
			// "366-million-US-dollar", "hi-tech"
		default:
			return false
		}
	}
	return false
}

// clergyHonorifics are the capitalised words written before a cleric's
// name: "Master Longjiang", "the abbot Great Master Xinguang", "Reverend
// Robert Certain", "Venerable X": words of a church or temple at home. The
// KB's titles of clerics of every country ("Cardinal", "Rabbi", "cleric",
// "Imam") are not here: clergy reads them only in a story about one
// country (dominantCountry). Not a nuncio's or an archbishop's titles (they
// serve the Holy See or a church abroad: notStoryTitles).
var clergyHonorifics = map[string]bool{
	"Master": true, "Venerable": true, "Reverend": true, "Rev.": true, "Monk": true, "Abbot": true,
	"Lama": true,
}

// clergyNouns head an apposition that calls the person before it a cleric:
// "Shi Yongxin, abbot with the temple", "X, a French Muslim leader".
var clergyNouns = map[string]bool{
	"abbot": true, "monk": true, "cleric": true, "imam": true, "mufti": true, "priest": true,
	"rector": true, "rabbi": true, "bishop": true, "lama": true, "abbess": true, "nun": true,
}

// faithWords before "leader" make a religious leader: "a moderate French
// Muslim leader".
var faithWords = map[string]bool{
	"Muslim": true, "Buddhist": true, "Catholic": true, "Islamic": true, "religious": true,
	"Christian": true, "Jewish": true, "Hindu": true, "Protestant": true, "Orthodox": true,
}

// clergy codes an unknown person named as a cleric, by an honorific before
// his name ("Master Yuanjie", "Great Master Xinguang"), by the KB's
// religious title with no country ("Buddhist Master Longjiang", "Monk Yi
// Cheng") or by an apposition ("Shi Yongxin, abbot with the temple", "X, a
// moderate French Muslim leader"), as his country's clergy (REL): the
// country a word of the apposition names, else the story's dateline's, else
// the country of the story's first sentence's first coded mention
// (leadCountry). The actor golds code such people REL of the country the
// story is filed from or about (a Chinese temple's monks CHNREL, a French
// Muslim leader FRAREL). Before coreference, so that the short names and
// pronouns linked to the person follow; storyCountry only filled them in a
// story about one country.
func (r *Resolver) clergy(d *doc.Document, ms []mention) {
	if round19Off["clergy"] {
		return
	}
	home, homeDone := "", false
	dom, domDone := "", false
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if m.pronoun || m.titleOnly || m.nameless || m.typ != "PER" || a == nil || a.Code != "" || a.Country != "" ||
			a.Sector != "" && a.Sector != "REL" {
			continue
		}
		rel, country := false, ""
		if clergyHonorific(d, m) {
			rel = true
		}
		if ok, c := r.clergyApposition(d, m); ok {
			rel, country = true, c
		}
		if !rel && a.Sector == "REL" && m.explicit && !notStoryTitles[m.head] {
			// the KB's title alone ("Buddhist Master X", "cleric X"): the
			// story's dominant country, if any ("Shiite cleric X" in a
			// story about the US and Iraq stays unknown)
			if !domDone {
				dom, domDone = r.dominantCountry(d, ms), true
			}
			rel, country = dom != "", dom
		}
		if !rel {
			continue
		}
		if country == "" {
			if !homeDone {
				home, homeDone = r.datelineCountry(d), true
				if home == "" {
					home = r.firstCountry(d, ms)
				}
			}
			country = home
		}
		if country == "" {
			continue
		}
		b := *a
		b.Country, b.Sector, b.Code = country, "REL", country+"REL"
		m.actor = &b
	}
}

// clergyHonorific reports an honorific of clergyHonorifics as the first
// word of person mention m (with a name after it) or just before it.
func clergyHonorific(d *doc.Document, m *mention) bool {
	if m.e-m.s >= 2 && clergyHonorifics[tokenText(d, m.s)] {
		return true
	}
	sent0 := d.Sentences[m.sent].TokenStart
	return m.s-1 >= sent0 && clergyHonorifics[tokenText(d, m.s-1)]
}

// clergyApposition reports ", [a|the] [modifiers] <cleric's noun>" after
// person mention m ("X, abbot with the temple", "X, a moderate French
// Muslim leader"), and the country a people's word among the modifiers or a
// place after "from" names ("X, a Muslim leader from France"; "" if none).
func (r *Resolver) clergyApposition(d *doc.Document, m *mention) (bool, string) {
	end := d.Sentences[m.sent].TokenEnd
	k := m.e
	if k+1 >= end || tokenText(d, k) != "," {
		return false, ""
	}
	k++
	if articleWord(tokenText(d, k)) {
		k++
	}
	country := ""
	for n := 0; n < 4 && k < end; n, k = n+1, k+1 {
		w := tokenText(d, k)
		lw := strings.ToLower(w)
		if clergyNouns[lw] && isLowerWord(w) || lw == "leader" && k-1 > m.e && faithWords[tokenText(d, k-1)] {
			if k+2 < end && tokenText(d, k+1) == "from" {
				// "a radical Muslim leader from France"
				if c := r.companyPlace(tokenText(d, k+2), d.Date); c != "" {
					country = c
				}
			}
			return true, country
		}
		if isCapitalised(w) {
			if c := r.companyPlace(w, d.Date); c != "" {
				country = c // "French", "Thai"
				continue
			}
			if faithWords[w] {
				continue
			}
			return false, ""
		}
		if u := d.Tokens[k].UPOS; u != "ADJ" && u != "ADV" {
			return false, ""
		}
	}
	return false, ""
}

// datelineCountry is the country of the story's dateline (a country's
// name, its capital or a city the KB places), "" if none.
func (r *Resolver) datelineCountry(d *doc.Document) string {
	dl := d.Dateline
	if dl == nil || dl.End > len(d.Text) {
		return ""
	}
	w := d.Text[dl.Start:dl.End]
	if strings.ToUpper(w) == w {
		w = titleCase(strings.ToLower(w))
	}
	return r.companyPlace(w, d.Date)
}

// firstCountry is the country of the story's first coded mention of a
// country (its name, people's word or a body of it; not an outlet, not a
// currency), "" if none: leadCountry without its first sentence's bound
// ("KAIFENG, Henan (Xinhua) -- To Buddhist Master X, ... He is the oldest
// monk of a temple in central China").
func (r *Resolver) firstCountry(d *doc.Document, ms []mention) string {
	for i := range ms {
		m := &ms[i]
		if a := m.actor; a != nil && !m.pronoun && a.Country != "" && a.Sector != "MED" && !currencyCountry(d, m) && r.isCountry(a.Country) {
			return a.Country
		}
	}
	return ""
}

// dominantCountry is the country of a story about one country: the only
// country its coded mentions name (not the media quoted, currencies,
// pronouns), or one named at least three times and twice as often as any
// other (storyCountry's measure); "" otherwise.
func (r *Resolver) dominantCountry(d *doc.Document, ms []mention) string {
	counts := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if a := m.actor; a != nil && !m.pronoun && a.Country != "" && a.Sector != "MED" && !currencyCountry(d, m) && r.isCountry(a.Country) {
			counts[a.Country]++
		}
	}
	if len(counts) == 1 {
		for c := range counts {
			return c
		}
	}
	return dominantOf(counts)
}

// notYetEliteYears is how many years before a person's first known office
// the KB's "before office" elite (ELI) is no longer read, where the name
// is likely someone else's: the KB's roles are offices, so a name matched
// by one word ("Ford" in a carmaker's story, the KB's Ontario premier of
// 2018; "Santa", "John", "Gunner") or in a sports story (Michelle Kwan, a
// figure skater in 2005, is the KB's for a US embassy in 2022) whose first
// office starts this long after the story is not that officeholder then.
// A full name outside sport stays ELI: the KB's first office of many
// politicians is a late one (Anwar Ibrahim, a former deputy prime minister
// in 2005, is the KB's for his premiership of 2022; Emma Bonino, a European
// commissioner in 1997, for an Italian ministry of 2006).
var notYetEliteYears = 8

// notYetElite reports a KB person match whose first known role starts more
// than notYetEliteYears after the story's date, matched by a one-word alias
// or in a sports story (sportsReport).
func notYetElite(d *doc.Document, p *Match) bool {
	date := d.Date
	if round19Off["notYetElite"] || p == nil || p.Status != StatusBeforeOffice || len(date) < 4 || len(p.End) < 4 {
		return false
	}
	y0, y1 := atoiPrefix(date[:4]), atoiPrefix(p.End[:4])
	if y0 == 0 || y1 == 0 || y1-y0 <= notYetEliteYears {
		return false
	}
	return !strings.ContainsAny(strings.TrimSpace(p.Alias), " -") || sportsReport(d)
}

// sportsReport reports a document that uses two different words of
// sportsWords in lower case: sportsStory's test, less a party's name
// ("the Northern League") or one stray word.
func sportsReport(d *doc.Document) bool {
	seen := ""
	for i := range d.Tokens {
		w := tokenText(d, i)
		if isLowerWord(w) && sportsWords[w] && w != seen {
			if seen != "" {
				return true
			}
			seen = w
		}
	}
	return false
}

// atoiPrefix is the number the four digits of a year spell, 0 if not.
func atoiPrefix(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// genericFirstWords begin many companies' names and name none alone.
var genericFirstWords = map[string]bool{
	"General": true, "National": true, "United": true, "American": true, "First": true, "New": true,
	"International": true, "Royal": true, "Standard": true, "Union": true, "Western": true, "Eastern": true,
	"Northern": true, "Southern": true, "Central": true, "Global": true, "Great": true, "Asia": true,
}

// companyFirstNames give a company's first word, named alone after the
// company ("Ford" after "Ford Motor Co.", "Toyota" after "Toyota Motor
// Corp."), the company's code when the KB leaves the word uncoded (the
// recogniser reads it as a person's name, which the KB may know for
// someone else years later: notYetElite). The company's name has two
// words or more, its first is no place or people's word ("Japan" after
// "Japan Airlines" is the country) and no generic word ("General"), and no
// other company of the story starts with it. companyShortNames (round16)
// reads the name less its company words only. Before coreference, so that
// the pronouns linked to the word follow.
func (r *Resolver) companyFirstNames(d *doc.Document, ms []mention) {
	if round19Off["companyFirstNames"] {
		return
	}
	first := map[string]int{} // first word → the company's mention, -1 two companies
	for j := range ms {
		o := &ms[j]
		if o.typ != "ORG" || o.pronoun || o.actor == nil || !businessCode(o.actor) {
			continue
		}
		s := o.s
		if articleWord(tokenText(d, s)) {
			s++
		}
		if o.e-s < 2 {
			continue
		}
		w := tokenText(d, s)
		if !isCapitalised(w) || genericFirstWords[w] || strings.ToUpper(w) == w || r.companyPlace(w, d.Date) != "" {
			continue
		}
		if k, ok := first[w]; ok && k != j && ms[k].actor.Code != o.actor.Code {
			first[w] = -1
			continue
		}
		if _, ok := first[w]; !ok {
			first[w] = j
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.titleOnly || m.e-m.s != 1 || m.typ != "ORG" && m.typ != "PER" || !unknownActor(m) {
			continue
		}
		j, ok := first[tokenText(d, m.s)]
		if !ok || j < 0 || ms[j].s >= m.s {
			continue
		}
		a := *ms[j].actor
		a.Name, a.ID, a.Mention = m.actor.Name, "", nil
		m.actor, m.typ = &a, "ORG"
	}
}
