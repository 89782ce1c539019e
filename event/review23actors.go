package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Review of session 23's actor rules on unseen stories (docs/KB.md, "Review
// of session 23, actors, places and dates (unseen stories)").

// noPersonNotPlace switches personNotPlace off (for measurement).
var noPersonNotPlace bool

// personNotPlace reports whether entity e is a person the actor stage
// linked to a longer name told before ("Qadir" after "Abdul Hamid Qadir"),
// the KB knowing no code for him. The geo stage may still read the bare
// surname as a town somewhere else (a Moroccan port shares an Afghan
// official's surname), but a person named by his surname is no place's
// country: the uncoded-name fallback to a resolved place (entityActors)
// does not apply. Session 23's "we is the speaker's side" rule sends the
// speaker's pronoun to such a surname, which gave the town's country as the
// speaker's side.
func personNotPlace(e *doc.Entity) bool {
	if noPersonNotPlace || e.Type != "PER" || e.Actor == nil || e.Actor.Name == "" {
		return false
	}
	return len(strings.Fields(e.Actor.Name)) > len(strings.Fields(e.Text))
}
