package pipeline

import (
	"fmt"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/quote"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
	"github.com/dyadproject/dyad/timex"
	"github.com/dyadproject/dyad/tone"
)

// Options adjusts the standard stages.
type Options struct {
	// Patterns are event pattern files (dyad's format or PETRARCH verb
	// dictionaries) added to the embedded patterns, or used instead of
	// them when OnlyPatterns is set.
	Patterns     []string
	OnlyPatterns bool
}

// Standard returns dyad's stages in order, loading the embedded models.
// Each stage package is called here and nowhere else, so adding a stage is
// one line.
func Standard(opt Options) ([]Stage, error) {
	models, err := syntax.Embedded()
	if err != nil {
		return nil, err
	}
	kb, err := actor.LoadKB()
	if err != nil {
		return nil, err
	}
	ner, err := actor.DefaultNER()
	if err != nil {
		return nil, err
	}
	actors := actor.NewResolver(kb, ner)
	gaz, err := geo.Load()
	if err != nil {
		return nil, err
	}
	places := geo.NewTagger(gaz)
	event.Capital = places.Capital // "met at a hotel in the Qatari capital"
	event.Country = places.Country // "in the Croatian border town of Miljana"
	coder, err := eventCoder(opt)
	if err != nil {
		return nil, err
	}
	return []Stage{
		Func{"segment", func(d *doc.Document) error { segment.Segment(d); return nil }},
		Func{"syntax", func(d *doc.Document) error { models.Annotate(d); return nil }},
		Func{"actor", func(d *doc.Document) error { actors.Resolve(d); return nil }},
		Func{"timex", func(d *doc.Document) error { timex.Tag(d); return nil }},
		Func{"geo", func(d *doc.Document) error { places.Tag(d); return nil }},
		Func{"quote", func(d *doc.Document) error { quote.Attribute(d); return nil }},
		// The sentence trees the coder builds are kept for the dater
		// and the placer (nothing between them changes a tree's input).
		Func{"event", func(d *doc.Document) error { event.KeepTrees(d); coder.Code(d, event.Entities); return nil }},
		Func{"when", func(d *doc.Document) error { event.Date(d); return nil }},
		Func{"where", func(d *doc.Document) error { defer event.ReleaseTrees(d); event.Place(d); return nil }},
		Func{"tone", func(d *doc.Document) error { tone.Score(d); return nil }},
	}, nil
}

// eventCoder is the shared default coder, or one over the user's patterns.
func eventCoder(opt Options) (*event.Coder, error) {
	if opt.OnlyPatterns && len(opt.Patterns) == 0 {
		return nil, fmt.Errorf("--only-patterns needs at least one --patterns file")
	}
	if len(opt.Patterns) == 0 {
		return event.Default()
	}
	p := event.NewPatterns()
	if !opt.OnlyPatterns {
		def, err := event.DefaultPatterns()
		if err != nil {
			return nil, err
		}
		p = def
	}
	for _, path := range opt.Patterns {
		q, err := event.LoadPatternFile(path)
		if err != nil {
			return nil, fmt.Errorf("patterns %s: %w", path, err)
		}
		p.Merge(q)
	}
	return event.New(p, event.NewsOptions()), nil
}
