package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "As the ministry reported, …" and "…, as she noted." make the rest of the
// sentence the content; with the rule off the cue is not found.
func TestAsClause(t *testing.T) {
	text := "As the ministry reported, exports of tea fell for a third month in a row.\n\n" +
		"As Kenyan officials have said, the border will stay closed until the vote.\n\n" +
		"The harvest was the worst in a decade, as the farmers' union warned.\n"
	d := annotate(t, text)
	q := quoteWithCue(d, "reported")
	if q == nil || q.Content.Text != "exports of tea fell for a third month in a row" || q.Source == nil || q.Source.Text != "the ministry" {
		t.Errorf("leading as-clause: %s", dump(d.Quotes))
	}
	q = quoteWithCue(d, "said")
	if q == nil || !strings.Contains(q.Content.Text, "the border will stay closed") || q.Source == nil || q.Source.Text != "Kenyan officials" {
		t.Errorf("leading as-clause with an auxiliary: %s", dump(d.Quotes))
	}
	q = quoteWithCue(d, "warned")
	if q == nil || q.Content.Text != "The harvest was the worst in a decade" {
		t.Errorf("trailing as-clause: %s", dump(d.Quotes))
	}
	quote.UseLearnedCues(false)
	defer quote.UseLearnedCues(true)
	toggle(&quote.AsClause, false, func() {
		quote.Attribute(d)
		if len(d.Quotes) > 0 {
			t.Errorf("with the rule (and the detector) off the as-clauses were still found: %s", dump(d.Quotes))
		}
	})
}

// A speech verb set off by commas inside its content is a cue whatever its
// parse: "In Mombasa, Mr. Otieno said, the port …". With the rule (and the
// detector) off these are missed.
func TestParenthetical(t *testing.T) {
	d := annotate(t, "In Mombasa, Mr. Otieno said, the port is seen as a source of jobs for the young.\n\n"+
		"Last year, the trader said, prices doubled in a month.\n")
	for _, want := range []struct{ content, source string }{{"the port is seen", "Mr. Otieno"}, {"prices doubled", "the trader"}} {
		found := false
		for _, q := range d.Quotes {
			if q.Cue != nil && q.Cue.Text == "said" && strings.Contains(q.Content.Text, want.content) && q.Source != nil && q.Source.Text == want.source {
				found = true
			}
		}
		if !found {
			t.Errorf("parenthetical cue of %q: %s", want.source, dump(d.Quotes))
		}
	}
	quote.UseLearnedCues(false)
	defer quote.UseLearnedCues(true)
	toggle(&quote.Parenthetical, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "said"); q != nil {
			t.Errorf("with the rule (and the detector) off the cue was still found: %s", dump(d.Quotes))
		}
	})
}

// Verbs of seeming report the writer's inference: no source. With the rule
// off the subject is taken.
func TestEvidential(t *testing.T) {
	d := annotate(t, "The finance minister appeared to accept the unions' demand for a wage review.\n")
	q := quoteWithCue(d, "appeared")
	if q == nil {
		t.Fatalf("no quote for appeared, so the test proves nothing: %s", dump(d.Quotes))
	}
	if q.Source != nil {
		t.Errorf("evidential cue has a source: %s", dump(d.Quotes))
	}
	toggle(&quote.Evidential, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "appeared"); q == nil || q.Source == nil {
			t.Errorf("with the rule off there is still no source: %s", dump(d.Quotes))
		}
	})
}

// The object of a verb of feeling holds the feeling: its source.
func TestExperiencer(t *testing.T) {
	d := annotate(t, "The new market levy has alarmed small traders across the capital.\n")
	q := quoteWithCue(d, "alarmed")
	if q == nil || q.Source == nil || !strings.Contains(q.Source.Text, "small traders") {
		t.Errorf("experiencer source: %s", dump(d.Quotes))
	}
	toggle(&quote.Experiencer, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "alarmed"); q != nil && q.Source != nil && strings.Contains(q.Source.Text, "small traders") {
			t.Errorf("with the rule off the traders are still the source: %s", dump(d.Quotes))
		}
	})
}

// A participle modifying the object of a verb takes that verb's subject as
// its source: "Farmers held a rally urging …".
func TestSourceThroughNoun(t *testing.T) {
	d := annotate(t, "Farmers in the valley held a rally on Sunday urging the county to reopen the canal.\n")
	q := quoteWithCue(d, "urging")
	if q == nil || q.Source == nil || !strings.Contains(q.Source.Text, "Farmers") {
		t.Errorf("source through the object: %s", dump(d.Quotes))
	}
	toggle(&quote.SourceThroughNoun, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "urging"); q != nil && q.Source != nil && strings.Contains(q.Source.Text, "Farmers") {
			t.Errorf("with the rule off the farmers are still the source: %s", dump(d.Quotes))
		}
	})
}

// A quotation closed by doubled apostrophes (two ' marks, which the
// tokenizer splits) still ends in its comma and takes the cue after it.
func TestDoubledMarks(t *testing.T) {
	d := annotate(t, "''The new road will not reach our village before the rains,'' Ms. Wanjiru said.\n")
	q := quoteWithCue(d, "said")
	if q == nil || q.Kind != quote.Direct || q.Source == nil || q.Source.Text != "Ms. Wanjiru" {
		t.Errorf("doubled marks: %s", dump(d.Quotes))
	}
	toggle(&quote.DoubledMarks, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "said"); q != nil && q.Kind == quote.Direct {
			t.Errorf("with the rule off the quotation was still found: %s", dump(d.Quotes))
		}
	})
}
