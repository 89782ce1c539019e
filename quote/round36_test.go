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
