package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
	"github.com/dyadproject/dyad/syntax"
)

// Eighteenth round: acts taken for speech, on sentences of our own, each
// with its rule on and off.

// cueQuote returns the quote whose cue is the word cue, or nil.
func cueQuote(d *doc.Document, cue string) *doc.Quote {
	for i := range d.Quotes {
		if q := &d.Quotes[i]; q.Cue != nil && q.Cue.Text == cue {
			return q
		}
	}
	return nil
}

// checkAct checks that text gives no quote with cue word cue with the rule
// on, and one with the rule off (so that the test exercises the rule).
func checkAct(t *testing.T, sw *bool, text, cue string) {
	t.Helper()
	d := annotate(t, text)
	quote.Attribute(d)
	if q := cueQuote(d, cue); q != nil {
		t.Errorf("%q: an act is quoted: %s", text, dump(d.Quotes))
	}
	toggle(sw, false, func() {
		quote.Attribute(d)
		if cueQuote(d, cue) == nil {
			t.Errorf("%q: with the rule off there is no quote of %q either (test no longer exercises the rule): %s", text, cue, dump(d.Quotes))
		}
	})
}

// "The two governments signed three agreements …" with "signed" parsed as a
// participle on its subject: no rule proposes it, and the detector's
// fallback must not quote the accords either (SignedText holds there too).
func TestFallbackActs(t *testing.T) {
	// The tagger's finite-verb rule (syntax/finite.go) now reads this
	// "signed" as the verb it is; switched off, the participle parse the
	// fallback guards against comes back, as it still does for sentences
	// the rule leaves alone.
	// The verbless-sentence rule (syntax/verbless.go) would read it so too.
	defer func(on, verbless bool) { syntax.UseFiniteVBN, syntax.UseVerblessVBN = on, verbless }(syntax.UseFiniteVBN, syntax.UseVerblessVBN)
	syntax.UseFiniteVBN, syntax.UseVerblessVBN = false, false
	checkAct(t, &quote.FallbackActs, "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday.\n\n"+
		"The two governments signed three agreements on trade and energy.", "signed")
	// A signed text still speaks.
	d := annotate(t, "Forty mayors signed a letter urging the minister to restore the grants.")
	quote.Attribute(d)
	if cueQuote(d, "signed") == nil && cueQuote(d, "urging") == nil {
		t.Errorf("the signed letter lost its quote: %s", dump(d.Quotes))
	}
}

// Withdrawing an envoy, taking up an invitation, releasing captives and
// attacking a garrison are deeds; recalling what happened stays a quote.
func TestActObjects(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"Peru recalled its envoy from Quito on Tuesday over the arrest of two Peruvian traders.", "recalled"},
		{"The mayor of Kisumu accepted the invitation and will travel to Lagos in June.", "accepted"},
		{"The gunmen released eleven hostages on Sunday after talks with local elders.", "released"},
		{"Rebels attacked an army garrison near the northern border before dawn.", "attacked"},
		{"A group of militants threw a grenade at the checkpoint and fled on foot.", "threw"},
		{"The kidnappers released most of the hostages on Sunday but kept two engineers.", "released"},
		// session 28 (deeds): results posted, levels hit, offensives launched
		{"The carmaker posted a net profit of 12 million euros for the first quarter.", "posted"},
		{"The price of copper hit a record high in London on Tuesday.", "hit"},
		{"The army launched an offensive against the rebels in the eastern hills.", "launched"},
	} {
		checkAct(t, &quote.ActObjects, c.text, c.cue)
	}
	d := annotate(t, "Otieno recalled that the bridge had been built in a single week.")
	quote.Attribute(d)
	if q := cueQuote(d, "recalled"); q == nil || !strings.Contains(q.Content.Text, "the bridge had been built") {
		t.Errorf("a memory told lost its quote: %s", dump(d.Quotes))
	}
}

// "The two governments said …" after two leaders were named: the actor
// stage resolves the pair to both sides; the speaker is the pair phrase,
// not one of the leaders.
func TestPairSpeaker(t *testing.T) {
	d := annotate(t, "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday.\n\n"+
		"The two governments said in a joint statement that trade between them would double by 2030.")
	quote.Attribute(d)
	q := cueQuote(d, "said")
	if q == nil || q.Speaker == nil || q.Speaker.Name != "The two governments" || q.Speaker.ID != "" {
		t.Fatalf("the pair does not speak as itself: %s", dump(d.Quotes))
	}
	toggle(&quote.PairSpeaker, false, func() {
		quote.Attribute(d)
		if q := cueQuote(d, "said"); q != nil && q.Speaker != nil && q.Speaker.Name == "The two governments" {
			t.Errorf("with the rule off the pair still speaks as itself (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "…, and Wanjiru praised the invitation" with "and" hung on the subject
// (the parser's reading of this sentence): the source is the name alone.
func TestSourceCC(t *testing.T) {
	d := annotate(t, "Otieno invited Wanjiru to visit Kisumu before the end of June, and Wanjiru praised the invitation.")
	checkRule(t, d, &quote.SourceCC, "praised", func(q *doc.Quote) bool { return srcIs(q, "Wanjiru") })
}

// Objects that name words or memories keep the verb a cue: a position
// attacked is an opinion, findings released are a report, a volley may
// be of criticism, and soldiers recalled are remembered (PolNeAR train's
// "recall" is a memory told every time).
func TestActObjectsSpeech(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"The opposition leader attacked the government's position on fuel taxes in a long speech.", "attacked"},
		{"The commission released most of its findings on the port contract on Friday.", "released"},
		{"The minister recalled the soldiers who died in the border war as heroes of the republic.", "recalled"},
	} {
		d := annotate(t, c.text)
		quote.Attribute(d)
		if cueQuote(d, c.cue) == nil {
			t.Errorf("%q: no quote on %q: %s", c.text, c.cue, dump(d.Quotes))
		}
	}
}

// A pair phrase inside the source but not its head does not make the
// source the pair's: the minister who went with the two leaders speaks.
func TestPairSpeakerOnlyAsHead(t *testing.T) {
	d := annotate(t, "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday.\n\n"+
		"Kenyan Trade Minister Wanjiku Otieno, who accompanied the two leaders, said the deal would create jobs.")
	quote.Attribute(d)
	q := cueQuote(d, "said")
	if q == nil || q.Speaker == nil || !strings.Contains(q.Speaker.Name, "Otieno") || strings.Contains(q.Speaker.Name, "leaders") {
		t.Fatalf("the minister does not speak: %s", dump(d.Quotes))
	}
}
