package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// A trailing "told" followed by its addressee and a phrase about the
// telling quotes the clause before its comma (TrailingTail).
func TestTrailingTail(t *testing.T) {
	cases := []struct{ text, content, src string }{
		{"The plan was a useful step toward peace, Ruto told visiting Ethiopian Prime Minister Abiy Ahmed, who had been in Nairobi since Monday.", "The plan was a useful step toward peace", "Ruto"},
		{"On the border dispute, Ethiopia seems to be unfair, Ruto told reporters after meeting with Abiy in Nairobi.", "On the border dispute, Ethiopia seems to be unfair", "Ruto"},
	}
	for _, c := range cases {
		d := annotate(t, c.text)
		check := func() bool {
			q := cueQuote(d, "told")
			return q != nil && q.Content.Text == c.content && srcIs(q, c.src)
		}
		quote.Attribute(d)
		if !check() {
			t.Errorf("%q: want %s's words %q: %s", c.text, c.src, c.content, dump(d.Quotes))
		}
		toggle(&quote.TrailingTail, false, func() {
			quote.Attribute(d)
			if check() {
				t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", c.text, dump(d.Quotes))
			}
		})
	}
	// No clause before the comma: no quote of it.
	text := "During a long visit to Nairobi, Ruto said after meeting Abiy that the border would reopen."
	d := annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, "said"); q != nil && q.Content.Text == "During a long visit to Nairobi" {
		t.Errorf("%q: a phrase before the comma is no content: %s", text, dump(d.Quotes))
	}
}

// "…, X was quoted as saying by Y." quotes the clause before the comma,
// with the passive subject as source (FrontQuotedAs).
func TestFrontQuotedAs(t *testing.T) {
	text := "The United States should do more to end the war, Kenyan President William Ruto was quoted as saying by the Daily Nation."
	d := annotate(t, text)
	check := func() bool {
		q := cueQuote(d, "quoted")
		return q != nil && q.Content.Text == "The United States should do more to end the war" && srcIs(q, "Kenyan President William Ruto")
	}
	quote.Attribute(d)
	if !check() {
		t.Errorf("%q: want Ruto's words: %s", text, dump(d.Quotes))
	}
	toggle(&quote.FrontQuotedAs, false, func() {
		quote.Attribute(d)
		if check() {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
}

// An inverted cue whose speaker the parser made the subject of a
// prepositional "clause" ("…, said Ruto in an interview with reporters")
// quotes the sentence before its comma, and the source ends at the name.
func TestPhraseComplement(t *testing.T) {
	text := "There is still work to be done on currency, said Bush in an interview with reporters."
	d := annotate(t, text)
	check := func() bool {
		q := cueQuote(d, "said")
		return q != nil && q.Content.Text == "There is still work to be done on currency" && srcIs(q, "Bush")
	}
	quote.Attribute(d)
	if !check() {
		t.Errorf("%q: want Bush's words: %s", text, dump(d.Quotes))
	}
	for _, sw := range []*bool{&quote.PhraseComplement, &quote.NameBeforeAdjunct} {
		toggle(sw, false, func() {
			quote.Attribute(d)
			if check() {
				t.Errorf("%q: the same with a rule off (test no longer exercises it): %s", text, dump(d.Quotes))
			}
		})
	}
}

// A direct quotation followed by "X was quoted by Y as saying" is X's
// words, not the outlet's (FrontQuotedAs, quotedAsCue).
func TestQuotedAsCue(t *testing.T) {
	text := `"We will not give up our rights," Ruto was quoted by the Daily Nation as saying.`
	d := annotate(t, text)
	check := func() bool {
		q := cueQuote(d, "quoted")
		return q != nil && q.Kind == quote.Direct && srcIs(q, "Ruto")
	}
	quote.Attribute(d)
	if !check() {
		t.Errorf("%q: want Ruto's direct quote: %s", text, dump(d.Quotes))
	}
	toggle(&quote.FrontQuotedAs, false, func() {
		quote.Attribute(d)
		if check() {
			t.Errorf("%q: the same with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
}
