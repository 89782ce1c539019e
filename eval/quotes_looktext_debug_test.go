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
		for ti := s.TokenStart; ti < s.TokenEnd; ti++ {
			tk := d.Tokens[ti]
			h := "ROOT"
			if tk.Head >= 0 {
				h = d.Tokens[tk.Head].Lemma
			}
			fmt.Fprintf(&out, "  %3d %-14s %-5s %-4s %-10s <- %3d %-12s %6.1f %s\n", ti, d.Text[tk.Start:tk.End], tk.UPOS, tk.XPOS, tk.Deprel, tk.Head, h, scores[ti], tr[ti])
		}
		for _, q := range d.Quotes {
			if q.Content.End < s.Start || q.Content.Start > s.End {
				continue
			}
			src, cue := "-", "-"
			if q.Source != nil {
				src = q.Source.Text
			}
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			fmt.Fprintf(&out, "  PRED [%s] src=%q cue=%q content=%q\n", q.Kind, src, cue, short(q.Content.Text))
		}
	}
	t.Log("\n" + out.String())
}
