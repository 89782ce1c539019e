package quote

// OrderedCustody keeps "ordered that X be detained" (held, arrested,
// jailed, remanded, deported, expelled) from quoting, as OrderedRelease
// does for a release: a court's or an authority's order to hold or remove
// someone is the act (the event coder codes it 173 or 174), not words
// reported.
var OrderedCustody = true

// custodyLemmas are the passive participles of such an order.
var custodyLemmas = map[string]bool{"detain": true, "hold": true, "arrest": true, "jail": true,
	"imprison": true, "remand": true, "deport": true, "expel": true}

// orderedCustody reports whether l, the lemma after "be" in the clause of
// an order, holds or removes someone.
func orderedCustody(l string) bool {
	return OrderedCustody && custodyLemmas[l]
}
