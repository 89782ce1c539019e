package actor

import "testing"

// Session 23, actor round 12b. Every sentence is written for the test.

// A he/she inside a quotation is not the quotation's named speaker, whose
// own words would say "I": it goes to the other person.
func TestQuotePronounNotSpeaker(t *testing.T) {
	const lead = "Kenyan Foreign Minister Raphael Tuju met Japanese Prime Minister Shinzo Abe in Tokyo on Monday.\n\nTuju later spoke to reporters at his hotel.\n\n"
	for _, c := range []struct {
		text, word string
		n          int
		want       string
	}{
		// speaker after the quotation
		{lead + "\"He told me he hopes to see more trade with Africa,\" Tuju said.", "He", 0, "JPNGOV"},
		{lead + "\"He told me he hopes to see more trade with Africa,\" Tuju said.", "he", 0, "JPNGOV"},
		{lead + "\"I told him our farmers need his market,\" said Tuju.", "him", 0, "JPNGOV"},
		// a quotation over two paragraphs, its speaker after the second
		{lead + "\"He spoke of roads and ports.\n\n\"I told him we are ready,\" Tuju said.", "He", 0, "JPNGOV"},
		// speaker before the quotation
		{lead + "Tuju said: \"He was very warm towards Kenya.\"", "He", 0, "JPNGOV"},
		// outside a quotation the speaker may be meant
		{lead + "Tuju said he would fly back to Nairobi on Tuesday.", "he", 0, "KENGOV"},
		// a paragraph's quotation left open: the next paragraph's "Tuju
		// said" is no attribution of it
		{lead + "\"There is hope for him yet.\n\nTuju said he would fly home.", "him", 0, "KENGOV"},
		// a closed quotation with no attribution in its paragraph
		{lead + "\"There is hope for him yet.\"\n\nTuju said he would fly home.", "him", 0, "KENGOV"},
		// a pronoun speaker is left to the usual choice
		{lead + "Tuju praised it. \"It went well,\" he said.", "he", 0, "KENGOV"},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, c.n); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// quoteSpans closes a quotation at its mark, at a paragraph's end, or in
// the next paragraph when that one opens with a mark.
func TestQuoteSpans(t *testing.T) {
	text := "A \"b c\" d.\n\n\"e f\n\n\"g\" h.\n\n\"i j\n\nk."
	got := quoteSpans(text)
	want := []quoteSpan{{3, 6, true}, {13, 20, true}, {27, 30, false}}
	if len(got) != len(want) {
		t.Fatalf("quoteSpans = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quoteSpans = %v, want %v", got, want)
		}
	}
}

// A company the KB does not know, named with a company noun, is a business
// of a one-country story's country; not a broadcaster, and not in a story
// of two countries.
func TestCompanyNounStoryCountry(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Uganda's cabinet met on Tuesday. Lake Victoria Tea Company said prices fell.", "Company", "UGABUS"},
		{"Uganda's cabinet met on Tuesday. Entebbe Cargo Airlines said prices fell.", "Airlines", "UGABUS"},
		{"Uganda's cabinet met on Tuesday. Rwenzori Holdings said prices fell.", "Holdings", "UGABUS"},
		{"Uganda's cabinet met on Tuesday. Mbale Broadcasting Corporation said prices fell.", "Corporation", ""},
		{"Uganda's cabinet met Kenya's ministers on Tuesday. Lake Victoria Tea Company said prices fell.", "Company", ""},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want && !(c.want == "" && got == "<missing>") {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
