package eval

import (
	"fmt"
	"os"
	"testing"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/segment"
)

// TestSegmentationMisses prints the sentence ends the segmenter misses
// (MISS) or invents (EXTRA) on an EWT split, with the text around them, for
// tuning the rules. It runs only when DYAD_SEG_MISSES names the split, train
// or dev (never test, which stays unseen):
//
//	DYAD_SEG_MISSES=dev go test ./eval -run Misses -v
func TestSegmentationMisses(t *testing.T) {
	split := os.Getenv("DYAD_SEG_MISSES")
	if split != "dev" && split != "train" {
		t.Skip("set DYAD_SEG_MISSES=dev (or train) to print segmentation misses")
	}
	ss, err := conllu.ReadFile(ewtPath(split))
	if err != nil {
		t.Skip("EWT data absent: ", err)
	}
	for _, d := range SegDocs(ss) {
		_, sents, _ := segment.Split(d.Text)
		gold := map[int]bool{}
		for _, s := range d.Sentences {
			gold[s.End] = true
		}
		pred := map[int]bool{}
		for _, s := range sents {
			pred[s.End] = true
		}
		show := func(tag string, at int) {
			a, b := max(0, at-60), min(len(d.Text), at+40)
			fmt.Printf("%s %q || %q\n", tag, d.Text[a:at], d.Text[at:b])
		}
		for _, s := range d.Sentences {
			if !pred[s.End] {
				show("MISS", s.End)
			}
		}
		for _, s := range sents {
			if !gold[s.End] {
				show("EXTRA", s.End)
			}
		}
	}
}
