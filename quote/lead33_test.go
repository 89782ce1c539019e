package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Quoted words inside a reported promise or warning are the speaker's who
// warned or promised: a cue verb that will or would happen has said
// nothing yet. With FutureCueOuter off the inner verb ("respond") takes
// them, its subject the speaker.
func TestFutureCueOuter(t *testing.T) {
	for _, c := range []struct{ text, cue, src, content string }{
		{`Belarusian President Alexander Lukashenko rejected the accusations and warned that Minsk would respond to the sanctions "in a mirror way."`,
			"warned", "Belarusian President Alexander Lukashenko", "Minsk would respond"},
		{`The farm minister said the cooperative would answer the new tariffs "with patience and grain."`,
			"said", "The farm minister", "the cooperative would answer"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil || !srcIs(q, c.src) || !strings.Contains(q.Content.Text, c.content) {
			t.Errorf("%q: want the %q quote of %q: %s", c.text, c.cue, c.src, dump(d.Quotes))
		}
		toggle(&quote.FutureCueOuter, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, c.cue); q != nil && strings.Contains(q.Content.Text, c.content) {
				t.Errorf("%q: with the rule off still the %q quote (test no longer exercises the rule): %s", c.text, c.cue, dump(d.Quotes))
			}
		})
	}
	// a past cue under the cue keeps the quoted words: they were said
	text := `The farm minister said the cooperative had called the new tariffs "a slap in the face."`
	d := annotate(t, text)
	if q := quoteWithCue(d, "called"); q == nil || !srcIs(q, "the cooperative") {
		t.Errorf("%q: want the cooperative's words: %s", text, dump(d.Quotes))
	}
}
