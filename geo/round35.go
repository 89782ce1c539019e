package geo

// Round 35 (session 35; docs/GEO.md, "Session 35").

// Round35 switches the session 35 rules on: pactWords in namesNoPlace, and
// underCapital (through capitalPop) in resolve.
var Round35 = true

// pactWords are capitalised words that make the place name before them the
// name of a treaty, an alliance or a declaration: "the Warsaw Pact", "the
// Kyoto Protocol", "the Geneva Conventions", "the Oslo Accords". Such a
// name is no place: "former Warsaw Pact states seeking NATO membership"
// placed a Russian premier's warning in Bratislava at Warsaw.
var pactWords = setOf("Pact Protocol Protocols Treaty Accord Accords Convention Conventions Declaration Charter")

// pactName reports whether next, the word after a place name, makes it a
// treaty's name.
func pactName(next string) bool { return Round35 && pactWords[next] }

// capitalPop returns the population of the national capital among m's
// candidates (GeoNames' PPLC), or 0 when there is none.
func (t *Tagger) capitalPop(m *mention) int64 {
	if !Round35 {
		return 0
	}
	var pop int64
	for _, c := range m.cands {
		if e := &t.g.Entries[c]; e.Kind == City && e.FCode == "PPLC" && int64(e.Pop) > pop {
			pop = int64(e.Pop)
		}
	}
	return pop
}

// underCapital reports whether candidate e of m is a town or county named
// after a national capital among m's candidates (population capPop) and
// far smaller than it (under a tenth), which the document's countries and
// divisions must not lift above the capital: "Paris" in a story of stock
// markets that names the United States was Paris, Texas; "Rome" in a story
// that names New York was Rome, New York. A town the text ties to its
// division or country ("Rome, New York": m.held) or cues as a town keeps
// the context's weight.
func (t *Tagger) underCapital(m *mention, e *Entry, capPop int64) bool {
	if m.held || m.cueCity || m.cueAdmin || e.FCode == "PPLC" || e.Kind != City && e.Kind != Admin2 {
		return false
	}
	return int64(e.Pop)*10 < capPop
}
