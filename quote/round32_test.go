package quote_test

import (
	"math"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// The parser's word clusters reach the detector's features only with
// ClusterFeatures on, and a weight on a cluster feature then moves the
// word's score (thirty-second round).
func TestClusterFeatures(t *testing.T) {
	d := annotate(t, "The senator lambasted the plan on Tuesday.")
	has := func(fs []string) bool {
		for _, f := range fs {
			if strings.HasPrefix(f, "wc") {
				return true
			}
		}
		return false
	}
	defer func(on bool, set int) { quote.ClusterFeatures, quote.ClusterFeatureSet = on, set }(quote.ClusterFeatures, quote.ClusterFeatureSet)
	quote.ClusterFeatures = false
	if fs := quote.CueFeatureStrings(d, "lambasted"); has(fs) {
		t.Fatalf("cluster features with the switch off: %v", fs)
	}
	quote.ClusterFeatures, quote.ClusterFeatureSet = true, 1
	fs := quote.CueFeatureStrings(d, "lambasted")
	if !has(fs) {
		t.Fatalf("no cluster feature with the switch on: %v", fs)
	}
	var wc string
	for _, f := range fs {
		if strings.HasPrefix(f, "wc") {
			wc = f
			break
		}
	}
	old := quote.SetCueModel(&quote.CueModel{W: map[string]float64{wc: 7}})
	defer quote.SetCueModel(old)
	at := -1
	for i, tk := range d.Tokens {
		if d.Text[tk.Start:tk.End] == "lambasted" {
			at = i
		}
	}
	on := quote.CueScores(d)[at]
	quote.ClusterFeatures = false
	off := quote.CueScores(d)[at]
	if math.Abs(on-off-7) > 1e-9 {
		t.Errorf("score with %s weighted 7: %g on, %g off", wc, on, off)
	}
}

// "continue" with an open complement or an object tells that something
// goes on: no quote of its own; the cue verb of its complement makes the
// quote. With ContinueAspect off "continues" is the cue; a direct quote's
// "she continued" stays.
func TestContinueAspect(t *testing.T) {
	for _, text := range []string{
		"The governor continues to trail her rival in the latest county polls.",
		"Exporters continued shipping maize to the coast despite the floods.",
	} {
		d := annotate(t, text)
		if q := quoteWithCue(d, text[strings.Index(text, "contin"):strings.Index(text, "contin")+9]); q != nil {
			t.Errorf("%q: quoted: %s", text, dump(d.Quotes))
		}
	}
	text := "The governor continued to trail her rival in the latest county polls."
	d := annotate(t, text)
	toggle(&quote.ContinueAspect, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "continued") == nil {
			t.Errorf("%q: with the rule off no quote (test no longer exercises the rule): %s", text, dump(d.Quotes))
		}
	})
	// A complement whose verb is a cue keeps the pair a cue, whichever
	// verb the rules take.
	text = "The mayor continued to insist that the new market would open in June."
	d = annotate(t, text)
	q := quoteWithCue(d, "insist")
	if q == nil {
		q = quoteWithCue(d, "continued")
	}
	if q == nil || !strings.Contains(q.Content.Text, "the new market would open") || !srcIs(q, "The mayor") {
		t.Errorf("%q: want the mayor's words quoted: %s", text, dump(d.Quotes))
	}
	text = "“We will not give up on the dam,” she continued."
	if d := annotate(t, text); quoteWithCue(d, "continued") == nil {
		t.Errorf("%q: the direct quote is lost: %s", text, dump(d.Quotes))
	}
}
