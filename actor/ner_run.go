package actor

// Capitalised-run features. A name is usually a run of capitalised words,
// and a word's position in its run (first, inside, last, alone) says where
// an entity may start and end, beyond the ±2 words the context features
// see. That position is a feature of the default model (nfRun).
//
// Two extensions were tried on the development sets and are off (their
// feature bits stay for experiments): runs that go on over connectors
// ("Ministry of Foreign Affairs", "Foundation for the Visual Arts",
// nfRunJoin), and the keyword classes of the run's first and last words
// ("… Party", "… Museum", "Lake …", nfRunKw); both cost about one F1 point
// on GUM development news and UNER-EWT dev.

// Keyword classes of run words (nerTok.kw).
const (
	kwNone   uint8 = iota
	kwOrg          // organisation heads: party, ministry, council, bank, university …
	kwMedia        // newspaper and broadcaster heads: times, post, news …
	kwFac          // facilities: museum, airport, hospital, stadium …
	kwGeo          // natural and administrative places: river, lake, island, province …
	kwPerSuf       // name suffixes: jr, sr, iii
	kwConn         // connectors inside a name: of, for, and, &, the
)

var nerKeywords = map[string]uint8{}

func init() {
	add := func(k uint8, words ...string) {
		for _, w := range words {
			nerKeywords[w] = k
		}
	}
	add(kwOrg, "party", "parties", "ministry", "council", "commission", "committee", "agency", "corporation",
		"corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co", "co.", "company", "group", "association",
		"union", "federation", "league", "alliance", "front", "movement", "army", "forces", "force", "navy",
		"bank", "court", "tribunal", "university", "college", "institute", "institution", "foundation",
		"society", "organisation", "organization", "authority", "department", "bureau", "office", "service",
		"services", "board", "assembly", "parliament", "congress", "senate", "police", "guard", "fund", "trust",
		"club", "fc", "church", "brigade", "brigades", "battalion", "academy", "industries", "holdings",
		"systems", "motors", "technologies", "laboratory", "laboratories", "administration", "secretariat",
		"cabinet", "coalition", "network", "airlines", "airways", "group", "team", "orchestra", "band",
		"school", "unit", "division", "command", "corps", "program", "programme", "project", "initiative",
		"centre", "center", "caucus", "chamber", "council", "consortium", "cooperative", "enterprises",
		"international", "partners", "foundation", "conference", "commonwealth", "republic")
	add(kwMedia, "times", "post", "news", "journal", "gazette", "herald", "tribune", "press", "magazine",
		"daily", "weekly", "telegraph", "guardian", "observer", "chronicle", "radio", "television", "tv",
		"broadcasting", "reuters", "agency", "review", "standard", "mail", "express", "globe", "star")
	add(kwFac, "museum", "airport", "hospital", "stadium", "station", "base", "square", "bridge", "palace",
		"hall", "tower", "towers", "mosque", "cathedral", "temple", "prison", "gallery", "planetarium",
		"complex", "park", "port", "harbour", "harbor", "building", "house", "castle", "arena", "church",
		"chapel", "library", "zoo", "dam", "pad", "facility", "plant", "mall", "market", "hotel", "camp")
	add(kwGeo, "river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "mt", "mt.", "island",
		"islands", "valley", "desert", "bay", "gulf", "strait", "straits", "peninsula", "coast", "plain",
		"plains", "street", "road", "avenue", "province", "region", "county", "district", "state", "city",
		"town", "village", "canal", "falls", "forest", "hills", "hill", "basin", "delta", "highway",
		"boulevard", "territory", "oblast", "prefecture", "governorate", "archipelago", "glacier", "reef")
	add(kwPerSuf, "jr", "jr.", "sr", "sr.", "ii", "iii", "iv")
	add(kwConn, "of", "for", "and", "&", "the", "on", "de", "del", "du", "des", "la", "le", "al", "el", "von", "van", "der")
	for w, k := range nerKeywords {
		nerKeywordHashes[lowerHash(w)] = k
	}
}

var (
	hashThe = lowerHash("the")
	hashAnd = lowerHash("and")
	hashAmp = lowerHash("&")
)

// nerKeywordHashes is nerKeywords by lower-case word hash (filled by init,
// after nerKeywords).
var nerKeywordHashes = map[uint64]uint8{}

// markRuns fills the run fields of toks: kw (keyword class of the word,
// kept only with useKw), and for every token of a run of capitalised words,
// its position (B I L, U for a single word) and, with useKw, the classes of
// the run's first and last words. With join, a run goes on over connectors
// followed by a capitalised word and does not start at a connector ("The").
func markRuns(toks []nerTok, join, useKw bool) {
	lookup := join || useKw // the shipped model uses neither
	for i := range toks {
		t := &toks[i]
		t.kw = kwNone
		if lookup {
			t.kw = nerKeywordHashes[t.hl]
		}
		t.run = 0
	}
	capital := func(t *nerTok) bool { return t.cap == 1 || t.cap == 2 }
	for i := 0; i < len(toks); {
		if !capital(&toks[i]) || join && toks[i].kw == kwConn {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if capital(&toks[j]) {
				j++
				continue
			}
			if !join {
				break
			}
			// One connector, or two when the second is "the" and the
			// first no "and" ("Foundation for the Visual Arts", but not
			// "Bank of England and the University").
			k := j
			for k < len(toks) && toks[k].kw == kwConn && !capital(&toks[k]) && k-j < 2 {
				k++
			}
			if k-j == 2 && (toks[j+1].hl != hashThe || toks[j].hl == hashAnd || toks[j].hl == hashAmp) {
				k = j
			}
			if k > j && k < len(toks) && capital(&toks[k]) {
				j = k + 1
				continue
			}
			break
		}
		var first, last uint16
		if useKw {
			first, last = uint16(toks[i].kw), uint16(toks[j-1].kw)
		}
		for k := i; k < j; k++ {
			pos := uint16(1)
			switch {
			case j-i == 1:
				pos = 3
			case k == i:
				pos = 0
			case k == j-1:
				pos = 2
			}
			toks[k].run = 1 | pos<<1 | first<<3 | last<<6
			toks[k].runFirst, toks[k].runLast = int32(i), int32(j-1)
		}
		i = j
	}
	if join && !useKw {
		for i := range toks {
			toks[i].kw = kwNone
		}
	}
}
