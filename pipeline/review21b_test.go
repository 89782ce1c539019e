package pipeline

import (
	"strings"
	"testing"
)

// Review of session 21's everyday rules (event/everyday21.go,
// quote/everyday21.go): cases coded wrongly before the review.
func TestReviewTwentyOneEveryday(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// fire returned "at" a named aim is not aimed at the last
		// attacker told before
		{"Russian jets bombed Aleppo on Monday.\n\nSyrian rebels returned fire at government positions.", 1, "190", "190 SYRREB>RUS"},
		// with no aim named it still is
		{"Russian jets bombed Aleppo on Monday.\n\nSyrian rebels returned fire on Tuesday.", 1, "190 SYRREB>RUS", ""},
	})
}

// Review of session 21's everyday rules: an agreement to a thing and a
// veto quote nobody; an agreement to do something or that something is
// so still does.
func TestReviewTwentyOneEverydayQuotes(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		want      bool
	}{
		{"The two countries agreed to a truce in July.", "agreed", false},
		{"Israel and Hamas agreed to a ceasefire in January.", "agreed", false},
		{"Russia vetoed a resolution on Friday that would have demanded a ceasefire in Gaza.", "vetoed", false},
		{"The two countries agreed that talks would resume.", "agreed", true},
	} {
		d := runStandard(t, c.text, "2026-11-25")
		got := false
		for _, q := range d.Quotes {
			if q.Cue != nil && strings.EqualFold(q.Cue.Text, c.cue) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: quote of %q is %v, want %v", c.text, c.cue, got, c.want)
		}
	}
}
