package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// The subject noun of a copula whose predicate is a "that" clause or a
// question says that clause; with CopulaNoun off the noun is no cue.
func TestCopulaNoun(t *testing.T) {
	for _, c := range []struct{ text, cue, content string }{
		{"The minister's answer was that the dam would hold through the rains.", "answer", "the dam would hold"},
		{"The union's view is that the strike must go on until wages rise.", "view", "the strike must go on"},
		{"The key question is whether the bridge will open before the rains.", "question", "whether the bridge"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil || !strings.Contains(q.Content.Text, c.content) {
			t.Errorf("%q: want cue %q with %q: %s", c.text, c.cue, c.content, dump(d.Quotes))
		}
		toggle(&quote.CopulaNoun, false, func() {
			quote.Attribute(d)
			if quoteWithCue(d, c.cue) != nil {
				t.Errorf("%q: with the rule off %q is still a cue (test no longer exercises the rule): %s", c.text, c.cue, dump(d.Quotes))
			}
		})
	}
	// A noun that names no saying stays out (the detector's score).
	d := annotate(t, "The problem is that the bridge was built on sand.")
	if q := quoteWithCue(d, "problem"); q != nil {
		t.Errorf("“The problem is that …” quoted: %s", dump(d.Quotes))
	}
}

// "As reported by X, …": the passive "as" clause's agent is the source and
// the rest of the sentence the content; with AsPassive off nothing is
// quoted.
func TestAsPassive(t *testing.T) {
	for _, c := range []struct{ text, src, content string }{
		{"As reported by the Daily Nation, the port will close for two weeks in March.", "the Daily Nation", "the port will close"},
		{"The ministry began reserving radio time this week, as first reported by the Standard on Tuesday.", "the Standard", "reserving radio time"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, "reported")
		if q == nil || !srcIs(q, c.src) || !strings.Contains(q.Content.Text, c.content) {
			t.Errorf("%q: want source %q and content with %q: %s", c.text, c.src, c.content, dump(d.Quotes))
		}
		toggle(&quote.AsPassive, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, "reported"); q != nil && srcIs(q, c.src) {
				t.Errorf("%q: with the rule off the quote is still found (test no longer exercises the rule): %s", c.text, dump(d.Quotes))
			}
		})
	}
}

// "…, said NAME, a long description with a clause.": the name is the
// source even when the parser made a word of the content the cue's
// subject; with TrailingLongSource off nothing is quoted.
func TestTrailingLongSource(t *testing.T) {
	d := annotate(t, "Nor are higher tariffs likely to bring the jobs back, said Amina Juma, an economist at the university who has written several books on trade.\n")
	q := quoteWithCue(d, "said")
	if q == nil || !srcIs(q, "Amina Juma") || !strings.Contains(q.Content.Text, "higher tariffs") {
		t.Errorf("want the quote of Amina Juma: %s", dump(d.Quotes))
	}
	toggle(&quote.TrailingLongSource, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "said"); q != nil && srcIs(q, "Amina Juma") {
			t.Errorf("with the rule off the quote is still found (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "say" in a set phrase reports nobody's words; with SayIdioms off each
// sentence has a quote of "say", and a plain "said" keeps its quote.
func TestSayIdioms(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"It goes without saying that the new levy will hurt traders in the north.", "saying"},
		{"Having said that, the council still approved the budget for the bridge.", "said"},
		{"Let's say you want to build a house on the coast near the port.", "say"},
		{"Needless to say, the farmers were angry about the new levy.", "say"},
	} {
		d := annotate(t, c.text)
		if q := quoteWithCue(d, c.cue); q != nil {
			t.Errorf("%q: quoted: %s", c.text, dump(d.Quotes))
		}
		toggle(&quote.SayIdioms, false, func() {
			quote.Attribute(d)
			if quoteWithCue(d, c.cue) == nil {
				t.Errorf("%q: with the rule off no quote either (test no longer exercises the rule)", c.text)
			}
		})
	}
	for _, text := range []string{
		"Having visited the port, the minister said that the cranes would be repaired.",
		// "having said that" before a clause reports what was said
		"The mayor, having said that the bridge would reopen in May, left the hall.",
	} {
		d := annotate(t, text)
		if quoteWithCue(d, "said") == nil {
			t.Errorf("%q: a “said” lost its quote: %s", text, dump(d.Quotes))
		}
	}
}
