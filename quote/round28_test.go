package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// A trailing cue of the cue table, not of the hand list, with its
// auxiliary, or a form of one the tagger read as a noun: the sentence
// before the comma is the content, the words between the comma and the
// cue the source.
func TestTrailingLexicon(t *testing.T) {
	for _, c := range []struct{ text, cue, content, source string }{
		{"Families in the northern districts spend a third of their income on water, several surveys have shown.", "shown",
			"Families in the northern districts spend a third of their income on water", "several surveys"},
		{"Half of the county's boreholes have run dry since January, a survey by the water board found.", "found",
			"Half of the county's boreholes have run dry since January", "a survey by the water board"},
	} {
		d := annotate(t, c.text)
		checkRule(t, d, &quote.TrailingLexicon, c.cue, func(q *doc.Quote) bool {
			return q.Content.Text == c.content && srcIs(q, c.source)
		})
	}
}

// A verb that is no cue ending a sentence after a comma makes no quote.
func TestTrailingLexiconNotCue(t *testing.T) {
	d := annotate(t, "After the storm passed over the valley, the river rose.")
	if q := quoteWithCue(d, "rose"); q != nil {
		t.Errorf("a quote of a verb off the lexicon: %s", dump(d.Quotes))
	}
}

// One sentence a rule, each rule's quote lost with its switch off:
// ParataxisEnd (a parataxis cue at the end of its sentence takes the words
// before its comma, not the whole sentence), TrailingAux (the cue's
// auxiliary between the comma and the cue), AdjClause (a predicative
// adjective with a "that" clause), NounClause (a noun with a content
// clause).
func TestRound28Rules(t *testing.T) {
	for _, c := range []struct {
		sw                     *bool
		text, cue, content, by string
	}{
		{&quote.ParataxisEnd, "The county treasurer moved two million shillings into a private account last spring, the Lakeside Herald has learned.",
			"learned", "The county treasurer moved two million shillings into a private account last spring", "the Lakeside Herald"},
		{&quote.TrailingAux, "Families in the northern districts spend a third of their income on water, several surveys have shown.",
			"shown", "Families in the northern districts spend a third of their income on water", "several surveys"},
		{&quote.AdjClause, "Shopkeepers were frustrated that the market stayed closed for a week.",
			"frustrated", "that the market stayed closed for a week", "Shopkeepers"},
		{&quote.NounClause, "The report fuelled suspicion that the tender was rigged.", "suspicion", "that the tender was rigged", ""},
	} {
		d := annotate(t, c.text)
		checkRule(t, d, c.sw, c.cue, func(q *doc.Quote) bool {
			return q.Content.Text == c.content && (c.by == "" || srcIs(q, c.by))
		})
	}
}

// "it is clear that …" names no holder: no quote.
func TestAdjClauseExpletive(t *testing.T) {
	d := annotate(t, "It was clear that the talks had failed.")
	if q := quoteWithCue(d, "clear"); q != nil {
		t.Errorf("a quote of an expletive's adjective: %s", dump(d.Quotes))
	}
}

// A trailing verb of the lexicon in a relative clause after the comma
// ("…, which the union also rejects.") is no trailing cue: the relative's
// words are no source.
func TestTrailingLexiconRelative(t *testing.T) {
	d := annotate(t, "The council raised the market levy for the second time this year, which the traders' union also rejects.")
	for _, q := range d.Quotes {
		if q.Source != nil && strings.HasPrefix(q.Source.Text, "which") {
			t.Errorf("a relative pronoun as source: %s", dump(d.Quotes))
		}
	}
}

// A parenthetical cue followed by a quotation keeps its content:
// ParataxisEnd only trims after adjuncts.
func TestParataxisEndQuotation(t *testing.T) {
	d := annotate(t, "Smiling at the crowd, she went on: \"We will finish the road before the rains come.")
	quote.Attribute(d)
	for _, q := range d.Quotes {
		if q.Content.Text == "Smiling at the crowd" {
			t.Errorf("the words before the cue taken for the quotation: %s", dump(d.Quotes))
		}
	}
}
