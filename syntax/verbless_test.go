package syntax

import "testing"

// Each case gives words with the tags a tagger might give (word/TAG) and the
// tag fixVerblessVBN should leave on the word marked by its index.
func TestFixVerblessVBN(t *testing.T) {
	cases := []struct {
		tagged string
		at     int
		want   string
	}{
		// a verbless sentence gets its main verb back
		{"Hundreds/NNS of/IN farmers/NNS marched/VBN through/IN the/DT town/NN ./.", 3, "VBD"},
		{"Bank/NN officials/NNS declined/VBN to/TO comment/VB ./.", 2, "VBD"},
		{"Input/NN prices/NNS fell/VBN by/IN 3/CD percent/NN ./.", 2, "VBD"},
		{"In/IN 1998/CD ,/, it/PRP cut/VBN all/DT aid/NN ./.", 4, "VBD"},
		// a compound participle is passed over for the next participle
		{"Shares/NNS of/IN state/NN owned/VBN firms/NNS rallied/VBN sharply/RB ./.", 5, "VBD"},
		// a finite verb elsewhere: the participle is a modifier
		{"Farmers/NNS marched/VBN through/IN the/DT town/NN they/PRP built/VBD ./.", 1, "VBN"},
		{"The/DT troops/NNS sent/VBN to/TO the/DT border/NN will/MD return/VB ./.", 2, "VBN"},
		{"Troops/NNS deployed/VBN there/RB must/MD stay/VB ./.", 1, "VBN"},
		// an imperative is a finite verb
		{"Visit/VB the/DT site/NN pictured/VBN above/RB ./.", 3, "VBN"},
		// list items, agents, auxiliaries, headlines and lower-case fragments
		{"$/$ 4/CD -/HYPH Amount/NN allocated/VBN per/IN person/NN ./.", 4, "VBN"},
		{"Number/NN of/IN officers/NNS employed/VBN by/IN the/DT agency/NN ./.", 3, "VBN"},
		{"The/DT talks/NNS having/VBG ended/VBN ,/, envoys/NNS left/VBN ./.", 3, "VBN"},
		{"Farmers/NNS marched/VBN through/IN town/NN", 1, "VBN"},
		{"farmers/NNS marched/VBN through/IN town/NN ./.", 1, "VBN"},
		// no subject right before it
		{"Asked/VBN about/IN the/DT plan/NN ./.", 0, "VBN"},
		{"The/DT plan/NN ,/, approved/VBN last/JJ year/NN ./.", 3, "VBN"},
	}
	for _, c := range cases {
		words, upos, xpos := splitTagged(c.tagged)
		fixVerblessVBN(words, upos, xpos)
		if xpos[c.at] != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.tagged, words[c.at], xpos[c.at], c.want)
		}
	}
}

func TestFixVerblessVBNSwitch(t *testing.T) {
	defer func(on bool) { UseVerblessVBN = on }(UseVerblessVBN)
	words := []string{"Prices", "fell", "sharply", "."}
	for _, on := range []bool{true, false} {
		UseVerblessVBN = on
		xpos := []string{"NNS", "VBN", "RB", "."}
		fixVerblessVBN(words, make([]string, 4), xpos)
		if got, want := xpos[1], map[bool]string{true: "VBD", false: "VBN"}[on]; got != want {
			t.Errorf("switched on=%v: %q tagged %s, want %s", on, words[1], got, want)
		}
	}
}
