package pipeline

import (
	"strings"
	"testing"
)

// Session 12: a resolved possessive pronoun inside an object phrase is
// whose the thing is, not the target ("a letter to his German
// counterpart", event/actors.go pronounPossessed); dyad.pat MEDIATE.
func TestSessionTwelve(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"French President Jacques Chirac on Wednesday sent a letter to his German counterpart pleading for Berlin to reverse its stance.", "040 FRAGOV>DEUGOV", ""},
		{"Macedonia's president on Wednesday sent a letter to his French counterpart urging Paris to drop its objections.", "MKDGOV>FRAGOV", ""},
		// mediation is 045, not the dictionary's COMPROMISE (080)
		{"The talks between the two rival factions were mediated by Qatar.", "045 QAT", "080 "},
	} {
		got := eventsOf(t, c.text, "2005-12-14", 0)
		if c.want != "" && !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: events %q (want %q, not %q)", c.text, got, c.want, c.not)
		}
	}
}

// Session 12 review: an order's target is the one ordered ("ordered the
// government to pay"; a place after "to", "ordered warships to the
// Lebanese coast", is still read as the target: dyad.pat cannot tell an
// infinitive's "to" from a preposition's); a document with an author of
// its own, or one put to the approver, is not the issuer's act; a
// headline's plural noun is no cue.
func TestSessionTwelveReview(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Kenya's High Court ordered the government to pay one million shillings to each opposition official.", "100 KENJUD>KENGOV", ""},
		{"The Daily Nation newspaper published a letter from opposition leaders accusing Uganda of arming the rebels.", "", "112 KENMED>UGA"},
		{"Uganda's High Court approved a petition seeking the arrest of the former army chief.", "", "030 UGAJUD"},
		// second review: a place or a vote is no author; a body publishes
		// its own report; an order "to" a place is no demand
		{"President Tinubu issued a statement from Abuja accusing Niger's junta of holding the ousted president hostage.", "112 NGAGOV>", ""},
		{"The United Nations published a report accusing Myanmar's army of genocide.", "IGOUNO>MMRMIL", ""},
		{"Russia ordered troops to the border with Ukraine on Friday.", "", "100 "},
	} {
		got := eventsOf(t, c.text, "2026-05-01", 0)
		if c.want != "" && !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: events %q (want %q, not %q)", c.text, got, c.want, c.not)
		}
	}
	d := runStandard(t, "Hamas Claims Responsibility For Rocket Attack On Israeli Town\n\nThe group said its fighters fired the rockets.", "2026-05-01")
	claims := false
	for _, q := range d.Quotes {
		claims = claims || q.Cue != nil && q.Cue.Text == "Claims"
	}
	if !claims {
		t.Errorf("the headline verb \"Claims\" is no cue: %+v", d.Quotes)
	}
	for _, title := range []string{"Peace Talks Resume In Geneva", "Ceasefire Calls Mount As Death Toll Rises"} {
		d := runStandard(t, title+"\n\nDelegations from both sides met on Monday, officials said.", "2026-05-01")
		for _, q := range d.Quotes {
			if q.Cue != nil && (q.Cue.Text == "Talks" || q.Cue.Text == "Calls") {
				t.Errorf("%q: the headline's noun %q is a cue", title, q.Cue.Text)
			}
		}
	}
}
