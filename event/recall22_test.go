package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 22 recall rule (event/recall22.go), on sentences written for the
// test in the parse shapes dyad's parser gives such sentences; each case
// fails with its switch off.

// recall22Ents are the actors of the session-22 test sentences.
var recall22Ents = [][3]string{{"Kenyan president", "PER", "KENGOV"}, {"Ugandan counterpart", "PER", "UGAGOV"}}

// recall22Code codes src with the session's actors, the word day a time
// expression, and with off applied when it is not nil.
func recall22Code(t *testing.T, src, day string, off func(*Options)) string {
	t.Helper()
	d := session10Doc(t, recall22Ents, src)
	if day != "" {
		i := strings.Index(d.Text, day)
		if i < 0 {
			t.Fatalf("no %q in %q", day, d.Text)
		}
		d.Timexes = append(d.Timexes, doc.Timex{Start: i, End: i + len(day), Text: day, Type: "DATE"})
	}
	return round2Code(t, d, off)
}

// TestSession22DayPhrase: a prepositional phrase hung on the named day of
// its verb ("met here Monday with ...", the phrase an apposition or a
// nominal modifier of "Monday") is the verb's, so the meeting has its
// partner; a time phrase after the day ("Monday after the vote") stays.
func TestSession22DayPhrase(t *testing.T) {
	appos := `
The = DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
met meet VERB 0 root VBD
here = ADV 4 advmod RB
Monday = PROPN 4 obl:unmarked NNP
with = ADP 11 case IN
his he PRON 11 nmod:poss PRP$
Ugandan = ADJ 10 amod JJ
counterpart = NOUN 11 nmod NN
Museveni = PROPN 6 appos NNP
. = PUNCT 4 punct .`
	nmod := `
The = DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
met meet VERB 0 root VBD
Monday = PROPN 4 obl:unmarked NNP
with = ADP 9 case IN
his he PRON 9 nmod:poss PRP$
Ugandan = ADJ 9 amod JJ
counterpart = NOUN 10 compound NN
Museveni = PROPN 5 nmod NNP
. = PUNCT 4 punct .`
	for _, c := range []struct{ name, src, want, old string }{
		{"met Monday with X (apposition of the day)", appos, "040 KENGOV>UGAGOV", "040 KENGOV>-"},
		{"met Monday with X (modifier of the day)", nmod, "040 KENGOV>UGAGOV", "040 KENGOV>-"},
	} {
		if got := recall22Code(t, c.src, "Monday", nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := recall22Code(t, c.src, "Monday", func(o *Options) { o.noDayPhrase = true }); got != c.old {
			t.Errorf("%s, rule off: got %q, want %q", c.name, got, c.old)
		}
	}
}
