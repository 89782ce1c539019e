package actor

import "testing"

// Session 27's document consistency of types (ner_repair27.go), on the
// team's own sentences, through repairConsistency.
func TestRepairConsistency27(t *testing.T) {
	n, path, names := labelHelpers(t)
	cases := []docRepairCase{
		{ // two places and one organisation: the organisation is the place
			[]string{"Lake Orvane froze early", "Boats left Lake Orvane", "Lake Orvane said nothing"},
			[]string{"B-LOC L-LOC O O", "O O B-LOC L-LOC", "B-ORG L-ORG O O"},
			[]string{"B-LOC L-LOC O O", "O O B-LOC L-LOC", "B-LOC L-LOC O O"},
		},
		{ // a person once among places, one word
			[]string{"Tesmer lies north of Vaal", "Tesmer grew fast", "like Tesmer , it is a name"},
			[]string{"U-GPE O O O U-GPE", "U-GPE O O", "O U-PER O O O O O"},
			[]string{"U-GPE O O O U-GPE", "U-GPE O O", "O U-GPE O O O O O"},
		},
		{ // one against one: no majority, nothing changes
			[]string{"Dorrit Hall opened", "Dorrit Hall voted"},
			[]string{"B-LOC L-LOC O", "B-ORG L-ORG O"},
			[]string{"B-LOC L-LOC O", "B-ORG L-ORG O"},
		},
		{ // NORP and MISC are neither given nor taken
			[]string{"Velish speakers", "the Velish government", "Velish said", "Harbour Lights sold well", "Harbour Lights played", "Harbour Lights toured"},
			[]string{"U-MISC O", "O U-NORP O", "U-PER O", "B-MISC L-MISC O O", "B-ORG L-ORG O", "B-ORG L-ORG O"},
			[]string{"U-MISC O", "O U-NORP O", "U-PER O", "B-MISC L-MISC O O", "B-ORG L-ORG O", "B-ORG L-ORG O"},
		},
		{ // a place after "at" stays a place; LOC and GPE are not made one another
			[]string{"Kessel Keep held him", "Kessel Keep guards beat him", "photos taken at Kessel Keep", "Orvane grew", "Orvane voted", "Orvane Lake"},
			[]string{"B-PER L-PER O O", "B-PER L-PER O O O", "O O O B-LOC L-LOC", "U-GPE O", "U-GPE O", "U-LOC O"},
			[]string{"B-PER L-PER O O", "B-PER L-PER O O O", "O O O B-LOC L-LOC", "U-GPE O", "U-GPE O", "U-LOC O"},
		},
		{ // a longer entity is another string
			[]string{"Port Ilka grew", "Port Ilka voted", "the Port Ilka Authority said"},
			[]string{"B-GPE L-GPE O", "B-GPE L-GPE O", "O B-ORG I-ORG L-ORG O"},
			[]string{"B-GPE L-GPE O", "B-GPE L-GPE O", "O B-ORG I-ORG L-ORG O"},
		},
	}
	checkDocRepair(t, cases, path, names, n.repairConsistency)
}
