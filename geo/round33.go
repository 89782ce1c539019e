package geo

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Round 33 (session 33; docs/GEO.md, "Session 33"): capitalised words that
// news writes alone and the gazetteer holds only as namesakes.

// Round33 switches the session 33 rules on (beliefWord, campName, bareGulf).
var Round33 = true

// beliefWords are the adjectives and nouns of religions, creeds and parties:
// alone they name no place ("the Christian quarter", "a Democrat from Ohio",
// "Christian groups"), though GeoNames gives them to counties and towns
// (Christian County, Kentucky; "Democrat" as another name of Sumiton,
// Alabama). A longer name that holds one is matched whole before the lone
// word ("Christian County").
var beliefWords = setOf("Christian Christians Catholic Catholics Protestant Protestants Orthodox Anglican Evangelical " +
	"Methodist Baptist Lutheran Presbyterian Mormon Muslim Muslims Moslem Moslems Islamic Islamist Sunni Sunnis Shiite " +
	"Shiites Shia Jewish Jew Jews Hindu Hindus Buddhist Buddhists Sikh Sikhs " +
	"Democrat Democrats Republican Republicans Socialist Socialists Communist Communists Maoist Maoists Marxist " +
	"Liberal Liberals Conservative Conservatives Labour Tory Tories")

// beliefWord reports whether the candidate over tokens [i, last] is one such
// word alone.
func beliefWord(d *doc.Document, i, last int) bool {
	return i == last && beliefWords[d.Text[d.Tokens[i].Start:d.Tokens[i].End]]
}

// campName reports whether the candidate is "Camp" opening a camp's name
// ("near Camp Falcon", "at Camp Hope"): a military or police base the
// gazetteer lacks, not Camp County, Texas.
func campName(d *doc.Document, i, last int) bool {
	if i != last || d.Text[d.Tokens[i].Start:d.Tokens[i].End] != "Camp" || i+1 >= len(d.Tokens) ||
		d.Tokens[i+1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	return capitalised(d.Text[d.Tokens[i+1].Start:d.Tokens[i+1].End])
}

// gulfStates are the countries on the Persian Gulf.
var gulfStates = setOf("IRN IRQ KWT SAU BHR QAT ARE OMN")

// gulfNames are their names as a story writes them, for stories whose
// actors the knowledge base did not give a country.
var gulfNames = []string{"Iran", "Iraq", "Kuwait", "Saudi", "Bahrain", "Qatar", "Emirates", "UAE", "Oman", "Tehran", "Baghdad", "Riyadh"}

// bareGulf resolves a lone "Gulf" (GeoNames: Gulf Province of Papua New
// Guinea, Gulf County, Florida). In a story that names a country on the
// Persian Gulf it is that gulf ("drills in the Gulf waters", "Gulf states",
// "the Gulf region"): keep is true and key and cands are the Persian Gulf's.
// "Gulf of X" that the gazetteer does not hold ("the Gulf of Riga"), the
// US "Gulf Coast", a "Gulf" inside an organisation's name ("the Gulf
// Traders Association") and a lone "Gulf" in any other story are no place: keep is
// false.
func (t *Tagger) bareGulf(d *doc.Document, i, last int) (key string, cands []int32, keep bool) {
	if next := i + 1; next < len(d.Tokens) && d.Tokens[next].Sentence == d.Tokens[i].Sentence &&
		d.Text[d.Tokens[next].Start:d.Tokens[next].End] == "of" {
		return "", nil, false
	}
	if next := i + 1; next < len(d.Tokens) && d.Tokens[next].Sentence == d.Tokens[i].Sentence &&
		strings.HasPrefix(strings.ToLower(d.Text[d.Tokens[next].Start:d.Tokens[next].End]), "coast") {
		return "", nil, false // "the US Gulf Coast", "Gulf coastal areas"
	}
	for _, e := range d.Entities {
		if e.Type == "ORG" && e.Start <= d.Tokens[i].Start && e.End >= d.Tokens[i].End && e.End-e.Start > d.Tokens[i].End-d.Tokens[i].Start {
			return "", nil, false // "the Gulf Traders Association"
		}
	}
	pg := t.g.index.get("persian gulf")
	if len(pg) == 0 || !aboutGulf(d) {
		return "", nil, false
	}
	return "persian gulf", pg, true
}

// aboutGulf reports whether the document names a country on the Persian
// Gulf, by an actor or by name.
func aboutGulf(d *doc.Document) bool {
	for _, e := range d.Entities {
		if e.Actor != nil && gulfStates[e.Actor.Country] {
			return true
		}
	}
	for _, n := range gulfNames {
		if hasWord(d.Text, n) {
			return true
		}
	}
	return false
}

// round33 applies the rules to a candidate before filter's own tests: drop
// reports that it is no place; otherwise key and cands are what to resolve
// (changed for a lone "Gulf").
func (t *Tagger) round33(d *doc.Document, i, last, end int, key string, cands []int32) (string, []int32, bool) {
	if !Round33 || end != d.Tokens[last].End {
		return key, cands, false
	}
	if beliefWord(d, i, last) || campName(d, i, last) {
		return key, cands, true
	}
	if i == last && key == "gulf" {
		k, c, keep := t.bareGulf(d, i, last)
		if !keep {
			return key, cands, true
		}
		return k, c, false
	}
	return key, cands, false
}
