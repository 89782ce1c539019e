package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "…, a charge Kigali has repeatedly denied": the claim noun is what was
// denied, the words between it and the verb the source (ClaimRelative).
func TestClaimRelative(t *testing.T) {
	text := "Mali accuses Algeria of sheltering the rebels, a charge Algiers has repeatedly denied."
	d := annotate(t, text)
	check := func() bool {
		q := cueQuote(d, "denied")
		return q != nil && q.Content.Text == "a charge" && srcIs(q, "Algiers")
	}
	quote.Attribute(d)
	if !check() {
		t.Errorf("%q: want Algiers denying a charge: %s", text, dump(d.Quotes))
	}
	toggle(&quote.ClaimRelative, false, func() {
		quote.Attribute(d)
		if check() {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// A trailing attribution whose subject is no claim stays as it was.
	text = "The bridge will reopen in March, a senior engineer said."
	d = annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "said"); q == nil || q.Content.Text != "The bridge will reopen in March" || !srcIs(q, "a senior engineer") {
		t.Errorf("%q: want the engineer's words: %s", text, dump(d.Quotes))
	}
}

// A verb of judging whose content is only the one judged takes the
// relative clause after it (TargetRelative); with TargetOnly a bare name
// is no quote.
func TestJudgedTargets(t *testing.T) {
	text := "Kenya's president on Tuesday criticised Uganda, which he accused of closing the border to traders."
	d := annotate(t, text)
	want := "Uganda, which he accused of closing the border to traders"
	quote.Attribute(d)
	if q := cueQuote(d, "criticised"); q == nil || q.Content.Text != want {
		t.Errorf("%q: want the content %q: %s", text, want, dump(d.Quotes))
	}
	toggle(&quote.TargetRelative, false, func() {
		quote.Attribute(d)
		if q := cueQuote(d, "criticised"); q != nil && q.Content.Text == want {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	bare := "The minister criticised Uganda."
	db := annotate(t, bare)
	quote.Attribute(db)
	if q := cueQuote(db, "criticised"); q == nil || q.Content.Text != "Uganda" {
		t.Errorf("%q: by default the bare name stays (PolNeAR marks it): %s", bare, dump(db.Quotes))
	}
	toggle(&quote.TargetOnly, true, func() {
		quote.Attribute(db)
		if q := cueQuote(db, "criticised"); q != nil {
			t.Errorf("%q: TargetOnly keeps the quote of the name: %s", bare, dump(db.Quotes))
		}
	})
	// A reason after the name stays in the content.
	reason := "The minister criticised Uganda for closing the border."
	dr := annotate(t, reason)
	quote.Attribute(dr)
	if q := cueQuote(dr, "criticised"); q == nil || q.Content.Text != "Uganda for closing the border" {
		t.Errorf("%q: want the reason in the content: %s", reason, dump(dr.Quotes))
	}
	toggle(&quote.TargetRelative, false, func() {
		quote.Attribute(dr)
		if q := cueQuote(dr, "criticised"); q != nil && q.Content.Text != "Uganda" {
			t.Errorf("%q: with the rule off the content was the name alone (test no longer exercises the rule): %s", reason, dump(dr.Quotes))
		}
	})
}

// "file" before a preposition of motion is no cue (FiledInto).
func TestFiledInto(t *testing.T) {
	checkAct(t, &quote.FiledInto, "Hundreds of grieving mourners filed into St Joseph's Cathedral in the old quarter of Mombasa to offer their condolences to the family.", "filed")
	text := "The opposition filed a petition in the high court on Monday."
	d := annotate(t, text)
	quote.Attribute(d)
	if cueQuote(d, "filed") == nil {
		t.Errorf("%q: a petition filed is no longer quoted: %s", text, dump(d.Quotes))
	}
}

// A source ends before a preposition of time after its noun (SourceTimeCut).
func TestSourceTimeCut(t *testing.T) {
	text := "\"The mayor lives in us,\" shouted the young crowds after calls by the ruling party urging them to come out."
	d := annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "shouted"); q == nil || !srcIs(q, "the young crowds") {
		t.Errorf("%q: want the source \"the young crowds\": %s", text, dump(d.Quotes))
	}
	toggle(&quote.SourceTimeCut, false, func() {
		quote.Attribute(d)
		if q := cueQuote(d, "shouted"); q != nil && srcIs(q, "the young crowds") {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// The cue's subject after the preposition, which the parser hung on
	// the noun before: it is the source.
	text = "The town was at a standstill after the opposition party called a strike over the disqualification."
	d = annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "called"); q == nil || !srcIs(q, "the opposition party") {
		t.Errorf("%q: want the source \"the opposition party\": %s", text, dump(d.Quotes))
	}
}
