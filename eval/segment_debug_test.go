package eval

import (
	"fmt"
	"os"
	"testing"

	"github.com/dyadproject/dyad/conllu"
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
	// The listing of `dyad eval segment --errors`, without the classes.
	for _, e := range SegErrors(SegDocs(ss)) {
		tag := "EXTRA"
		if e.Miss {
			tag = "MISS"
		}
		fmt.Printf("%s %q || %q\n", tag, e.Left, e.Right)
	}
}
