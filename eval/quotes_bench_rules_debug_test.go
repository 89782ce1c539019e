package eval

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// benchRuleSwitches are the rule switches TestQuotesBenchRules compares.
var benchRuleSwitches = map[string]*bool{
	"RelativeKeep": &quote.RelativeKeep, "SourceThroughNoun": &quote.SourceThroughNoun,
	"SourceNoCase": &quote.SourceNoCase, "AsClause": &quote.AsClause, "Parenthetical": &quote.Parenthetical,
	"Evidential": &quote.Evidential, "Experiencer": &quote.Experiencer, "DoubledMarks": &quote.DoubledMarks,
}

// TestQuotesBenchRules lists, on the first DYAD_QUOTES_BENCH bench-news wire
// stories (no gold: read by hand), the quotes whose cue, source or content
// change when the switches named in DYAD_QUOTES_BENCH_SWITCHES
// (comma-separated, default all of benchRuleSwitches) are turned off, to
// DYAD_QUOTES_BENCH_OUT (default /tmp/quote-bench-rules.txt).
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchRules -v
func TestQuotesBenchRules(t *testing.T) {
	docs, out := quotesBenchDocs(t, "/tmp/quote-bench-rules.txt")
	defer out.Close()
	var sws []*bool
	for name, p := range benchRuleSwitches {
		if l := os.Getenv("DYAD_QUOTES_BENCH_SWITCHES"); l == "" || slices.Contains(strings.Split(l, ","), name) {
			sws = append(sws, p)
		}
	}
	set := func(on bool) {
		for _, p := range sws {
			*p = on
		}
	}
	defer set(true)
	show := func(q doc.Quote) string {
		c, s := "-", "-"
		if q.Cue != nil {
			c = q.Cue.Text
		}
		if q.Source != nil {
			s = q.Source.Text
		}
		sp := "-"
		if q.Speaker != nil {
			sp = q.Speaker.Name
		}
		return fmt.Sprintf("cue=%s | source=%s | speaker=%s | content=%s", c, s, sp, short(q.Content.Text))
	}
	total, changed := 0, 0
	for _, d := range docs {
		set(false)
		quote.Attribute(d)
		before := map[string]bool{}
		for _, q := range d.Quotes {
			before[show(q)] = true
		}
		set(true)
		quote.Attribute(d)
		after := map[string]bool{}
		for _, q := range d.Quotes {
			after[show(q)] = true
			total++
			if !before[show(q)] {
				changed++
				fmt.Fprintf(out, "NEW  %s\n", show(q))
			}
		}
		for k := range before {
			if !after[k] {
				fmt.Fprintf(out, "GONE %s\n", k)
			}
		}
	}
	t.Logf("%d quotes with the switches on, %d of them new or changed (listed in %s)", total, changed, out.Name())
}
