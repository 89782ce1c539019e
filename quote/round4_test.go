package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// An opening curly mark glued to the word before it closes the quotation:
// the speaker after it is found; without the rule the quotation runs on
// over the cue and nothing is attributed to it.
func TestCurlyShape(t *testing.T) {
	text := "“Not this year,“ the minister said. “We will wait for the budget.”\n"
	d := annotate(t, text)
	q := quoteWithCue(d, "said")
	if q == nil || !strings.Contains(q.Content.Text, "Not this year") || q.Source == nil || !strings.Contains(q.Source.Text, "minister") {
		t.Errorf("quote of “Not this year” missing or wrong: %s", dump(d.Quotes))
	}
	toggle(&quote.CurlyShape, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "said") != nil {
			t.Errorf("with the rule off the cue inside the open quotation was taken: %s", dump(d.Quotes))
		}
	})
}

// A speech verb of the hand list that the detector scores far below zero
// is no indirect cue: adding members to a board says nothing.
func TestSpeechVeto(t *testing.T) {
	d := annotate(t, "The committee added two new members to the board last week.\n")
	if q := quoteWithCue(d, "added"); q != nil {
		t.Errorf("“added two new members” taken as a quote: %s", dump(d.Quotes))
	}
	toggle(&quote.SpeechVeto, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "added") == nil {
			t.Errorf("with the veto off the object was not taken (test no longer exercises the veto): %s", dump(d.Quotes))
		}
	})
	// A real report with the same verb stays.
	d = annotate(t, "The committee added that the board would meet again in June.\n")
	if quoteWithCue(d, "added") == nil {
		t.Errorf("“added that …” lost: %s", dump(d.Quotes))
	}
}

// Nouns and adjectives the detector scores as cues get the lower fallback
// threshold (CueFallback + NominalShift): "growing concern among teachers".
func TestNominalShift(t *testing.T) {
	// At the fallback threshold 5 (the default), where the shift decides
	// this noun.
	fb := quote.CueFallback
	quote.CueFallback = 5
	defer func() { quote.CueFallback = fb }()
	d := annotate(t, "There is growing concern among teachers about the new curriculum.\n")
	quote.Attribute(d)
	if quoteWithCue(d, "concern") == nil {
		t.Errorf("“concern among teachers” not found: %s", dump(d.Quotes))
	}
	keep := quote.NominalShift
	quote.NominalShift = 0
	defer func() { quote.NominalShift = keep }()
	quote.Attribute(d)
	if quoteWithCue(d, "concern") != nil {
		t.Errorf("with no shift the noun was still taken (test no longer exercises the shift): %s", dump(d.Quotes))
	}
}

// A participle modifying a noun that names its holders takes that noun as
// the source: "Farmers hoping to sell …".
func TestSourceAroundAcl(t *testing.T) {
	d := annotate(t, "Farmers hoping to sell their maize before the rains crowded the depot in Eldoret.\n")
	q := quoteWithCue(d, "hoping")
	if q == nil || q.Source == nil || q.Source.Text != "Farmers" {
		t.Errorf("“hoping”: want source Farmers: %s", dump(d.Quotes))
	}
	toggle(&quote.SourceAround, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "hoping"); q != nil && q.Source != nil {
			t.Errorf("with the rule off the source was still found: %s", dump(d.Quotes))
		}
	})
}
