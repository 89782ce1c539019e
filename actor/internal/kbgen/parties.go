package main

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// partyWords are the words a party's name carries: a name without one
// ("Hope", "Forward Together") is left out as too easily a common phrase.
var partyWords = map[string]bool{
	"party": true, "congress": true, "front": true, "movement": true, "league": true,
	"alliance": true, "union": true, "rally": true, "coalition": true, "convention": true,
}

// partiesFactbook writes the political parties the CIA World Factbook lists
// for each country in its 2015-2025 editions ("Political parties and
// leaders", public domain), as PTY of that country, under strict rules:
// the full name only (abbreviations collide across countries and with
// words), at least two words with a party word among them, every word
// capitalised but short function words, a name no other country's party
// bears and no curated row has. parties.tsv keeps the hand-chosen
// abbreviations and the names several countries share.
func (g *gen) partiesFactbook() {
	h, rows := readCSV(g.shared("actors/cia_factbook/party_leaders_annual_editions_2000_2025.csv"))
	out := g.file("parties-factbook.tsv", "id\tkind\tname\tnames\tcountry\tcode\tsource",
		"Political parties from the CIA World Factbook's \"Political parties and leaders\" (public domain; the 2015-2025\n# editions in ../shared/data/actors/cia_factbook): full names only, each PTY of its country; names several\n# countries' parties share, and names the curated files already have, are left out (actor/internal/kbgen/parties.go).")
	iISO, iParty, iLast := col(h, "iso2"), col(h, "party"), col(h, "last_edition")
	// the curated parties' and armed groups' names (which readCurated does
	// not gather) are theirs too
	taken := map[string]bool{}
	for _, f := range []string{"parties.tsv", "orgs-armed.tsv", "institutions.tsv"} {
		for _, r := range readTSV(filepath.Join(*outDir, f)) {
			for _, n := range append([]string{r["name"]}, strings.Split(r["names"], "|")...) {
				if n = strings.TrimPrefix(n, "*"); n != "" {
					taken[key(n)] = true
				}
			}
		}
	}
	countries := map[string]map[string]bool{} // key → countries
	names := map[string]string{}              // iso3/key → name as written
	for _, r := range rows {
		if y, err := strconv.Atoi(r[iLast]); err != nil || y < 2015 {
			continue
		}
		iso, ok := g.iso2to3[strings.ToUpper(strings.TrimSpace(r[iISO]))]
		if !ok {
			continue
		}
		name := partyName(r[iParty])
		if name == "" {
			continue
		}
		k := key(name)
		if countries[k] == nil {
			countries[k] = map[string]bool{}
		}
		countries[k][iso] = true
		if _, ok := names[iso+"/"+k]; !ok {
			names[iso+"/"+k] = name
		}
	}
	var ids []string
	for ik := range names {
		ids = append(ids, ik)
	}
	sort.Strings(ids)
	kept, shared, curated, generic := 0, 0, 0, 0
	for _, ik := range ids {
		iso, k, _ := strings.Cut(ik, "/")
		name := names[ik]
		if len(countries[k]) > 1 {
			shared++
			continue
		}
		if _, ok := g.curated[k]; ok || taken[k] {
			curated++
			continue
		}
		if !distinctive(name) {
			generic++ // "Democracy Party", "Freedom Alliance": other countries' too
			continue
		}
		if len(g.claims[k]) > 0 {
			curated++ // an armed group's or organisation's name too
			continue
		}
		out.rows = append(out.rows, []string{"fb-party:" + strings.ToLower(iso) + ":" + slug(name), "party", name, "", iso, iso + "PTY", "cia-factbook"})
		kept++
	}
	g.note("factbook parties (2015-2025 editions): kept %d, left out %d shared by several countries, %d already named, %d two-word names", kept, shared, curated, generic)
}

// partyName is the usable full name of a factbook party entry ("New
// Patriotic Party or NPP" → "New Patriotic Party"), or "".
func partyName(s string) string {
	s = clean(s)
	if i := strings.Index(s, " or "); i >= 0 {
		s = s[:i]
	}
	for _, cut := range []string{"(", "[", ";", ","} {
		if i := strings.Index(s, cut); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(s)
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 8 {
		return ""
	}
	hasWord := false
	for _, w := range ws {
		lw := strings.ToLower(w)
		if partyWords[lw] {
			hasWord = true
		}
		switch lw {
		case "of", "for", "the", "and", "de", "del", "la", "le", "du", "des", "in", "on", "to":
			continue
		}
		if c := w[0]; c < 'A' || c > 'Z' {
			return ""
		}
	}
	if !hasWord {
		return ""
	}
	return s
}

// distinctive reports whether a party name is unlikely to be another
// country's party too: three words or more ("New Patriotic Party",
// "Yemeni Socialist Party"). Two-word names ("Democracy Party", "Freedom
// Alliance", "Patriot Party") are as often other parties' or plain words
// in the news; the ones news needs are curated in parties.tsv.
func distinctive(name string) bool {
	return len(strings.Fields(name)) >= 3
}
