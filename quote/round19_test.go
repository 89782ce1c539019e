package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Nineteenth round: a cue at the end of its sentence that the parser left
// without anything to its right takes the words before it (LeftRest), on
// sentences of our own, with the rule on and off.
func TestLeftRest(t *testing.T) {
	for _, c := range []struct{ text, cue, content, source string }{
		{"The bridge over the Nzoia River will reopen in May, Governor Otieno has said.", "said",
			"The bridge over the Nzoia River will reopen in May", "Governor Otieno"},
		{"The clinic closed because it ran out of vaccines, local officials have claimed.", "claimed",
			"The clinic closed because it ran out of vaccines", "local officials"},
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
		// Since session 28 the trailing rule takes the cue's auxiliary
		// too (TrailingAux): off here, so that LeftRest is what quotes.
		toggle(&quote.TrailingAux, false, func() {
			toggle(&quote.LeftRest, false, func() {
				quote.Attribute(d)
				if cueQuote(d, c.cue) != nil {
					t.Errorf("%q: with the rule off the cue quotes already (test no longer exercises the rule): %s", c.text, dump(d.Quotes))
				}
			})
		})
	}
}

// A verb that modifies a noun, or stands in a clause with its own marker,
// says nothing about the words before it.
func TestLeftRestNot(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"The rally on the lakeshore drew far fewer people than the organisers had predicted.", "predicted"},
		{"Turnout in the county fell short of the huge crowds the organisers predicted.", "predicted"},
		// a cue in a conjunct: the first clause is not what was said
		{"The ferry service to Lamu was cancelled and the operator has not said why.", "said"},
		{"Two houses were searched overnight, but the county police would not say where.", "say"},
	} {
		d := annotate(t, c.text)
		quote.Attribute(d)
		for _, q := range d.Quotes {
			if q.Cue != nil && q.Cue.Text == c.cue && q.Content.End <= q.Cue.Start {
				t.Errorf("%q: the words before the cue are taken as content: %s", c.text, dump(d.Quotes))
			}
		}
	}
}
