package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// Sixteenth round: each rule on sentences of our own, with the rule on and
// off.

// A transcript quoted paragraph by paragraph, each line opening with a
// quotation mark before the speaker's name: each line is its speaker's,
// and a cue inside a line is no quote of its own.
func TestQuotedSpeaker(t *testing.T) {
	text := "Otieno Says the Port Deal Is Not Dead.\n\n" +
		"On Sunday's broadcast of “Kenya Tonight,” Governor Paul Otieno said the port deal was still alive.\n\n" +
		"Partial transcript as follows:\n\n" +
		"\"KAMAU: Let's start with the port. After the Mwangi camp announced that it was inviting a rival to the talks, the governor invited the union chief. And she has accepted that invitation. Will she be there tomorrow?\n\n" +
		"\"OTIENO: Well, look, Mwangi apparently thinks this is an episode of “Big Deal.” But this is Mombasa, Peter. The people have an important choice to make.\n"
	d := annotate(t, text)
	line := func(speaker string) *doc.Quote {
		for i := range d.Quotes {
			if q := &d.Quotes[i]; q.Cue != nil && q.Cue.Text == ":" && srcIs(q, speaker) {
				return q
			}
		}
		return nil
	}
	k, o := line("KAMAU"), line("OTIENO")
	if k == nil || o == nil || !strings.HasPrefix(k.Content.Text, "Let's start") || !strings.HasPrefix(o.Content.Text, "Well, look") {
		t.Fatalf("transcript lines not attributed: %s", dump(d.Quotes))
	}
	if q := quoteWithCue(d, "accepted"); q != nil {
		t.Errorf("a cue inside a transcript line is a quote of its own: %s", dump(d.Quotes))
	}
	toggle(&quote.QuotedSpeaker, false, func() {
		quote.Attribute(d)
		if line("KAMAU") != nil || line("OTIENO") != nil {
			t.Errorf("with the rule off the lines are still attributed (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "On Saturday, Sen. Amina Juma (D-Ohio) called on Gov. Paul Otieno to
// resign." with the name parsed as a list item of the time, no subject: the
// search for a named speaker steps over the party tag.
func TestPartyTag(t *testing.T) {
	d := handParsed(t, []string{
		"On/ADP/IN/on/1/case", "Saturday/PROPN/NNP/Saturday/9/obl", ",/PUNCT/,/,/1/punct",
		"Sen./PROPN/NNP/Sen./5/compound", "Amina/PROPN/NNP/Amina/5/compound", "Juma/PROPN/NNP/Juma/1/list",
		"(/PUNCT/-LRB-/(/7/punct", "D-Ohio/PROPN/NNP/D-Ohio/5/appos", ")/PUNCT/-RRB-/)/7/punct",
		"called/VERB/VBD/call/-1/root", "on/ADP/IN/on/13/case", "Gov./PROPN/NNP/Gov./13/compound",
		"Paul/PROPN/NNP/Paul/13/compound", "Otieno/PROPN/NNP/Otieno/9/obl", "to/PART/TO/to/15/mark",
		"resign/VERB/VB/resign/9/advcl", "./PUNCT/././9/punct",
	}, [2]int{4, 5}, [2]int{12, 13})
	checkRule(t, d, &quote.PartyTag, "called", func(q *doc.Quote) bool {
		return srcIs(q, "Amina Juma")
	})
}

// Readers' comments, each a quotation opening its line with a dash and a
// name after it; the first opens with a closing-shaped mark (CurlyOpen).
func TestDashSpeaker(t *testing.T) {
	text := "Voters in Kisumu Speak Their Minds on the Port.\n\n" +
		"“During the campaign he said the port would reopen. It never did. He does not know our lives.”― Peter Mwangi \n" +
		"“I am ashamed of what the council has become.” ― Grace Wanjiru.\n"
	d := annotate(t, text)
	for _, name := range []string{"Peter Mwangi", "Grace Wanjiru"} {
		found := false
		for i := range d.Quotes {
			if q := &d.Quotes[i]; srcIs(q, name) && q.Cue != nil && strings.Contains(q.Cue.Text, "―") && q.Kind == quote.Direct {
				found = true
			}
		}
		if !found {
			t.Errorf("no quote of %s: %s", name, dump(d.Quotes))
		}
	}
	toggle(&quote.DashSpeaker, false, func() {
		quote.Attribute(d)
		for i := range d.Quotes {
			if q := &d.Quotes[i]; srcIs(q, "Grace Wanjiru") {
				t.Errorf("with the rule off the comment is still attributed (test no longer exercises the rule): %s", dump(d.Quotes))
			}
		}
	})
	// A byline after a sentence that ends in a quotation is no speaker.
	d = annotate(t, "Otieno said on Monday that his party was “still the first party in Kisumu.”--Amina Juma.\n")
	for i := range d.Quotes {
		if q := &d.Quotes[i]; srcIs(q, "Amina Juma") {
			t.Errorf("a byline taken as the speaker: %s", dump(d.Quotes))
		}
	}
}

// ”The governor has let us down.” with a closing-shaped mark opening the
// quotation and nothing open: it opens one.
func TestCurlyOpen(t *testing.T) {
	d := annotate(t, "Voters in Kisumu Speak Their Minds.\n\n”The governor has let us down. He promised jobs and gave us nothing.” ― Amina Juma\n")
	found := func() bool {
		for i := range d.Quotes {
			if q := &d.Quotes[i]; srcIs(q, "Amina Juma") && strings.Contains(q.Content.Text, "let us down") {
				return true
			}
		}
		return false
	}
	if !found() {
		t.Errorf("no quote of Amina Juma: %s", dump(d.Quotes))
	}
	toggle(&quote.CurlyOpen, false, func() {
		quote.Attribute(d)
		if found() {
			t.Errorf("with the rule off the quote is still found (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// “The roads are crumbling," she said. "Families endure blackouts.” with
// curly and straight marks mixed: two quotations and the cue between.
func TestMixedMarks(t *testing.T) {
	d := annotate(t, "NAIROBI - “Our roads and bridges are potholed and crumbling,\" Amina Juma said. \"Families endure blackouts because of neglect.”\n")
	count := func() int {
		n := 0
		for i := range d.Quotes {
			if q := &d.Quotes[i]; q.Cue != nil && q.Cue.Text == "said" && srcIs(q, "Amina Juma") && q.Kind == quote.Direct {
				n++
			}
		}
		return n
	}
	if count() != 2 {
		t.Errorf("want both quotations attributed to Amina Juma: %s", dump(d.Quotes))
	}
	toggle(&quote.MixedMarks, false, func() {
		quote.Attribute(d)
		if count() == 2 {
			t.Errorf("with the rule off both are still found (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "Otieno:" made a sentence of its own by the segmenter in a title: the
// title is still his words.
func TestColonSplit(t *testing.T) {
	d := annotate(t, "Otieno: My port plans are not set in stone.\n\nGovernor Paul Otieno said on Sunday that his plans could change.\n")
	checkRule(t, d, &quote.ColonSplit, ":", func(q *doc.Quote) bool {
		return srcIs(q, "Otieno") && strings.Contains(q.Content.Text, "not set in stone")
	})
}

// “…,” Rep. Amina Juma (D-Ore.) said: the inverted cue after a party tag;
// and On “Kenya Tonight,” Otieno said …: a programme's name is no direct
// quote (the parser still makes it the complement of "said" here, which
// gives a mixed quote: not mended).
func TestPartyTagDirect(t *testing.T) {
	d := annotate(t, "NAIROBI - “There is tremendous energy in a whole host of races,” Rep. Amina Juma (D-Ore.) said.\n")
	checkRule(t, d, &quote.PartyTag, "said", func(q *doc.Quote) bool {
		return q.Kind == quote.Direct && strings.HasPrefix(q.Content.Text, "“There is") && !strings.Contains(q.Content.Text, "Juma")
	})
	d = annotate(t, "On KTN’s “Kenya Tonight,” Gov. Paul Otieno (R-Mombasa) said the port deal was still alive.\n")
	title := func() bool {
		for i := range d.Quotes {
			if q := &d.Quotes[i]; q.Kind == quote.Direct && strings.Contains(q.Content.Text, "Kenya Tonight") {
				return true
			}
		}
		return false
	}
	if title() {
		t.Errorf("a programme's name taken as a quote: %s", dump(d.Quotes))
	}
	toggle(&quote.TitleQuote, false, func() {
		quote.Attribute(d)
		if !title() {
			t.Errorf("with TitleQuote off the title is not taken (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "It is far from certain that Mr. Otieno has shaped the plan.": a lone
// "it" is no source of a predicate adjective.
func TestPronounPredicate(t *testing.T) {
	d := annotate(t, "It is far from certain that Mr. Otieno has shaped the plan.\n")
	q := quoteWithCue(d, "certain")
	if q == nil || q.Source != nil {
		t.Errorf("want a quote of “certain” without a source: %s", dump(d.Quotes))
	}
	toggle(&quote.PronounPredicate, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "certain"); q == nil || q.Source == nil || q.Source.Text != "It" {
			t.Errorf("with the rule off “It” is not the source (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// BenchmarkAttributeRound16 compares attribution with the sixteenth
// round's switches off and on, alternately over the same parsed stories:
//
//	go test ./quote -run '^$' -bench AttributeRound16 -benchtime 20x
func BenchmarkAttributeRound16(b *testing.B) {
	sws := []*bool{&quote.QuotedSpeaker, &quote.PartyTag, &quote.PronounPredicate, &quote.DashSpeaker,
		&quote.CurlyOpen, &quote.ColonSplit, &quote.MixedMarks, &quote.TitleQuote}
	benchSwitchesAlternated(b, func(on bool) {
		for _, p := range sws {
			*p = on
		}
	})
}
