package pipeline

import "testing"

// The tree repair of session 24's events round (event/round24.go,
// repairPresentAppeal), on sentences written for the test: a present-tense
// appeal the tagger read as a plural noun ("Kenya calls on Uganda to ...")
// is the appeal. The rule cases coded nothing on the tree before the round
// (2b6376f); the "stays" case is a plural noun the rule must leave alone.
func TestRoundTwentyFour(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		{"Kenya calls on Uganda to withdraw its troops from the border.", "020 KEN>UGA", ""},
		{"Kenya calls on Uganda to free the two fishermen.", "0253 KEN>UGA", ""},
		{"The African Union calls on Sri Lanka's government and the Tamil rebels to respect the truce.",
			"020 IGOAFRAFU>LKAREB", ""},
		{"The African Union calls on Sri Lanka's government and the Tamil rebels to respect the truce.",
			"020 IGOAFRAFU>LKAGOV", ""},
		{"The European Union appeals to Sri Lanka's cabinet to halt the shelling.", "020 IGOEUREEC>LKAGOV", ""},
		// stays: "calls" a noun, the subject of a verb of its own
		{"Renewed calls on the Ugandan government to resign were ignored.", "", "020 >UGAGOV"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2007-05-10")
		g := markedEvents(d, 0)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}

// inPhraseObject (event/round24.go): a pattern target in an "in" phrase
// that names no actor (a season, a compass region) gives way to the verb's
// object. The rule cases had no target on the tree before the round.
func TestRoundTwentyFourInPhraseObject(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		{"The Swiss president visited Albania in the south.", "042 CHEGOV>ALB", ""},
		{"The Swiss president toured Albania in the summer.", "042 CHEGOV>ALB", ""},
		{"The Swiss president will visit Albania in the spring.", "036 CHEGOV>ALB", ""},
		// stays: an "in" phrase that names a place is the host
		{"The Swiss president visited a school in Tirana.", "042 CHEGOV>ALB", ""},
		{"The Swiss president arrived in Tirana on Monday.", "042 CHEGOV>ALB", ""},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2007-05-10")
		g := markedEvents(d, 0)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}
