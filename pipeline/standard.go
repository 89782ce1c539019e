package pipeline

import (
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
	"github.com/dyadproject/dyad/timex"
)

// Standard returns dyad's stages in order, loading the embedded models.
// Each stage package is called here and nowhere else, so adding a stage is
// one line.
func Standard() ([]Stage, error) {
	models, err := syntax.Embedded()
	if err != nil {
		return nil, err
	}
	kb, err := actor.LoadKB()
	if err != nil {
		return nil, err
	}
	return []Stage{
		Func{"segment", func(d *doc.Document) error { segment.Segment(d); return nil }},
		Func{"syntax", func(d *doc.Document) error { models.Annotate(d); return nil }},
		Func{"actor", func(d *doc.Document) error { kb.Resolve(d); return nil }},
		Func{"timex", func(d *doc.Document) error { timex.Tag(d); return nil }},
		Func{"event", func(d *doc.Document) error { _, err := event.Code(d, event.Entities); return err }},
	}, nil
}
