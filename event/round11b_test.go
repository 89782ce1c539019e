package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 22, actor round 11b: a town the actor stage leaves uncoded as the
// end of a journey ("during her trip to Lusaka") still names the host of
// the trip by its place, as the object of "visited" does, though the trip
// sits in a locative "during" phrase. Sentence written for the test.
func TestJourneyNounPlace(t *testing.T) {
	code := entityCoder(t)
	const src = `
The = DET 2 det
governor governor NOUN 3 nsubj
fell fall VERB 0 root
ill = ADJ 3 xcomp
during = ADP 7 case
her = PRON 7 nmod:poss
trip trip NOUN 3 obl
to = ADP 9 case
Lusaka = PROPN 7 nmod
. = PUNCT 3 punct`
	d := mini(t, src)
	gov := doc.Actor{Name: "governor", Code: "KENGOV", Country: "KEN", Sector: "GOV"}
	d.Entities = []doc.Entity{entity(d, "governor", "PER", gov)}
	i := strings.Index(d.Text, "Lusaka")
	d.Entities = append(d.Entities, doc.Entity{Start: i, End: i + 6, Text: "Lusaka", Type: "GPE"})
	d.Places = []doc.Place{{Start: i, End: i + 6, Text: "Lusaka", Name: "Lusaka", Country: "ZMB", Feature: "city"}}
	if got := code(d); got != "042 KENGOV>ZMB" {
		t.Errorf("%s\n got  %s\n want 042 KENGOV>ZMB", d.Text, got)
	}
}
