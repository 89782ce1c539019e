package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// A content that ran on into the sentence's trailing attribution ends
// before it; the attribution keeps its own quote (thirty-third round).
func TestTrailingTrim(t *testing.T) {
	for _, c := range []struct{ text, cue, want, gone string }{
		{"The union voiced anger over the new levy, its secretary general Jane Wambui told reporters on Friday.",
			"voiced", "anger over the new levy", "Wambui"},
		{"The governor ordered that the market be closed for a week, according to a statement from her office.",
			"ordered", "that the market be closed for a week", "statement"},
		{"The farmers' cooperative protested that the new tariff favours importers, the Daily Herald reported on Monday.",
			"protested", "that the new tariff favours importers", "Herald"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil || q.Content.Text != c.want {
			t.Errorf("%q: want %q quoted by %q: %s", c.text, c.want, c.cue, dump(d.Quotes))
		}
		toggle(&quote.TrailingTrim, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, c.cue); q != nil && !strings.Contains(q.Content.Text, c.gone) {
				t.Logf("%q: with the rule off the content already ends before the attribution: %s", c.text, dump(d.Quotes))
			}
		})
	}
	// With the rule off the first sentence's content runs on (the test
	// exercises the rule).
	text := "The union voiced anger over the new levy, its secretary general Jane Wambui told reporters on Friday."
	d := annotate(t, text)
	toggle(&quote.TrailingTrim, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "voiced"); q == nil || !strings.Contains(q.Content.Text, "told reporters") {
			t.Errorf("%q: with the rule off the content does not run on: %s", text, dump(d.Quotes))
		}
	})
	// A parenthetical cue inside the content is no trailing attribution.
	text = "The minister said the dam, the engineers warned, would not hold another season."
	d = annotate(t, text)
	if q := quoteWithCue(d, "said"); q == nil || !strings.Contains(q.Content.Text, "would not hold") {
		t.Errorf("%q: content cut: %s", text, dump(d.Quotes))
	}
}

// A place in a locative phrase is not the source: the noun it modifies
// or the subject of the verb it hangs on is (thirty-third round).
func TestLocativeSource(t *testing.T) {
	text := "Environmental activists waved banners outside the embassy urging the government to free the sailors."
	d := annotate(t, text)
	q := quoteWithCue(d, "urging")
	if q == nil || q.Source == nil || strings.Contains(q.Source.Text, "embassy") && !strings.HasPrefix(q.Source.Text, "banners") {
		t.Errorf("%q: the embassy is the source: %s", text, dump(d.Quotes))
	}
	toggle(&quote.LocativeSource, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "urging"); q == nil || q.Source == nil || q.Source.Text != "the embassy" {
			t.Errorf("%q: with the rule off the source is not the embassy (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// A source that only holds a place after its head stays.
	text = "Nurses at the district hospital in Nakuru told reporters that nine patients had died."
	d = annotate(t, text)
	if q := quoteWithCue(d, "told"); q == nil || !srcIs(q, "Nurses at the district hospital in Nakuru") {
		t.Errorf("%q: source changed: %s", text, dump(d.Quotes))
	}
}

// A speaker whose source names a place after its head noun is that noun
// phrase, with the place's country and the noun's sector (thirty-third
// round); PlaceCountry off, the place itself.
func TestPlaceCountry(t *testing.T) {
	text := "Media reports in Kampala said the minister would resign."
	d := annotate(t, text)
	q := quoteWithCue(d, "said")
	if q == nil || q.Speaker == nil || q.Speaker.Name != "Media reports in Kampala" || q.Speaker.Country != "UGA" {
		t.Fatalf("%q: want the reports, of Uganda: %s", text, dump(d.Quotes))
	}
	toggle(&quote.PlaceCountry, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "said"); q == nil || q.Speaker == nil || q.Speaker.Name != "Kampala" {
			t.Errorf("%q: with the rule off the speaker is not the city (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
}

// A finite verb with no object or clause after a quotation that opens its
// sentence is its cue, with the speaker beside it (thirty-third round).
func TestMannerAfterQuote(t *testing.T) {
	for _, c := range []struct{ text, cue, src string }{
		{"“This is a disgrace to the whole county,” Otieno fumed on Tuesday.", "fumed", "Otieno"},
		{"“We have waited for this road for twenty years!” Amina Juma beamed.", "beamed", "Amina Juma"},
	} {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil || q.Source == nil || !strings.HasPrefix(q.Source.Text, c.src) {
			t.Errorf("%q: want a quote of %q by %q: %s", c.text, c.cue, c.src, dump(d.Quotes))
			continue
		}
		toggle(&quote.MannerAfterQuote, false, func() {
			quote.Attribute(d)
			if quoteWithCue(d, c.cue) != nil {
				t.Errorf("%q: quoted with the rule off (test no longer exercises the rule): %s", c.text, dump(d.Quotes))
			}
		})
	}
	// Not a verb with an object, nor one in a sentence the quotation does
	// not open.
	for _, c := range []struct{ text, cue string }{
		{"“Roads first,” the governor's slogan caught the council's attention.", "caught"},
		{"Between two meetings, “free of charge, of course”, he looks after the horses of the township.", "looks"},
		// a verb of going or dying tells what the speaker did, not how
		// they spoke (session 33 review)
		{"“We will never surrender,” the rebels left.", "left"},
		{"“The talks are over,” the delegation departed.", "departed"},
	} {
		if d := annotate(t, c.text); quoteWithCue(d, c.cue) != nil && quoteWithCue(d, c.cue).Kind == quote.Direct {
			t.Errorf("%q: %q made a direct quote: %s", c.text, c.cue, dump(d.Quotes))
		}
	}
}

// A quotation that is its own sentence takes the cue of the sentence
// before it when that sentence is only a speaker and a verb (thirty-third
// round).
func TestLeadSentence(t *testing.T) {
	text := "Wanjiru Kamau agreed. “The levy will hurt small traders more than anyone else.”"
	d := annotate(t, text)
	q := quoteWithCue(d, "agreed")
	if q == nil || !srcIs(q, "Wanjiru Kamau") || !strings.Contains(q.Content.Text, "small traders") {
		t.Fatalf("%q: want the quotation quoted by Wanjiru Kamau: %s", text, dump(d.Quotes))
	}
	toggle(&quote.LeadSentence, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "agreed"); q != nil && strings.Contains(q.Content.Text, "small traders") {
			t.Errorf("%q: quoted with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// A sentence with an object is no lead, nor is a quotation with its
	// own cue.
	for _, c := range []struct{ text, cue string }{
		{"Otieno visited the market. “The stalls are empty,” a trader said.", "visited"},
		{"Otieno smiled at the crowd. “We will win this seat.”", "smiled"},
	} {
		d := annotate(t, c.text)
		if q := quoteWithCue(d, c.cue); q != nil && q.Kind == quote.Direct {
			t.Errorf("%q: %q took the quotation: %s", c.text, c.cue, dump(d.Quotes))
		}
	}
}

// A claim noun whose "that" clause the parser hung elsewhere still quotes
// it (thirty-third round).
func TestNounThatNear(t *testing.T) {
	text := "The governor was criticised over her statement on Wednesday that the dam was safe."
	d := annotate(t, text)
	q := quoteWithCue(d, "statement")
	if q == nil || q.Content.Text != "that the dam was safe" {
		t.Fatalf("%q: want the statement's clause quoted: %s", text, dump(d.Quotes))
	}
	toggle(&quote.NounThatNear, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "statement") != nil {
			t.Errorf("%q: quoted with the rule off (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// A relative "that" is no content clause.
	text = "The striker hit a shot that flew just wide of the post."
	if d := annotate(t, text); len(d.Quotes) > 0 {
		t.Errorf("%q: quoted: %s", text, dump(d.Quotes))
	}
}
