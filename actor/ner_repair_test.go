package actor

import (
	"strings"
	"testing"
)

// labelHelpers returns a recogniser with dyad's types and no weights, and
// functions that turn label names into a path and back.
func labelHelpers(t *testing.T) (*NER, func(string) []int, func([]int) string) {
	t.Helper()
	n := &NER{}
	n.initLabels(NERTypes)
	lab := map[string]int{}
	for i, l := range n.labels {
		lab[l] = i
	}
	path := func(s string) []int {
		var out []int
		for _, l := range strings.Fields(s) {
			i, ok := lab[l]
			if !ok {
				t.Fatalf("no label %q", l)
			}
			out = append(out, i)
		}
		return out
	}
	names := func(p []int) string {
		var out []string
		for _, l := range p {
			out = append(out, n.labels[l])
		}
		return strings.Join(out, " ")
	}
	return n, path, names
}

func TestRepairSentence(t *testing.T) {
	n, path, names := labelHelpers(t)
	useFrozenNames(t, n)
	cases := []struct{ words, in, want string }{
		// a nationality before an organisation is part of its name
		{"the Greek Ministry of Culture said", "O U-NORP B-ORG I-ORG L-ORG O", "O B-ORG I-ORG I-ORG L-ORG O"},
		{"the Kenyan Red Cross said", "O U-NORP B-ORG L-ORG O", "O B-ORG I-ORG L-ORG O"},
		{"Kenyan and Ugandan police", "U-NORP O U-NORP O", "U-NORP O U-NORP O"},
		{"Greek , Ministry", "U-NORP O U-ORG", "U-NORP O U-ORG"}, // not adjacent
		// storms are events
		{"Hurricane Melissa struck", "B-PER L-PER O", "B-MISC L-MISC O"},
		{"Typhoon Hagen struck", "O U-PER O", "O U-MISC O"},
		{"the National Hurricane Center said", "O B-ORG I-ORG L-ORG O", "O B-ORG I-ORG L-ORG O"},
		{"the Hurricane Center said", "O B-ORG L-ORG O", "O B-ORG L-ORG O"}, // a head word, no name
		// names split at hyphen tokens after a particle
		{"cleric Muqtada al - Sadr said", "O U-PER O O U-LOC O", "O B-PER I-PER I-PER L-PER O"},
		{"cleric Muqtada al - Sadr said", "O U-PER O O O O", "O B-PER I-PER I-PER L-PER O"},
		{"militants of al - Qaida said", "O O O O U-ORG O", "O O B-ORG I-ORG L-ORG O"},
		{"al - the rest", "O O O O", "O O O O"},
		{"director Yigal Ben - Shalom said", "O B-PER L-PER O U-PER O", "O B-PER I-PER I-PER L-PER O"},
		{"director Yigal Ben - Shalom said", "O B-PER L-PER O O O", "O B-PER I-PER I-PER L-PER O"},
		{"the Ben - Shalom Fund", "O U-LOC O B-ORG L-ORG", "O U-LOC O B-ORG L-ORG"},                           // another type
		{"Abu Musab al - Zarqawi said", "B-PER I-PER I-PER I-PER L-PER O", "B-PER I-PER I-PER I-PER L-PER O"}, // already one name
		// "Title of Place Given Surname"
		{"the Governor of Kenya Amina Odhiambo said", "O O O B-PER I-PER L-PER O", "O O O U-GPE B-PER L-PER O"},
		{"the friend of Kenya Amina Odhiambo", "O O O B-PER I-PER L-PER", "O O O B-PER I-PER L-PER"},    // no title
		{"the Governor of Amina Odhiambo Kimani", "O O O B-PER I-PER L-PER", "O O O B-PER I-PER L-PER"}, // no place
		// nationalities and demonyms
		{"German officials said", "U-PER O O", "U-NORP O O"},
		{"Kenya said", "U-GPE O", "U-GPE O"},
		// a name before an infrastructure noun
		{"a section of the Cano Limon pipeline", "O O O O B-PER L-PER O", "O O O O B-LOC L-LOC O"},
		{"the Obama administration", "O U-PER O", "O U-PER O"},
	}
	for _, c := range cases {
		got := path(c.in)
		n.repairSentence(strings.Fields(c.words), got)
		if names(got) != c.want {
			t.Errorf("%q: %s, want %s", c.words, names(got), c.want)
		}
	}
}

func TestRepairDocument(t *testing.T) {
	n, path, names := labelHelpers(t)
	cases := []docRepairCase{
		{ // coordinated with a place; after "in"
			[]string{"Clashes in Tikrit and Huwaijah left five dead", "Fighting spread to Marib , Ataq or Shabwa"},
			[]string{"O O U-GPE O U-PER O O O", "O O O U-GPE O U-GPE O U-PER"},
			[]string{"O O U-GPE O U-GPE O O O", "O O O U-GPE O U-GPE O U-GPE"},
		},
		{
			[]string{"Police in Tuz said", "a clinic near Kasna"},
			[]string{"O O U-PER O", "O O O U-PER"},
			[]string{"O O U-GPE O", "O O O U-GPE"},
		},
		{ // a surname of the document's people, a possessive, two words
			[]string{"Valeska Paris left", "Paris and Rome", "in Paris 's book", "in Maria Lund"},
			[]string{"B-PER L-PER O", "U-PER O U-GPE", "O U-PER O O", "O B-PER L-PER"},
			[]string{"B-PER L-PER O", "U-PER O U-GPE", "O U-PER O O", "O B-PER L-PER"},
		},
	}
	checkDocRepair(t, cases, path, names, n.repairDocument)
}

// The shipped model with the repairs on the team's own news sentences.
func TestNERRepairsShipped(t *testing.T) {
	n, err := DefaultNER()
	if err != nil {
		t.Skip("no model:", err)
	}
	cases := []struct{ text, want string }{
		{"Hurricane Melissa made landfall in Jamaica on Tuesday .", "MISC:Melissa GPE:Jamaica"},
		{"Rebels bombed a section of the Cano Limon pipeline on Tuesday .", "LOC:Cano Limon"},
		{"Shiite cleric Muqtada al - Sadr called for calm .", "PER:Muqtada al - Sadr"},
		{"A spokesman for the Greek Ministry of Culture declined to comment .", "ORG:Greek Ministry of Culture"},
	}
	for _, c := range cases {
		words := strings.Fields(c.text)
		var got []string
		for _, sp := range n.Spans(words) {
			got = append(got, sp.Type+":"+strings.Join(words[sp.Start:sp.End], " "))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: %s, want %s", c.text, g, c.want)
		}
	}
}

// useFrozenNames gives n the committed NER name list, skipping the test
// when it cannot be read.
func useFrozenNames(t *testing.T, n *NER) {
	t.Helper()
	kb, err := NERGazetteerKB("../data/ner/gazetteer/" + NERKBNamesFile)
	if err != nil {
		t.Skip("no frozen name list:", err)
	}
	n.kb = kb
}

// docRepairCase is a document for a document repair test: its sentences,
// their labels before the repair and the labels wanted after it.
type docRepairCase struct{ sents, in, want []string }

// checkDocRepair runs repair over each case's sentences, labelled by path
// from c.in, and reports the sentences whose labels differ from c.want.
func checkDocRepair(t *testing.T, cases []docRepairCase, path func(string) []int, names func([]int) string, repair func([][]string, [][]int)) {
	t.Helper()
	for _, c := range cases {
		var sents [][]string
		var paths [][]int
		for i, s := range c.sents {
			sents = append(sents, strings.Fields(s))
			paths = append(paths, path(c.in[i]))
		}
		repair(sents, paths)
		for i := range sents {
			if got := names(paths[i]); got != c.want[i] {
				t.Errorf("%q: %s, want %s", c.sents[i], got, c.want[i])
			}
		}
	}
}
