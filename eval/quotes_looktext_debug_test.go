package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestQuotesLookText prints, for each sentence of a plain text file
// (DYAD_QUOTES_LOOK_TEXT) that holds DYAD_QUOTES_LOOK_FIND (or every
// sentence), its tokens with their parse, the detector's score and trace,
// and the quotes found there: for reading the team's own stories.
//
//	DYAD_QUOTES_LOOK_TEXT=/tmp/mine/s21.txt DYAD_QUOTES_LOOK_FIND="saying" \
//	  go test ./eval -run TestQuotesLookText -v
func TestQuotesLookText(t *testing.T) {
	path := os.Getenv("DYAD_QUOTES_LOOK_TEXT")
	if path == "" {
		t.Skip("DYAD_QUOTES_LOOK_TEXT not set")
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stages, err := QuoteStages()
	if err != nil {
		t.Fatal(err)
	}
	d, err := AnnotateBrat(stages, BratDoc{Name: path, Text: string(text)})
	if err != nil {
		t.Fatal(err)
	}
	find := os.Getenv("DYAD_QUOTES_LOOK_FIND")
	tr := quote.Trace(d)
	scores := quote.CueScores(d)
	var out strings.Builder
	for _, s := range d.Sentences {
		if find != "" && !strings.Contains(d.Text[s.Start:s.End], find) {
			continue
		}
		fmt.Fprintf(&out, "=== [%d,%d)\n", s.Start, s.End)
		lookSentence(&out, d, s, scores, tr)
	}
	t.Log("\n" + out.String())
}
