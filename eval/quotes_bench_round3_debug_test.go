package eval

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// TestQuotesBenchRound3 lists, on the first DYAD_QUOTES_BENCH bench-news
// wire stories (no gold: read by hand), the quotes that the third round's
// changes add or remove: the model in DYAD_QUOTES_BENCH_OLDMODEL (the
// previous cuemodel.tsv) with the round's switches off against the shipped
// model with them on, to DYAD_QUOTES_BENCH_OUT (default
// /tmp/quote-bench-round3.txt). A quote is keyed by its cue and content
// start; one whose source or content changed under the same key is listed
// as WAS / NOW.
//
//	DYAD_QUOTES_BENCH=300 DYAD_QUOTES_BENCH_OLDMODEL=/tmp/cuemodel.old.tsv \
//	  go test ./eval -run TestQuotesBenchRound3 -v
func TestQuotesBenchRound3(t *testing.T) {
	state := round3State(t)
	docs, out := quotesBenchDocs(t, "/tmp/quote-bench-round3.txt")
	defer out.Close()
	show := func(q doc.Quote) string {
		s := "-"
		if q.Source != nil {
			s = q.Source.Text
		}
		return fmt.Sprintf("[%s] source=%s | content=%s", q.Kind, s, short(q.Content.Text))
	}
	total, added, gone, changed := quotesBenchDiff(docs, out, func() { state(true) }, func() { state(false) }, show)
	t.Logf("%d quotes now; %d added, %d gone, %d with another source or content (listed in %s)", total, added, gone, changed, out.Name())
}
