package actor

import "testing"

// A plain object pronoun never names the subject of its own verb
// (boundBySubject): "Mahama welcomed him" is someone other than Mahama.
func TestResolveObjectPronounNotOwnSubject(t *testing.T) {
	checkResolved(t, "2026-03-10",
		"Kenyan President William Ruto flew to Accra on Monday. Ghanaian President John Mahama welcomed him at the airport.",
		[]want{{"him", 0, "KENGOV", ""}})
	checkResolved(t, "2026-03-10",
		"Indian Foreign Minister Anil Rao landed in Lima on Friday. Peruvian Foreign Minister Rosa Vargas thanked him for the visit.",
		[]want{{"him", 0, "INDGOV", ""}})
	// a reflexive is its own subject and is left to the other rules
	checkResolved(t, "2026-03-10",
		"Ghanaian President John Mahama spoke in Accra. He said he would keep the promise himself.",
		[]want{{"He", 0, "GHAGOV", ""}})
}
