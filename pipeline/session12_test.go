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
