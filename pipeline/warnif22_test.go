package pipeline

import (
	"strings"
	"testing"
)

// Session 22's warned conditional retaliation (event/warnif22.go): a
// warning that the warner's side would reply if another acts is a threat
// (130) aimed at the one the condition names, where the target read from
// the warned clause was the warner's own side (and the threat dropped) or
// the condition was told by inversion ("should ...").
func TestWarnIfTwentyTwo(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// the warned clause's subject names the warner's own country
		{"The Peruvian defence minister warned that Lima would respond if Chile moved troops to the border.", 0,
			"130 PERGOV>CHL", ""},
		{"Hanoi warned that Vietnam would take countermeasures if Beijing sent survey ships into its waters.", 0,
			"130 VNM>CHN", ""},
		// a condition told by inversion
		{"Tokyo warned on Monday that it would retaliate should Pyongyang fire another missile.", 0,
			"130 JPN>PRK", ""},
		// a target named in the warned act stays
		{"Caracas warned that it would retaliate against Guyana if the drilling went ahead.", 0,
			"130 VEN>GUY", ""},
	})
}

// The threat is made when it is warned of: asserted, not hypothetical.
func TestWarnIfTwentyTwoModality(t *testing.T) {
	d := runStandard(t, "Hanoi warned that Vietnam would take countermeasures if Beijing sent survey ships into its waters.", "2026-03-10")
	found := false
	for _, e := range d.Events {
		if e.Cameo == "130" && e.Target != nil && e.Target.Code == "CHN" {
			found = true
			if e.Modality != "asserted" || e.Negated {
				t.Errorf("130 VNM>CHN: modality %q, negated %v (want asserted)", e.Modality, e.Negated)
			}
		}
	}
	if !found {
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Cameo)
		}
		t.Errorf("no 130 VNM>CHN among %s", strings.Join(got, ","))
	}
}
