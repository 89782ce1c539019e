package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "said as much …, arguing that …": the participle of saying is its own
// quote, not part of the fallback content of "said" (SpeechParticipleOut).
func TestSpeechParticipleOut(t *testing.T) {
	text := "Her campaign manager Jon Reed said as much in an interview earlier on Thursday morning, arguing that the governor \"lashed out at our teachers when he was asked for numbers.\""
	d := annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "arguing"); q == nil || !strings.HasPrefix(q.Content.Text, "that the governor") {
		t.Errorf("%q: want a quote of \"arguing\" with the clause as content: %s", text, dump(d.Quotes))
	}
	if q := cueQuote(d, "said"); q != nil && strings.Contains(q.Content.Text, "arguing") {
		t.Errorf("%q: the content of \"said\" still holds the participle: %s", text, dump(d.Quotes))
	}
	toggle(&quote.SpeechParticipleOut, false, func() {
		quote.Attribute(d)
		if q := cueQuote(d, "arguing"); q != nil {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// An object keeps its own content; the participle was already apart.
	text = "The party's chairman told reporters the vote was rigged, adding that the count should start again."
	d = annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "adding"); q == nil {
		t.Errorf("%q: want a quote of \"adding\": %s", text, dump(d.Quotes))
	}
}

// Titles HeadlineVerb let pass: the content opening with a quotation
// mark, a cue before "to", "Calls" after a person's name (HeadlineMore).
func TestHeadlineMore(t *testing.T) {
	for _, c := range []struct{ title, cue, content string }{
		{"Retired General Reveals ‘Demoralizing’ Experience Of Serving Under The Governor.", "Reveals", "Experience Of Serving Under The Governor"},
		{"Senator Jane Mwangi Vows To End Tax Breaks For Property Developers.", "Vows", "End Tax Breaks"},
		{"Governor Peter Kamau Calls Opposition Leader ‘A Disgrace’ Over Strike Remarks.", "Calls", "A Disgrace"},
	} {
		text := c.title + "\n\nThe statement came on Monday.\n"
		d := annotate(t, text)
		quote.Attribute(d)
		if q := cueQuote(d, c.cue); q == nil || !strings.Contains(q.Content.Text, c.content) {
			t.Errorf("%q: want %q quoting %q: %s", c.title, c.cue, c.content, dump(d.Quotes))
		}
		toggle(&quote.HeadlineMore, false, func() {
			quote.Attribute(d)
			if cueQuote(d, c.cue) != nil {
				t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", c.title, dump(d.Quotes))
			}
		})
	}
	// A verb the table learned, not a hand-listed cue, before "to".
	text := "Mombasa Struggles To Return To Normal After Floods.\n\nThe statement came on Monday.\n"
	d := annotate(t, text)
	quote.Attribute(d)
	if len(d.Quotes) > 0 {
		t.Errorf("%q: want no quote: %s", text, dump(d.Quotes))
	}
}
