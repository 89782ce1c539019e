package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

func TestCueModelRoundTrip(t *testing.T) {
	m := &quote.CueModel{W: map[string]float64{"l=say": 3.5, "d=root": -0.25, "kl=obl|statement": 1}}
	var b strings.Builder
	if err := m.WriteTSV(&b, "# test\n"); err != nil {
		t.Fatal(err)
	}
	r, err := quote.ReadCueModel(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.W) != 3 || r.W["l=say"] != 3.5 || r.W["d=root"] != -0.25 || r.W["kl=obl|statement"] != 1 {
		t.Errorf("round trip gave %v", r.W)
	}
	if _, err := quote.ReadCueModel(strings.NewReader("no tab here\n")); err == nil {
		t.Error("a line without a weight was accepted")
	}
}

// The learned detector adds cues the rule lexicon lacks; switching it off
// (thresholds out of reach) must remove them.
func TestLearnedCues(t *testing.T) {
	text := "Senator Maria Lopez has voiced strong support for the new water treaty.\n\n" +
		"Lopez was asked about the treaty on Tuesday.\n\n" +
		"His criticism of the budget drew applause from the crowd.\n\n" +
		"The governor has long opposed any new tolls on the bridge.\n\n" +
		"Several aides are pushing for a quick vote on the measure.\n"
	quote.UseLearnedCues(true)
	defer quote.UseLearnedCues(true)
	// AskedClause (round30.go) quotes "was asked about …" without a
	// source, as PolNeAR marks it; this test is about the detector.
	keepAsked := quote.AskedClause
	quote.AskedClause = false
	defer func() { quote.AskedClause = keepAsked }()
	d := annotate(t, text)
	cues := func() map[string]bool {
		m := map[string]bool{}
		for _, q := range d.Quotes {
			if q.Cue != nil {
				m[q.Cue.Text] = true
			}
		}
		return m
	}
	with := cues()
	keepT, keepF := quote.CueThreshold, quote.CueFallback
	quote.CueThreshold, quote.CueFallback = quote.CueNever, quote.CueNever
	quote.Attribute(d)
	without := cues()
	quote.CueThreshold, quote.CueFallback = keepT, keepF
	if !with["voiced"] || !with["opposed"] {
		t.Errorf("learned detector cues %v, want voiced and opposed among them", with)
	}
	if with["asked"] {
		t.Errorf("learned detector cues %v: an agentless passive (was asked) is not one", with)
	}
	if without["pushing"] || len(without) >= len(with) {
		t.Errorf("rules alone cue %v; with the detector %v", without, with)
	}
}
