package syntax

import (
	"strings"
	"testing"
)

// Each case gives words with the tags a tagger might give (word/TAG) and the
// tag fixFiniteVBN should leave on the word marked by its index.
func TestFixFiniteVBN(t *testing.T) {
	cases := []struct {
		tagged string
		at     int
		want   string
	}{
		// the main verb after a long subject, with an object after it
		{"Northern/JJ warplanes/NNS struck/VBN bridges/NNS near/IN the/DT border/NN ./.", 2, "VBD"},
		{"the/DT rebel/NN group/NN resumed/VBN peace/NN talks/NNS ./.", 3, "VBD"},
		{"the/DT coalition/NN 's/POS leader/NN signed/VBN the/DT accord/NN ./.", 4, "VBD"},
		// an auxiliary or a finite verb earlier in the clause: a true participle
		{"the/DT ministers/NNS have/VBP signed/VBN the/DT accord/NN ./.", 3, "VBN"},
		{"she/PRP met/VBD the/DT prisoners/NNS freed/VBN the/DT day/NN before/RB ./.", 4, "VBN"},
		// naming verbs, compound participles, -en forms and time words
		{"a/DT faction/NN called/VBN Sword/NNP of/IN Dawn/NNP ./.", 2, "VBN"},
		{"state/NN owned/VBN media/NNS reported/VBD it/PRP ./.", 1, "VBN"},
		{"the/DT files/NNS stolen/VBN last/JJ month/NN ./.", 2, "VBN"},
		{"the/DT firm/NN conducts/VBZ ;/: its/PRP$ trade/NN investment-related/VBN activities/NNS ./.", 6, "VBN"},
		{"the/DT report/NN released/VBN Monday/NNP shows/VBZ gains/NNS ./.", 2, "VBN"},
		// no subject before it, or no object after it
		{"Asked/VBN questions/NNS ,/, he/PRP left/VBD ./.", 0, "VBN"},
		{"the/DT talks/NNS resumed/VBN in/IN May/NNP ./.", 2, "VBN"},
	}
	for _, c := range cases {
		words, upos, xpos := splitTagged(c.tagged)
		fixFiniteVBN(words, upos, xpos)
		if xpos[c.at] != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.tagged, words[c.at], xpos[c.at], c.want)
		}
	}
}

func TestFixFiniteVBNSwitch(t *testing.T) {
	defer func(on bool) { UseFiniteVBN = on }(UseFiniteVBN)
	UseFiniteVBN = false
	words := []string{"the", "group", "resumed", "talks"}
	xpos := []string{"DT", "NN", "VBN", "NNS"}
	fixFiniteVBN(words, make([]string, 4), xpos)
	if xpos[2] != "VBN" {
		t.Errorf("switched off, the rule still retagged: %v", xpos)
	}
}

// splitTagged splits "word/TAG word/TAG …" into words, placeholder UPOS
// tags and the XPOS tags given.
func splitTagged(tagged string) (words, upos, xpos []string) {
	for _, wt := range strings.Fields(tagged) {
		i := strings.LastIndex(wt, "/")
		words = append(words, wt[:i])
		xpos = append(xpos, wt[i+1:])
		upos = append(upos, "X")
	}
	return words, upos, xpos
}
