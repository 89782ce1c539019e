package pipeline

import (
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// Standard returns dyad's stages in order. Each stage package is called
// here and nowhere else, so adding a stage is one line.
func Standard() []Stage {
	return []Stage{
		Func{"segment", func(d *doc.Document) error { segment.Segment(d); return nil }},
	}
}
