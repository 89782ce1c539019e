package actor

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 15, actor round 4: errors found this session by the other
// helpers (issue 4). Every sentence is written for the test.

// codesOf lists the codes of every entity over mention (a pair phrase or a
// plural pronoun is one entity per actor), sorted.
func codesOf(d *doc.Document, mention string) []string {
	var out []string
	for _, e := range d.Entities {
		if e.Text == mention && e.Actor != nil {
			out = append(out, e.Actor.Code)
		}
	}
	slices.Sort(out)
	return out
}

// A plural pronoun right after a pair phrase ("the two leaders") takes both
// of the pair's actors; not when another actor was named in between.
func TestPluralPronounAfterPair(t *testing.T) {
	d := resolveText(t, "2023-05-10", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa. "+
		"The two leaders held talks, and their ministers signed six agreements. They later toured a dam.")
	for _, m := range []string{"The two leaders", "their", "They"} {
		if got := codesOf(d, m); !slices.Equal(got, []string{"ETHGOV", "KENGOV"}) {
			t.Errorf("%q → %v, want [ETHGOV KENGOV]%s", m, got, dumpEntities(d))
		}
	}
	// an actor named after the pair: "their" is not the pair's
	d = resolveText(t, "2023-05-10", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa. "+
		"The two sides agreed, but the Oromo Liberation Army said its forces would keep their positions.")
	if got := codesOf(d, "their"); len(got) == 2 && slices.Equal(got, []string{"ETHGOV", "KENGOV"}) {
		t.Errorf("\"their\" after another actor took the pair: %v%s", got, dumpEntities(d))
	}
}

// A place, feature or other name the KB does not code carries no actor:
// an actor with an empty code had become an event's target.
func TestNoEmptyCodeActorOnPlaces(t *testing.T) {
	d := resolveText(t, "2021-06-01", "Egypt's foreign minister warned Ethiopia against any threat over the Nile dam.")
	e := entityAt(d, "Nile", 0)
	if e != nil && e.Actor != nil {
		t.Errorf("%q carries an actor %+v%s", e.Text, *e.Actor, dumpEntities(d))
	}
	for _, e := range d.Entities {
		if e.Actor != nil && e.Actor.Code == "" && !actorTypes[e.Type] {
			t.Errorf("%s %q carries an actor with no code%s", e.Type, e.Text, dumpEntities(d))
		}
	}
	// a person the KB does not know keeps his name as his actor
	d = resolveText(t, "2021-06-01", "Farmer Jaspar Onwukwe said the Acme Widgets company closed its plant.")
	if e := entityAt(d, "Farmer Jaspar Onwukwe", 0); e == nil || e.Actor == nil || e.Actor.Name != "Jaspar Onwukwe" {
		t.Errorf("the farmer lost his actor%s", dumpEntities(d))
	}
}

// A person's office is coded by its first sector, as the KB's dated roles
// are: "Secretary of Education" is GOV, not GOVEDU; a body keeps its own.
func TestPersonOfficeFirstSector(t *testing.T) {
	checkResolved(t, "2006-11-20", "US Secretary of Education Margaret Spellings visited Beijing.",
		[]want{{"US Secretary of Education Margaret Spellings", 0, "USAGOV", "Margaret Spellings"}})
	checkResolved(t, "2006-11-20", "Philippine Secretary of Agriculture Jaime Ocampo Reyes spoke in Manila.",
		[]want{{"Philippine Secretary of Agriculture Jaime Ocampo Reyes", 0, "PHLGOV", ""}})
}

// "authorities" and "officials" after another body's noun are that body's
// people: "the prosecution authorities" are the judiciary, not the
// government.
func TestBodyOfficials(t *testing.T) {
	checkResolved(t, "1997-04-15", "South Korea's prosecution authorities questioned the steel executives.",
		[]want{{"South Korea's prosecution authorities", 0, "KORJUD", ""}})
	checkResolved(t, "1997-04-15", "Seoul's court officials said the Korean trial would resume.",
		[]want{{"Seoul's court officials", 0, "KORJUD", ""}})
	// a government noun alone stays the government
	checkResolved(t, "1997-04-15", "South Korean government officials denied the report.",
		[]want{{"South Korean government officials", 0, "KORGOV", ""}})
}

// "Maoist leaders" are the Maoist rebels' (the KB's sector noun "maoists"),
// of the story's country.
func TestMaoistLeaders(t *testing.T) {
	checkResolved(t, "2006-12-13", "Nepal's government and Maoist leaders resumed talks in Kathmandu.",
		[]want{{"Maoist leaders", 0, "NPLREB", ""}})
}
