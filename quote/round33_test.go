package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// A content that ran on into the sentence's trailing attribution ends
// before it; the attribution keeps its own quote (thirty-third round).
func TestTrailingTrim(t *testing.T) {
	for _, c := range []struct{ text, cue, want, gone string }{
		{"The union voiced anger over the new levy, its secretary general Jane Wambui told reporters on Friday.",
			"voiced", "anger over the new levy", "Wambui"},
		{"The governor ordered that the market be closed for a week, according to a statement from her office.",
			"ordered", "that the market be closed for a week", "statement"},
		{"The farmers' cooperative protested that the new tariff favours importers, the Daily Herald reported on Monday.",
			"protested", "that the new tariff favours importers", "Herald"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil || q.Content.Text != c.want {
			t.Errorf("%q: want %q quoted by %q: %s", c.text, c.want, c.cue, dump(d.Quotes))
		}
		toggle(&quote.TrailingTrim, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, c.cue); q != nil && !strings.Contains(q.Content.Text, c.gone) {
				t.Logf("%q: with the rule off the content already ends before the attribution: %s", c.text, dump(d.Quotes))
			}
		})
	}
	// With the rule off the first sentence's content runs on (the test
	// exercises the rule).
	text := "The union voiced anger over the new levy, its secretary general Jane Wambui told reporters on Friday."
	d := annotate(t, text)
	toggle(&quote.TrailingTrim, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "voiced"); q == nil || !strings.Contains(q.Content.Text, "told reporters") {
			t.Errorf("%q: with the rule off the content does not run on: %s", text, dump(d.Quotes))
		}
	})
	// A parenthetical cue inside the content is no trailing attribution.
	text = "The minister said the dam, the engineers warned, would not hold another season."
	d = annotate(t, text)
	if q := quoteWithCue(d, "said"); q == nil || !strings.Contains(q.Content.Text, "would not hold") {
		t.Errorf("%q: content cut: %s", text, dump(d.Quotes))
	}
}
