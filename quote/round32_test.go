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
