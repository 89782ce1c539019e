package event

import (
	"strings"
	"testing"
)

// The review of session 23 (docs/EVENTS.md, "Review of session 23 (unseen
// stories)"): weNotThird sets "we" apart from a named subject only when the
// subject is another country's actor.

// TestReview23WeOwnedFirst: "the verdict is fair, and we hope nobody
// overturns it," said an Iranian spokesman gives the speaker's government
// no one-sided appeal; in "(his party) is split, and we hope ...", "we" is
// the party (the rule's own case, "... violated our territory, and we
// reserve ...", is pipeline/everyday23_test.go's).
func TestReview23WeOwnedFirst(t *testing.T) {
	ents := [][3]string{{"Karimi", "PER", "IRNGOV"}, {"Unity Front", "ORG", "IRNPTY"}}
	plain := `
The = DET 2 det DT
verdict = NOUN 4 nsubj NN
is be AUX 4 cop VBZ
fair = ADJ 11 ccomp JJ
, = PUNCT 8 punct ,
and = CCONJ 8 cc CC
we = PRON 8 nsubj PRP
hope = VERB 4 conj VBP
nobody = PRON 10 nsubj NN
overturns overturn VERB 8 ccomp VBZ
said say VERB 0 root VBD
Karimi = PROPN 11 nsubj NNP
. = PUNCT 11 punct .`
	ownParty := `
Unity = PROPN 2 compound NNP
Front = PROPN 4 nsubj NNP
is be AUX 4 cop VBZ
split = ADJ 11 ccomp JJ
, = PUNCT 8 punct ,
and = CCONJ 8 cc CC
we = PRON 8 nsubj PRP
hope = VERB 4 conj VBP
nobody = PRON 10 nsubj NN
leaves leave VERB 8 ccomp VBZ
said say VERB 0 root VBD
Karimi = PROPN 11 nsubj NNP
. = PUNCT 11 punct .`
	on := func(src string) string { return round2Code(t, session10Doc(t, ents, src), nil) }
	off := func(src string) string {
		return round2Code(t, session10Doc(t, ents, src), func(o *Options) { o.noWeOwnedFirst = true })
	}
	if got, old := on(plain), off(plain); strings.Contains(got, "IRNGOV") || !strings.Contains(old, "IRNGOV") {
		t.Errorf("plain first conjunct: got %q, rule off %q, want IRNGOV only with the rule off", got, old)
	}
	if got, old := on(ownParty), off(ownParty); !strings.Contains(got, "IRNPTY") || strings.Contains(got, "IRNGOV") ||
		!strings.Contains(old, "IRNGOV") {
		t.Errorf("the speaker's own party: got %q, rule off %q, want IRNPTY, and IRNGOV only with the rule off", got, old)
	}
}
