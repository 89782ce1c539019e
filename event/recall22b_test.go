package event

import "testing"

// Session 22's second recall round (event/recall22b.go), on sentences
// written for the test in the parse shapes dyad's parser gives such
// sentences; each case fails with its switch off.

// TestSession22MainRelcl: a title phrase parsed as a verbless root with the
// sentence's verb a relative clause on it is the main clause ("... on
// Tuesday called on the Ugandan government to ..."); a real relative clause,
// opened by "who" or under a root with a verb, stays background.
func TestSession22MainRelcl(t *testing.T) {
	ents := [][3]string{{"Amos Wekesa", "PER", "KENGOV"}, {"Ugandan government", "ORG", "UGAGOV"}}
	main := `
Kenyan = ADJ 3 amod JJ
Trade = PROPN 3 compound NNP
Affairs = NOUN 0 root NNS
Commissioner = PROPN 6 compound NNP
Amos = PROPN 6 compound NNP
Wekesa = PROPN 9 nsubj NNP
on = ADP 8 case IN
Tuesday = PROPN 6 nmod NNP
called call VERB 3 acl:relcl VBD
on = ADP 13 case IN
the = DET 13 det DT
Ugandan = ADJ 13 amod JJ
government = NOUN 9 obl NN
to = PART 15 mark TO
lower = VERB 9 xcomp VB
its its PRON 17 nmod:poss PRP$
tariffs tariff NOUN 15 obj NNS
. = PUNCT 3 punct .`
	// The same words opened by "who": a headline-like noun phrase whose
	// relative clause stays background.
	who := `
Kenyan = ADJ 3 amod JJ
Trade = PROPN 3 compound NNP
Affairs = NOUN 0 root NNS
Commissioner = PROPN 6 compound NNP
Amos = PROPN 6 compound NNP
Wekesa = PROPN 3 appos NNP
who = PRON 10 nsubj WP
on = ADP 9 case IN
Tuesday = PROPN 10 obl NNP
called call VERB 3 acl:relcl VBD
on = ADP 14 case IN
the = DET 14 det DT
Ugandan = ADJ 14 amod JJ
government = NOUN 10 obl NN
to = PART 16 mark TO
lower = VERB 10 xcomp VB
its its PRON 18 nmod:poss PRP$
tariffs tariff NOUN 16 obj NNS
. = PUNCT 3 punct .`
	on := func(src string) string { return round2Code(t, session10Doc(t, ents, src), nil) }
	off := func(src string) string {
		return round2Code(t, session10Doc(t, ents, src), func(o *Options) { o.noMainRelcl = true })
	}
	got, old := on(main), off(main)
	if got == "" || got == old {
		t.Errorf("main verb as relative clause: got %q, rule off %q", got, old)
	}
	if got != "020 KENGOV>UGAGOV" {
		t.Errorf("main verb as relative clause: got %q, want 020 KENGOV>UGAGOV", got)
	}
	if got := on(who); got != "" {
		t.Errorf("relative clause opened by who: got %q, want none", got)
	}
}
