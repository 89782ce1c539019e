package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "ask" quotes the question it puts, wherever the parser hung it, with the
// asker as source and no source when nobody asks in the sentence; with
// AskedClause off each sentence goes wrong as before.
func TestAskedClause(t *testing.T) {
	for _, c := range []struct {
		text, cue, content, src, off string
	}{
		// The "if" clause is parsed as an adverbial of "asked": the
		// content was the object alone.
		{"Kamau asked the minister if the bridge would be finished this year.", "asked", "if the bridge", "Kamau", "content"},
		// The participle is parsed as the clause "said" reports.
		{"Asked whether the levy would stay, the minister said no.", "Asked", "whether the levy", "", "cue"},
		// A question put to someone: PolNeAR marks it, without a source.
		{"Wanjiru was asked about the tender during a radio interview.", "asked", "about the tender", "", "cue"},
		// The one asked is no source of the question.
		{"When asked why the port had closed, the governor said the cranes were broken.", "asked", "why the port", "", "source"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil || !strings.Contains(q.Content.Text, c.content) || c.src == "" && q.Source != nil || c.src != "" && !srcIs(q, c.src) {
			t.Errorf("%q: want cue %q, content with %q, source %q: %s", c.text, c.cue, c.content, c.src, dump(d.Quotes))
		}
		if q := quoteWithCue(d, "said"); q != nil && strings.Contains(q.Content.Text, c.content) {
			t.Errorf("%q: the question is still the content of “said”: %s", c.text, dump(d.Quotes))
		}
		toggle(&quote.AskedClause, false, func() {
			quote.Attribute(d)
			q := quoteWithCue(d, c.cue)
			changed := false
			switch c.off {
			case "content":
				changed = q == nil || !strings.Contains(q.Content.Text, c.content)
			case "cue":
				changed = q == nil
			case "source":
				changed = q == nil || q.Source != nil
			}
			if !changed {
				t.Errorf("%q: with the rule off the %s is still right (test no longer exercises the rule): %s", c.text, c.off, dump(d.Quotes))
			}
		})
	}
}

// A question quoted after "asked," is the asker's, not the answer's cue
// after it.
func TestAskedQuestion(t *testing.T) {
	d := annotate(t, "Wanjiru was asked, “Would you stand again if the party wanted you?” She answered, “No.”\n")
	q := quoteWithCue(d, "asked")
	if q == nil || !strings.Contains(q.Content.Text, "stand again") || q.Source != nil {
		t.Errorf("the question is not the quote of “asked”, without a source: %s", dump(d.Quotes))
	}
	if a := quoteWithCue(d, "answered"); a == nil || !strings.Contains(a.Content.Text, "No.") {
		t.Errorf("the answer lost its quote: %s", dump(d.Quotes))
	}
	toggle(&quote.AskedQuestion, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "asked"); q != nil && strings.Contains(q.Content.Text, "stand again") {
			t.Errorf("with the rule off the question is still the quote of “asked” (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// A participle closing another quote's content after a comma, which
// SplitTrailing leaves there (no rule proposed it, or it hangs inside the
// content), stands as a quote of its own with the other quote's source;
// with ParticipleSplit off the first content runs on over it.
func TestParticipleSplit(t *testing.T) {
	for _, c := range []struct{ text, cue, part, src string }{
		{"The rebels refused to gather at the camp, citing the presence of troops as a threat.", "refused", "citing", "The rebels"},
		{"The minister described the ruling as a disgrace that shamed the courts, urging for the verdict to be reviewed.", "described", "urging", "The minister"},
	} {
		d := annotate(t, c.text)
		if q := quoteWithCue(d, c.cue); q == nil || strings.Contains(q.Content.Text, c.part) {
			t.Errorf("%q: the content of %q holds the participle: %s", c.text, c.cue, dump(d.Quotes))
		}
		if q := quoteWithCue(d, c.part); q == nil || !srcIs(q, c.src) {
			t.Errorf("%q: %q is not the quote of %q: %s", c.text, c.part, c.src, dump(d.Quotes))
		}
		toggle(&quote.ParticipleSplit, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, c.cue); q == nil || !strings.Contains(q.Content.Text, c.part) {
				t.Errorf("%q: with the rule off the content was still cut (test no longer exercises the rule): %s", c.text, dump(d.Quotes))
			}
		})
	}
	// A participle of the reported clause's own subject, a thing, stays
	// in the content: "…, a wildfire burned the hills, threatening homes".
	d := annotate(t, "Officials said a wildfire burned the dry hills north of the town, threatening homes.")
	if q := quoteWithCue(d, "threatening"); q != nil {
		t.Errorf("the fire's participle was quoted: %s", dump(d.Quotes))
	}
}
