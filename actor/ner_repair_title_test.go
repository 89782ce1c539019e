package actor

import (
	"strings"
	"testing"
)

// The eleventh round's repairs (ner_repair_title.go) on label paths of the
// team's own sentences.
func TestRepairTitledNames(t *testing.T) {
	n, path, names := labelHelpers(t)
	useFrozenNames(t, n)
	m, err := DefaultNER()
	if err != nil {
		t.Skip("no model:", err)
	}
	n.lcRate = m.lcRate // words mostly written in lower case ("Will", "Bio")
	cases := []struct{ words, in, want string }{
		// the name words after a title: one person when the decoder found one there
		{"Trade Minister Obadiah Kiprotich Wanjala said", "O O U-PER B-PER L-PER O", "O O B-PER I-PER L-PER O"},
		{"Trade Minister Obadiah Kiprotich Wanjala said", "O O O B-PER L-PER O", "O O B-PER I-PER L-PER O"},
		{"Foreign Minister Mahmoud Thabit Kombo flew", "O O B-PER L-PER O O", "O O B-PER I-PER L-PER O"},
		{"Foreign Minister Mahmoud Thabit Kombo flew", "O O U-PER U-PER U-PER O", "O O B-PER I-PER L-PER O"},
		{"Foreign Minister Mahmoud Thabit Kombo flew", "O O B-PER I-PER L-PER O", "O O B-PER I-PER L-PER O"},
		// no title: names side by side stay apart
		{"met Obadiah Kiprotich Wanjala", "O U-PER B-PER L-PER", "O U-PER B-PER L-PER"},
		// no person found, or another type in the run: left alone
		{"Minister Amina Odhiambo Achieng", "O O O O", "O O O O"},
		{"Minister Amina Odhiambo Nakuru", "O B-PER L-PER U-GPE", "O B-PER L-PER U-GPE"},
		// a weekday, a word mostly in lower case and a rank end the run
		{"Minister Amina Odhiambo Monday said", "O B-PER L-PER O O", "O B-PER L-PER O O"},
		{"Minister Odhiambo Will Resign", "O U-PER O O", "O U-PER O O"},
		{"Secretary General Antonio Guterres said", "O O U-PER U-PER O", "O O U-PER U-PER O"},
		// a name that runs on past the run ("Bio" is mostly lower case)
		{"President Julius Maada Bio spoke", "O B-PER I-PER L-PER O", "O B-PER I-PER L-PER O"},
		// a place ending in a party word is an organisation
		{"a pact with the Centre Alliance on Monday", "O O O O B-LOC L-LOC O O", "O O O O B-ORG L-ORG O O"},
		{"the Kilima Progress Party won", "O B-GPE I-GPE L-GPE O", "O B-ORG I-ORG L-ORG O"},
		{"the Soviet Union collapsed", "O B-GPE L-GPE O", "O B-GPE L-GPE O"},
		{"the Halls of Congress", "O B-LOC I-LOC L-LOC", "O B-ORG I-ORG L-ORG"},
		{"in Congress today", "O U-LOC O", "O U-LOC O"}, // one word
	}
	for _, c := range cases {
		got := path(c.in)
		n.repairSentence(strings.Fields(c.words), got)
		if names(got) != c.want {
			t.Errorf("%q: %s, want %s", c.words, names(got), c.want)
		}
	}
}

// A model's entities (DefaultNER: $DYAD_NER_MODEL or the shipped one) on
// the team's own sentences with three-part names after titles and a party
// named "… Alliance": development models of other seeds cut these names
// ("Obadiah" + "Kiprotich Wanjala", "Mahmoud Thabit" without "Kombo")
// without the eleventh round's repairs.
func TestNERTitledNames(t *testing.T) {
	n, err := DefaultNER()
	if err != nil {
		t.Skip("no model:", err)
	}
	cases := []struct{ text, want string }{
		{"Kenyan Trade Minister Obadiah Kiprotich Wanjala said the talks would resume .", "PER:Obadiah Kiprotich Wanjala"},
		{"Tanzanian Foreign Minister Mahmoud Thabit Kombo flew to Kinshasa on Sunday .", "PER:Mahmoud Thabit Kombo"},
		{"Ugandan Energy Minister Ruth Nankabirwa Ssentamu opened the refinery site in Hoima .", "PER:Ruth Nankabirwa Ssentamu"},
		{"Zambian Finance Minister Situmbeko Mwale Chanda asked the lenders for more time .", "PER:Situmbeko Mwale Chanda"},
		{"Malawian President Lazarus McCarthy Chakwera arrived in Lilongwe late on Friday .", "PER:Lazarus McCarthy Chakwera"},
		{"The small Greens party signed an electoral pact with the Centre Alliance on Wednesday .", "ORG:Centre Alliance"},
	}
	for _, c := range cases {
		words := strings.Fields(c.text)
		var got []string
		found := false
		for _, sp := range n.Spans(words) {
			e := sp.Type + ":" + strings.Join(words[sp.Start:sp.End], " ")
			got = append(got, e)
			found = found || e == c.want
		}
		if !found {
			t.Errorf("%q: %s, want %s among them", c.text, strings.Join(got, " "), c.want)
		}
	}
}
