package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// A cue hanging as an adverbial clause on another cue makes a quote of its
// own, and the other quote's content stops before it; without the rule the
// first content runs on over the second cue.
func TestSplitSiblings(t *testing.T) {
	text := "The union has long pushed for higher wages in the sector, arguing that prices have doubled since 2020.\n\n" +
		"Teachers are pushing for a new pay deal this year, insisting that salaries have not kept pace with inflation.\n"
	d := annotate(t, text)
	for _, c := range []struct{ outer, inner, content string }{
		{"pushed", "arguing", "prices have doubled"},
		{"pushing", "insisting", "salaries have not kept pace"},
	} {
		o, in := quoteWithCue(d, c.outer), quoteWithCue(d, c.inner)
		if o == nil || in == nil {
			t.Errorf("%s / %s: quote missing: %s", c.outer, c.inner, dump(d.Quotes))
			continue
		}
		if strings.Contains(o.Content.Text, c.inner) {
			t.Errorf("%s: content %q runs over %q", c.outer, o.Content.Text, c.inner)
		}
		if !strings.Contains(in.Content.Text, c.content) {
			t.Errorf("%s: content %q, want %q", c.inner, in.Content.Text, c.content)
		}
	}
	// SpeechParticipleOut (round36.go) keeps the participle out of a
	// fallback content too: both off.
	toggle(&quote.SplitSiblings, false, func() {
		toggle(&quote.SpeechParticipleOut, false, func() {
			quote.Attribute(d)
			if o := quoteWithCue(d, "pushed"); o == nil || !strings.Contains(o.Content.Text, "arguing") {
				t.Errorf("with the rule off the content was still split: %s", dump(d.Quotes))
			}
		})
	})
}

// A present-tense speech verb the tagger reads as a noun after a quotation
// and its speaker is the cue.
func TestMistaggedCue(t *testing.T) {
	text := "“The party has to unite before the convention in July,” Kamau notes.\n\n" +
		"“The tax will fall on the poorest families in the region,” Wanjiru argues.\n"
	d := annotate(t, text)
	checkQuotes(t, d, []want{
		{kind: quote.Direct, content: "The party has to unite", cue: "notes", source: "Kamau"},
		{kind: quote.Direct, content: "The tax will fall", cue: "argues", source: "Wanjiru"},
	})
	toggle(&quote.MistaggedCues, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "notes") != nil {
			t.Errorf("with the rule off the mistagged cue was still taken: %s", dump(d.Quotes))
		}
	})
}

// The learned detector's settings travel together: off leaves nested cues
// off too, on restores the chosen threshold.
func TestUseLearnedCuesNested(t *testing.T) {
	quote.UseLearnedCues(false)
	if quote.CueNested != quote.CueNever {
		t.Errorf("rules alone: CueNested = %g, want off", quote.CueNested)
	}
	quote.UseLearnedCues(true)
	if quote.CueNested != quote.ChosenCueNested {
		t.Errorf("default: CueNested = %g, want %g", quote.CueNested, quote.ChosenCueNested)
	}
}
