package syntax

import "testing"

// Each case gives words with the tags a tagger might give and the tag
// fixLeadClauseVBN should leave on the word marked by its index.
func TestFixLeadClauseVBN(t *testing.T) {
	cases := []struct {
		tagged string
		at     int
		want   string
	}{
		// the first clause's verb, before ", and" + clause or an attribution
		{"Thousands/NNS of/IN farmers/NNS clashed/VBN with/IN police/NN ,/, and/CC two/CD people/NNS were/VBD hurt/VBN ./.", 3, "VBD"},
		{"The/DT trade/NN deficit/NN narrowed/VBN sharply/RB in/IN May/NNP ,/, the/DT ministry/NN said/VBD ./.", 3, "VBD"},
		// a fronted phrase, an apposition, a clause without its own verb
		{"In/IN a/DT report/NN issued/VBN on/IN Monday/NNP ,/, the/DT agency/NN warned/VBD of/IN floods/NNS ./.", 3, "VBN"},
		{"The/DT papers/NNS found/VBN at/IN the/DT office/NN ,/, its/PRP$ archive/NN ,/, show/VBP the/DT plan/NN ./.", 2, "VBN"},
		{"The/DT files/NNS seized/VBN in/IN the/DT raid/NN ,/, and/CC the/DT laptops/NNS ./.", 2, "VBN"},
		// an agent after the participle, a finite verb already in the clause
		{"Thousands/NNS of/IN homes/NNS damaged/VBN by/IN the/DT storm/NN ,/, officials/NNS said/VBD ./.", 3, "VBN"},
		{"Farmers/NNS who/WP were/VBD evicted/VBN in/IN May/NNP ,/, and/CC their/PRP$ children/NNS left/VBD ./.", 3, "VBN"},
		// an attribution set in the middle: the sentence's verb follows it
		// (session 33 review)
		{"The/DT sanctions/NNS imposed/VBN on/IN Moscow/NNP last/JJ year/NN ,/, officials/NNS said/VBD ,/, have/VBP failed/VBN ./.", 2, "VBN"},
		{"The/DT troops/NNS sent/VBN to/IN the/DT border/NN in/IN May/NNP ,/, the/DT army/NN said/VBD ,/, will/MD return/VB home/NN ./.", 2, "VBN"},
	}
	for _, c := range cases {
		words, upos, xpos := splitTagged(c.tagged)
		fixLeadClauseVBN(words, upos, xpos)
		if xpos[c.at] != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.tagged, words[c.at], xpos[c.at], c.want)
		}
	}
}

func TestFixLeadClauseVBNSwitch(t *testing.T) {
	defer func(on bool) { UseLeadClauseVBN = on }(UseLeadClauseVBN)
	const s = "Thousands/NNS of/IN farmers/NNS clashed/VBN with/IN police/NN ,/, and/CC two/CD people/NNS were/VBD hurt/VBN ./."
	for _, on := range []bool{true, false} {
		UseLeadClauseVBN = on
		words, upos, xpos := splitTagged(s)
		fixLeadClauseVBN(words, upos, xpos)
		if got, want := xpos[3], map[bool]string{true: "VBD", false: "VBN"}[on]; got != want {
			t.Errorf("switched on=%v: %q tagged %s, want %s", on, words[3], got, want)
		}
	}
}
