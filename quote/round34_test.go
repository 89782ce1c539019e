package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "address" with its audience as object is a speech given, not words
// reported: no quote whose content is the audience (AudienceAddress).
func TestAudienceAddress(t *testing.T) {
	checkAct(t, &quote.AudienceAddress, "Governor Amina Odhiambo addressed hundreds of students at Egerton University on Monday.", "addressed")
	checkAct(t, &quote.AudienceAddress, "Senator Wekesa is scheduled to address the party convention on Friday night.", "address")
	// An issue addressed stays a cue.
	text := "The minister addressed the controversy over the new fishing levy."
	d := annotate(t, text)
	quote.Attribute(d)
	if cueQuote(d, "addressed") == nil {
		t.Errorf("%q: the issue addressed is no longer quoted: %s", text, dump(d.Quotes))
	}
}

// "quoted X as saying Y": one quote, "quoted" its cue, the words Y its
// content (QuotedAs), the one quoted its source (QuotedAsSpeaker; the one
// who quotes with that rule off).
func TestQuotedAs(t *testing.T) {
	text := "The news agency quoted the deputy governor as saying the bridge would reopen in March."
	d := annotate(t, text)
	source := "the deputy governor"
	check := func() bool {
		q := cueQuote(d, "quoted")
		return q != nil && q.Content.Text == "the bridge would reopen in March" && srcIs(q, source) && cueQuote(d, "saying") == nil
	}
	quote.Attribute(d)
	if !check() {
		t.Errorf("%q: want one quote of the deputy governor's words: %s", text, dump(d.Quotes))
	}
	source = "The news agency"
	toggle(&quote.QuotedAsSpeaker, false, func() {
		quote.Attribute(d)
		if !check() {
			t.Errorf("%q, QuotedAsSpeaker off: want the agency the source: %s", text, dump(d.Quotes))
		}
	})
	source = "the deputy governor"
	// two such sentences in one story: each is mended
	two := text + " The radio quoted the mayor as saying, \"We are ready.\""
	d2 := annotate(t, two)
	quote.Attribute(d2)
	if q := cueQuote(d2, "saying"); q != nil {
		t.Errorf("%q: the second sentence's \"saying\" quote stays: %s", two, dump(d2.Quotes))
	}
	quote.Attribute(d)
	if !check() {
		t.Errorf("%q: want one quote of the words: %s", text, dump(d.Quotes))
	}
	toggle(&quote.QuotedAs, false, func() {
		quote.Attribute(d)
		if check() {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
}

// A source after a quotation does not reach back into it (SourceOutsideQuote):
// the parser hangs "not the last" on the speaker's name.
func TestSourceOutsideQuote(t *testing.T) {
	text := "“This is a first step, not the last,” Odhiambo said."
	d := annotate(t, text)
	quote.Attribute(d)
	q := cueQuote(d, "said")
	if q == nil || !srcIs(q, "Odhiambo") {
		t.Errorf("%q: want the source Odhiambo: %s", text, dump(d.Quotes))
	}
	toggle(&quote.SourceOutsideQuote, false, func() {
		quote.Attribute(d)
		if q := cueQuote(d, "said"); q != nil && srcIs(q, "Odhiambo") {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	scare := "The “hardline” envoy said the talks had failed."
	d = annotate(t, scare)
	quote.Attribute(d)
	if q := cueQuote(d, "said"); q == nil || !srcIs(q, "The “hardline” envoy") {
		t.Errorf("%q: a scare-quoted word stays in the source: %s", scare, dump(d.Quotes))
	}
}
