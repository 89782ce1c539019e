// Package facility knows the head words of facility names ("Kelso Aviation
// Museum", "Dresden Zoo", "Rafic Hariri International Airport"): names of
// buildings and grounds, which dyad's recogniser types as places (LOC) and
// the geoparser does not split into the town they start with.
package facility

import "strings"

// heads are the facility head words, lower-case. UD English's NER gold
// types names headed by them as places far more often than as
// organisations (museum 7 to 2, airport 15 to 1; bridge, building, square,
// stadium … never an organisation; actor's TestNERRuleStat).
var heads = map[string]bool{"museum": true, "airport": true, "stadium": true, "arena": true,
	"base": true, "bridge": true, "building": true, "cathedral": true, "mosque": true, "temple": true,
	"gallery": true, "hall": true, "hotel": true, "palace": true, "prison": true, "square": true,
	"station": true, "tower": true, "towers": true, "park": true, "planetarium": true, "mall": true,
	"harbour": true, "harbor": true, "dam": true, "castle": true, "chapel": true, "zoo": true}

// Head reports whether w is a capitalised facility head word ("Museum",
// "Airport").
func Head(w string) bool {
	return w != "" && 'A' <= w[0] && w[0] <= 'Z' && heads[strings.ToLower(w)]
}

// buildings are the lower-case common nouns of a town's buildings and
// quarters: "a Riyadh palace", "a central London hospital", "a Rangoon
// township" (actor round 15, session 27).
var buildings = map[string]bool{
	"office": true, "offices": true, "palace": true, "township": true, "suburb": true, "district": true,
	"neighbourhood": true, "neighborhood": true, "street": true, "cathedral": true, "mosque": true,
	"church": true, "temple": true, "school": true, "airport": true, "market": true, "restaurant": true,
	"home": true, "house": true, "prison": true, "jail": true, "station": true, "compound": true,
	"square": true, "building": true, "factory": true, "plant": true, "park": true, "stadium": true,
	"hall": true, "bar": true, "nightclub": true, "shop": true, "store": true, "cinema": true,
	"theatre": true, "theater": true, "museum": true, "apartment": true, "clinic": true, "hospital": true,
	"hotel": true,
}

// Building reports whether w, as written, is the common noun of a town's
// building or quarter ("hospital", "palace", "township").
func Building(w string) bool { return buildings[w] }
