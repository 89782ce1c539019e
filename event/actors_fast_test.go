package event

import (
	"reflect"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/quote"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
	"github.com/dyadproject/dyad/timex"
)

// annotateForEvents runs the standard stages before event coding.
func annotateForEvents(t *testing.T) func(d *doc.Document) {
	t.Helper()
	models, err := syntax.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	kb, err := actor.LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	ner, err := actor.DefaultNER()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	actors, places := actor.NewResolver(kb, ner), geo.NewTagger(gaz)
	return func(d *doc.Document) {
		segment.Segment(d)
		models.Annotate(d)
		actors.Resolve(d)
		timex.Tag(d)
		places.Tag(d)
		quote.Attribute(d)
	}
}

// sameEventsBothWays codes d with the production finder, which reads the
// coder's own sentence tree, and with the same finder behind a function,
// which builds the tree afresh for every phrase; the events must be equal.
func sameEventsBothWays(t *testing.T, c *Coder, d *doc.Document) int {
	t.Helper()
	d.Events = nil
	fast := c.Code(d, Entities)
	d.Events = nil
	slow := c.Code(d, ActorFinderFunc(Entities.Actors))
	if !reflect.DeepEqual(fast, slow) {
		t.Errorf("%s: events with the coder's tree\n%+v\nwith a fresh tree\n%+v", d.ID, fast, slow)
	}
	return len(fast)
}

// TestEntityFinderSharedTree checks the coder's shortcut for the entity
// finder: the actors found over the coder's sentence tree are those the
// finder finds over a tree of its own.
func TestEntityFinderSharedTree(t *testing.T) {
	texts := []string{
		"NAIROBI, March 3 (Reuters) - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday and the two leaders signed a trade agreement. " +
			"Ruto later accused Somali militants of attacking a police post near the border, and Kenyan troops arrested three suspects.",
		"The European Union and China agreed on Friday to resume talks on an investment pact, officials in Brussels said. " +
			"Beijing criticised Washington's new export controls, while the U.S. State Department urged both sides to show restraint.",
		"Protesters clashed with riot police in Caracas after opposition leader Maria Lopez called for a general strike; the government of Venezuela condemned the unrest.",
	}
	compareOnStories(t, "2024-03-05", texts, 150, sameEventsBothWays)
}
