package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// "accused X of …": the charge after "of" is the content; with the rule
// off AccusedOf drops the quote (its content was X alone).
func TestAccusedOfContent(t *testing.T) {
	d := annotate(t, "The farmers' union accused the agriculture ministry of hoarding fertiliser meant for smallholders.")
	checkRule(t, d, &quote.AccusedOfContent, "accused", func(q *doc.Quote) bool {
		return strings.HasPrefix(q.Content.Text, "hoarding fertiliser")
	})
	d = annotate(t, "Opposition lawmakers on Monday accused Governor Wekesa of lying about the cost of the new hospital wing.")
	checkRule(t, d, &quote.AccusedOfContent, "accused", func(q *doc.Quote) bool {
		return q.Content.Text == "lying about the cost of the new hospital wing"
	})
}

// "a play called “…”": the name of a thing, no quote; a call ("called
// for") and a naming with its agent keep theirs.
func TestTitleNames(t *testing.T) {
	for _, s := range []string{
		"Students in Eldoret staged a play called “The Long Queue” about the shortage of teachers.",
		"The ministry launched a campaign called “Clean Rivers” on Friday.",
	} {
		d := annotate(t, s)
		quote.Attribute(d)
		if q := quoteWithCue(d, "called"); q != nil {
			t.Errorf("%s: quote of a name: %s", s, dump(d.Quotes))
		}
		toggle(&quote.TitleNames, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, "called"); q == nil {
				t.Errorf("%s: with the rule off no quote of %q (test no longer exercises the rule): %s", s, "called", dump(d.Quotes))
			}
		})
	}
	d := annotate(t, "The senator called for an inquiry into the tender.")
	quote.Attribute(d)
	if quoteWithCue(d, "called") == nil && quoteWithCue(d, "called for") == nil {
		t.Errorf("the call lost its quote: %s", dump(d.Quotes))
	}
}

// "faced criticism from X over Y" with both phrases hung on the verb: the
// noun cue takes them (HeadObliques).
func TestHeadObliques(t *testing.T) {
	d := annotate(t, "Governor Wanjiku faced sharp criticism from teachers over the new school fees.")
	checkRule(t, d, &quote.HeadObliques, "criticism", func(q *doc.Quote) bool {
		return q.Content.Text == "the new school fees" && srcIs(q, "teachers")
	})
}

// A speech verb inside another quote's content that the detector scores
// at or below NestedSpeechScore is no quote of its own: a poll's share
// "said" inside what the union said.
func TestNestedSpeechScore(t *testing.T) {
	d := annotate(t, "The union said a survey of its members found that 60 percent of nurses said they would stay home.")
	quote.Attribute(d)
	if q := nestedPollQuote(d); q != nil {
		t.Errorf("nested poll share quoted: %s", dump(d.Quotes))
	}
	keep := quote.NestedSpeechScore
	quote.NestedSpeechScore = -quote.CueNever
	defer func() { quote.NestedSpeechScore = keep }()
	quote.Attribute(d)
	if q := nestedPollQuote(d); q == nil {
		t.Errorf("with any score allowed the nested quote is not found (test no longer exercises the rule): %s", dump(d.Quotes))
	}
}

// nestedPollQuote returns the quote of "they would stay home", or nil.
func nestedPollQuote(d *doc.Document) *doc.Quote {
	for i := range d.Quotes {
		if q := &d.Quotes[i]; q.Content.Text == "they would stay home" {
			return q
		}
	}
	return nil
}

// "Surveys suggest Wekesa has the best chance" with "suggest" tagged an
// adjective hung on the name: LinearRest takes the words after it.
func TestMistaggedRest(t *testing.T) {
	d := handParsed(t, []string{
		"Surveys/NOUN/NNS/survey/3/nsubj", "suggest/ADJ/JJ/suggest/2/amod", "Wekesa/PROPN/NNP/Wekesa/3/nsubj",
		"has/VERB/VBZ/have/-1/root", "the/DET/DT/the/6/det", "best/ADJ/JJS/good/6/amod", "chance/NOUN/NN/chance/3/obj",
		"./PUNCT/././3/punct",
	})
	checkRule(t, d, &quote.MistaggedRest, "suggest", func(q *doc.Quote) bool {
		return q.Content.Text == "Wekesa has the best chance"
	})
	// A noun the word before modifies stays a noun: "the Treasury note".
	d = handParsed(t, []string{
		"The/DET/DT/the/2/det", "Treasury/PROPN/NNP/Treasury/2/compound", "note/NOUN/NN/note/3/nsubj",
		"fell/VERB/VBD/fall/-1/root", "to/ADP/IN/to/5/case", "two/NUM/CD/two/6/nummod", "percent/NOUN/NN/percent/3/obl", "./PUNCT/././3/punct",
	})
	quote.Attribute(d)
	if q := quoteWithCue(d, "note"); q != nil {
		t.Errorf("a modified noun quoted: %s", dump(d.Quotes))
	}
}
