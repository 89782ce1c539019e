package event

import "github.com/dyadproject/dyad/doc"

// visitElsewhere reports whether e is a visit (042) to a country other
// than cc, the dateline's: the visit happens in the visited country, not
// where the story was filed ("NAIROBI - ... Ruto's state visit to Slovak
// is meant to open new markets" is no act in Nairobi), so the dateline
// does not place it and the host country of the visit may (Place's step
// 5). Review of session 22 on unseen stories (docs/EVENTS.md): since the
// reader takes datelines with a byline above them (read/dateline_r8.go),
// a story filed from the capital about a leader's tour abroad placed the
// visits of the tour in the capital.
func visitElsewhere(e *doc.Event, cc string) bool {
	if cc == "" || e.Cameo != "042" || e.Target == nil {
		return false
	}
	t := e.Target
	return t.Code != "" && t.Country != "" && t.Country != cc && countrySide(t.Code)
}
