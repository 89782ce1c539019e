package actor

import (
	"strings"
	"testing"
)

func TestRepairFinal(t *testing.T) {
	n, path, names := labelHelpers(t)
	useFrozenNames(t, n)
	m, err := DefaultNER()
	if err != nil {
		t.Skip("no model:", err)
	}
	n.places = m.places // the place gazetteer ("Texas", "The Hague")
	cases := []struct {
		words, in, want []string // one entry a sentence
	}{
		// a bracketed acronym takes its name's final type, and so does
		// the acronym alone elsewhere in the document
		{[]string{"the Johnson Space Center ( JSC ) in Houston", "JSC will get a simulator ."},
			[]string{"O B-LOC I-LOC L-LOC O U-ORG O O U-GPE", "U-ORG O O O O O"},
			[]string{"O B-LOC I-LOC L-LOC O U-LOC O O U-GPE", "U-LOC O O O O O"}},
		{[]string{"the Allied Democratic Forces ( ADF ) attacked", "ADF fighters fled"},
			[]string{"O B-ORG I-ORG L-ORG O O O O", "U-PER O O"},
			[]string{"O B-ORG I-ORG L-ORG O U-ORG O O", "U-ORG O O"}},
		// not an acronym of the name; an acronym inside a longer entity stays
		{[]string{"the Allied Democratic Forces ( UN ) attacked", "UN troops"},
			[]string{"O B-ORG I-ORG L-ORG O U-PER O O", "U-PER O"},
			[]string{"O B-ORG I-ORG L-ORG O U-PER O O", "U-PER O"}},
		{[]string{"the Kennedy Space Center ( KSC )", "the KSC Visitor Complex"},
			[]string{"O B-LOC I-LOC L-LOC O O O", "O B-ORG I-ORG L-ORG"},
			[]string{"O B-LOC I-LOC L-LOC O U-LOC O", "O B-ORG I-ORG L-ORG"}},
		// two names that disagree: left alone
		{[]string{"Alpha Beta Corp ( ABC )", "Alpha Bay City ( ABC )", "ABC said"},
			[]string{"B-ORG I-ORG L-ORG O O O", "B-LOC I-LOC L-LOC O O O", "U-PER O"},
			[]string{"B-ORG I-ORG L-ORG O O O", "B-LOC I-LOC L-LOC O O O", "U-PER O"}},
		// a leading "The" is outside organisations and places
		{[]string{"said The Canadian Press on Monday"},
			[]string{"O B-ORG I-ORG L-ORG O O"},
			[]string{"O O B-ORG L-ORG O O"}},
		{[]string{"The Velvet Underground played"},
			[]string{"B-MISC I-MISC L-MISC O"},
			[]string{"B-MISC I-MISC L-MISC O"}}, // works keep it
		{[]string{"talks in The Hague ended"},
			[]string{"O O B-GPE L-GPE O"},
			[]string{"O O B-GPE L-GPE O"}}, // the gazetteer's name
		// "State of X" is a political unit
		{[]string{"the State of Texas sued"},
			[]string{"O B-ORG I-ORG L-ORG O"},
			[]string{"O B-GPE I-GPE L-GPE O"}},
		{[]string{"the State of Emergency Office"},
			[]string{"O B-ORG I-ORG L-ORG O"},
			[]string{"O B-ORG I-ORG L-ORG O"}},
	}
	for _, c := range cases {
		var sents [][]string
		var paths [][]int
		for i := range c.words {
			sents = append(sents, strings.Fields(c.words[i]))
			paths = append(paths, path(c.in[i]))
		}
		n.repairFinal(sents, paths)
		for i := range paths {
			if got := names(paths[i]); got != c.want[i] {
				t.Errorf("%q: %s, want %s", c.words[i], got, c.want[i])
			}
		}
	}
}
