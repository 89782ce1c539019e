package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Twenty-first round: an indirect quote whose content, as parsed, holds
// another quote's cue and quotation keeps its content up to that quote
// (CoveredTrim), on a sentence of our own, with the rule on and off.
func TestCoveredTrim(t *testing.T) {
	for _, c := range []struct{ text, cue, content, source string }{
		{"Mr. Kamau conceded the party's deep unpopularity - its ''failures,'' he called them - but insisted the vote was close.", "conceded",
			"the party's deep unpopularity", "Mr. Kamau"},
	} {
		d := annotate(t, c.text)
		quote.Attribute(d)
		q := cueQuote(d, c.cue)
		if q == nil {
			t.Errorf("%q: no quote with the cue %q: %s", c.text, c.cue, dump(d.Quotes))
			continue
		}
		if q.Content.Text != c.content || q.Source == nil || q.Source.Text != c.source {
			t.Errorf("%q: got %s", c.text, dump(d.Quotes))
		}
		toggle(&quote.CoveredTrim, false, func() {
			quote.Attribute(d)
			if cueQuote(d, c.cue) != nil {
				t.Errorf("%q: with the rule off the cue quotes already (test no longer exercises the rule): %s", c.text, dump(d.Quotes))
			}
		})
	}
}
